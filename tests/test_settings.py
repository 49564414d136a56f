"""One settings class: JOURNEY_ variables, a .env file, clear errors for bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.settings import get_settings, load_settings
from assistant.store import open_database


def test_defaults_are_offline_and_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JOURNEY_HOME", "JOURNEY_DATABASE_URL", "JOURNEY_CHROMA_URL"):
        monkeypatch.delenv(name, raising=False)  # make test-scale sets the last two
    settings = load_settings()
    assert settings.home == Path(".journey")
    assert settings.resolved_database_url == f"sqlite:///{(tmp_path / '.journey' / 'journey.db')}"
    assert settings.chroma_url == "" and settings.llm == "" and settings.embeddings == "use-m3"
    assert settings.redact_pii is True


def test_environment_and_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(
        "JOURNEY_WORKSPACE=support\nJOURNEY_LLM=openai:gpt-4.1-mini\n", encoding="utf-8"
    )
    monkeypatch.setenv("JOURNEY_REDACT_PII", "false")
    get_settings.cache_clear()
    settings = get_settings()
    assert settings.workspace == "support" and settings.llm == "openai:gpt-4.1-mini"
    assert settings.redact_pii is False


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("JOURNEY_EMBEDDINGS", "word2vec", "JOURNEY_EMBEDDINGS"),
        ("JOURNEY_LLM", "gpt4", "provider:model"),
        ("JOURNEY_REDACT_PII", "maybe", "JOURNEY_REDACT_PII"),
        ("JOURNEY_LOCAL_MODEL", "best", "JOURNEY_LOCAL_MODEL"),
    ],
)
def test_bad_values_are_config_errors(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError, match=message):
        load_settings()


def test_bad_database_url() -> None:
    with pytest.raises(ConfigError, match="not a database URL"):
        open_database("no-such-thing")
