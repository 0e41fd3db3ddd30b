"""The screens import nothing from the data layer: they hold an Actor and a database
handle from app.services and call services (app.services.database for opening it)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_no_screen_imports_the_data_layer():
    found = [f"{path.relative_to(UI.parent)}: {name}"
             for path in sorted(UI.rglob("*.py")) for name in _imports(path)
             if name == "app.db" or name.startswith("app.db.") or name == "sqlalchemy"
             or name.startswith("sqlalchemy.")]
    assert found == []


def test_the_scan_sees_imports_inside_functions_and_type_checking(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    from app.db.uow import Actor\ndef f():\n    import app.db.engine\n")
    assert _imports(sample) == ["typing", "app.db.uow", "app.db.engine"]
