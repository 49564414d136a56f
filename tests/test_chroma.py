"""Chroma always gets our embedding function and never its downloading default."""

from __future__ import annotations

import json

import pytest
from chromadb.utils.embedding_functions import DefaultEmbeddingFunction

from assistant.index.adapters import ChromaEmbeddingFunction, LangChainEmbeddings
from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.search import search
from assistant.services import Services


def test_default_embedding_function_is_never_used(
    services: Services, write, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Chroma's default embedding function was called")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", refuse)
    monkeypatch.setattr(DefaultEmbeddingFunction, "__init__", refuse)
    path = write("a.jsonl", json.dumps({"text": "Mijn pakket is kwijt"}))
    ingest(services, [path], IngestOptions(workspace="c"))
    assert search(services, "c", "parcel lost", k=1)
    collection = services.vectors("c").collection
    assert isinstance(collection._embedding_function, ChromaEmbeddingFunction)
    assert collection.metadata["hnsw:space"] == "cosine"


def test_collection_reopens_with_our_function(services: Services, write) -> None:
    ingest(
        services, [write("a.jsonl", json.dumps({"text": "hallo"}))], IngestOptions(workspace="c")
    )
    fresh = Services(services.settings, embedder=services.embedder)
    try:
        assert fresh.vectors("c").count() == 1
        found = fresh.vectors("c").collection.query(query_texts=["hallo"], n_results=1)
        assert found["ids"][0]
    finally:
        fresh.close()


def test_adapters_share_one_model(services: Services) -> None:
    ef = ChromaEmbeddingFunction(services.embedder)
    lc = LangChainEmbeddings(services.embedder)
    a = ef(["de levering was te laat"])[0]
    b = lc.embed_query("de levering was te laat")
    assert len(a) == len(b) == 512
    assert sum(x * y for x, y in zip(a, b, strict=True)) == pytest.approx(1.0, abs=1e-4)
    assert ChromaEmbeddingFunction.build_from_config(ef.get_config()).embedder.name == "use-m3"


def test_long_texts_are_embedded_by_their_head(services: Services) -> None:
    vectors = services.embedder.embed(["kort", "x" * 100_000, ""])
    assert vectors.shape == (3, 512)
