"""An LLM classifier: structured output constrained to the taxonomy, checked, never raising.

Items go to the model in batches (``batch_size`` per call, ``concurrency`` calls at once).
The answer is JSON constrained by a schema built from the taxonomy (labels are enums,
scores bounded). Each item's result is validated again here: labels inside the taxonomy,
evidence an exact quote of the item's text, one result per item. Invalid answers get one
re-ask that says what was wrong; transient errors (429, 5xx, timeouts, connection errors)
are retried with exponential backoff and jitter, honouring ``Retry-After``. Whatever still
fails is tagged by the fallback classifier with ``fallback=True`` and counted in
:class:`LLMStats`. Empty texts never reach the model.
"""

from __future__ import annotations

import html
import json
import logging
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from langchain_core.callbacks import UsageMetadataCallbackHandler
from langchain_core.exceptions import OutputParserException
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, create_model

from assistant.classify.base import UNKNOWN_PHASE, Classifier, Item, Tag, Taxonomy, checked
from assistant.llm import backoff_delay, error_kind
from assistant.prompts import load_prompt

logger = logging.getLogger(__name__)

Example = tuple[str, str, str]  # (text, phase, emotion)
SHOTS_AT_ONCE = 64  # items whose few-shot examples are retrieved in one embedding pass

MAX_CHARS = 6_000  # characters of one item sent to the model; evidence is checked on all
MAX_EXAMPLES = 12  # few-shot examples per call
MAX_EXAMPLE_CHARS = 600
SCHEMA_NAME = "journey_classification"

# USD per 1M tokens (input, output). Unknown models get no cost estimate.
PRICES_PER_MILLION: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-5": (1.25, 10.00),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5-nano": (0.05, 0.40),
}


def price_for(model_name: str) -> tuple[float, float] | None:
    """(input, output) USD per 1M tokens for a known model, also with a provider prefix
    (``openai:gpt-4.1-mini``) or a dated suffix (``gpt-4o-mini-2024-07-18``)."""
    name = model_name.rpartition(":")[2].strip().lower()
    for key in sorted(PRICES_PER_MILLION, key=len, reverse=True):
        if name == key or name.startswith(key + "-"):
            return PRICES_PER_MILLION[key]
    return None


@dataclass
class LLMStats:
    """What happened over the classifier's lifetime.

    ``calls`` counts requests sent to the model (first tries, retries and re-asks);
    ``failures_by_kind`` counts every failure seen, also those a retry or re-ask repaired;
    ``fallbacks`` counts items that were finally tagged by the fallback classifier.
    """

    model_name: str = ""
    calls: int = 0
    retries: int = 0
    reasks: int = 0
    fallbacks: int = 0
    skipped_empty: int = 0
    tagged: int = 0
    failures_by_kind: Counter[str] = field(default_factory=Counter)
    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def estimated_cost_usd(self) -> float | None:
        price = price_for(self.model_name)
        if price is None:
            return None
        return (self.prompt_tokens * price[0] + self.completion_tokens * price[1]) / 1_000_000

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures for a job report."""
        return {
            "model": self.model_name,
            "calls": self.calls,
            "retries": self.retries,
            "reasks": self.reasks,
            "fallbacks": self.fallbacks,
            "skipped_empty": self.skipped_empty,
            "tagged": self.tagged,
            "failures_by_kind": dict(self.failures_by_kind),
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "estimated_cost_usd": self.estimated_cost_usd,
        }


# --- the answer schema ------------------------------------------------------------------


def _clip01(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return min(1.0, max(0.0, float(value)))
    return value


def _none_if_blank(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value.strip() if isinstance(value, str) else value


def _literal(values: Sequence[str]) -> Any:
    return Literal[tuple(values)]


Confidence = Annotated[float, Field(ge=0.0, le=1.0), BeforeValidator(_clip01)]
OptionalText = Annotated[str | None, BeforeValidator(_none_if_blank)]


def item_result_model(taxonomy: Taxonomy, touchpoints: Sequence[str] | None) -> type[BaseModel]:
    """The per-item result, with labels constrained to the taxonomy (and touchpoint ids).

    ``item_id`` is a plain string here; :func:`response_schema` narrows it to the ids of
    one batch, and the classifier checks it against the batch.
    """
    touchpoint: Any = _literal(touchpoints) | None if touchpoints else None
    return create_model(
        "ItemResult",
        __config__=ConfigDict(extra="ignore"),
        item_id=(str, ...),
        phase=(_literal([*taxonomy.phase_ids, UNKNOWN_PHASE]), ...),
        phase_confidence=(Confidence, ...),
        emotion=(_literal(taxonomy.emotion_ids), ...),
        emotion_confidence=(Confidence, ...),
        intensity=(Annotated[int, Field(ge=1, le=3)], ...),
        sentiment=(Annotated[int, Field(ge=-2, le=2)], ...),
        touchpoint=(touchpoint, ...),
        pain_point=(OptionalText, ...),
        evidence=(OptionalText, ...),
    )


def answer_model(result: type[BaseModel]) -> type[BaseModel]:
    return create_model("ClassificationAnswer", results=(list[result], ...))  # type: ignore[valid-type]


def _strict(node: Any) -> Any:
    """Make a Pydantic JSON schema acceptable to OpenAI's strict structured outputs.

    Drops ``default`` and ``title`` (noise the model does not need), turns ``const`` into a
    one-value ``enum`` and makes every object closed with all its properties required.
    """
    if isinstance(node, list):
        return [_strict(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("default", "title"):
            continue
        if key in ("properties", "$defs") and isinstance(value, dict):
            out[key] = {name: _strict(sub) for name, sub in value.items()}
        else:
            out[key] = _strict(value)
    if "const" in out:
        out["enum"] = [out.pop("const")]
    if "properties" in out:
        out["additionalProperties"] = False
        out["required"] = list(out["properties"])
    return out


def response_schema(answer: type[BaseModel]) -> dict[str, Any]:
    """The ``json_schema`` response format for ``with_structured_output``."""
    return {"name": SCHEMA_NAME, "schema": _strict(answer.model_json_schema()), "strict": True}


def with_item_ids(response: dict[str, Any], item_ids: Sequence[str]) -> dict[str, Any]:
    """A copy of :func:`response_schema`'s output whose ``item_id`` is one of ``item_ids``.

    Copies only the path it changes, so it is cheap enough to call for every batch.
    """
    schema = response["schema"]
    result = schema["$defs"]["ItemResult"]
    properties = {
        **result["properties"],
        "item_id": {"type": "string", "enum": list(item_ids)},
    }
    defs = {**schema["$defs"], "ItemResult": {**result, "properties": properties}}
    return {**response, "schema": {**schema, "$defs": defs}}


# --- errors -------------------------------------------------------------------------------


class _CallFailed(Exception):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


# --- the classifier -------------------------------------------------------------------------


@dataclass
class _Answer:
    results: list[Any] | None
    raw: str | None  # the answer's text, repeated to the model in a re-ask
    problem: tuple[str, str] | None = None  # (kind, message) when the whole answer failed


_DELIMITER = re.compile(r"<(/?\s*(?:item|example)\b)", re.IGNORECASE)


def _neutralise(text: str) -> str:
    """Stop item text from closing or opening our delimiters."""
    return _DELIMITER.sub(r"‹\1", text)


def _find_quote(quote: str, text: str) -> str | None:
    quote = quote.strip()
    if quote in text:
        return quote
    bare = quote.strip("\"'“”‘’«»„").strip()
    if bare and bare in text:
        return bare
    return None


class LLMClassifier:
    """Tags items with a chat model; falls back to another classifier when it cannot."""

    name = "llm"

    def __init__(
        self,
        chat_model: BaseChatModel,
        taxonomy: Taxonomy,
        fallback: Classifier,
        *,
        model_name: str,
        batch_size: int = 1,
        concurrency: int = 4,
        max_retries: int = 4,
        examples_for: Callable[[Sequence[Item]], list[list[Example]]] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        touchpoints: list[str] | None = None,
        max_chars: int = MAX_CHARS,
        base_delay: float = 0.5,
        max_delay: float = 30.0,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        if batch_size < 1 or concurrency < 1 or max_retries < 0:
            raise ValueError("batch_size and concurrency must be >= 1, max_retries >= 0")
        self.chat_model = chat_model
        self.taxonomy = taxonomy
        self.fallback = fallback
        self.model_name = model_name
        self.batch_size = batch_size
        self.concurrency = concurrency
        self.max_retries = max_retries
        self.examples_for = examples_for
        self.touchpoints = list(touchpoints) if touchpoints else None
        self.max_chars = max_chars
        self.base_delay = base_delay
        self.max_delay = max_delay
        self._sleep = sleep
        self._jitter = jitter
        self._result_model = item_result_model(taxonomy, self.touchpoints)
        self._schema = response_schema(answer_model(self._result_model))
        self._prompt = load_prompt("classify")
        self._reask = load_prompt("classify_reask")
        self._lock = threading.Lock()
        self.stats = LLMStats(model_name=model_name)

    @property
    def prompt_version(self) -> str:
        return self._prompt.version

    # --- public ---------------------------------------------------------------------------

    def classify(self, items: Sequence[Item]) -> list[Tag]:
        """One tag per item, in input order. Never raises for a bad or missing answer."""
        tags: list[Tag | None] = [None] * len(items)
        empty = [i for i, item in enumerate(items) if not item.text.strip()]
        todo = [i for i, item in enumerate(items) if item.text.strip()]
        batches = self._batches(items, todo)
        work = [[items[i] for i in b] for b in batches]
        if len(batches) > 1 and self.concurrency > 1:
            with ThreadPoolExecutor(max_workers=min(self.concurrency, len(batches))) as pool:
                futures = [
                    pool.submit(self._safe_batch, batch, shots)
                    for batch, shots in self._with_shots(work)
                ]
                outcomes = [future.result() for future in futures]
        else:
            outcomes = [self._safe_batch(batch, shots) for batch, shots in self._with_shots(work)]
        failed: list[int] = []
        for batch, results in zip(batches, outcomes, strict=True):
            for index, tag in zip(batch, results, strict=True):
                if tag is None:
                    failed.append(index)
                else:
                    tags[index] = tag
        with self._lock:
            self.stats.skipped_empty += len(empty)
            self.stats.fallbacks += len(failed)
            self.stats.tagged += len(todo) - len(failed)
        if empty or failed:
            order = empty + failed
            backup = self.fallback.classify([items[i] for i in order])
            if len(backup) != len(order):
                raise RuntimeError(
                    f"fallback classifier {self.fallback.name!r} returned {len(backup)} tags "
                    f"for {len(order)} items"
                )
            failed_set = set(failed)
            for index, tag in zip(order, backup, strict=True):
                if index in failed_set:
                    tag = tag.model_copy(update={"fallback": True})
                tags[index] = tag
        return [tag for tag in tags if tag is not None]

    # --- batches ---------------------------------------------------------------------------

    def _batches(self, items: Sequence[Item], todo: list[int]) -> list[list[int]]:
        """Runs of ``batch_size`` indexes; an id appears at most once per batch."""
        batches: list[list[int]] = []
        current: list[int] = []
        ids: set[str] = set()
        for index in todo:
            if len(current) >= self.batch_size or items[index].id in ids:
                batches.append(current)
                current, ids = [], set()
            current.append(index)
            ids.add(items[index].id)
        if current:
            batches.append(current)
        return batches

    def _with_shots(
        self, work: list[list[Item]]
    ) -> Iterator[tuple[list[Item], list[list[Example]]]]:
        """The batches with their items' few-shot examples, retrieved SHOTS_AT_ONCE items at
        a time in the calling thread: one embedding pass per group instead of one per call
        (16 threads each embedding one text fight over the interpreter), and the first calls
        start while later groups are still being retrieved."""
        group: list[list[Item]] = []
        for n, batch in enumerate(work):
            group.append(batch)
            if sum(map(len, group)) < SHOTS_AT_ONCE and n < len(work) - 1:
                continue
            flat = [item for b in group for item in b]
            shots = self.examples_for(flat) if self.examples_for else [[] for _ in flat]
            for b in group:
                yield b, shots[: len(b)]
                shots = shots[len(b) :]
            group = []

    def _safe_batch(self, batch: list[Item], shots: list[list[Example]]) -> list[Tag | None]:
        try:
            return self._classify_batch(batch, shots)
        except Exception:  # never let one batch sink the run; the fallback tags it
            logger.exception("LLM classification of %d items failed unexpectedly", len(batch))
            self._failure("unexpected")
            return [None] * len(batch)

    def _classify_batch(self, batch: list[Item], shots: list[list[Example]]) -> list[Tag | None]:
        rendered = self._render(batch, shots)
        messages: list[BaseMessage] = [
            SystemMessage(content=rendered.system or ""),
            HumanMessage(content=rendered.user),
        ]
        pending = {item.id: item for item in batch}
        tags: dict[str, Tag] = {}
        for attempt in range(2):  # the first ask and one re-ask
            try:
                answer = self._ask(messages, list(pending))
            except _CallFailed:
                break
            good, problems = self._validate(answer, pending)
            tags.update(good)
            for item_id in good:
                pending.pop(item_id)
            if not pending or attempt == 1:
                break
            with self._lock:
                self.stats.reasks += 1
            reply = AIMessage(content=answer.raw or "")
            reask = self._reask.render(
                problems="\n".join(f"- {message}" for message in problems),
                item_ids=", ".join(json.dumps(item_id) for item_id in pending),
            )
            messages = [*messages, reply, HumanMessage(content=reask.user)]
        return [tags.get(item.id) for item in batch]

    # --- prompt ----------------------------------------------------------------------------

    def _render(self, batch: list[Item], shots: list[list[Example]]) -> Any:
        tax = self.taxonomy
        phases = "\n".join(f"- {p.id} ({p.name_en}): {p.definition}" for p in tax.phases)
        emotions = "\n".join(
            f"- {e.id} ({e.name_en}, valence {e.valence:+d}): {e.definition}" for e in tax.emotions
        )
        touchpoints = (
            ", ".join(self.touchpoints) if self.touchpoints else "(none listed: always use null)"
        )
        return self._prompt.render(
            phase_model=tax.phase_model,
            phases=phases,
            emotions=emotions,
            touchpoints=touchpoints,
            examples=self._examples(shots),
            items="\n".join(self._item_block(item) for item in batch),
            item_count=str(len(batch)),
        )

    def _item_block(self, item: Item) -> str:
        text = item.text[: self.max_chars]
        extra = ' truncated="true"' if len(item.text) > self.max_chars else ""
        if item.rating is not None:
            extra += f' rating="{item.rating:g} of {5 if item.rating <= 5 else 10}"'
        item_id = html.escape(item.id, quote=True)
        return f'<item id="{item_id}"{extra}>\n{_neutralise(text)}\n</item>'

    def _examples(self, shots: list[list[Example]]) -> str:
        seen: set[str] = set()
        blocks: list[str] = []
        phases, emotions = set(self.taxonomy.phase_ids), set(self.taxonomy.emotion_ids)
        for examples in shots:
            for text, phase, emotion in examples:
                if text in seen or phase not in phases or emotion not in emotions:
                    continue
                seen.add(text)
                blocks.append(
                    f'<example phase="{phase}" emotion="{emotion}">\n'
                    f"{_neutralise(text[:MAX_EXAMPLE_CHARS])}\n</example>"
                )
                if len(blocks) >= MAX_EXAMPLES:
                    return "\n".join(blocks)
        return "\n".join(blocks) or "(none)"

    # --- calling the model --------------------------------------------------------------

    def _ask(self, messages: list[BaseMessage], item_ids: list[str]) -> _Answer:
        # Token counts come from each answer's AIMessage.usage_metadata through a callback
        # rather than include_raw=True: that wraps the call in a RunnableMap which costs a
        # thread hop and ~4 ms CPU per call (it decided the 60 items/s bench target), and
        # the callback also counts answers that then fail to parse.
        runnable = self.chat_model.with_structured_output(
            with_item_ids(self._schema, item_ids), method="json_schema"
        )
        attempt = 0
        while True:
            with self._lock:
                self.stats.calls += 1
            usage = UsageMetadataCallbackHandler()
            try:
                output = runnable.invoke(messages, config={"callbacks": [usage]})
            except OutputParserException as exc:  # not JSON: keep the text for the re-ask
                self._count_tokens(usage)
                self._failure("invalid_json")
                raw = exc.llm_output if isinstance(exc.llm_output, str) else None
                return _Answer(None, raw, ("invalid_json", "the answer was not valid JSON"))
            except (ValidationError, json.JSONDecodeError) as exc:
                # an SDK that validates the answer itself refused it
                self._count_tokens(usage)
                self._failure("invalid_json")
                return _Answer(None, None, ("invalid_json", f"the answer did not parse: {exc}"))
            except Exception as exc:
                kind, retryable = error_kind(exc)
                self._failure(kind)
                if not retryable or attempt >= self.max_retries:
                    logger.warning("LLM call failed (%s) after %d retries: %s", kind, attempt, exc)
                    raise _CallFailed(kind) from exc
                attempt += 1
                with self._lock:
                    self.stats.retries += 1
                self._sleep(self._delay(attempt, exc))
                continue
            self._count_tokens(usage)
            return self._read(output)

    def _count_tokens(self, usage: UsageMetadataCallbackHandler) -> None:
        metadata = list(usage.usage_metadata.values())
        with self._lock:
            for entry in metadata:
                self.stats.prompt_tokens += entry.get("input_tokens", 0)
                self.stats.completion_tokens += entry.get("output_tokens", 0)

    def _delay(self, attempt: int, exc: BaseException) -> float:
        return backoff_delay(attempt, exc, self.base_delay, self.max_delay, self._jitter())

    def _read(self, parsed: Any) -> _Answer:
        if isinstance(parsed, BaseModel):
            parsed = parsed.model_dump()
        if isinstance(parsed, dict) and isinstance(parsed.get("results"), list):
            return _Answer(parsed["results"], json.dumps(parsed, ensure_ascii=False))
        if isinstance(parsed, list):
            return _Answer(parsed, json.dumps(parsed, ensure_ascii=False))
        self._failure("invalid_json")
        return _Answer(
            None,
            None if parsed is None else json.dumps(parsed, ensure_ascii=False),
            ("invalid_json", 'the answer was not JSON of the form {"results": [...]}'),
        )

    # --- validation -----------------------------------------------------------------------

    def _validate(
        self, answer: _Answer, pending: dict[str, Item]
    ) -> tuple[dict[str, Tag], list[str]]:
        """Good tags by item id, and what was wrong (one line per problem) for the rest."""
        if answer.results is None:
            assert answer.problem is not None
            return {}, [answer.problem[1]]
        model = self._result_model
        good: dict[str, Tag] = {}
        problems: dict[str, str] = {}
        for entry in answer.results:
            item_id = entry.get("item_id") if isinstance(entry, dict) else None
            if not isinstance(item_id, str) or item_id not in pending or item_id in good:
                continue  # unknown, duplicate or unreadable entries are ignored
            try:
                result = model.model_validate(entry).model_dump()
            except ValidationError as exc:
                self._failure(self._kind_of(exc))
                problems[item_id] = self._describe(exc)
                continue
            tag = self._tag(pending[item_id], result, problems)
            if tag is not None:
                good[item_id] = tag
        for item_id in pending:
            if item_id not in good and item_id not in problems:
                self._failure("missing_item")
                problems[item_id] = "no result was given for it"
        return good, [f"item {i}: {p}" for i, p in problems.items() if i not in good]

    def _tag(self, item: Item, result: dict[str, Any], problems: dict[str, str]) -> Tag | None:
        evidence = result["evidence"]
        if evidence is not None:
            evidence = _find_quote(evidence, item.text)
            if evidence is None:
                self._failure("evidence_not_in_text")
                problems[item.id] = (
                    f"evidence {result['evidence'][:200]!r} is not an exact quote from the "
                    "item text; copy it character for character or use null"
                )
                return None
        try:
            tag = Tag(
                item_id=item.id,
                phase=result["phase"],
                phase_confidence=result["phase_confidence"],
                emotion=result["emotion"],
                emotion_confidence=result["emotion_confidence"],
                intensity=result["intensity"],
                sentiment=result["sentiment"],
                touchpoint=result["touchpoint"],
                pain_point=result["pain_point"],
                evidence=evidence,
                classifier=self.name,
                model=self.model_name,
                prompt_version=self.prompt_version,
                taxonomy_version=self.taxonomy.version,
                phase_model=self.taxonomy.phase_model,
            )
            return checked(tag, self.taxonomy, item.text)
        except ValueError as exc:  # ValidationError is a ValueError too
            self._failure("schema")
            problems[item.id] = str(exc)
            return None

    @staticmethod
    def _kind_of(exc: ValidationError) -> str:
        fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        if fields & {"phase", "emotion", "touchpoint"}:
            return "label_outside_taxonomy"
        return "schema"

    def _describe(self, exc: ValidationError) -> str:
        parts = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error["loc"]) or "result"
            got = error.get("input")
            shown = f" (got {got!r})" if not isinstance(got, dict) else ""
            parts.append(f"{where}: {error['msg']}{shown}")
        return "; ".join(parts)

    def _failure(self, kind: str) -> None:
        with self._lock:
            self.stats.failures_by_kind[kind] += 1
