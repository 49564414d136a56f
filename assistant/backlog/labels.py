"""Names for pain clusters: characteristic words offline, a short LLM label when configured.

The LLM path renders ``prompts/pain_label.yaml`` and asks the one structured-call helper
(:class:`assistant.llm.StructuredModel`) for a :class:`PainLabel` (a bounded string): it
retries failed calls and re-asks once with what was wrong. When the answer still fails, or
the call itself fails, the caller keeps the keyword label: a label never blocks a backlog.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.llm import ModelError, StructuredModel, configured_chat_model, messages_for
from assistant.prompts import load_prompt

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from assistant.llm import ChatClient
    from assistant.settings import Settings


class Labeller(Protocol):
    """Names one cluster; None means "keep the keyword label"."""

    def label(
        self, phase: str, keywords: Sequence[str], quotes: Sequence[str], language: str
    ) -> str | None: ...


class PainLabel(BaseModel):
    """The structured answer: one short name for the pain point."""

    model_config = ConfigDict(extra="ignore")

    label: str = Field(min_length=3, max_length=80, description="the pain point, ≤ 8 words")

    @field_validator("label")
    @classmethod
    def _words(cls, value: str) -> str:
        value = " ".join(value.split()).strip("\"'“”")
        if len(value.split()) > 10:
            raise ValueError("the label has more than ten words")
        return value


class LlmLabeller:
    """Asks a chat model for each cluster's label; counts the clusters it could not name."""

    def __init__(
        self,
        chat_model: BaseChatModel | ChatClient,
        *,
        reasks: int = 1,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.llm = StructuredModel(chat_model, reasks=reasks, sleep=sleep, purpose="pain label")
        self.prompt = load_prompt("pain_label")

    @property
    def failures(self) -> int:
        """Clusters the model could not name (the keyword label stays)."""
        return self.llm.stats.failed

    def label(
        self, phase: str, keywords: Sequence[str], quotes: Sequence[str], language: str
    ) -> str | None:
        part = self.prompt.part
        rendered = self.prompt.render(
            phase=phase,
            language=language,
            keywords=", ".join(keywords) or part("no_keywords"),
            quotes="\n".join(part("quote", text=" ".join(q.split())) for q in quotes),
        )
        try:
            return self.llm.ask(messages_for(rendered), PainLabel).label
        except ModelError:  # counted and logged by the seam: keep the keywords
            return None


def build_labeller(settings: Settings, chat_model: Any = None) -> LlmLabeller | None:
    """An LLM labeller when ``JOURNEY_LLM`` is set, else None (keyword labels).
    ``chat_model``: the composition root's shared model (built from settings when None)."""
    chat_model = chat_model if chat_model is not None else configured_chat_model(settings)
    return LlmLabeller(chat_model) if chat_model is not None else None
