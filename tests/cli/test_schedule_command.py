import json
import subprocess
import sys

import pytest

RBI = {"principal": "20000", "annual_rate": "15", "installments": 24, "frequency": "monthly",
       "interest_method": "declining", "disbursed_on": "2026-01-10",
       "fees": [{"amount": "240", "deducted": True}, {"amount": "160", "deducted": True}]}


def _run(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", "schedule"], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_schedule_command_reproduces_the_rbi_key_fact_statement():
    out = json.loads(_run(json.dumps(RBI)).stdout)
    assert (out["installments"][0]["total"], out["installments"][-1]["total"],
            out["total_interest"], out["net_disbursed"], out["apr_percent"]) == (
        "969.73", "969.79", "3273.58", "19600.00", "17.07")


@pytest.mark.parametrize("bad", [
    "not json", "[]", json.dumps(RBI | {"principal": "-1"}),
    json.dumps(RBI | {"principal": "10000000000000"}), json.dumps(RBI | {"installments": 0}),
    json.dumps(RBI | {"installments": 1001}), json.dumps(RBI | {"annual_rate": "abc"}),
    json.dumps(RBI | {"annual_rate": "101"}), json.dumps(RBI | {"frequency": "daily"}),
    json.dumps(RBI | {"colour": "red"}), json.dumps(RBI | {"annual_rate": "NaN"}),
])
def test_invalid_input_exits_2_with_a_message_and_no_traceback(bad):
    result = _run(bad)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("shakha: error:") and "Traceback" not in result.stderr
