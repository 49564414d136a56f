"""Builds the classifier a command asked for, from settings: the one place that decides."""

from __future__ import annotations

from typing import Literal

from assistant.classify.base import Classifier, Taxonomy
from assistant.classify.local import LocalClassifier
from assistant.errors import ConfigError
from assistant.kb.loader import load_knowledge
from assistant.services import Services

ClassifierKind = Literal["auto", "local", "llm"]


def build_local(
    services: Services, phase_model: str = "journey7", workspace: str | None = None
) -> LocalClassifier:
    kb = load_knowledge(services.settings.user_phase_model_dirs)
    corrections = services.tags.corrections(workspace) if workspace else []
    return LocalClassifier(
        services.local_embedder,
        kb,
        Taxonomy.from_knowledge(kb, phase_model),
        corrections=corrections,
        cache_dir=services.settings.models_path,
    )


def build_classifier(
    services: Services,
    kind: str = "auto",
    *,
    phase_model: str = "journey7",
    workspace: str | None = None,
    concurrency: int = 4,
    batch_size: int = 1,
    local: LocalClassifier | None = None,
) -> Classifier:
    """``auto`` = the LLM when JOURNEY_LLM is set, else the local classifier. ``local``: one
    already built (its phase model and corrections then apply), so it is not built twice."""
    if kind not in ("auto", "local", "llm"):
        raise ConfigError(f"unknown classifier {kind!r}: use auto, local or llm")
    local = local or build_local(services, phase_model, workspace)
    local.model()  # loaded (shipped, or trained and cached) now, not inside the first batch
    if kind == "local" or (kind == "auto" and not services.settings.llm):
        return local
    if not services.settings.llm:
        raise ConfigError(
            "--classifier llm needs a model: set JOURNEY_LLM=openai:MODEL "
            "(and OPENAI_API_KEY), or run with --classifier local"
        )
    from assistant.classify.llm import LLMClassifier
    return LLMClassifier(
        services.chat_model,
        local.taxonomy,
        local,
        model_name=services.settings.llm,
        batch_size=batch_size,
        concurrency=concurrency,
        examples_for=local.nearest_examples,
        touchpoints=[t.id for t in local.kb.touchpoints],
    )
