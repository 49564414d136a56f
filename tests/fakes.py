"""An in-process scripted chat model for unit tests of anything that calls the LLM seam.

It is a :class:`assistant.llm.ChatClient`: inject it where a chat model goes
(``LLMClassifier(ScriptedModel(...), ...)``, ``LLMAssist(ScriptedModel(...))``) and the
seam's retries, re-asks and counts run on it unchanged. Answers come from a queue
(simonw/llm's ``MockModel.enqueue``), then from ``responder`` (pydantic-ai's
``FunctionModel``); every request is recorded with its messages and schema.

An answer is a dict or list (the parsed JSON), a Pydantic model, a string (the model's
raw text: JSON that parses becomes data, anything else an unparsable answer), or an
exception to raise (:class:`HTTPError` for a status with ``Retry-After``, ``TimeoutError``).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import BaseMessage
from pydantic import BaseModel

from assistant.classify.base import Item, Tag, Taxonomy
from assistant.llm.client import Completion

Answer = dict[str, Any] | list[Any] | BaseModel | str | BaseException


@dataclass
class Request:
    """What the seam sent: the conversation and the response format."""

    messages: list[BaseMessage]
    schema: dict[str, Any]

    @property
    def system(self) -> str:
        return "\n".join(str(m.content) for m in self.messages if m.type == "system")

    @property
    def user(self) -> str:
        """The last user message: the prompt, or the re-ask."""
        users = [str(m.content) for m in self.messages if m.type == "human"]
        return users[-1] if users else ""

    @property
    def roles(self) -> list[str]:
        return [m.type for m in self.messages]


@dataclass
class _Headers:
    values: dict[str, str]

    def get(self, name: str, default: str | None = None) -> str | None:
        return {k.lower(): v for k, v in self.values.items()}.get(name.lower(), default)


@dataclass
class _Response:
    headers: _Headers


class HTTPError(Exception):
    """A provider's HTTP error as the seam sees one: a status code and response headers."""

    def __init__(self, status_code: int, retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code
        headers = {} if retry_after is None else {"retry-after": f"{retry_after:g}"}
        self.response = _Response(_Headers(headers))


class ScriptedModel:
    """Scripted answers in order, then ``responder(request)``; every request is kept."""

    def __init__(
        self, *answers: Answer, responder: Callable[[Request], Answer] | None = None
    ) -> None:
        self.answers: deque[Answer] = deque(answers)
        self.responder = responder
        self.requests: list[Request] = []
        self.tokens = (10, 5)  # (input, output) reported for every answer

    def enqueue(self, *answers: Answer) -> ScriptedModel:
        self.answers.extend(answers)
        return self

    @property
    def prompts(self) -> list[str]:
        """The last user message of every request, in order."""
        return [request.user for request in self.requests]

    def complete(self, messages: Sequence[BaseMessage], schema: dict[str, Any]) -> Completion:
        request = Request(list(messages), schema)
        self.requests.append(request)
        if self.answers:
            answer = self.answers.popleft()
        elif self.responder is not None:
            answer = self.responder(request)
        else:
            raise AssertionError(f"no scripted answer left for request {len(self.requests)}")
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, BaseModel):
            answer = answer.model_dump(mode="json")
        if isinstance(answer, str):
            try:
                data = json.loads(answer)
            except json.JSONDecodeError:
                return Completion(None, answer, None, *self.tokens)
            return Completion(data, answer, None, *self.tokens)
        return Completion(answer, json.dumps(answer, ensure_ascii=False), None, *self.tokens)


# --- for classifier tests -----------------------------------------------------------------


class FakeLocal:
    """A fallback classifier: always the last phase and the first emotion."""

    name = "fake-local"

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.seen: list[Item] = []

    def classify(self, items: Sequence[Item]) -> list[Tag]:
        self.seen.extend(items)
        return [
            Tag(
                item_id=item.id,
                phase=self.taxonomy.phase_ids[-1],
                phase_confidence=0.3,
                emotion=self.taxonomy.emotion_ids[0],
                emotion_confidence=0.3,
                classifier=self.name,
                taxonomy_version=self.taxonomy.version,
                phase_model=self.taxonomy.phase_model,
            )
            for item in items
        ]


def result(item_id: str, taxonomy: Taxonomy, **changes: Any) -> dict[str, Any]:
    """One item's entry of a valid classification answer, with ``changes``."""
    entry: dict[str, Any] = {
        "item_id": item_id,
        "phase": taxonomy.phase_ids[3],
        "phase_confidence": 0.9,
        "emotion": taxonomy.emotion_ids[1],
        "emotion_confidence": 0.7,
        "intensity": 2,
        "sentiment": -1,
        "touchpoint": None,
        "pain_point": "late parcel",
        "evidence": None,
    }
    return {**entry, **changes}
