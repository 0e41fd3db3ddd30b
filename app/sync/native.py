"""Head office's upload loop in C (app/sync/_fastchain.c), where it was built.

`make venv` builds it where a compiler and the OpenSSL and Python headers are found
(pyproject.toml); `fastchain` is None elsewhere, and the modules that use it run their
own Python code instead, which gives the same results (tests/sync/test_fastchain.py).
"""

from __future__ import annotations

import importlib
from types import ModuleType

fastchain: ModuleType | None
try:  # by name: mypy has no stubs for it (the bundle collects every module of app)
    fastchain = importlib.import_module("app.sync._fastchain")
except ImportError:  # pragma: no cover - an install without a compiler
    fastchain = None
