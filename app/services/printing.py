"""Gathers the data of each printed document and renders it (PDF bytes).

Passbook printing is the one changing use case: it records, in the same transaction,
the last journal row printed and the passbook page and line it went on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Group, JournalEntry, Loan, Member, SavingsAccount, Staff
from app.db.models_print import PassbookPrint, PrinterOffset
from app.db.uow import Actor, UnitOfWork
from app.errors import QT_TR_NOOP, NotFound, ValidationError
from app.printing.collection_sheet import SheetHeader, collection_sheets
from app.printing.documents import (
    Receipt,
    closure_certificate,
    kfs_document,
    loan_card,
    payment_voucher,
    receipt,
)
from app.printing.passbook import (
    PageSpan,
    PassbookEntry,
    PassbookHeading,
    PassbookLayout,
    calibration_page,
    passbook_pages,
    place,
)
from app.services import roles
from app.services.branch import branch_info
from app.services.collection_day import collection_day
from app.services.common import branch_row, read_session
from app.services.institution import institution, institution_of
from app.services.passbook_format import check_layout, layout_of
from app.services.roles import require

PASSBOOK_ROLES = ("accountant", "branch_manager", "field_officer", "admin")
PAID_IN = {"repayment", "savings_deposit", "fee", "insurance", "penalty", "recovery"}
PAID_OUT = {"disbursement", "savings_withdrawal"}


def sheet_header(engine: Engine, lang: str) -> SheetHeader:
    info = branch_info(engine)
    block = institution(engine)
    return SheetHeader(block.pick("name", lang), info.name_bn if lang == "bn" else info.name_en,
                       info.code, info.currency, block.pick("address", lang))


def collection_sheets_pdf(engine: Engine, on: date, officer_id: int | None,
                          lang: str) -> bytes:
    """The collection sheets of a day (up to a week ahead) of one officer or the branch,
    by officer and meeting time, each with its thumb-impression sheet; a day with no
    meetings prints a page that says so."""
    groups = collection_day(engine, on, officer_id)
    officer = ""
    if not groups and officer_id is not None:
        with read_session(engine) as s:
            staff = s.get(Staff, officer_id)
            if staff is not None:
                officer = staff.full_name_bn if lang == "bn" else staff.full_name_en
    return collection_sheets(sheet_header(engine, lang), groups, lang, on=on,
                             officer=officer)


# ---- passbook ---------------------------------------------------------------------------

@dataclass(frozen=True)
class PageEnd:
    """Where a page of a passbook print ends: its last journal row and line."""
    last_entry_id: int
    page: int
    line: int


@dataclass(frozen=True)
class PassbookPrintout:
    pdf: bytes
    first_line: int  # first line printed on the first page (0 when nothing new)
    last_line: int  # last line printed on the last page
    pages: tuple[PageSpan, ...]  # passbook pages, in order: the operator turns the page
    page_ends: tuple[PageEnd, ...] = ()  # per page: recorded once that page is printed


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise NotFound(QT_TR_NOOP("No member with number {id}."), id=member_id)
    return member


def passbook_entries(session: Session, member_id: int) -> list[PassbookEntry]:
    """Every journal row of the member as a passbook line, with running balances."""
    loans = {r[0]: r[1] for r in session.execute(select(Loan.id, Loan.loan_no).where(
        Loan.member_id == member_id))}
    accounts = {r[0]: r[1] for r in session.execute(select(
        SavingsAccount.id, SavingsAccount.account_no).where(
        SavingsAccount.member_id == member_id))}
    loan_bal = savings_bal = 0
    out = []
    for e in session.scalars(select(JournalEntry).where(JournalEntry.member_id == member_id)
                             .order_by(JournalEntry.id)):
        sign = -1 if e.reverses_id else 1
        if e.kind == "disbursement":
            loan_bal += sign * e.amount_minor
        elif e.kind in ("repayment", "write_off", "insurance_claim"):
            loan_bal -= sign * (e.principal_minor or e.amount_minor)
        elif e.kind in ("savings_deposit", "savings_interest"):
            savings_bal += sign * e.amount_minor
        elif e.kind == "savings_withdrawal":
            savings_bal -= sign * e.amount_minor
        ref = (loans.get(e.loan_id, "") if e.loan_id else
               accounts.get(e.savings_account_id, "") if e.savings_account_id else "")
        out.append(PassbookEntry(
            e.id, e.business_date, "reversal" if e.reverses_id else e.kind, ref,
            sign * e.amount_minor if e.kind in PAID_IN else 0,
            sign * e.amount_minor if e.kind in PAID_OUT else 0, max(loan_bal, 0), savings_bal))
    return out


def _heading(session: Session, member: Member, lang: str) -> PassbookHeading:
    branch = branch_row(session)
    group = session.get(Group, member.group_id)
    bn = lang == "bn"
    return PassbookHeading(institution_of(session).pick("name", lang),
                           branch.name_bn if bn else branch.name_en,
                           member.code, member.name_bn if bn else member.name_en,
                           f"{group.code} {group.name_bn if bn else group.name_en}"
                           if group else "", member.passbook_no or member.code)


def _render_passbook(s: Session, state: PassbookPrint | None, member_id: int, lang: str,
                     reprint: bool, printer: str, uncalibrated_ok: bool = False
                     ) -> tuple[PassbookPrintout, list[PassbookEntry]]:
    member = _member(s, member_id)
    entries = passbook_entries(s, member_id)
    page, line, last = (1, 0, 0) if reprint or state is None else (
        state.page, state.line, state.last_entry_id)
    new = [e for e in entries if e.entry_id > last]
    printed = [e for e in entries if e.entry_id <= last]
    opening = (printed[-1].loan_balance_minor, printed[-1].savings_balance_minor) \
        if printed else (0, 0)
    layout = layout_of(s)
    pdf, pages = passbook_pages(_heading(s, member, lang), new, page, line, lang,
                                _offset(s, printer, uncalibrated_ok), headings=reprint,
                                layout=layout, opening=opening)
    ends: dict[int, PageEnd] = {}
    for entry, (pg, ln) in zip(new, place(len(new), page, line, layout.lines_per_page),
                               strict=True):
        ends[pg] = PageEnd(entry.entry_id, pg, ln)
    return PassbookPrintout(pdf, pages[0].first_line if pages else 0,
                            pages[-1].last_line if pages else 0, tuple(pages),
                            tuple(ends.values())), new


def passbook_pdf(engine: Engine, actor: Actor, member_id: int, lang: str,
                 reprint: bool = False, printer: str = "",
                 preview: bool = False, uncalibrated_ok: bool = False) -> PassbookPrintout:
    """The member's new passbook lines from the next free line (or, for a lost passbook,
    every line from page 1), recording where printing stopped in the same transaction.

    `preview` renders the same pages without recording anything (the print preview);
    `printer` applies that printer's calibrated offsets — a printer never calibrated is
    refused (no silent zero offsets) unless `uncalibrated_ok` (the print dialog's own
    choice of printer, which the operator has just chosen).
    """
    require(actor, roles.PASSBOOK_PRINT)
    if preview:
        with read_session(engine) as s:
            return _render_passbook(s, s.get(PassbookPrint, member_id), member_id, lang,
                                    reprint, printer, uncalibrated_ok)[0]
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        state = s.get(PassbookPrint, member_id)
        printout, new = _render_passbook(s, state, member_id, lang, reprint, printer,
                                         uncalibrated_ok)
        if new:
            if state is None:
                state = PassbookPrint(member_id=member_id)
                s.add(state)
            state.last_entry_id = new[-1].entry_id
            state.page, state.line = printout.pages[-1].page, printout.last_line
            state.printed_by = actor.staff_id
            state.printed_at = utcnow()
            uow.audit("passbook.printed", "member", member_id, branch_row(s).business_date,
                      {"from_entry": new[0].entry_id, "to_entry": new[-1].entry_id,
                       "page": state.page, "line": state.line, "reprint": reprint})
        return printout


def record_passbook_page(engine: Engine, actor: Actor, member_id: int, end: PageEnd,
                         reprint: bool = False) -> None:
    """One passbook page has come out of the printer: the next print starts after its
    last line. Called page by page as the printer finishes each, so a print stopped
    after page 1 of 10 leaves pages 2–10 to print next time (the preview records
    nothing; see passbook_pdf)."""
    require(actor, roles.PASSBOOK_PRINT)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        _member(s, member_id)
        entry = s.get(JournalEntry, end.last_entry_id)
        layout = layout_of(s)
        if entry is None or entry.member_id != member_id or end.page < 1 or \
                not 1 <= end.line <= layout.lines_per_page:
            raise ValidationError(QT_TR_NOOP("That is not a line of this member's passbook."))
        state = s.get(PassbookPrint, member_id)
        if state is None:
            state = PassbookPrint(member_id=member_id)
            s.add(state)
        elif not reprint and end.last_entry_id <= state.last_entry_id:
            return  # printed and recorded already (a page printed twice)
        state.last_entry_id, state.page, state.line = end.last_entry_id, end.page, end.line
        state.printed_by = actor.staff_id
        state.printed_at = utcnow()
        uow.audit("passbook.printed", "member", member_id, branch_row(s).business_date,
                  {"to_entry": end.last_entry_id, "page": end.page, "line": end.line,
                   "reprint": reprint})


@dataclass(frozen=True)
class PassbookState:
    member_id: int
    last_entry_id: int
    page: int
    line: int
    unprinted: int


def passbook_state(engine: Engine, member_id: int) -> PassbookState:
    with read_session(engine) as s:
        _member(s, member_id)
        state = s.get(PassbookPrint, member_id)
        last = state.last_entry_id if state else 0
        unprinted = len(s.scalars(select(JournalEntry.id).where(
            JournalEntry.member_id == member_id, JournalEntry.id > last)).all())
        return PassbookState(member_id, last, state.page if state else 1,
                             state.line if state else 0, unprinted)


# ---- printer offsets --------------------------------------------------------------------

def _offset(session: Session, printer: str, uncalibrated_ok: bool = True
            ) -> tuple[float, float]:
    """`printer`'s offsets; one never calibrated is refused unless `uncalibrated_ok`."""
    row = session.get(PrinterOffset, printer) if printer else None
    if row is None and printer and not uncalibrated_ok:
        known = ", ".join(session.scalars(select(PrinterOffset.printer)
                                          .order_by(PrinterOffset.printer))) or "—"
        raise NotFound(QT_TR_NOOP("No printer named {printer} has been calibrated (known: "
                                  "{known}). Print the calibration page without a printer, "
                                  "measure it and save the printer's offsets first."),
                       printer=printer, known=known)
    return (row.dx_tenth_mm / 10, row.dy_tenth_mm / 10) if row else (0.0, 0.0)


def printer_offset(engine: Engine, printer: str) -> tuple[float, float]:
    """(right, down) shift in millimetres calibrated for `printer` (0, 0 if never)."""
    with read_session(engine) as s:
        return _offset(s, printer)


def save_printer_offset(engine: Engine, actor: Actor, printer: str, dx_mm: float,
                        dy_mm: float) -> tuple[float, float]:
    """Remember `printer`'s offsets (millimetres, right and down); returns them as saved."""
    require(actor, roles.PASSBOOK_PRINT)
    if not printer or abs(dx_mm) > 50 or abs(dy_mm) > 50:
        raise ValidationError(QT_TR_NOOP("Printer offsets must be within 50 mm."))
    with UnitOfWork(engine, actor) as uow:
        row = uow.session.get(PrinterOffset, printer)
        if row is None:
            row = PrinterOffset(printer=printer)
            uow.session.add(row)
        row.dx_tenth_mm, row.dy_tenth_mm = round(dx_mm * 10), round(dy_mm * 10)
        return row.dx_tenth_mm / 10, row.dy_tenth_mm / 10


def calibration_pdf(engine: Engine, printer: str, lang: str,
                    layout: PassbookLayout | None = None,
                    uncalibrated_ok: bool = False) -> bytes:
    """The test page for `printer` (its name and offsets on it), on the branch's passbook
    format or on `layout` (a format being tried before it is saved). A printer never
    calibrated is refused unless `uncalibrated_ok` (the calibration dialog, where its
    name is being typed for the first time); with no printer, offsets are zero."""
    if layout is not None:
        check_layout(layout)
    with read_session(engine) as s:
        return calibration_page(lang, _offset(s, printer, uncalibrated_ok),
                                layout or layout_of(s), printer)


# ---- loan documents and receipts ---------------------------------------------------------

def loan_card_pdf(engine: Engine, loan_id: int, lang: str) -> bytes:
    """The loan card: its facts, deductions, standing as of today, schedule, repayments."""
    from app.services.loan_disbursement import loan_card_data
    from app.services.loan_papers import card_facts

    return loan_card(loan_card_data(engine, loan_id), lang, card_facts(engine, loan_id))


def kfs_pdf(engine: Engine, loan_id: int, lang: str) -> bytes:
    from app.services.loan_disbursement import kfs

    return kfs_document(kfs(engine, loan_id), lang)


def voucher_pdf(engine: Engine, loan_id: int, lang: str) -> bytes:
    """The payment voucher of a loan's disbursement."""
    from app.services.loan_papers import disbursement_voucher

    return payment_voucher(disbursement_voucher(engine, loan_id), lang)


def receipt_pdf(engine: Engine, entry_id: int, lang: str) -> bytes:
    """The money receipt of one counter (or meeting) journal row; money paid to her (a
    disbursement, a savings withdrawal) gets its payment voucher instead."""
    from app.services.loan_papers import receipt_facts, voucher_of_entry

    voucher = voucher_of_entry(engine, entry_id)
    if voucher is not None:
        return payment_voucher(voucher, lang)
    bn = lang == "bn"
    with read_session(engine) as s:
        e = s.get(JournalEntry, entry_id)
        if e is None or e.member_id is None:
            raise NotFound(QT_TR_NOOP("No receipt with number {id}."), id=entry_id)
        branch = branch_row(s)
        member = _member(s, e.member_id)
        staff = s.get(Staff, e.staff_id)
        loan = s.get(Loan, e.loan_id) if e.loan_id else None
        account = s.get(SavingsAccount, e.savings_account_id) if e.savings_account_id else None
        ref = loan.loan_no if loan else account.account_no if account else ""
        facts = receipt_facts(s, e)
        data = Receipt(f"{branch.code}-{e.id:07d}", e.business_date,
                       facts.lender.pick("name", lang),
                       branch.name_bn if bn else branch.name_en, branch.currency, member.code,
                       member.name_bn if bn else member.name_en,
                       "reversal" if e.reverses_id else e.kind, ref, e.amount_minor,
                       e.principal_minor, e.interest_minor,
                       (staff.full_name_bn if bn else staff.full_name_en) if staff else "",
                       facts.lender.pick("address", lang), facts.installments,
                       facts.installments_count,
                       None if e.reverses_id else facts.balance_after_minor)
    return receipt(data, lang)


def closure_certificate_pdf(engine: Engine, loan_id: int, lang: str) -> bytes:
    """The closure certificate of a closed loan (refused while the loan is open)."""
    from app.services.loan_closure import closure_certificate as certificate
    from app.services.loan_papers import certificate_facts

    return closure_certificate(certificate(engine, loan_id), sheet_header(engine, lang), lang,
                               certificate_facts(engine, loan_id))


# ---- reports ----------------------------------------------------------------------------

def portfolio_pdf(engine: Engine, as_of: date, officer_id: int | None, lang: str) -> bytes:
    """The portfolio report as printed (PAR, ageing, the regulator's classes, the PAR
    trend, by officer / product / group, written-off loans), for the branch or one
    officer."""
    from app.printing.reports import portfolio_document
    from app.services.report_trend import par_trend
    from app.services.reports import portfolio_report

    return portfolio_document(portfolio_report(engine, as_of, officer_id),
                              sheet_header(engine, lang), lang,
                              par_trend(engine, as_of, officer_id=officer_id))


def dcb_pdf(engine: Engine, start: date, end: date, lang: str) -> bytes:
    """The demand–collection–balance report of a period, as printed."""
    from app.printing.reports import dcb_document
    from app.services.reports import dcb_report

    return dcb_document(dcb_report(engine, start, end), sheet_header(engine, lang), lang)


def cash_book_pdf(engine: Engine, on: date, lang: str) -> bytes:
    """The day's cash book with its transfers and, once closed, the cash counted."""
    from app.db.models import BusinessDay
    from app.printing.reports import cash_book_document
    from app.services.cash import cash_book
    from app.services.cash_transfers import cash_transfers

    with read_session(engine) as s:
        day = s.get(BusinessDay, on)
        counted = day.cash_counted_minor if day is not None and day.status == "closed" \
            else None
        vouchers = {(kind, name): (int(first), int(last), int(count))
                    for kind, name, first, last, count in s.execute(
            select(JournalEntry.kind, Staff.full_name_en, func.min(JournalEntry.id),
                   func.max(JournalEntry.id), func.count())
            .join(Staff, Staff.id == JournalEntry.staff_id)
            .where(JournalEntry.business_date == on, JournalEntry.channel != "bank")
            .group_by(JournalEntry.kind, Staff.id))}
    return cash_book_document(cash_book(engine, on), cash_transfers(engine, on), counted,
                              sheet_header(engine, lang), lang, vouchers)
