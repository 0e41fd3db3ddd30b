"""The app that runs without Python: `make bundle`'s one-folder build, built here (or
taken from build/bundle-cache/<input hash>/ when the same inputs were built before) and
run as a branch PC would: --version, a demo and `db check`, a collection-sheet PDF, the
GUI started offscreen and closed, a newer database refused. No Python of ours is on
its path: the bundle's own interpreter runs it."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import portalocker
import pytest

from tests import dbfiles

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("bundle")]


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_bundle",
                                                  ROOT / "packaging" / "build_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle() -> Path:
    builder = _builder()
    cache = ROOT / "build" / "bundle-cache" / builder.input_hash()
    folder = cache / "shakha"
    cache.parent.mkdir(parents=True, exist_ok=True)
    # another test run in this checkout (two terminals) must not replace the folder
    # while this one runs it: one builder at a time, and the build is then reused
    with portalocker.Lock(str(cache) + ".lock", timeout=1800):
        if not builder.is_whole(folder):  # none yet, or one left broken by an interruption
            builder.build(cache, ROOT / "build" / "pyinstaller-test")
    return folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean user: its own home and data folders, no Python of ours on any path."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return dict(keep, HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_STATE_HOME=str(tmp_path / "state"), QT_QPA_PLATFORM="offscreen",
                PATH="/usr/bin:/bin")


def _run(bundle: Path, env: dict[str, str], *args: str, gui: bool = False,
         timeout: int = 300) -> subprocess.CompletedProcess:
    exe = bundle / ("shakha" if gui else "shakha-cli")
    if sys.platform == "win32":
        exe = exe.with_suffix(".exe")
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=bundle.parent)


def test_the_bundle_says_its_version_and_its_size(bundle, env):
    from app import __version__

    done = _run(bundle, env, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"shakha {__version__}"
    info = json.loads((bundle / "BUILD-INFO.json").read_text())
    assert info["bytes"] > 0 and info["seconds"] > 0


def test_a_demo_made_by_the_bundle_passes_db_check_and_prints_its_sheets(bundle, env,
                                                                          tmp_path):
    db = tmp_path / "demo.db"
    made = _run(bundle, env, "demo", "--db", str(db), "--members", "40", "--years", "1",
                "--today", "2026-11-25")
    assert made.returncode == 0, made.stderr[-2000:]
    checked = _run(bundle, env, "db", "check", "--db", str(db))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    pdf = tmp_path / "sheets.pdf"
    printed = _run(bundle, env, "print", "collection-sheets", "--db", str(db), "--date",
                   "2026-11-25", "--out", str(pdf), "--lang", "bn")
    assert printed.returncode == 0, printed.stderr[-2000:]
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000


def test_the_gui_starts_offscreen_logs_in_and_closes(bundle, env, tmp_path):
    db = tmp_path / "demo.db"
    assert _run(bundle, env, "demo", "--db", str(db), "--members", "20", "--years", "1",
                "--today", "2026-11-25").returncode == 0
    env = dict(env, SHAKHA_AUTOLOGIN="manager:demo", SHAKHA_EXIT_WHEN_SHOWN="1")
    shown = _run(bundle, env, "--db", str(db), "--lang", "bn", gui=True)
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert "shakha-timing ready" in shown.stdout


def test_a_database_of_a_newer_version_is_refused_with_a_clear_message(bundle, env,
                                                                       tmp_path):
    db = tmp_path / "demo.db"
    assert _run(bundle, env, "demo", "--db", str(db), "--members", "20", "--years", "1",
                "--today", "2026-11-25").returncode == 0
    con = dbfiles.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    refused = _run(bundle, env, "db", "check", "--db", str(db))
    assert refused.returncode != 0
    assert "made by a newer version of Shakha" in refused.stderr
    assert db.read_bytes() == before


def test_the_bundle_writes_the_import_templates(bundle, env, tmp_path):
    out = tmp_path / "book.xlsx"
    done = _run(bundle, env, "import-template", "--out", str(out), "--lang", "bn")
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes()[:2] == b"PK"
