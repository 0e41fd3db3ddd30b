"""`shakha db check`: SQLite's own checks plus the ledger's.

Finds: file corruption (integrity_check), dangling references (foreign_key_check), a
journal or outbox row altered, inserted or removed by hand (the hash chain re-derived
row by row), and caches that disagree with the ledger (installment paid amounts,
savings balances); and, against head office's signed checkpoints (app.sync.checkpoints),
a chain recomputed by hand, an acknowledgement edited to cut unsent events, a dropped
guarding trigger, a journal row that differs from its event's copy. Every problem names
the row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.canonical import GENESIS_HASH, chain_hash
from app.db.engine import open_engine
from app.db.ledger import entry_content
from app.db.models import (
    ChainHead,
    Installment,
    JournalEntry,
    OutboxEvent,
    SavingsAccount,
    SyncState,
)
from app.db.raw import DatabaseError, connect
from app.db.uow import outbox_content
from app.sync.checkpoints import check_anchors


@dataclass(frozen=True)
class Problem:
    """One finding: a stable code, a readable English sentence, and its facts."""

    code: str
    text: str
    params: dict[str, object] = field(default_factory=dict)


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    journal_rows: int = 0
    outbox_events: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, code: str, text: str, **params: object) -> None:
        self.problems.append(Problem(code, text, params))


def _sqlite_checks(path: Path, report: CheckReport) -> None:
    con = connect(path, readonly=True)
    try:
        for line in con.execute("PRAGMA cipher_integrity_check").fetchall():
            report.add("integrity", f"encrypted page altered or damaged: {line[0]}")
        for (line,) in con.execute("PRAGMA integrity_check"):
            if line != "ok":
                report.add("integrity", line)
        for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check"):
            report.add("foreign_key", f"{table} row {rowid} refers to a missing {parent}",
                       table=table, row=rowid, parent=parent)
    finally:
        con.close()


def _journal_chain(session, report: CheckReport) -> None:  # type: ignore[no-untyped-def]
    prev_hash, prev_id = GENESIS_HASH, 0
    for entry in session.scalars(select(JournalEntry).order_by(JournalEntry.id)
                                 .execution_options(yield_per=5000)):
        report.journal_rows += 1
        if entry.id != prev_id + 1:
            report.add("journal_gap", f"journal rows {prev_id + 1}–{entry.id - 1} are missing",
                       first=prev_id + 1, last=entry.id - 1)
        if chain_hash(prev_hash, entry_content(entry)) != entry.hash:
            # the previous hash is the row before's (not stored twice): a row whose own
            # hash does not follow was altered — or, after a gap, rows were removed
            if entry.id != prev_id + 1:
                report.add("journal_chain", f"journal row {entry.id} does not follow row "
                           f"{prev_id} (a row was removed or inserted)", row=entry.id)
            else:
                report.add("journal_altered", f"journal row {entry.id} was altered",
                           row=entry.id)
        prev_hash, prev_id = entry.hash, entry.id
        if len(report.problems) > 50:
            return
    head = session.get(ChainHead, "journal")
    if head is None:
        report.add("journal_head", "the record of the journal's last row is missing")
    elif head.last_seq > prev_id:
        report.add("journal_gap", f"journal rows {prev_id + 1}–{head.last_seq} are missing "
                   "(removed from the end)", first=prev_id + 1, last=head.last_seq)
    elif head.last_seq < prev_id or (prev_id and head.last_hash != prev_hash):
        report.add("journal_chain", f"journal row {prev_id} is not the last row the app "
                   "posted (a row was added or changed at the end)", row=prev_id)


def _audit_chain(session, report: CheckReport) -> None:  # type: ignore[no-untyped-def]
    """The audit trail's chain (app.db.audit_chain), as the journal's."""
    from app.db.audit_chain import row_content
    from app.db.models import AuditEvent

    prev_hash, prev_id, first = GENESIS_HASH, 0, True
    for row in session.scalars(select(AuditEvent).order_by(AuditEvent.id)
                               .execution_options(yield_per=5000)):
        if first and row.hash is None:
            report.add("audit_chain", "the audit trail has no hash chain (run the upgrade)")
            return
        gap = row.id != prev_id + 1
        if row.hash is None or chain_hash(prev_hash, row_content(row)) != row.hash:
            if gap:
                report.add("audit_chain", f"audit row {row.id} does not follow row "
                           f"{prev_id} (a row was removed or inserted)", row=row.id)
            else:
                report.add("audit_altered", f"audit row {row.id} was altered", row=row.id)
        elif gap:
            report.add("audit_gap", f"audit rows {prev_id + 1}–{row.id - 1} are missing",
                       first=prev_id + 1, last=row.id - 1)
        prev_hash, prev_id, first = row.hash or "", row.id, False
        if len(report.problems) > 50:
            return
    head = session.get(ChainHead, "audit")
    if head is None:
        report.add("audit_head", "the record of the audit trail's last row is missing")
    elif head.last_seq != prev_id or (prev_id and head.last_hash != prev_hash):
        report.add("audit_chain", f"audit row {prev_id} is not the last row the app wrote "
                   f"(it wrote up to row {head.last_seq})", row=prev_id)


def _outbox_chain(session, report: CheckReport) -> None:  # type: ignore[no-untyped-def]
    events = session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)).all()
    if not events:
        _outbox_head(session, report, None)
        return
    acked = session.get(SyncState, "acked_seq")
    acked_hash = session.get(SyncState, "acked_hash")
    genesis = session.get(SyncState, "genesis_hash")
    first = events[0]
    expected = None
    if acked is not None and int(acked.value) == first.seq - 1 and acked_hash is not None:
        expected = acked_hash.value
    elif first.seq == 1:
        expected = genesis.value if genesis else GENESIS_HASH
    prev = expected if expected is not None else first.prev_hash
    prev_seq = first.seq - 1
    for event in events:
        report.outbox_events += 1
        if event.seq != prev_seq + 1:
            report.add("outbox_gap", f"outbox events {prev_seq + 1}–{event.seq - 1} are missing",
                       first=prev_seq + 1, last=event.seq - 1)
        if event.prev_hash != prev:
            report.add("outbox_chain", f"outbox event {event.seq} does not follow {prev_seq}",
                       seq=event.seq)
        elif chain_hash(event.prev_hash, outbox_content(event)) != event.hash:
            report.add("outbox_altered", f"outbox event {event.seq} was altered", seq=event.seq)
        prev, prev_seq = event.hash, event.seq
    _outbox_head(session, report, events[-1] if events else None)


def _outbox_head(session, report: CheckReport, last) -> None:  # type: ignore[no-untyped-def]
    """Events removed from the end of the outbox; with none left, only acknowledged
    events (pruned after head office confirmed them) may have gone."""
    head = session.get(ChainHead, "outbox")
    if head is None:
        report.add("outbox_head", "the record of the outbox's last event is missing")
        return
    if last is None:
        acked = session.get(SyncState, "acked_seq")
        epoch = session.get(SyncState, "epoch")
        if (head.epoch, head.last_seq) > (int(epoch.value) if epoch else 1,
                                          int(acked.value) if acked else 0) and head.last_seq:
            report.add("outbox_gap", f"outbox events up to {head.last_seq} are missing "
                       "(never acknowledged by head office)", first=1, last=head.last_seq)
    elif (head.epoch, head.last_seq) > (last.epoch, last.seq):
        report.add("outbox_gap", f"outbox events {last.seq + 1}–{head.last_seq} are missing "
                   "(removed from the end)", first=last.seq + 1, last=head.last_seq)
    elif (head.epoch, head.last_seq, head.last_hash) != (last.epoch, last.seq, last.hash):
        report.add("outbox_chain", f"outbox event {last.seq} is not the last event the app "
                   "wrote (an event was added or changed at the end)", seq=last.seq)


def _caches(session, report: CheckReport) -> None:  # type: ignore[no-untyped-def]
    paid: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    savings: dict[int, int] = defaultdict(int)
    rows = session.execute(select(
        JournalEntry.kind, JournalEntry.loan_id, JournalEntry.savings_account_id,
        JournalEntry.amount_minor, JournalEntry.principal_minor, JournalEntry.interest_minor,
        JournalEntry.reverses_id))
    for kind, loan_id, account_id, amount, principal, interest, reverses in rows:
        sign = -1 if reverses is not None else 1
        if kind == "repayment" and loan_id is not None:
            paid[loan_id][0] += sign * principal
            paid[loan_id][1] += sign * interest
        if account_id is not None and kind in ("savings_deposit", "savings_interest"):
            savings[account_id] += sign * amount
        elif account_id is not None and kind == "savings_withdrawal":
            savings[account_id] -= sign * amount
    cached: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for inst in session.scalars(select(Installment)):
        cached[inst.loan_id][0] += inst.paid_principal_minor
        cached[inst.loan_id][1] += inst.paid_interest_minor
        if (inst.paid_principal_minor > inst.principal_minor
                or inst.paid_interest_minor > inst.interest_minor):
            report.add("overpaid_installment",
                       f"loan {inst.loan_id} installment {inst.number} is paid beyond its amount",
                       loan_id=inst.loan_id, number=inst.number)
    for loan_id in set(paid) | set(cached):
        if paid[loan_id] != cached[loan_id]:
            report.add("loan_cache", f"loan {loan_id}: installments show paid "
                       f"{cached[loan_id]} (principal, interest) but the journal says "
                       f"{paid[loan_id]}", loan_id=loan_id)
    for account in session.scalars(select(SavingsAccount)):
        if account.balance_minor != savings.get(account.id, 0):
            report.add("savings_cache", f"savings account {account.account_no}: balance "
                       f"{account.balance_minor} but the journal says {savings.get(account.id, 0)}",
                       account_id=account.id)


def _position_caches(session, report: CheckReport) -> None:  # type: ignore[no-untyped-def]
    """The report caches (app.db.positions) against the installments, loan by loan."""
    from app.db.positions import disagreements

    for cache, loan_id, text in disagreements(session.connection()):
        report.add(cache, f"loan {loan_id}: {cache} {text}", loan_id=loan_id)


def check_database(path: str | Path) -> CheckReport:
    report = CheckReport()
    path = Path(path)
    if not path.exists():
        report.add("missing", f"database file not found: {path}")
        return report
    try:
        _sqlite_checks(path, report)
    except DatabaseError as exc:
        report.add("integrity", f"not a readable database: {exc}")
        return report
    engine = open_engine(path)
    try:
        with Session(engine) as session, session.begin():
            _journal_chain(session, report)
            _outbox_chain(session, report)
            _audit_chain(session, report)
            _caches(session, report)
            _position_caches(session, report)
            check_anchors(session, report)
    finally:
        engine.dispose()
    return report
