"""The Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 released None once too often on every void QTableWidget call; on
Python 3.11 (mortal None) the meeting screen aborted the process ("none_dealloc") after
a few thousand keystrokes. This pins the behaviour the app relies on."""

import sys

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def test_table_calls_keep_the_reference_count_of_none(qtbot):
    table = QTableWidget(20, 3)
    qtbot.addWidget(table)
    before = sys.getrefcount(None)
    for row in range(200):
        table.setItem(row % 20, 1, QTableWidgetItem("1"))
        table.item(row % 20, 2)  # an empty cell: returns None
        table.setRowCount(20)
    assert sys.getrefcount(None) >= before - 5
