"""The one place where chat models are built: settings in, a LangChain chat model out.

Nothing here connects at import time; a model is built when someone asks for one, and
clients do not open connections until their first call. Retries are switched off in the
client because :class:`assistant.llm.structured.StructuredModel` retries (with backoff
and ``Retry-After``). The key and base URL come from :class:`Settings` only.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any

from assistant.errors import ConfigError
from assistant.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models.chat_models import BaseChatModel
    from openai import OpenAI

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

    ``openai:MODEL`` uses ``settings.openai_api_key`` and, when set,
    ``settings.openai_base_url`` (any OpenAI-compatible server: vLLM, Ollama, llama.cpp).
    Other providers go through LangChain's ``init_chat_model`` when their integration
    package is installed.
    """
    provider, model = _configured_model(settings)
    if provider == "openai":
        return _build_openai(model, settings, timeout)
    return _build_other(provider, model, timeout)


def configured_chat_model(settings: Settings, *, timeout: float = 30) -> BaseChatModel | None:
    """The chat model when one is configured (``JOURNEY_LLM``), else None: offline."""
    return build_chat_model(settings, timeout=timeout) if settings.llm else None


def openai_client(settings: Settings, *, timeout: float = 120) -> tuple[OpenAI, str]:
    """The OpenAI SDK client and the model name of ``JOURNEY_LLM`` (``openai:MODEL``), for
    what LangChain does not wrap (the Batch API's files and batches)."""
    provider, model = _configured_model(settings)
    if provider != "openai":
        raise ConfigError(
            f"the Batch API needs an openai: model (JOURNEY_LLM is {settings.llm!r}); "
            "run `journey tag` without --batch-api"
        )
    _require_key(settings)
    from openai import OpenAI

    assert settings.openai_api_key is not None
    client = OpenAI(
        api_key=settings.openai_api_key.get_secret_value(),
        base_url=settings.openai_base_url or None,
        timeout=timeout,
        max_retries=2,
    )
    return client, model


def _configured_model(settings: Settings) -> tuple[str, str]:
    if not settings.llm:
        raise ConfigError(
            "No chat model configured: set JOURNEY_LLM (e.g. openai:gpt-4.1-mini) " + OFFLINE_HINT
        )
    return split_model_ref(settings.llm)


def _require_key(settings: Settings) -> None:
    if settings.openai_api_key is None:
        raise ConfigError(
            "No OpenAI key found: set OPENAI_API_KEY or JOURNEY_OPENAI_API_KEY (and "
            "OPENAI_BASE_URL for a compatible server) " + OFFLINE_HINT
        )


def _build_openai(model: str, settings: Settings, timeout: float) -> BaseChatModel:
    _require_key(settings)
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=model,
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url or None,
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
