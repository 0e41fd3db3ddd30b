"""The head-office HTTP API (FastAPI): health, enrolment, and each branch's cursor,
upload, snapshot, epoch, reference data, key rotation and reports.

Every branch request is signed by the branch's device key and every answer to it by
head office (app.sync.signing, app.headoffice.auth): a branch reaches only its own
stream, a captured request cannot be altered or sent again, and the branch believes
only what head office signed for it. The same batch always gets the same answer.
Refusals are `{"detail": {"code", "reason"}}`: 401 (the device is not accepted), 400
(unreadable, malformed), 408 (the body came too slowly), 409 (refused: fork, gap,
epoch, replay…), 413 (too large: send it in smaller parts), 503 (busy: later), signed
like any answer. Input never causes a 500: a 500 is head office's own fault, answered
with code "internal" and recorded as an alarm, so the branch can say head office has
been told.

Limits (SYNC.md "Limits"): a body is refused before it is buffered when it says or
turns out to be larger than allowed, and when it comes slower than a minimal rate
(`body_seconds` between two parts); decompressing and checking run in worker threads,
at most `ingest_slots` at a time (more wait up to `busy_seconds`, then 503); each
refusal of a branch's input raises an alarm (at most one a minute per branch and kind:
an attacker cannot fill the alarm list).

After a batch is acknowledged, its branch's projector runs (app.headoffice.projector)
once the answer is sent; `hq serve` also runs them every few seconds.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
import traceback
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import BackgroundTasks, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine
from starlette.requests import ClientDisconnect

from app.faults import fault_point
from app.headoffice.admin import changes_since
from app.headoffice.alarms import raise_alarm
from app.headoffice.auth import AuthRefused, Caller, answer_header, authenticate, server_seconds
from app.headoffice.checkpoints import checkpoint
from app.headoffice.devices import accept_enrolment, rotate_key
from app.headoffice.ingest import Refused, cursor, ingest_message, now, start_epoch
from app.headoffice.keys import HqKeys
from app.headoffice.projector import project_all, project_branch
from app.headoffice.reports import receive_report
from app.headoffice.silent import mark_seen
from app.headoffice.snapshot import finish_snapshot, receive_chunk, received_chunks
from app.sync.canonical import canonical_json
from app.sync.signing import ANSWER_HEADER, NONCE
from app.sync.wire import MAX_BODY_BYTES, TooLarge, WireError, decode

ENROLMENT_BYTES = 64 * 1024
SMALL_BODY_BYTES = 256 * 1024  # epoch requests, reports, key rotations
log = logging.getLogger(__name__)


class Answered(Exception):
    """A refusal to send back (signed when the request carried a nonce)."""

    def __init__(self, status: int, code: str, reason: str, nonce: str | None) -> None:
        super().__init__(reason)
        self.status, self.detail, self.nonce = status, {"code": code, "reason": reason}, nonce


class _AlarmGate:
    """At most one alarm a minute per (branch, kind) from refused input."""

    def __init__(self) -> None:
        self.last: dict[tuple[str, str], float] = {}
        self.lock = threading.Lock()

    def due(self, code: str, kind: str) -> bool:
        now_s = time.monotonic()
        with self.lock:
            if len(self.last) > 10_000:
                self.last.clear()
            if now_s - self.last.get((code, kind), -60.0) < 60.0:
                return False
            self.last[(code, kind)] = now_s
            return True


def create_app(engine: Engine, keys: HqKeys, *, ingest_slots: int = 4,
               busy_seconds: float = 30.0, body_seconds: float = 30.0,
               project: bool = True, project_every: float | None = None) -> FastAPI:
    """`project`: run the branch's projector after each acknowledged batch;
    `project_every`: also every so many seconds, every branch's (`hq serve`), so a
    batch acknowledged just before a crash is projected after the restart."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async def projecting(every: float) -> None:
            while True:
                try:
                    await run_in_threadpool(project_all, engine)
                except Exception:  # noqa: BLE001 - logged; the next round tries again
                    log.exception("projection failed")
                await asyncio.sleep(every)

        task = asyncio.create_task(projecting(project_every)) if project_every else None
        yield
        if task is not None:
            task.cancel()

    app = FastAPI(title="Shakha head office", docs_url=None, redoc_url=None,
                  lifespan=lifespan)
    slots = asyncio.Semaphore(ingest_slots)
    gate = _AlarmGate()

    def alarm(code: str, kind: str, reason: str) -> None:
        if gate.due(code, kind):
            try:
                raise_alarm(engine, code, kind, reason)
            except Exception:  # noqa: BLE001 - the refusal still goes out
                log.exception("could not record an alarm")

    async def refuse(status: int, kind: str, reason: str, code: str,
                     request: Request) -> Answered:
        await run_in_threadpool(alarm, code, kind, reason)
        return Answered(status, kind, reason, request.headers.get(NONCE))

    async def capped_body(request: Request, code: str, limit: int) -> bytes:
        """The body, refused (413) before it is buffered beyond `limit`, and (408) when
        a part takes longer than `body_seconds` to come."""
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            raise await refuse(413, "too_large", f"the request is over {limit} bytes",
                               code, request)
        parts, size = [], 0
        stream = request.stream().__aiter__()
        while True:
            try:
                part = await asyncio.wait_for(stream.__anext__(), body_seconds)
            except StopAsyncIteration:
                break
            except ClientDisconnect:  # nobody is left to answer; nothing was read
                raise Answered(400, "incomplete", "the request was not sent whole",
                               None) from None
            except TimeoutError:
                raise await refuse(408, "slow", "the request came too slowly", code,
                                   request) from None
            size += len(part)
            if size > limit:
                raise await refuse(413, "too_large", f"the request is over {limit} bytes",
                                   code, request)
            parts.append(part)
        return b"".join(parts)

    async def slot() -> None:
        try:
            await asyncio.wait_for(slots.acquire(), busy_seconds)
        except TimeoutError:
            raise Answered(503, "busy", "head office is busy; try again", None) from None

    def signed(data: Any, nonce: str, status: int = 200) -> Response:
        body = canonical_json(data).encode()
        return Response(body, status, media_type="application/json",
                        headers={ANSWER_HEADER: answer_header(keys, nonce, status, body)})

    @app.exception_handler(Answered)
    async def answered(_request: Request, exc: Answered) -> Response:
        if exc.nonce and len(exc.nonce) == 32:
            return signed({"detail": exc.detail}, exc.nonce, exc.status)
        return JSONResponse({"detail": exc.detail}, exc.status)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        """Head office's own fault (never the input's): logged, an alarm, a 500 the
        branch can tell from a refusal."""
        log.error("%s %s: %s", request.method, request.url.path,
                  "".join(traceback.format_exception(exc)))
        code = request.path_params.get("code", "")
        await run_in_threadpool(alarm, str(code)[:20], "error",
                                f"{request.method} {request.url.path}: "
                                f"{type(exc).__name__}: {str(exc)[:500]}")
        nonce = request.headers.get(NONCE)
        detail = {"code": "internal", "reason": "head office had an error; it has been "
                                                "recorded"}
        if nonce and len(nonce) == 32:
            return signed({"detail": detail}, nonce, 500)
        return JSONResponse({"detail": detail}, 500)

    async def verified(request: Request, code: str,
                       limit: int = SMALL_BODY_BYTES) -> tuple[Caller, bytes]:
        """The caller and the body of a signed branch request, or Answered."""
        body = await capped_body(request, code, limit)
        try:
            caller = await run_in_threadpool(
                authenticate, engine, code, request.method, request.url.path,
                request.url.query, request.headers, body)
        except AuthRefused as exc:
            raise Answered(exc.status, exc.code, exc.reason,
                           request.headers.get(NONCE)) from None
        return caller, body

    def malformed(caller: Caller, exc: WireError) -> Answered:
        status, kind = (413, "too_large") if isinstance(exc, TooLarge) else \
            (400, "malformed")
        alarm(caller.branch, kind, str(exc))
        return Answered(status, kind, str(exc), caller.nonce)

    async def run(caller: Caller, fn: Any, *args: Any) -> Any:
        """`fn(*args)` off the event loop; Refused and WireError become signed refusals."""
        try:
            return await run_in_threadpool(fn, *args)
        except Refused as exc:
            status = {"malformed": 400, "too_large": 413}.get(exc.code, 409)
            if status != 409 and exc.alarm is None:
                await run_in_threadpool(alarm, caller.branch, exc.code, exc.reason)
            raise Answered(status, exc.code, exc.reason, caller.nonce) from None
        except WireError as exc:
            raise await run_in_threadpool(malformed, caller, exc) from None

    def json_body(caller: Caller, body: bytes) -> dict[str, Any]:
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):
            raise Answered(400, "malformed", "a request body is a JSON object", caller.nonce)
        return data

    async def compressed_body(caller: Caller, body: bytes) -> dict[str, Any]:
        """The message, decompressed and parsed in a worker thread (never on the event
        loop, which must keep answering)."""
        try:
            return await run_in_threadpool(decode, body)
        except WireError as exc:
            raise await run_in_threadpool(malformed, caller, exc) from None

    async def with_checkpoint(answer: dict[str, Any], code: str) -> dict[str, Any]:
        """An acknowledgement with head office's signed checkpoint (SYNC.md, Trust)."""
        signed_cp = await run_in_threadpool(checkpoint, engine, keys, code)
        if signed_cp is not None and signed_cp["acked_seq"] == answer["acked_seq"] \
                and signed_cp["epoch"] == answer["epoch"]:
            answer["checkpoint"] = signed_cp
        return answer

    @app.get("/health")
    def health() -> dict[str, Any]:
        """Ready, and head office's clock (the branch signs requests by it)."""
        return {"status": "ok", "server_time": now().isoformat(), "unix": server_seconds()}

    @app.post("/v1/enrol")
    async def enrol(request: Request) -> Any:
        """A branch presents its new device key with its enrolment token
        (app.headoffice.devices); the answer is a document head office signed."""
        data = await capped_body(request, "", ENROLMENT_BYTES)
        try:
            reply = json.loads(data)
        except (ValueError, RecursionError):
            reply = None
        if not isinstance(reply, dict):
            raise Answered(400, "malformed", "not an enrolment", None)
        try:
            return await run_in_threadpool(accept_enrolment, engine, keys, reply)
        except Refused as exc:
            raise Answered(409, exc.code, exc.reason, None) from None

    @app.get("/v1/branches/{code}/cursor")
    async def get_cursor(code: str, request: Request) -> Response:
        caller, _ = await verified(request, code)
        ack = await run(caller, cursor, engine, code)
        await run_in_threadpool(mark_seen, engine, code)  # nothing to send: not silent
        return signed(await with_checkpoint(ack.as_dict(), code), caller.nonce)

    @app.post("/v1/branches/{code}/events")
    async def post_events(code: str, request: Request,
                          background: BackgroundTasks) -> Response:
        caller, body = await verified(request, code, MAX_BODY_BYTES)
        await slot()
        try:
            ack = await run(caller, ingest_message, engine, code, body)
        finally:
            slots.release()
        fault_point("hq.after_commit")
        if project:
            background.add_task(project_branch, engine, code)
        return signed(await with_checkpoint(ack.as_dict(), code), caller.nonce)

    @app.post("/v1/branches/{code}/epoch")
    async def post_epoch(code: str, request: Request) -> Response:
        caller, body = await verified(request, code)
        answer = await run(caller, start_epoch, engine, code, json_body(caller, body))
        return signed(answer, caller.nonce)

    @app.get("/v1/branches/{code}/snapshot/{snapshot_id}")
    async def get_snapshot(code: str, snapshot_id: str, request: Request) -> Response:
        caller, _ = await verified(request, code)
        chunks = await run(caller, received_chunks, engine, code, snapshot_id)
        return signed({"chunks": chunks}, caller.nonce)

    @app.post("/v1/branches/{code}/snapshot")
    async def post_snapshot(code: str, request: Request) -> Response:
        caller, body = await verified(request, code, MAX_BODY_BYTES)
        await slot()
        try:
            chunk = await compressed_body(caller, body)
            if chunk.get("finish"):
                done = await run(caller, finish_snapshot, engine, code,
                                 str(chunk.get("snapshot_id")))
                return signed(done, caller.nonce)
            return signed(await run(caller, receive_chunk, engine, code, chunk),
                          caller.nonce)
        finally:
            slots.release()

    @app.get("/v1/branches/{code}/reference")
    async def reference(code: str, request: Request, cursor: int = 0,
                        limit: int = 500) -> Response:
        caller, _ = await verified(request, code)
        page = await run(caller, changes_since, engine, code, max(0, cursor),
                         max(1, min(limit, 2000)))
        return signed(page, caller.nonce)

    @app.post("/v1/branches/{code}/rotate-key")
    async def post_rotate_key(code: str, request: Request) -> Response:
        caller, body = await verified(request, code)
        answer = await run(caller, rotate_key, engine, keys, code, caller.key_id,
                           json_body(caller, body))
        return signed(answer, caller.nonce)

    @app.post("/v1/branches/{code}/report")
    async def post_report(code: str, request: Request) -> Response:
        caller, body = await verified(request, code)
        await run(caller, receive_report, engine, code, json_body(caller, body))
        return signed({"received": True}, caller.nonce)

    return app
