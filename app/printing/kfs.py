"""What a Key Fact Statement says, in the borrower's language: the one source of its
words for the printed statement (documents.kfs_document) and the screen
(ui/views/loan_kfs.py), so she reads the same on both.

India (RBI's microfinance directions and the KFS format of Annex A): Part 1, interest
rate and fees and charges — the loan, its date and validity, amount and disbursal, term,
installments, interest rate and its type, each fee (to the lender or to a third party,
one-time or recurring), the APR and the contingent charges; Part 2, other information —
recovery agents, complaints (grievance officer's name, phone, email and address, then
the RBI Ombudsman), transfer or securitisation, the cooling-off period; then the APR
computation and the repayment schedule with its totals, and her acknowledgement.

Bangladesh (MRA's and Janata Bank's disclosure): the loan and its programme, interest on
the declining balance within the 24 % ceiling and the effective rate, the charges, the
installments and grace, compulsory savings and their lien, the group guarantee and the
collateral-free limit, early and late payment, and where to complain (the institution,
then Bangladesh Bank) — no Indian contacts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from app.errors import QT_TRANSLATE_NOOP
from app.format import format_amount, format_date, format_number, format_percent
from app.i18n import translate

if TYPE_CHECKING:
    from app.services.loan_disbursement import Kfs

T = {
    "title_in": QT_TRANSLATE_NOOP("print", "Key Fact Statement (KFS)"),
    "title_bd": QT_TRANSLATE_NOOP("print", "Loan terms disclosure statement"),
    "part1": QT_TRANSLATE_NOOP("print", "Part 1 — Interest rate and fees and charges"),
    "part2": QT_TRANSLATE_NOOP("print", "Part 2 — Other information"),
    "apr_part": QT_TRANSLATE_NOOP("print", "How the annual percentage rate (APR) is made up"),
    "schedule": QT_TRANSLATE_NOOP("print", "Repayment schedule"),
    "lender": QT_TRANSLATE_NOOP("print", "Lender"),
    "lender_address": QT_TRANSLATE_NOOP("print", "Lender's address"),
    "branch": QT_TRANSLATE_NOOP("print", "Branch"),
    "kfs_date": QT_TRANSLATE_NOOP("print", "Date of this statement"),
    "valid_until": QT_TRANSLATE_NOOP("print", "These terms hold until"),
    "valid_text": QT_TRANSLATE_NOOP("print", "{date} ({days} working days)"),
    "loan_no": QT_TRANSLATE_NOOP("print", "Loan no."),
    "loan_type": QT_TRANSLATE_NOOP("print", "Type of loan"),
    "borrower": QT_TRANSLATE_NOOP("print", "Borrower"),
    "group": QT_TRANSLATE_NOOP("print", "Group"),
    "purpose": QT_TRANSLATE_NOOP("print", "Purpose"),
    "amount": QT_TRANSLATE_NOOP("print", "Sanctioned loan amount"),
    "disbursal": QT_TRANSLATE_NOOP("print", "Disbursal"),
    "disbursal_text": QT_TRANSLATE_NOOP("print", "All at once (100 %), on {date}"),
    "disbursal_tranches": QT_TRANSLATE_NOOP("print", "In up to {n} tranches"),
    "tranche_n": QT_TRANSLATE_NOOP("print", "Tranche {n}"),
    "tranche_paid": QT_TRANSLATE_NOOP("print", "{amount}, paid on {date}"),
    "tranche_planned": QT_TRANSLATE_NOOP("print", "{amount}, the rest, if paid on {date}"),
    "tranches_closed": QT_TRANSLATE_NOOP("print", "Tranches closed"),
    "tranches_closed_text": QT_TRANSLATE_NOOP(
        "print", "On {date}: the loan is what was paid out, {amount}"),
    "tranche_rule": QT_TRANSLATE_NOOP("print", "Repayment of tranches"),
    "tranche_rule_text": QT_TRANSLATE_NOOP(
        "print", "Repayment starts from the last tranche; each earlier tranche's interest "
                 "(actual days ÷ 365) is added to the first installment."),
    "tranche_unknown_text": QT_TRANSLATE_NOOP(
        "print", "The days of the tranches are not known yet. The figures here are for the "
                 "whole loan paid at once on {date}. Paid in more tranches, repayment starts "
                 "from the last tranche and each earlier tranche's interest (actual days ÷ "
                 "365) is added to the first installment."),
    "tranche_day": QT_TRANSLATE_NOOP("print", "Interest of a tranche before the last"),
    "tranche_day_text": QT_TRANSLATE_NOOP(
        "print", "{amount} a day if the whole loan came a day before the last tranche; "
                 "less for a smaller tranche"),
    "first_due_tranched": QT_TRANSLATE_NOOP("print", "{date} ({days} days after the last "
                                                     "tranche)"),
    "term": QT_TRANSLATE_NOOP("print", "Loan term"),
    "term_text": QT_TRANSLATE_NOOP("print", "{days} days, until {date}"),
    "inst_type": QT_TRANSLATE_NOOP("print", "Type of installments"),
    "weekly": QT_TRANSLATE_NOOP("print", "Weekly, equal installments"),
    "fortnightly": QT_TRANSLATE_NOOP("print", "Fortnightly, equal installments"),
    "monthly": QT_TRANSLATE_NOOP("print", "Monthly, equal installments"),
    "every_n": QT_TRANSLATE_NOOP("print", "Every {n} {period}"),
    "inst_count": QT_TRANSLATE_NOOP("print", "Number of installments"),
    "inst_amount": QT_TRANSLATE_NOOP("print", "Installment amount"),
    "first_due": QT_TRANSLATE_NOOP("print", "Repayment starts"),
    "first_due_text": QT_TRANSLATE_NOOP("print", "{date} ({days} days after disbursal)"),
    "last_due": QT_TRANSLATE_NOOP("print", "Last installment"),
    "rate": QT_TRANSLATE_NOOP("print", "Interest rate and its type"),
    "rate_declining": QT_TRANSLATE_NOOP("print", "{rate} a year, fixed, on the reducing "
                                                 "balance"),
    "rate_flat": QT_TRANSLATE_NOOP("print", "{rate} a year, fixed, flat on the loan amount"),
    "floating": QT_TRANSLATE_NOOP("print", "Floating rate"),
    "not_applicable": QT_TRANSLATE_NOOP("print", "Not applicable (the rate is fixed)"),
    "fees": QT_TRANSLATE_NOOP("print", "Fees and charges"),
    "fee_processing": QT_TRANSLATE_NOOP("print", "Processing fee"),
    "fee_insurance": QT_TRANSLATE_NOOP("print", "Insurance premium"),
    "fee_other": QT_TRANSLATE_NOOP("print", "Other charge"),
    "to_lender": QT_TRANSLATE_NOOP("print", "to the lender"),
    "to_third_party": QT_TRANSLATE_NOOP("print", "to a third party (insurer), through the "
                                                "lender"),
    "one_time": QT_TRANSLATE_NOOP("print", "one-time, deducted at disbursal"),
    "one_time_paid": QT_TRANSLATE_NOOP("print", "one-time, paid at disbursal"),
    "no_fees": QT_TRANSLATE_NOOP("print", "None"),
    "apr": QT_TRANSLATE_NOOP("print", "Annual percentage rate (APR, all charges)"),
    "contingent": QT_TRANSLATE_NOOP("print", "Contingent charges"),
    "penal": QT_TRANSLATE_NOOP("print", "Penal charge on delayed payment"),
    "penal_text": QT_TRANSLATE_NOOP("print", "{rate} of the overdue amount only"),
    "none": QT_TRANSLATE_NOOP("print", "None"),
    "foreclosure": QT_TRANSLATE_NOOP("print", "Charge for repaying early (foreclosure)"),
    "other_charges": QT_TRANSLATE_NOOP("print", "Any other charge"),
    "no_other": QT_TRANSLATE_NOOP("print", "None: no charge that is not in this statement "
                                           "can be taken"),
    "recovery": QT_TRANSLATE_NOOP("print", "Recovery agents"),
    "recovery_none": QT_TRANSLATE_NOOP(
        "print", "We do not engage recovery agents. Only our own staff collect repayments, "
                 "at the group meeting or at the branch, never at unreasonable hours and "
                 "never by threat or force."),
    "recovery_agents": QT_TRANSLATE_NOOP(
        "print", "Recovery agents may be engaged for overdue loans. Each carries our letter "
                 "of authority, which you may ask to see, and follows the RBI's code of "
                 "conduct: never at unreasonable hours, never by threat or force."),
    "grievance": QT_TRANSLATE_NOOP("print", "Complaints"),
    "grievance_text": QT_TRANSLATE_NOOP(
        "print", "Tell your field officer or the branch manager. If the complaint is not "
                 "settled, write to or call our grievance redressal officer:"),
    "grievance_officer": QT_TRANSLATE_NOOP("print", "Grievance redressal officer"),
    "phone": QT_TRANSLATE_NOOP("print", "Phone"),
    "email": QT_TRANSLATE_NOOP("print", "Email"),
    "address": QT_TRANSLATE_NOOP("print", "Address"),
    "escalation": QT_TRANSLATE_NOOP("print", "If not settled within 30 days"),
    "escalation_text": QT_TRANSLATE_NOOP("print", "You may complain to {regulator}."),
    "transfer": QT_TRANSLATE_NOOP("print", "Transfer or securitisation of the loan"),
    "transfer_yes": QT_TRANSLATE_NOOP(
        "print", "Yes: this loan may be transferred to another regulated lender or "
                 "securitised; your terms do not change and you will be told."),
    "transfer_no": QT_TRANSLATE_NOOP("print", "No"),
    "co_lending": QT_TRANSLATE_NOOP("print", "Lending with a partner (co-lending)"),
    "co_lending_no": QT_TRANSLATE_NOOP("print", "Not applicable: the loan is ours alone"),
    "cooling_off": QT_TRANSLATE_NOOP("print", "Cooling-off (look-up) period"),
    "cooling_off_text": QT_TRANSLATE_NOOP(
        "print", "{days} days from disbursal: you may repay the whole loan without any "
                 "penalty, paying only the interest for the days you had the money."),
    "net_disbursed": QT_TRANSLATE_NOOP("print", "Net amount disbursed (after fees)"),
    "savings_deducted": QT_TRANSLATE_NOOP("print", "Compulsory savings deducted (yours, "
                                                   "returned with interest)"),
    "cash_paid": QT_TRANSLATE_NOOP("print", "Amount paid to you"),
    "total_interest": QT_TRANSLATE_NOOP("print", "Total interest"),
    "fees_lender": QT_TRANSLATE_NOOP("print", "Total fees to the lender"),
    "fees_third": QT_TRANSLATE_NOOP("print", "Total fees to third parties"),
    "total_payable": QT_TRANSLATE_NOOP("print", "Total amount you pay (loan, interest and "
                                                "fees)"),
    "acknowledgement": QT_TRANSLATE_NOOP(
        "print", "I have read this statement, or had it read to me, in {language}, and I "
                 "have understood it."),
    "language_bn": QT_TRANSLATE_NOOP("print", "Bengali"),
    "language_en": QT_TRANSLATE_NOOP("print", "English"),
    "borrower_signature": QT_TRANSLATE_NOOP("print", "Borrower's signature / thumb, and date"),
    "officer_signature": QT_TRANSLATE_NOOP("print", "For the lender: signature and date"),
    # Bangladesh
    "bd_loan": QT_TRANSLATE_NOOP("print", "The loan"),
    "programme": QT_TRANSLATE_NOOP("print", "Loan programme"),
    "bd_interest": QT_TRANSLATE_NOOP("print", "Interest and charges"),
    "bd_rate_text": QT_TRANSLATE_NOOP("print", "{rate} a year on the declining balance"),
    "bd_cap": QT_TRANSLATE_NOOP("print", "Ceiling"),
    "bd_cap_text": QT_TRANSLATE_NOOP("print", "At most {cap} a year on the declining "
                                              "balance (MRA); this loan is within it"),
    "effective_rate": QT_TRANSLATE_NOOP("print", "Effective rate (APR, all charges)"),
    "bd_repayment": QT_TRANSLATE_NOOP("print", "Repayment"),
    "grace": QT_TRANSLATE_NOOP("print", "Grace period"),
    "grace_text": QT_TRANSLATE_NOOP("print", "{n} installments of interest only"),
    "no_grace": QT_TRANSLATE_NOOP("print", "None"),
    "bd_savings": QT_TRANSLATE_NOOP("print", "Savings and security"),
    "savings_each": QT_TRANSLATE_NOOP("print", "Compulsory savings with each installment"),
    "lien": QT_TRANSLATE_NOOP("print", "Lien on compulsory savings"),
    "lien_text": QT_TRANSLATE_NOOP(
        "print", "Your compulsory savings stay as security until the loan is repaid; then "
                 "you may withdraw them."),
    "group_guarantee": QT_TRANSLATE_NOOP("print", "Group guarantee"),
    "group_guarantee_text": QT_TRANSLATE_NOOP(
        "print", "The members of your group guarantee this loan together."),
    "guarantee_fund": QT_TRANSLATE_NOOP("print", "Guarantee fund"),
    "collateral": QT_TRANSLATE_NOOP("print", "Collateral"),
    "collateral_text": QT_TRANSLATE_NOOP("print", "None for a loan up to {limit}"),
    "bd_early_late": QT_TRANSLATE_NOOP("print", "Early and late payment"),
    "prepayment": QT_TRANSLATE_NOOP("print", "Repaying early"),
    "prepayment_text": QT_TRANSLATE_NOOP(
        "print", "Allowed at any time with no penalty; interest only up to the day of "
                 "payment."),
    "late": QT_TRANSLATE_NOOP("print", "Late payment"),
    "bd_complaints": QT_TRANSLATE_NOOP("print", "Complaints"),
    "bd_complaints_text": QT_TRANSLATE_NOOP(
        "print", "Tell your field officer or the branch manager. If the complaint is not "
                 "settled, contact:"),
    "complaint_officer": QT_TRANSLATE_NOOP("print", "Complaint officer"),
    "bd_escalation": QT_TRANSLATE_NOOP("print", "If still not settled"),
    # schedule
    "no": QT_TRANSLATE_NOOP("print", "No."),
    "due_on": QT_TRANSLATE_NOOP("print", "Due date"),
    "outstanding": QT_TRANSLATE_NOOP("print", "Outstanding principal"),
    "principal": QT_TRANSLATE_NOOP("print", "Principal"),
    "interest": QT_TRANSLATE_NOOP("print", "Interest"),
    "installment": QT_TRANSLATE_NOOP("print", "Installment"),
    "total": QT_TRANSLATE_NOOP("print", "Total"),
}
PERIOD = {"weekly": QT_TRANSLATE_NOOP("print", "weeks"),
          "fortnightly": QT_TRANSLATE_NOOP("print", "fortnights"),
          "monthly": QT_TRANSLATE_NOOP("print", "months")}


@dataclass(frozen=True)
class KfsSection:
    title: str
    rows: tuple[tuple[str, str], ...]
    note: str = ""  # a sentence before the rows


def t(key: str, lang: str, **params: object) -> str:
    text = translate("print", T[key], lang)
    return text.format(**params) if params else text


def is_bangladesh(k: Kfs) -> bool:
    return k.paper is not None and k.paper.profile == "bangladesh_mra"


def kfs_title(k: Kfs, lang: str) -> str:
    return t("title_bd" if is_bangladesh(k) else "title_in", lang)


def _pick(lang: str, en: str, bn: str) -> str:
    return bn if lang == "bn" and bn else en


class _Say:
    """Formatting in the statement's language and currency."""

    def __init__(self, k: Kfs, lang: str) -> None:
        self.k, self.lang = k, lang

    def money(self, minor: int) -> str:
        return format_amount(minor, self.lang, self.k.currency, symbol=True)

    def date(self, d: date) -> str:
        return format_date(d, self.lang, "d MMMM y")  # alike in both languages

    def percent(self, value: Decimal) -> str:
        return format_percent(value, self.lang)

    def number(self, n: int) -> str:
        return format_number(n, self.lang)


def _installment_type(k: Kfs, lang: str) -> str:
    every = k.paper.every if k.paper else 1
    if every > 1:
        return t("every_n", lang, n=format_number(every, lang),
                 period=translate("print", PERIOD.get(k.frequency, PERIOD["weekly"]), lang))
    return t(k.frequency if k.frequency in PERIOD else "weekly", lang)


def _fee_rows(k: Kfs, lang: str, say: _Say) -> tuple[tuple[str, str], ...]:
    rows = []
    for fee in k.fees:
        if not fee.amount_minor:
            continue
        name = t("fee_insurance" if fee.kind == "insurance" else
                 "fee_processing" if fee.kind == "processing" else "fee_other", lang)
        whom = t("to_third_party" if fee.third_party else "to_lender", lang)
        when = t("one_time" if fee.deducted else "one_time_paid", lang)
        rows.append((f"{name} ({whom})", f"{say.money(fee.amount_minor)} — {when}"))
    return tuple(rows) or ((t("fees", lang), t("no_fees", lang)),)


def _the_loan(k: Kfs, lang: str, say: _Say) -> list[tuple[str, str]]:
    p = k.paper
    rows = [(t("loan_no", lang), k.loan_no),
            (t("borrower", lang), f"{k.member_code} {_pick(lang, k.member_en, k.member_bn)}")]
    if p and (p.group_en or p.group_bn):
        rows.append((t("group", lang), _pick(lang, p.group_en, p.group_bn)))
    if p and p.purpose:
        rows.append((t("purpose", lang), p.purpose))
    return rows


def _disbursal_rows(k: Kfs, lang: str, say: _Say) -> list[tuple[str, str]]:
    """How the loan is paid out: at once, or in tranches — those paid and the rest as
    the figures assume them, or (before the first) that their days are not known."""
    if k.max_tranches < 2:
        return [(t("disbursal", lang), t("disbursal_text", lang,
                                         date=say.date(k.disbursed_on)))]
    rows = [(t("disbursal", lang), t("disbursal_tranches", lang,
                                     n=say.number(k.max_tranches)))]
    for n, tr in enumerate(k.tranches, 1):
        rows.append((t("tranche_n", lang, n=say.number(n)),
                     t("tranche_paid" if tr.paid else "tranche_planned", lang,
                       amount=say.money(tr.amount_minor), date=say.date(tr.on))))
    if k.tranches_closed_on:
        rows.append((t("tranches_closed", lang), t("tranches_closed_text", lang,
                                                   date=say.date(k.tranches_closed_on),
                                                   amount=say.money(k.principal_minor))))
    elif k.tranches:
        rows.append((t("tranche_rule", lang), t("tranche_rule_text", lang)))
    else:
        day = (Decimal(k.principal_minor) * k.annual_rate_percent / 100 / 365
               ).quantize(Decimal(1))
        rows += [(t("tranche_rule", lang), t("tranche_unknown_text", lang,
                                             date=say.date(k.disbursed_on))),
                 (t("tranche_day", lang), t("tranche_day_text", lang,
                                            amount=say.money(int(day))))]
    return rows


def _schedule_rows(k: Kfs, lang: str, say: _Say) -> list[tuple[str, str]]:
    started = k.tranches[0].on if k.tranches else k.disbursed_on
    term_days = (k.last_due - started).days
    first = "first_due_tranched" if k.tranches else "first_due_text"
    return [
        (t("inst_type", lang), _installment_type(k, lang)),
        (t("inst_count", lang), say.number(k.installments)),
        (t("inst_amount", lang), say.money(k.installment_minor)),
        (t("first_due", lang), t(first, lang, date=say.date(k.first_due),
                                 days=say.number((k.first_due - k.disbursed_on).days))),
        (t("term", lang), t("term_text", lang, days=say.number(term_days),
                            date=say.date(k.last_due))),
    ]


def _india(k: Kfs, lang: str, say: _Say) -> list[KfsSection]:
    p = k.paper
    lender = p.lender if p else None
    rate = say.percent(k.annual_rate_percent)
    third = sum(f.amount_minor for f in k.fees if f.third_party)
    part1 = [
        *_the_loan(k, lang, say),
        (t("loan_type", lang), _pick(lang, k.product_en, k.product_bn)),
        (t("amount", lang), say.money(k.principal_minor)),
        *_disbursal_rows(k, lang, say),
        *_schedule_rows(k, lang, say),
        (t("rate", lang), t("rate_declining" if k.interest_method == "declining"
                            else "rate_flat", lang, rate=rate)),
        (t("floating", lang), t("not_applicable", lang)),
        *_fee_rows(k, lang, say),
        (t("apr", lang), say.percent(k.apr_percent)),
    ]
    contingent = [
        (t("penal", lang), t("penal_text", lang, rate=say.percent(
            k.penalty_percent_on_overdue)) if k.penalty_percent_on_overdue else t("none", lang)),
        (t("foreclosure", lang), t("none", lang) if not k.prepayment_penalty else "—"),
        (t("other_charges", lang), t("no_other", lang)),
    ]
    part2 = [
        (t("recovery", lang), t("recovery_agents" if lender and lender.recovery_agents
                                else "recovery_none", lang)),
        (t("transfer", lang), t("transfer_yes" if lender and lender.transferable
                                else "transfer_no", lang)),
        (t("co_lending", lang), t("co_lending_no", lang)),
        (t("cooling_off", lang), t("cooling_off_text", lang, days=say.number(
            lender.cooling_off_days if lender else 3))),
    ]
    apr = [
        (t("amount", lang), say.money(k.principal_minor)),
        (t("net_disbursed", lang), say.money(k.net_disbursed_minor)),
        (t("savings_deducted", lang), say.money(k.savings_deducted_minor)),
        (t("cash_paid", lang), say.money(k.cash_paid_minor)),
        (t("total_interest", lang), say.money(k.total_interest_minor)),
        (t("fees_lender", lang), say.money(k.total_fees_minor - third)),
        (t("fees_third", lang), say.money(third)),
        (t("total_payable", lang), say.money(k.total_payable_minor)),
        (t("apr", lang), say.percent(k.apr_percent)),
    ]
    return [KfsSection(t("part1", lang), tuple(part1)),
            KfsSection(t("contingent", lang), tuple(contingent)),
            KfsSection(t("part2", lang), tuple(part2)),
            _complaints(k, lang, bangladesh=False),
            KfsSection(t("apr_part", lang), tuple(apr))]


def _complaints(k: Kfs, lang: str, bangladesh: bool) -> KfsSection:
    lender = k.paper.lender if k.paper else None
    rows: list[tuple[str, str]] = []
    if lender:
        officer = lender.pick("grievance_officer", lang)
        rows += [(t("complaint_officer" if bangladesh else "grievance_officer", lang),
                  officer or "—"),
                 (t("phone", lang), lender.grievance_phone or "—"),
                 (t("email", lang), lender.grievance_email or "—"),
                 (t("address", lang), lender.pick("grievance_address", lang) or "—")]
        escalation = lender.pick("escalation", lang)
        if escalation:
            rows.append((t("bd_escalation" if bangladesh else "escalation", lang),
                         t("escalation_text", lang, regulator=escalation)))
    elif k.grievance_contact:
        rows.append((t("grievance_officer", lang), k.grievance_contact))
    return KfsSection(t("bd_complaints" if bangladesh else "grievance", lang), tuple(rows),
                      t("bd_complaints_text" if bangladesh else "grievance_text", lang))


def _bangladesh(k: Kfs, lang: str, say: _Say) -> list[KfsSection]:
    p = k.paper
    assert p is not None
    loan = [*_the_loan(k, lang, say),
            (t("programme", lang), _pick(lang, k.product_en, k.product_bn)),
            (t("amount", lang), say.money(k.principal_minor)),
            *_disbursal_rows(k, lang, say)]
    interest = [(t("rate", lang), t("bd_rate_text", lang,
                                    rate=say.percent(k.annual_rate_percent)))]
    if p.interest_cap_percent is not None:
        interest.append((t("bd_cap", lang), t("bd_cap_text", lang,
                                               cap=say.percent(p.interest_cap_percent))))
    interest += [(t("effective_rate", lang), say.percent(k.apr_percent)),
                 (t("total_interest", lang), say.money(k.total_interest_minor)),
                 *_fee_rows(k, lang, say),
                 (t("cash_paid", lang), say.money(k.cash_paid_minor)),
                 (t("total_payable", lang), say.money(k.total_payable_minor))]
    grace = max(p.grace_principal, p.grace_interest)
    repayment = [*_schedule_rows(k, lang, say),
                 (t("grace", lang), t("grace_text", lang, n=say.number(grace)) if grace
                  else t("no_grace", lang))]
    savings = [(t("savings_deducted", lang), say.money(k.savings_deducted_minor))]
    if p.savings_per_installment_minor:
        savings.append((t("savings_each", lang), say.money(p.savings_per_installment_minor)))
    if p.savings_lien:
        savings.append((t("lien", lang), t("lien_text", lang)))
    if p.group_guarantee:
        savings.append((t("group_guarantee", lang), t("group_guarantee_text", lang)))
    if p.guarantee_fund_minor:
        savings.append((t("guarantee_fund", lang), say.money(p.guarantee_fund_minor)))
    if p.collateral_free_limit_minor is not None:
        savings.append((t("collateral", lang), t("collateral_text", lang, limit=say.money(
            p.collateral_free_limit_minor))))
    early_late = [(t("prepayment", lang), t("prepayment_text", lang)),
                  (t("late", lang), t("penal_text", lang, rate=say.percent(
                      k.penalty_percent_on_overdue)) if k.penalty_percent_on_overdue
                   else t("none", lang))]
    return [KfsSection(t("bd_loan", lang), tuple(loan)),
            KfsSection(t("bd_interest", lang), tuple(interest)),
            KfsSection(t("bd_repayment", lang), tuple(repayment)),
            KfsSection(t("bd_savings", lang), tuple(savings)),
            KfsSection(t("bd_early_late", lang), tuple(early_late)),
            _complaints(k, lang, bangladesh=True)]


def kfs_heading_rows(k: Kfs, lang: str) -> list[tuple[str, str]]:
    """Who lends, and the statement's date and validity (above the sections)."""
    say = _Say(k, lang)
    p = k.paper
    rows = []
    if p:
        rows += [(t("lender", lang), p.lender.pick("name", lang)),
                 (t("lender_address", lang), p.lender.pick("address", lang) or "—")]
    rows.append((t("branch", lang), _pick(lang, k.branch_en, k.branch_bn)))
    if p:
        rows += [(t("kfs_date", lang), say.date(p.statement_on)),
                 (t("valid_until", lang), t("valid_text", lang, date=say.date(p.valid_until),
                                            days=say.number(p.lender.kfs_validity_days)))]
    return rows


def kfs_sections(k: Kfs, lang: str) -> list[KfsSection]:
    """The statement's sections in `lang`, as the borrower reads them on paper and screen."""
    say = _Say(k, lang)
    return _bangladesh(k, lang, say) if is_bangladesh(k) else _india(k, lang, say)


def schedule_headings(lang: str) -> list[str]:
    return [t(key, lang) for key in ("no", "due_on", "principal", "interest", "installment",
                                     "outstanding")]


def schedule_cells(k: Kfs, lang: str) -> tuple[list[list[str]], list[str]]:
    """The schedule's rows and its totals row."""
    say = _Say(k, lang)
    rows = [[say.number(r.number), format_date(r.due_on, lang, "dd/MM/yyyy"),
             format_amount(r.principal_minor, lang), format_amount(r.interest_minor, lang),
             format_amount(r.total_minor, lang), format_amount(r.balance_minor, lang)]
            for r in k.schedule]
    totals = ["", t("total", lang),
              format_amount(sum(r.principal_minor for r in k.schedule), lang),
              format_amount(sum(r.interest_minor for r in k.schedule), lang),
              format_amount(sum(r.total_minor for r in k.schedule), lang), ""]
    return rows, totals


def acknowledgement(lang: str) -> str:
    return t("acknowledgement", lang, language=t(f"language_{lang}", lang))
