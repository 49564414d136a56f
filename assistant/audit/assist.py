"""The self-audit's optional language model (one seam: a LangChain chat model from settings).

Each method asks for structured output with the ``json_schema`` method. Calls are retried
by the project's one policy (:func:`assistant.llm.invoke_with_retries`: 429, 5xx,
timeouts, honouring Retry-After); when a call still fails or answers outside the schema
the method returns ``None`` (or an empty list), so the conversation falls back to its
offline parsing and re-asks: a failed call never becomes an answer the user did not give.
Failures are counted in :attr:`LLMAssist.failures` and logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.classify.llm import response_schema
from assistant.kb.loader import KnowledgeEntry
from assistant.llm import error_kind, invoke_with_retries
from assistant.prompts import load_prompt
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

logger = logging.getLogger(__name__)


class ListAnswer(BaseModel):
    picked: list[int] = Field(description="1-based numbers of the offered options the user chose")
    own: list[str] = Field(description="the user's own items, short, in their words")


class RatingAnswer(BaseModel):
    rating: int | None = Field(description="-2..+2, or null when the answer gives no feeling")


class YesNoAnswer(BaseModel):
    yes: bool | None = Field(description="true for yes, false for no, null when unclear")


class TextAnswer(BaseModel):
    text: str


class FixesAnswer(BaseModel):
    fixes: list[str] = Field(description="at most three concrete fixes, one sentence each")


TASKS = {
    "list": "Split the answer into the options it picks and its own short items.",
    "rating": "Turn the answer into how the customer feels, from -2 (very negative) to +2.",
    "yes_no": "Decide whether the answer means yes or no.",
    "explain": (
        "Answer the user's question about the journey-mapping method using only the "
        "knowledge entries given as options; cite nothing else."
    ),
    "fixes": "Suggest concrete fixes for the pain point, fitting the goal given as options.",
}


class LLMAssist:
    def __init__(
        self, chat_model: BaseChatModel, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.chat_model = chat_model
        self.sleep = sleep
        self._runnables: dict[type[BaseModel], Any] = {}
        self.prompt = load_prompt("audit_assist")
        self.failures = 0
        self.calls = 0

    def _ask(
        self,
        task: str,
        answer_type: type[BaseModel],
        lang: str,
        question: str,
        answer: str,
        options: list[str],
    ) -> Any:
        rendered = self.prompt.render(
            task=TASKS[task],
            language=lang,
            question=question,
            answer=answer,
            options="\n".join(f"{i}. {o}" for i, o in enumerate(options, start=1)) or "(none)",
        )
        messages = [("system", rendered.system or ""), ("user", rendered.user)]
        if answer_type not in self._runnables:
            self._runnables[answer_type] = self.chat_model.with_structured_output(
                response_schema(answer_type), method="json_schema"
            )
        runnable = self._runnables[answer_type]

        def call() -> Any:
            self.calls += 1
            return runnable.invoke(messages)

        try:
            return answer_type.model_validate(invoke_with_retries(call, sleep=self.sleep))
        except Exception as exc:  # failed after retries, or an answer outside the schema
            self.failures += 1
            logger.warning("audit assist call failed (%s): %s", error_kind(exc)[0], exc)
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
        if found is None or found.rating is None or not -2 <= found.rating <= 2:
            return None
        return int(found.rating)

    def extract_yes_no(self, question: str, answer: str, lang: str) -> bool | None:
        found = self._ask("yes_no", YesNoAnswer, lang, question, answer, [])
        return None if found is None else found.yes

    def explain(self, question: str, entries: list[KnowledgeEntry], lang: str) -> str | None:
        options = [f"[{e.kind} {e.id}] {e.name}: {e.summary}" for e in entries]
        found = self._ask("explain", TextAnswer, lang, question, question, options)
        return found.text.strip() if found and found.text.strip() else None

    def suggest_fixes(self, pain: str, phase: str, goal: str, lang: str) -> list[str]:
        found = self._ask("fixes", FixesAnswer, lang, f"{phase}: {pain}", pain, [goal])
        return [f.strip() for f in found.fixes if f.strip()][:3] if found else []


def build_assist(settings: Settings) -> LLMAssist | None:
    """An assist when a chat model is configured (JOURNEY_LLM), else None (offline)."""
    if not settings.llm:
        return None
    from assistant.llm import build_chat_model

    return LLMAssist(build_chat_model(settings))
