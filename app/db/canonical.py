"""Canonical JSON and SHA-256 chaining: the protocol's (app.sync.canonical), used by the
branch's journal and outbox as by head office."""

from app.sync.canonical import (  # noqa: F401 - re-exported for the branch's modules
    GENESIS_HASH,
    canonical_json,
    chain_hash,
    json_object,
)
