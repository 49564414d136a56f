"""What the backlog builder reads of a negative record: a pain summary to cluster on and an
exact quote to show, both embedded once."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np

from assistant.backlog.naming import readable
from assistant.classify.base import Tag

if TYPE_CHECKING:
    from assistant.backlog.matching import PatternMatcher

EmbedFn = Callable[[Sequence[str]], np.ndarray]

SUMMARY_MIN_CHARS = 25  # a shorter evidence quote ("Jammer.") says too little to cluster on
QUOTE_MIN_CHARS = 15  # a shorter evidence quote ("Jammer hoor.") gives way to the text
QUOTE_MAX_CHARS = 240
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
SENTENCES = 5  # of a record, read to match it to a friction pattern
SENTENCE_MIN_CHARS = 12  # a shorter piece ("Hi!", "Why?") is no sentence to match on


def distinct_embed(embed: EmbedFn) -> EmbedFn:
    """``embed`` that embeds each distinct text once over the run: pain summaries are
    mostly a handful of friction pattern names, repeated for hundreds of records."""
    cache: dict[str, np.ndarray] = {}

    def run(texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return embed(texts)
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        if todo:
            cache.update(zip(todo, embed(todo), strict=True))
        return np.vstack([cache[t] for t in texts])

    return run


@dataclass(frozen=True)
class RecordInfo:
    """What the builder needs of a record."""

    text: str
    created_at: datetime | None = None


def text_start(text: str, limit: int = QUOTE_MAX_CHARS) -> str:
    """The first sentence, or the first ``limit`` characters cut at a space: a true quote."""
    text = text.strip()
    match = _SENTENCE_END.search(text, 20)
    if match and match.end() <= limit:
        return text[: match.end()].strip()
    end = min(limit, len(text))
    if end < len(text) and " " in text[:end]:
        end = text.rindex(" ", 0, end)
    return text[:end].strip()


def sentences(text: str, limit: int = SENTENCES) -> list[str]:
    """The first ``limit`` sentences long enough to say something, else the whole text."""
    found = [s.strip() for s in _SENTENCE.split(text) if len(s.strip()) >= SENTENCE_MIN_CHARS]
    return [text_start(s) for s in found[:limit]] or [text.strip() or text]


def summary_of(tag: Tag, text: str, aliases: Mapping[str, str] | None = None) -> str:
    """The tag's pain point, else its evidence (when long enough), else the text's start.
    ``aliases`` maps pain point names (any language, lower case) to one canonical name,
    so that a friction pattern named in Dutch and in English clusters as one."""
    if tag.pain_point and tag.pain_point.strip():
        name = tag.pain_point.strip()
        return (aliases or {}).get(name.lower(), name)
    evidence = (tag.evidence or "").strip()
    if len(evidence) >= SUMMARY_MIN_CHARS:
        return evidence
    return text_start(text) or evidence or text


def quote_of(tag: Tag, text: str) -> str:
    """The tag's evidence when it is a telling quote from the text, else the text's start."""
    evidence = (tag.evidence or "").strip()
    if evidence and evidence in text and (len(evidence) >= QUOTE_MIN_CHARS or evidence == text):
        return evidence if len(evidence) <= QUOTE_MAX_CHARS else text_start(evidence)
    return text_start(text)


@dataclass(frozen=True)
class Negatives:
    """Parallel columns over negative records, ordered by record id."""

    tags: list[Tag]
    summaries: list[str]  # what each record is clustered on
    quotes: list[str]
    readable: list[str]  # the record's own words: no handles, links or redactions
    vectors: np.ndarray  # of the summaries
    fits: np.ndarray  # (records, friction patterns): see PatternMatcher.fits
    patterns: list[str | None]  # the friction pattern each record clearly belongs to

    @classmethod
    def build(
        cls,
        tags: Sequence[Tag],
        records: Mapping[str, RecordInfo],
        embed: EmbedFn,
        matcher: PatternMatcher,
        with_quotes: bool = True,
        aliases: Mapping[str, str] | None = None,
    ) -> Negatives:
        """Each record's summary is its own pain point or words (:func:`summary_of`); its
        fits with the friction patterns read its sentences and any pain point the classifier
        wrote in its own words. A pattern name the classifier gave is not trusted but
        checked like any record: it was chosen among the patterns of one phase with a low bar."""
        aliases = aliases or {}
        tags = sorted(tags, key=lambda t: t.item_id)
        texts = [records[t.item_id].text for t in tags]
        own = [readable(x) or x for x in texts]
        free = [_free_pain_point(t, aliases) for t in tags]
        fits = matcher.fits(
            [[*sentences(x), *([p] if p else [])] for x, p in zip(own, free, strict=True)]
        )
        belongs = [matcher.belongs(fits[i], t.phase) for i, t in enumerate(tags)]
        summaries = [
            _own_summary(t.model_copy(update={"pain_point": p}), x, aliases)
            for t, x, p in zip(tags, own, free, strict=True)
        ]
        quotes = [quote_of(t, x) for t, x in zip(tags, texts, strict=True)] if with_quotes else []
        vectors = embed(summaries) if summaries else np.zeros((0, 1), dtype=np.float32)
        patterns = [p.id if p else None for p in belongs]
        return cls(list(tags), summaries, quotes, own, vectors, fits, patterns)

    def of_phase(self, phase: str) -> list[int]:
        return [i for i, t in enumerate(self.tags) if t.phase == phase]

    def texts(self, i: int) -> list[str]:
        """The words that describe record i: its summary and its own text."""
        if self.readable[i] == self.summaries[i]:
            return [self.summaries[i]]
        return [self.summaries[i], self.readable[i]]


def _own_summary(tag: Tag, text: str, aliases: Mapping[str, str]) -> str:
    summary = summary_of(tag, text, aliases)
    return readable(summary) or summary


def _free_pain_point(tag: Tag, aliases: Mapping[str, str]) -> str | None:
    """The tag's pain point when it is the classifier's own wording, not a pattern's name."""
    name = (tag.pain_point or "").strip()
    return name if name and name.lower() not in aliases else None
