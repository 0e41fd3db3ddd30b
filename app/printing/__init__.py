"""Printed documents (reportlab): collection sheets, passbooks, loan cards, KFS, receipts.

Documents take plain dataclasses and return PDF bytes; app/services/printing.py gathers
the data. Text goes through app.printing.text, which shapes Bengali with HarfBuzz.
"""
