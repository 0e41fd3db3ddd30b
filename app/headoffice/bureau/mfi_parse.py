"""Reading an MFI file back (mfi.py writes it): for generate → parse → compare, and to
read a file a CIC or another system made in the same layout."""

from __future__ import annotations

from dataclasses import dataclass

from app.headoffice.bureau.mfi import ACTCRD, ADRCRD, BODY, CNSCRD, HDR, TRL


@dataclass(frozen=True)
class ParsedRecord:
    member: dict[str, str]
    address: dict[str, str]
    accounts: tuple[dict[str, str], ...]


def parse_mfi(data: bytes) -> tuple[dict[str, str], list[ParsedRecord], dict[str, str]]:
    """(header, member records, trailer) of an MFI file; ValueError if it is not one."""
    lines = data.decode("latin-1").split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) < 2 or not lines[0].startswith("HDR") or not lines[-1].startswith("TRL"):
        raise ValueError("an MFI file starts with HDR and ends with TRL")
    header, trailer = HDR.decode_fixed(lines[0]), TRL.decode_fixed(lines[-1])
    records = [read_member_line(line) for line in lines[1:-1]]
    return header, records, trailer


def read_member_line(line: str) -> ParsedRecord:
    """Segments follow each other with no separator between one's last field and the
    next one's tag (as the CIC files are written: crif-export's golden file), so a line
    is read by position: a segment's fields are counted, and only its last field (the
    reserved one) can carry the next segment's tag — a name or purpose that happens to
    end in "ACTCRD" is read as the value it is."""
    tokens = line.split("|")
    if not tokens or tokens[0] != "CNSCRD":
        raise ValueError("a member line starts with CNSCRD")
    segments: list[tuple[str, list[str]]] = []
    tag, at = "CNSCRD", 1
    while tag:
        count = len(BODY[tag].fields)
        values = tokens[at:at + count]
        if len(values) < count:
            raise ValueError(f"{tag} has {len(values)} fields, expected {count}")
        at += count
        last, following = values[-1], ""
        if at < len(tokens) or last in BODY:
            following = next((t for t in BODY if last.endswith(t)), "")
            if not following:
                raise ValueError(f"{tag} is followed by something that is not a segment")
            values[-1] = last[:-len(following)]
        segments.append((tag, values))
        tag = following
    if [t for t, _ in segments[:2]] != ["CNSCRD", "ADRCRD"] or any(
            t != "ACTCRD" for t, _ in segments[2:]):
        raise ValueError("a member line is CNSCRD, ADRCRD, then ACTCRD for each account")
    return ParsedRecord(CNSCRD.decode(segments[0][1]), ADRCRD.decode(segments[1][1]),
                        tuple(ACTCRD.decode(v) for _t, v in segments[2:]))
