"""Branch side of sync: the wire format, the client, USB bundles.

Features never know how data travels: they emit outbox events through the unit of
work; this package moves them to head office exactly once and brings reference data
back (SYNC.md).
"""
