"""Head-office server: HTTP API, ingest of branch events, reference data (PostgreSQL)."""
