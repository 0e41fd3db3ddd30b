"""The head-office HTTP API (FastAPI): health, cursor, upload, snapshot, reference data.

The cursor answer also carries `bundle_key`, head office's public key for USB bundles.

Every branch request carries `Authorization: Bearer <key>` (head office stores only the
key's SHA-256); every POST also carries `X-Signature: HMAC-SHA256(key, body)`. A branch
can only reach its own stream: the code in the path must be the key's branch. The same
batch always gets the same answer. Refusals are `409 {"detail": {"code", "reason"}}`.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine

from app.faults import fault_point
from app.headoffice.admin import authenticate, changes_since
from app.headoffice.devices import accept_enrolment
from app.headoffice.ingest import Refused, cursor, ingest, start_epoch
from app.headoffice.keys import HqKeys, public_key
from app.headoffice.silent import mark_seen
from app.headoffice.snapshot import finish_snapshot, receive_chunk, received_chunks
from app.sync.wire import WireError, decode, verify

ENROLMENT_BYTES = 64 * 1024


def create_app(engine: Engine, keys: HqKeys | None = None) -> FastAPI:
    app = FastAPI(title="Shakha head office", docs_url=None, redoc_url=None)

    def _auth(code: str, authorization: str | None) -> str:
        key = (authorization or "").removeprefix("Bearer ").strip()
        if not key or not authenticate(engine, code, key):
            raise HTTPException(401, {"code": "key", "reason": "device key rejected"})
        return key

    async def _signed_body(request: Request, key: str, signature: str | None,
                           compressed: bool = True) -> dict[str, Any]:
        data = await request.body()
        try:
            verify(key, data, signature or "")
            if compressed:
                return decode(data)
            body = json.loads(data)
            if not isinstance(body, dict):
                raise WireError("a request body is a JSON object")
            return body
        except (WireError, ValueError) as exc:
            raise HTTPException(400, {"code": "malformed", "reason": str(exc)}) from None

    def _refused(exc: Refused) -> HTTPException:
        return HTTPException(409, {"code": exc.code, "reason": exc.reason})

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/enrol")
    async def enrol(request: Request) -> dict:
        """A branch presents its new device key with its enrolment token
        (app.headoffice.devices); the answer is signed by head office."""
        if keys is None:
            raise HTTPException(503, {"code": "keys", "reason": "head office has no keys"})
        data = await request.body()
        try:
            reply = json.loads(data) if len(data) <= ENROLMENT_BYTES else None
        except ValueError:
            reply = None
        if not isinstance(reply, dict):
            raise HTTPException(400, {"code": "malformed", "reason": "not an enrolment"})
        try:
            return await run_in_threadpool(accept_enrolment, engine, keys, reply)
        except Refused as exc:
            raise _refused(exc) from None

    @app.get("/v1/branches/{code}/cursor")
    def get_cursor(code: str, authorization: str | None = Header(None)) -> dict:
        _auth(code, authorization)
        mark_seen(engine, code)  # a branch with nothing to send is not silent
        return {**cursor(engine, code).as_dict(), "bundle_key": public_key(engine)}

    @app.post("/v1/branches/{code}/events")
    async def post_events(code: str, request: Request,
                          authorization: str | None = Header(None),
                          x_signature: str | None = Header(None)) -> dict:
        key = await run_in_threadpool(_auth, code, authorization)
        body = await _signed_body(request, key, x_signature)
        try:
            ack = await run_in_threadpool(ingest, engine, code, body)
        except Refused as exc:
            raise _refused(exc) from None
        fault_point("hq.after_commit")
        return ack.as_dict()

    @app.post("/v1/branches/{code}/epoch")
    async def post_epoch(code: str, request: Request,
                         authorization: str | None = Header(None),
                         x_signature: str | None = Header(None)) -> dict:
        key = await run_in_threadpool(_auth, code, authorization)
        body = await _signed_body(request, key, x_signature, compressed=False)
        try:
            return await run_in_threadpool(start_epoch, engine, code, body)
        except Refused as exc:
            raise _refused(exc) from None

    @app.get("/v1/branches/{code}/snapshot/{snapshot_id}")
    def get_snapshot(code: str, snapshot_id: str,
                     authorization: str | None = Header(None)) -> dict:
        _auth(code, authorization)
        return {"chunks": received_chunks(engine, code, snapshot_id)}

    @app.post("/v1/branches/{code}/snapshot")
    async def post_snapshot(code: str, request: Request,
                            authorization: str | None = Header(None),
                            x_signature: str | None = Header(None)) -> dict:
        key = await run_in_threadpool(_auth, code, authorization)
        body = await _signed_body(request, key, x_signature)
        try:
            if body.get("finish"):
                return await run_in_threadpool(finish_snapshot, engine, code,
                                               str(body.get("snapshot_id")))
            return await run_in_threadpool(receive_chunk, engine, code, body)
        except Refused as exc:
            raise _refused(exc) from None

    @app.get("/v1/branches/{code}/reference")
    def reference(code: str, cursor: int = 0, limit: int = 500,
                  authorization: str | None = Header(None)) -> dict:
        _auth(code, authorization)
        return changes_since(engine, code, max(0, cursor), max(1, min(limit, 2000)))

    return app
