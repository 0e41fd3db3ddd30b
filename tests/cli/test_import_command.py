"""`shakha import` and `shakha import-template` as a manager runs them."""

from __future__ import annotations

from app.cli import main
from app.domain.money import from_minor
from tests.builders import TEST_PASSWORD
from tests.services.opening_world import counts, opening_world


def _tb_args(tb):  # type: ignore[no-untyped-def]
    args = []
    for code, minor in tb.outstanding_by_product.items():
        args += ["--outstanding", f"{code}={from_minor(minor)}"]
    return args + ["--savings", str(from_minor(tb.savings_minor)),
                   "--cash", str(from_minor(tb.cash_minor))]


def test_the_dry_run_reports_and_the_import_commits(engine, db_path, tmp_path, capsys,
                                                    monkeypatch):
    world, _rows, tb, book = opening_world(engine, tmp_path)
    before = counts(engine)
    assert main(["import", "--db", str(db_path), str(book), "--dry-run", *_tb_args(tb)]) == 0
    out = capsys.readouterr().out
    assert "members, row 2: Member M-00001" in out and "Cash in the safe: 1,50,000.00" in out
    assert counts(engine) == before
    monkeypatch.setenv("SHAKHA_PASSWORD", TEST_PASSWORD)
    manager = world.manager.username
    assert main(["import", "--db", str(db_path), str(book), "--quiet", "--user", manager,
                 *_tb_args(tb)]) == 0
    assert "imported: 3 groups, 30 members, 27 loans, 30 savings accounts" in \
        capsys.readouterr().out
    assert counts(engine)["member"] == before["member"] + 30


def test_without_a_trial_balance_or_with_a_wrong_one_nothing_is_imported(engine, db_path,
                                                                        tmp_path, capsys):
    _world, _rows, tb, book = opening_world(engine, tmp_path)
    before = counts(engine)
    assert main(["import", "--db", str(db_path), str(book)]) == 1
    assert "give the opening trial balance" in capsys.readouterr().err
    wrong = _tb_args(tb)
    wrong[-1] = "1"
    assert main(["import", "--db", str(db_path), str(book), "--quiet", *wrong]) == 1
    assert "the trial balance says 1.00" in capsys.readouterr().out
    assert main(["import", "--db", str(db_path), str(book), "--outstanding", "oops"]) == 2
    assert counts(engine) == before


def test_the_report_in_bengali_and_a_bad_password(engine, db_path, tmp_path, capsys,
                                                   monkeypatch):
    world, _rows, tb, book = opening_world(engine, tmp_path)
    assert main(["import", "--db", str(db_path), str(book), "--dry-run", "--quiet",
                 "--lang", "bn", *_tb_args(tb)]) == 0
    assert "সিন্দুকে নগদ: ১,৫০,০০০.০০" in capsys.readouterr().out
    monkeypatch.setenv("SHAKHA_PASSWORD", "wrong")
    assert main(["import", "--db", str(db_path), str(book), "--quiet", "--user",
                 world.manager.username, *_tb_args(tb)]) != 0
    assert "Traceback" not in capsys.readouterr().err


def test_templates_in_both_languages(tmp_path, capsys):
    assert main(["import-template", "--out", str(tmp_path / "book.xlsx"), "--lang", "bn"]) == 0
    assert (tmp_path / "book.xlsx").is_file()
    assert main(["import-template", "--out", str(tmp_path / "csv")]) == 0
    assert {p.name for p in (tmp_path / "csv").iterdir()} == {
        "groups.csv", "members.csv", "loans.csv", "savings.csv", "cash.csv"}
    assert main(["import-template", "--out", str(tmp_path / "nowhere" / "b.xlsx")]) == 2
