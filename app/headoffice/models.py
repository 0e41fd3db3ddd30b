"""Head-office tables (PostgreSQL; SQLite only for a one-machine trial)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class HqBase(DeclarativeBase):
    metadata = MetaData(naming_convention={
        "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s"})


class HqBranch(HqBase):
    """A registered branch device and its stream cursor (what is durable here)."""

    __tablename__ = "hq_branch"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_hash: Mapped[str] = mapped_column(String(64))
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    snapshot_id: Mapped[str | None] = mapped_column(String(40))  # last finished snapshot
    # the answer that opened the current epoch (JSON), given again to the same request
    epoch_answer: Mapped[str | None] = mapped_column(Text)
    # the branch's journal chain as head office verified it (app.headoffice.journal):
    # the last journal row's id and hash; None until a snapshot or batch anchors it
    journal_id: Mapped[int | None] = mapped_column(BigInteger)
    journal_hash: Mapped[str | None] = mapped_column(String(64))
    # the finished snapshot's outbox cursor, while the stream has not reached it yet
    # (app.headoffice.snapshot.check_outbox_cursor); None otherwise
    snapshot_pending: Mapped[int | None] = mapped_column(BigInteger)


class HqEvent(HqBase):
    """Every accepted branch event, append-only, named by (branch, epoch, seq) (hq0023:
    no surrogate id, one b-tree entry fewer per event stored). Its keys put the branch
    last (hq0026: a partition holds one branch; a text leading a key slowed every
    insert), and an event id compares as bytes.

    On PostgreSQL partitioned by branch (app.headoffice.partitions, migration hq0021):
    an event id is unique within its branch. Every query on this table names the
    branch."""

    __tablename__ = "hq_event"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(
        String(36).with_variant(String(36, collation="C"), "postgresql"))
    type: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer)
    aggregate_id: Mapped[str] = mapped_column(String(40))
    business_date: Mapped[str] = mapped_column(String(10))
    device_time: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (
        PrimaryKeyConstraint("epoch", "seq", "branch", name="pk_hq_event"),
        UniqueConstraint("event_id", "branch", name="uq_hq_event_event_id"),
        # the branches' answers to head office's requests (headoffice/requests.py)
        Index("ix_hq_event_request_answers", "branch",
              postgresql_where=text("type = 'hq_request.answered'")),
    )


class HqCollection(HqBase):
    """Projection: money collected at meetings, per branch and loan (for reports)."""

    __tablename__ = "hq_collection"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    event_seq: Mapped[int] = mapped_column(BigInteger)
    business_date: Mapped[str] = mapped_column(String(10))
    member_id: Mapped[int] = mapped_column(Integer)
    loan_id: Mapped[int | None] = mapped_column(Integer)
    principal_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    interest_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    savings_minor: Mapped[int] = mapped_column(BigInteger, default=0)


class HqAlarm(HqBase):
    """Forks, tampering, gaps: shown at head office, never silently dropped."""

    __tablename__ = "hq_alarm"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class HqReference(HqBase):
    """Reference data changes (holidays, products…) with a serialised version cursor."""

    __tablename__ = "hq_reference"
    version: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(60))
    payload: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(default=False)
    branch: Mapped[str | None] = mapped_column(String(20))  # None: for every branch


class HqLedger(HqBase):
    """Projection: every journal row of every branch (from snapshots and events).

    Keyed by the branch's dense journal id, so a row that arrives twice (a snapshot
    overlapping events) is stored once. On PostgreSQL partitioned by branch, like
    hq_event; every query on it names the branch."""

    __tablename__ = "hq_ledger"
    # the id first (hq0027: a partition holds one branch; a text leading the key
    # slowed every insert)
    __table_args__ = (PrimaryKeyConstraint("journal_id", "branch", name="pk_hq_ledger"),)
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    journal_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    business_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(24))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    principal_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    interest_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    penalty_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    member_id: Mapped[int | None] = mapped_column(BigInteger)
    loan_id: Mapped[int | None] = mapped_column(BigInteger)
    savings_account_id: Mapped[int | None] = mapped_column(BigInteger)
    meeting_id: Mapped[int | None] = mapped_column(BigInteger)
    reverses_id: Mapped[int | None] = mapped_column(BigInteger)
    channel: Mapped[str | None] = mapped_column(String(10))


class HqSuspense(HqBase):
    """A journal row parked because head office holds another row under its id (e.g. a
    branch restored from an old backup re-used the id). Once per distinct row: the
    same row arriving again (snapshot and event) is not parked twice."""

    __tablename__ = "hq_suspense"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    journal_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    row: Mapped[str] = mapped_column(Text)  # the row as sent (JOURNAL_FIELDS order)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    event_seq: Mapped[int | None] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime)


class HqMember(HqBase):
    __tablename__ = "hq_member"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    group_id: Mapped[int] = mapped_column(BigInteger)
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(12))
    joining_date: Mapped[date] = mapped_column(Date)


class HqGroup(HqBase):
    __tablename__ = "hq_group"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(12))


class HqLoan(HqBase):
    __tablename__ = "hq_loan"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    loan_no: Mapped[str] = mapped_column(String(24))
    member_id: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(12))
    principal_minor: Mapped[int] = mapped_column(BigInteger)
    disbursed_on: Mapped[date | None] = mapped_column(Date)


class HqInstallment(HqBase):
    """Projection: installments as the branches last sent them. Each repayment's image
    replaces a held row: pages keep a fifth free so PostgreSQL updates in place (HOT,
    migration hq0024). On PostgreSQL partitioned by branch, each partition with that
    fillfactor (hq0027, app.headoffice.partitions), keyed by (id, branch)."""

    __tablename__ = "hq_installment"
    __table_args__ = (PrimaryKeyConstraint("id", "branch", name="pk_hq_installment"),)
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    loan_id: Mapped[int] = mapped_column(BigInteger)
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    principal_minor: Mapped[int] = mapped_column(BigInteger)
    interest_minor: Mapped[int] = mapped_column(BigInteger)
    paid_principal_minor: Mapped[int] = mapped_column(BigInteger)
    paid_interest_minor: Mapped[int] = mapped_column(BigInteger)


class HqSnapshotChunk(HqBase):
    """Chunks of a branch's first-sync snapshot already received (for resuming)."""

    __tablename__ = "hq_snapshot_chunk"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    snapshot_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    chunk: Mapped[str] = mapped_column(String(60), primary_key=True)
    rows: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    # the chunk as received (canonical JSON of its table and rows) and the projector's
    # position when it was applied: `hq project --rebuild` applies it there again
    body: Mapped[str | None] = mapped_column(Text)
    after_epoch: Mapped[int | None] = mapped_column(Integer)
    after_seq: Mapped[int | None] = mapped_column(BigInteger)
    number: Mapped[int | None] = mapped_column(BigInteger)  # order of arrival


class HqProjector(HqBase):
    """How far the consolidated tables of a branch are derived from its stored events:
    the last (epoch, seq) applied. Events above it are acknowledged, not yet projected
    (the lag `shakha hq status` shows)."""

    __tablename__ = "hq_projector"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger)
    projected_at: Mapped[datetime | None] = mapped_column(DateTime)


class HqTask(HqBase):
    """Work for a head-office person: an accepted event parked in suspense, an alarm."""

    __tablename__ = "hq_task"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    epoch: Mapped[int] = mapped_column(Integer)
    event_seq: Mapped[int | None] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(Text)
    suspense_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    done_by: Mapped[str | None] = mapped_column(String(60))
    done_note: Mapped[str | None] = mapped_column(Text)


from app.headoffice import models_trust  # noqa: E402,F401 - their tables join HqBase

# the credit-bureau tables share this metadata (migrations, tests see them all)
from app.headoffice.bureau import models as _bureau_models  # noqa: E402,F401
