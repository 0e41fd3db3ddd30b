"""The branch database and its backups at rest: encrypted, keyed per password and for
head office's recovery, opened unattended only on the computer that holds its key.

"Another computer" is a subprocess with another machine-key folder (SHAKHA_KEY_DIR),
as a stolen disk or a backup carried to a new PC would be.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.db import backupfile, keyslots, machine_key, migrate
from app.db.engine import open_engine
from app.db.raw import connect, is_plaintext
from app.errors import IntegrityFailure
from app.services import users
from tests.builders import TEST_PASSWORD
from tests.db.test_check import _ledger
from tests.services.meeting_world import meeting_world

SECRET_NAME = "Sabitri Mondal"  # a member whose name and national ID must never show
SECRET_ID = "7391-5528-6604"


def _branch_with_a_member(engine) -> None:
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from app.db.models import Member

    world = meeting_world(engine)
    with Session(engine) as s, s.begin():
        s.execute(update(Member).where(Member.id == world.members[0]).values(
            name_en=SECRET_NAME, id_document_number=SECRET_ID))


def _cli(*args: str, key_dir: Path | None = None, stdin: str = ""
         ) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if key_dir is not None:
        env["SHAKHA_KEY_DIR"] = str(key_dir)
    return subprocess.run([sys.executable, "-m", "app.cli", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=180)


def _computer(tmp_path: Path, name: str) -> Path:
    """Another computer's machine-key folder (never inside the database's folder)."""
    return tmp_path.parent / f"{tmp_path.name}-{name}"


def _plain_bytes(*paths: Path) -> bytes:
    return b"".join(p.read_bytes() for p in paths if p.exists())


def test_sqlite3_reads_neither_the_database_nor_a_backup_and_no_name_shows(engine, db_path,
                                                                           tmp_path):
    _branch_with_a_member(engine)
    backup = migrate.backup_database(db_path, tmp_path / "usb" / "shakha.db")
    engine.dispose()
    for path in (db_path, backup):
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    everything = _plain_bytes(db_path, Path(f"{db_path}-wal"), backup,
                              keyslots.slot_path(db_path))
    for secret in (SECRET_NAME, SECRET_ID):
        for encoded in (secret.encode(), secret.encode("utf-16-le")):
            assert encoded not in everything
    with connect(db_path) as con:  # and with its key, it is all there
        assert con.execute("SELECT count(*) FROM member WHERE name_en = ?",
                           (SECRET_NAME,)).fetchone()[0] == 1


def test_the_machine_key_is_owner_only_and_neither_beside_the_database_nor_in_backups(
        engine, db_path, tmp_path):
    _ledger(engine)
    backup = migrate.backup_database(db_path)
    db_id = keyslots.read_slots(db_path).db_id
    key_file = next(machine_key.key_dir().glob(f"{db_id}.*"))
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) & 0o077 == 0
    assert db_path.parent not in key_file.parents
    key = machine_key.load(db_id)
    near = [p for p in db_path.parent.rglob("*") if p.is_file()]
    assert backup in near and not [p for p in near if key in p.read_bytes()
                                   or key.hex().encode() in p.read_bytes()]
    header = backupfile.read_header(backup)
    assert {s.kind for s in header.slots.slots} <= {"password", "recovery"}


def test_a_key_file_others_may_read_is_refused_as_sshd_refuses_one(engine, db_path):
    _ledger(engine)
    db_id = keyslots.read_slots(db_path).db_id
    key_file = next(machine_key.key_dir().glob(f"{db_id}.*"))
    key_file.chmod(0o644)
    try:
        result = _cli("--db", str(db_path), "db", "check")
        assert result.returncode == 2 and "chmod 600" in result.stderr
    finally:
        key_file.chmod(0o600)


def test_another_computer_opens_the_database_only_with_a_staff_password(engine, db_path,
                                                                         tmp_path):
    _ledger(engine)
    users.authenticate(engine, "manager", TEST_PASSWORD)  # her first login makes her slot
    engine.dispose()
    elsewhere = _computer(tmp_path, "another-computer")
    refused = _cli("--db", str(db_path), "db", "check", key_dir=elsewhere)
    assert refused.returncode != 0 and "not kept on this computer" in refused.stderr
    wrong = _cli("--db", str(db_path), "keys", "enrol-machine", "--user", "manager",
                 key_dir=elsewhere, stdin="guess\n")
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
    enrolled = _cli("--db", str(db_path), "keys", "enrol-machine", "--user", "manager",
                    key_dir=elsewhere, stdin=f"{TEST_PASSWORD}\n")
    assert enrolled.returncode == 0, enrolled.stderr
    assert _cli("--db", str(db_path), "db", "check", key_dir=elsewhere).returncode == 0


def test_a_forgotten_password_is_recovered_through_head_office(engine, db_path, tmp_path):
    _ledger(engine)
    engine.dispose()
    hq_key = tmp_path / "head-office" / "recovery.key"
    hq_key.parent.mkdir()
    assert _cli("keys", "recovery-keypair", "--out", str(hq_key)).returncode == 0
    added = _cli("--db", str(db_path), "keys", "add-recovery", f"{hq_key}.pub")
    assert added.returncode == 0, added.stderr
    elsewhere = _computer(tmp_path, "new-pc")  # the old PC died with the only machine key
    request, answer = tmp_path / "request.json", tmp_path / "answer.json"
    asked = _cli("--db", str(db_path), "keys", "recovery-request", "--out", str(request),
                 key_dir=elsewhere)
    assert asked.returncode == 0, asked.stderr
    assert _cli("keys", "recovery-answer", str(request), "--recovery-key", str(hq_key),
                "--out", str(answer)).returncode == 0
    stolen = _cli("--db", str(db_path), "keys", "recover", str(answer), "--user", "manager",
                  key_dir=_computer(tmp_path, "thief"), stdin="mine\n")
    assert stolen.returncode == 1 and "no recovery request" in stolen.stderr
    done = _cli("--db", str(db_path), "keys", "recover", str(answer), "--user", "manager",
                key_dir=elsewhere, stdin="new-pass-2\n")
    assert done.returncode == 0, done.stderr
    assert _cli("--db", str(db_path), "db", "check", key_dir=elsewhere).returncode == 0
    assert "manager" in keyslots.read_slots(db_path).names("password")


def test_a_backup_restored_on_another_computer_asks_for_a_password(engine, db_path,
                                                                   tmp_path):
    _ledger(engine)
    users.authenticate(engine, "manager", TEST_PASSWORD)
    backup = migrate.backup_database(db_path, tmp_path / "usb" / "copy.db")
    engine.dispose()
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    target = new_pc / "branch.db"
    keys = _computer(tmp_path, "new-pc")
    asked = _cli("--db", str(target), "db", "restore", str(backup), key_dir=keys)
    assert asked.returncode == 1 and "--user NAME" in asked.stderr and not target.exists()
    wrong = _cli("--db", str(target), "db", "restore", str(backup), "--user", "manager",
                 key_dir=keys, stdin="guess\n")
    assert wrong.returncode == 1 and not target.exists()
    done = _cli("--db", str(target), "db", "restore", str(backup), "--user", "manager",
                key_dir=keys, stdin=f"{TEST_PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert _cli("--db", str(target), "db", "check", key_dir=keys).returncode == 0


@pytest.mark.parametrize("damage", ["a byte changed", "cut short", "header changed"])
def test_an_altered_or_cut_backup_is_refused_and_nothing_is_restored(engine, db_path,
                                                                     tmp_path, damage):
    _ledger(engine)
    backup = migrate.backup_database(db_path, tmp_path / "copy.db")
    engine.dispose()
    raw = bytearray(backup.read_bytes())
    if damage == "a byte changed":
        raw[-100] ^= 0x01
    elif damage == "cut short":
        raw = raw[:-50]
    else:
        at = raw.index(b'"branch": "BJS-001"') + len('"branch": "')
        raw[at:at + 7] = b"BJS-002"
    backup.write_bytes(bytes(raw))
    before = db_path.read_bytes()
    from app.db.restore import restore_database

    with pytest.raises(IntegrityFailure, match="damaged or was changed"):
        restore_database(backup, db_path, other_branch="BJS-002" if
                         damage == "header changed" else None)
    assert db_path.read_bytes() == before


def test_a_database_from_before_encryption_is_converted_on_upgrade(engine, db_path,
                                                                  tmp_path):
    _branch_with_a_member(engine)
    engine.dispose()
    plain = tmp_path / "old" / "branch.db"  # as the previous version left it
    plain.parent.mkdir()
    with connect(db_path) as con:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
        rows = con.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
    assert is_plaintext(plain) and SECRET_NAME.encode() in plain.read_bytes()
    backup = migrate.upgrade_database(plain)
    assert backup is not None and backupfile.is_backup_file(backup)
    assert not is_plaintext(plain) and SECRET_NAME.encode() not in plain.read_bytes()
    check = _cli("--db", str(plain), "db", "check")
    assert check.returncode == 0, check.stdout + check.stderr
    engine = open_engine(plain)
    try:
        with engine.connect() as conn:
            from sqlalchemy import text

            assert conn.execute(text("SELECT count(*) FROM journal_entry")).scalar() == rows
    finally:
        engine.dispose()


def test_the_demo_database_is_encrypted_with_slots_and_a_recovery_key(tmp_path):
    from datetime import date

    from app.demo import generate_demo

    summary = generate_demo(tmp_path / "demo.db", members=20, years=1,
                            today=date(2026, 11, 25))
    slots = keyslots.read_slots(summary.path)
    assert not is_plaintext(summary.path)
    assert {"manager", "officer1", "accountant"} <= set(slots.names("password"))
    assert slots.names("recovery") and summary.recovery_key is not None
    engine = open_engine(summary.path)
    try:
        assert users.authenticate(engine, "manager", "demo").role == "branch_manager"
    finally:
        engine.dispose()


def test_head_offices_recovery_key_from_the_enrolment_file_gets_a_slot(engine, db_path,
                                                                       tmp_path):
    import base64

    from app.db import recovery, staff_keys
    from app.db.raw import database_key

    _ledger(engine)
    private = tmp_path / "hq-recovery.key"
    public = recovery.make_key_pair(private)
    hq_keys = {"signing": [], "recovery": [{"id": "old", "public": base64.b64encode(
        bytes(32)).decode()}, {"id": "new", "public": public.read_text().strip()}]}
    key_id = staff_keys.recovery_from_enrolment(str(db_path), hq_keys)
    slots = keyslots.read_slots(db_path)
    assert slots.names("recovery") == [key_id]  # the newest, once
    (slot,) = [s for s in slots.slots if s.kind == "recovery"]
    opened = keyslots.open_recovery_slot(slots.db_id, slot, recovery.load_private(private))
    assert opened == database_key(db_path)
    assert staff_keys.recovery_from_enrolment(str(db_path), {"signing": []}) is None
