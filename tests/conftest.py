"""Shared fixtures. No test may reach the internet: any connection beyond 127.0.0.1 fails."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from engines import Engines, engines_for_session

from assistant.index.embeddings import UseEmbedder
from assistant.services import Services
from assistant.settings import Settings, get_settings

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else None
    if isinstance(host, str):
        try:
            local = ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = host == "localhost"
        if not local:
            raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> Iterator[None]:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Trained local models are shared by all tests (training takes several seconds)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def _engines() -> Iterator[Engines | None]:
    """PostgreSQL and Chroma servers under `make test-scale` (tests/engines.py), else None."""
    with engines_for_session() as engines:
        yield engines


@pytest.fixture(autouse=True)
def _isolated_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_dir: Path, _engines: Engines | None
) -> Iterator[None]:
    """Every test gets its own data folder and no settings from the developer's machine
    (and, under `make test-scale`, its own database and Chroma database on the servers)."""
    for key in (
        "JOURNEY_DATABASE_URL",
        "JOURNEY_CHROMA_URL",
        "JOURNEY_EMBEDDINGS",
        "JOURNEY_LLM",
        "JOURNEY_LOCAL_MODEL",
        "JOURNEY_WORKSPACE",
        "JOURNEY_OPENAI_API_KEY",
        "JOURNEY_OPENAI_BASE_URL",
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("JOURNEY_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("JOURNEY_MODEL_DIR", str(model_dir))
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    if _engines is None:
        yield
    else:
        with _engines.for_test(monkeypatch):
            yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def embedder() -> UseEmbedder:
    """The bundled model, loaded once for the whole run."""
    return UseEmbedder()


@pytest.fixture
def services(tmp_path: Path, embedder: UseEmbedder) -> Iterator[Services]:
    svc = Services(Settings(home=tmp_path / "home"), embedder=embedder)
    yield svc
    svc.close()


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """write(name, text or bytes) -> path of a new input file."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding=encoding)
        return path

    return _write


@pytest.fixture
def use_session_embedder(embedder: UseEmbedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI commands build their own services: let them reuse the session's loaded model."""
    from assistant.index import embeddings

    monkeypatch.setitem(embeddings._CACHE, "use-m3", embedder)
