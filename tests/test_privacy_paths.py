"""Redaction on every path (audit answers, classify, chat speaker names) and redact-check,
which finds and fixes what an older redactor let through into storage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.classify.base import Item
from assistant.models import SearchFilters
from assistant.models.backlog import Backlog, PainCluster
from assistant.models.journey_map import Quote
from assistant.search import search
from assistant.services import Services
from assistant.settings import Settings
from assistant.store.backlogs import BacklogStore
from assistant.usecases.audits import send_message, start_audit, store_of
from assistant.usecases.demo import tag_untagged
from assistant.usecases.records import ingest_rows
from assistant.usecases.redaction import check
from assistant.usecases.tagging import classify_items

LEAKY = [
    {
        "id": "a",
        "text": "Refund still missing, mail me at jan.devries@gmail.com or call 06-12345678",
    },
    {"id": "b", "text": "Delivery was late again, the courier left it at the neighbours"},
]


def test_audit_free_answers_are_redacted_before_they_are_stored(services: Services) -> None:
    state, _, _ = start_audit(services, "shop", "en")
    send_message(
        services, "shop", state.id, "Why do customers like jan.devries@gmail.com abandon checkout?"
    )
    stored = store_of(services).load(state.id)
    assert "jan.devries" not in str(stored.model_dump())
    assert "[EMAIL]" in stored.messages[0] and "[EMAIL]" in stored.map.goal.text  # type: ignore[union-attr]


def test_classify_sees_no_personal_data(services: Services) -> None:
    tags = classify_items(
        services, [Item(id="1", text="Call me on 06-12345678, my parcel never arrived")]
    )
    assert "12345678" not in str(tags)


def test_speaker_names_of_chats_are_redacted(services: Services, write) -> None:
    path = write(
        "chat.txt",
        "[2026-03-01 10:00] Klant Sanne: Mijn bestelling is niet aangekomen\n"
        "[2026-03-01 10:01] Agent Pieter: Ik kijk het voor je na\n",
    )
    from assistant.ingest.pipeline import IngestOptions, ingest

    ingest(services, [path], IngestOptions(workspace="chat"))
    records = services.records.find(workspace="chat")
    names = {t.name for r in records for t in r.turns}
    assert names <= {"[NAME]", ""} and "Sanne" not in str([r.model_dump() for r in records])


def test_redact_check_finds_and_fixes_what_an_older_redactor_missed(
    tmp_path: Path, embedder: Any
) -> None:
    home = tmp_path / "home"
    old = Services(Settings(home=home, redact_pii=False), embedder=embedder)  # the "old" one
    try:
        ingest_rows(old, "shop", LEAKY)
        tag_untagged(old, "shop")
        leaky = next(r for r in old.records.find(workspace="shop") if "gmail" in r.text)
        BacklogStore(old.db).save(
            Backlog(
                id="bl-1",
                workspace="shop",
                pain_points=[
                    PainCluster(
                        id="p",
                        phase="usage",
                        label="Slow refunds",
                        count=1,
                        share=1.0,
                        quotes=[Quote(record_id=leaky.id, text=leaky.text)],
                    )
                ],
            )
        )
    finally:
        old.close()
    services = Services(Settings(home=home), embedder=embedder)
    try:
        report = check(services)
        assert report.records == 2 and report.missed_records == 1
        assert report.missed == {"EMAIL": 1, "PHONE": 1} and report.sample == [leaky.id]
        assert "gmail" in services.records.get_many("shop", [leaky.id])[leaky.id].text  # no change

        fixed = check(services, apply=True)
        assert fixed.applied and fixed.fixed["records"] == 1 and fixed.fixed["backlogs"] == 1
        text = services.records.get_many("shop", [leaky.id])[leaky.id].text
        assert "gmail" not in text and "[EMAIL]" in text and "[PHONE]" in text
        assert not [
            h for h in search(services, "shop", "gmail", SearchFilters(), 5) if "gmail" in h.text
        ]
        quote = BacklogStore(services.db).get("bl-1").pain_points[0].quotes[0].text
        assert "gmail" not in quote
        assert all("gmail" not in (t.evidence or "") for t in services.tags.for_workspace("shop"))
        assert check(services).missed_records == 0
        services.db.compact()
        leftovers = [
            p for p in home.rglob("*") if p.is_file() and b"devries@gmail" in p.read_bytes()
        ]
        assert leftovers == []
    finally:
        services.close()


def test_access_log_lines_carry_no_query_string() -> None:
    import logging

    from assistant.cli.serve import NoQueryStrings

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        "",
        0,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5", "GET", "/v1/search?q=jan%40gmail.com", "1.1", 200),
        None,
    )
    NoQueryStrings().filter(record)
    assert record.getMessage() == '127.0.0.1:5 - "GET /v1/search HTTP/1.1" 200'
