"""The first-run wizard: a PC with no branch database is set up for a branch, or tries
the demo (ui.wizard.first_run)."""
