"""The LLM seam: the chat model built from settings only, and the one structured-call helper
(retries with backoff and Retry-After, re-asks with the validation error, bounded, counted)
on the scripted fake model."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, Field

from assistant.errors import ConfigError, JourneyError
from assistant.llm import (
    AnswerRejected,
    CallFailed,
    Invalid,
    RetryPolicy,
    StructuredModel,
    build_chat_model,
    configured_chat_model,
    response_format,
)
from assistant.settings import Settings, load_settings
from tests.fakes import HTTPError, ScriptedModel

ASSISTANT = Path(__file__).resolve().parent.parent / "assistant"


class Score(BaseModel):
    label: str = Field(min_length=3)
    score: int = Field(ge=1, le=5)


def model(
    *answers: object, retries: int = 2, reasks: int = 1
) -> tuple[StructuredModel, ScriptedModel, list[float]]:
    fake = ScriptedModel(*answers)  # type: ignore[arg-type]
    sleeps: list[float] = []
    llm = StructuredModel(
        fake,
        retry=RetryPolicy(retries=retries, base_delay=0.5, max_delay=10),
        reasks=reasks,
        sleep=sleeps.append,
        jitter=lambda: 1.0,
    )
    return llm, fake, sleeps


def ask(llm: StructuredModel) -> Score:
    from langchain_core.messages import HumanMessage, SystemMessage

    return llm.ask([SystemMessage("rate it"), HumanMessage("the text")], Score)


# --- settings and the factory -------------------------------------------------------------


def test_key_and_base_url_are_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().openai_api_key is None and Settings().openai_base_url == ""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-standard")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    settings = Settings()
    assert settings.openai_api_key is not None
    assert settings.openai_api_key.get_secret_value() == "sk-standard"
    assert settings.openai_base_url == "http://127.0.0.1:9/v1"
    monkeypatch.setenv("JOURNEY_OPENAI_API_KEY", "sk-journey")  # ours wins
    monkeypatch.setenv("JOURNEY_OPENAI_BASE_URL", "http://127.0.0.1:8/v1")
    settings = Settings()
    assert settings.openai_api_key is not None
    assert settings.openai_api_key.get_secret_value() == "sk-journey"
    assert settings.openai_base_url == "http://127.0.0.1:8/v1"
    assert "sk-journey" not in repr(settings)  # a secret, never printed


def test_key_from_dotenv_and_by_name(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("OPENAI_API_KEY=sk-dotenv\n", encoding="utf-8")
    key = Settings().openai_api_key
    assert key is not None and key.get_secret_value() == "sk-dotenv"
    key = Settings(openai_api_key="sk-init").openai_api_key
    assert key is not None and key.get_secret_value() == "sk-init"
    assert Settings(openai_api_key="  ").openai_api_key is None


def test_a_bad_base_url_names_both_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "localhost:11434")
    with pytest.raises(ConfigError, match="JOURNEY_OPENAI_BASE_URL or OPENAI_BASE_URL"):
        load_settings()


def test_factory_needs_a_key() -> None:
    with pytest.raises(ConfigError, match="No OpenAI key found: set OPENAI_API_KEY"):
        build_chat_model(Settings(llm="openai:gpt-4.1-mini"))
    with pytest.raises(ConfigError, match="JOURNEY_LLM"):
        build_chat_model(Settings(llm=""))
    assert configured_chat_model(Settings(llm="")) is None


def test_factory_builds_openai_from_settings() -> None:
    settings = Settings(
        llm="openai:gpt-4.1-mini", openai_api_key="sk-test", openai_base_url="http://127.0.0.1:9/v1"
    )
    chat = configured_chat_model(settings, timeout=12)
    assert isinstance(chat, ChatOpenAI)
    assert chat.model_name == "gpt-4.1-mini" and chat.max_retries == 0
    assert chat.openai_api_base == "http://127.0.0.1:9/v1" and chat.request_timeout == 12
    assert chat.openai_api_key is not None
    assert chat.openai_api_key.get_secret_value() == "sk-test"


def test_factory_names_the_missing_package() -> None:
    try:
        import langchain_anthropic  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match="pip install langchain-anthropic"):
            build_chat_model(Settings(llm="anthropic:claude-sonnet-4-5"))
    else:
        pytest.skip("langchain-anthropic is installed")


def _environment_reads(tree: ast.AST) -> list[str]:
    """Names read through os.environ[...], os.environ.get(...) or os.getenv(...)."""
    names = []
    for node in ast.walk(tree):
        target = None
        if isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
            target = node.slice
        elif isinstance(node, ast.Call) and ast.unparse(node.func) in (
            "os.environ.get",
            "os.getenv",
        ):
            target = node.args[0] if node.args else None
        if target is not None:
            names.append(ast.unparse(target))
    return names


def test_only_settings_read_model_variables_from_the_environment() -> None:
    offenders = {
        str(path.relative_to(ASSISTANT)): reads
        for path in ASSISTANT.rglob("*.py")
        if (reads := _environment_reads(ast.parse(path.read_text(encoding="utf-8"))))
        and any("OPENAI" in r or "JOURNEY" in r or "LLM" in r for r in reads)
    }
    assert offenders == {}


# --- the structured-call helper -----------------------------------------------------------


def test_a_valid_answer_is_returned_and_counted() -> None:
    llm, fake, sleeps = model({"label": "late parcel", "score": 2})
    assert ask(llm) == Score(label="late parcel", score=2)
    [request] = fake.requests
    assert request.roles == ["system", "human"] and request.user == "the text"
    assert request.schema == response_format(Score)
    assert request.schema["strict"] is True and request.schema["name"] == "score"
    schema = request.schema["schema"]
    assert schema["additionalProperties"] is False and schema["required"] == ["label", "score"]
    assert "minLength" not in schema["properties"]["label"]  # strict mode refuses it
    stats = llm.stats
    assert (stats.calls, stats.retries, stats.reasks, stats.failed) == (1, 0, 0, 0)
    assert (stats.prompt_tokens, stats.completion_tokens) == (10, 5)
    assert sleeps == []


def test_rate_limit_waits_for_retry_after_then_backs_off() -> None:
    llm, fake, sleeps = model(
        HTTPError(429, retry_after=7), HTTPError(503), {"label": "late", "score": 1}, retries=2
    )
    assert ask(llm).score == 1
    assert sleeps == [7.0, 1.0]  # the server's wait, then the second step of the backoff
    assert llm.stats.retries == 2 and llm.stats.calls == 3 and len(fake.requests) == 3
    assert dict(llm.stats.failures_by_kind) == {"rate_limit": 1, "server_error": 1}


def test_retries_are_bounded() -> None:
    llm, _fake, sleeps = model(*[HTTPError(500)] * 3, retries=2)
    with pytest.raises(CallFailed) as failed:
        ask(llm)
    assert failed.value.kind == "server_error" and isinstance(failed.value, JourneyError)
    assert sleeps == [0.5, 1.0] and llm.stats.calls == 3 and llm.stats.failed == 1


@pytest.mark.parametrize("error", [HTTPError(400), HTTPError(401), ValueError("bug")])
def test_client_errors_are_not_retried(error: Exception) -> None:
    llm, fake, sleeps = model(error)
    with pytest.raises(CallFailed):
        ask(llm)
    assert sleeps == [] and len(fake.requests) == 1


def test_timeouts_and_lost_connections_are_retried() -> None:
    llm, _fake, sleeps = model(TimeoutError(), ConnectionError(), {"label": "late", "score": 3})
    assert ask(llm).score == 3
    assert len(sleeps) == 2
    assert dict(llm.stats.failures_by_kind) == {"timeout": 1, "connection": 1}


def test_an_invalid_answer_is_reasked_with_the_validation_error() -> None:
    llm, fake, _ = model({"label": "late", "score": 9}, {"label": "late", "score": 5})
    assert ask(llm).score == 5
    first, second = fake.requests
    assert second.roles == ["system", "human", "ai", "human"]
    assert second.messages[2].content == '{"label": "late", "score": 9}'  # its own answer
    assert "could not be used" in second.user and "score" in second.user and "9" in second.user
    assert second.schema == first.schema
    assert llm.stats.reasks == 1 and llm.stats.failures_by_kind["schema"] == 1


def test_text_that_is_not_json_is_reasked() -> None:
    llm, fake, _ = model("Sure! The label is: late", {"label": "late", "score": 2})
    assert ask(llm).label == "late"
    assert fake.requests[1].messages[2].content == "Sure! The label is: late"
    assert "not valid JSON" in fake.requests[1].user
    assert llm.stats.failures_by_kind["invalid_json"] == 1


def test_reasks_are_bounded_and_never_coerced() -> None:
    llm, fake, _ = model({"label": "x", "score": 0}, {"label": "y", "score": 6}, "nope", reasks=2)
    with pytest.raises(AnswerRejected) as rejected:
        ask(llm)
    assert len(fake.requests) == 3 and llm.stats.reasks == 2 and llm.stats.failed == 1
    assert rejected.value.problems == ["the answer was not valid JSON"]  # the last one's
    assert rejected.value.kind == "invalid_answer"


def test_no_reasks_means_one_answer() -> None:
    llm, fake, _ = model({"label": "x", "score": 0}, reasks=0)
    with pytest.raises(AnswerRejected):
        ask(llm)
    assert len(fake.requests) == 1 and llm.stats.reasks == 0


def test_a_check_may_keep_part_and_narrow_the_schema() -> None:
    """What the classifier does: keep the items that passed, re-ask for the rest."""
    from langchain_core.messages import HumanMessage

    pending = {"a", "b"}

    def check(data: dict[str, list[str]]) -> set[str]:
        pending.difference_update(data["ok"])
        if pending:
            raise Invalid([f"no answer for {sorted(pending)}"], kinds=["missing_item"])
        return set(data["ok"])

    llm, fake, _ = model({"ok": ["a"]}, {"ok": ["b"]})
    result = llm.ask_checked(
        [HumanMessage("go")],
        lambda: {"name": "x", "schema": {"enum": sorted(pending)}, "strict": True},
        check,
        reask=lambda problems: "again: " + "; ".join(problems),
    )
    assert result == {"b"} and not pending
    assert [r.schema["schema"]["enum"] for r in fake.requests] == [["a", "b"], ["b"]]
    assert fake.requests[1].user == "again: no answer for ['b']"
    assert llm.stats.failures_by_kind["missing_item"] == 1
