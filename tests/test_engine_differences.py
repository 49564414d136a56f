"""What SQLite lets pass and PostgreSQL does not (or the other way round), tested on the
engine the suite runs on: `make test` on SQLite, `make test-scale` on PostgreSQL."""

from __future__ import annotations

import json

from assistant.ingest.pipeline import IngestOptions, ingest
from assistant.services import Services
from assistant.store.backlogs import BacklogStore
from assistant.store.erasure import erasure_log, log_erasure
from assistant.store.keys import KeyStore


def test_long_ids_and_a_nul_character_are_stored(services: Services, write) -> None:
    rows = [
        {"id": "x" * 300, "channel": "c" * 100, "text": "Pakket kwam \x00 kapot aan"},
        {"id": "n2", "text": "Great coffee machine, works perfectly"},
    ]
    path = write("odd.jsonl", "\n".join(json.dumps(r) for r in rows))
    report = ingest(services, [path], IngestOptions(workspace="w"))
    assert (report.stored, report.rejected) == (2, 0)
    stored = {r.external_id: r for batch in services.records.iter_records("w") for r in batch}
    assert stored["x" * 300].channel == "c" * 100
    assert stored["x" * 300].text.replace("\x00", "") == "Pakket kwam  kapot aan"


def test_free_text_fields_of_any_length(services: Services) -> None:
    from assistant.models.backlog import Backlog

    title = "A long title " * 40
    BacklogStore(services.db).save(Backlog(id="bl-long", workspace="w", title=title))
    assert BacklogStore(services.db).get("bl-long").title == title
    log_erasure(services.db, "someone " * 30, "matching " + "words " * 80, {"records": 0})
    assert erasure_log(services.db)[0].selector.startswith("matching words")
    row, _ = KeyStore(services.db).create("w", "a key for " + "the team " * 30)
    assert KeyStore(services.db).list("w")[0].name == row.name


def test_matching_takes_percent_and_underscore_literally(services: Services, write) -> None:
    rows = [
        {"id": "a", "text": "Korting van 50% op de tweede machine"},
        {"id": "b", "text": "Korting van 50 euro, Order_12 kwam niet"},
    ]
    ingest(services, [write("m.jsonl", "\n".join(json.dumps(r) for r in rows))],
           IngestOptions(workspace="w"))
    assert [r.external_id for r in services.records.find(workspace="w", matching="50%")] == ["a"]
    assert [r.external_id for r in services.records.find(workspace="w", matching="r_1")] == ["b"]
    assert services.records.find(workspace="w", matching="ORDER_12")[0].external_id == "b"
