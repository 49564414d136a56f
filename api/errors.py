"""Every error is JSON `{"error": {"code", "message"}}` with a machine-readable code; a
traceback never leaves the server (it goes to the log)."""

from __future__ import annotations

import logging
import sqlite3

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from assistant.errors import (
    ConfigError,
    InputError,
    JourneyError,
    NotFoundError,
    StorageFullError,
)
from assistant.kb.schema import UnknownEntryError

log = logging.getLogger("journey.api")

CODES = {
    400: "invalid_input",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    500: "internal",
    502: "model_failed",
    503: "unavailable",
    507: "storage_full",
}


class ApiError(Exception):
    """An HTTP answer decided at the edge (auth, limits); the core raises JourneyError."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message = status, message
        self.code = code or CODES.get(status, "error")


def body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


def answer(status: int, message: str, code: str | None = None) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body(code or CODES.get(status, "error"), message), status, headers)


def status_of(exc: JourneyError) -> int:
    if isinstance(exc, (NotFoundError, UnknownEntryError)):
        return 404
    if isinstance(exc, InputError):
        return 400
    if isinstance(exc, ConfigError):
        return 503
    if isinstance(exc, StorageFullError):
        return 507
    return 502 if "model" in type(exc).__name__.lower() else 400


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for problem in exc.errors()[:5]:
        where = ".".join(str(p) for p in problem.get("loc", ()) if p != "body")
        parts.append(f"{where or 'body'}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _storage_failure(request: Request, exc: Exception) -> JourneyError | None:
    from assistant.store.failures import storage_failure

    services = getattr(request.app.state, "services", None)
    url = services.settings.resolved_database_url if services is not None else ""
    return storage_failure(exc, url)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return answer(exc.status, exc.message, exc.code)

    from api.limits import TooLarge

    @app.exception_handler(TooLarge)
    async def _too_large(_: Request, exc: TooLarge) -> JSONResponse:
        return answer(413, str(exc))

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, _: ClientDisconnect) -> JSONResponse:
        log.info("%s %s: the client left before its body ended", request.method, request.url.path)
        return answer(400, "the request body ended early: nothing was stored", "incomplete_body")

    @app.exception_handler(JourneyError)
    async def _core(_: Request, exc: JourneyError) -> JSONResponse:
        return answer(status_of(exc), str(exc), getattr(exc, "code", None))

    async def _storage(request: Request, exc: Exception) -> JSONResponse:
        """A dropped database connection, a locked file, a full disk: 503 or 507 with what
        to do, not a 500 (assistant/store/failures.py tells them from bugs)."""
        clear = _storage_failure(request, exc)
        if clear is None:
            return await _crash(request, exc)
        log.warning("%s %s: %s", request.method, request.url.path, clear)
        return answer(status_of(clear), str(clear), getattr(clear, "code", None))

    for kind in (DBAPIError, sqlite3.Error, OSError):
        app.add_exception_handler(kind, _storage)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return answer(422, _validation_message(exc))

    @app.exception_handler(ValidationError)
    async def _invalid_value(_: Request, exc: ValidationError) -> JSONResponse:
        problems = exc.errors()
        if not problems:
            return answer(422, "invalid value")
        where = ".".join(str(p) for p in problems[0]["loc"])
        return answer(422, f"{where or 'value'}: {problems[0]['msg']}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return answer(exc.status_code, message)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        clear = _storage_failure(request, exc)
        if clear is not None:
            return answer(status_of(clear), str(clear), getattr(clear, "code", None))
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return answer(500, "internal error; the server log has the details")
