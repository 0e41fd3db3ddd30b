"""`shakha support-bundle`: what a technician needs, and no member's name, code, national
ID, phone, guardian or account number anywhere in it — even when a log quotes them."""

from __future__ import annotations

import json
import logging
import sqlite3
import zipfile
from datetime import date

import pytest

from app.cli import main
from app.demo import generate_demo
from app.logs import attach, log_file


@pytest.fixture
def demo(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = tmp_path / "demo.db"
    generate_demo(path, members=20, years=1, seed=3, today=date(2026, 11, 25))
    return path


def _members(path):  # type: ignore[no-untyped-def]
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT name_en, name_bn, code, id_document_number, phone, "
                           "guardian_name_en, guardian_name_bn FROM member").fetchall()
    finally:
        con.close()


def test_the_bundle_holds_versions_status_check_and_logs_but_no_member_data(demo, tmp_path,
                                                                          capsys):
    members = _members(demo)
    name_en, name_bn, code, national_id, phone, guardian_en, _ = members[0]
    logger = logging.getLogger("shakha.test-support")
    attach(logger)
    logger.error("posting failed for %s (%s) code %s national ID %s phone %s\n"
                 "[parameters: ('%s', '%s')]", name_en, name_bn, code, national_id, phone,
                 guardian_en, name_bn)
    for handler in logger.handlers:
        handler.flush()
    assert name_en in log_file().read_text(encoding="utf-8")
    out = tmp_path / "support.zip"
    assert main(["support-bundle", "--db", str(demo), "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        texts = {n: archive.read(n).decode("utf-8") for n in names}
    assert {"versions.json", "status.json", "db-check.txt", "logs/shakha.log"} <= names
    assert json.loads(texts["versions.json"])["shakha"]
    status = json.loads(texts["status.json"])
    assert status["rows"]["member"] == len(members) and status["branch"] == "BJS-SHB"
    assert texts["db-check.txt"].startswith("ok: True")
    assert "posting failed for ‹…›" in texts["logs/shakha.log"]
    everything = "\n".join(texts.values())
    for row in members:
        for value in row:
            if value and len(str(value)) >= 3:
                assert str(value) not in everything, value


def test_without_a_database_the_bundle_still_says_what_it_can(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    out = tmp_path / "support.zip"
    assert main(["support-bundle", "--db", str(tmp_path / "none.db"), "--out",
                 str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        assert archive.read("db-check.txt") == b"no database\n"


def test_the_log_rotates_instead_of_growing(tmp_path, monkeypatch):
    import app.logs as logs

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logger = logging.getLogger("shakha.test-rotation")
    attach(logger)
    for k in range(200):
        logger.error("line %d %s", k, "x" * 80)
    files = logs.log_files()
    assert len(files) == logs.BACKUPS + 1
    assert all(p.stat().st_size <= 2200 for p in files)
