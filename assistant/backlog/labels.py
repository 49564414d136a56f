"""Names for pain clusters: characteristic words offline, a short LLM label when configured.

The LLM path renders ``prompts/pain_label.yaml``, parses the answer into :class:`PainLabel`
(a bounded string) and re-asks once with what was wrong. Any chat model works, including
LangChain's fake models in tests. When the answer still fails, or the call itself fails,
the caller keeps the keyword label: a label never blocks a backlog.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.llm import invoke_with_retries
from assistant.prompts import load_prompt

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.output_parsers import PydanticOutputParser

    from assistant.settings import Settings

logger = logging.getLogger(__name__)

LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}
MAX_ATTEMPTS = 2  # the first answer and one re-ask


class Labeller(Protocol):
    """Names one cluster; None means "keep the keyword label"."""

    def label(
        self, phase: str, keywords: Sequence[str], quotes: Sequence[str], language: str
    ) -> str | None: ...


def keyword_label(keywords: Sequence[str], fallback: str) -> str:
    return ", ".join(keywords[:3]) if keywords else fallback


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

    def __init__(self, chat_model: BaseChatModel, max_attempts: int = MAX_ATTEMPTS) -> None:
        from langchain_core.output_parsers import PydanticOutputParser

        self.chat_model = chat_model
        self.max_attempts = max_attempts
        self.parser: PydanticOutputParser[PainLabel] = PydanticOutputParser(
            pydantic_object=PainLabel
        )
        self.failures = 0

    def label(
        self, phase: str, keywords: Sequence[str], quotes: Sequence[str], language: str
    ) -> str | None:
        from langchain_core.exceptions import OutputParserException
        from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

        rendered = load_prompt("pain_label").render(
            phase=phase,
            language=LANGUAGE_NAMES.get(language, language),
            keywords=", ".join(keywords) or "(none)",
            quotes="\n".join(f"<quote>{' '.join(q.split())}</quote>" for q in quotes),
            format=self.parser.get_format_instructions(),
        )
        messages: list[BaseMessage] = [
            SystemMessage(rendered.system or ""),
            HumanMessage(rendered.user),
        ]
        for _ in range(self.max_attempts):
            try:
                reply = invoke_with_retries(partial(self.chat_model.invoke, list(messages)))
            except Exception as exc:  # still failing after retries: keep the keywords
                logger.warning("pain label call failed: %s", exc)
                break
            try:
                return self.parser.invoke(reply).label
            except OutputParserException as exc:
                problem = str(exc).splitlines()[0]
                reask = load_prompt("pain_label_reask").render(problem=problem)
                messages += [reply, HumanMessage(reask.user)]
        self.failures += 1
        return None


def build_labeller(settings: Settings) -> LlmLabeller | None:
    """An LLM labeller when ``JOURNEY_LLM`` is set, else None (keyword labels)."""
    if not settings.llm:
        return None
    from assistant.llm import build_chat_model

    return LlmLabeller(build_chat_model(settings))
