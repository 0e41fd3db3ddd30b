import subprocess
import sys
from datetime import date

import pytest

from app.db.base import day_number
from app.db.check import check_database
from app.demo import generate_demo
from app.errors import ValidationError
from tests import dbfiles

TODAY = date(2026, 11, 25)  # a Wednesday


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    generate_demo(path, members=160, years=2, seed=7, today=TODAY)  # enough for rare cases
    return path


def _one(path, sql):
    con = dbfiles.connect(path)
    try:
        return con.execute(sql).fetchone()
    finally:
        con.close()


def test_a_demo_branch_passes_the_database_check(demo_db):
    assert check_database(demo_db).problems == []


def test_groups_have_5_to_20_women(demo_db):
    low, high = _one(demo_db, "SELECT min(c), max(c) FROM (SELECT count(*) c FROM member "
                              "GROUP BY group_id)")
    assert low >= 5 and high <= 20


def test_todays_meetings_exist_and_are_not_yet_posted(demo_db):
    statuses = _one(demo_db, f"SELECT group_concat(DISTINCT status) FROM meeting "
                             f"WHERE scheduled_on = '{TODAY.isoformat()}'")
    assert statuses == ("scheduled",)


def test_history_ends_on_today_with_the_business_date_today(demo_db):
    assert _one(demo_db, "SELECT business_date FROM branch") == (TODAY.isoformat(),)


def test_installments_due_today_are_unpaid(demo_db):
    paid = _one(demo_db, f"SELECT sum(paid_principal_minor + paid_interest_minor) FROM "
                         f"installment WHERE due_on = {day_number(TODAY)}")
    assert paid in ((0,), (None,))


def test_the_demo_has_some_arrears_and_mostly_on_time_repayment(demo_db):
    late, due = _one(demo_db, f"SELECT sum(paid_on IS NULL), count(*) FROM installment "
                              f"WHERE due_on < {day_number(TODAY)}")
    assert 0 < late < due * 0.2


def test_every_working_weekday_has_meetings(demo_db):
    weekdays = _one(demo_db, "SELECT count(DISTINCT meeting_weekday) FROM member_group")
    assert weekdays == (6,)


def test_generation_is_deterministic_for_a_seed(tmp_path):
    counts = []
    for name in ("a.db", "b.db"):
        generate_demo(tmp_path / name, members=20, years=1, seed=3, today=TODAY)
        counts.append(_one(tmp_path / name, "SELECT count(*), sum(amount_minor), "
                                           "max(hash) FROM journal_entry"))
    assert counts[0] == counts[1]


def test_a_database_that_already_holds_a_branch_is_refused(demo_db):
    with pytest.raises(ValidationError, match="already holds a branch"):
        generate_demo(demo_db, members=20, years=1, today=TODAY)


def test_a_bangladesh_demo_uses_taka_and_small_groups(tmp_path):
    path = tmp_path / "bd.db"
    generate_demo(path, members=40, years=1, seed=2, profile="bangladesh_mra", today=TODAY)
    assert _one(path, "SELECT currency FROM branch") == ("BDT",)
    assert _one(path, "SELECT max(c) FROM (SELECT count(*) c FROM member "
                      "GROUP BY group_id)")[0] <= 10
    assert check_database(path).ok


def test_demo_command_refuses_bad_arguments_without_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "app.cli", "demo", "--db",
                             str(tmp_path / "x.db"), "--members", "2"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr


@pytest.mark.parametrize("code", ["bad code!", "B", "bjs-shb", "-BJS", "BJS.SHB", "A" * 21])
def test_a_branch_code_that_would_not_survive_loan_numbers_and_sync_is_refused(tmp_path,
                                                                               code):
    path = tmp_path / "x.db"
    with pytest.raises(ValidationError) as refused:
        generate_demo(path, members=5, years=1, branch_code=code)
    assert "is not a branch code" in str(refused.value.args[0])
    assert not path.exists()  # refused before anything was written


def test_some_members_paid_only_part_of_an_installment(demo_db):
    (part,) = _one(demo_db, "SELECT count(*) FROM installment WHERE paid_on IS NULL AND "
                            "paid_principal_minor + paid_interest_minor > 0")
    assert part > 0


def test_a_few_loans_were_written_off_and_members_took_further_cycles(demo_db):
    written, cycles = _one(demo_db, "SELECT sum(status = 'written_off'), max(cycle) FROM loan")
    assert written >= 1 and cycles >= 2


def test_past_meetings_are_posted_with_attendance(demo_db):
    unposted, without = _one(demo_db, f"""
        SELECT sum(status != 'posted'),
               sum(NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = meeting.id))
        FROM meeting WHERE scheduled_on < '{TODAY.isoformat()}'""")
    assert (unposted, without) == (0, 0)


def test_the_branch_has_5_to_8_field_officers_who_log_in_with_the_demo_password(demo_db):
    from app.db.engine import open_engine
    from app.services import users
    (officers,) = _one(demo_db, "SELECT count(*) FROM staff WHERE role = 'field_officer'")
    engine = open_engine(demo_db)
    try:
        actor = users.authenticate(engine, "officer1", "demo")
    finally:
        engine.dispose()
    assert 5 <= officers <= 8 and actor.role == "field_officer"


def test_national_holidays_are_in_the_calendar_and_no_meeting_falls_on_one(demo_db):
    holidays, clashes = _one(demo_db, "SELECT (SELECT count(*) FROM holiday), count(*) FROM "
                                      "meeting JOIN holiday ON holiday.on_date = "
                                      "meeting.scheduled_on")
    assert holidays >= 5 and clashes == 0


def test_members_have_english_and_bengali_names_and_a_husband(demo_db):
    con = dbfiles.connect(demo_db)
    rows = con.execute("SELECT name_en, name_bn, guardian_name_bn FROM member").fetchall()
    con.close()
    bengali = all(any("\u0980" <= ch <= "\u09ff" for ch in bn + husband)
                  for _, bn, husband in rows)
    assert bengali and all(" " in en for en, _, _ in rows)


def test_officer1_the_documented_demo_login_has_a_meeting_today(demo_db):
    count = _one(demo_db, f"SELECT count(*) FROM meeting m JOIN member_group g ON "
                          f"g.id = m.group_id JOIN staff s ON s.id = g.field_officer_id "
                          f"WHERE s.username = 'officer1' AND m.scheduled_on = "
                          f"'{TODAY.isoformat()}'")
    assert count[0] >= 1


def test_the_safe_never_holds_negative_cash_and_each_closed_day_counted_its_book(demo_db):
    from app.db.engine import open_engine
    from app.services.cash import cash_book

    con = dbfiles.connect(demo_db)
    try:
        days = con.execute("SELECT on_date, cash_counted_minor FROM business_day "
                           "WHERE status = 'closed' ORDER BY on_date").fetchall()
        funds = con.execute("SELECT count(*) FROM journal_entry "
                            "WHERE kind = 'cash_transfer_in'").fetchone()[0]
    finally:
        con.close()
    assert funds > 0 and len(days) > 100
    assert min(counted for _, counted in days) >= 0
    engine = open_engine(demo_db)
    try:
        for on, counted in days[-5:]:
            assert cash_book(engine, date.fromisoformat(on)).closing_minor == counted
        today = cash_book(engine, TODAY)
        assert today.opening_minor == days[-1][1]
        assert today.closing_minor >= 5_00_000_00  # this morning's fund: loans can go out
    finally:
        engine.dispose()


def test_the_demo_has_applications_waiting_at_each_step(demo_db):
    con = dbfiles.connect(demo_db)
    try:
        waiting = dict(con.execute("SELECT status, count(*) FROM loan WHERE status IN "
                                   "('applied', 'recommended', 'sanctioned') GROUP BY status"))
        decided_by_other = con.execute(
            "SELECT count(*) FROM loan WHERE status = 'sanctioned' "
            "AND sanctioned_by != applied_by").fetchone()[0]
    finally:
        con.close()
    assert waiting == {"applied": 1, "recommended": 1, "sanctioned": 1}
    assert decided_by_other == 1  # maker–checker, as at a branch


def test_a_demo_ending_past_the_calendar_is_refused_in_one_line(tmp_path, capsys):
    from app.cli import main

    path = tmp_path / "x.db"
    assert main(["demo", "--db", str(path), "--today", "9999-12-31"]) == 2
    assert capsys.readouterr().err.endswith(
        "--today must be a date from 1990-01-01 to 2200-12-31.\n")
    assert not path.exists()


# --- the branch's tail: a demo is not a healthy average (PAR, write-offs, recoveries) ---

@pytest.fixture(scope="module")
def portfolio(demo_db):
    from app.db.engine import open_engine
    from app.services.reports import portfolio_report

    engine = open_engine(demo_db, background_checkpoints=False)
    try:
        return portfolio_report(engine, TODAY)
    finally:
        engine.dispose()


def test_a_few_per_cent_of_the_portfolio_is_over_30_days_late_and_some_over_90(portfolio):
    par30 = portfolio.par_percent(portfolio.par_30_minor)
    par90 = portfolio.par_percent(portfolio.par_90_minor)
    assert 2 <= par30 <= 10, par30
    assert 0 < par90 < par30


def test_each_ageing_bucket_up_to_180_days_holds_loans(portfolio):
    """The reports, ageing and provisioning are exercised: loans 1–30, 31–60, 61–90 and
    91–180 days late (none older: those are written off)."""
    loans = {row.bucket: row.loans for row in portfolio.ageing}
    assert loans["1-30"] > 0 and loans["180+"] == 0
    assert loans["31-60"] + loans["61-90"] > 0 and loans["91-180"] > 0


def test_chronic_late_payers_still_pay_something_while_weeks_behind(demo_db):
    """Not only defaulters: some members are five or more installments behind yet paid
    at one of the last four meetings."""
    (chronic,) = _one(demo_db, f"""
        SELECT count(*) FROM (
          SELECT l.id FROM loan l JOIN installment i ON i.loan_id = l.id
          WHERE l.status = 'disbursed' GROUP BY l.id
          HAVING sum(i.paid_on IS NULL AND i.due_on < {day_number(TODAY)}) >= 5
             AND l.id IN (SELECT loan_id FROM journal_entry WHERE kind = 'repayment'
                          AND business_date >= {day_number(TODAY) - 28}))""")
    assert chronic > 0


def test_written_off_loans_are_recorded_as_the_services_record_them(demo_db, portfolio):
    """Each write-off has its write-off record (reason, journal row), so the manager can
    take a recovery at the counter; some already brought something back."""
    written, records, recovered = _one(demo_db, """
        SELECT (SELECT count(*) FROM journal_entry WHERE kind = 'write_off'),
               (SELECT count(*) FROM loan_write_off w JOIN journal_entry j
                  ON j.id = w.journal_id AND j.kind = 'write_off' AND j.loan_id = w.loan_id),
               (SELECT count(DISTINCT loan_id) FROM journal_entry WHERE kind = 'recovery')""")
    assert written >= 1 and records == written and recovered >= 1
    assert any(w.recovered_minor for w in portfolio.written_off)


def test_a_recovery_on_a_demo_write_off_is_taken_at_the_counter(demo_db, tmp_path):
    from app.db.engine import open_engine
    from app.db.uow import Actor
    from app.services.loan_closure import recover_written_off

    copy = dbfiles.copy_db(demo_db, tmp_path / "copy.db")
    loan_id, manager = _one(copy, "SELECT (SELECT id FROM loan WHERE status = 'written_off' "
                                  "ORDER BY id LIMIT 1), (SELECT id FROM staff WHERE role = "
                                  "'branch_manager' ORDER BY id LIMIT 1)")
    engine = open_engine(copy, background_checkpoints=False)
    try:
        left = recover_written_off(engine, Actor(manager, "manager", "branch_manager"),
                                   loan_id, 100_00)
    finally:
        engine.dispose()
    assert left > 0


def test_the_tail_is_the_same_for_the_same_seed_and_differs_for_another(tmp_path):
    def tail(name: str, seed: int) -> tuple:
        generate_demo(tmp_path / name, members=60, years=2, seed=seed, today=TODAY)
        return _one(tmp_path / name, f"""
            SELECT (SELECT count(*) FROM journal_entry WHERE kind IN ('write_off',
                    'recovery')),
                   (SELECT group_concat(loan_id || ':' || due_on) FROM (
                      SELECT loan_id, min(due_on) due_on FROM installment
                      WHERE paid_on IS NULL AND due_on < {day_number(TODAY)}
                      GROUP BY loan_id ORDER BY loan_id))""")

    assert tail("a.db", 5) == tail("b.db", 5) != tail("c.db", 6)
