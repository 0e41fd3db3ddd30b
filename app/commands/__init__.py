"""`shakha` sub-commands, one module per area; each exposes `register(subparsers)`.

A command's handler takes the parsed `argparse.Namespace` and returns an exit code.
Handlers raise `ShakhaError` for anything the user did wrong; `app.cli` prints it and
exits 2 (bad input) or 1 (refused / failed check). No traceback ever reaches the user.
"""

COMMAND_MODULES = (
    "app.commands.db",
    "app.commands.demo",
    "app.commands.schedule",
    "app.commands.print",
    "app.commands.sync",
    "app.commands.hq",
    "app.commands.report",
)
