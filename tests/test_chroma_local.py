"""Searches read the embedded index through Chroma's core, without importing chromadb,
and get what the full client gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from assistant.index import chroma_local
from assistant.index.chroma_local import CoreReader, EmbeddedChroma
from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.search import search
from assistant.services import Services

TEXTS = [
    "Mijn pakket kwam drie dagen te laat aan.",
    "The parcel arrived late and the box was crushed.",
    "Bezorger heeft het pakket bij de buren afgegeven zonder briefje.",
    "Refund still not received after three weeks.",
    "Ik wacht al een maand op mijn terugbetaling.",
    "De BrewMaster 3000 maakt heerlijke koffie.",
    "Cannot log in: every password reset link says expired.",
    "Klantenservice neemt de telefoon niet op.",
    "Great coffee machine, easy to clean.",
    "Factuur klopt niet, er staat een product dubbel op.",
]


@pytest.fixture(autouse=True)
def _embedded_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the embedded index (also under make test-scale's server)."""
    monkeypatch.delenv("JOURNEY_CHROMA_URL", raising=False)


@pytest.fixture
def ws(services: Services, write) -> str:  # type: ignore[no-untyped-def]
    rows = [{"id": f"r{i}", "text": text} for i, text in enumerate(TEXTS)]
    path = write("items.jsonl", "\n".join(json.dumps(r) for r in rows))
    ingest(services, [path], IngestOptions(workspace="w"))
    return "w"


def _full_query(services: Services, ws: str, vector: Any, k: int, ids: Any = None) -> Any:
    result = services.vectors(ws).collection.query(
        query_embeddings=[vector], ids=ids, n_results=k, include=["distances"]
    )
    return list(zip(result["ids"][0], result["distances"][0], strict=True))


def test_core_reader_gives_the_full_clients_answers(services: Services, ws: str) -> None:
    reader = CoreReader(services.settings.chroma_path)
    name = services.vectors(ws).name
    vector = services.embedder.embed(["pakket te laat bezorgd"])[0]
    assert reader.count(name) == services.vectors(ws).collection.count() == len(TEXTS)
    subset = sorted(services.vectors(ws).ids())[::3]
    for k, ids in ((len(TEXTS), None), (3, None), (2, subset)):
        core = reader.query(name, vector, k, ids)
        full = _full_query(services, ws, vector, k, ids)
        assert [i for i, _ in core] == [i for i, _ in full]
        assert all(abs(a - b) < 1e-6 for (_, a), (_, b) in zip(core, full, strict=True))
    assert reader.count("no-such-collection") == 0
    assert reader.query("no-such-collection", vector, 3, None) == []


def test_reads_go_through_the_full_client_once_chromadb_is_loaded(
    services: Services, ws: str
) -> None:
    client = Services(services.settings, embedder=services.embedder).chroma
    assert isinstance(client, EmbeddedChroma)
    assert chroma_local.chromadb_loaded()  # the tests import it
    assert client.reader() is None


def test_search_through_the_core_matches_the_full_client(
    services: Services, ws: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = search(services, ws, "pakket te laat", k=5)
    monkeypatch.setattr(chroma_local, "chromadb_loaded", lambda: False)
    fresh = Services(services.settings, embedder=services.embedder)
    assert fresh.chroma.reader() is not None
    core = search(fresh, ws, "pakket te laat", k=5)
    assert [(h.record_id, h.vector_rank, h.score) for h in core] == [
        (h.record_id, h.vector_rank, h.score) for h in full
    ]
    assert full and all(h.vector_rank for h in full)
    fresh.close()


def test_an_error_of_the_core_hands_over_to_the_full_client(
    services: Services, ws: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chroma_local, "chromadb_loaded", lambda: False)
    fresh = Services(services.settings, embedder=services.embedder)

    def broken(*_args: object) -> None:
        raise TypeError("query() takes other arguments in this chromadb")

    monkeypatch.setattr(CoreReader, "query", broken)
    vector = services.embedder.embed(["refund"])[0]
    found = fresh.vectors(ws).query(vector, 3)
    assert [i for i, _ in found] == [i for i, _ in _full_query(services, ws, vector, 3)]
    assert fresh.chroma.reader() is None  # the full client answers from now on
    fresh.close()


_SEARCH = """
import json, sys
from assistant.search import search
from assistant.services import Services
hits = search(Services(), "w", "pakket te laat", k=5)
print(json.dumps({"chromadb": "chromadb" in sys.modules,
                  "hits": [[h.record_id, h.vector_rank, h.score] for h in hits]}))
"""


def test_a_search_process_never_imports_chromadb(services: Services, ws: str) -> None:
    hits = search(services, ws, "pakket te laat", k=5)
    expected = [[h.record_id, h.vector_rank, h.score] for h in hits]
    env = {**os.environ, "JOURNEY_HOME": str(services.settings.home)}
    done = subprocess.run(
        [sys.executable, "-c", _SEARCH], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer == {"chromadb": False, "hits": expected}


def test_a_failure_to_open_the_full_client_is_reported_as_itself(tmp_path) -> None:
    """An AttributeError while opening chromadb's client (as a race in its first import gave)
    comes out as a clear error, not as a recursion through ``__getattr__``."""

    def broken() -> Any:
        raise AttributeError("module 'chromadb' has no attribute 'PersistentClient'")

    client = EmbeddedChroma(tmp_path / "chroma", broken)
    with pytest.raises(RuntimeError, match="could not open the embedded Chroma store"):
        client.get_or_create_collection("x")
