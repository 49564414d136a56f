"""The one place where chat models are built: settings in, a LangChain chat model out.

Nothing here connects at import time; a model is built when someone asks for one, and
clients do not open connections until their first call. Retries are switched off in the
client because the callers retry themselves (with backoff and ``Retry-After``).
"""

from __future__ import annotations

import importlib.util
import os
import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import ConfigError
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel

OFFLINE_HINT = "or run with --classifier local"

# provider -> (module to import, pip package); the module is checked before building.
_PROVIDER_PACKAGES: dict[str, tuple[str, str]] = {
    "openai": ("langchain_openai", "langchain-openai"),
    "azure_openai": ("langchain_openai", "langchain-openai"),
    "anthropic": ("langchain_anthropic", "langchain-anthropic"),
    "ollama": ("langchain_ollama", "langchain-ollama"),
    "google_genai": ("langchain_google_genai", "langchain-google-genai"),
    "google_vertexai": ("langchain_google_vertexai", "langchain-google-vertexai"),
    "mistralai": ("langchain_mistralai", "langchain-mistralai"),
    "groq": ("langchain_groq", "langchain-groq"),
    "fireworks": ("langchain_fireworks", "langchain-fireworks"),
    "together": ("langchain_together", "langchain-together"),
    "deepseek": ("langchain_deepseek", "langchain-deepseek"),
    "xai": ("langchain_xai", "langchain-xai"),
    "bedrock": ("langchain_aws", "langchain-aws"),
    "bedrock_converse": ("langchain_aws", "langchain-aws"),
}
# Providers whose chat model takes `timeout` and `max_retries` keyword arguments.
_TAKES_TIMEOUT = {"azure_openai", "anthropic", "mistralai", "groq", "deepseek", "xai"}


def split_model_ref(ref: str) -> tuple[str, str]:
    """``'openai:gpt-4.1-mini'`` -> ``('openai', 'gpt-4.1-mini')``."""
    provider, sep, model = ref.strip().partition(":")
    if not sep or not provider or not model:
        raise ConfigError(
            f"chat model {ref!r} must look like 'provider:model', e.g. 'openai:gpt-4.1-mini'"
        )
    return provider.strip().lower(), model.strip()


def build_chat_model(settings: Settings, *, timeout: float = 30) -> BaseChatModel:
    """The chat model named by ``settings.llm`` (``provider:model``).

    ``openai:MODEL`` uses ``OPENAI_API_KEY`` and, when set, ``OPENAI_BASE_URL`` (any
    OpenAI-compatible server: vLLM, Ollama, llama.cpp). Other providers go through
    LangChain's ``init_chat_model`` when their integration package is installed.
    """
    if not settings.llm:
        raise ConfigError(
            "No chat model configured: set JOURNEY_LLM (e.g. openai:gpt-4.1-mini) " + OFFLINE_HINT
        )
    provider, model = split_model_ref(settings.llm)
    if provider == "openai":
        return _build_openai(model, timeout)
    return _build_other(provider, model, timeout)


def _build_openai(model: str, timeout: float) -> BaseChatModel:
    api_key = os.environ.get("OPENAI_API_KEY", "").strip()
    if not api_key:
        raise ConfigError(
            "No OpenAI key found: set OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible "
            "server) " + OFFLINE_HINT
        )
    base_url = os.environ.get("OPENAI_BASE_URL", "").strip() or None
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    return ChatOpenAI(
        model=model,
        api_key=SecretStr(api_key),
        base_url=base_url,
        timeout=timeout,
        max_retries=0,
    )


def _build_other(provider: str, model: str, timeout: float) -> BaseChatModel:
    module, package = _PROVIDER_PACKAGES.get(
        provider, (f"langchain_{provider}", f"langchain-{provider.replace('_', '-')}")
    )
    if importlib.util.find_spec(module) is None:
        raise ConfigError(
            f"Chat model provider {provider!r} needs the {package} package: "
            f"pip install {package}, " + OFFLINE_HINT
        )
    from langchain.chat_models import init_chat_model

    kwargs: dict[str, Any] = {}
    if provider in _TAKES_TIMEOUT:
        kwargs = {"timeout": timeout, "max_retries": 0}
    try:
        return init_chat_model(model, model_provider=provider, **kwargs)
    except ImportError as exc:
        raise ConfigError(f"{exc}; " + OFFLINE_HINT) from exc
    except ValueError as exc:  # unknown provider or bad arguments
        raise ConfigError(
            f"cannot build chat model {provider}:{model}: {exc}. Use openai:MODEL with "
            "OPENAI_BASE_URL for an OpenAI-compatible server, " + OFFLINE_HINT
        ) from exc


# --- one retry policy for every model call -------------------------------------------------

T = TypeVar("T")


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (``Retry-After`` / ``retry-after-ms``), if any."""
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None:
        return None
    try:
        if (ms := headers.get("retry-after-ms")) is not None:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def error_kind(exc: BaseException) -> tuple[str, bool]:
    """(kind, retryable) for an exception raised by a model call."""
    import openai

    if isinstance(exc, openai.APITimeoutError | TimeoutError) or "Timeout" in type(exc).__name__:
        return "timeout", True
    if isinstance(exc, openai.APIConnectionError | ConnectionError):
        return "connection", True
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        if status == 429:
            return "rate_limit", True
        if status >= 500:
            return "server_error", True
        if status in (408, 409):
            return f"http_{status}", True
        return f"http_{status}", False
    return "unexpected", False


def backoff_delay(
    attempt: int, exc: BaseException, base: float, maximum: float, jitter: float
) -> float:
    """The server's Retry-After when it gave one (capped at ``maximum``, or at 60 s when
    ``maximum`` is lower: a server asking for 30 s is obeyed), else exponential backoff with
    jitter (``jitter`` in 0..1)."""
    wait = retry_after(exc)
    if wait is not None:
        return min(wait, max(maximum, 60.0))
    delay = min(maximum, base * 2 ** (attempt - 1))
    return delay / 2 + jitter * delay / 2


def invoke_with_retries(
    call: Callable[[], T],
    *,
    retries: int = 2,
    base_delay: float = 0.5,
    max_delay: float = 10.0,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """``call()``, retried on 429, 5xx, timeouts and connection errors with backoff that
    honours Retry-After; other errors, and the last retryable one, are raised."""
    attempt = 0
    while True:
        try:
            return call()
        except Exception as exc:
            _kind, retryable = error_kind(exc)
            if not retryable or attempt >= retries:
                raise
            attempt += 1
            sleep(backoff_delay(attempt, exc, base_delay, max_delay, random.random()))
