"""The LLM seam: the rest of the code asks for a chat model and for structured answers here.

- :mod:`.factory` builds the chat model from settings (``JOURNEY_LLM``, the OpenAI key and
  base URL), lazily and in one place;
- :mod:`.client` is what the seam needs of a chat model (:class:`ChatClient`: one request
  in a JSON-schema response format) and adapts LangChain chat models to it;
- :mod:`.retry` is the one retry policy (which errors, how long to wait);
- :mod:`.structured` is the one structured-call helper (:class:`StructuredModel`:
  retries, re-asks with the validation error, counts) that the classifier, the audit
  assistant and the backlog's pain-point namer all use.

Prompts are files in ``prompts/``, loaded by :mod:`assistant.prompts`. Importing this
package imports no LangChain and opens no connection.
"""

from assistant.llm.client import ChatClient, Completion, as_client, response_format
from assistant.llm.factory import OFFLINE_HINT, build_chat_model, configured_chat_model
from assistant.llm.retry import RetryPolicy, backoff_delay, error_kind, retry_after
from assistant.llm.structured import (
    AnswerRejected,
    CallFailed,
    CallStats,
    Invalid,
    ModelError,
    StructuredModel,
    describe,
    messages_for,
)

__all__ = [
    "OFFLINE_HINT",
    "AnswerRejected",
    "CallFailed",
    "CallStats",
    "ChatClient",
    "Completion",
    "Invalid",
    "ModelError",
    "RetryPolicy",
    "StructuredModel",
    "as_client",
    "backoff_delay",
    "build_chat_model",
    "configured_chat_model",
    "describe",
    "error_kind",
    "messages_for",
    "response_format",
    "retry_after",
]
