"""Erasure and the embedded vector index's own files: stray bytes of an erased text left in an
index file (deleting a vector only marks it deleted) make the erasure rebuild the index, and
the dropped index's folder goes too (Chroma keeps it on disk)."""

from __future__ import annotations

import pytest
from test_erasure import MARKER, ROWS, files_holding, seeded  # noqa: F401

from assistant.models import SearchFilters
from assistant.search import search
from assistant.usecases.erasure import Selection, forget


def test_an_index_file_holding_erased_text_is_rebuilt(seeded) -> None:  # noqa: F811
    services, _ = seeded
    if services.settings.chroma_url:
        pytest.skip("a Chroma server keeps its files on its own side (make test-scale)")
    home = services.settings.home
    index_files = sorted(p for p in (home / "chroma").rglob("data_level0.bin"))
    assert index_files, "the embedded vector store wrote no index file"
    fragment = ROWS[0]["text"][3:60]  # as if the file kept stray bytes of an erased text
    assert MARKER in fragment
    with index_files[0].open("ab") as handle:
        handle.write(fragment.encode())
    assert any(p.startswith("chroma") for p in files_holding(home, MARKER))

    forget(services, Selection(customer="cust-42"), who="dpo")

    assert [p for p in files_holding(home, MARKER) if p.startswith("chroma")] == []
    assert services.vectors("shop").count() == 2, "the kept records are indexed again"
    assert search(services, "shop", "delivery came two days late", SearchFilters(), 3)
