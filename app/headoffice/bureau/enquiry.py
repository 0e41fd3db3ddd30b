"""Enquiry, response and rejection files in *our* layout ("Shakha bureau exchange", v1).

The bureaus' own enquiry and response layouts (TransUnion CIBIL's TUEF, the CICs'
batch enquiry formats, Bangladesh Bank's CIB inquiry) are given to their members under
agreement, not published. Rather than pretend to write them, every adapter reads and
writes this layout, documented here, which a bureau's batch desk (or a converter at
head office) maps to and from its own. When a bureau's layout is in hand, an adapter
gets its own writer and reader beside these.

All three are Latin-1 text, lines ending CR LF, fields separated by "|", no field
containing |, ~ or ¬; dates DDMMYYYY; amounts in whole rupees or taka, or with two
decimals ("1234.50").

Enquiry (we write)::

    H|SHKENQ|1|<bureau>|<our member id with the bureau>|<created>
    E|<request id>|<branch>|<member ref>|<name>|<gender F/M/T>|<birth date>|
      <id type>|<id number>|<relation to the member>|<address>|<postal code>|<state>|
      <amount applied for>|<consent date>|<consent: SIGNATURE or THUMB>
    T|<number of E lines>

Response (a bureau sends)::

    H|SHKRSP|1|<bureau>|<created>
    R|<request id>|<HIT, NOHIT, MULTI or ERROR>|<report date>|<bureau's report no.>|<note>
    A|<request id>|<lender>|<account no.>|<ACTIVE, CLOSED or WRITTENOFF>|<MF: Y/N>|
      <ours: Y/N>|<outstanding>|<overdue>|<days past due>|<written off>|
      <installment, blank if unknown>|<frequency F01…F10, blank if unknown>|
      <term in months>|<opened>|<closed>
    T|<number of R lines>|<number of A lines>

Rejection (a bureau sends, about a submission file)::

    H|SHKREJ|1|<bureau>|<submission file name>|<created>
    E|<member id>|<account no.>|<segment>|<field>|<bureau's error code>|<message>
    T|<number of E lines>
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.bureau import BureauReport, ReportedAccount, ReportError
from app.headoffice.bureau.fields import _BAD, ddmmyyyy, parse_ddmmyyyy

OUTCOMES = {"HIT": "hit", "NOHIT": "no_hit", "MULTI": "multiple", "ERROR": "error"}
STATUSES = {"ACTIVE": "active", "CLOSED": "closed", "WRITTENOFF": "written_off"}
FREQUENCY_CODES = {"F01": "weekly", "F02": "fortnightly", "F03": "monthly",
                   "F04": "bimonthly", "F05": "quarterly", "F06": "half_yearly",
                   "F07": "yearly", "F08": "bullet", "F10": "other"}
MAX_BYTES = 50_000_000
_AMOUNT = re.compile(r"^[0-9]{1,13}(\.[0-9]{2})?$")


class ExchangeError(ValueError):
    """A file that is not in the layout; the message names the line."""


def _clean(value: Any) -> str:
    text = " ".join(str(value or "").split())
    return _BAD.sub(" ", text).encode("latin-1", "replace").decode("latin-1")


@dataclass(frozen=True)
class EnquiryLine:
    request_id: str
    branch: str
    member_ref: str
    person: dict[str, Any]  # as the branch sent it (app.services.bureau.person_payload)
    address: str
    postal_code: str
    state: str
    amount_minor: int
    consent: dict[str, Any]


def write_enquiry(bureau: str, member_id: str, created: date,
                  lines: Sequence[EnquiryLine]) -> bytes:
    out = [f"H|SHKENQ|1|{_clean(bureau)}|{_clean(member_id)}|{ddmmyyyy(created)}"]
    for e in lines:
        p = e.person
        born = p.get("date_of_birth")
        consent_on = e.consent.get("given_on")
        out.append("|".join(_clean(v) for v in (
            "E", e.request_id, e.branch, e.member_ref, p.get("name_latin"), p.get("gender"),
            ddmmyyyy(date.fromisoformat(born)) if born else "", p.get("id_document_type"),
            p.get("id_document_number"), p.get("relation"), e.address, e.postal_code,
            e.state, e.amount_minor // 100,
            ddmmyyyy(date.fromisoformat(consent_on)) if consent_on else "",
            str(e.consent.get("method", "")).upper())))
    out.append(f"T|{len(lines)}")
    return ("\r\n".join(out) + "\r\n").encode("latin-1")


def _lines(data: bytes, magic: str) -> tuple[list[str], list[list[str]], list[str]]:
    if len(data) > MAX_BYTES:
        raise ExchangeError("the file is larger than 50 MB")
    try:
        text = data.decode("latin-1")
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        raise ExchangeError("not a text file") from None
    rows = [line.split("|") for line in text.replace("\r\n", "\n").split("\n") if line]
    if not rows or rows[0][:3] != ["H", magic, "1"]:
        raise ExchangeError(f"line 1 is not a {magic} version 1 header")
    if rows[-1][0] != "T":
        raise ExchangeError("the last line is not the trailer (T)")
    if "\x00" in text:
        raise ExchangeError("the file contains NUL characters")
    return rows[0], rows[1:-1], rows[-1]


def _amount(text: str, line: int) -> int:
    if not _AMOUNT.match(text):
        raise ExchangeError(f"line {line}: {text[:20]!r} is not an amount")
    try:
        return int(Decimal(text) * 100)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise ExchangeError(f"line {line}: {text[:20]!r} is not an amount") from None


def _day(text: str, line: int) -> date | None:
    try:
        return parse_ddmmyyyy(text)
    except ValueError:
        raise ExchangeError(f"line {line}: {text[:20]!r} is not a date (DDMMYYYY)") from None


def _count(text: str, line: int, limit: int) -> int | None:
    if text == "":
        return None
    if not text.isdigit() or int(text) > limit:
        raise ExchangeError(f"line {line}: {text[:20]!r} is not a number up to {limit}")
    return int(text)


def _account(f: list[str], n: int) -> ReportedAccount:
    if len(f) != 16:
        raise ExchangeError(f"line {n}: an account line has 16 fields, not {len(f)}")
    if f[4] not in STATUSES or f[5] not in ("Y", "N") or f[6] not in ("Y", "N"):
        raise ExchangeError(f"line {n}: status ACTIVE/CLOSED/WRITTENOFF, MF and ours Y/N")
    if f[12] and f[12] not in FREQUENCY_CODES:
        raise ExchangeError(f"line {n}: {f[12][:5]!r} is not a frequency code")
    return ReportedAccount(
        f[2][:100] or "?", f[3][:60], STATUSES[f[4]], f[5] == "Y", f[6] == "Y",
        _amount(f[7], n), _amount(f[8], n), _count(f[9], n, 9999) or 0,
        _amount(f[10] or "0", n), _amount(f[11], n) if f[11] else None,
        FREQUENCY_CODES.get(f[12]), _count(f[13], n, 600), _day(f[14], n), _day(f[15], n))


def read_response(data: bytes) -> tuple[str, dict[str, BureauReport]]:
    """(bureau, request id → report) of a response file; ExchangeError if malformed."""
    header, body, trailer = _lines(data, "SHKRSP")
    bureau = header[3] if len(header) > 3 else ""
    found: dict[str, dict[str, Any]] = {}
    accounts = 0
    for n, f in enumerate(body, start=2):
        if f[0] == "R":
            if len(f) != 6 or f[2] not in OUTCOMES:
                raise ExchangeError(f"line {n}: a report line is R|id|outcome|date|ref|note")
            if f[1] in found:
                raise ExchangeError(f"line {n}: request {f[1][:40]} is answered twice")
            on = _day(f[3], n)
            if on is None:
                raise ExchangeError(f"line {n}: the report has no date")
            found[f[1]] = {"outcome": OUTCOMES[f[2]], "report_date": on, "reference": f[4],
                           "note": f[5], "accounts": []}
        elif f[0] == "A":
            if len(f) < 2 or f[1] not in found:
                raise ExchangeError(f"line {n}: an account line before its report line")
            found[f[1]]["accounts"].append(_account(f, n))
            accounts += 1
        else:
            raise ExchangeError(f"line {n}: a line starts with R or A")
    if trailer[1:] != [str(len(found)), str(accounts)]:
        raise ExchangeError("the trailer's counts do not match the lines")
    out = {}
    for request_id, r in found.items():
        report = BureauReport(r["outcome"], r["report_date"], bureau, tuple(r["accounts"]),
                              r["reference"][:60], r["note"][:500])
        try:  # the same checks as the branch applies: what passes here reads there
            out[request_id] = BureauReport.from_dict(report.to_dict())
        except ReportError as exc:
            raise ExchangeError(f"request {request_id[:40]}: {exc}") from None
    return bureau, out


@dataclass(frozen=True)
class Rejection:
    member_id: str
    account_ref: str
    segment: str
    field: str
    code: str
    message: str


def read_rejections(data: bytes) -> tuple[str, str, list[Rejection]]:
    """(bureau, submission file name, rejected fields) of a rejection file."""
    header, body, trailer = _lines(data, "SHKREJ")
    if len(header) < 5:
        raise ExchangeError("the header names the bureau and the submission file")
    out = []
    for n, f in enumerate(body, start=2):
        if f[0] != "E" or len(f) != 7:
            raise ExchangeError(f"line {n}: a rejection line is E|member|account|segment|"
                                "field|code|message")
        out.append(Rejection(*(v[:200] for v in f[1:])))
    if trailer[1:] != [str(len(out))]:
        raise ExchangeError("the trailer's count does not match the lines")
    return header[3], header[4], out


def write_rejections(bureau: str, file_name: str, created: date,
                     rejections: Sequence[Rejection]) -> bytes:
    """A rejection file (what a bureau sends back; tests and demonstrations write one)."""
    lines = [f"H|SHKREJ|1|{_clean(bureau)}|{_clean(file_name)}|{ddmmyyyy(created)}"]
    lines += ["|".join(["E", *(_clean(v) for v in (r.member_id, r.account_ref, r.segment,
                                                   r.field, r.code, r.message))])
              for r in rejections]
    lines.append(f"T|{len(rejections)}")
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")


def write_response(bureau: str, created: date, reports: dict[str, BureauReport]) -> bytes:
    """A response file in our layout (what a bureau's batch desk returns)."""
    lines = [f"H|SHKRSP|1|{_clean(bureau)}|{ddmmyyyy(created)}"]
    codes = {v: k for k, v in OUTCOMES.items()}
    statuses = {v: k for k, v in STATUSES.items()}
    frequencies = {v: k for k, v in FREQUENCY_CODES.items()}
    count = 0
    for request_id, r in reports.items():
        lines.append("|".join(["R", request_id, codes[r.outcome], ddmmyyyy(r.report_date),
                               _clean(r.reference), _clean(r.note)]))
        for a in r.accounts:
            count += 1
            lines.append("|".join(str(v) for v in (
                "A", request_id, _clean(a.lender), _clean(a.account_ref),
                statuses[a.status], "Y" if a.microfinance else "N", "Y" if a.ours else "N",
                _money(a.outstanding_minor), _money(a.overdue_minor), a.dpd,
                _money(a.written_off_minor),
                "" if a.installment_minor is None else _money(a.installment_minor),
                frequencies.get(a.frequency or "", ""),
                "" if a.term_months is None else a.term_months,
                ddmmyyyy(a.opened_on), ddmmyyyy(a.closed_on))))
    lines.append(f"T|{len(reports)}|{count}")
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")


def _money(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"
