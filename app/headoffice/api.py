"""The head-office HTTP API (FastAPI): health, enrolment, and each branch's cursor,
upload, snapshot, epoch, reference data, key rotation and reports.

Every branch request is signed by the branch's device key and every answer to it by
head office (app.sync.signing, app.headoffice.auth): a branch reaches only its own
stream, a captured request cannot be altered or sent again, and the branch believes
only what head office signed for it. The same batch always gets the same answer.
Refusals are `{"detail": {"code", "reason"}}`: 401 (the device is not accepted), 400
(unreadable), 409 (refused: fork, gap, epoch, replay…), signed like any answer.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from app.db.canonical import canonical_json
from app.faults import fault_point
from app.headoffice.admin import changes_since
from app.headoffice.auth import AuthRefused, Caller, answer_header, authenticate, server_seconds
from app.headoffice.checkpoints import checkpoint
from app.headoffice.devices import accept_enrolment, rotate_key
from app.headoffice.ingest import Refused, cursor, ingest, now, start_epoch
from app.headoffice.keys import HqKeys
from app.headoffice.reports import receive_report
from app.headoffice.silent import mark_seen
from app.headoffice.snapshot import finish_snapshot, receive_chunk, received_chunks
from app.sync.signing import ANSWER_HEADER, NONCE
from app.sync.wire import WireError, decode

ENROLMENT_BYTES = 64 * 1024


class Answered(Exception):
    """A refusal to send back (signed when the request carried a nonce)."""

    def __init__(self, status: int, code: str, reason: str, nonce: str | None) -> None:
        super().__init__(reason)
        self.status, self.detail, self.nonce = status, {"code": code, "reason": reason}, nonce


def create_app(engine: Engine, keys: HqKeys) -> FastAPI:
    app = FastAPI(title="Shakha head office", docs_url=None, redoc_url=None)

    def signed(data: Any, nonce: str, status: int = 200) -> Response:
        body = canonical_json(data).encode()
        return Response(body, status, media_type="application/json",
                        headers={ANSWER_HEADER: answer_header(keys, nonce, status, body)})

    @app.exception_handler(Answered)
    async def answered(_request: Request, exc: Answered) -> Response:
        if exc.nonce and len(exc.nonce) == 32:
            return signed({"detail": exc.detail}, exc.nonce, exc.status)
        return JSONResponse({"detail": exc.detail}, exc.status)

    async def verified(request: Request, code: str) -> tuple[Caller, bytes]:
        """The caller and the body of a signed branch request, or Answered."""
        body = await request.body()
        try:
            caller = await run_in_threadpool(
                authenticate, engine, code, request.method, request.url.path,
                request.url.query, request.headers, body)
        except AuthRefused as exc:
            raise Answered(exc.status, exc.code, exc.reason,
                           request.headers.get(NONCE)) from None
        return caller, body

    async def run(caller: Caller, fn: Any, *args: Any) -> Any:
        """`fn(*args)` off the event loop; Refused and WireError become signed refusals."""
        try:
            return await run_in_threadpool(fn, *args)
        except Refused as exc:
            raise Answered(409, exc.code, exc.reason, caller.nonce) from None
        except WireError as exc:
            raise Answered(400, "malformed", str(exc), caller.nonce) from None

    def json_body(caller: Caller, body: bytes) -> dict[str, Any]:
        try:
            data = json.loads(body)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise Answered(400, "malformed", "a request body is a JSON object", caller.nonce)
        return data

    def compressed_body(caller: Caller, body: bytes) -> dict[str, Any]:
        try:
            return decode(body)
        except WireError as exc:
            raise Answered(400, "malformed", str(exc), caller.nonce) from None

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
        data = await request.body()
        try:
            reply = json.loads(data) if len(data) <= ENROLMENT_BYTES else None
        except ValueError:
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
    async def post_events(code: str, request: Request) -> Response:
        caller, body = await verified(request, code)
        ack = await run(caller, ingest, engine, code, compressed_body(caller, body))
        fault_point("hq.after_commit")
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
        caller, body = await verified(request, code)
        chunk = compressed_body(caller, body)
        if chunk.get("finish"):
            done = await run(caller, finish_snapshot, engine, code,
                             str(chunk.get("snapshot_id")))
            return signed(done, caller.nonce)
        return signed(await run(caller, receive_chunk, engine, code, chunk), caller.nonce)

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
