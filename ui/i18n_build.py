"""`python -m ui.i18n_build`: refresh the .ts sources from the code and compile .qm."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for folder in ("app", "ui")
                  for p in (ROOT / folder).rglob("*.py"))


def main() -> int:
    ts = ROOT / "i18n" / "shakha_bn.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)],
                   cwd=ROOT, check=True)
    for source in sorted((ROOT / "i18n").glob("*.ts")):
        subprocess.run([str(BIN / "pyside6-lrelease"), str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
