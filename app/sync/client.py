"""The sync client: snapshot (first sync), upload, pull — resumable, exactly once.

    result = sync_now(engine, "https://hq.example.org")         # or SyncClient(...).run()

Every request is signed with the branch's device key, kept in the branch database
(app.sync.device), and every answer must be signed by head office for that request
(app.sync.signing): an unsigned or altered answer counts as no answer.

Upload: ask head office for its cursor, adopt it, send the events after it in signed,
compressed batches (small first, growing while the link holds), record each answer.
Any failure (dropped connection, timeout, crash) is recovered by asking for the cursor
again: a batch head office already stored is answered with the same acknowledgement.
Pull: reference data pages `{changes, next_cursor, has_more}`, each applied with its
cursor in one branch transaction. Nothing here blocks a UI: run it in a worker thread;
`progress(done, total)` is called between batches and `cancel()` is polled there.
"""

from __future__ import annotations

import functools
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import httpx
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.clock import parse_server_time
from app.db.models import OutboxEvent
from app.errors import QT_TR_NOOP
from app.faults import fault_point
from app.sync.address import check_hq_url
from app.sync.canonical import canonical_json
from app.sync.checkpoints import with_journal
from app.sync.device import device_key, enrolled_branch, verify_hq
from app.sync.identity import ANSWER, SignatureError
from app.sync.outbox import (
    DeviceKeyRejected,
    RestoredFromBackup,
    SyncError,
    begin_new_epoch,
    clock_is_off,
    epoch_request,
    get_state,
    local_cursor,
    pending_events,
    record_ack,
    remember_clock,
    set_state,
)
from app.sync.reference import apply_page
from app.sync.reports import report_problem, send_pending_reports
from app.sync.signing import ANSWER_HEADER, answer_content, answer_signature, signed_headers
from app.sync.snapshot import snapshot_with_manifest
from app.sync.wire import encode, pack_events


class SyncCancelled(SyncError):
    pass


UNREACHABLE = QT_TR_NOOP("Head office cannot be reached or did not answer ({detail}). Nothing "
                         "is lost: what waits here goes at the next sync. Check the internet "
                         "connection and head office's address.")
HQ_ERROR = QT_TR_NOOP("Head office had an error and has been told ({detail}). Nothing is "
                      "lost: what waits here goes at the next sync. Nothing needs to be "
                      "done here.")
REFUSED = QT_TR_NOOP("Head office refused the upload: {reason}")

@dataclass(frozen=True)
class SyncResult:
    uploaded: int
    acked_seq: int
    pulled: int
    snapshot_chunks: int
    server_time: str | None
    clock_skew_seconds: float | None

    @property
    def clock_warning(self) -> bool:
        return clock_is_off(self.clock_skew_seconds)


class _Transient(Exception):
    """A failure worth retrying: network, timeout, 5xx, unreadable answer, busy.

    `hq_error`: head office answered that it had an error of its own (it recorded it),
    which the branch tells apart from not reaching head office at all."""

    def __init__(self, detail: str, hq_error: bool = False) -> None:
        super().__init__(detail)
        self.hq_error = hq_error


class _TooLarge(Exception):
    """Head office refused a message as too large: send it in smaller parts."""


REVOKED = QT_TR_NOOP("Head office no longer accepts this computer's device key (revoked "
                     "or replaced). Ask head office for a new enrolment file and enrol "
                     "again (shakha enrol FILE).")


class SyncClient:
    def __init__(self, engine: Engine, hq_url: str, *, timeout: float = 30.0,
                 retries: int = 3, progress: Callable[[int, int], None] | None = None,
                 cancel: Callable[[], bool] | None = None, batch_size: int = 100,
                 max_batch: int = 5000, client: httpx.Client | None = None,
                 backoff: float = 0.2) -> None:
        self.engine = engine
        self.key = device_key(engine)
        self.code = enrolled_branch(engine)
        self.base = (check_hq_url(hq_url) if client is None else hq_url).rstrip("/")
        self.offset: int | None = None  # head office's clock minus ours, in seconds
        self.retries, self.backoff = retries, backoff
        self.progress = progress or (lambda done, total: None)
        self.cancel = cancel or (lambda: False)
        self.batch_size, self.max_batch = batch_size, max_batch
        self.http = client or httpx.Client(timeout=timeout)
        self._own_http = client is None

    # -- plumbing -------------------------------------------------------------------

    def close(self) -> None:
        if self._own_http:
            self.http.close()

    def _server_seconds(self) -> int:
        """Now by head office's clock: the offset is measured once a sync (GET /health),
        so a branch clock hours off still signs requests head office accepts."""
        if self.offset is None:
            try:
                answer = self.http.get(f"{self.base}/health")
                self.offset = int(answer.json()["unix"]) - int(time.time())
            except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
                raise _Transient(f"{type(exc).__name__}: {exc}") from None
        return int(time.time()) + self.offset

    def _request(self, method: str, path: str, body: bytes | None = None,
                 params: dict[str, Any] | None = None) -> Any:
        path = f"/v1/branches/{self.code}{path}"
        query = urlencode(sorted((params or {}).items()))
        headers = signed_headers(self.key, method, path, query, body or b"",
                                 self._server_seconds())
        if body is not None:
            headers["Content-Type"] = "application/octet-stream"
        try:
            response = self.http.request(method, self.base + path + ("?" + query if query
                                                                      else ""),
                                         content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise _Transient(f"{type(exc).__name__}: {exc}") from None
        self._check_signed(response, headers["X-Shakha-Nonce"])
        if response.status_code == 401:
            refusal = self._refusal(response)[0]
            if refusal == "signature":  # the request was altered on its way: send again
                raise _Transient("head office could not verify the request's signature")
            raise DeviceKeyRejected(REVOKED if refusal == "revoked" else QT_TR_NOOP(
                "Head office does not accept this computer's device key for branch "
                "{branch}. Ask head office for a new enrolment file and enrol again "
                "(shakha enrol FILE)."), branch=self.code)
        if response.status_code in (400, 409, 413):
            code, reason = self._refusal(response)
            if code in ("clock", "replay"):  # measure the clock again and retry
                self.offset = None
                raise _Transient(f"head office refused the request: {reason}")
            if code in ("fork", "epoch"):
                raise RestoredFromBackup(QT_TR_NOOP(
                    "Head office refused this branch's events: {reason}. This database "
                    "may have been restored from an old backup; start a new epoch."),
                    reason=reason)
            if code == "too_large":
                raise _TooLarge(reason)
            # malformed or refused: sending it again would get the same answer
            raise SyncError(REFUSED, reason=reason)
        if response.status_code == 500:
            raise _Transient(self._refusal(response)[1], hq_error=True)
        if response.status_code != 200:  # 408 slow, 503 busy, a proxy's 502…
            raise _Transient(f"HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError:
            raise _Transient("unreadable answer") from None

    def _check_signed(self, response: httpx.Response, nonce: str) -> None:
        """_Transient unless head office signed this answer for this request: an answer
        altered on the way, or not head office's, is no answer."""
        try:
            with Session(self.engine) as session:
                verify_hq(session, ANSWER, answer_content(nonce, response.status_code,
                                                          response.content),
                          answer_signature(response.headers.get(ANSWER_HEADER)))
        except SignatureError as exc:
            raise _Transient(f"HTTP {response.status_code}, {exc}") from None

    @staticmethod
    def _refusal(response: httpx.Response) -> tuple[str, str]:
        try:
            detail = response.json()["detail"]
            return str(detail["code"]), str(detail["reason"])
        except (ValueError, KeyError, TypeError):
            raise _Transient(f"unreadable refusal {response.status_code}") from None

    def _retrying(self, fn: Callable[[], Any]) -> Any:
        attempt = 0
        while True:
            try:
                return fn()
            except _TooLarge as exc:
                raise SyncError(REFUSED, reason=str(exc)) from None
            except _Transient as exc:
                if attempt >= self.retries:
                    raise _gave_up(exc) from None
                attempt += 1
                self.batch_size = max(10, self.batch_size // 2)
                time.sleep(min(5.0, self.backoff * 2 ** attempt))

    def _check_cancel(self) -> None:
        if self.cancel():
            raise SyncCancelled(QT_TR_NOOP("Sync cancelled; it will continue next time."))

    # -- the three phases -------------------------------------------------------------

    def run(self) -> SyncResult:
        try:
            answer = self._retrying(lambda: self._request("GET", "/cursor"))
        except DeviceKeyRejected:  # a key rotation whose answer was lost?
            from app.sync.rotation import adopt_pending_rotation

            if not adopt_pending_rotation(self.engine, self):
                raise
            answer = self._retrying(lambda: self._request("GET", "/cursor"))
        skew = _skew(answer.get("server_time"))  # measured now: later steps take time
        remember_clock(self.engine, skew)
        send_pending_reports(self.engine, self._report)
        try:
            chunks = self._retrying(lambda: self.snapshot(answer))
            uploaded, answer = self.upload()
        except RestoredFromBackup as exc:  # head office's alarm now, not when one calls
            report_problem(self.engine, "restored", exc, self._report)
            raise
        pulled = self.pull()
        return SyncResult(uploaded, int(answer["acked_seq"]), pulled, chunks,
                          answer.get("server_time"), skew)

    def _report(self, report: dict[str, Any]) -> None:
        self._request("POST", "/report", canonical_json(report).encode())

    def snapshot(self, cursor: dict[str, Any]) -> int:
        """First sync: send the tables in chunks unless head office has a snapshot."""
        with Session(self.engine) as session:
            done = get_state(session, "snapshot_done")
            snapshot_id = get_state(session, "snapshot_id")
        if done:
            return 0
        if cursor.get("snapshot_id"):  # the branch's first sync is over at head office
            # (this copy's own, or one before it was restored): none is sent again, and
            # head office would refuse it (app.headoffice.snapshot)
            with Session(self.engine) as session, session.begin():
                set_state(session, "snapshot_done", str(cursor["snapshot_id"]))
            return 0
        if not snapshot_id:  # kept while the snapshot is open: a broken upload resumes
            with Session(self.engine) as session, session.begin():
                snapshot_id = str(uuid.uuid4())
                set_state(session, "snapshot_id", snapshot_id)
        manifest, chunks = snapshot_with_manifest(self.engine)
        answer = self._request("POST", "/snapshot", encode({
            "snapshot_id": snapshot_id, "manifest": manifest}))  # announced first
        if answer.get("finished"):  # finished before; the finish's answer was lost
            with Session(self.engine) as session, session.begin():
                set_state(session, "snapshot_done", snapshot_id)
            return 0
        have = set(answer.get("chunks") or [])
        sent = 0
        for name, table, rows in chunks:
            self._check_cancel()
            if name in have:
                continue
            body = encode({"snapshot_id": snapshot_id, "chunk": name, "table": table,
                           "rows": rows}, level=3)
            self._request("POST", "/snapshot", body)
            sent += 1
            fault_point("sync.snapshot.after_chunk")
        self._request("POST", "/snapshot", encode({"snapshot_id": snapshot_id,
                                                   "finish": True}))
        with Session(self.engine) as session, session.begin():
            set_state(session, "snapshot_done", snapshot_id)
        return sent

    def upload(self) -> tuple[int, dict[str, Any]]:
        uploaded = stalled = 0
        answer = self._retrying(self._adopt_cursor)
        total = self._pending_count()
        while True:
            self._check_cancel()
            local = local_cursor(self.engine)
            events = pending_events(self.engine, local.acked_seq, self.batch_size)
            if not events:
                return uploaded, answer
            self.progress(uploaded, uploaded + total)
            body = encode(with_journal(self.engine, pack_events(self.code, local.epoch,
                                                                events), events))
            fault_point("sync.before_send")
            try:
                answer = self._request("POST", "/events", body)
            except _TooLarge as exc:  # smaller batches, down to a single event
                if len(events) == 1:
                    raise SyncError(REFUSED, reason=str(exc)) from None
                self.batch_size = max(1, len(events) // 2)
                continue
            except _Transient as exc:
                answer = self._retrying(self._adopt_cursor)  # what did head office keep?
                stalled = stalled + 1 if int(answer["acked_seq"]) == local.acked_seq else 0
                if stalled > self.retries:  # the cursor answers, the batch never does
                    raise _gave_up(exc) from None
                self.batch_size = min(self.batch_size, max(10, self.batch_size // 2))
                total = self._pending_count()
                continue
            stalled = 0
            fault_point("sync.after_send_before_ack")
            record_ack(self.engine, int(answer["acked_seq"]), str(answer["acked_hash"]),
                       int(answer["epoch"]), answer.get("server_time"),
                       answer.get("checkpoint"))
            uploaded += len(events)
            total = max(0, total - len(events))
            self.batch_size = min(self.max_batch, self.batch_size * 2)
            self.progress(uploaded, uploaded + total)

    def _adopt_cursor(self) -> dict[str, Any]:
        answer = self._request("GET", "/cursor")
        record_ack(self.engine, int(answer["acked_seq"]), str(answer["acked_hash"]),
                   int(answer["epoch"]), answer.get("server_time"), answer.get("checkpoint"))
        return dict(answer)

    def _pending_count(self) -> int:
        local = local_cursor(self.engine)
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(OutboxEvent)
                                      .where(OutboxEvent.seq > local.acked_seq)) or 0)

    def pull(self) -> int:
        applied = 0
        while True:
            self._check_cancel()
            with Session(self.engine) as session:
                cursor = int(get_state(session, "ref_cursor", "0"))
            page = self._retrying(functools.partial(
                self._request, "GET", "/reference", params={"cursor": cursor, "limit": 500}))
            if page["changes"] or page.get("reset"):
                applied += apply_page(self.engine, page, cursor)
            if not page.get("has_more"):
                return applied

    def run_in_new_epoch_if_restored(self) -> tuple[SyncResult, int | None]:
        """`shakha sync --new-epoch`: a new epoch only when head office finds this
        database restored from an old backup (then the sync again); a branch in step
        just syncs. A scheduled script may pass the flag every time without opening a
        new epoch — and a restore alarm at head office — on every run. Returns the
        result and the events carried into the new epoch (None: none was needed)."""
        try:
            return self.run(), None
        except RestoredFromBackup:
            carried = self.new_epoch()
            return self.run(), carried

    def new_epoch(self) -> int:
        """After head office confirms, continue in a new epoch (restored backup)."""
        request = epoch_request(self.engine)
        body = canonical_json(request).encode()
        answer = self._retrying(lambda: self._request("POST", "/epoch", body))
        return begin_new_epoch(self.engine, answer, from_epoch=int(request["epoch"]))


def _gave_up(exc: _Transient) -> SyncError:
    """The error once retries are spent: head office's own error, or no answer."""
    if exc.hq_error:
        return SyncError(HQ_ERROR, detail=str(exc))
    return SyncError(UNREACHABLE, detail=str(exc))


def _skew(server_time: str | None) -> float | None:
    """This computer's clock minus head office's; None when head office's time is
    missing or cannot be read (app.clock: unknown, warned about at the acknowledgement)."""
    server = parse_server_time(server_time)
    if server is None:
        return None
    return (datetime.now(UTC).replace(tzinfo=None) - server).total_seconds()


def sync_now(engine: Engine, hq_url: str, **options: Any) -> SyncResult:
    client = SyncClient(engine, hq_url, **options)
    try:
        return client.run()
    finally:
        client.close()


def start_new_epoch(engine: Engine, hq_url: str, **options: Any) -> int:
    client = SyncClient(engine, hq_url, **options)
    try:
        return client.new_epoch()
    finally:
        client.close()


def dumps(result: SyncResult) -> str:
    return json.dumps(result.__dict__)
