"""`journey doctor`: are the indexes in step with the database (the truth)?

Per workspace it counts the records in SQL, the vectors in Chroma and the entries of the
keyword index, compares their ids, and gives a verdict that says what to run. The report
is a plain model (:func:`judge` decides from counts alone); :func:`gather` does the I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlparse

from pydantic import BaseModel

from assistant.errors import IndexUnavailable
from assistant.store.failures import shown_url

if TYPE_CHECKING:
    from assistant.services import Services


class WorkspaceHealth(BaseModel):
    workspace: str
    records: int
    tags: int
    vectors: int | None = None  # None: the index did not answer
    keywords: int | None = None  # None: no keyword index saved yet
    missing_vectors: int = 0  # records without a vector
    extra_vectors: int = 0  # vectors of records the database does not hold
    keyword_missing: int = 0
    keyword_extra: int = 0
    keyword_stale: bool = False  # saved for an older state of the records
    index_error: str | None = None
    ok: bool = True
    verdict: str = ""


class DoctorReport(BaseModel):
    database: str  # the URL, never with its password
    engine: str  # sqlite | postgresql
    schema_revision: str | None
    schema_head: str
    index: str  # "embedded Chroma in PATH" or "Chroma server at URL"
    workspaces: list[WorkspaceHealth]
    workers: list[str] = []  # tag workers with a recent heartbeat: "host pid N (kind)"
    open_jobs: int = 0  # queued tag jobs not finished yet

    @property
    def ok(self) -> bool:
        return all(w.ok for w in self.workspaces) and self.schema_revision == self.schema_head


def judge(health: WorkspaceHealth) -> WorkspaceHealth:
    """The verdict from the counts: what is out of step and the command that repairs it."""
    ws = health.workspace
    repair = f"run `journey reindex --workspace {ws}`"
    problems = []
    if health.index_error is not None:
        problems.append(f"the vector index is not answering ({health.index_error})")
    if health.missing_vectors:
        problems.append(f"index misses {health.missing_vectors} records")
    if health.extra_vectors:
        problems.append(f"index holds {health.extra_vectors} records the database has not")
    keyword_gap = health.keyword_missing + health.keyword_extra
    if keyword_gap and not health.keyword_stale:
        problems.append(f"keyword index differs from the database in {keyword_gap} records")
    if problems:
        unreachable = health.index_error is not None and len(problems) == 1
        then = "start the index server, then run `journey doctor` again" if unreachable else repair
        verdict = f"{'; '.join(problems)}: {then}"
        return health.model_copy(update={"ok": False, "verdict": verdict})
    verdict = f"in step: {health.records} records, all indexed"
    if health.keywords is None or health.keyword_stale:
        verdict += " (the keyword index is rebuilt on the next search)"
    return health.model_copy(update={"ok": True, "verdict": verdict})


def _vectors(services: Services, workspace: str, ids: set[str], health: WorkspaceHealth) -> None:
    try:
        found = services.vectors(workspace).ids()
    except IndexUnavailable as exc:
        health.index_error = str(exc).split(" (", 1)[0]
        return
    health.vectors = len(found)
    health.missing_vectors = len(ids - found)
    health.extra_vectors = len(found - ids)


def _keywords(services: Services, workspace: str, ids: set[str], health: WorkspaceHealth) -> None:
    from assistant.index.keyword import KeywordIndex, folder_for

    saved = KeywordIndex.load(folder_for(services.settings.keyword_index_path, workspace))
    if saved is None:
        health.keyword_stale = bool(ids)
        return
    found = set(saved.ids)
    health.keywords = len(found)
    health.keyword_missing = len(ids - found)
    health.keyword_extra = len(found - ids)
    health.keyword_stale = saved.stamp != services.records.stamp(workspace)


def check_workspace_health(services: Services, workspace: str) -> WorkspaceHealth:
    from assistant.store.health import record_ids, tag_counts

    ids = record_ids(services.db, workspace)
    health = WorkspaceHealth(
        workspace=workspace, records=len(ids), tags=tag_counts(services.db, workspace)
    )
    _vectors(services, workspace, ids, health)
    _keywords(services, workspace, ids, health)
    return judge(health)


def index_in_use(services: Services) -> str:
    """The vector index in use, for people: a server's URL without any user or password."""
    url = services.settings.chroma_url
    if not url:
        return f"embedded Chroma in {services.settings.chroma_path}"
    parsed = urlparse(url if "://" in url else f"http://{url}")
    host = parsed.netloc.rsplit("@", 1)[-1]
    return f"Chroma server at {parsed.scheme}://{host}{parsed.path}"


def gather(services: Services, workspace: str | None = None) -> DoctorReport:
    """The report for one workspace, or for every workspace that holds records."""
    from assistant.services import check_workspace
    from assistant.store.health import revision
    from assistant.store.schema import HEAD
    from assistant.usecases.worker import live_workers

    names = [check_workspace(workspace)] if workspace else sorted(services.records.workspaces())
    url = services.settings.resolved_database_url
    return DoctorReport(
        database=shown_url(url),
        engine=services.db.engine.dialect.name,
        schema_revision=revision(services.db),
        schema_head=HEAD,
        index=index_in_use(services),
        workspaces=[check_workspace_health(services, name) for name in names],
        workers=[f"{w.host} pid {w.pid} ({w.kind})" for w in live_workers(services)],
        open_jobs=services.claims.open_jobs(),
    )
