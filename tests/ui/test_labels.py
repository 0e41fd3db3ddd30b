"""No raw database code (written_off, present, compulsory …) reaches a screen."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from app.services.savings import open_account
from tests.services.meeting_world import meeting_world
from ui.context import AppContext
from ui.i18n import install_language
from ui.labels import ATTENDANCE, JOURNAL_KIND, LOAN_STATUS, MEMBER_STATUS, SAVINGS_KIND
from ui.views.members_view import MemberPageDialog

CODES = set(LOAN_STATUS) | set(JOURNAL_KIND) | set(SAVINGS_KIND) | set(ATTENDANCE) | set(
    MEMBER_STATUS)


def test_the_member_page_speaks_bengali_not_codes(engine, qapp, qtbot):
    world = meeting_world(engine)
    member = world.members[0]
    open_account(engine, world.officer, member, "voluntary")
    post_meeting(engine, world.officer, MeetingEntry(
        world.meeting_id, 100_00, (MeetingRow(member, "present", 100_00),)))
    install_language("bn")
    try:
        page = MemberPageDialog(AppContext(engine, world.manager, "bn"), member)
        qtbot.addWidget(page)
        texts = {table.item(r, c).text() for table in page.findChildren(QTableWidget)
                 for r in range(table.rowCount()) for c in range(table.columnCount())
                 if table.item(r, c)}
    finally:
        install_language("en")
    assert {"উপস্থিত", "ঐচ্ছিক", "বিতরণ হয়েছে"} <= texts
    assert texts & CODES == set()


def test_registration_offers_the_countrys_identity_documents_by_name(engine, qapp, qtbot):
    from ui.views.members_view import RegisterMemberDialog

    world = meeting_world(engine, profile="bangladesh_mra")
    dialog = RegisterMemberDialog(AppContext(engine, world.manager, "en"))
    qtbot.addWidget(dialog)
    offered = [(dialog.id_type.itemText(i), dialog.id_type.itemData(i))
               for i in range(dialog.id_type.count())]
    assert offered == [("National ID card (NID)", "nid"), ("Voter ID card", "voter_id")]


def test_every_kind_of_journal_row_is_worded_in_both_languages(qapp):
    """The Cash page lists every kind of row the journal keeps — a day-close difference
    and its settlement too — so each has its words, never its code."""
    from app.db.ledger import CASH_SIGN
    from ui.labels import journal_kind

    assert set(CASH_SIGN) <= set(JOURNAL_KIND)
    install_language("bn")
    try:
        bengali = {kind: journal_kind(kind) for kind in CASH_SIGN}
    finally:
        install_language("en")
    english = {kind: journal_kind(kind) for kind in CASH_SIGN}
    assert [k for k in CASH_SIGN if english[k] == bengali[k] or english[k] == k] == []
