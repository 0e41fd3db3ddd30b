"""Writing the checked book (app.services.opening_plan) inside the import's unit of work.

Group by group: its village, the group, its members (each with a `joined` life event),
their savings accounts and open loans, and the opening journal rows of each — then one
`opening.group_imported` event carries that group's rows to head office. The cash in
the safe comes last, with `opening.imported`. See app.services.opening_import.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import func, select

from app.db.base import utcnow
from app.db.ids import uuid7
from app.db.models import (
    Group,
    Installment,
    JournalEntry,
    Loan,
    Member,
    MemberEvent,
    SavingsAccount,
    Village,
)
from app.db.models_opening import OpeningImportRef
from app.db.uow import UnitOfWork
from app.domain.products import LoanProduct
from app.services.opening_plan import (
    GroupRec,
    LoanRec,
    MemberRec,
    Planned,
    SavingsRec,
    outstanding_minor,
    repaid,
)

OPENING = "opening"


class _Writer:
    """Rows with their ids chosen here (the next free ones), inserted in bulk per group
    through the unit of work: a 5,000-member book is ~250,000 rows."""

    def __init__(self, uow: UnitOfWork, planned: Planned, batch: str) -> None:
        self.uow, self.s, self.p, self.batch = uow, uow.session, planned, batch
        self.on = planned.on
        self.staff = uow.actor.staff_id or 0
        self.villages: dict[str, int] = {}
        for v in self.s.scalars(select(Village)):
            self.villages.setdefault(v.name_en.casefold(), v.id)
            self.villages.setdefault(v.name_bn.casefold(), v.id)
        self.ids = {(r.entity, r.old_id): r.new_id
                    for r in self.s.scalars(select(OpeningImportRef))}
        self.next: dict[type, int] = {model: int(self.s.scalar(select(func.max(model.id))) or 0)
                     for model in (Group, Member, MemberEvent, SavingsAccount, Loan,
                                   Installment)}
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self.snapshots: dict[tuple, dict] = {}

    def post(self, channel: str = OPENING, **fields: object) -> None:
        """An opening journal row, inserted with the group's rows (in chain order)."""
        self.rows[JournalEntry].append(self.uow.journal.post_values(
            business_date=self.on, staff_id=self.staff, channel=channel, **fields))

    def _snapshot(self, rule: LoanProduct) -> dict:
        """The product as the loan keeps it (one dict per product and mode, not per loan)."""
        key = (rule.code, rule.frequency, rule.every, rule.max_installments)
        if key not in self.snapshots:
            self.snapshots[key] = rule.to_dict()
        return self.snapshots[key]

    def _id(self, model: type) -> int:
        self.next[model] += 1
        return self.next[model]

    def _ref(self, entity: str, old_id: str, new_id: int) -> None:
        self.rows[OpeningImportRef].append({"entity": entity, "old_id": old_id,
                                            "new_id": new_id, "batch": self.batch,
                                            "imported_at": utcnow()})
        self.ids[(entity, old_id)] = new_id

    def flush(self) -> None:
        """Insert what is waiting, parents first (foreign keys are checked at once)."""
        for model in (Group, Member, MemberEvent, SavingsAccount, Loan, Installment,
                      JournalEntry, OpeningImportRef):
            self.uow.insert_many(model, self.rows.pop(model, []))

    def village(self, name: str) -> int:
        found = self.villages.get(name.casefold())
        if found is None:
            village = Village(name_en=name, name_bn=name)
            self.s.add(village)
            self.s.flush()
            found = self.villages[name.casefold()] = village.id
        return found

    def group(self, g: GroupRec) -> int:
        if g.done:
            return self.ids[("group", g.old_id)]
        new_id = self._id(Group)
        self.rows[Group].append({
            "id": new_id, "code": g.old_id, "name_en": g.name_en, "name_bn": g.name_bn,
            "village_id": self.village(g.village), "meeting_weekday": g.weekday,
            "meeting_time": g.time, "meeting_place": g.place, "field_officer_id": g.officer_id,
            "formation_date": g.formed, "max_members": 20, "status": "active"})
        self._ref("group", g.old_id, new_id)
        return new_id

    def member(self, m: MemberRec, group_id: int, village_id: int) -> int:
        if m.done:
            return self.ids[("member", m.old_id)]
        new_id = self._id(Member)
        self.rows[Member].append({
            "id": new_id, "code": m.old_id, "group_id": group_id, "name_en": m.name_en,
            "name_bn": m.name_bn, "guardian_name_en": m.guardian_en,
            "guardian_name_bn": m.guardian_bn, "guardian_relation": m.relation,
            "date_of_birth": m.born, "id_document_type": "national_id",
            "id_document_number": m.national_id, "phone": m.phone, "address": "",
            "village_id": village_id, "household_income_minor": m.income_minor,
            "joining_date": m.joined, "status": "active", "photo": None, "passbook_no": ""})
        self.rows[MemberEvent].append({
            "id": self._id(MemberEvent), "member_id": new_id, "kind": "joined",
            "on_date": m.joined, "from_group_id": None, "to_group_id": group_id,
            "reason": "opening import", "staff_id": self.staff})
        self._ref("member", m.old_id, new_id)
        return new_id

    def savings(self, a: SavingsRec, member_id: int) -> None:
        if a.done:
            return
        new_id = self._id(SavingsAccount)
        self.rows[SavingsAccount].append({
            "id": new_id, "account_no": a.old_id, "member_id": member_id, "kind": a.kind,
            "annual_rate_bp": a.rate_bp, "opened_on": a.opened, "closed_on": None,
            "status": "open", "balance_minor": a.balance_minor})
        if a.balance_minor:
            self.post(kind="savings_deposit", amount_minor=a.balance_minor,
                      member_id=member_id, savings_account_id=new_id, reason="opening balance")
        self._ref("savings", a.old_id, new_id)

    def loan(self, loan: LoanRec, member_id: int) -> None:
        if loan.done:
            return
        rule, new_id = loan.rule, self._id(Loan)
        self.rows[Loan].append({
            "id": new_id, "loan_no": loan.old_id, "member_id": member_id,
            "product_id": loan.product_id, "status": "disbursed",
            "principal_minor": loan.principal_minor,
            "annual_rate_bp": int(rule.annual_rate_percent * 100),
            "installments_count": len(loan.schedule.installments),
            "frequency": rule.frequency.value, "interest_method": rule.interest_method.value,
            "purpose": "", "terms": {"product": self._snapshot(rule), "opening": {
                "old_id": loan.old_id, "batch": self.batch,
                "installments_paid": loan.position.installments_paid}},
            "applied_on": loan.disbursed, "applied_by": self.staff,
            "sanctioned_on": loan.disbursed, "sanctioned_by": None, "kfs_accepted_on": None,
            "disbursed_on": loan.disbursed, "closed_on": None, "cycle": 1})
        installments = self.rows[Installment]
        for inst, (paid_p, paid_i) in zip(loan.schedule.installments, loan.position.paid,
                                          strict=True):
            # schedule amounts are exact to the paisa: ×100 is their minor units
            principal, interest = int(inst.principal * 100), int(inst.interest * 100)
            p_minor, i_minor = int(paid_p * 100), int(paid_i * 100)
            whole = p_minor == principal and i_minor == interest and (p_minor or i_minor)
            installments.append({
                "id": self._id(Installment), "loan_id": new_id, "number": inst.number,
                "due_on": inst.due_on, "principal_minor": principal, "interest_minor": interest,
                "paid_principal_minor": p_minor, "paid_interest_minor": i_minor,
                "paid_on": min(inst.due_on, self.on) if whole else None})
        self.post(kind="disbursement", amount_minor=loan.principal_minor, member_id=member_id,
                  loan_id=new_id, reason=f"opening: paid out {loan.disbursed.isoformat()}")
        principal_paid, interest_paid = repaid(loan)
        if principal_paid or interest_paid:
            self.post(kind="repayment", amount_minor=principal_paid + interest_paid,
                      principal_minor=principal_paid, interest_minor=interest_paid,
                      member_id=member_id, loan_id=new_id,
                      reason="opening: repaid before going live")
        self._ref("loan", loan.old_id, new_id)


def write_book(uow: UnitOfWork, planned: Planned, progress: Callable[[int, str], None]) -> str:
    """Write every record not yet imported; returns the batch id (module docstring)."""
    batch = uuid7()
    w = _Writer(uow, planned, batch)
    members_of: dict[str, list[MemberRec]] = defaultdict(list)
    for m in planned.members.values():
        members_of[m.group].append(m)
    loans_of: dict[str, list[LoanRec]] = defaultdict(list)
    for loan in planned.loans.values():
        loans_of[loan.member].append(loan)
    savings_of: dict[str, list[SavingsRec]] = defaultdict(list)
    for a in planned.savings.values():
        savings_of[a.member].append(a)
    total = max(1, len(planned.groups))
    for k, g in enumerate(planned.groups.values(), 1):
        group_id = w.group(g)
        village_id = w.village(g.village)
        created = {"members": 0, "loans": 0, "savings": 0}
        for m in members_of[g.old_id]:
            created["members"] += not m.done
            member_id = w.member(m, group_id, village_id)
            for a in savings_of[m.old_id]:
                created["savings"] += not a.done
                w.savings(a, member_id)
            for loan in loans_of[m.old_id]:
                created["loans"] += not loan.done
                w.loan(loan, member_id)
        w.flush()
        if not g.done or any(created.values()):
            uow.emit("opening.group_imported", group_id, {
                "batch": batch, "group_id": group_id, "old_id": g.old_id, **created,
                "outstanding_minor": sum(outstanding_minor(x) for m in members_of[g.old_id]
                                         for x in loans_of[m.old_id] if not x.done)},
                planned.on, with_images=True)
        progress(min(95, 100 * k // total), g.old_id)
    _cash(uow, w, planned, batch)
    progress(100, "")
    return batch


def _cash(uow: UnitOfWork, w: _Writer, planned: Planned, batch: str) -> None:
    cash = planned.cash_minor or 0
    if not planned.cash_done:
        if cash:
            w.post(channel="counter", kind="opening_cash", amount_minor=cash,
                   reason="cash in the safe when going live")
        w.s.add(OpeningImportRef(entity="cash", old_id="cash", new_id=0, batch=batch))
    w.flush()
    uow.emit("opening.imported", batch, {"batch": batch, "cash_minor": cash,
                                         "cash_already_imported": planned.cash_done},
             planned.on)

