"""Tagging a workspace through the OpenAI Batch API (`journey tag --batch-api`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from assistant.errors import ConfigError

if TYPE_CHECKING:
    from assistant.classify.batch_api import BatchState
    from assistant.classify.batch_flow import BatchReport
    from assistant.services import Services


def tag_by_batch_api(
    services: Services,
    workspace: str,
    *,
    only_untagged: bool = False,
    wait: bool = False,
    poll_seconds: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    on_poll: Callable[[BatchState], None] | None = None,
    **limits: Any,
) -> BatchReport:
    """Submit the workspace's records as batches, or poll and import the open batch job
    (``limits``: ``max_requests``, ``max_bytes`` per input file)."""
    from assistant.classify.batch_flow import BatchContext, run_batch_job
    from assistant.classify.factory import build_classifier
    from assistant.classify.llm import LLMClassifier
    from assistant.llm.factory import openai_client

    client, model = openai_client(services.settings)
    try:
        classifier = build_classifier(services, "llm", workspace=workspace, batch_size=1)
        if not isinstance(classifier, LLMClassifier):  # pragma: no cover - "llm" is one
            raise ConfigError("the Batch API needs the LLM classifier")
        ctx = BatchContext(services, workspace, classifier, client, model, **limits)
        return run_batch_job(
            ctx,
            only_untagged=only_untagged,
            wait=wait,
            poll_seconds=poll_seconds,
            sleep=sleep,
            on_poll=on_poll,
        )
    finally:
        client.close()
