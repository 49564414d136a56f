"""Hybrid search: exact codes, meaning across languages, filters, the keyword index."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from assistant.index.keyword import KeywordIndex, tokenize
from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.models import SearchFilters
from assistant.search import fuse, search
from assistant.services import Services

ITEMS = [
    {
        "id": "t1",
        "text": "Mijn bestelling KK-2026-048213 is nog steeds niet verzonden.",
        "date": "2026-01-10",
        "type": "ticket",
    },
    {
        "id": "t2",
        "text": "Bestelling KK-2026-031902 is dubbel afgeschreven van mijn rekening.",
        "date": "2026-02-10",
        "type": "ticket",
    },
    {
        "id": "e1",
        "text": "The parcel arrived with the box crushed and the machine was broken.",
        "date": "2026-03-10",
        "type": "review",
    },
    {
        "id": "n1",
        "text": "Ik kan nergens vinden hoe ik mijn abonnement opzeg.",
        "date": "2026-04-10",
        "type": "chat",
    },
    {
        "id": "n2",
        "text": "De BrewMaster 3000 maakt heerlijke koffie, echt een aanrader!",
        "date": "2026-05-10",
        "type": "review",
    },
    {
        "id": "e2",
        "text": "Why can't I pay with PayPal? Only iDEAL and credit card are offered.",
        "date": "2026-06-10",
        "type": "chat",
    },
    {
        "id": "n3",
        "text": "De handleiding legt niet uit wat foutcode E03 betekent.",
        "date": "2026-07-10",
        "type": "ticket",
    },
]


@pytest.fixture
def ws(services: Services, write) -> str:
    path = write("items.jsonl", "\n".join(json.dumps(i) for i in ITEMS))
    ingest(services, [path], IngestOptions(workspace="s", field_map={"source_type": "type"}))
    return "s"


def ext_ids(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.external_id for h in hits]


def test_order_number_matches_exactly(services: Services, ws: str) -> None:
    hits = search(services, ws, "KK-2026-048213", k=3)
    assert ext_ids(hits)[0] == "t1"
    assert hits[0].keyword_rank == 1 and hits[0].score > hits[1].score


def test_product_name_matches(services: Services, ws: str) -> None:
    assert ext_ids(search(services, ws, "brewmaster 3000", k=1)) == ["n2"]


def test_dutch_query_finds_english_item_about_the_same_problem(services: Services, ws: str) -> None:
    hits = search(services, ws, "pakket beschadigd aangekomen, doos kapot", k=2)
    assert "e1" in ext_ids(hits)
    assert hits[ext_ids(hits).index("e1")].keyword_rank is None  # found by meaning alone


def test_english_query_finds_dutch_item(services: Services, ws: str) -> None:
    assert ext_ids(search(services, ws, "how do I cancel my subscription", k=1)) == ["n1"]


def test_filters(services: Services, ws: str) -> None:
    assert set(
        ext_ids(search(services, ws, "bestelling", SearchFilters(source_type="review")))
    ) <= {"e1", "n2"}
    since = SearchFilters(since=datetime(2026, 6, 1))
    assert set(ext_ids(search(services, ws, "betalen paypal factuur", since))) <= {"e2", "n3"}
    english = search(services, ws, "abonnement opzeggen", SearchFilters(language="en"))
    assert english and all(h.language == "en" for h in english)


def test_phase_filter_uses_tags(services: Services, ws: str) -> None:
    # Untagged records never pass a phase filter.
    assert search(services, ws, "bestelling", SearchFilters(phase="delivery")) == []


def test_empty_workspace_and_query(services: Services) -> None:
    assert search(services, "nothing-here", "pakket") == []
    assert search(services, "nothing-here", "   ") == []


def test_results_show_source_and_scores(services: Services, ws: str) -> None:
    hit = search(services, ws, "foutcode E03 handleiding", k=1)[0]
    assert hit.external_id == "n3" and hit.source_type == "ticket"
    assert hit.score > 0 and hit.created_at is not None and hit.language == "nl"


def test_keyword_index_is_refreshed_after_new_records(services: Services, ws: str, write) -> None:
    before = services.keyword_index(ws)
    ingest(
        services,
        [write("more.jsonl", json.dumps({"text": "Zwaluwstaart kapot"}))],
        IngestOptions(workspace=ws),
    )
    after = services.keyword_index(ws)
    assert len(after) == len(before) + 1
    assert ext_ids(search(services, ws, "zwaluwstaart", k=1)) == [""]


def test_tokenize_keeps_codes_whole_and_in_parts() -> None:
    tokens = tokenize("Order KK-2026-048213, café BM-3000!")
    assert {"kk-2026-048213", "kk", "2026", "048213", "cafe", "bm-3000", "bm", "3000"} <= set(
        tokens
    )


def test_bm25_prefers_rare_terms_and_round_trips(tmp_path: Path) -> None:
    texts = [
        ("a", "de levering was te laat"),
        ("b", "de levering was op tijd"),
        ("c", "de factuur klopt niet"),
        ("d", "de de de de"),
    ]
    docs = [(i, text, "review", "nl", -1) for i, text in texts]
    index = KeywordIndex.build(docs, stamp="x")
    assert index.search("factuur levering", 2)[0][0] == "c"
    assert [i for i, _ in index.search("levering", 5, index.mask(only={"b"}))] == ["b"]
    assert index.search("onbekend", 3) == []
    index.save(tmp_path)
    loaded = KeywordIndex.load(tmp_path)
    assert loaded is not None and loaded.stamp == "x"
    assert loaded.search("laat", 1) == index.search("laat", 1)


def test_rrf_fusion() -> None:
    scores = fuse([["a", "b"], ["b", "c"]])
    assert max(scores, key=scores.__getitem__) == "b"
    assert scores["a"] == pytest.approx(1 / 61)
