from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Group, Member
from app.db.uow import Actor
from app.services.savings import open_account
from tests.builders import make_village
from ui.views.cash_view import CashView, CounterDialog
from ui.views.groups_view import FormGroupDialog, GroupsView
from ui.views.members_view import MemberPageDialog, MembersView, RegisterMemberDialog


def _count(engine, table):
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(table))


def test_a_group_is_formed_from_the_dialog_and_listed(ctx, qtbot):
    with Session(ctx.engine) as s, s.begin():
        make_village(s)
    view = GroupsView(ctx)
    qtbot.addWidget(view)
    dialog = FormGroupDialog(ctx, view)
    qtbot.addWidget(dialog)
    dialog.name_en.setText("Padma")
    dialog.name_bn.setText("পদ্মা")
    dialog.time.setText("11:30")
    dialog.save()
    assert dialog.formed is not None
    view.refresh()
    assert "Padma" in [g.name_en for g in view.model.rows]


def test_a_duplicate_is_shown_and_registered_only_when_confirmed(ctx, qtbot, monkeypatch):
    """'The same person?' defaults to No (Enter does not register her twice)."""
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a) or a[4])
    with Session(ctx.engine) as s:
        existing = s.scalars(select(Member)).first()
        number = existing.id_document_number
    before = _count(ctx.engine, Member)
    dialog = RegisterMemberDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_en.setText("Someone Else")
    dialog.id_number.setText(number)
    dialog.income.setText("১২০০০০")
    dialog.save()
    assert _count(ctx.engine, Member) == before and existing.code in answers[0][2]
    assert answers[0][4] == QMessageBox.StandardButton.No  # the default
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.save()
    assert _count(ctx.engine, Member) == before + 1
    assert dialog.registered.member_id is not None


def test_an_officer_cannot_register_a_second_member_with_the_same_id(ctx, qtbot,
                                                                      monkeypatch):
    from ui.context import AppContext

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    officer = AppContext(ctx.engine, Actor(ctx.ids["officer"], "officer1", "field_officer"),
                         "en")
    with Session(ctx.engine) as s:
        number = s.scalars(select(Member)).first().id_document_number
    before = _count(ctx.engine, Member)
    dialog = RegisterMemberDialog(officer)
    qtbot.addWidget(dialog)
    dialog.name_en.setText("Someone Else")
    dialog.id_number.setText(number)
    dialog.save()
    assert _count(ctx.engine, Member) == before and "branch manager" in told[0]


def test_every_wrong_field_is_shown_beside_it_at_once(ctx, qtbot):
    dialog = RegisterMemberDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.income.setText("lots")
    dialog.birth.setText("31/02/1990")
    dialog.phone.setText("98x")
    before = _count(ctx.engine, Member)
    dialog.save()
    shown = {field for field, label in dialog.problems.items() if label.isVisible()}
    assert shown == {"name", "income", "birth", "phone"}
    assert _count(ctx.engine, Member) == before and dialog.focusWidget() is dialog.name_en
    dialog.name_en.setText("Rina Das")
    dialog.income.setText("60000")
    dialog.birth.setText("")
    dialog.phone.setText("")
    dialog.save()
    assert dialog.registered is not None and not any(
        label.isVisible() for label in dialog.problems.values())


def test_after_registering_her_code_is_said_and_she_is_selected(ctx, qtbot, monkeypatch):
    view = MembersView(ctx)
    qtbot.addWidget(view)
    view.show()

    def fill_and_save(dialog):
        dialog.name_en.setText("New Woman")
        dialog.save()
        return 1

    monkeypatch.setattr(RegisterMemberDialog, "exec", fill_and_save)
    view.register()
    member = view.selected_row()
    assert member is not None and member.name_en == "New Woman"
    assert member.code in view.notice.text() and view.notice.isVisible()


def test_the_members_view_searches_and_opens_the_member_page(ctx, qtbot):
    view = MembersView(ctx)
    qtbot.addWidget(view)
    view.search.setText("সদস্য")
    assert view.model.rows
    page = MemberPageDialog(ctx, view.model.rows[0].id, view)
    qtbot.addWidget(page)
    assert view.model.rows[0].code in page.windowTitle()


def test_a_counter_deposit_from_the_cash_page_enters_the_cash_book(ctx, qtbot):
    with Session(ctx.engine) as s:
        member = s.scalars(select(Member)).first()
        officer = Actor(s.scalars(select(Group)).first().field_officer_id, "o", "field_officer")
    open_account(ctx.engine, officer, member.id, "voluntary")
    view = CashView(ctx)
    qtbot.addWidget(view)
    dialog = CounterDialog(ctx, False, view)
    qtbot.addWidget(dialog)
    dialog.member.setText(member.code)
    dialog.find_accounts()
    dialog.amount.setText("২৫০")
    dialog.save()
    assert dialog.done_movement.balance_minor == 250_00
    view.refresh()
    assert view.book.receipts_minor == 250_00


def test_the_date_of_birth_is_typed_day_first_and_a_bad_one_is_explained(ctx, qtbot,
                                                                          monkeypatch):
    from datetime import date

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = RegisterMemberDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name_en.setText("Rina Das")
    dialog.birth.setText("৩১/০১/১৯৯০")
    assert dialog.new_member().date_of_birth == date(1990, 1, 31)
    dialog.birth.setText("1990-31-01")
    assert dialog.new_member() is None and "25/11/2026" in dialog.problems["birth"].text()


def test_a_date_of_death_that_cannot_be_read_is_asked_again_as_typed(ctx, qtbot,
                                                                     monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    typed, offered, shown = iter([("31/02/2026", True), ("20/11/2026", True)]), [], []

    def ask(_parent, _title, _label, text=""):
        offered.append(text)
        return next(typed)

    monkeypatch.setattr(QInputDialog, "getText", ask)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    view = MembersView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(0)
    member = view.selected_row()
    view.death()
    assert offered[1] == "31/02/2026" and "Not a date" in shown[0]
    with Session(ctx.engine) as s:
        assert s.get(Member, member.id).status == "dead"
