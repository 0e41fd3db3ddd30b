"""Repeatable measurements, each against a baseline measured in the same run.

Each benchmark module `benchmarks/<name>.py` defines `run() -> dict` returning
`{"name", "value", "baseline", "ratio", "target", "unit"}` (plus optional extra keys);
`python -m benchmarks [NAME ...]` prints one JSON line per benchmark.
"""

BENCHMARKS = ("startup", "demo", "schedule", "meeting_post", "today", "print_day",
              "sync_ingest", "sync_wire", "resync_30d", "reports", "bureau_file",
              "import_book", "login", "db_size", "hq_project", "hq_load")
