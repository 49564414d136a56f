"""The OpenAI Batch API mode (`journey tag --batch-api`): submit, poll, import, resume,
through the real openai client against the stub's batch endpoints on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import TAGGING_TEXTS, ingest_texts, texts_of

from assistant.classify.base import Item
from assistant.classify.batch_api import FilePlan, custom_ids, parse_result_line
from assistant.index.embeddings import UseEmbedder
from assistant.services import Services
from assistant.settings import Settings
from assistant.store.tags import TagStore
from assistant.usecases.batch_tagging import tag_by_batch_api
from evals.openai_stub import Reply, StubServer, items_in, schema_responder

MODEL = "gpt-4.1-mini"
WS = "batchws"


@pytest.fixture
def stub() -> Iterator[StubServer]:
    with StubServer() as server:
        yield server


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def open_services(stub: StubServer, home: Path, embedder: UseEmbedder) -> Iterator[Any]:
    """open_services() -> new Services on the same home (a process "restarting")."""
    opened: list[Services] = []

    def _open() -> Services:
        settings = Settings(
            home=home,
            llm=f"openai:{MODEL}",
            openai_api_key="test",
            openai_base_url=stub.base_url,
        )
        opened.append(Services(settings, embedder=embedder))
        return opened[-1]

    yield _open
    for services in opened:
        services.close()


@pytest.fixture
def services(open_services: Any, tmp_path: Path) -> Services:
    svc: Services = open_services()
    ingest_texts(svc, tmp_path / "in", WS, TAGGING_TEXTS)
    return svc


@pytest.fixture
def ids(services: Services) -> list[str]:
    """The records' ids, in the order they are sent (by id)."""
    return [record_id for record_id, _ in texts_of(services, WS)]


def id_of(services: Services, n: int) -> str:
    """The id of the record holding TAGGING_TEXTS[n]."""
    return next(i for i, text in texts_of(services, WS) if text == TAGGING_TEXTS[n])


def adds_up(report: Any) -> None:
    assert report.requests == report.tagged + report.failed + report.skipped + report.pending
    assert report.total == report.cached + report.empty + report.requests


# --- the whole flow ---------------------------------------------------------------------


def test_submit_poll_import(services: Services, stub: StubServer, ids: list[str]) -> None:
    first = tag_by_batch_api(services, WS)

    assert first.status == "submitted" and stub.batches.created == 1
    assert (first.requests, first.pending, first.tagged) == (7, 7, 0)
    [part] = first.batches
    assert part.status == "in_progress" and part.requests == 7
    assert services.tags.count(WS) == 0
    [upload] = [meta for meta, _ in stub.batches.files.values() if meta["purpose"] == "batch"]
    assert upload["filename"].endswith(".jsonl")
    adds_up(first)

    second = tag_by_batch_api(services, WS)

    assert second.status == "done" and stub.batches.created == 1
    assert (second.tagged, second.failed, second.pending, second.problems) == (7, 0, 0, [])
    assert second.batches[0].status == "completed"
    adds_up(second)
    tags = services.tags.for_records(ids)
    assert sorted(tags) == ids
    texts = dict(texts_of(services, WS))
    for record_id, tag in tags.items():
        assert tag.classifier == "llm" and tag.model == f"openai:{MODEL}" and not tag.fallback
        assert tag.evidence and tag.evidence in texts[record_id]
    job = services.tags.job(second.job_id)
    assert job is not None and job.status == "done" and job.kind == "tag_batch"
    assert (job.done, job.total) == (7, 7)
    assert second.prompt_tokens > 0 and second.estimated_cost_usd is not None


def test_a_batch_request_is_the_request_the_classifier_sends(
    services: Services, stub: StubServer, ids: list[str]
) -> None:
    from assistant.classify.factory import build_classifier

    tag_by_batch_api(services, WS)
    upload = next(d for meta, d in stub.batches.files.values() if meta["purpose"] == "batch")
    lines = [json.loads(line) for line in upload.decode().splitlines()]
    assert [line["custom_id"] for line in lines] == ids
    assert {line["url"] for line in lines} == {"/v1/chat/completions"}
    batch_body = lines[0]["body"]

    classifier = build_classifier(services, "llm", workspace=WS)
    classifier.classify([Item(id=ids[0], text=dict(texts_of(services, WS))[ids[0]])])
    sync = stub.requests[-1]
    assert batch_body["model"] == sync["model"] == MODEL
    assert batch_body["messages"] == sync["messages"]
    assert batch_body["response_format"] == sync["response_format"]


def test_a_restarted_process_polls_rather_than_resubmits(
    services: Services, open_services: Any, stub: StubServer
) -> None:
    stub.batches.polls = 3
    tag_by_batch_api(services, WS)
    services.close()

    again = open_services()
    waiting = tag_by_batch_api(again, WS)
    assert waiting.status == "waiting" and waiting.pending == 7
    assert stub.batches.created == 1

    sleeps: list[float] = []
    done = tag_by_batch_api(open_services(), WS, wait=True, poll_seconds=5, sleep=sleeps.append)
    assert done.status == "done" and done.tagged == 7
    assert stub.batches.created == 1 and sleeps == []  # the third poll finished it
    assert again.tags.count(WS) == 7


def test_wait_polls_with_a_pause(services: Services, stub: StubServer) -> None:
    stub.batches.polls = 4
    sleeps: list[float] = []
    seen: list[str] = []
    report = tag_by_batch_api(
        services,
        WS,
        wait=True,
        poll_seconds=7,
        sleep=sleeps.append,
        on_poll=lambda state: seen.append(state.batches[0].status),
    )
    assert report.status == "done" and report.tagged == 7
    assert sleeps == [7, 7, 7]
    assert seen == ["in_progress", "in_progress", "in_progress", "completed"]


# --- answers that give no tag -----------------------------------------------------------


def test_bad_and_failed_lines_are_reported_and_not_labelled(
    services: Services, stub: StubServer, ids: list[str]
) -> None:
    bad, failed, outside = id_of(services, 2), id_of(services, 3), id_of(services, 4)

    def responder(request: dict[str, Any]) -> Any:
        [item_id] = items_in(request)
        answer: Any = schema_responder(request)
        if item_id == bad:  # evidence that is not in the text
            answer["results"][0]["evidence"] = "words the customer never wrote"
        if item_id == failed:
            return Reply(status=500)
        if item_id == outside:  # a label outside the taxonomy
            answer["results"][0]["emotion"] = "ecstatic"
        return answer

    stub.responder = responder
    stub.batches.polls = 1
    report = tag_by_batch_api(services, WS)

    assert report.status == "done"
    assert (report.tagged, report.failed, report.skipped) == (4, 3, 0)
    adds_up(report)
    reasons = {p.record_id: p.reason for p in report.problems}
    assert sorted(reasons) == sorted([bad, failed, outside])
    assert reasons[bad].startswith("evidence_not_in_text")
    assert reasons[failed].startswith("HTTP 500")
    assert reasons[outside].startswith("label_outside_taxonomy")
    tagged = services.tags.for_records(ids)
    assert sorted(tagged) == sorted(set(ids) - {bad, failed, outside})
    job = services.tags.job(report.job_id)
    assert job is not None and job.done == 4


def test_an_expired_batch_keeps_what_was_answered(
    services: Services, stub: StubServer, ids: list[str]
) -> None:
    stub.batches.polls = 1
    stub.batches.expire_next = True
    report = tag_by_batch_api(services, WS)

    assert report.status == "done" and report.batches[0].status == "expired"
    assert (report.tagged, report.failed) == (3, 4)
    adds_up(report)
    assert [p.record_id for p in report.problems] == ids[3:]
    assert all("batch_expired" in p.reason for p in report.problems)
    assert sorted(services.tags.for_records(ids)) == ids[:3]


def test_a_failed_batch_reports_every_record(
    services: Services, stub: StubServer, ids: list[str]
) -> None:
    stub.batches.polls = 1
    stub.batches.fail_next = True
    report = tag_by_batch_api(services, WS)

    assert report.status == "done" and report.batches[0].status == "failed"
    assert report.batches[0].errors == ["invalid_request: stub: validation failed"]
    assert (report.tagged, report.failed) == (0, 7)
    assert [p.record_id for p in report.problems] == ids
    assert "failed (invalid_request" in report.problems[0].reason
    assert services.tags.count(WS) == 0


# --- resumable, idempotent --------------------------------------------------------------


def test_an_import_killed_half_way_stores_and_counts_once(
    services: Services, stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    stub.batches.polls = 1
    real = TagStore.save_batch
    killed: list[int] = []

    def dies_after_saving(self: TagStore, workspace: str, job_id: int, tags: Any, *a: Any) -> None:
        if tags and tags[0].classifier == "llm" and not killed:
            self.save(workspace, tags)  # the tags are in, the job's progress is not
            killed.append(len(tags))
            raise KeyboardInterrupt
        real(self, workspace, job_id, tags, *a)

    monkeypatch.setattr(TagStore, "save_batch", dies_after_saving)
    with pytest.raises(KeyboardInterrupt):
        tag_by_batch_api(services, WS, page=3)
    assert killed == [3] and services.tags.count(WS) == 3

    report = tag_by_batch_api(services, WS, page=3)
    assert report.status == "done" and (report.tagged, report.failed) == (7, 0)
    assert services.tags.count(WS) == 7
    job = services.tags.job(report.job_id)
    assert job is not None and (job.done, job.total) == (7, 7)
    assert stub.batches.created == 1


def test_a_submission_killed_half_way_sends_only_the_rest(
    services: Services, stub: StubServer, ids: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.classify import batch_flow

    real = batch_flow._send
    calls: list[int] = []

    def dies_on_the_second(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(*args)

    monkeypatch.setattr(batch_flow, "_send", dies_on_the_second)
    with pytest.raises(KeyboardInterrupt):
        tag_by_batch_api(services, WS, max_requests=3)
    monkeypatch.setattr(batch_flow, "_send", real)
    assert stub.batches.created == 1

    stub.batches.polls = 1
    report = tag_by_batch_api(services, WS, max_requests=3)
    assert stub.batches.created == 3
    assert [b.requests for b in report.batches] == [3, 3, 1]
    uploads = [d for meta, d in stub.batches.files.values() if meta["purpose"] == "batch"]
    assert [i for d in uploads for i in custom_ids(d.decode())] == ids  # each once
    assert report.status == "done" and report.tagged == 7


def test_large_jobs_are_split_into_files(
    services: Services, stub: StubServer, ids: list[str]
) -> None:
    stub.batches.polls = 1
    report = tag_by_batch_api(services, WS, max_requests=3)
    assert stub.batches.created == 3
    assert [b.requests for b in report.batches] == [3, 3, 1]
    assert [(b.first_id, b.last_id) for b in report.batches] == [
        (ids[0], ids[2]),
        (ids[3], ids[5]),
        (ids[6], ids[6]),
    ]
    assert report.status == "done" and report.tagged == 7


def test_the_cache_answers_before_anything_is_sent(
    services: Services, stub: StubServer, open_services: Any, tmp_path: Path
) -> None:
    stub.batches.polls = 1
    tag_by_batch_api(services, WS)
    ingest_texts(services, tmp_path / "in2", "other", TAGGING_TEXTS)

    report = tag_by_batch_api(services, "other")
    assert report.status == "done" and stub.batches.created == 1
    assert (report.cached, report.requests, report.total) == (7, 0, 7)
    assert services.tags.count("other") == 7


def test_results_for_records_erased_meanwhile_are_skipped(
    services: Services, stub: StubServer, ids: list[str]
) -> None:
    from assistant.usecases.erasure import Selection, forget

    tag_by_batch_api(services, WS)
    forget(services, Selection(record_ids=[ids[1]], workspace=WS), "test")
    report = tag_by_batch_api(services, WS)
    assert (report.tagged, report.skipped) == (6, 1)
    adds_up(report)
    assert services.tags.get(ids[1]) is None


# --- the pure parts ---------------------------------------------------------------------


def test_file_plan_keeps_both_limits() -> None:
    plan = FilePlan(max_requests=2, max_bytes=10)
    assert plan.fits(b"x" * 6)
    plan.add(b"x" * 6)
    assert not plan.fits(b"x" * 5) and plan.fits(b"x" * 4)
    plan.add(b"xx")
    assert not plan.fits(b"x")  # two requests already
    plan.reset()
    with pytest.raises(ValueError):
        plan.add(b"x" * 11)


@pytest.mark.parametrize(
    ("line", "custom_id", "error"),
    [
        ("not json", None, "result line is not JSON"),
        (
            '{"custom_id": "a", "error": {"code": "batch_expired", "message": "late"}}',
            "a",
            "batch_expired: late",
        ),
        (
            '{"custom_id": "a", "response": {"status_code": 429, "body": {"error": '
            '{"message": "slow down"}}}}',
            "a",
            "HTTP 429: slow down",
        ),
        (
            '{"custom_id": "a", "response": {"status_code": 200, "body": {"choices": []}}}',
            "a",
            "the answer has no choices",
        ),
        (
            '{"custom_id": "a", "response": {"status_code": 200, "body": {"choices": [{"message": '
            '{"content": null, "refusal": "no"}}]}}}',
            "a",
            "the model refused: no",
        ),
        (
            '{"custom_id": "a", "response": {"status_code": 200, "body": {"choices": [{"message": '
            '{"content": "{\\"res"}, "finish_reason": "length"}]}}}',
            "a",
            "the answer is cut off (length)",
        ),
    ],
)
def test_result_lines_without_an_answer_say_why(
    line: str, custom_id: str | None, error: str
) -> None:
    result = parse_result_line(line)
    assert (result.custom_id, result.data, result.error) == (custom_id, None, error)


def test_a_result_line_with_an_answer() -> None:
    body = {
        "choices": [{"message": {"content": '{"results": []}'}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 12, "completion_tokens": 3},
    }
    line = json.dumps({"custom_id": "r9", "response": {"status_code": 200, "body": body}})
    result = parse_result_line(line)
    assert (result.custom_id, result.data, result.error) == ("r9", {"results": []}, None)
    assert (result.input_tokens, result.output_tokens) == (12, 3)
    assert custom_ids(line + "\n\nnot json\n" + line) == ["r9", "r9"]
