"""The self-audit's optional language model, through the one LLM seam.

Each method asks :class:`assistant.llm.StructuredModel` for a structured answer: calls are
retried by the project's one policy (429, 5xx, timeouts, honouring Retry-After) and an
answer outside the schema is re-asked once with what was wrong. When a call still fails,
the method returns ``None`` (or an empty list), so the conversation falls back to its
offline parsing and re-asks: a failed call never becomes an answer the user did not give.
Calls and failures are counted in :attr:`LLMAssist.stats`. Prompt text, the task lines
included, is in ``prompts/audit_assist.yaml``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, Field

from assistant.kb.loader import KnowledgeEntry
from assistant.llm import (
    ModelError,
    RetryPolicy,
    StructuredModel,
    configured_chat_model,
    messages_for,
)
from assistant.prompts import load_prompt
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

    from assistant.llm import ChatClient

A = TypeVar("A", bound=BaseModel)


class ListAnswer(BaseModel):
    picked: list[int] = Field(description="1-based numbers of the offered options the user chose")
    own: list[str] = Field(description="the user's own items, short, in their words")


class RatingAnswer(BaseModel):
    rating: int | None = Field(
        ge=-2, le=2, description="-2..+2, or null when the answer gives no feeling"
    )


class YesNoAnswer(BaseModel):
    yes: bool | None = Field(description="true for yes, false for no, null when unclear")


class TextAnswer(BaseModel):
    text: str


class FixesAnswer(BaseModel):
    fixes: list[str] = Field(description="at most three concrete fixes, one sentence each")


class LLMAssist:
    def __init__(
        self,
        chat_model: BaseChatModel | ChatClient,
        sleep: Callable[[float], None] = time.sleep,
        *,
        retry: RetryPolicy | None = None,
        reasks: int = 1,
    ) -> None:
        self.llm = StructuredModel(
            chat_model, retry=retry, reasks=reasks, sleep=sleep, purpose="audit assist"
        )
        self.prompt = load_prompt("audit_assist")

    @property
    def calls(self) -> int:
        """Requests sent (first tries, retries and re-asks)."""
        return self.llm.stats.calls

    @property
    def failures(self) -> int:
        """Questions that got no usable answer."""
        return self.llm.stats.failed

    def _ask(
        self,
        task: str,
        answer_type: type[A],
        lang: str,
        question: str,
        answer: str,
        options: list[str],
    ) -> A | None:
        part = self.prompt.part
        numbered = [part("option", number=i, text=o) for i, o in enumerate(options, start=1)]
        rendered = self.prompt.render(
            task=part(f"task_{task}"),
            language=lang,
            question=question,
            answer=answer,
            options="\n".join(numbered) or part("no_options"),
        )
        try:
            return self.llm.ask(messages_for(rendered), answer_type)
        except ModelError:  # counted and logged by the seam; the dialogue parses offline
            return None

    def extract_list(
        self, question: str, answer: str, options: list[str], lang: str
    ) -> tuple[list[int], list[str]] | None:
        found = self._ask("list", ListAnswer, lang, question, answer, options)
        if found is None:
            return None
        picked = [n - 1 for n in found.picked if 1 <= n <= len(options)]
        own = [o.strip() for o in found.own if o.strip()]
        return (picked, own) if picked or own else None

    def extract_rating(self, question: str, answer: str, lang: str) -> int | None:
        found = self._ask("rating", RatingAnswer, lang, question, answer, [])
        return None if found is None else found.rating

    def extract_yes_no(self, question: str, answer: str, lang: str) -> bool | None:
        found = self._ask("yes_no", YesNoAnswer, lang, question, answer, [])
        return None if found is None else found.yes

    def explain(self, question: str, entries: list[KnowledgeEntry], lang: str) -> str | None:
        options = [
            self.prompt.part(
                "knowledge_entry", kind=e.kind, id=e.id, name=e.name, summary=e.summary
            )
            for e in entries
        ]
        found = self._ask("explain", TextAnswer, lang, question, question, options)
        return found.text.strip() if found and found.text.strip() else None

    def suggest_fixes(self, pain: str, phase: str, goal: str, lang: str) -> list[str]:
        question = self.prompt.part("pain_point", phase=phase, pain=pain)
        found = self._ask("fixes", FixesAnswer, lang, question, pain, [goal])
        return [f.strip() for f in found.fixes if f.strip()][:3] if found else []


def build_assist(settings: Settings, chat_model: Any = None) -> LLMAssist | None:
    """An assist when a chat model is configured (JOURNEY_LLM), else None (offline).
    ``chat_model``: the composition root's shared model (built from settings when None)."""
    chat_model = chat_model if chat_model is not None else configured_chat_model(settings)
    return LLMAssist(chat_model) if chat_model is not None else None
