"""`shakha schedule`: JSON in, JSON out, exit 2 with one clear line on bad input."""

import io
import json
import subprocess
import sys

import pytest

from app.cli import main

RBI = {"principal": "20000", "annual_rate": "15", "installments": 24, "frequency": "monthly",
       "interest_method": "declining", "disbursed_on": "2026-01-10",
       "fees": [{"amount": "240", "deducted": True}, {"amount": "160", "deducted": True}]}


def _run(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", "schedule"], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_the_rbi_key_fact_statement_comes_out_exactly():
    done = _run(json.dumps(RBI))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) == {"installments", "total_interest", "total_payable", "net_disbursed",
                        "apr_percent"}
    first, last = out["installments"][0], out["installments"][-1]
    assert set(first) == {"number", "due_on", "principal", "interest", "total", "balance"}
    assert (first["total"], last["total"], last["balance"], out["total_interest"],
            out["total_payable"], out["net_disbursed"], out["apr_percent"]) == (
        "969.73", "969.79", "0.00", "3273.58", "23273.58", "19600.00", "17.07")
    assert (first["number"], first["due_on"]) == (1, "2026-02-10")


def test_defaults_and_30000_at_24_percent_over_24_months():
    data = {"principal": "30000", "annual_rate": "24", "installments": 24,
            "frequency": "monthly", "interest_method": "declining"}
    out = json.loads(_run(json.dumps(data)).stdout)
    assert out["installments"][0]["total"] == "1586.13"
    assert out["net_disbursed"] == "30000.00" and out["apr_percent"] == "24.00"


def test_flat_weekly_with_grace_and_rounding():
    data = {"principal": "10000", "annual_rate": "11", "installments": 52,
            "frequency": "weekly", "interest_method": "flat", "rounding_multiple": "1",
            "grace_principal": 2, "disbursed_on": "2026-01-05"}
    out = json.loads(_run(json.dumps(data)).stdout)
    assert out["total_interest"] == "1100.00"
    assert [i["principal"] for i in out["installments"][:2]] == ["0.00", "0.00"]


@pytest.mark.parametrize("bad", [
    "not json", json.dumps(RBI | {"colour": "red"}),
    json.dumps(RBI | {"principal": "10000000000000"}), json.dumps(RBI | {"annual_rate": "x"}),
])
def test_invalid_input_exits_2_with_one_clear_line(bad):
    done = _run(bad)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("shakha: error: ") and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("bad", [
    "not json", "[]", "", json.dumps(RBI | {"principal": "-1"}),
    json.dumps(RBI | {"principal": "10000000000000"}), json.dumps(RBI | {"principal": 1.5}),
    json.dumps(RBI | {"principal": "100.001"}), json.dumps(RBI | {"installments": 0}),
    json.dumps(RBI | {"installments": 1001}), json.dumps(RBI | {"installments": "24"}),
    json.dumps(RBI | {"annual_rate": "abc"}), json.dumps(RBI | {"annual_rate": "101"}),
    json.dumps(RBI | {"annual_rate": "-1"}), json.dumps(RBI | {"annual_rate": "NaN"}),
    json.dumps(RBI | {"frequency": "daily"}), json.dumps(RBI | {"interest_method": "simple"}),
    json.dumps(RBI | {"amortization": "balloon"}), json.dumps(RBI | {"colour": "red"}),
    json.dumps(RBI | {"rounding_multiple": "0"}), json.dumps(RBI | {"grace_principal": 24}),
    json.dumps(RBI | {"disbursed_on": "25/11/2026"}),
    json.dumps(RBI | {"fees": [{"amount": "-5", "deducted": True}]}),
    json.dumps(RBI | {"fees": [{"amount": "20000", "deducted": True}]}),
    json.dumps(RBI | {"fees": [{"amount": "5", "who": "me"}]}),
])
def test_every_kind_of_invalid_input_is_refused_in_words(bad, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(bad))
    assert main(["schedule"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("shakha: error: ") and err.count("\n") == 1


@pytest.mark.parametrize("day", ["9999-12-01", "1066-10-14"])
def test_a_disbursement_date_the_calendar_cannot_schedule_from_is_refused(day, monkeypatch,
                                                                           capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({**RBI, "disbursed_on": day})))
    assert main(["schedule"]) == 2
    assert capsys.readouterr().err == ("shakha: error: disbursed_on must be a date from "
                                       "1900-01-01 to 2200-12-31.\n")
