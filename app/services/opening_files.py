"""Reading the old system's book: one workbook (.xlsx) or a folder of CSV files.

This is a trust boundary (a spreadsheet someone filled in by hand): size, shape and
headers are checked before a value is read, and every problem names its sheet, row and
column. The sheets and their columns (`SHEETS`) are the same in both forms, with
English and Bengali headers (either is accepted, in any order); the CSV files are
named after the sheets (groups.csv or দল.csv …). Row 1 holds the headers; a row whose
first cell starts with "#" is an example or a note and is skipped (the templates'
example rows do); wholly empty rows are skipped.

Refused as a whole (nothing read further): a missing file or sheet, a file larger than
MAX_FILE_BYTES, an .xlsx that unpacks beyond MAX_UNPACKED_BYTES (a zip bomb), more than
MAX_ROWS rows in a sheet, a text that is not UTF-8, a NUL byte, a missing or unknown
column. Row by row: merged cells, a cell longer than MAX_CELL_CHARS.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import QT_TR_NOOP

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_ROWS = 100_000
MAX_CELL_CHARS = 500


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    bn: str
    required: bool = True


@dataclass(frozen=True)
class SheetSpec:
    key: str
    en: str
    bn: str
    columns: tuple[Column, ...]
    required: bool = True


def _c(key: str, en: str, bn: str, required: bool = True) -> Column:
    return Column(key, en, bn, required)


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("groups", "groups", "দল", (
        _c("group_id", "Group ID", "দলের আইডি"),
        _c("name_en", "Name (English)", "নাম (ইংরেজি)", False),
        _c("name_bn", "Name (Bengali)", "নাম (বাংলা)", False),
        _c("meeting_day", "Meeting day", "সভার বার"),
        _c("meeting_time", "Meeting time", "সভার সময়", False),
        _c("meeting_place", "Meeting place", "সভার স্থান", False),
        _c("village", "Village", "গ্রাম"),
        _c("officer", "Field officer (login)", "মাঠকর্মী (লগইন)"),
        _c("formation_date", "Formed on", "গঠনের তারিখ"))),
    SheetSpec("members", "members", "সদস্য", (
        _c("member_id", "Member ID", "সদস্যের আইডি"),
        _c("group_id", "Group ID", "দলের আইডি"),
        _c("name_en", "Name (English)", "নাম (ইংরেজি)", False),
        _c("name_bn", "Name (Bengali)", "নাম (বাংলা)", False),
        _c("guardian_name", "Guardian's name", "অভিভাবকের নাম"),
        _c("guardian_relation", "Guardian is her", "অভিভাবকের সম্পর্ক", False),
        _c("national_id", "National ID", "জাতীয় পরিচয়পত্র নম্বর"),
        _c("date_of_birth", "Date of birth", "জন্ম তারিখ", False),
        _c("phone", "Phone", "ফোন", False),
        _c("joining_date", "Joined on", "যোগদানের তারিখ"),
        _c("household_income", "Household income per year", "বার্ষিক পারিবারিক আয়",
           False))),
    SheetSpec("loans", "loans", "ঋণ", (
        _c("loan_id", "Loan ID", "ঋণের আইডি"),
        _c("member_id", "Member ID", "সদস্যের আইডি"),
        _c("product", "Product", "ঋণ প্রকল্প"),
        _c("repayment_mode", "Repayment mode", "পরিশোধের ধরন", False),
        _c("disbursed_on", "Disbursed on", "বিতরণের তারিখ"),
        _c("amount", "Amount disbursed", "বিতরণকৃত অর্থ"),
        _c("installments", "Installments", "কিস্তির সংখ্যা"),
        _c("installments_paid", "Installments paid", "পরিশোধিত কিস্তি", False),
        _c("outstanding_principal", "Outstanding principal", "অবশিষ্ট আসল", False)),
        required=False),
    SheetSpec("savings", "savings", "সঞ্চয়", (
        _c("account_id", "Account number", "হিসাব নম্বর"),
        _c("member_id", "Member ID", "সদস্যের আইডি"),
        _c("kind", "Kind (compulsory or voluntary)", "ধরন (বাধ্যতামূলক বা ঐচ্ছিক)"),
        _c("balance", "Balance", "স্থিতি"),
        _c("opened_on", "Opened on", "খোলার তারিখ", False),
        _c("annual_rate_percent", "Interest % a year", "বার্ষিক সুদ %", False)),
        required=False),
    SheetSpec("cash", "cash", "নগদ", (
        _c("cash_in_hand", "Cash in the safe", "সিন্দুকে নগদ"),), required=False),
)
SHEET_BY_KEY = {s.key: s for s in SHEETS}


@dataclass(frozen=True)
class Problem:
    """What is wrong, where: sheet and row (0: the whole sheet or file), column key."""

    sheet: str
    row: int
    column: str
    text: str  # English, QT_TR_NOOP-marked, with {placeholders}
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RawRow:
    sheet: str
    number: int  # the spreadsheet's row number (header = 1)
    values: dict[str, Any]  # column key -> the cell as read (str, number, date, None)


@dataclass
class RawBook:
    rows: dict[str, list[RawRow]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def refuse(self, sheet: str, row: int, column: str, message: str, /,
               **params: Any) -> None:
        self.problems.append(Problem(sheet, row, column, message, params))


def _norm(text: Any) -> str:
    return " ".join(str(text or "").replace("*", " ").split()).casefold()


def _headers(spec: SheetSpec) -> dict[str, str]:
    out = {}
    for col in spec.columns:
        for name in (col.key, col.en, col.bn):
            out[_norm(name)] = col.key
    return out


def _map_header(book: RawBook, spec: SheetSpec, header: list[Any]) -> list[str | None] | None:
    known = _headers(spec)
    keys: list[str | None] = []
    ok = True
    for index, cell in enumerate(header, 1):
        name = _norm(cell)
        if not name:
            keys.append(None)
            continue
        key = known.get(name)
        if key is None or key in keys:
            book.refuse(spec.key, 1, "", QT_TR_NOOP(
                "Column {number} ({name}) is not a column of this sheet, or is there "
                "twice. The template's columns are: {columns}."), number=index,
                name=str(cell)[:60], columns=", ".join(c.en for c in spec.columns))
            ok = False
        keys.append(key)
    for col in spec.columns:
        if col.required and col.key not in keys:
            book.refuse(spec.key, 1, col.key, QT_TR_NOOP(
                "The column {name} is missing."), name=col.en)
            ok = False
    return keys if ok else None


def _add_rows(book: RawBook, spec: SheetSpec, rows: list[tuple[int, list[Any]]],
              merged: set[int] | None = None) -> None:
    if not rows:
        book.refuse(spec.key, 0, "", QT_TR_NOOP("The sheet has no header row."))
        return
    keys = _map_header(book, spec, rows[0][1])
    if keys is None:
        return
    out = book.rows.setdefault(spec.key, [])
    for number, cells in rows[1:]:
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        if cells and isinstance(cells[0], str) and cells[0].lstrip().startswith("#"):
            continue  # an example or a note
        if merged and number in merged:
            book.refuse(spec.key, number, "", QT_TR_NOOP(
                "Cells of this row are merged; unmerge them and write each value in its "
                "own cell."))
            continue
        values: dict[str, Any] = {}
        for key, cell in zip(keys, cells, strict=False):
            if key is None:
                if cell not in (None, ""):
                    book.refuse(spec.key, number, "", QT_TR_NOOP(
                        "A value stands in a column without a header."))
                continue
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                book.refuse(spec.key, number, key, QT_TR_NOOP(
                    "The cell is too long (more than {limit} characters)."),
                    limit=MAX_CELL_CHARS)
                cell = None
            values[key] = cell
        out.append(RawRow(spec.key, number, values))


def _too_big(book: RawBook, path: Path) -> bool:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        book.refuse("", 0, "", QT_TR_NOOP("{file} is too large ({size} MB; at most {limit} "
                                          "MB)."), file=path.name,
                    size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
        return True
    return False


def read_book(path: str | Path) -> RawBook:
    """The rows of every sheet, or the problems that stop reading (module docstring)."""
    path = Path(path)
    book = RawBook()
    if path.is_dir():
        _read_csv_folder(book, path)
    elif path.is_file() and path.suffix.lower() == ".xlsx":
        if not _too_big(book, path):
            _read_workbook(book, path)
    elif path.is_file() and path.suffix.lower() == ".csv":
        book.refuse("", 0, "", QT_TR_NOOP("Give the folder that holds the CSV files "
                                          "(groups.csv, members.csv …), not one file."))
    elif path.exists():
        book.refuse("", 0, "", QT_TR_NOOP("{file} is neither an .xlsx workbook nor a folder "
                                          "of CSV files."), file=path.name)
    else:
        book.refuse("", 0, "", QT_TR_NOOP("File not found: {path}"), path=str(path))
    return book


def _read_workbook(book: RawBook, path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        book.refuse("", 0, "", QT_TR_NOOP("{file} is not a readable .xlsx workbook (save it "
                                          "again from the spreadsheet program)."),
                    file=path.name)
        return
    if unpacked > MAX_UNPACKED_BYTES:
        book.refuse("", 0, "", QT_TR_NOOP("{file} is too large ({size} MB; at most {limit} "
                                          "MB)."), file=path.name,
                    size=unpacked // (1024 * 1024), limit=MAX_UNPACKED_BYTES // (1024 * 1024))
        return
    import openpyxl

    try:
        merged = _merged_rows(path)
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - whatever openpyxl raises on a damaged file
        book.refuse("", 0, "", QT_TR_NOOP("{file} is not a readable .xlsx workbook (save it "
                                          "again from the spreadsheet program)."),
                    file=path.name)
        return
    try:
        names = {_norm(ws.title): ws for ws in workbook.worksheets}
        for spec in SHEETS:
            sheet = names.get(_norm(spec.en)) or names.get(_norm(spec.bn))
            if sheet is None:
                if spec.required:
                    book.refuse(spec.key, 0, "", QT_TR_NOOP(
                        "The workbook has no sheet named {en} or {bn}."), en=spec.en,
                        bn=spec.bn)
                continue
            rows = []
            for n, values in enumerate(sheet.iter_rows(values_only=True), 1):
                if n > MAX_ROWS + 1:
                    book.refuse(spec.key, 0, "", QT_TR_NOOP("The sheet has more than {limit} "
                                                            "rows."), limit=MAX_ROWS)
                    break
                rows.append((n, list(values)))
            else:
                _add_rows(book, spec, rows, merged.get(sheet.title, set()))
    finally:
        workbook.close()


def _merged_rows(path: Path) -> dict[str, set[int]]:
    """Sheet title -> rows holding merged cells, read from the workbook's XML (openpyxl's
    fast read-only mode does not report merged cells)."""
    import xml.etree.ElementTree as ET

    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
    out: dict[str, set[int]] = {}
    with zipfile.ZipFile(path) as archive:
        rels = {r.get("Id"): r.get("Target", "") for r in ET.fromstring(
            archive.read("xl/_rels/workbook.xml.rels")).iter(f"{{{ns['p']}}}Relationship")}
        for sheet in ET.fromstring(archive.read("xl/workbook.xml")).iter(
                f"{{{ns['m']}}}sheet"):
            target = rels.get(sheet.get(f"{{{ns['r']}}}id"), "")
            inside = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            if inside not in archive.namelist():
                continue
            xml = archive.read(inside)
            rows: set[int] = set()
            for first, last in re.findall(rb'<mergeCell ref="[A-Z]+([0-9]+):[A-Z]+([0-9]+)"',
                                          xml):
                rows.update(range(int(first), int(last) + 1))
            out[sheet.get("name", "")] = rows
    return out


def _csv_file(folder: Path, spec: SheetSpec) -> Path | None:
    for name in (spec.en, spec.bn):
        for candidate in (folder / f"{name}.csv", folder / f"{name}.CSV"):
            if candidate.is_file():
                return candidate
    return None


def _read_csv_folder(book: RawBook, folder: Path) -> None:
    for spec in SHEETS:
        path = _csv_file(folder, spec)
        if path is None:
            if spec.required:
                book.refuse(spec.key, 0, "", QT_TR_NOOP("The folder has no {en}.csv or "
                                                        "{bn}.csv."), en=spec.en, bn=spec.bn)
            continue
        if _too_big(book, path):
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            book.refuse(spec.key, 0, "", QT_TR_NOOP("{file} is not UTF-8 text: save it as "
                                                    "\"CSV UTF-8\"."), file=path.name)
            continue
        if "\x00" in text:
            book.refuse(spec.key, 0, "", QT_TR_NOOP("{file} contains a NUL byte: it is not "
                                                    "a CSV text file."), file=path.name)
            continue
        first = text.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=first.count)
        rows = _csv_rows(book, spec, path, text, delimiter)
        if rows:
            _add_rows(book, spec, rows)


def _csv_rows(book: RawBook, spec: SheetSpec, path: Path, text: str,
              delimiter: str) -> list[tuple[int, list[Any]]]:
    rows: list[tuple[int, list[Any]]] = []
    try:
        for number, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            if number > MAX_ROWS + 1:
                book.refuse(spec.key, 0, "", QT_TR_NOOP("The sheet has more than {limit} "
                                                        "rows."), limit=MAX_ROWS)
                return []
            rows.append((number, [c if c.strip() else None for c in cells]))
    except csv.Error:  # a quote never closed, a field beyond csv's limit
        book.refuse(spec.key, len(rows) + 1, "", QT_TR_NOOP(
            "{file} cannot be read as CSV from this row on (a quote not closed?)."),
            file=path.name)
        return []
    return rows
