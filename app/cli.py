"""The `shakha` entry point: no arguments opens the GUI; sub-commands administer.

Every sub-command lives in `app.commands.<area>`; this module only wires them and turns
errors into one clear line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app import __version__
from app.commands import COMMAND_MODULES
from app.errors import ShakhaError, ValidationError


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting on bad arguments."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValidationError("{message}", message=message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="shakha", description="Shakha branch office system")
    parser.add_argument("--version", action="version", version=f"shakha {__version__}")
    parser.add_argument("--db", help="branch database file (default: user data directory)")
    parser.add_argument("--lang", choices=["bn", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # area not built in this installation
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        from app.gui_launch import gui_arguments, launch_gui

        gui = gui_arguments(args_list)
        if gui is not None:  # no sub-command: the GUI, without importing every command
            return launch_gui(gui)
        parser = build_parser()
        args = parser.parse_args(args_list)
        if args.command is None:
            return launch_gui(args)
        return int(args.handler(args) or 0)
    except ValidationError as exc:
        print(f"shakha: error: {exc}", file=sys.stderr)
        return 2
    except ShakhaError as exc:
        print(f"shakha: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("shakha: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback to the user
        where = _log_unexpected(exc)
        from app.db.trouble import storage_trouble

        trouble = storage_trouble(exc)
        if trouble is not None:
            print(f"shakha: {trouble}", file=sys.stderr)
            return 1
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        print(f"shakha: unexpected error ({type(exc).__name__}: {first}); the details "
              f"were written to {where}", file=sys.stderr)
        return 1


def _log_unexpected(error: BaseException) -> str:
    """The traceback goes to the same (rotating) log file as the GUI's; returns where."""
    import logging
    import traceback

    from app.logs import attach, log_file

    logger = logging.getLogger("shakha.cli")
    attach(logger)
    if not any(isinstance(h, logging.FileHandler) for h in logger.handlers):
        traceback.print_exception(error)
        return "standard error"
    logger.error("%s", " ".join(sys.argv[1:]), exc_info=error)
    return str(log_file())


if __name__ == "__main__":
    sys.exit(main())
