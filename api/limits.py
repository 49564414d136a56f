"""Request size limits: a body over the limit gets 413 naming the limit, before it is read
into memory (the declared length is checked first, then the bytes as they arrive)."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import body


class TooLarge(Exception):
    """Raised while the body is read; the app answers it with 413."""

    def __init__(self, limit: int, what: str) -> None:
        super().__init__(f"the {what} is larger than the limit of {limit / 1_000_000:g} MB")


class BodyLimit:
    def __init__(self, app: ASGIApp, max_json: int, max_upload: int) -> None:
        self.app, self.max_json, self.max_upload = app, max_json, max_upload

    def _limit(self, scope: Scope) -> tuple[int, str]:
        headers = dict(scope.get("headers") or [])
        kind = headers.get(b"content-type", b"").decode("latin-1").lower()
        if kind.startswith("multipart/"):
            return self.max_upload, "upload"
        return self.max_json, "request body"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit, what = self._limit(scope)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit, what)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(limit, what)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except TooLarge:
            if not started:
                await self._refuse(send, limit, what)

    @staticmethod
    async def _refuse(send: Send, limit: int, what: str) -> None:
        payload: Any = body("too_large", str(TooLarge(limit, what)))
        data = json.dumps(payload).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(data)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})
