"""Shakha: the branch office system of a rural microfinance institution (everything but Qt)."""

__version__ = "0.1.0"
