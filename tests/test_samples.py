"""The bundled sample shop: big enough, bilingual, fully labelled, and ingests cleanly."""

from __future__ import annotations

from collections import Counter

import pytest
from helpers import texts_of

from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.kb.loader import load_knowledge
from assistant.samples import sample_folder
from assistant.services import Services
from evals.eval_classifier import shop_labels


@pytest.fixture(scope="module")
def labels() -> dict[str, tuple[str, str]]:
    return shop_labels()


def test_labels_use_the_taxonomy_and_cover_every_class(labels: dict[str, tuple[str, str]]) -> None:
    kb = load_knowledge()
    phases = Counter(p for p, _ in labels.values())
    emotions = Counter(e for _, e in labels.values())
    assert set(phases) == set(kb.journey7_ids)
    assert set(emotions) == {e.id for e in kb.emotions}
    assert min(phases.values()) >= 10 and min(emotions.values()) >= 10


def test_sample_shop_ingests_completely(
    services: Services, labels: dict[str, tuple[str, str]]
) -> None:
    report = ingest(services, [sample_folder()], IngestOptions(workspace="demo"))
    assert report.read >= 400 and report.rejected == 0 and report.duplicates == 0
    assert set(report.by_source) == {"review", "chat", "ticket"}
    dutch = report.by_language.get("nl", 0) / report.stored
    assert 0.6 <= dutch <= 0.8, report.by_language
    # every stored item has exactly one label, found by its id in the export
    external = {r.external_id for batch in services.records.iter_records("demo") for r in batch}
    assert external == set(labels)
    # the samples carry personal data on purpose: it must be gone after ingest
    assert {"EMAIL", "PHONE", "IBAN"} <= set(report.redactions)
    texts = " ".join(t for _, t in texts_of(services, "demo"))
    assert "NL91ABNA0417164300" not in texts and "06-12345678" not in texts
    assert "KK-2026-048213" in texts  # order numbers are not personal data
    again = ingest(services, [sample_folder()], IngestOptions(workspace="demo"))
    assert (again.stored, again.duplicates) == (0, report.read)
