"""`shakha schedule`: one JSON object in on stdin, the schedule as one JSON object out.

Input keys: principal (decimal string), annual_rate (percent string), installments
(int), frequency (weekly|fortnightly|monthly), interest_method (declining|flat),
amortization (equal_installments|equal_principal), rounding_multiple ("0.01"),
grace_principal (0), disbursed_on (ISO date, today), fees ([{"amount", "deducted"}]).
Output: installments [{number, due_on, principal, interest, total, balance}],
total_interest, total_payable, net_disbursed, apr_percent — amounts as strings with
two decimals, computed by app.domain (schedule rules in app/domain/schedule.py).

Invalid input (not JSON, unknown keys or words, negative or absurd amounts, zero or
more than 1,000 installments, a rate out of range or not a number) raises
ValidationError: the CLI prints one line on stderr and exits 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from app.commands import dates_between
from app.domain.apr import Fee, key_facts
from app.domain.schedule import Amortization, Frequency, InterestMethod, LoanTerms
from app.errors import QT_TR_NOOP, ValidationError

MAX_AMOUNT = Decimal(10) ** 12
KEYS = {"principal", "annual_rate", "installments", "frequency", "interest_method",
        "amortization", "rounding_multiple", "grace_principal", "disbursed_on", "fees"}


def _decimal(data: dict[str, Any], key: str, default: str | None = None) -> Decimal:
    raw = data.get(key, default)
    if raw is None:
        raise ValidationError(QT_TR_NOOP("Missing key: {key}"), key=key)
    if isinstance(raw, bool | float) or not isinstance(raw, str | int):
        raise ValidationError(QT_TR_NOOP("{key} must be a decimal string, e.g. \"1000.00\""),
                              key=key)
    try:
        value = Decimal(str(raw).strip())
    except InvalidOperation:
        raise ValidationError(QT_TR_NOOP("{key} is not a number: {value}"), key=key,
                              value=raw) from None
    if not value.is_finite():
        raise ValidationError(QT_TR_NOOP("{key} is not a number: {value}"), key=key, value=raw)
    return value


def _int(data: dict[str, Any], key: str, default: int | None = None) -> int:
    raw = data.get(key, default)
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValidationError(QT_TR_NOOP("{key} must be a whole number"), key=key)
    return raw


def _word(data: dict[str, Any], key: str, enum: Any, default: str | None = None) -> Any:
    raw = data.get(key, default)
    try:
        return enum(raw)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(QT_TR_NOOP("{key}: unknown word {value!r}; use one of {allowed}"),
                              key=key, value=raw, allowed=allowed) from None


def _fees(data: dict[str, Any]) -> list[Fee]:
    raw = data.get("fees", [])
    if not isinstance(raw, list):
        raise ValidationError(QT_TR_NOOP("fees must be a list"))
    fees = []
    for item in raw:
        if not isinstance(item, dict) or set(item) - {"amount", "deducted"}:
            raise ValidationError(QT_TR_NOOP("each fee is {{\"amount\": \"…\", \"deducted\": true}}"))
        amount = _decimal(item, "amount")
        deducted = item.get("deducted", True)
        if amount < 0 or amount > MAX_AMOUNT or not isinstance(deducted, bool):
            raise ValidationError(QT_TR_NOOP("fee amount out of range: {value}"), value=amount)
        fees.append(Fee("fee", amount, deducted))
    return fees


def parse_terms(data: Any) -> tuple[LoanTerms, list[Fee]]:
    if not isinstance(data, dict):
        raise ValidationError(QT_TR_NOOP("Input must be one JSON object."))
    unknown = set(data) - KEYS
    if unknown:
        raise ValidationError(QT_TR_NOOP("Unknown key(s): {keys}"), keys=", ".join(sorted(unknown)))
    principal = _decimal(data, "principal")
    if principal <= 0 or principal > MAX_AMOUNT:
        raise ValidationError(QT_TR_NOOP("principal must be above 0 and at most 10^12"))
    if principal != principal.quantize(Decimal("0.01")):
        raise ValidationError(QT_TR_NOOP("principal must not have fractions of a paisa"))
    rate = _decimal(data, "annual_rate")
    if rate < 0 or rate > 100:
        raise ValidationError(QT_TR_NOOP("annual_rate must be between 0 and 100 (percent)"))
    count = _int(data, "installments")
    if not 1 <= count <= 1000:
        raise ValidationError(QT_TR_NOOP("installments must be between 1 and 1000"))
    multiple = _decimal(data, "rounding_multiple", "0.01")
    if multiple <= 0 or multiple > principal:
        raise ValidationError(QT_TR_NOOP("rounding_multiple must be positive and below the principal"))
    grace = _int(data, "grace_principal", 0)
    if not 0 <= grace < count:
        raise ValidationError(QT_TR_NOOP("grace_principal must be at least 0 and below installments"))
    try:
        disbursed = date.fromisoformat(data.get("disbursed_on") or date.today().isoformat())
    except (TypeError, ValueError):
        raise ValidationError(QT_TR_NOOP("disbursed_on must be an ISO date (YYYY-MM-DD)")) from None
    dates_between("disbursed_on", disbursed, date(1900, 1, 1), date(2200, 12, 31))
    terms = LoanTerms(
        principal=principal, annual_rate_percent=rate, installments=count,
        disbursed_on=disbursed, frequency=_word(data, "frequency", Frequency, "monthly"),
        interest_method=_word(data, "interest_method", InterestMethod, "declining"),
        amortization=_word(data, "amortization", Amortization, "equal_installments"),
        rounding_multiple=multiple, grace_principal=grace)
    fees = _fees(data)
    if sum((f.amount for f in fees), Decimal(0)) >= principal:
        raise ValidationError(QT_TR_NOOP("fees must be less than the principal"))
    return terms, fees


def schedule_json(data: Any) -> dict[str, Any]:
    terms, fees = parse_terms(data)
    facts = key_facts(terms, fees)
    money = "{:.2f}".format
    return {
        "installments": [
            {"number": i.number, "due_on": i.due_on.isoformat(), "principal": money(i.principal),
             "interest": money(i.interest), "total": money(i.total), "balance": money(i.balance)}
            for i in facts.schedule.installments],
        "total_interest": money(facts.total_interest),
        "total_payable": money(facts.schedule.total_payable),
        "net_disbursed": money(facts.net_disbursed),
        "apr_percent": money(facts.apr_percent),
    }


def _run(_args: argparse.Namespace) -> int:
    text = sys.stdin.read()
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise ValidationError(QT_TR_NOOP("Input is not valid JSON: {error}"), error=str(exc)) from None
    json.dump(schedule_json(data), sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("schedule", help="loan schedule from JSON on stdin")
    parser.set_defaults(handler=_run)
