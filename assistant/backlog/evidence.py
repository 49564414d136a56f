"""What the backlog builder reads of a negative record: a pain summary to cluster on and an
exact quote to show, both embedded once."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from assistant.classify.base import Tag

EmbedFn = Callable[[Sequence[str]], np.ndarray]

SUMMARY_MIN_CHARS = 25  # a shorter evidence quote ("Jammer.") says too little to cluster on
QUOTE_MIN_CHARS = 15  # a shorter evidence quote ("Jammer hoor.") gives way to the text
QUOTE_MAX_CHARS = 240
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


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
    summaries: list[str]
    quotes: list[str]
    vectors: np.ndarray  # of the summaries
    quote_vectors: np.ndarray  # of the quotes (the summary's row where they are equal)

    @classmethod
    def build(
        cls,
        tags: Sequence[Tag],
        records: Mapping[str, RecordInfo],
        embed: EmbedFn,
        with_quotes: bool = True,
        aliases: Mapping[str, str] | None = None,
    ) -> Negatives:
        tags = sorted(tags, key=lambda t: t.item_id)
        texts = [records[t.item_id].text for t in tags]
        summaries = [summary_of(t, x, aliases) for t, x in zip(tags, texts, strict=True)]
        quotes = [quote_of(t, x) for t, x in zip(tags, texts, strict=True)] if with_quotes else []
        vectors = embed(summaries) if summaries else np.zeros((0, 1), dtype=np.float32)
        quote_vectors = vectors.copy()
        todo = [i for i, q in enumerate(quotes) if q != summaries[i]]
        if todo:
            quote_vectors[todo] = embed([quotes[i] for i in todo])
        return cls(list(tags), summaries, quotes, vectors, quote_vectors)

    def of_phase(self, phase: str) -> list[int]:
        return [i for i, t in enumerate(self.tags) if t.phase == phase]

    def texts(self, i: int) -> list[str]:
        """The summary and, when it differs, the quote: the words that describe record i."""
        if not self.quotes or self.quotes[i] == self.summaries[i]:
            return [self.summaries[i]]
        return [self.summaries[i], self.quotes[i]]

    def match_vectors(self, members: Sequence[int]) -> np.ndarray:
        """Vectors of the members' texts (summaries, plus the quotes that differ)."""
        distinct = [m for m in members if self.quotes and self.quotes[m] != self.summaries[m]]
        return np.vstack([self.vectors[list(members)], self.quote_vectors[distinct]])
