"""One adapter per bureau: how head office asks it about people and reports to it.

Every adapter has a batch mode — write an enquiry file, read the response file, read a
rejection file — and a place for an API mode (`api`, an `ApiMode`), empty until a
bureau's API client and credentials are configured at head office (never at a branch):
no bureau's online API is public, so none is shipped and none is pretended. Whatever
the mode, the bureau's answer is kept as it came (checks.py). The
enquiry, response and rejection layouts are ours (see enquiry.py: the bureaus do not
publish theirs); the submission layouts are India's uniform MFI file (mfi.py, the same
for all four CICs, which differ only in the member id and name they gave us) and, for
Bangladesh, the subject/contract/link files in our layout (cib.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Protocol

from app.domain.bureau import BureauReport
from app.headoffice.bureau import enquiry
from app.headoffice.bureau.enquiry import EnquiryLine, Rejection


class ApiMode(Protocol):
    """A bureau's online enquiry, as a client for it at head office implements it."""

    def ask(self, member_id: str, lines: Sequence[EnquiryLine]) -> bytes:
        """Ask the bureau about each line; the bureau's answer exactly as it came (kept
        at head office as it is, like a response file). Raises on any failure."""
        ...

    def read(self, raw: bytes) -> dict[str, BureauReport]:
        """Request id → report of an answer `ask` returned; ValueError if malformed."""
        ...


@dataclass(frozen=True)
class BureauAdapter:
    code: str
    name: str
    country: str  # IN | BD
    submission: str  # mfi | cib
    api: ApiMode | None = None  # set once a client and credentials are configured

    def with_api(self, api: ApiMode) -> BureauAdapter:
        return replace(self, api=api)

    def write_enquiry(self, member_id: str, created: date,
                      lines: Sequence[EnquiryLine]) -> bytes:
        return enquiry.write_enquiry(self.code, member_id, created, lines)

    def read_response(self, data: bytes) -> dict[str, BureauReport]:
        bureau, reports = enquiry.read_response(data)
        if bureau != self.code:
            raise enquiry.ExchangeError(f"the file is {bureau[:20]}'s answer, not "
                                        f"{self.code}'s")
        return reports

    def read_rejections(self, data: bytes) -> tuple[str, list[Rejection]]:
        bureau, file_name, rejections = enquiry.read_rejections(data)
        if bureau != self.code:
            raise enquiry.ExchangeError(f"the file is {bureau[:20]}'s, not {self.code}'s")
        return file_name, rejections


ADAPTERS: dict[str, BureauAdapter] = {a.code: a for a in (
    BureauAdapter("CIBIL", "TransUnion CIBIL", "IN", "mfi"),
    BureauAdapter("EQUIFAX", "Equifax Credit Information Services", "IN", "mfi"),
    BureauAdapter("EXPERIAN", "Experian Credit Information Company of India", "IN", "mfi"),
    BureauAdapter("CRIF", "CRIF High Mark Credit Information Services", "IN", "mfi"),
    BureauAdapter("BB-CIB", "Bangladesh Bank Credit Information Bureau", "BD", "cib"),
    BureauAdapter("MRA-MFCIB", "MRA Microfinance CIB (on Bangladesh Bank's CIB)", "BD",
                  "cib"),
)}


def adapter(code: str) -> BureauAdapter:
    found = ADAPTERS.get(code.strip().upper())
    if found is None:
        raise KeyError(code)
    return found


def which_bureau(data: bytes) -> tuple[str, str]:
    """(kind, bureau) named by an exchange file's header: ("response" | "rejection")."""
    first = data[:200].split(b"\n", 1)[0].decode("latin-1").strip().split("|")
    kinds = {"SHKRSP": "response", "SHKREJ": "rejection"}
    if len(first) < 4 or first[0] != "H" or first[1] not in kinds:
        raise enquiry.ExchangeError("not a bureau response or rejection file (line 1 is "
                                    "not H|SHKRSP|… or H|SHKREJ|…)")
    return kinds[first[1]], first[3]
