"""A power cut in the middle of posting a meeting: the database is exactly as before."""

import os
import subprocess
import sys
import textwrap

from tests import dbfiles
from tests.services.meeting_world import meeting_world


def _contents(path):
    con = dbfiles.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        con.close()


def test_a_process_killed_just_before_commit_leaves_the_database_as_it_was(engine, db_path):
    world = meeting_world(engine)
    engine.dispose()
    before = _contents(db_path)
    script = textwrap.dedent(f"""
        from app.db.engine import open_engine
        from app.db.uow import Actor
        from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
        engine = open_engine({str(db_path)!r})
        rows = (MeetingRow({world.members[0]}, "present", 5000, 2000),
                MeetingRow({world.members[1]}, "absent_paid", 7000))
        post_meeting(engine, Actor({world.officer.staff_id}, "o", "field_officer"),
                     MeetingEntry({world.meeting_id}, 14000, rows))
        print("committed")
    """)
    env = dict(os.environ, SHAKHA_FAULT="meeting.post.before_commit")
    result = subprocess.run([sys.executable, "-c", script], env=env, timeout=60,
                            capture_output=True, text=True)
    assert result.returncode == -9, result.stderr  # SIGKILL at the fault point
    assert "committed" not in result.stdout
    assert _contents(db_path) == before
    check = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db_path), "db",
                            "check"], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    # and without the fault the same posting goes through
    env.pop("SHAKHA_FAULT")
    done = subprocess.run([sys.executable, "-c", script], env=env, timeout=60,
                          capture_output=True, text=True)
    assert done.returncode == 0 and "committed" in done.stdout, done.stderr
    assert _contents(db_path)["journal_entry"] != before["journal_entry"]
