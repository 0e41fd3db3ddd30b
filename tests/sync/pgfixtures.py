"""Real PostgreSQL for head-office tests: a database of this run's own, dropped after.

In CI (CI=true) an unreachable server fails the run; locally the tests are skipped."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import text

ADMIN_URLS = [os.environ["SHAKHA_TEST_PG"]] if os.environ.get("SHAKHA_TEST_PG") else [
    "postgresql://postgres@127.0.0.1:5432/test", "postgresql://root@127.0.0.1:5432/test"]


def _admin():  # type: ignore[no-untyped-def]
    import psycopg

    error: Exception | None = None
    for url in ADMIN_URLS:
        try:
            return url, psycopg.connect(url, autocommit=True, connect_timeout=5)
        except Exception as exc:  # noqa: BLE001
            error = exc
    raise RuntimeError(str(error))


@pytest.fixture(scope="session")
def hq_keys_path(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Head office's key file for this run (`hq init` makes it); the commands run as
    subprocesses find it through $SHAKHA_HQ_KEYS, as an administrator's would."""
    path = tmp_path_factory.mktemp("hq-keys") / "hq-keys.json"
    os.environ["SHAKHA_HQ_KEYS"] = str(path)
    return path


@pytest.fixture(scope="session")
def hq_url(hq_keys_path):  # type: ignore[no-untyped-def]
    try:
        admin_url, admin = _admin()
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    name = f"shakha_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + f"/{name}"
    from app.headoffice.db import init_database

    init_database(url, hq_keys_path)
    yield url
    admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


@pytest.fixture
def hq(request, hq_url, hq_keys_path, tmp_path):  # type: ignore[no-untyped-def]
    """A clean head-office database engine for one test: PostgreSQL, or — for a test
    parametrized with `indirect=["hq"]` and "sqlite" — the one-machine SQLite trial
    (`hq init --db sqlite:///…`), through the same code."""
    from app.headoffice.db import hq_engine, init_database

    # tests/sync and tests/headoffice each hold their own session key file and database
    # (a conftest's fixtures are its own): the commands a test runs as subprocesses must
    # find this test's key file, whichever directory's test ran before it on the worker
    os.environ["SHAKHA_HQ_KEYS"] = str(hq_keys_path)
    if getattr(request, "param", "postgresql") == "sqlite":
        url = f"sqlite:///{tmp_path / 'head-office.db'}"
        init_database(url, hq_keys_path)
        engine = hq_engine(url)
        yield engine
        engine.dispose()
        return
    engine = hq_engine(hq_url)
    clean_head_office(engine)
    yield engine
    engine.dispose()


def pytest_generate_tests(metafunc):  # type: ignore[no-untyped-def]
    """Protocol tests run against both head-office databases: a module that says
    `HQ_DATABASES = ("postgresql", "sqlite")` has each of its tests that use `hq` run
    on each (the conftests of tests/sync and tests/headoffice take this hook)."""
    databases = getattr(metafunc.module, "HQ_DATABASES", None)
    if databases and "hq" in metafunc.fixturenames:
        metafunc.parametrize("hq", databases, indirect=True)


@pytest.fixture
def hq_keys(hq_url, hq_keys_path):  # type: ignore[no-untyped-def]
    """Head office's keys (from its key file)."""
    from app.headoffice.keys import HqKeys

    return HqKeys.load(hq_keys_path)


def clean_head_office(engine) -> None:  # type: ignore[no-untyped-def]
    """Every head-office table empty, as on the day it was set up."""
    from app.headoffice.models import HqBase

    tables = ", ".join(t.name for t in HqBase.metadata.sorted_tables
                       if t.name != "hq_public_key")  # the key file's, set up by hq init
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables}"))
