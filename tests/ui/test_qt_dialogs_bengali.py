"""Qt's own dialogs on a Bengali screen speak Bengali: the file dialog the app opens to
save or open a file, the print dialog behind Print… (with its options and the printer's
properties), message and input boxes, and the copy/paste menu of a text field.

Each dialog is opened as the app opens it (ui/std_dialogs.py, the print preview's
buttons) and every text a user can see or point at is read: labels, buttons, tabs,
group titles, the current item of each list box, column headers and tooltips. None may
hold a Latin letter, except what is not a word: a file's path or name, a file pattern
such as (*.pdf), the format name PDF, a shortcut letter, "(&S)", and a menu item's keys
as the keyboard has them, "Ctrl+C". A screenshot of each
is saved (pytest's tmp folder) to be looked at.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from app.format import to_bengali_digits
from tests.ui.test_save_as_pdf import PDF
from ui import std_dialogs
from ui.i18n import install_language
from ui.views.print_preview import PrintPreviewDialog

ROOT = Path(__file__).resolve().parents[2]
LATIN = re.compile(r"[A-Za-z]")
# a shortcut letter "(&S)", a file pattern, the format's name, the keys of a shortcut
# as printed on the keyboard ("\tCtrl+Z" after a menu item)
NOT_WORDS = re.compile(r"\(&[A-Za-z]\)|\(\*[^)]*\)|\*\.\w+|\bPDF\b|\t[\w+]+$")


def visible_texts(dialog: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything on `dialog` a user reads: its title, and each
    visible widget's text, title, tab names, current list item, headers and tooltip."""
    found = [("window title", dialog.windowTitle())]
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if widget is not dialog and not widget.isVisibleTo(dialog):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, QTabWidget):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            found.append((where, widget.currentText()))
        if isinstance(widget, QLineEdit):
            found += [(where, widget.text()), (where, widget.placeholderText())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "header", None)
            if header is not None and header().isVisibleTo(dialog):
                found += [(where + " header", str(model.headerData(
                    column, Qt.Orientation.Horizontal) or ""))
                    for column in range(model.columnCount())
                    if not header().isSectionHidden(column)]
        found.append((where + " tooltip", widget.toolTip()))
        for action in widget.actions():
            found += [(where + " action", action.text()), (where + " action", action.toolTip())]
    return [(where, text) for where, text in found if text]


def english(texts: list[tuple[str, str]], paths: tuple[str, ...] = ()) -> list[str]:
    """The texts that still hold an English word (paths and file names allowed)."""
    bad = []
    for where, text in texts:
        rest = text
        for path in sorted(paths, key=len, reverse=True):
            rest = rest.replace(path, " ")
        rest = NOT_WORDS.sub(" ", rest)
        if LATIN.search(rest):
            bad.append(f"{where}: {text!r}")
    return bad


def when_open(kind: type, look: Callable[[QDialog], None]) -> list[str]:
    """Run `look(dialog)` on the next modal `kind` dialog once it is shown, then close it;
    returns the problems (an exception inside Qt's event loop would be lost)."""
    problems: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        try:
            QApplication.processEvents()
            look(dialog)
        except Exception as exc:  # noqa: BLE001 - reported after the dialog closed
            problems.append(f"{type(exc).__name__}: {exc}")
        finally:
            dialog.reject()

    QTimer.singleShot(0, poll)
    return problems


@pytest.fixture
def bengali(qapp):
    install_language("bn")
    yield
    install_language("en")


def shot(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path)), path


def test_the_file_dialog_the_app_opens_is_qts_own_and_all_bengali(bengali, qtbot, tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "collection sheet.pdf").write_bytes(PDF)
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.resize(900, 560)
        dialog.setDirectory(str(folder))  # the folder's entries, not the whole machine
        qtbot.wait(300)  # the file list is read in a thread
        dialog.setViewMode(QFileDialog.ViewMode.Detail)  # the columns: name, size, type, date
        shot(dialog, tmp_path / "file_dialog_bn.png")
        texts = visible_texts(dialog)
        seen.extend(text for _w, text in texts)
        problems.extend(english(texts, (str(folder), str(tmp_path), "collection sheet.pdf",
                                        "collection sheet", "x.pdf", "/")))
        files = dialog.findChild(QAbstractItemView, "treeView")
        folder_index = files.rootIndex()
        kinds = [str(files.model().index(r, 2, folder_index).data())
                 for r in range(files.model().rowCount(folder_index))]
        assert kinds == ["PDF নথি"], kinds  # the file's type, as the list shows it
        size, modified = (str(files.model().index(0, c, folder_index).data()) for c in (1, 3))
        # not "192 bytes": Qt writes it by the computer's locale, the app by the reader's
        assert size == f"{to_bengali_digits(str(len(PDF)))} বাইট", size
        assert not re.search(r"[0-9A-Za-z]", modified) and modified, modified
        # its context menu (rename, delete, show hidden files, new folder)
        view = dialog.findChild(QAbstractItemView, "treeView")
        menu_texts = [a.text() for a in view.actions()] if view is not None else []
        problems.extend(english([("context menu", t) for t in menu_texts]))

    problems = when_open(QFileDialog, look)
    path = std_dialogs.save_file_name(None, "সংরক্ষণ", str(folder / "x.pdf"), "PDF (*.pdf)")
    assert path == ""  # closed without choosing
    assert problems == []
    assert (tmp_path / "file_dialog_bn.png").exists()
    assert {"নাম", "আকার", "ধরন"} <= set(seen), seen  # the list's columns
    assert any("ফাইলের নাম" in text for text in seen)


def test_the_folder_and_open_dialogs_are_qts_own_and_bengali(bengali, tmp_path):
    problems_open = when_open(QFileDialog, lambda d: problems_open.extend(
        english(visible_texts(d), (str(tmp_path), "/"))
        + ([] if d.testOption(QFileDialog.Option.DontUseNativeDialog) else ["native"])))
    assert std_dialogs.open_file_name(None, "খুলুন", str(tmp_path)) == ""
    problems_folder = when_open(QFileDialog, lambda d: problems_folder.extend(
        english(visible_texts(d), (str(tmp_path), "/"))
        + ([] if d.testOption(QFileDialog.Option.DontUseNativeDialog) else ["native"])))
    assert std_dialogs.existing_directory(None, "ফোল্ডার", str(tmp_path)) == ""
    assert problems_open == [] and problems_folder == []


def test_the_print_preview_and_the_print_dialog_behind_it_are_bengali(bengali, qtbot,
                                                                        tmp_path):
    preview = PrintPreviewDialog("আদায় শিট", PDF)
    qtbot.addWidget(preview)
    preview.show()
    shot(preview, tmp_path / "print_preview_bn.png")
    assert english(visible_texts(preview)) == []
    properties: list[str] = []

    def look(dialog: QDialog) -> None:
        more = next(b for b in dialog.findChildren(QAbstractButton)
                    if b.text().endswith(">>"))
        more.click()  # Options >>: copies, page range, colour, both sides
        QApplication.processEvents()
        shot(dialog, tmp_path / "print_dialog_bn.png")
        texts = visible_texts(dialog)
        tabs = dialog.findChild(QTabWidget)
        if tabs is not None:  # the second tab (colour, both sides) too
            tabs.setCurrentIndex(1)
            QApplication.processEvents()
            shot(dialog, tmp_path / "print_dialog_options_bn.png")
            texts += visible_texts(dialog)
        file_name = dialog.findChild(QLineEdit, "filename")
        paths = (file_name.text(),) if file_name is not None and file_name.text() else ()
        from PySide6.QtPrintSupport import QPrinterInfo

        for printer in QPrinterInfo.availablePrinters():  # a machine's printers are names
            paths += (printer.printerName(), printer.description(), printer.location(),
                      printer.makeAndModel())
        problems.extend(english(texts, tuple(p for p in paths if p)))
        found = {text for _w, text in texts}
        assert "প্রিন্ট করুন (&P)" in found or "প্রিন্ট করুন" in found, found
        button = next(b for b in dialog.findChildren(QAbstractButton)
                      if b.objectName() == "properties")

        def look_properties(box: QDialog) -> None:
            shot(box, tmp_path / "printer_properties_bn.png")
            properties.extend(english(visible_texts(box)))

        properties.extend(when_open(QDialog, look_properties))
        assert button.isEnabled()
        button.click()  # the printer's properties: paper size, orientation, margins
        problems.extend(properties)

    problems = when_open(QDialog, look)
    preview.print_document()  # the dialog closes without printing
    assert problems == []
    for name in ("print_dialog_bn", "print_dialog_options_bn", "printer_properties_bn"):
        assert (tmp_path / f"{name}.png").exists(), name  # each was opened and looked at


def test_message_and_input_boxes_and_the_text_menu_are_bengali(bengali, qtbot, tmp_path):
    box = QMessageBox(QMessageBox.Icon.Question, "প্রশ্ন", "মুছে ফেলবেন?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("বিস্তারিত")
    qtbot.addWidget(box)
    box.show()
    shot(box, tmp_path / "message_box_bn.png")
    assert english(visible_texts(box)) == []
    asked = QInputDialog()
    qtbot.addWidget(asked)
    asked.setInputMode(QInputDialog.InputMode.TextInput)
    asked.setLabelText("কারণ")
    asked.show()
    assert english(visible_texts(asked)) == []
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        texts = [("menu", a.text()) for a in menu.actions() if not a.isSeparator()]
        assert texts and english(texts) == [], texts


def test_a_number_or_date_boxs_menu_and_the_wizards_buttons_are_bengali(bengali, qtbot):
    """A spin box's right-click menu (installments, idle minutes, the audit's dates) and
    the first-run wizard's own buttons are Qt's texts too."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QDateEdit, QSpinBox, QWizard

    for field in (QSpinBox(), QDateEdit()):
        qtbot.addWidget(field)
        field.show()
        seen: list[tuple[str, str]] = []

        def read_and_close(seen: list[tuple[str, str]] = seen) -> None:
            menu = QApplication.activePopupWidget()
            seen.extend(("menu", a.text()) for a in menu.actions() if not a.isSeparator())
            menu.close()

        QTimer.singleShot(50, read_and_close)
        QApplication.sendEvent(field, QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), field.mapToGlobal(QPoint(5, 5))))
        assert seen and english(seen) == [], seen
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    texts = [("button", b.text()) for b in (wizard.button(which) for which in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton))]
    assert english(texts) == [], texts


def test_qts_own_texts_are_translated_whenever_bengali_is_installed(qapp):
    install_language("bn")
    try:
        said = {QCoreApplication.translate("QFileDialog", "File &name:"),
                QCoreApplication.translate("QPrintDialog", "&Print"),
                QCoreApplication.translate("QPageSetupWidget", "Portrait")}
    finally:
        install_language("en")
    assert said == {"ফাইলের নাম (&N):", "প্রিন্ট করুন (&P)", "লম্বালম্বি"}
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "File &name:"


def test_every_file_and_print_dialog_of_the_app_goes_through_the_one_helper():
    """A file dialog opened directly (QFileDialog.getSaveFileName) may be the system's,
    which speaks English: only ui/std_dialogs.py opens them."""
    direct = re.compile(r"QFileDialog\.get|QFileDialog\(|QPrintDialog\(|QPageSetupDialog\(")
    found = [f"{path.relative_to(ROOT)}:{number}"
             for path in (ROOT / "ui").rglob("*.py") if path.name != "std_dialogs.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if direct.search(line)]
    assert found == []


def test_an_os_refusal_reaching_a_message_box_says_why_in_bengali(bengali):
    import errno

    from ui.ops import error_text

    said = error_text(PermissionError(errno.EACCES, "Permission denied", "/media/usb/x.pdf"))
    assert said.startswith("কাজটি করা গেল না: এই কম্পিউটারের ব্যবহারকারীর"), said
    assert "Permission" not in said


def test_choosing_a_file_in_the_bengali_file_dialog_returns_its_path(bengali, qtbot, tmp_path):
    (tmp_path / "receipt.shakha").write_bytes(b"x")

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, choose)
            return
        dialog.selectFile(str(tmp_path / "receipt.shakha"))
        dialog.accept()

    QTimer.singleShot(0, choose)
    assert std_dialogs.open_file_name(None, "রসিদ", str(tmp_path)) == \
        str(tmp_path / "receipt.shakha")


def test_file_sizes_read_in_the_readers_digits_and_words(bengali):
    assert std_dialogs.file_size(180, "bn") == "১৮০ বাইট"
    assert std_dialogs.file_size(1536, "bn") == "১.৫ কিলোবাইট"
    assert std_dialogs.file_size(3 * 1024 ** 3, "bn") == "৩.০ গিগাবাইট"
    install_language("en")
    assert std_dialogs.file_size(1536, "en") == "1.5 KB"


def test_saving_over_a_file_asks_in_bengali(bengali, tmp_path):
    (tmp_path / "cash book.pdf").write_bytes(PDF)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        asked.extend(text for _w, text in visible_texts(box))
        box.reject()  # No: the file dialog stays, then is closed
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())

    def save_over() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, save_over)
            return
        dialog.selectFile(str(tmp_path / "cash book.pdf"))
        QTimer.singleShot(0, answer)
        dialog.accept()

    QTimer.singleShot(0, save_over)
    assert std_dialogs.save_file_name(None, "সংরক্ষণ", str(tmp_path), "PDF (*.pdf)") == ""
    assert any("আগে থেকেই আছে" in text for text in asked), asked
    assert english([("question", text) for text in asked], ("cash book.pdf",)) == []
