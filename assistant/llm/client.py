"""What the seam asks of a chat model: one request whose answer follows a JSON schema.

:class:`ChatClient` is that one method. :class:`LangChainClient` gives it to any LangChain
chat model (``with_structured_output(..., method="json_schema")``, token counts from the
answer's usage metadata); tests give it with a scripted fake. :func:`response_format`
turns a Pydantic model into the strict ``json_schema`` response format.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ValidationError

if TYPE_CHECKING:
    from langchain_core.callbacks import UsageMetadataCallbackHandler
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

# JSON-schema keywords OpenAI's strict mode refuses; the answer is still validated by the
# Pydantic model after it arrives, so the bounds hold all the same.
_UNSUPPORTED = {"default", "title", "minLength", "maxLength"}


@dataclass(frozen=True)
class Completion:
    """One answer. ``data`` is the parsed JSON, or None when the answer did not parse;
    ``text`` is what the model said (repeated to it in a re-ask); ``error`` says why the
    client could not parse it, when it knows."""

    data: Any
    text: str | None
    error: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0


@runtime_checkable
class ChatClient(Protocol):
    """A chat model as the seam calls it. Transport errors (429, 5xx, timeouts) are raised;
    an answer that is not JSON comes back as a :class:`Completion` with ``data=None``."""

    def complete(self, messages: Sequence[BaseMessage], schema: dict[str, Any]) -> Completion:
        """Answer ``messages`` in the ``json_schema`` response format ``schema``."""
        ...


class LangChainClient:
    """A LangChain chat model as a :class:`ChatClient`."""

    def __init__(self, chat_model: BaseChatModel) -> None:
        self.chat_model = chat_model

    def complete(self, messages: Sequence[BaseMessage], schema: dict[str, Any]) -> Completion:
        from langchain_core.callbacks import UsageMetadataCallbackHandler
        from langchain_core.exceptions import OutputParserException

        # Token counts come from each answer's usage metadata through a callback rather
        # than include_raw=True: that wraps the call in a RunnableMap which costs a thread
        # hop and ~4 ms CPU per call, and the callback also counts answers that fail to parse.
        runnable = self.chat_model.with_structured_output(schema, method="json_schema")
        usage = UsageMetadataCallbackHandler()
        try:
            data = runnable.invoke(list(messages), config={"callbacks": [usage]})
        except OutputParserException as exc:  # not JSON: keep the text for the re-ask
            raw = exc.llm_output if isinstance(exc.llm_output, str) else None
            return Completion(None, raw, None, *_tokens(usage))
        except (ValidationError, json.JSONDecodeError) as exc:
            # an SDK that validates the answer itself refused it
            return Completion(None, None, str(exc), *_tokens(usage))
        if isinstance(data, BaseModel):
            data = data.model_dump()
        text = None if data is None else json.dumps(data, ensure_ascii=False)
        return Completion(data, text, None, *_tokens(usage))


def _tokens(usage: UsageMetadataCallbackHandler) -> tuple[int, int]:
    entries = list(usage.usage_metadata.values())
    return (
        sum(entry.get("input_tokens", 0) for entry in entries),
        sum(entry.get("output_tokens", 0) for entry in entries),
    )


def as_client(chat_model: BaseChatModel | ChatClient) -> ChatClient:
    """A :class:`ChatClient` as it is; a LangChain chat model wrapped in one."""
    if isinstance(chat_model, ChatClient):
        return chat_model
    return LangChainClient(chat_model)


def strict_schema(node: Any) -> Any:
    """Make a Pydantic JSON schema acceptable to OpenAI's strict structured outputs.

    Drops ``default`` and ``title`` (noise the model does not need) and the keywords strict
    mode refuses, turns ``const`` into a one-value ``enum`` and makes every object closed
    with all its properties required.
    """
    if isinstance(node, list):
        return [strict_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _UNSUPPORTED:
            continue
        if key in ("properties", "$defs") and isinstance(value, dict):
            out[key] = {name: strict_schema(sub) for name, sub in value.items()}
        else:
            out[key] = strict_schema(value)
    if "const" in out:
        out["enum"] = [out.pop("const")]
    if "properties" in out:
        out["additionalProperties"] = False
        out["required"] = list(out["properties"])
    return out


def response_format(answer: type[BaseModel], name: str | None = None) -> dict[str, Any]:
    """The strict ``json_schema`` response format for answers of type ``answer``."""
    return {
        "name": name or _snake(answer.__name__),
        "schema": strict_schema(answer.model_json_schema()),
        "strict": True,
    }


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))
