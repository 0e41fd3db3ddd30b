"""Templates of the existing book to fill in: an .xlsx workbook or a folder of CSV files,
with the headers in English or Bengali and one example row per sheet.

The example rows' first cell starts with "#", so a template filled in around them (or
not at all) imports nothing of them (app.services.opening_files skips such rows).
"""

from __future__ import annotations

import csv
from pathlib import Path

from app.services.opening_files import SHEETS, SheetSpec

EXAMPLES: dict[str, dict[str, str]] = {
    "groups": {"group_id": "#G-001", "name_en": "Padma", "name_bn": "পদ্মা",
               "meeting_day": "Wednesday", "meeting_time": "10:30",
               "meeting_place": "Anganwadi centre", "village": "Saheberhat",
               "officer": "officer1", "formation_date": "15/01/2022"},
    "members": {"member_id": "#M-0001", "group_id": "#G-001", "name_en": "Rina Das",
                "name_bn": "রিনা দাস", "guardian_name": "Gopal Das",
                "guardian_relation": "husband", "national_id": "123456789012",
                "date_of_birth": "01/03/1985", "phone": "9800000000",
                "joining_date": "15/01/2022", "household_income": "1,20,000"},
    "loans": {"loan_id": "#L-0001", "member_id": "#M-0001", "product": "BJS-GL",
              "repayment_mode": "", "disbursed_on": "06/05/2026", "amount": "20,000",
              "installments": "46", "installments_paid": "10",
              "outstanding_principal": ""},
    "savings": {"account_id": "#S-0001", "member_id": "#M-0001", "kind": "compulsory",
                "balance": "2,400", "opened_on": "15/01/2022", "annual_rate_percent": "4"},
    "cash": {"cash_in_hand": "#0"},
}


def _header(spec: SheetSpec, lang: str) -> list[str]:
    return [(c.bn if lang == "bn" else c.en) + ("" if not c.required else " *")
            for c in spec.columns]


def _example(spec: SheetSpec) -> list[str]:
    return [EXAMPLES[spec.key].get(c.key, "") for c in spec.columns]


def write_template(out: str | Path, lang: str = "en") -> Path:
    """An .xlsx template when `out` ends in .xlsx, else a folder of CSV files."""
    path = Path(out)
    if path.suffix.lower() == ".xlsx":
        _workbook(path, lang)
    else:
        path.mkdir(parents=True, exist_ok=True)
        for spec in SHEETS:
            name = spec.bn if lang == "bn" else spec.en
            with (path / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(_header(spec, lang))
                writer.writerow(_example(spec))
    return path


def _workbook(path: Path, lang: str) -> None:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for spec in SHEETS:
        sheet = workbook.create_sheet(spec.bn if lang == "bn" else spec.en)
        sheet.append(_header(spec, lang))
        sheet.append(_example(spec))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for cell in sheet[2]:
            cell.font = Font(italic=True, color="808080")
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = max(
                14, len(str(column[0].value)) + 4)
        sheet.freeze_panes = "A2"
    workbook.save(path)
