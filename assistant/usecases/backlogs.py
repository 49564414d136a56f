"""Use cases of the ranked backlog: build (from data or an audit), read, edit a fix, export."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from assistant.backlog.from_data import DataRun
    from assistant.backlog.scoring import RankBy, Scored
    from assistant.models.backlog import Backlog, BacklogFix
    from assistant.services import Services
    from assistant.settings import Settings
    from assistant.store.backlogs import BacklogStore

EDITABLE = ("impact", "effort", "confidence", "reach", "owner", "due", "kpi")


class RankedRow(BaseModel):
    position: int
    fix_id: str
    title: str
    rice: float | None
    quadrant: str
    score: float | None


class BacklogSummaryView(BaseModel):
    id: str
    workspace: str | None
    created_at: datetime | None
    title: str
    fixes: int


def store_of(services: Services) -> BacklogStore:
    from assistant.store.backlogs import BacklogStore

    return BacklogStore(services.db)


def rank_by(
    value: str | None, settings: Settings, default: str | None = None, option: str = "rank_by"
) -> RankBy:
    chosen = (value or default or settings.backlog_rank_by).lower()
    if chosen not in ("rice", "quadrant", "formula"):
        raise InputError(f"{option} {value!r}: use rice, quadrant or formula")
    return chosen  # type: ignore[return-value]


def period_days(value: str, option: str = "period") -> int | None:
    """``90d`` -> 90, ``all`` -> None."""
    from assistant.usecases.dates import parse_age

    if value.strip().lower() in ("all", "alles"):
        return None
    age = parse_age(value)
    if age is None or age.days < 1:
        raise InputError(f"{option} {value!r}: use an age such as 90d, 12w or 6m, or 'all'")
    return age.days


def ranked(backlog: Backlog, settings: Settings, order: RankBy | None = None) -> list[Scored]:
    from assistant.backlog.scoring import scored

    chosen = order or backlog.ranking
    return scored(backlog.fixes, chosen, settings.thresholds, settings.formula)


def ranked_rows(
    backlog: Backlog, settings: Settings, order: RankBy | None = None
) -> list[RankedRow]:
    return [
        RankedRow(
            position=s.position,
            fix_id=s.fix.id,
            title=s.fix.title,
            rice=s.rice,
            quadrant=s.quadrant,
            score=s.formula if s.formula is not None else s.rice,
        )
        for s in ranked(backlog, settings, order)
    ]


def build_from_data(
    services: Services,
    workspace: str,
    period: str = "90d",
    order: str | None = None,
    lang: str = "en",
    *,
    cli: bool = False,
) -> DataRun:
    """Cluster the workspace's negative records into pain points, match fixes, rank, save."""
    from assistant.backlog.from_data import Options
    from assistant.backlog.run import build_and_save

    if lang not in ("nl", "en"):
        raise InputError(f"lang {lang!r}: use nl or en")
    settings = services.settings
    options = Options(
        period_days=period_days(period, "--period" if cli else "period"),
        language=lang,  # type: ignore[arg-type]
        rank_by=rank_by(order, settings, option="--rank-by" if cli else "rank_by"),
        thresholds=settings.thresholds,
        formula=settings.formula,
    )
    return build_and_save(services, workspace, options)


def build_from_audit(services: Services, workspace: str | None, audit_id: str) -> Backlog:
    """The accepted fixes of a finished audit's map; saved when there are any."""
    from assistant.backlog.from_map import backlog_from_map
    from assistant.store.backlogs import new_backlog_id
    from assistant.usecases.audits import load
    from assistant.usecases.audits import store_of as audits

    load(services, workspace, audit_id)
    backlog = backlog_from_map(audits(services).map(audit_id), new_backlog_id())
    return store_of(services).save(backlog) if backlog.fixes else backlog


def get_backlog(services: Services, workspace: str | None, backlog_id: str) -> Backlog:
    try:
        backlog = store_of(services).get(backlog_id)
    except NotFoundError:
        if workspace is None:
            raise
        backlog = None
    if backlog is None or (workspace is not None and backlog.workspace != workspace):
        raise NotFoundError(f"no backlog {backlog_id!r} in workspace {workspace!r}")
    return backlog


def latest_backlog(services: Services, workspace: str) -> Backlog:
    latest = store_of(services).latest(workspace)
    if latest is None:
        raise NotFoundError(
            f"no backlog for workspace {workspace!r} yet: "
            f"run `journey backlog --from-data -w {workspace}`"
        )
    return latest


def list_backlogs(services: Services, workspace: str | None) -> list[BacklogSummaryView]:
    return [
        BacklogSummaryView(
            id=r.id, workspace=r.workspace, created_at=r.created_at, title=r.title, fixes=r.fixes
        )
        for r in store_of(services).list(workspace)
    ]


def fix_changes(fix: BacklogFix, values: dict[str, Any]) -> dict[str, Any]:
    """Checked changes to a fix's scores and planning fields. Only the keys given change;
    owner, KPI, due date and reach given as None are cleared."""
    from assistant.backlog.scoring import ScoringError, check_scores
    from assistant.models.backlog import parse_confidence

    impact, effort = values.get("impact"), values.get("effort")
    check_scores(fix.impact if impact is None else impact, fix.effort if effort is None else effort)
    changes: dict[str, Any] = {}
    if impact is not None:
        changes["impact"] = impact
    if effort is not None:
        changes["effort"] = effort
    if values.get("confidence") is not None:
        try:
            changes["confidence"] = parse_confidence(str(values["confidence"]))
        except ValueError as exc:
            raise ScoringError(f"confidence: {exc}") from None
    reach = values.get("reach")
    if reach is not None:
        if reach < 0:
            raise ScoringError(f"reach must be 0 or more (got {reach})")
        changes["reach"] = reach
        if fix.reach and fix.reach_share:  # keep the share in step: same denominator
            changes["reach_share"] = min(1.0, fix.reach_share * reach / fix.reach)
    for name in ("owner", "kpi"):  # given as null or "": cleared
        if name in values:
            changes[name] = str(values[name] or "").strip() or None
    if "reach" in values and values["reach"] is None:
        changes["reach"] = changes["reach_share"] = None
    due = values.get("due")
    if "due" in values and due is None:
        changes["due"] = None
    elif due is not None:
        if isinstance(due, date):
            changes["due"] = due
        else:
            try:
                changes["due"] = date.fromisoformat(str(due).strip()) if str(due).strip() else None
            except ValueError:
                raise InputError(f"due {due!r}: use a date like 2026-12-31") from None
    return changes


def edit_fix(
    services: Services,
    workspace: str | None,
    backlog_id: str,
    fix_id: str,
    values: dict[str, Any],
) -> tuple[Backlog, BacklogFix, dict[str, Any]]:
    """Change one fix, re-rank and save; returns (backlog, the fix before, the changes)."""
    from assistant.backlog.scoring import rank

    backlog = get_backlog(services, workspace, backlog_id)
    fixes = {f.id: f for f in backlog.fixes}
    if fix_id not in fixes:
        raise NotFoundError(
            f"no fix {fix_id!r} in backlog {backlog_id}; its fixes are: "
            + (", ".join(fixes) or "(none)")
        )
    fix = fixes[fix_id]
    changes = fix_changes(fix, values)
    if not changes:
        raise InputError(f"nothing to change: give one of {', '.join(EDITABLE)}")
    settings = services.settings
    updated = [f.model_copy(update=changes) if f.id == fix_id else f for f in backlog.fixes]
    updated = rank(updated, backlog.ranking, settings.thresholds, settings.formula)
    saved = store_of(services).save(backlog.model_copy(update={"fixes": updated}))
    return saved, fix, changes


def export_backlog(
    services: Services, workspace: str | None, backlog_id: str, fmt: str, order: str | None = None
) -> str:
    from assistant.export import render_backlog

    backlog = get_backlog(services, workspace, backlog_id)
    settings = services.settings
    chosen = rank_by(order, settings, backlog.ranking)
    return render_backlog(backlog, fmt, chosen, settings.thresholds, settings.formula)
