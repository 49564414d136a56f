"""Our embedder as LangChain ``Embeddings`` and as a Chroma embedding function, so Chroma
never falls back to its own default (which downloads a model and fails offline)."""

from __future__ import annotations

from typing import Any

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from langchain_core.embeddings import Embeddings as LangChainEmbeddingsBase

from assistant.index.embeddings import Embedder, build_embedder
from assistant.settings import BUNDLED_EMBEDDINGS, Settings


class LangChainEmbeddings(LangChainEmbeddingsBase):
    """Our embedder as a LangChain ``Embeddings`` (for retrievers and vector stores)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed([text])[0].tolist()


class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Our embedder as a Chroma embedding function, handed to every collection explicitly."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embedder.embed(list(input)))

    @staticmethod
    def name() -> str:
        return "journey-audit"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.embedder.name}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        settings = Settings(embeddings=str(config.get("model") or BUNDLED_EMBEDDINGS))
        return ChromaEmbeddingFunction(build_embedder(settings))

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"
