"""What the dialogue engine is given from outside: knowledge, data, clock, ids and a model.

Injecting these keeps :func:`assistant.audit.engine.step` deterministic: the same
transcript with the same context replays to the same map.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from assistant.audit.evidence import Evidence, build_evidence
from assistant.kb.loader import KnowledgeBase, KnowledgeEntry
from assistant.models.tags import Tag


class Assist(Protocol):
    """An optional language model that makes the conversation better, never required."""

    def extract_list(
        self, question: str, answer: str, options: list[str], lang: str
    ) -> tuple[list[int], list[str]] | None:
        """Free-form answer -> (picked option indexes, own items); None when unsure."""

    def extract_rating(self, question: str, answer: str, lang: str) -> int | None:
        """Free-form answer -> a rating -2..+2; None when unsure."""

    def extract_yes_no(self, question: str, answer: str, lang: str) -> bool | None: ...

    def explain(self, question: str, entries: list[KnowledgeEntry], lang: str) -> str | None:
        """Answer a method question from the retrieved knowledge entries."""

    def suggest_fixes(self, pain: str, phase: str, goal: str, lang: str) -> list[str]:
        """Extra candidate fixes phrased for the user's context."""


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_id() -> str:
    return "au-" + uuid.uuid4().hex[:8]


@dataclass
class Context:
    kb: KnowledgeBase
    tags: Sequence[Tag] = ()
    workspace: str | None = None
    now: Callable[[], datetime] = utc_now
    new_id: Callable[[], str] = new_id
    assist: Assist | None = None
    _evidence: dict[str, Evidence] = field(default_factory=dict, repr=False)

    def evidence(self, model_id: str) -> Evidence:
        """Evidence per phase of a phase model, computed once and kept."""
        if model_id not in self._evidence:
            model = self.kb.phase_model(model_id)
            self._evidence[model_id] = build_evidence(self.tags, self.kb, model, self.workspace)
        return self._evidence[model_id]
