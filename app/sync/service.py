"""Use cases of sync for the UI: settings, sync now, background sync, USB bundles.

The UI calls these through ui.ops.run_op (a worker thread); `progress(percent, text)`
and `cancelled()` come from run_op. The last error is kept (text + params, to be
translated where it is shown) until a sync succeeds. The app also syncs by itself
(ui.background_sync calls `background_sync` every minute): when head office answers
and something waits, or reference data was pulled more than PULL_EVERY ago.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.uow import Actor
from app.errors import QT_TR_NOOP, ShakhaError, ValidationError
from app.services import roles
from app.services.roles import require
from app.sync.address import check_hq_url
from app.sync.bundle import export_epoch_request, import_receipt
from app.sync.client import SyncClient, SyncResult
from app.sync.device import NOT_ENROLLED, NotEnrolled
from app.sync.enrolment import Enrolled, enrol_online, read_enrolment
from app.sync.outbox import get_state, last_sync_error, remember_sync_error, set_state
from app.sync.usb_snapshot import export_with_snapshot

PULL_EVERY = timedelta(minutes=15)  # background: fetch head office's news this often
HEALTH_TIMEOUT_SECONDS = 5.0
_ONE_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class SyncSettings:
    hq_url: str
    enrolled: bool  # the device has its key (app.sync.enrolment); no key file needed


def sync_settings(engine: Engine) -> SyncSettings:
    with Session(engine) as session:
        return SyncSettings(get_state(session, "hq_url"), bool(get_state(session,
                                                                          "device_key")))


def save_sync_settings(engine: Engine, actor: Actor, hq_url: str) -> None:
    """Head office's address (the manager only: app.services.roles, SYNC_SETTINGS)."""
    require(actor, roles.SYNC_SETTINGS)
    hq_url = check_hq_url(hq_url) if hq_url.strip() else ""
    with Session(engine) as session, session.begin():
        set_state(session, "hq_url", hq_url)


def restored_from_backup(engine: Engine) -> bool:
    """The last sync found this database older than what head office holds: the Sync
    page then offers to continue in a new epoch."""
    with Session(engine) as session:
        error = last_sync_error(session)
    return error is not None and error.restored


def sync_with_head_office(engine: Engine, *,
                          progress: Callable[[int, str], None] | None = None,
                          cancelled: Callable[[], bool] | None = None,
                          wait: bool = True) -> SyncResult | None:
    """One sync at a time per process: a manual sync waits for a background one to
    finish; a background sync (wait=False) is skipped (None) while another runs."""
    if not _ONE_AT_A_TIME.acquire(blocking=wait):
        return None
    try:
        return _sync(engine, progress, cancelled)
    finally:
        _ONE_AT_A_TIME.release()


def start_new_epoch(engine: Engine, actor: Actor, *,
                    progress: Callable[[int, str], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> SyncResult | None:
    """A database restored from an old backup continues in a new epoch (the branch
    manager decides): head office confirms which of the events still held it already
    has; the others are re-chained in the new epoch and sent. Nothing at head office is
    rewritten, and its alarm records the restore."""
    require(actor, roles.SYNC_SETTINGS)
    with _ONE_AT_A_TIME:
        settings = _settings_ready(engine)
        try:
            client = SyncClient(engine, settings.hq_url)
            try:
                client.new_epoch()
            finally:
                client.close()
        except ShakhaError as exc:
            remember_sync_error(engine, exc)
            raise
        return _sync(engine, progress, cancelled)


def _settings_ready(engine: Engine) -> SyncSettings:
    settings = sync_settings(engine)
    if not settings.enrolled:
        raise NotEnrolled(NOT_ENROLLED)
    if not settings.hq_url:
        raise ValidationError(QT_TR_NOOP("Set head office's address first."))
    return settings


def _sync(engine: Engine, progress: Callable[[int, str], None] | None,
          cancelled: Callable[[], bool] | None) -> SyncResult:
    settings = _settings_ready(engine)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(100 * done // total if total else 100, "")

    try:
        client = SyncClient(engine, settings.hq_url, progress=report, cancel=cancelled)
        try:
            result = client.run()
        finally:
            client.close()
    except ShakhaError as exc:
        remember_sync_error(engine, exc)
        raise
    remember_sync_error(engine, None)
    with Session(engine) as session, session.begin():
        set_state(session, "last_sync_time", utcnow().isoformat(timespec="seconds"))
    return result


def head_office_reachable(hq_url: str, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    """Connectivity as the branch can know it: head office answers GET /health."""
    try:
        return httpx.get(hq_url.rstrip("/") + "/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def background_sync_due(engine: Engine) -> bool:
    """Something waits for head office, or reference data was last pulled long ago."""
    from app.services.status import status_summary

    with Session(engine) as session:
        last = get_state(session, "last_sync_time")
    if status_summary(engine).pending_events:
        return True
    try:
        return not last or utcnow() - datetime.fromisoformat(last) > PULL_EVERY
    except ValueError:
        return True


def background_sync(engine: Engine) -> SyncResult | None:
    """The sync the app runs by itself: only when it is set up, has something to do and
    head office answers; otherwise None, quietly (offline is a branch's normal state).
    A failure once connected is remembered and shown like a manual sync's."""
    settings = sync_settings(engine)
    if not settings.hq_url or not settings.enrolled or not background_sync_due(engine):
        return None
    if not head_office_reachable(settings.hq_url):
        return None
    return sync_with_head_office(engine, wait=False)


def export_usb_bundle(engine: Engine, out: str) -> tuple[int, int | None]:
    """The bundle (and, before head office has it, the branch's history beside it as
    `<out>.snapshot`); returns (events written, snapshot chunks or None)."""
    return export_with_snapshot(engine, Path(out))


def export_usb_epoch_request(engine: Engine, actor: Actor, out: str) -> int:
    """The USB way to continue a restored database in a new epoch (the manager decides):
    head office's receipt for this request starts the epoch. Returns events held."""
    require(actor, roles.SYNC_SETTINGS)
    return export_epoch_request(engine, Path(out))


def import_usb_receipt(engine: Engine, path: str) -> int:
    """Apply head office's receipt; like a network sync, it is remembered as the last
    error when it fails (a restored database then shows how to continue)."""
    try:
        acked = import_receipt(engine, Path(path))
    except ShakhaError as exc:
        remember_sync_error(engine, exc)
        raise
    remember_sync_error(engine, None)
    return acked


def enrol_with_head_office(engine: Engine, actor: Actor, path: str, hq_url: str = ""
                           ) -> Enrolled:
    """The Sync page's enrolment (the manager): this computer makes its device key from
    the enrolment file and registers it with head office at `hq_url` (else the
    address in the file). The first-run wizard calls app.sync.enrolment itself."""
    require(actor, roles.SYNC_SETTINGS)
    enrolment = read_enrolment(Path(path))
    url = check_hq_url(hq_url) if hq_url.strip() else None
    return enrol_online(engine, enrolment, url)
