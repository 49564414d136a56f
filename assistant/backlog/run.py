"""The I/O edge of the data-driven backlog: read a workspace, build, save.

Used by ``journey backlog --from-data`` and the demo (and later the API); everything it
calls below is pure except the reads, the embedding model and the save.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from assistant.backlog.evidence import RecordInfo
from assistant.backlog.from_data import DataRun, Options, backlog_from_data
from assistant.backlog.labels import build_labeller
from assistant.classify.base import Tag
from assistant.errors import InputError, NotFoundError
from assistant.kb.loader import load_knowledge
from assistant.store.backlogs import BacklogStore, new_backlog_id

if TYPE_CHECKING:
    from assistant.services import Services


def read_workspace(services: Services, workspace: str) -> tuple[list[Tag], dict[str, RecordInfo]]:
    """The workspace's tags and, for the tagged records, their text and date.

    Raises NotFoundError for an empty workspace and InputError when nothing is tagged.
    """
    if services.records.count(workspace) == 0:
        raise NotFoundError(
            f"workspace {workspace!r} has no records: run `journey ingest FILE -w {workspace}` "
            "or `journey demo`"
        )
    tags = services.tags.for_workspace(workspace)
    if not tags:
        raise InputError(
            f"workspace {workspace!r} has no tagged records: run `journey tag -w {workspace}` first"
        )
    found = services.records.get_many(workspace, [t.item_id for t in tags])
    records = {i: RecordInfo(text=r.text, created_at=r.created_at) for i, r in found.items()}
    return tags, records


def build_and_save(services: Services, workspace: str, options: Options) -> DataRun:
    """Build the backlog of a workspace from its tagged data; save it when it has content."""
    tags, records = read_workspace(services, workspace)
    labeller = build_labeller(services.settings, services.chat_model)
    run = backlog_from_data(
        tags,
        records,
        services.embedder.embed,
        load_knowledge(services.settings.user_phase_model_dirs),
        backlog_id=new_backlog_id(),
        options=options,
        labeller=labeller,
        workspace=workspace,
        created_at=datetime.now(UTC).replace(tzinfo=None),
    )
    run.label_failures = labeller.failures if labeller else 0
    if run.backlog.pain_points:
        run.backlog = BacklogStore(services.db).save(run.backlog)
    return run
