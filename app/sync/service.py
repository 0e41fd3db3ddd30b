"""Use cases of sync for the UI: settings, sync now (background), USB export/receipt.

The UI calls these through ui.ops.run_op (a worker thread); `progress(percent, text)`
and `cancelled()` come from run_op. The last error is kept (text + params, to be
translated where it is shown) until a sync succeeds.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.errors import QT_TR_NOOP, ShakhaError, ValidationError
from app.sync.bundle import export_bundle, import_receipt
from app.sync.client import SyncClient, SyncResult, read_key_file
from app.sync.outbox import get_state, set_state


@dataclass(frozen=True)
class SyncSettings:
    hq_url: str
    key_file: str
    last_error_text: str | None
    last_error_params: dict
    server_time: str | None


def sync_settings(engine: Engine) -> SyncSettings:
    with Session(engine) as session:
        error = get_state(session, "last_error")
        parsed = json.loads(error) if error else {}
        return SyncSettings(get_state(session, "hq_url"), get_state(session, "key_file"),
                            parsed.get("text"), parsed.get("params", {}),
                            get_state(session, "server_time") or None)


def save_sync_settings(engine: Engine, hq_url: str, key_file: str) -> None:
    hq_url, key_file = hq_url.strip(), key_file.strip()
    if hq_url and not hq_url.startswith(("http://", "https://")):
        raise ValidationError(QT_TR_NOOP("Head office's address starts with http:// or "
                                         "https://"))
    with Session(engine) as session, session.begin():
        set_state(session, "hq_url", hq_url)
        set_state(session, "key_file", key_file)


def _remember_error(engine: Engine, error: ShakhaError | None) -> None:
    with Session(engine) as session, session.begin():
        set_state(session, "last_error", "" if error is None else json.dumps(
            {"text": error.text, "params": {k: str(v) for k, v in error.params.items()}}))


def sync_with_head_office(engine: Engine, *,
                          progress: Callable[[int, str], None] | None = None,
                          cancelled: Callable[[], bool] | None = None) -> SyncResult:
    settings = sync_settings(engine)
    if not settings.hq_url or not settings.key_file:
        raise ValidationError(QT_TR_NOOP("Set head office's address and the key file "
                                         "first."))

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(100 * done // total if total else 100, "")

    try:
        client = SyncClient(engine, settings.hq_url, read_key_file(settings.key_file),
                            progress=report, cancel=cancelled)
        try:
            result = client.run()
        finally:
            client.close()
    except ShakhaError as exc:
        _remember_error(engine, exc)
        raise
    _remember_error(engine, None)
    return result


def export_usb_bundle(engine: Engine, out: str) -> int:
    return export_bundle(engine, read_key_file(sync_settings(engine).key_file), Path(out))


def import_usb_receipt(engine: Engine, path: str) -> int:
    return import_receipt(engine, read_key_file(sync_settings(engine).key_file), Path(path))
