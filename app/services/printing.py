"""Gathers the data of each printed document and renders it (PDF bytes)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine

from app.printing.collection_sheet import SheetHeader, collection_sheets
from app.services.branch import branch_info
from app.services.dues import officer_day_dues


def sheet_header(engine: Engine, lang: str) -> SheetHeader:
    info = branch_info(engine)
    return SheetHeader(info.institution, info.name_bn if lang == "bn" else info.name_en,
                       info.code, info.currency)


def collection_sheets_pdf(engine: Engine, on: date, officer_id: int | None,
                          lang: str) -> bytes:
    """The day's collection sheets of one officer (or the branch), in meeting order."""
    return collection_sheets(sheet_header(engine, lang), officer_day_dues(engine, on, officer_id),
                             lang)
