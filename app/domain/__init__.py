"""Pure business rules: money, schedules, eligibility, sanction powers, calendars, ageing.

Imports only the standard library (and babel for formats). No Qt, no SQLAlchemy, no I/O.
"""
