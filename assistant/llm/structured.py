"""The one structured-call helper: a request, bounded retries, bounded re-asks, all counted.

``StructuredModel(chat).ask(messages, Answer)`` sends ``messages`` with ``Answer``'s strict
JSON schema as the response format and returns a validated ``Answer``:

- transport errors that may pass (429, 5xx, timeouts, connection errors) are retried
  ``retry.retries`` times with backoff that honours ``Retry-After``; others are not;
- an answer that is not JSON or fails validation is re-asked, with the validation error,
  at most ``reasks`` times (instructor's re-ask);
- after that the call raises :class:`CallFailed` or :class:`AnswerRejected`: an answer is
  never coerced into a label, and the caller decides what the failure means (the
  classifier tags with its fallback and says so, the audit parses offline, the backlog
  keeps its keyword label).

:meth:`StructuredModel.ask_checked` takes a check function instead of a model, for answers
that need more than a Pydantic model (the classifier keeps the items that passed and
re-asks for the rest, with a schema narrowed to them). Every call, retry, re-ask, failure
kind and token lands in :class:`CallStats`.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from assistant.errors import JourneyError
from assistant.llm.client import ChatClient, Completion, as_client, response_format
from assistant.llm.retry import RetryPolicy, error_kind
from assistant.prompts import RenderedPrompt, load_prompt

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

logger = logging.getLogger(__name__)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

Reask = Callable[[list[str]], str]  # what was wrong (one line each) -> the re-ask message
Schema = dict[str, Any] | Callable[[], dict[str, Any]]


class ModelError(JourneyError):
    """A model call that gave no usable answer; ``kind`` names why."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class CallFailed(ModelError):
    """The request itself failed (after the retries its kind allows)."""


class AnswerRejected(ModelError):
    """Every answer, the re-asks included, failed validation."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid_answer", "; ".join(problems))
        self.problems = problems


class Invalid(Exception):
    """Raised by a check: what was wrong with the answer (one line per problem, told to the
    model in the re-ask) and the failure kinds to count."""

    def __init__(self, problems: Sequence[str], kinds: Sequence[str] = ("schema",)) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)
        self.kinds = list(kinds)


@dataclass
class CallStats:
    """Counts over a model's lifetime, safe to share between threads.

    ``calls`` counts requests (first tries, retries and re-asks); ``failures_by_kind``
    counts every failure seen, also those a retry or re-ask repaired; ``failed`` counts
    asks that ended without a usable answer.
    """

    calls: int = 0
    retries: int = 0
    reasks: int = 0
    failed: int = 0
    failures_by_kind: Counter[str] = field(default_factory=Counter)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    _lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )

    def add(self, **counts: int) -> None:
        """Add to the named counters (``calls=1``, ``retries=1``...)."""
        with self._lock:
            for name, count in counts.items():
                setattr(self, name, getattr(self, name) + count)

    def failure(self, kind: str) -> None:
        with self._lock:
            self.failures_by_kind[kind] += 1


def messages_for(rendered: RenderedPrompt) -> list[BaseMessage]:
    """A rendered prompt as chat messages: its system part (when it has one), then its user part."""
    from langchain_core.messages import HumanMessage, SystemMessage

    system = [SystemMessage(content=rendered.system)] if rendered.system is not None else []
    return [*system, HumanMessage(content=rendered.user)]


def describe(exc: ValidationError) -> str:
    """A validation error as one line the model can act on."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "result"
        got = error.get("input")
        shown = f" (got {got!r})" if not isinstance(got, dict) else ""
        parts.append(f"{where}: {error['msg']}{shown}")
    return "; ".join(parts)


def default_reask(problems: list[str]) -> str:
    """The re-ask of ``prompts/reask.yaml``: what was wrong, and answer again."""
    prompt = load_prompt("reask")
    lines = "\n".join(prompt.part("problem", problem=problem) for problem in problems)
    return prompt.render(problems=lines).user


class StructuredModel:
    """A chat model that answers in validated structures (see the module's docstring)."""

    def __init__(
        self,
        chat_model: BaseChatModel | ChatClient,
        *,
        retry: RetryPolicy | None = None,
        reasks: int = 1,
        stats: CallStats | None = None,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
        purpose: str = "model call",
    ) -> None:
        if reasks < 0:
            raise ValueError("reasks must be >= 0")
        self.client = as_client(chat_model)
        self.retry = retry or RetryPolicy()
        self.reasks = reasks
        self.stats = stats if stats is not None else CallStats()
        self.purpose = purpose
        self._sleep = sleep
        self._jitter = jitter

    def ask(
        self,
        messages: Sequence[BaseMessage],
        answer: type[M],
        *,
        reask: Reask = default_reask,
        schema_name: str | None = None,
    ) -> M:
        """A validated ``answer``, or :class:`ModelError` (see the module's docstring)."""

        def check(data: Any) -> M:
            try:
                return answer.model_validate(data)
            except ValidationError as exc:
                raise Invalid([describe(exc)]) from exc

        return self.ask_checked(messages, response_format(answer, schema_name), check, reask)

    def ask_checked(
        self,
        messages: Sequence[BaseMessage],
        schema: Schema,
        check: Callable[[Any], T],
        reask: Reask = default_reask,
    ) -> T:
        """``check(data)`` of an answer in ``schema`` (a response format, or a function
        giving the one for each ask). ``check`` raises :class:`Invalid` to have the answer
        re-asked; after the last re-ask that becomes :class:`AnswerRejected`."""
        from langchain_core.messages import AIMessage, HumanMessage

        conversation = list(messages)
        for round_ in range(self.reasks + 1):
            completion = self.complete(conversation, schema() if callable(schema) else schema)
            try:
                if completion.data is None:
                    raise Invalid([self._unparsed(completion)], kinds=["invalid_json"])
                return check(completion.data)
            except Invalid as exc:
                for kind in exc.kinds:
                    self.stats.failure(kind)
                problems = exc.problems
            if round_ == self.reasks:
                break
            self.stats.add(reasks=1)
            conversation += [
                AIMessage(content=completion.text or ""),
                HumanMessage(content=reask(problems)),
            ]
        self.stats.add(failed=1)
        logger.warning(
            "%s: answer rejected after %d re-ask(s): %s",
            self.purpose,
            self.reasks,
            "; ".join(problems),
        )
        raise AnswerRejected(problems)

    def complete(self, messages: Sequence[BaseMessage], schema: dict[str, Any]) -> Completion:
        """One request, retried as the policy allows; :class:`CallFailed` when it cannot."""
        attempt = 0
        while True:
            self.stats.add(calls=1)
            try:
                completion = self.client.complete(messages, schema)
            except Exception as exc:
                kind, retryable = error_kind(exc)
                self.stats.failure(kind)
                if not retryable or attempt >= self.retry.retries:
                    self.stats.add(failed=1)
                    logger.warning(
                        "%s failed (%s) after %d retries: %s", self.purpose, kind, attempt, exc
                    )
                    raise CallFailed(kind, f"{self.purpose} failed ({kind}): {exc}") from exc
                attempt += 1
                self.stats.add(retries=1)
                self._sleep(self.retry.delay(attempt, exc, self._jitter()))
                continue
            self.stats.add(
                prompt_tokens=completion.input_tokens, completion_tokens=completion.output_tokens
            )
            return completion

    @staticmethod
    def _unparsed(completion: Completion) -> str:
        prompt = load_prompt("reask")
        if completion.error:
            return prompt.part("unparsed", error=completion.error)
        return prompt.part("not_json")
