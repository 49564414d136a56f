"""The demo workspace: the bundled sample shop loaded and tagged (idempotent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.samples import sample_folder

if TYPE_CHECKING:
    from assistant.classify.base import Classifier
    from assistant.classify.jobs import JobReport, ProgressFn
    from assistant.models import IngestReport
    from assistant.services import Services


def load_demo(
    services: Services, workspace: str = "demo", progress: ProgressFn | None = None
) -> IngestReport:
    """Ingest the sample shop; records already there count as duplicates."""
    from assistant.ingest.pipeline import IngestOptions
    from assistant.usecases.records import ingest_files

    options = IngestOptions(workspace=workspace)
    return ingest_files(services, [sample_folder()], options, progress=progress)


def tag_untagged(
    services: Services,
    workspace: str,
    classifier: Classifier | None = None,
    progress: ProgressFn | None = None,
) -> JobReport:
    """Tag what has no tag yet, with the configured classifier (local when offline)."""
    from assistant.classify.factory import build_classifier
    from assistant.classify.jobs import run_tag_job

    model = classifier or build_classifier(services, "auto", workspace=workspace)
    return run_tag_job(services, workspace, model, only_untagged=True, progress=progress)
