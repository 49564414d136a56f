"""JOURNEY_CHROMA_URL: a Chroma server (`chroma run`) instead of the embedded index. Cosine
space, vectors in batches, a database per URL path, and a clear error when the server is
not there (that one runs in every run: it needs no server)."""

from __future__ import annotations

import socket

import numpy as np
import pytest
from engines import drop_chroma_database, needs_chroma_server

from assistant.errors import ConfigError
from assistant.index.vector import REMOTE_BATCH, ChromaServer, VectorIndex, open_chroma
from assistant.services import Services
from assistant.settings import Settings


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("url", "database"),
    [
        ("http://127.0.0.1:8000", "default_database"),
        ("127.0.0.1:9000/team-a", "team-a"),
        ("https://chroma.example/acme/team-b/", "team-b"),
    ],
)
def test_the_url_names_host_port_and_database(url: str, database: str) -> None:
    server = open_chroma(url, path=None)  # type: ignore[arg-type]
    assert isinstance(server, ChromaServer) and server.database == database
    assert server.port in (8000, 9000, 443)


@pytest.mark.parametrize("url", ["ftp://host:1", "http://", "http://h:1/a/b/c"])
def test_a_bad_url_is_a_config_error(url: str) -> None:
    with pytest.raises(ConfigError, match="JOURNEY_CHROMA_URL"):
        open_chroma(url, path=None)  # type: ignore[arg-type]


def test_a_server_that_is_not_there_is_a_clear_error(services: Services) -> None:
    url = f"http://127.0.0.1:{closed_port()}/journey"
    down = Services(Settings(home=services.settings.home, chroma_url=url), services.embedder)
    with pytest.raises(ConfigError, match=r"Chroma server at .* is not answering.*journey reindex"):
        down.vectors("w").count()
    with pytest.raises(ConfigError, match="not answering"):
        down.vectors("w").upsert(["a"], np.ones((1, 512), dtype=np.float32), [{"x": 1}])


@needs_chroma_server
def test_vectors_on_the_server_use_cosine_and_come_in_batches(services: Services) -> None:
    assert isinstance(services.chroma, ChromaServer)
    index = services.vectors("w")
    n = REMOTE_BATCH * 2 + 17
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(n, 512)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = [f"r{i}" for i in range(n)]
    index.upsert(ids, vectors * 3.0, [{"n": i} for i in range(n)])  # length must not matter
    assert index.count() == n and index.ids() == set(ids)
    found = index.query(vectors[5], 3)
    assert found[0][0] == "r5" and found[0][1] == pytest.approx(1.0, abs=1e-4)
    assert index.collection.metadata["hnsw:space"] == "cosine"
    opposite = index.query(-vectors[5], 1, ids=["r5"])
    assert opposite[0][1] == pytest.approx(-1.0, abs=1e-4)
    index.delete(ids[:REMOTE_BATCH + 1])
    assert index.count() == n - REMOTE_BATCH - 1


@needs_chroma_server
def test_each_url_path_is_a_database_of_its_own(services: Services) -> None:
    base = services.settings.chroma_url
    other = Services(
        Settings(home=services.settings.home, chroma_url=f"{base}-other"), services.embedder
    )
    try:
        vector = np.ones((1, 512), dtype=np.float32)
        services.vectors("w").upsert(["a"], vector, [{"x": 1}])
        assert services.vectors("w").count() == 1
        assert other.vectors("w").count() == 0
        assert VectorIndex(other.chroma, "w", other.embedder).name == services.vectors("w").name
    finally:
        other.close()
        drop_chroma_database(f"{base}-other")
