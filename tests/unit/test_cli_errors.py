"""Whatever goes wrong in a command, the user reads one sentence, never a traceback."""

from __future__ import annotations

from pathlib import Path

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

