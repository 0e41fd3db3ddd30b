"""The Cash page takes funds in and sends cash to the bank, keyboard first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.keys import active, type_text
from ui.views.cash_transfer_dialog import ReverseTransferDialog, TransferDialog
from ui.views.cash_view import CashView


def test_a_fund_typed_in_bengali_digits_shows_in_the_cash_book(ctx, qtbot):
    view = CashView(ctx)
    qtbot.addWidget(view)
    assert not view.fund_in_button.isHidden() and not view.reverse_button.isHidden()
    dialog = TransferDialog(ctx, "in", view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.amount, "২৫,০০০")
    qtbot.keyClicks(dialog.reference, "HO advice 12")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert dialog.journal_id is not None
    view.refresh()
    assert view.book.closing_minor == 25_000_00
    assert view.model.rows[0].kind == "cash_transfer_in"
    assert view.model.data(view.model.index(0, 0)) == "Fund from head office / bank"


def test_sending_more_than_is_in_hand_is_explained_and_the_form_stays_filled(
        ctx, qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = TransferDialog(ctx, "out", None)
    qtbot.addWidget(dialog)
    dialog.amount.setText("500")
    dialog.reference.setText("slip 4")
    dialog.accept()
    assert dialog.journal_id is None and dialog.amount.text() == "500"
    assert warnings == ["Only 0.00 is in hand; 500.00 cannot be sent."]


def test_the_manager_reverses_a_transfer_from_the_list(ctx, qtbot):
    fund = TransferDialog(ctx, "in", None)
    qtbot.addWidget(fund)
    fund.amount.setText("1000")
    fund.reference.setText("cheque 7")
    fund.accept()
    dialog = ReverseTransferDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert not dialog.empty and "1,000.00 · cheque 7" in dialog.transfer.itemText(0)
    dialog.reason.setText("wrong cheque")
    dialog.accept()
    assert dialog.journal_id is not None
    assert ReverseTransferDialog(ctx, None).empty


def test_ctrl_p_on_the_cash_page_previews_the_days_cash_book(ctx, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("ui.views.print_preview.preview_pdf",
                        lambda _parent, title, pdf: shown.append((title, pdf)))
    view = active(qtbot, CashView(ctx))
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0][0] == "Cash book" and shown[0][1].startswith(b"%PDF")
