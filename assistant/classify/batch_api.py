"""The OpenAI Batch API's formats, pure: request lines, input files within the limits,
result lines, and the state a batch tag job keeps in its job row.

One request line per item (``custom_id`` = the record id) carries exactly the chat
request the LLM classifier would send for that item: its prompt and its ``json_schema``
response format (:meth:`assistant.classify.llm.LLMClassifier.requests_for`). A result
line becomes either the parsed answer (checked afterwards by the classifier's own
:meth:`~assistant.classify.llm.LLMClassifier.check_answer`) or a reason it has none.
Nothing here does I/O; :mod:`assistant.classify.batch_flow` uploads, polls and imports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from assistant.prompts import RenderedPrompt

ENDPOINT = "/v1/chat/completions"
MAX_REQUESTS = 50_000  # requests per input file (OpenAI's limit)
MAX_BYTES = 200_000_000  # bytes per input file (OpenAI: 200 MB)
FINAL = ("completed", "failed", "expired", "cancelled")  # a batch's statuses that stay
MAX_PROBLEMS = 1000  # problems kept in the job row (all are counted)
STATE_KEY = "batch_api"  # where the state lives in the job row's stats


def request_line(
    custom_id: str, model: str, prompt: RenderedPrompt, response_format: dict[str, Any]
) -> bytes:
    """One line of an input file: the chat request for ``prompt``, as bytes."""
    messages = [{"role": "system", "content": prompt.system}] if prompt.system else []
    messages.append({"role": "user", "content": prompt.user})
    body = {
        "model": model,
        "messages": messages,
        "response_format": {"type": "json_schema", "json_schema": response_format},
    }
    line = {"custom_id": custom_id, "method": "POST", "url": ENDPOINT, "body": body}
    return (json.dumps(line, ensure_ascii=False) + "\n").encode()


@dataclass
class FilePlan:
    """Fills one input file at a time within ``max_requests`` lines and ``max_bytes``."""

    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES
    requests: int = 0
    size: int = 0

    def fits(self, line: bytes) -> bool:
        """Whether ``line`` still goes into the current file (a first line always does)."""
        if self.requests == 0:
            return True
        return self.requests < self.max_requests and self.size + len(line) <= self.max_bytes

    def add(self, line: bytes) -> None:
        if self.requests == 0 and len(line) > self.max_bytes:
            raise ValueError(f"one request of {len(line)} bytes is over the file limit")
        self.requests += 1
        self.size += len(line)

    def reset(self) -> None:
        self.requests = self.size = 0


@dataclass(frozen=True)
class ResultLine:
    """One line of a batch's output or error file: the answer's JSON (``data``), or
    ``error``, the reason there is none."""

    custom_id: str | None
    data: Any = None
    error: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0


def parse_result_line(line: str) -> ResultLine:
    """A result line as the Batch API writes it (``custom_id``, ``response`` with
    ``status_code`` and ``body``, or ``error``)."""
    try:
        row = json.loads(line)
    except ValueError:
        return ResultLine(None, error="result line is not JSON")
    if not isinstance(row, dict):
        return ResultLine(None, error="result line is not a JSON object")
    custom_id = row.get("custom_id")
    custom_id = custom_id if isinstance(custom_id, str) else None
    if isinstance(row.get("error"), dict):
        return ResultLine(custom_id, error=_error_text(row["error"]))
    response = _obj(row.get("response"))
    body = _obj(response.get("body"))
    status = response.get("status_code")
    if status != 200:
        detail = _error_text(_obj(body.get("error"))) if body.get("error") else ""
        return ResultLine(custom_id, error=f"HTTP {status}" + (f": {detail}" if detail else ""))
    usage = _obj(body.get("usage"))
    tokens = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
    choices = body.get("choices")
    first = _obj(choices[0]) if isinstance(choices, list) and choices else {}
    if not first:
        return ResultLine(custom_id, None, "the answer has no choices", *tokens)
    message = _obj(first.get("message"))
    if message.get("refusal"):
        return ResultLine(custom_id, None, f"the model refused: {message['refusal']}", *tokens)
    try:
        data = json.loads(message.get("content") or "")
    except ValueError:
        reason = "cut off (length)" if first.get("finish_reason") == "length" else "not JSON"
        return ResultLine(custom_id, None, f"the answer is {reason}", *tokens)
    return ResultLine(custom_id, data, None, *tokens)


def custom_ids(jsonl: str) -> list[str]:
    """The ``custom_id`` of every line of an input (or result) file."""
    found: list[str] = []
    for line in jsonl.splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and isinstance(row.get("custom_id"), str):
            found.append(row["custom_id"])
    return found


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _error_text(error: dict[str, Any]) -> str:
    code, message = error.get("code"), error.get("message")
    return ": ".join(str(part) for part in (code, message) if part) or "error"


# --- the state in the job row ------------------------------------------------------------


class Problem(BaseModel):
    """A record whose request gave no tag, and why; it stays untagged."""

    record_id: str
    reason: str


class BatchPart(BaseModel):
    """One uploaded input file and the batch that runs it."""

    id: str
    input_file_id: str
    requests: int
    first_id: str  # the first and last record id in the file, in the order they were sent
    last_id: str
    status: str = "validating"
    output_file_id: str | None = None
    error_file_id: str | None = None
    completed: int = 0  # the API's request counts
    failed: int = 0
    errors: list[str] = Field(default_factory=list)  # why the batch itself failed
    lines_done: dict[str, int] = Field(default_factory=dict)  # file kind -> lines imported
    imported: bool = False

    @property
    def final(self) -> bool:
        return self.status in FINAL


class BatchState(BaseModel):
    """What a batch tag job knows; saved in its row's ``stats`` after every step."""

    model: str
    prompt_version: str
    taxonomy_version: str
    submitted_at: datetime
    submitting: bool = True
    batches: list[BatchPart] = Field(default_factory=list)
    cached: int = 0  # answered from the tag cache at submit
    empty: int = 0  # empty texts, tagged by the fallback at submit
    tagged: int = 0  # imported from results
    failed: int = 0  # requests that gave no valid tag (problems)
    skipped: int = 0  # results for records erased or tagged otherwise meanwhile
    prompt_tokens: int = 0
    completion_tokens: int = 0
    problems: list[Problem] = Field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(part.requests for part in self.batches)

    @property
    def pending(self) -> int:
        """Requests not accounted for yet (their batch is still running)."""
        return self.requests - self.tagged - self.failed - self.skipped

    @property
    def finished(self) -> bool:
        return not self.submitting and all(part.imported for part in self.batches)

    def problem(self, record_id: str, reason: str) -> None:
        self.failed += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(record_id=record_id, reason=reason))

    def as_stats(self) -> dict[str, Any]:
        return {STATE_KEY: self.model_dump(mode="json")}

    @classmethod
    def from_stats(cls, stats: dict[str, Any] | None) -> BatchState | None:
        raw = (stats or {}).get(STATE_KEY)
        return cls.model_validate(raw) if isinstance(raw, dict) else None


def remaining_after(ids: list[str], last_sent: str) -> list[str]:
    """The ids still to send after a submission stopped at ``last_sent``: those after it in
    the same (database) order, or, when it is gone from the list, those sorting after it."""
    try:
        return ids[ids.index(last_sent) + 1 :]
    except ValueError:
        return [i for i in ids if i > last_sent]
