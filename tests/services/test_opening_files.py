"""Bad books are refused row by row, in words, and nothing is written: wrong columns,
merged cells, text in amounts, dates in every usual form, Bengali digits, duplicates,
huge files, NUL bytes, files that are not what they say."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from app.services import opening_cells as cell
from app.services.opening_files import MAX_FILE_BYTES, read_book
from app.services.opening_import import commit_import, dry_run_import
from app.services.opening_report import report_lines
from app.services.opening_templates import write_template
from benchmarks.book import write_rows
from tests.services.opening_world import counts, opening_world


def _rewrite(folder: Path, sheet: str, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / f"{sheet}.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def _problems(engine, book, tb):  # type: ignore[no-untyped-def]
    report = dry_run_import(engine, book, tb)
    return [(p.sheet, p.row, p.column) for p in report.problems], report


def _set(sheet_rows, row, header, value):  # type: ignore[no-untyped-def]
    sheet_rows[row][sheet_rows[0].index(header)] = value


@pytest.mark.parametrize(("sheet", "header", "value", "column"), [
    ("loans", "Amount disbursed", "twenty thousand", "amount"),
    ("loans", "Amount disbursed", "-500", "amount"),
    ("loans", "Amount disbursed", "20000.005", "amount"),
    ("loans", "Disbursed on", "2024-02-30", "disbursed_on"),
    ("loans", "Disbursed on", "03/15/2026", "disbursed_on"),  # month first
    ("loans", "Disbursed on", "15/03/26", "disbursed_on"),  # which century?
    ("loans", "Disbursed on", "01/01/2099", "disbursed_on"),  # after today
    ("loans", "Installments", "४६", "installments"),  # Devanagari digits
    ("loans", "Product", "NO-SUCH", "product"),
    ("members", "National ID", "", "national_id"),
    ("members", "Date of birth", "01/01/2015", "date_of_birth"),  # a child
    ("members", "Group ID", "G-9999", "group_id"),
    ("groups", "Meeting day", "Funday", "meeting_day"),
    ("groups", "Field officer (login)", "nobody", "officer"),
    ("savings", "Kind (compulsory or voluntary)", "fixed", "kind"),
    ("savings", "Balance", "1,000\x07", "balance"),
])
def test_a_bad_cell_is_named_by_sheet_row_and_column(engine, tmp_path, sheet, header, value,
                                                     column):
    _world, _rows, tb, book = opening_world(engine, tmp_path)
    _rewrite(book, sheet, lambda rows: _set(rows, 2, header, value))
    problems, report = _problems(engine, book, tb)
    assert (sheet, 3, column) in problems, report_lines(report)[:3]


def test_dates_in_every_usual_form_and_bengali_digits_are_read(engine, tmp_path):
    _world, _rows, tb, book = opening_world(engine, tmp_path)

    def forms(rows):  # type: ignore[no-untyped-def]
        column = rows[0].index("Disbursed on")
        for k, row in enumerate(rows[1:5]):
            day = dt.datetime.strptime(row[column], "%d/%m/%Y").date()
            row[column] = (day.isoformat(), day.strftime("%d-%m-%Y"), day.strftime("%d.%m.%Y"),
                           day.strftime("%d %b %Y"))[k]
        amount = rows[0].index("Amount disbursed")
        rows[5][amount] = cell.to_latin_digits(rows[5][amount]).translate(
            str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    _rewrite(book, "loans", forms)
    problems, report = _problems(engine, book, tb)
    assert problems == [] and report.reconciled


def test_a_wrong_or_missing_column_refuses_the_sheet(engine, tmp_path):
    _world, _rows, tb, book = opening_world(engine, tmp_path)
    _rewrite(book, "members", lambda rows: rows[0].__setitem__(
        rows[0].index("National ID"), "Aadhaar no"))
    problems, report = _problems(engine, book, tb)
    assert ("members", 1, "") in problems and ("members", 1, "national_id") in problems
    assert any("Aadhaar no" in line for line in report_lines(report))


def test_duplicate_ids_and_national_ids_are_refused(engine, tmp_path):
    _world, _rows, tb, book = opening_world(engine, tmp_path)

    def twice(rows):  # type: ignore[no-untyped-def]
        rows[3][rows[0].index("Member ID")] = rows[2][rows[0].index("Member ID")]
        rows[5][rows[0].index("National ID")] = rows[4][rows[0].index("National ID")]
    _rewrite(book, "members", twice)
    problems, _report = _problems(engine, book, tb)
    assert ("members", 4, "member_id") in problems and ("members", 6, "national_id") in problems


def test_a_loan_the_schedule_cannot_meet_is_reported(engine, tmp_path):
    _world, rows, tb, book = opening_world(engine, tmp_path)

    def off(sheet):  # type: ignore[no-untyped-def]
        paid, left = sheet[0].index("Installments paid"), sheet[0].index("Outstanding principal")
        sheet[1][left] = "1.00"  # and it still says how many installments were paid
        sheet[2][left] = "99999999"
        sheet[2][paid] = ""
    _rewrite(book, "loans", off)
    problems, report = _problems(engine, book, tb)
    assert ("loans", 2, "outstanding_principal") in problems
    assert ("loans", 3, "outstanding_principal") in problems
    assert any("regenerated schedule" in line for line in report_lines(report))


def test_merged_cells_in_a_workbook_are_refused_by_row(engine, tmp_path):
    _world, rows, tb, book = opening_world(engine, tmp_path, form="xlsx")
    workbook = openpyxl.load_workbook(book)
    workbook["members"].merge_cells("C4:D4")
    workbook.save(book)
    problems, _report = _problems(engine, book, tb)
    assert ("members", 4, "") in problems


def test_a_spreadsheet_date_and_number_cell_are_read_as_they_show(engine, tmp_path):
    _world, rows, tb, book = opening_world(engine, tmp_path, form="xlsx")
    workbook = openpyxl.load_workbook(book)
    loans = workbook["loans"]
    day = dt.datetime.strptime(loans["E2"].value, "%d/%m/%Y")
    loans["E2"].value = day  # a real date cell
    loans["F2"].value = float(loans["F2"].value)  # a number cell
    workbook.save(book)
    problems, report = _problems(engine, book, tb)
    assert problems == [] and report.reconciled


@pytest.mark.parametrize("damage", ["nul", "latin1", "huge", "not_xlsx", "one_csv",
                                    "no_members"])
def test_a_file_that_is_not_a_book_is_refused_and_nothing_written(engine, tmp_path, damage):
    world, rows, tb, book = opening_world(engine, tmp_path)
    target = book
    if damage == "nul":
        (book / "members.csv").write_bytes(b"Member ID,\x00\n")
    elif damage == "latin1":
        (book / "members.csv").write_bytes("Member ID\nJos\xe9".encode("latin-1"))
    elif damage == "huge":
        with (book / "loans.csv").open("r+b") as f:
            f.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written
    elif damage == "not_xlsx":
        target = tmp_path / "book.xlsx"
        target.write_bytes(b"PK\x03\x04 this is no workbook")
    elif damage == "one_csv":
        target = book / "members.csv"
    else:
        (book / "members.csv").unlink()
    before = counts(engine)
    report = dry_run_import(engine, target, tb)
    assert not report.ok
    with pytest.raises(Exception, match="problem"):
        commit_import(engine, world.manager, target, tb)
    assert counts(engine) == before


@pytest.mark.parametrize("lang", ["en", "bn"])
@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_a_template_reads_back_with_its_example_skipped(tmp_path, lang, form):
    out = write_template(tmp_path / ("book.xlsx" if form == "xlsx" else "book"), lang)
    book = read_book(out)
    assert book.problems == [] and all(rows == [] for rows in book.rows.values())
    assert set(book.rows) == {"groups", "members", "loans", "savings", "cash"}


def test_bengali_headers_are_accepted(engine, tmp_path):
    _world, rows, tb, _book = opening_world(engine, tmp_path)
    template = write_template(tmp_path / "bn", "bn")
    for spec_key, name in (("groups", "দল"), ("members", "সদস্য"), ("loans", "ঋণ"),
                           ("savings", "সঞ্চয়"), ("cash", "নগদ")):
        header = next(csv.reader((template / f"{name}.csv").open(encoding="utf-8-sig")))
        from app.services.opening_files import SHEET_BY_KEY

        keys = [c.key for c in SHEET_BY_KEY[spec_key].columns]
        with (template / f"{name}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(header)
            for row in rows[spec_key]:
                writer.writerow([row.get(k, "") for k in keys])
    report = dry_run_import(engine, template, tb)
    assert report.ok and report.reconciled
    assert write_rows  # the English form is the other test's
