"""Ingest end to end into SQL, Chroma and the keyword index: counts, duplicates, isolation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import texts_of

from assistant.errors import InputError
from assistant.ingest.pipeline import IngestOptions, collect_files, ingest, reindex
from assistant.services import Services
from assistant.settings import Settings

REVIEWS = (
    "review_id,date,rating,title,text\n"
    '1,2026-03-01,1,Kapot,"Pakket kwam kapot aan, mail me op jan@example.nl"\n'
    '2,2026-03-02,5,Super,"Great coffee machine, works perfectly"\n'
    "3,2026-03-03,3,,\n"
    '4,gisteren,4,Datum?,"Prima, maar de datum is raar"\n'
)


def test_counts_add_up_and_bad_rows_are_reported(services: Services, write) -> None:
    path = write("reviews.csv", REVIEWS)
    report = ingest(services, [path], IngestOptions(workspace="w1"))
    assert (report.read, report.stored, report.duplicates, report.rejected) == (4, 2, 0, 2)
    assert report.balanced()
    assert {(r.file, r.line) for r in report.rejects} == {(str(path), 4), (str(path), 5)}
    assert services.records.count("w1") == 2
    assert services.vectors("w1").count() == 2
    assert len(services.keyword_index("w1")) == 2


def test_personal_data_is_redacted_before_storing(services: Services, write) -> None:
    ingest(services, [write("reviews.csv", REVIEWS)], IngestOptions(workspace="w1"))
    texts = [text for _, text in texts_of(services, "w1")]
    assert any("[EMAIL]" in t for t in texts)
    assert not any("jan@example.nl" in t for t in texts)


def test_redaction_counts_cover_stored_records_only(services: Services, write) -> None:
    rows = REVIEWS + '5,not-a-date,2,Pin,"BSN 111222333, wachtwoord is Hunter2!"\n'
    first = ingest(services, [write("reviews.csv", rows)], IngestOptions(workspace="w1"))
    assert first.rejected == 3
    assert first.redactions == {"EMAIL": 1}  # not the BSN and password of the rejected row
    again = ingest(services, [write("reviews.csv", rows)], IngestOptions(workspace="w1"))
    assert again.duplicates == 2 and again.redactions == {}


def test_redaction_can_be_switched_off(services: Services, write) -> None:
    services.settings.redact_pii = False
    ingest(services, [write("reviews.csv", REVIEWS)], IngestOptions(workspace="w1"))
    assert any("jan@example.nl" in t for _, t in texts_of(services, "w1"))


def test_reingest_stores_nothing_twice(services: Services, write) -> None:
    path = write("reviews.csv", REVIEWS)
    first = ingest(services, [path], IngestOptions(workspace="w1"))
    again = ingest(services, [path, path], IngestOptions(workspace="w1"))
    assert first.stored == 2
    assert (again.read, again.stored, again.duplicates, again.rejected) == (8, 0, 4, 4)
    assert services.records.count("w1") == 2 and services.vectors("w1").count() == 2


def test_duplicates_within_one_file_are_counted(services: Services, write) -> None:
    lines = [{"id": "x", "text": "Waar blijft mijn pakket?"}] * 3 + [{"id": "y", "text": "Dank!"}]
    path = write("dup.jsonl", "\n".join(json.dumps(x) for x in lines))
    report = ingest(services, [path], IngestOptions(workspace="w1"))
    assert (report.read, report.stored, report.duplicates) == (4, 2, 2)


def test_workspaces_are_isolated(services: Services, write) -> None:
    path = write("reviews.csv", REVIEWS)
    ingest(services, [path], IngestOptions(workspace="team-a"))
    other = write("other.jsonl", json.dumps({"text": "Mijn factuur klopt niet, btw verkeerd"}))
    report_b = ingest(services, [other, path], IngestOptions(workspace="team-b"))
    assert report_b.stored == 3  # the same file is new to another workspace
    assert services.records.count("team-a") == 2 and services.records.count("team-b") == 3
    assert services.vectors("team-a").name != services.vectors("team-b").name
    assert services.vectors("team-a").count() == 2
    ids_a = {i for i, _ in texts_of(services, "team-a")}
    ids_b = {i for i, _ in texts_of(services, "team-b")}
    assert not ids_a & ids_b
    from assistant.search import search

    assert search(services, "team-a", "factuur btw verkeerd") != []
    assert all("factuur" not in h.text for h in search(services, "team-a", "factuur btw verkeerd"))
    assert "factuur" in search(services, "team-b", "factuur btw verkeerd", k=1)[0].text


def test_dry_run_stores_nothing(services: Services, write) -> None:
    report = ingest(
        services, [write("reviews.csv", REVIEWS)], IngestOptions(workspace="w1", dry_run=True)
    )
    assert report.dry_run and report.stored == 2 and report.balanced()
    assert services.records.count("w1") == 0


def test_missing_file_fails_before_anything_is_stored(services: Services, write) -> None:
    good = write("reviews.csv", REVIEWS)
    with pytest.raises(InputError, match=r"nope\.csv: no such file"):
        ingest(services, [good, Path("nope.csv")], IngestOptions(workspace="w1"))
    assert services.records.count("w1") == 0


def test_unknown_extension_and_bad_options(services: Services, write) -> None:
    with pytest.raises(InputError, match="--format"):
        ingest(services, [write("data.xlsx", "x")], IngestOptions(workspace="w1"))
    with pytest.raises(InputError, match="unknown source type"):
        ingest(
            services, [write("a.csv", REVIEWS)], IngestOptions(workspace="w1", source_type="tweet")
        )
    with pytest.raises(InputError, match="invalid workspace"):
        ingest(services, [write("a.csv", REVIEWS)], IngestOptions(workspace="../etc"))


def test_folders_are_expanded(tmp_path: Path, write) -> None:
    write("a/one.csv", REVIEWS)
    write("a/sub/two.jsonl", '{"text": "hoi"}\n')
    write("a/ignore.png", b"\x89PNG")
    files = [p.name for p, _ in collect_files([tmp_path / "in" / "a"])]
    assert files == ["one.csv", "two.jsonl"]


def test_reindex_rebuilds_from_sql(services: Services, write) -> None:
    ingest(services, [write("reviews.csv", REVIEWS)], IngestOptions(workspace="w1"))
    services.vectors("w1").reset()
    assert services.vectors("w1").count() == 0
    assert reindex(services, "w1") == 2
    assert services.vectors("w1").count() == 2
    assert services.vectors("w1").ids() == {i for i, _ in texts_of(services, "w1")}


def test_two_imports_of_one_file_at_once_store_each_record_once(
    tmp_path: Path, embedder, write
) -> None:
    """Two writers race on the same rows: both finish, counts add up, nothing twice."""
    import threading

    lines = "\n".join(
        f'{{"id": "t{i}", "text": "order {i} arrived late again"}}' for i in range(600)
    )
    path = write("race.jsonl", lines + "\n")
    start = threading.Barrier(2)
    reports = []

    def run() -> None:
        svc = Services(Settings(home=tmp_path / "home"), embedder=embedder)
        try:
            start.wait()
            reports.append(ingest(svc, [path], IngestOptions(workspace="race")))
        finally:
            svc.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(reports) == 2
    assert all(r.read == 600 and r.balanced() for r in reports)
    assert sum(r.stored for r in reports) == 600
    check = Services(Settings(home=tmp_path / "home"), embedder=embedder)
    try:
        assert check.records.count("race") == 600
        assert check.vectors("race").count() == 600
    finally:
        check.close()
