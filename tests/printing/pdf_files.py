"""What another program sees in our PDFs: pdftotext's text and pdffonts' fonts."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def _run(tool: str, pdf: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        done = subprocess.run([tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
                              capture_output=True, text=True, check=True, timeout=60)
        return done.stdout


def pdf_text(pdf: bytes, layout: bool = False) -> str:
    """The document's text as `pdftotext` extracts it (what copy and search give); with
    `layout`, table rows kept on their lines."""
    return _run("pdftotext", pdf, "-enc", "UTF-8", *(["-layout"] if layout else []))


def fonts(pdf: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded) of every font the document uses, as `pdffonts` lists them."""
    out = []
    for line in _run("pdffonts", pdf).splitlines()[2:]:
        cols = line.split()
        emb = cols[-5]  # name type [type] encoding emb sub uni object ID
        out.append((cols[0], emb == "yes"))
    return out
