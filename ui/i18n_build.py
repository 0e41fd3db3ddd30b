"""`python -m ui.i18n_build`: compile every i18n/*.ts into the .qm the UI loads.

Each area keeps its own source file, i18n/<area>_bn.ts, refreshed by its owner with
`pyside6-lupdate <the area's files> -ts i18n/<area>_bn.ts` and translated by hand.
`python -m ui.i18n_build --update-shell` refreshes the shell's file (SHELL_SOURCES)
before compiling; existing translations are kept, new texts come in as unfinished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SHELL_SOURCES = (
    "ui/app_main.py", "ui/main_window.py", "ui/login_dialog.py", "ui/ops.py", "ui/i18n.py",
    "ui/table.py", "ui/context.py", "ui/guarded_dialog.py", "ui/background_sync.py",
    "ui/labels.py",
    "ui/views/base.py", "ui/views/today_view.py",
    "ui/views/settings_view.py", "ui/views/reports_view.py", "app/format.py",
    "app/services/status.py", "app/services/today.py", "app/gui_launch.py",
)


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def update_shell() -> None:
    sources = [s for s in SHELL_SOURCES if (ROOT / s).exists()]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts",
                    "i18n/shell_bn.ts"], cwd=ROOT, check=True)


def compile_all() -> list[Path]:
    built = []
    for source in sorted((ROOT / "i18n").glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
                       check=True, capture_output=True)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    if "--update-shell" in argv:
        update_shell()
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
