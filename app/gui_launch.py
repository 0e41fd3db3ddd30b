"""`shakha` with no sub-command opens the desktop interface.

This module is the seam between app/ (no Qt) and ui/: Qt is imported only inside
`launch_gui`, so `shakha --help` and every sub-command start without loading PySide6.
The work itself (fonts, language, database and demo, login, main window) is in
`ui.app_main.run_gui`.
"""

from __future__ import annotations

import argparse


def launch_gui(args: argparse.Namespace) -> int:
    from ui.app_main import run_gui  # the only place app/ reaches into ui/

    return run_gui(args)
