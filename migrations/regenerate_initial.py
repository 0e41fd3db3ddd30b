"""Development tool: regenerate 0001 from the models while no database is in the field.

Until the first release, the branch schema is one initial migration. Run
`.venv/bin/python -m migrations.regenerate_initial` after changing app/db models; it
autogenerates 0001 against an empty database and appends the append-only triggers.
After the first release this file is deleted and every change is a new migration.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from app.db.migrate import MIGRATIONS_DIR, alembic_config

TRIGGERS = '''
APPEND_ONLY_TRIGGERS = (
    """CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
       BEGIN SELECT RAISE(ABORT, 'journal rows are immutable; post a reversal'); END""",
    """CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
       BEGIN SELECT RAISE(ABORT, 'journal rows are immutable; post a reversal'); END""",
    """CREATE TRIGGER outbox_event_no_update BEFORE UPDATE ON outbox_event
       BEGIN SELECT RAISE(ABORT, 'outbox events are immutable'); END""",
    """CREATE TRIGGER outbox_event_delete_only_acked BEFORE DELETE ON outbox_event
       WHEN OLD.seq > COALESCE((SELECT CAST(value AS INTEGER) FROM sync_state
                                WHERE key = 'acked_seq'), 0)
       BEGIN SELECT RAISE(ABORT, 'outbox event not yet acknowledged by head office'); END""",
)
TRIGGER_NAMES = ("journal_entry_no_update", "journal_entry_no_delete",
                 "outbox_event_no_update", "outbox_event_delete_only_acked")
'''


def main() -> None:
    versions = MIGRATIONS_DIR / "versions"
    for old in versions.glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        cfg = alembic_config(Path(tmp) / "empty.db")
        command.revision(cfg, message="initial branch schema", autogenerate=True, rev_id="0001")
    path = next(versions.glob("0001_*.py"))
    text = path.read_text()
    text = text.replace("\n\ndef upgrade() -> None:", TRIGGERS + "\n\ndef upgrade() -> None:", 1)
    cut = text.index("\n\ndef downgrade() -> None:")
    text = (text[:cut] + "\n    for statement in APPEND_ONLY_TRIGGERS:\n        op.execute(statement)"
            + text[cut:])
    text = text.replace(
        "def downgrade() -> None:\n",
        'def downgrade() -> None:\n    for name in TRIGGER_NAMES:\n'
        '        op.execute(f"DROP TRIGGER IF EXISTS {name}")\n', 1)
    path.write_text(text)
    print(f"regenerated {path}")


if __name__ == "__main__":
    main()
