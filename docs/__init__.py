"""The user guide: its text (guide/en.md, guide/bn.md) and the scripts that make its
screenshots from the real app and build it for screen (HTML) and print (PDF)."""
