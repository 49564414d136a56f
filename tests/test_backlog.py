"""The backlog: scoring and ranking tables, clustering, the data-driven builder, storage, CLI."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from engines import Engines, engine_settings
from pydantic import ValidationError
from typer.testing import CliRunner

from assistant.backlog import clustering
from assistant.backlog.clustering import closest, cluster
from assistant.backlog.evidence import RecordInfo, quote_of, summary_of, text_start
from assistant.backlog.from_data import Options, backlog_from_data
from assistant.backlog.keywords import characteristic_words, words
from assistant.backlog.labels import LlmLabeller
from assistant.backlog.matching import confidence_level
from assistant.backlog.model import Backlog, BacklogFix
from assistant.backlog.period import Period, trend
from assistant.backlog.run import build_and_save
from assistant.backlog.scoring import (
    ScoringError,
    Thresholds,
    check_scores,
    formula_score,
    quadrant,
    rank,
    rice,
)
from assistant.classify.base import Tag
from assistant.classify.factory import build_local
from assistant.classify.jobs import run_tag_job
from assistant.cli.main import app, main
from assistant.errors import ConfigError, NotFoundError
from assistant.index import embeddings
from assistant.index.embeddings import UseEmbedder
from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.kb.loader import load_knowledge
from assistant.prompts import load_prompt
from assistant.samples import sample_folder
from assistant.services import Services
from assistant.settings import Settings, get_settings
from assistant.store.backlogs import BacklogStore, new_backlog_id
from tests.fakes import ScriptedModel

runner = CliRunner()
END = datetime(2026, 6, 30)


def fix(
    fix_id: str,
    *,
    impact: int = 3,
    effort: int = 3,
    reach: int | None = 10,
    confidence: float = 0.8,
    title: str | None = None,
) -> BacklogFix:
    return BacklogFix(
        id=fix_id,
        title=title or fix_id,
        impact=impact,
        effort=effort,
        reach=reach,
        confidence=confidence,
    )


def tag(item_id: str, phase: str, sentiment: int = -1, pain: str | None = None) -> Tag:
    return Tag(
        item_id=item_id,
        phase=phase,
        phase_confidence=0.9,
        emotion="frustration" if sentiment < 0 else "satisfaction",
        emotion_confidence=0.9,
        sentiment=sentiment,
        pain_point=pain,
        classifier="test",
        taxonomy_version="test",
    )


# --- scoring and ranking -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "rank_by", "why"),
    [
        (fix("a", impact=4, effort=4), fix("b", impact=2, effort=2), "rice", "higher impact"),
        (fix("a", effort=2), fix("b", effort=4, reach=20), "rice", "lower effort"),
        (fix("a", reach=20, confidence=0.4), fix("b", reach=10), "rice", "larger reach"),
        (fix("a", confidence=1.0), fix("b", confidence=0.5), "quadrant", "higher confidence"),
        (fix("x", title="Alpha"), fix("a", title="Beta"), "rice", "title"),
        (fix("a", title="Same"), fix("b", title="Same"), "rice", "id"),
        (fix("a", impact=5, reach=1), fix("b", impact=4, reach=90), "quadrant", "impact"),
    ],
)
def test_ties_follow_the_documented_order(
    first: BacklogFix, second: BacklogFix, rank_by: str, why: str
) -> None:
    if rank_by == "rice":
        assert rice(first) == pytest.approx(rice(second) or 0), why
    assert rank([second, first], rank_by) == [first, second], why  # type: ignore[arg-type]
    assert rank([first, second], rank_by) == [first, second], why  # type: ignore[arg-type]


def test_fixes_without_reach_come_after_those_with_one() -> None:
    small = fix("small", impact=1, effort=5, reach=1, confidence=0.5)
    unknown_big = fix("unknown_big", impact=5, effort=1, reach=None)
    unknown_small = fix("unknown_small", impact=2, effort=4, reach=None)
    assert rice(unknown_big) is None
    ranked = rank([unknown_small, unknown_big, small])
    assert [f.id for f in ranked] == ["small", "unknown_big", "unknown_small"]


@pytest.mark.parametrize(
    ("impact", "effort", "message"),
    [
        (3, 0, "effort must be 1..5 (got 0); 0 would divide RICE by zero"),
        (3, 6, "effort must be 1..5 (got 6)"),
        (0, 3, "impact must be 1..5 (got 0)"),
        (6, 2, "impact must be 1..5 (got 6)"),
    ],
)
def test_scores_out_of_range_are_clear_errors(impact: int, effort: int, message: str) -> None:
    with pytest.raises(ValidationError):
        fix("x", impact=impact, effort=effort)
    sneaked = fix("x").model_copy(update={"impact": impact, "effort": effort})
    for call in (lambda: rank([sneaked]), lambda: rice(sneaked), lambda: quadrant(sneaked)):
        with pytest.raises(ScoringError, match=re.escape(message)):
            call()
    with pytest.raises(ScoringError):
        check_scores(impact, effort)


@pytest.mark.parametrize(
    ("impact", "effort", "thresholds", "expected"),
    [
        (3, 2, Thresholds(), "quick_win"),
        (3, 3, Thresholds(), "big_bet"),
        (2, 2, Thresholds(), "fill_in"),
        (2, 3, Thresholds(), "money_pit"),
        (5, 5, Thresholds(), "big_bet"),
        (1, 1, Thresholds(), "fill_in"),
        (3, 2, Thresholds(impact=4), "fill_in"),
        (4, 3, Thresholds(impact=4, effort=4), "quick_win"),
        (4, 4, Thresholds(impact=4, effort=4), "big_bet"),
    ],
)
def test_quadrant_thresholds(
    impact: int, effort: int, thresholds: Thresholds, expected: str
) -> None:
    assert quadrant(fix("x", impact=impact, effort=effort), thresholds) == expected


def test_quadrant_ranking_puts_quick_wins_first() -> None:
    fixes = [
        fix("pit", impact=1, effort=5),
        fix("fill", impact=1, effort=1),
        fix("bet", impact=5, effort=5),
        fix("win", impact=4, effort=1),
    ]
    assert [f.id for f in rank(fixes, "quadrant")] == ["win", "bet", "fill", "pit"]


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("reach * impact / effort", 10 * 4 / 2),
        ("impact ** 2 - effort", 14.0),
        ("2 * reach_share + confidence", 2 * 0.25 + 0.5),
        ("-(effort) + (impact)", 2.0),
        ("reach / (effort - 2)", 0.0),  # a division by zero scores 0, it does not crash
    ],
)
def test_custom_formula_scores(formula: str, expected: float) -> None:
    item = fix("x", impact=4, effort=2, reach=10, confidence=0.5)
    item = item.model_copy(update={"reach_share": 0.25})
    assert formula_score(item, formula) == pytest.approx(expected)


def test_custom_formula_ranks_and_missing_reach_counts_as_zero() -> None:
    fixes = [fix("cheap", impact=2, effort=1), fix("big", impact=5, effort=5, reach=None)]
    assert [f.id for f in rank(fixes, "formula", formula="impact / effort")] == ["cheap", "big"]
    assert [f.id for f in rank(fixes, "formula", formula="reach + 1")] == ["cheap", "big"]
    with pytest.raises(ConfigError, match="JOURNEY_BACKLOG_FORMULA"):
        rank(fixes, "formula")


@pytest.mark.parametrize(
    ("formula", "culprit"),
    [
        ("__import__('os').system('true')", "__import__('os').system('true')"),
        ("max(reach, impact)", "max(reach, impact)"),
        ("reach.real", "reach.real"),
        ("owner * 2", "owner"),
        ("reach if impact else effort", "reach if impact else effort"),
        ("impact // effort", "impact // effort"),
        ("'5'", "'5'"),
    ],
)
def test_forbidden_formulas_name_what_is_not_allowed(formula: str, culprit: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(repr(culprit)) + ".*is not allowed"):
        formula_score(fix("x"), formula)
    with pytest.raises(ConfigError, match="not a valid expression"):
        formula_score(fix("x"), "reach *")


# --- clustering, keywords, quotes, trends -------------------------------------------------

HAND_SET = [
    ("refund", "Mijn terugbetaling duurt al drie weken"),
    ("refund", "Refund still not received after three weeks"),
    ("refund", "Wanneer krijg ik mijn geld terug? Al weken niets gehoord"),
    ("refund", "Still waiting for my refund"),
    ("late", "Pakket is een week te laat"),
    ("late", "My parcel is a week late"),
    ("late", "Bezorging te laat, pakket nog steeds niet ontvangen"),
    ("late", "Delivery is late again, still no package"),
    ("pay", "Ik kan niet betalen met PayPal"),
    ("pay", "No PayPal option at checkout"),
    ("pay", "Graag meer betaalmogelijkheden zoals PayPal"),
    ("odd", "Mijn kat vindt de doos erg leuk om in te slapen"),
]


def test_clustering_groups_the_obviously_similar_texts(embedder: UseEmbedder) -> None:
    vectors = embedder.embed([text for _, text in HAND_SET])
    found = cluster(vectors)
    groups = {
        frozenset(HAND_SET[m][0] for m in found.members(c)): len(found.members(c))
        for c in range(found.size)
    }
    assert groups == {frozenset({"refund"}): 4, frozenset({"late"}): 4, frozenset({"pay"}): 3}
    assert found.unclustered == 1 and found.labels[-1] == -1
    again = cluster(vectors)
    assert np.array_equal(again.labels, found.labels)
    assert np.allclose(again.centroids, found.centroids)
    members = found.members(0)
    order = closest(vectors, members, found.centroids[0])
    assert sorted(order) == members
    similarity = vectors[order] @ found.centroids[0]
    assert (np.diff(similarity) <= 1e-6).all()  # nearest to the centre first


def _directions(per_group: int, seed: int = 7) -> tuple[np.ndarray, list[int]]:
    rng = np.random.default_rng(seed)
    axes = np.eye(16, dtype=np.float32)[:3]
    rows, truth = [], []
    for g in range(3):
        for _ in range(per_group):
            rows.append(axes[g] + rng.normal(0, 0.15, 16).astype(np.float32))
            truth.append(g)
    return np.vstack(rows), truth


def test_clustering_on_plain_vectors_and_the_sampled_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vectors, truth = _directions(20)
    exact = cluster(vectors, threshold=0.5, min_size=3)
    monkeypatch.setattr(clustering, "MAX_LINKAGE", 12)
    sampled = cluster(vectors, threshold=0.5, min_size=3)
    for found in (exact, sampled):
        assert found.size == 3 and found.unclustered == 0
        for c in range(3):
            assert len({truth[m] for m in found.members(c)}) == 1
    assert cluster(np.zeros((0, 16), dtype=np.float32)).size == 0
    assert cluster(vectors[:1], min_size=2).unclustered == 1


def test_characteristic_words_prefer_what_sets_a_group_apart() -> None:
    groups = [
        ["KeukenKompas: the parcel is late again", "parcel arrived late", "late parcel, again"],
        ["KeukenKompas refund takes weeks", "refund still not here", "where is my refund"],
        ["KeukenKompas: geen PayPal", "graag PayPal of Klarna"],
    ]
    top = characteristic_words(groups, n=2)
    assert set(top[0]) == {"parcel", "late"}
    assert top[1] == ["refund"]  # 'weeks' occurs once: not characteristic
    assert top[2] == ["paypal"]
    assert "keukenkompas" not in {w for ws in top for w in ws}  # everywhere: says nothing
    assert words("The Pakket is NIET op tijd, en 12 dagen te laat [EMAIL]") == [
        "pakket",
        "tijd",
        "dagen",
        "laat",
    ]
    assert characteristic_words(groups, n=2) == top  # stable


@pytest.mark.parametrize(
    ("current", "previous", "comparable", "expected"),
    [
        (5, 0, True, "new"),
        (0, 0, True, "flat"),
        (5, 0, False, "flat"),
        (10, 5, True, "up"),
        (2, 5, True, "down"),
        (11, 10, True, "flat"),  # +10%: noise
        (3, 2, True, "flat"),  # +50% but a single record
        (4, 2, True, "up"),
        (13, 10, True, "up"),
    ],
)
def test_trend(current: int, previous: int, comparable: bool, expected: str) -> None:
    assert trend(current, previous, comparable) == expected


def test_period_boundaries() -> None:
    period = Period(END, 30)
    assert period.which(END) == "current"
    assert period.which(END - timedelta(days=29, hours=23)) == "current"
    assert period.which(END - timedelta(days=30)) == "previous"
    assert period.which(END - timedelta(days=59)) == "previous"
    assert period.which(END - timedelta(days=60)) is None
    assert period.which(END + timedelta(seconds=1)) is None
    assert period.which(None) is None
    assert Period(None, 30).which(None) == "current" and Period(END, None).which(None) == "current"


def test_summaries_and_quotes_are_taken_from_the_record() -> None:
    text = "Mijn pakket is te laat. Al twee weken wacht ik en niemand reageert op mijn mail."
    plain = tag("r1", "delivery")
    assert text_start(text) == "Mijn pakket is te laat."
    assert text_start("x " * 300).endswith("x") and len(text_start("x " * 300)) <= 240
    assert summary_of(plain, text) == "Mijn pakket is te laat."
    named = plain.model_copy(update={"pain_point": "Late delivery", "evidence": "te laat"})
    assert summary_of(named, text) == "Late delivery"
    quoted = plain.model_copy(update={"evidence": "niemand reageert op mijn mail"})
    assert quote_of(quoted, text) == "niemand reageert op mijn mail" and summary_of(
        quoted, text
    ) == ("niemand reageert op mijn mail")
    made_up = plain.model_copy(update={"evidence": "this was never written"})
    assert quote_of(made_up, text) == "Mijn pakket is te laat."


def _dated_workspace() -> tuple[list[Tag], dict[str, RecordInfo]]:
    """Late parcels rise, refunds fall, payment complaints are new; plus happy customers.

    The pain summaries are short, as an LLM classifier writes them; the texts are longer."""
    late, refund, paypal = "Levering te laat", "Refund takes weeks", "PayPal ontbreekt"
    rows: list[tuple[str, str, int, str | None, str, int]] = [
        # (id prefix, phase, sentiment, pain summary, text, days before END)
        *(("late", "delivery", -2, late, "Mijn pakket is weer te laat", d) for d in range(1, 6)),
        *(("lateold", "delivery", -1, "Levering veel te laat", "Laat", d) for d in (35, 40)),
        *(("refund", "usage", -1, refund, "My refund takes weeks", d) for d in (3, 9)),
        *(("refundold", "usage", -2, "Refund takes long", "Geld?", d) for d in range(31, 36)),
        *(("paypal", "purchase", -1, paypal, "Niet met PayPal betalen?", d) for d in (2, 4, 6)),
        *(("happy", "usage", 2, None, "Top service, snel geleverd", d) for d in (1, 2, 33)),
        ("ancient", "delivery", -2, late, "Pakket te laat", 400),
    ]
    tags: list[Tag] = []
    records: dict[str, RecordInfo] = {}
    for n, (prefix, phase, sentiment, pain, text, days) in enumerate(rows):
        record_id = f"{prefix}-{n:02d}"
        tags.append(tag(record_id, phase, sentiment, pain))
        records[record_id] = RecordInfo(f"{text} ({record_id}).", END - timedelta(days=days))
    records["undated"] = RecordInfo("Nog steeds te laat", None)
    tags.append(tag("undated", "delivery", -2, late))
    return tags, records


def test_trends_from_dated_records(embedder: UseEmbedder) -> None:
    tags, records = _dated_workspace()
    run = backlog_from_data(
        tags,
        records,
        embedder.embed,
        load_knowledge(),
        backlog_id="bl-00000001",
        options=Options(period_days=30),
        workspace="dated",
    )
    assert run.period.end == END - timedelta(days=1)  # the newest record
    assert (run.records, run.negative, run.undated) == (12, 10, 1)
    by_prefix = {c.record_ids[0].split("-")[0]: c for c in run.backlog.pain_points if c.record_ids}
    late, refund, paypal = by_prefix["late"], by_prefix["refund"], by_prefix["paypal"]
    assert (late.count, late.previous_count, late.trend) == (5, 2, "up")
    assert (refund.count, refund.previous_count, refund.trend) == (2, 5, "down")
    assert (paypal.count, paypal.previous_count, paypal.trend) == (3, 0, "new")
    assert refund.share == pytest.approx(2 / 4)  # of the usage records in the period
    assert paypal.friction_pattern == "few_payment_options"
    assert {"add_payment_methods", "proactive_tracking"} <= {f.id for f in run.backlog.fixes}
    assert run.backlog.title.endswith("30 days up to 2026-06-29")
    everything = backlog_from_data(
        tags, records, embedder.embed, load_knowledge(), backlog_id="bl-2", options=Options(None)
    )
    assert everything.records == len(tags) and everything.undated == 0
    assert {c.trend for c in everything.backlog.pain_points} == {"flat"}


def test_nothing_negative_gives_an_empty_backlog(embedder: UseEmbedder) -> None:
    tags = [tag("a", "usage", 1), tag("b", "purchase", 0)]
    records = {"a": RecordInfo("Fijn!", END), "b": RecordInfo("Ok", END)}
    run = backlog_from_data(tags, records, embedder.embed, load_knowledge(), backlog_id="bl-3")
    assert (run.negative, run.backlog.pain_points, run.backlog.fixes) == (0, [], [])


@pytest.mark.parametrize(
    ("strength", "reach", "level"),
    [(0.7, 10, "high"), (0.7, 2, "medium"), (0.55, 10, "medium"), (0.42, 10, "low")],
)
def test_confidence_from_the_match_strength(strength: float, reach: int, level: str) -> None:
    assert confidence_level(strength, reach) == level


# --- LLM labels through the scripted fake model ----------------------------------------


def test_llm_label_with_one_reask() -> None:
    model = ScriptedModel("Late parcels, I think", {"label": "Late parcels"})
    labeller = LlmLabeller(model)
    assert labeller.label("delivery", ["late"], ["Pakket  te\nlaat"], "en") == "Late parcels"
    assert labeller.failures == 0
    first, reask = model.requests
    assert "<quote>Pakket te laat</quote>" in first.user and "late" in first.user
    assert first.schema["schema"]["required"] == ["label"]
    assert reask.roles == ["system", "human", "ai", "human"]
    assert "could not be used" in reask.user and "not valid JSON" in reask.user
    broken = LlmLabeller(ScriptedModel("no", {}))
    assert broken.label("delivery", ["late"], ["Pakket te laat"], "nl") is None
    assert broken.failures == 1


def test_llm_labels_name_the_clusters(embedder: UseEmbedder) -> None:
    tags, records = _dated_workspace()
    model = ScriptedModel(*({"label": f"Pain number {i}"} for i in range(20)))
    run = backlog_from_data(
        tags,
        records,
        embedder.embed,
        load_knowledge(),
        backlog_id="bl-4",
        labeller=LlmLabeller(model),
    )
    labels = [c.label for c in run.backlog.pain_points]
    assert labels and all(label.startswith("Pain number ") for label in labels)
    assert all(set(f.pain_points) <= set(labels) for f in run.backlog.fixes)


def test_label_prompts_render() -> None:
    prompt = load_prompt("pain_label")
    rendered = prompt.render(
        phase="delivery", language="nl", keywords="laat", quotes=prompt.part("quote", text="x")
    )
    assert "delivery" in rendered.user and "<quote>x</quote>" in rendered.user
    assert "DATA" in (rendered.system or "")


# --- storage ------------------------------------------------------------------------------


def test_backlog_store_round_trip(services: Services) -> None:
    store = BacklogStore(services.db)
    assert re.fullmatch(r"bl-[0-9a-f]{8}", new_backlog_id())
    assert store.latest("ws") is None and store.list() == []
    tags, records = _dated_workspace()
    first = backlog_from_data(
        tags, records, services.embedder.embed, load_knowledge(), backlog_id="bl-aaaaaaaa",
        workspace="ws", created_at=END,
    ).backlog  # fmt: skip
    second = first.model_copy(update={"id": "bl-bbbbbbbb", "created_at": END + timedelta(1)})
    store.save(first)
    store.save(second)
    assert store.get("bl-aaaaaaaa") == first
    assert [s.id for s in store.list()] == ["bl-bbbbbbbb", "bl-aaaaaaaa"]
    assert store.list("other") == [] and store.list("ws")[0].fixes == len(first.fixes)
    latest = store.latest("ws")
    assert latest is not None and latest.id == "bl-bbbbbbbb"
    store.save(first.model_copy(update={"title": "renamed"}))
    assert store.get("bl-aaaaaaaa").title == "renamed" and len(store.list()) == 2
    with pytest.raises(NotFoundError, match="bl-bbbbbbbb"):
        store.get("bl-missing")


# --- the sample shop: data, CLI -------------------------------------------------------------


@pytest.fixture(scope="module")
def shop(
    tmp_path_factory: pytest.TempPathFactory,
    embedder: UseEmbedder,
    model_dir: Path,
    _engines: Engines | None,
) -> Iterator[Services]:
    """The sample shop, ingested and tagged by the local classifier, once for this module."""
    with engine_settings(_engines) as engine_urls:
        settings = Settings(
            home=tmp_path_factory.mktemp("shop"),
            model_dir=model_dir,
            llm="",
            embeddings="use-m3",
            **engine_urls,
        )
        services = Services(settings, embedder=embedder)
        ingest(services, [sample_folder()], IngestOptions(workspace="shop"))
        run_tag_job(services, "shop", build_local(services, workspace="shop"))
        yield services
        services.close()


def test_pain_points_of_the_sample_shop_quote_their_own_records(shop: Services) -> None:
    run = build_and_save(shop, "shop", Options(period_days=None))
    backlog = run.backlog
    tags = {t.item_id: t for t in shop.tags.for_workspace("shop")}
    texts = {row[0]: row[1] for row in shop.records.index_rows("shop")}
    assert run.records == len(tags) and run.negative == sum(t.sentiment < 0 for t in tags.values())
    assert sum(c.count for c in backlog.pain_points) + run.unclustered == run.negative
    for pain in backlog.pain_points:
        assert pain.count == len(pain.record_ids) >= 2 and 0 < pain.share <= 1
        assert 1 <= len(pain.quotes) <= 3 and pain.label
        for record_id in pain.record_ids:
            assert tags[record_id].phase == pain.phase and tags[record_id].sentiment < 0
        for quote in pain.quotes:
            assert quote.record_id in pain.record_ids
            assert tags[quote.record_id].phase == pain.phase
            assert quote.text and quote.text in texts[quote.record_id]
    patterns = {c.friction_pattern for c in backlog.pain_points}
    assert {"few_payment_options", "slow_refunds"} <= patterns
    kb = load_knowledge()
    for item in backlog.fixes:
        pattern, known = kb.fix(item.id)
        answered = [c for c in backlog.pain_points if c.friction_pattern == pattern.id]
        assert item.reach == sum(c.count for c in answered)
        assert (item.impact, item.effort, item.kpi) == (known.impact, known.effort, known.kpi)
        assert item.source.kind == "suggested" and item.source.ref == item.id == item.fix_ref
        assert set(item.pain_points) == {c.label for c in answered}
        assert set(item.record_ids) == {r for c in answered for r in c.record_ids}
        assert all(q.text in texts[q.record_id] for q in item.quotes)
    assert backlog.fixes == rank(backlog.fixes)
    assert BacklogStore(shop.db).get(backlog.id) == backlog


@pytest.fixture
def cli_shop(shop: Services, monkeypatch: pytest.MonkeyPatch, embedder: UseEmbedder) -> None:
    monkeypatch.setenv("JOURNEY_HOME", str(shop.settings.home))
    monkeypatch.setenv("JOURNEY_DATABASE_URL", shop.settings.database_url)
    monkeypatch.setenv("JOURNEY_CHROMA_URL", shop.settings.chroma_url)
    monkeypatch.setitem(embeddings._CACHE, "use-m3", embedder)
    get_settings.cache_clear()


def stored(backlog_id: str) -> Backlog:
    services = Services()
    try:
        return BacklogStore(services.db).get(backlog_id)
    finally:
        services.close()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str]:
    """Run `journey` as the console script does; returns the exit code and the message."""
    monkeypatch.setattr("sys.argv", ["journey", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    err = capsys.readouterr().err
    assert "Error:" in err and "Traceback" not in err
    return int(exc.value.code or 0), " ".join(err.split())


def test_cli_builds_shows_exports_and_lists(cli_shop: None, tmp_path: Path) -> None:
    code, output = invoke("backlog", "-w", "shop", "--from-data", "--period", "all")
    assert code == 0, output
    backlog_id = re.search(r"bl-[0-9a-f]{8}", output)
    assert backlog_id and "RICE" in output and "quadrant" in output
    code, listed = invoke("backlog", "list")
    assert code == 0 and backlog_id.group(0) in listed
    code, latest = invoke("backlog", "--workspace", "shop")
    assert code == 0 and backlog_id.group(0) in latest
    code, exported = invoke("backlog", backlog_id.group(0), "--format", "json")
    data = json.loads(exported)
    assert code == 0 and data["backlog"]["id"] == backlog_id.group(0)
    assert [r["rank"] for r in data["ranked"]] == list(range(1, len(data["ranked"]) + 1))
    report, issues = tmp_path / "out" / "b.html", tmp_path / "issues"
    code, output = invoke(
        "backlog", backlog_id.group(0), "-f", "html", "-o", str(report), "--issues-dir", str(issues)
    )
    assert code == 0 and report.read_text(encoding="utf-8").lstrip().startswith("<!")
    assert len(list(issues.glob("*.md"))) == len(data["ranked"])
    code, dutch = invoke("backlog", backlog_id.group(0), "--lang", "nl", "--rank-by", "quadrant")
    assert code == 0 and "kwadrant" in dutch


def test_cli_edit_reranks_and_saves(cli_shop: None) -> None:
    code, output = invoke("backlog", "-w", "shop", "--from-data", "--period", "all")
    backlog_id = re.search(r"bl-[0-9a-f]{8}", output)
    assert code == 0 and backlog_id
    before = stored(backlog_id.group(0))
    last = rank(before.fixes)[-1]
    code, output = invoke(
        "backlog", "edit", backlog_id.group(0), last.id,
        "--impact", "5", "--effort", "1", "--reach", "1000", "--confidence", "high",
        "--owner", "Team Checkout", "--due", "2026-12-31", "--kpi", "conversion_rate",
    )  # fmt: skip
    assert code == 0, output
    assert f"Position {len(before.fixes)} → 1 of {len(before.fixes)}" in output
    after = stored(backlog_id.group(0))
    edited = after.fixes[0]
    assert edited.id == last.id and (edited.impact, edited.effort, edited.reach) == (5, 1, 1000)
    assert edited.confidence == 1.0 and edited.owner == "Team Checkout"
    assert str(edited.due) == "2026-12-31" and edited.kpi == "conversion_rate"
    assert after.fixes == rank(after.fixes)


def test_cli_errors(
    cli_shop: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, output = invoke("backlog", "-w", "shop", "--from-data", "--period", "all")
    backlog_id = re.search(r"bl-[0-9a-f]{8}", output)
    assert code == 0 and backlog_id
    latest = stored(backlog_id.group(0))
    assert latest is not None and latest.fixes
    first = latest.fixes[0].id
    code, err = fails(monkeypatch, capsys, "backlog", "edit", latest.id, first, "--effort", "0")
    assert code == 2 and "effort must be 1..5 (got 0)" in err
    code, err = fails(monkeypatch, capsys, "backlog", "edit", latest.id, first, "--impact", "9")
    assert code == 2 and "impact must be 1..5" in err
    code, err = fails(monkeypatch, capsys, "backlog", "edit", latest.id, "nope", "--effort", "2")
    assert code == 4 and "nope" in err and first in err
    code, err = fails(monkeypatch, capsys, "backlog", "edit", latest.id, first, "--confidence", "?")
    assert code == 2 and "confidence" in err
    code, err = fails(monkeypatch, capsys, "backlog", "bl-00000000")
    assert code == 4 and "journey backlog list" in err
    code, err = fails(monkeypatch, capsys, "backlog", "-w", "nobody")
    assert code == 4 and "--from-data" in err
    code, err = fails(monkeypatch, capsys, "backlog", "-w", "nobody", "--from-data")
    assert code == 4 and "journey ingest" in err
    code, err = fails(monkeypatch, capsys, "backlog", "-w", "shop", "--from-data", "--period", "3x")
    assert code == 2 and "--period" in err


def test_cli_untagged_and_calm_workspaces(
    services: Services, write, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write("calm.jsonl", '{"id": "1", "text": "Prima"}\n{"id": "2", "text": "Top, dank"}\n')
    ingest(services, [path], IngestOptions(workspace="calm"))
    monkeypatch.setitem(embeddings._CACHE, "use-m3", services.embedder)
    code, err = fails(monkeypatch, capsys, "backlog", "-w", "calm", "--from-data")
    assert code == 2 and "journey tag -w calm" in err
    ids = [row[0] for row in services.records.index_rows("calm")]
    services.tags.save("calm", [tag(i, "usage", sentiment=1) for i in ids])
    code, output = invoke("backlog", "-w", "calm", "--from-data")
    assert code == 0 and "No pain points in calm" in output
    assert invoke("backlog", "list")[1].startswith("No backlogs yet")


def test_readme_backlog_examples_run(cli_shop: None) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme.split("## Backlog", 1)[1], re.S)
    assert block is not None
    commands = [line for line in block.group(1).splitlines() if line.startswith("journey ")]
    assert len(commands) >= 4 and "--from-data" in commands[0]
    backlog_id = ""
    for command in commands:
        args = shlex.split(command.replace("bl-1a2b3c4d", backlog_id), comments=True)[1:]
        code, output = invoke(*args)
        assert code == 0 and output.strip(), f"{command}\n{output}"
        if not backlog_id:
            found = re.search(r"bl-[0-9a-f]{8}", output)
            assert found, output
            backlog_id = found.group(0)
    assert Path("backlog.html").is_file()
    assert stored(backlog_id).fixes[0].id == "add_payment_methods"  # effort 1 moved it up


def test_one_friction_pattern_named_in_two_languages_gets_one_summary_to_cluster_on() -> None:
    from assistant.backlog.evidence import summary_of
    from assistant.kb.loader import load_knowledge

    aliases = load_knowledge().friction_names("en")
    dutch = Tag(
        item_id="a",
        phase="purchase",
        phase_confidence=0.9,
        emotion="frustration",
        emotion_confidence=0.9,
        sentiment=-2,
        pain_point="Verborgen verzendkosten",
        classifier="local",
        taxonomy_version="t",
    )
    english = dutch.model_copy(update={"item_id": "b", "pain_point": "Hidden shipping costs"})
    assert summary_of(dutch, "x", aliases) == summary_of(english, "y", aliases)


def test_distinct_embed_embeds_each_text_once() -> None:
    from assistant.backlog.evidence import distinct_embed

    seen: list[str] = []

    def embed(texts):  # type: ignore[no-untyped-def]
        seen.extend(texts)
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)

    once = distinct_embed(embed)
    first = once(["Late delivery", "Late delivery", "Slow refunds"])
    again = once(["Slow refunds", "Late delivery"])
    assert seen == ["Late delivery", "Slow refunds"]
    assert first.shape == (3, 2) and (first[0] == first[1]).all() and (again[0] == first[2]).all()


def test_unknown_phase_records_are_left_out_of_the_data_backlog_and_counted(
    embedder: UseEmbedder,
) -> None:
    tags, records = _dated_workspace()
    for n in range(3):
        records[f"dm-{n}"] = RecordInfo("DM sent", END - timedelta(days=1))
        tags.append(tag(f"dm-{n}", "unknown", -1, None))
    run = backlog_from_data(
        tags, records, embedder.embed, load_knowledge(), backlog_id="bl-3", options=Options(30)
    )
    assert run.unplaced == 3 and (run.records, run.negative) == (12, 10)
    assert all(not c.record_ids[0].startswith("dm-") for c in run.backlog.pain_points)


def test_handles_links_and_filler_are_no_themes() -> None:
    """Pain points on real tweets were named 'link, showing, amazonhelp' and 'airways, british'."""
    tweets = [
        "@AmazonHelp guys the link is showing an error https://t.co/x1",
        "@British_Airways lost my bag at Heathrow, see www.ba.com/claims",
        "@AmazonHelp hey the refund link still shows nothing",
    ]
    found = {w for t in tweets for w in words(t)}
    assert {"error", "lost", "bag", "refund"} <= found
    assert not found & {"amazonhelp", "british", "airways", "guys", "link", "showing", "hey"}


def test_a_narrow_console_shows_fix_titles_not_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """`journey backlog --from-data` printed ids (quickstart_guide) where the demo prints titles."""
    from assistant.cli import backlog_view

    monkeypatch.setattr(backlog_view.out, "width", 80, raising=False)
    assert backlog_view.fits() == "title"
