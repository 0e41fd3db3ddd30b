"""`shakha hq publish-catalogue PROFILE`: head office loads a profile's catalogue."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.catalogue import load_catalogue
from app.cli import main
from app.db.models import Holiday, LoanProduct
from app.headoffice.models import HqReference
from tests.sync.world import branch_with_meeting, register, sync


def _versions(hq) -> int:
    with Session(hq) as s:
        return int(s.scalar(select(func.count()).select_from(HqReference)) or 0)


def test_publishing_a_catalogue_twice_publishes_it_once(hq, hq_url, capsys):
    assert main(["hq", "publish-catalogue", "bangladesh_mra", "--year", "2026",
                 "--db", hq_url]) == 0
    out = capsys.readouterr().out
    catalogue = load_catalogue("bangladesh_mra")
    expected = len(catalogue.changes((2026,)))
    assert f"published {expected} change(s), 0 unchanged" in out
    assert "JB-GRAIN: review (not in the seed)" in out  # what head office must look at
    assert _versions(hq) == expected
    assert main(["hq", "publish-catalogue", "bangladesh_mra", "--year", "2026",
                 "--db", hq_url]) == 0
    assert f"published 0 change(s), {expected} unchanged" in capsys.readouterr().out
    assert _versions(hq) == expected


def test_a_dry_run_publishes_nothing_and_a_bad_year_is_refused(hq, hq_url, capsys):
    assert main(["hq", "publish-catalogue", "india_rbi", "--dry-run", "--db", hq_url]) == 0
    assert "would publish" in capsys.readouterr().out and _versions(hq) == 0
    assert main(["hq", "publish-catalogue", "india_rbi", "--year", "99", "--db", hq_url]) == 2
    assert main(["hq", "publish-catalogue", "mars", "--db", hq_url]) == 2
    assert _versions(hq) == 0


def test_a_branch_pulls_the_published_catalogue(engine, hq, hq_url, capsys):
    branch_with_meeting(engine)
    register(hq, engine)
    assert main(["hq", "publish-catalogue", "india_rbi", "--year", "2027",
                 "--db", hq_url]) == 0
    sync(engine, hq)
    with Session(engine) as s:
        codes = set(s.scalars(select(LoanProduct.code).where(LoanProduct.active.is_(True))))
        days = {d.isoformat() for d in s.scalars(select(Holiday.on_date))}
    assert {"BJS-GL", "BJS-IL"} <= codes
    assert {"2027-01-26", "2027-08-15", "2027-10-02"} <= days


def test_a_staff_member_head_office_adds_logs_in_first_with_her_code(engine, hq, hq_url,
                                                                     capsys):
    import re

    import pytest

    from app.services.first_login import FirstLoginNeeded, first_login
    from app.services.users import authenticate

    branch_with_meeting(engine)
    register(hq, engine)
    assert main(["hq", "add-staff", "rina", "--branch", "BJS-001", "--role",
                 "field_officer", "--name-en", "Rina Das", "--name-bn", "রিনা দাস",
                 "--db", hq_url]) == 0
    code = re.search(r"one-time code (\d{4}-\d{4})", capsys.readouterr().out).group(1)
    with Session(hq) as s:  # head office keeps only the code's hash
        assert code.replace("-", "") not in " ".join(s.scalars(select(HqReference.payload)))
    assert main(["hq", "add-staff", "rina", "--branch", "NO-SUCH", "--role",
                 "field_officer", "--name-en", "R", "--name-bn", "র", "--db", hq_url]) == 2
    sync(engine, hq)
    with pytest.raises(FirstLoginNeeded):
        authenticate(engine, "rina", code)
    assert first_login(engine, "rina", code, "rina-pass", "rina-pass").role == "field_officer"
