"""Whatever goes wrong in a command, the user reads one sentence, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.commands.report as report
from app.cli import main


def test_an_unexpected_error_is_one_sentence_and_the_traceback_goes_to_the_log(
        monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    def broken(_args):
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(report, "_portfolio", broken)
    assert main(["report", "portfolio", "--as-of", "2026-11-25"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("shakha: unexpected error (RuntimeError: disk on fire); ")
    assert "Traceback" not in err
    log = err.rsplit(" ", 1)[1].strip()
    assert "RuntimeError: disk on fire" in Path(log).read_text(encoding="utf-8")


def test_report_takes_the_database_after_its_words_too(db_path, capsys):
    assert main(["report", "portfolio", "--as-of", "2026-11-25", "--db", str(db_path)]) == 0
    assert '"as_of": "2026-11-25"' in capsys.readouterr().out



def _not_a_branch_database(kind, tmp_path, db_path):
    import shutil
    import sqlite3

    if kind == "a folder":
        return tmp_path
    path = tmp_path / "given.db"
    if kind == "an empty file":
        path.write_bytes(b"")
        return path
    if kind == "a newer schema":
        shutil.copy(db_path, path)
    con = sqlite3.connect(path)
    if kind == "another program's SQLite file":
        con.execute("CREATE TABLE accounts (x)")
    else:
        con.execute("UPDATE alembic_version SET version_num = '9999_later'")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("kind", ["a folder", "an empty file", "another program's SQLite file",
                                  "a newer schema"])
@pytest.mark.parametrize("command", [
    ["db", "check"], ["report", "portfolio", "--as-of", "2026-11-25"],
    ["print", "cash-book", "--date", "2026-11-25", "--out", "{out}"],
    ["sync", "export", "--out", "{out}"], ["sync", "--hq", "http://127.0.0.1:9"],
    ["rotate-key", "--hq", "http://127.0.0.1:9"]])
def test_a_file_that_is_no_usable_branch_database_is_refused_and_left_as_it_was(
        tmp_path, db_path, capsys, kind, command):
    given = _not_a_branch_database(kind, tmp_path, db_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    words = [w.format(out=tmp_path / "out.file") for w in command]
    assert main([*words, "--db", str(given)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("shakha: error: ") and err.count("\n") == 1
    assert ("not a Shakha database" in err or "is a folder" in err
            or "made by a newer version of Shakha" in err)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()
            and not p.name.endswith(("-wal", "-shm"))} == before


@pytest.mark.parametrize("command", [
    ["report", "portfolio", "--as-of", "2026-11-25"],
    ["print", "portfolio", "--as-of", "2026-11-25", "--out", "{out}"],
    ["print", "collection-sheets", "--date", "2026-11-25", "--out", "{out}"]])
def test_an_officer_number_that_names_nobody_is_refused_not_an_empty_report(
        engine, db_path, tmp_path, capsys, command):
    from tests.builders import small_branch

    small_branch(engine)
    engine.dispose()
    out = tmp_path / "out.pdf"
    words = [w.format(out=out) for w in command]
    assert main([*words, "--officer", "4040", "--db", str(db_path)]) == 1
    assert capsys.readouterr() == ("", "shakha: No staff member with number 4040.\n")
    assert not out.exists()


def test_print_dcb_refuses_an_end_before_the_start_as_report_dcb_does(db_path, tmp_path,
                                                                      capsys):
    out = tmp_path / "dcb.pdf"
    assert main(["print", "dcb", "--start", "2026-11-25", "--end", "2026-11-01", "--out",
                 str(out), "--db", str(db_path)]) == 2
    assert capsys.readouterr().err == "shakha: error: The end date is before the start date.\n"
    assert not out.exists()
