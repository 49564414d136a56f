"""An OpenAI-compatible chat-completions server on 127.0.0.1 for tests and benchmarks.

    with StubServer(delay=0.2) as stub:
        model = ChatOpenAI(model="gpt-4.1-mini", base_url=stub.base_url, api_key="test")
        stub.enqueue(Reply(status=429, headers={"Retry-After": "2"}))  # then the default

Scripted replies are served first (in order); after that the ``responder`` function
answers. The default responder, :func:`schema_responder`, fills the request's
``json_schema`` response format with valid values, quoting the start of each
``<item id="...">`` block as evidence. Every request body is kept in ``stub.requests``.
A reply can carry an HTTP status with headers (``Retry-After``) or hang for ``delay``
seconds, longer than the client's timeout.

The Batch API is served too (:class:`BatchStub`, ``stub.batches``): ``POST /v1/files``
(multipart), ``POST /v1/batches``, ``GET /v1/batches/{id}``, ``GET /v1/files/{id}`` and
``GET /v1/files/{id}/content``. A batch moves validating -> in_progress -> completed over
``polls`` retrievals; when it completes, each request line is answered like a chat request
(scripted replies, then the responder): an error reply becomes a line of the error file.
``expire_next``/``fail_next`` make the next batch expire (half its requests answered, the
rest in the error file as ``batch_expired``) or fail validation.
"""

from __future__ import annotations

import argparse
import contextlib
import email.parser
import email.policy
import itertools
import json
import re
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Reply:
    """One scripted answer: message ``content`` (a str, or an object sent as JSON), or an
    error ``status`` with ``headers``; ``delay`` seconds pass before it is sent."""

    content: Any = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None  # raw JSON body, overrides everything else
    delay: float = 0.0


Responder = Callable[[dict[str, Any]], "Reply | str | dict[str, Any]"]

_ITEM = re.compile(r'<item id="([^"]*)"[^>]*>\n(.*?)\n</item>', re.DOTALL)


def items_in(request: dict[str, Any]) -> dict[str, str]:
    """``{item id: text}`` for the ``<item>`` blocks of a request's user messages."""
    found: dict[str, str] = {}
    for message in request.get("messages", []):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):
            content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
        for item_id, text in _ITEM.findall(content or ""):
            found[item_id] = text
    return found


def system_text(request: dict[str, Any]) -> str:
    return "\n".join(
        str(m.get("content", ""))
        for m in request.get("messages", [])
        if m.get("role") in ("system", "developer")
    )


def last_user_text(request: dict[str, Any]) -> str:
    users = [m for m in request.get("messages", []) if m.get("role") == "user"]
    return str(users[-1].get("content", "")) if users else ""


def response_schema(request: dict[str, Any]) -> dict[str, Any] | None:
    fmt = request.get("response_format") or {}
    if fmt.get("type") != "json_schema":
        return None
    schema = fmt.get("json_schema", {}).get("schema")
    return schema if isinstance(schema, dict) else None


def _resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = root
        for part in ref[2:].split("/"):
            target = target[part]
        return dict(target)
    return node


def _fill(node: dict[str, Any], root: dict[str, Any], context: dict[str, Any]) -> Any:
    node = _resolve(node, root)
    if "enum" in node:
        return node["enum"][0]
    if "anyOf" in node:
        options = [_resolve(o, root) for o in node["anyOf"]]
        non_null = [o for o in options if o.get("type") != "null"]
        return _fill(non_null[0], root, context) if non_null else None
    kind = node.get("type")
    if kind == "object":
        return {k: _fill(v, root, context) for k, v in node.get("properties", {}).items()}
    if kind == "array":
        return [_fill(node.get("items", {}), root, context)]
    if kind == "integer":
        return int(node.get("minimum", 0))
    if kind == "number":
        return 0.8
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return ""


def schema_responder(request: dict[str, Any]) -> dict[str, Any] | str:
    """A valid answer for the request: one result per ``<item>`` when the schema has a
    ``results`` list, the first allowed label for each enum, evidence quoting the item."""
    schema = response_schema(request)
    if schema is None:
        return "ok"
    items = items_in(request)
    results = schema.get("properties", {}).get("results")
    if results is None:
        return _fill(schema, schema, {})  # type: ignore[no-any-return]
    entry_schema = _resolve(results.get("items", {}), schema)
    allowed = _resolve(entry_schema["properties"]["item_id"], schema).get("enum") or list(items)
    answer = []
    for item_id in allowed:
        entry = _fill(entry_schema, schema, {})
        entry["item_id"] = item_id
        text = items.get(item_id, "")
        if "evidence" in entry:
            entry["evidence"] = " ".join(text.split(" ")[:6]) or None
        if "pain_point" in entry:
            entry["pain_point"] = None
        answer.append(entry)
    return {"results": answer}


class StubServer:
    """A threaded OpenAI-compatible server on a random free port of 127.0.0.1."""

    def __init__(self, responder: Responder | None = None, *, delay: float = 0.0) -> None:
        self.responder: Responder = responder or schema_responder
        self.delay = delay  # seconds before every answer, like a model thinking
        self.requests: list[dict[str, Any]] = []
        self._queue: deque[Reply | str | dict[str, Any]] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.batches = BatchStub(self)

    # --- lifecycle -------------------------------------------------------------------

    def start(self) -> StubServer:
        handler = _handler_for(self)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler, bind_and_activate=False)
        server.daemon_threads = True
        server.request_queue_size = 256
        server.server_bind()
        server.server_activate()
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases hanging replies
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start the stub first"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # --- scripting -------------------------------------------------------------------

    def enqueue(self, *replies: Reply | str | dict[str, Any]) -> None:
        """Serve these replies, in order, before the responder takes over."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def calls(self) -> int:
        with self._lock:
            return len(self.requests)

    def _next(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(request)
            scripted = self._queue.popleft() if self._queue else None
        reply = scripted if scripted is not None else self.responder(request)
        return reply if isinstance(reply, Reply) else Reply(content=reply)

    def _completion(self, request: dict[str, Any], reply: Reply) -> dict[str, Any]:
        content = reply.content
        if not isinstance(content, str):
            content = json.dumps(content, ensure_ascii=False)
        prompt = sum(len(str(m.get("content", ""))) for m in request.get("messages", []))
        prompt_tokens, completion_tokens = max(1, prompt // 4), max(1, len(content) // 4)
        return {
            "id": f"chatcmpl-stub-{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model", "stub"),
            "system_fingerprint": "stub",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


class BatchStub:
    """The stub's files and batches (the Batch API), answered through its chat replies."""

    def __init__(self, stub: StubServer, polls: int = 2) -> None:
        self.stub = stub
        self.polls = polls  # retrievals until a batch is finished
        self.expire_next = False  # the next batch created expires
        self.fail_next = False  # the next batch created fails validation
        self.files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.created = 0  # batches created
        self.retrievals = 0
        self._plans: dict[str, str] = {}  # batch id -> how it ends
        self._lock = threading.Lock()
        self._ids = itertools.count(1)

    def add_file(self, filename: str, purpose: str, data: bytes) -> dict[str, Any]:
        meta = {
            "id": f"file-stub{next(self._ids)}",
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }
        with self._lock:
            self.files[meta["id"]] = (meta, data)
        return meta

    def create(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        file_id = str(body.get("input_file_id"))
        if file_id not in self.files:
            return 404, {"error": {"message": f"no file {file_id}"}}
        total = len(self.files[file_id][1].splitlines())
        batch = {
            "id": f"batch_stub{next(self._ids)}",
            "object": "batch",
            "endpoint": body.get("endpoint"),
            "input_file_id": file_id,
            "completion_window": body.get("completion_window"),
            "status": "validating",
            "created_at": int(time.time()),
            "metadata": body.get("metadata"),
            "output_file_id": None,
            "error_file_id": None,
            "errors": None,
            "request_counts": {"total": total, "completed": 0, "failed": 0},
            "_polls": 0,
        }
        with self._lock:
            self.created += 1
            self.batches[batch["id"]] = batch
            plan = "failed" if self.fail_next else "expired" if self.expire_next else "completed"
            self._plans[batch["id"]] = plan
            self.fail_next = self.expire_next = False
        return 200, self._public(batch)

    def retrieve(self, batch_id: str) -> tuple[int, dict[str, Any]]:
        with self._lock:
            batch = self.batches.get(batch_id)
            if batch is None:
                return 404, {"error": {"message": f"no batch {batch_id}"}}
            self.retrievals += 1
            batch["_polls"] += 1
            running = batch["status"] in ("validating", "in_progress")
            if running and batch["_polls"] >= self.polls:
                self._finish(batch, self._plans[batch_id])
            elif running:
                batch["status"] = "in_progress"
            return 200, self._public(batch)

    def _finish(self, batch: dict[str, Any], plan: str) -> None:
        """End the batch as planned, answering its requests (under the batches' lock)."""
        lines = self.files[batch["input_file_id"]][1].decode().splitlines()
        if plan == "failed":
            batch["status"] = "failed"
            batch["errors"] = {
                "object": "list",
                "data": [{"code": "invalid_request", "message": "stub: validation failed"}],
            }
            return
        answered = len(lines) // 2 if plan == "expired" else len(lines)
        outputs: list[str] = []
        errors: list[str] = []
        for number, line in enumerate(lines):
            request = json.loads(line)
            if number >= answered:
                errors.append(_expired_line(request["custom_id"]))
                continue
            ok, row = self._answer(request)
            (outputs if ok else errors).append(json.dumps(row))
        batch["status"] = plan
        batch["request_counts"] = {
            "total": len(lines),
            "completed": len(outputs),
            "failed": len(errors),
        }
        if outputs:
            batch["output_file_id"] = self._store_result(batch, "output", outputs)
        if errors:
            batch["error_file_id"] = self._store_result(batch, "error", errors)

    def _store_result(self, batch: dict[str, Any], kind: str, lines: list[str]) -> str:
        data = ("\n".join(lines) + "\n").encode()
        file_id = f"file-stub{next(self._ids)}"
        meta = {
            "id": file_id,
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": f"{batch['id']}_{kind}.jsonl",
            "purpose": "batch_output",
            "status": "processed",
        }
        self.files[file_id] = (meta, data)
        return file_id

    def _answer(self, request: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
        body = request.get("body") or {}
        reply = self.stub._next(body)
        row: dict[str, Any] = {
            "id": f"batch_req_{next(self._ids)}",
            "custom_id": request.get("custom_id"),
            "error": None,
        }
        if reply.status >= 400:
            error = {"message": f"stub error {reply.status}", "type": "stub_error"}
            row["response"] = {"status_code": reply.status, "body": {"error": error}}
            return False, row
        answer = reply.body if reply.body is not None else self.stub._completion(body, reply)
        row["response"] = {"status_code": 200, "request_id": row["id"], "body": answer}
        return True, row

    @staticmethod
    def _public(batch: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in batch.items() if not k.startswith("_")}


def _expired_line(custom_id: str) -> str:
    error = {"code": "batch_expired", "message": "This request could not be executed in time."}
    return json.dumps({"id": "batch_req_expired", "custom_id": custom_id, "error": error})


def _multipart(content_type: str, data: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a multipart/form-data body: name -> (filename, bytes)."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + data)
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            fields[name] = (part.get_filename(), payload)
    return fields


@contextmanager
def stub_process(*, delay: float = 0.0) -> Iterator[str]:
    """Serve the default responder from a separate process; yields its base URL.

    For benchmarks: a model server never shares our interpreter (and its GIL).
    """
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--delay", str(delay)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if not line.isdigit():
            raise RuntimeError(f"the stub process did not start (it said {line!r})")
        yield f"http://127.0.0.1:{line}/v1"
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _main() -> None:
    parser = argparse.ArgumentParser(description="Serve the OpenAI-compatible stub.")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds per answer")
    args = parser.parse_args()
    with StubServer(delay=args.delay) as stub:
        print(stub.port, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


def _handler_for(stub: StubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like the real API
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on small replies

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            parts = self.path.split("?")[0].rstrip("/").split("/")
            if parts[-2:-1] == ["batches"]:
                self._send(*stub.batches.retrieve(parts[-1]), {})
            elif parts[-3:-2] == ["files"] and parts[-1] == "content":
                found = stub.batches.files.get(parts[-2])
                if found is None:
                    self._send(404, {"error": {"message": f"no file {parts[-2]}"}}, {})
                else:
                    self._send_bytes(200, found[1], "application/octet-stream")
            elif parts[-2:-1] == ["files"] and parts[-1] in stub.batches.files:
                self._send(200, stub.batches.files[parts[-1]][0], {})
            else:
                self._send(404, {"error": {"message": f"no route {self.path}"}}, {})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            path = self.path.split("?")[0].rstrip("/")
            if path.endswith("/files"):
                fields = _multipart(self.headers.get("Content-Type", ""), raw)
                filename, data = fields.get("file", (None, b""))
                purpose = fields.get("purpose", (None, b""))[1].decode()
                self._send(200, stub.batches.add_file(filename or "upload", purpose, data), {})
                return
            try:
                request = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._send(400, {"error": {"message": "body is not JSON"}}, {})
                return
            if path.endswith("/batches"):
                self._send(*stub.batches.create(request), {})
                return
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": f"no route {self.path}"}}, {})
                return
            reply = stub._next(request)
            wait = stub.delay + reply.delay
            if wait and stub._stopping.wait(wait):
                return
            if reply.body is not None:
                body = reply.body
            elif reply.status >= 400:
                body = {
                    "error": {
                        "message": f"stub error {reply.status}",
                        "type": "stub_error",
                        "code": reply.status,
                    }
                }
            else:
                body = stub._completion(request, reply)
            self._send(reply.status, body, reply.headers)

        def _send(self, status: int, body: dict[str, Any], headers: dict[str, str]) -> None:
            self._send_bytes(status, json.dumps(body).encode(), "application/json", headers)

        def _send_bytes(
            self, status: int, data: bytes, kind: str, headers: dict[str, str] | None = None
        ) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout) before we answered

    return Handler


if __name__ == "__main__":
    _main()
