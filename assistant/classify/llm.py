"""An LLM classifier: structured output constrained to the taxonomy, checked, never raising.

Items go to the model in batches (``batch_size`` per call, ``concurrency`` calls at once)
through the one structured-call helper (:class:`assistant.llm.StructuredModel`). The
answer is JSON constrained by a schema built from the taxonomy (labels are enums, scores
bounded). Each item's result is validated again here: labels inside the taxonomy, evidence
an exact quote of the item's text, one result per item. Items that pass are kept; the rest
get one re-ask that says what was wrong, with a schema narrowed to their ids. Transient
errors (429, 5xx, timeouts, connection errors) are retried with exponential backoff and
jitter, honouring ``Retry-After``. Whatever still fails is tagged by the fallback
classifier with ``fallback=True`` and counted in :class:`LLMStats`. Empty texts never reach
the model. Prompt text, the item and example envelopes included, is in
``prompts/classify.yaml`` and ``prompts/classify_reask.yaml``.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, create_model

from assistant.classify.base import UNKNOWN_PHASE, Classifier, Item, Tag, Taxonomy, checked
from assistant.llm import (
    CallStats,
    Invalid,
    ModelError,
    RetryPolicy,
    StructuredModel,
    describe,
    messages_for,
    response_format,
)
from assistant.prompts import RenderedPrompt, load_prompt

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from assistant.llm import ChatClient

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
class LLMStats(CallStats):
    """What happened over the classifier's lifetime: the seam's call counts (calls, retries,
    re-asks, failures by kind, tokens) and per item ``fallbacks`` (finally tagged by the
    fallback classifier), ``skipped_empty`` and ``tagged``.
    """

    model_name: str = ""
    fallbacks: int = 0
    skipped_empty: int = 0
    tagged: int = 0

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


def response_schema(answer: type[BaseModel]) -> dict[str, Any]:
    """The ``json_schema`` response format for ``with_structured_output``."""
    return response_format(answer, SCHEMA_NAME)


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


# --- the classifier -------------------------------------------------------------------------


_DELIMITER = re.compile(r"<(/?\s*(?:item|example)\b)", re.IGNORECASE)


def _neutralise(text: str) -> str:
    """Stop item text from closing or opening our delimiters."""
    return _DELIMITER.sub(r"‹\1", text)


def _results_of(data: Any) -> list[Any] | None:
    """The answer's list of per-item results; None when it has none."""
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        return list(data["results"])
    return list(data) if isinstance(data, list) else None


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
        chat_model: BaseChatModel | ChatClient,
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
        self.taxonomy = taxonomy
        self.fallback = fallback
        self.model_name = model_name
        self.batch_size = batch_size
        self.concurrency = concurrency
        self.examples_for = examples_for
        self.touchpoints = list(touchpoints) if touchpoints else None
        self.max_chars = max_chars
        self._result_model = item_result_model(taxonomy, self.touchpoints)
        self._schema = response_schema(answer_model(self._result_model))
        self._prompt = load_prompt("classify")
        self._reask = load_prompt("classify_reask")
        self._taxonomy_text = self._describe_taxonomy()
        self.stats = LLMStats(model_name=model_name)
        self.llm = StructuredModel(
            chat_model,
            retry=RetryPolicy(max_retries, base_delay, max_delay),
            reasks=1,
            stats=self.stats,
            sleep=sleep,
            jitter=jitter,
            purpose="LLM classification",
        )

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
        self.stats.add(
            skipped_empty=len(empty), fallbacks=len(failed), tagged=len(todo) - len(failed)
        )
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

    # --- the same requests and checks without the call (for the OpenAI Batch API) ----------

    def requests_for(
        self, items: Sequence[Item]
    ) -> Iterator[tuple[list[Item], RenderedPrompt, dict[str, Any]]]:
        """What :meth:`classify` would send for ``items``: per call its items, prompt and
        ``json_schema`` response format. Empty texts are left out (they never reach the
        model; the fallback tags them)."""
        todo = [i for i, item in enumerate(items) if item.text.strip()]
        work = [[items[i] for i in b] for b in self._batches(items, todo)]
        for batch, shots in self._with_shots(work):
            schema = with_item_ids(self._schema, [item.id for item in batch])
            yield batch, self._render(batch, shots), schema

    def check_answer(
        self, data: Any, items: Sequence[Item]
    ) -> tuple[dict[str, Tag], dict[str, tuple[str, str]]]:
        """The checks :meth:`classify` applies to an answer: tags by item id of the items
        it tags well, and (failure kind, what was wrong) by the id of each other item."""
        return self._check(data, {item.id: item for item in items})

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
            self.stats.failure("unexpected")
            return [None] * len(batch)

    def _classify_batch(self, batch: list[Item], shots: list[list[Example]]) -> list[Tag | None]:
        """Tags of the items the model answered well (after at most one re-ask), None for
        the others: the answer for one item never becomes another's, nor a guessed label."""
        pending = {item.id: item for item in batch}
        tags: dict[str, Tag] = {}

        def check(data: Any) -> dict[str, Tag]:
            good, problems = self._validate(data, pending)
            tags.update(good)
            for item_id in good:
                pending.pop(item_id)
            if pending:
                raise Invalid([text for _kind, text in problems], [k for k, _t in problems])
            return tags

        def reask(problems: list[str]) -> str:
            lines = "\n".join(self._reask.part("problem", problem=p) for p in problems)
            item_ids = ", ".join(json.dumps(item_id) for item_id in pending)
            return self._reask.render(problems=lines, item_ids=item_ids).user

        # A ModelError is counted by the seam; what is still pending goes to the fallback.
        with contextlib.suppress(ModelError):
            self.llm.ask_checked(
                messages_for(self._render(batch, shots)),
                lambda: with_item_ids(self._schema, list(pending)),
                check,
                reask,
            )
        return [tags.get(item.id) for item in batch]

    # --- prompt ----------------------------------------------------------------------------

    def _render(self, batch: list[Item], shots: list[list[Example]]) -> RenderedPrompt:
        return self._prompt.render(
            **self._taxonomy_text,
            examples=self._examples(shots),
            items="\n".join(self._item_block(item) for item in batch),
            item_count=str(len(batch)),
        )

    def _describe_taxonomy(self) -> dict[str, str]:
        """The prompt's labels, rendered once: they are the same for every call."""
        tax, part = self.taxonomy, self._prompt.part
        phases = "\n".join(
            part("phase", id=p.id, name=p.name_en, definition=p.definition) for p in tax.phases
        )
        emotions = "\n".join(
            part(
                "emotion",
                id=e.id,
                name=e.name_en,
                valence=f"{e.valence:+d}",
                definition=e.definition,
            )
            for e in tax.emotions
        )
        touchpoints = ", ".join(self.touchpoints) if self.touchpoints else part("no_touchpoints")
        return {
            "phase_model": tax.phase_model,
            "phases": phases,
            "emotions": emotions,
            "touchpoints": touchpoints,
        }

    def _item_block(self, item: Item) -> str:
        part = self._prompt.part
        text = item.text[: self.max_chars]
        attributes = part("truncated") if len(item.text) > self.max_chars else ""
        if item.rating is not None:
            scale = 5 if item.rating <= 5 else 10
            attributes += part("rating", rating=f"{item.rating:g}", scale=scale)
        item_id = html.escape(item.id, quote=True)
        return part("item", id=item_id, attributes=attributes, text=_neutralise(text))

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
                    self._prompt.part(
                        "example",
                        phase=phase,
                        emotion=emotion,
                        text=_neutralise(text[:MAX_EXAMPLE_CHARS]),
                    )
                )
                if len(blocks) >= MAX_EXAMPLES:
                    return "\n".join(blocks)
        return "\n".join(blocks) or self._prompt.part("no_examples")

    # --- validation -----------------------------------------------------------------------

    def _validate(
        self, data: Any, pending: dict[str, Item]
    ) -> tuple[dict[str, Tag], list[tuple[str, str]]]:
        """Good tags by item id, and (failure kind, what was wrong) for each of the rest."""
        if _results_of(data) is None:
            return {}, [("invalid_json", self._reask.part("not_results"))]
        good, problems = self._check(data, pending)
        return good, [
            (kind, self._reask.part("item_problem", item_id=i, problem=text))
            for i, (kind, text) in problems.items()
        ]

    def _check(
        self, data: Any, pending: dict[str, Item]
    ) -> tuple[dict[str, Tag], dict[str, tuple[str, str]]]:
        """Good tags by item id, and (failure kind, what was wrong) by the id of each other."""
        results = _results_of(data)
        if results is None:
            problem = ("invalid_json", self._reask.part("not_results"))
            return {}, {item_id: problem for item_id in pending}
        good: dict[str, Tag] = {}
        problems: dict[str, tuple[str, str]] = {}
        for entry in results:
            item_id = entry.get("item_id") if isinstance(entry, dict) else None
            if not isinstance(item_id, str) or item_id not in pending or item_id in good:
                continue  # unknown, duplicate or unreadable entries are ignored
            try:
                result = self._result_model.model_validate(entry).model_dump()
            except ValidationError as exc:
                problems[item_id] = (self._kind_of(exc), describe(exc))
                continue
            tag = self._tag(pending[item_id], result)
            if isinstance(tag, Tag):
                good[item_id] = tag
            else:
                problems[item_id] = tag
        for item_id in pending:
            if item_id not in good and item_id not in problems:
                problems[item_id] = ("missing_item", self._reask.part("missing_item"))
        return good, {i: problem for i, problem in problems.items() if i not in good}

    def _tag(self, item: Item, result: dict[str, Any]) -> Tag | tuple[str, str]:
        """The item's tag, or (failure kind, what was wrong)."""
        evidence = result["evidence"]
        if evidence is not None:
            evidence = _find_quote(evidence, item.text)
            if evidence is None:
                quote = repr(result["evidence"][:200])
                return "evidence_not_in_text", self._reask.part("not_an_exact_quote", quote=quote)
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
            return "schema", str(exc)

    @staticmethod
    def _kind_of(exc: ValidationError) -> str:
        fields = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        if fields & {"phase", "emotion", "touchpoint"}:
            return "label_outside_taxonomy"
        return "schema"
