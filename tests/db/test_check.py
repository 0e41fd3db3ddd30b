import subprocess
import sys
from datetime import date

from sqlalchemy import text

from app.db.check import check_database
from app.db.uow import Actor, UnitOfWork
from tests import dbfiles
from tests.builders import small_branch


def _ledger(engine, rows=3, units=1):
    """`units` units of work (each one outbox event) posting `rows` fees in all."""
    ids = small_branch(engine)
    actor = Actor(ids["officer"], "officer", "field_officer")
    for unit in range(units):
        with UnitOfWork(engine, actor) as uow:
            for k in range(unit, rows, units):
                uow.journal.post(business_date=date(2026, 11, 25), staff_id=ids["officer"],
                                 kind="fee", amount_minor=(k + 1) * 10_00,
                                 member_id=ids["first_member"])
    engine.dispose()


def _tamper(db_path, *statements, put_back=True):
    """As an attacker with the file's key would: drop the guards, change rows, and
    (`put_back`) create the guards again to cover the tracks."""
    con = dbfiles.connect(db_path)
    guards = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND name IN ('journal_entry_no_update', "
                              "'journal_entry_no_delete')").fetchall())
    for name in guards:
        con.execute(f"DROP TRIGGER {name}")
    for statement in statements:
        con.execute(statement)
    if put_back:
        for sql in guards.values():
            con.execute(sql)
    con.commit()
    con.close()


def test_a_clean_ledger_passes_the_check(engine, db_path):
    _ledger(engine)
    assert check_database(db_path).ok


def test_an_altered_journal_row_is_named(engine, db_path):
    _ledger(engine)
    _tamper(db_path, "UPDATE journal_entry SET amount_minor = 1 WHERE id = 2")
    assert [p.text for p in check_database(db_path).problems] == [
        "journal row 2 was altered",
        "journal row 2 differs from the copy outbox event 1 carries to head office"]


def test_a_removed_journal_row_is_named(engine, db_path):
    _ledger(engine)
    _tamper(db_path, "DELETE FROM journal_entry WHERE id = 2")
    codes = {p.code for p in check_database(db_path).problems}
    assert codes == {"journal_gap", "journal_chain", "journal_copy"}


def test_rows_removed_from_the_end_of_the_journal_are_named(engine, db_path):
    _ledger(engine)
    _tamper(db_path, "DELETE FROM journal_entry WHERE id >= 2")  # the rest still chains
    problems = check_database(db_path).problems
    assert [(p.code, p.params) for p in problems] == [
        ("journal_gap", {"first": 2, "last": 3}),
        ("journal_copy", {"id": 2, "seq": 1}), ("journal_copy", {"id": 3, "seq": 1})]
    assert problems[0].text == "journal rows 2–3 are missing (removed from the end)"


def _outbox(db_path, *statements):
    con = dbfiles.connect(db_path)
    (guard,), = con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                            "name = 'outbox_event_delete_only_acked'")
    con.execute("DROP TRIGGER outbox_event_delete_only_acked")  # by hand, with sqlite3
    for statement in statements:
        con.execute(statement)
    con.execute(guard)  # and put back, to cover the tracks
    con.commit()
    seqs = [seq for (seq,) in con.execute("SELECT seq FROM outbox_event ORDER BY seq")]
    con.close()
    return seqs


def test_events_removed_from_the_end_of_the_outbox_are_named(engine, db_path):
    _ledger(engine, units=2)  # two units of work: two events
    assert _outbox(db_path, "DELETE FROM outbox_event WHERE seq = (SELECT max(seq) "
                            "FROM outbox_event)") == [1]
    assert [(p.code, p.params) for p in check_database(db_path).problems] == [
        ("outbox_gap", {"first": 2, "last": 2})]


def test_an_outbox_emptied_before_head_office_acknowledged_it_is_reported(engine, db_path):
    _ledger(engine)
    assert _outbox(db_path, "DELETE FROM outbox_event") == []
    assert [p.code for p in check_database(db_path).problems] == ["outbox_gap"]


def test_an_outbox_pruned_after_head_office_acknowledged_it_passes(engine, db_path):
    _ledger(engine)
    con = dbfiles.connect(db_path)
    (last, digest), = con.execute("SELECT seq, lower(hex(hash)) FROM outbox_event")
    con.execute("INSERT INTO sync_state (key, value) VALUES ('acked_seq', ?), "
                "('acked_hash', ?)", (str(last), digest))
    con.execute("DELETE FROM outbox_event")  # what pruning does: the trigger allows it
    con.commit()
    con.close()
    assert check_database(db_path).ok


def test_a_dropped_guarding_trigger_is_named_even_with_every_row_intact(engine, db_path):
    _ledger(engine)
    _tamper(db_path, put_back=False)
    assert [(p.code, p.params) for p in check_database(db_path).problems] == [
        ("guard_missing", {"trigger": "journal_entry_no_update"}),
        ("guard_missing", {"trigger": "journal_entry_no_delete"})]


def test_a_forged_row_added_to_the_chain_is_named_with_its_id(engine, db_path):
    _ledger(engine)
    _tamper(db_path, "INSERT INTO journal_entry (id, business_date, posted_at, staff_id, kind,"
            " amount_minor, principal_minor, interest_minor, fee_minor, penalty_minor, channel,"
            " reason, hash) SELECT 4, business_date, posted_at, staff_id, kind, 99,"
            " 0, 0, 0, 0, channel, '', x'0f' FROM journal_entry WHERE id = 3")
    problems = check_database(db_path).problems
    assert [(p.code, p.params) for p in problems] == [("journal_altered", {"row": 4})]


def test_a_savings_balance_that_disagrees_with_the_ledger_is_reported(engine, db_path):
    ids = small_branch(engine)
    actor = Actor(ids["officer"], "officer", "field_officer")
    with UnitOfWork(engine, actor) as uow:
        account = uow.session.execute(text(
            "INSERT INTO savings_account (account_no, member_id, kind, annual_rate_bp,"
            " opened_on, status, balance_minor) VALUES ('S1', :m, 'compulsory', 0,"
            " '2026-01-01', 'open', 0) RETURNING id"), {"m": ids["first_member"]}).scalar()
        uow.journal.post(business_date=date(2026, 11, 25), staff_id=ids["officer"],
                         kind="savings_deposit", amount_minor=50_00,
                         member_id=ids["first_member"], savings_account_id=account)
        uow.session.execute(text("UPDATE savings_account SET balance_minor = 5001 "
                                 "WHERE id = :a"), {"a": account})
    engine.dispose()
    assert [p.code for p in check_database(db_path).problems] == ["savings_cache"]


def test_an_installment_cache_that_disagrees_with_the_ledger_is_reported(engine, db_path):
    from tests.services.test_reports import AS_OF, _loan
    ids = small_branch(engine)
    _loan(engine, ids, first_due=AS_OF, paid_installments=1)  # cache says paid, no journal
    assert {p.code for p in check_database(db_path).problems} == {"loan_cache"}


def test_db_check_command_exits_1_with_a_readable_report(engine, db_path):
    _ledger(engine)
    _tamper(db_path, "UPDATE journal_entry SET reason = 'x' WHERE id = 1")
    result = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db_path), "db",
                             "check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "journal row 1 was altered" in result.stdout


def test_a_dropped_business_date_guard_is_named(engine, db_path):
    _ledger(engine)
    con = dbfiles.connect(db_path)
    con.execute("DROP TRIGGER branch_business_date_forward")  # to set the date back
    con.commit()
    con.close()
    assert [(p.code, p.params) for p in check_database(db_path).problems] == [
        ("guard_missing", {"trigger": "branch_business_date_forward"})]
