"""All configuration in one place: environment variables with the JOURNEY_ prefix and `.env`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError

if TYPE_CHECKING:
    from assistant.models.backlog import Thresholds

BUNDLED_EMBEDDINGS = "use-m3"


class Settings(BaseSettings):
    """Settings read from the environment (prefix ``JOURNEY_``) and an optional ``.env`` file."""

    model_config = SettingsConfigDict(
        env_prefix="JOURNEY_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        validate_by_name=True,  # Settings(openai_api_key=...) as well as the variables
    )

    home: Path = Field(default=Path(".journey"), description="Data folder.")
    database_url: str = Field(default="", description="SQLAlchemy URL; empty = SQLite in home.")
    chroma_url: str = Field(
        default="", description="Chroma server URL, http://host:port[/database]; empty = embedded."
    )
    embeddings: str = Field(
        default=BUNDLED_EMBEDDINGS,
        description="Embedding model: 'use-m3' (bundled, offline) or 'openai:MODEL'.",
    )
    local_model: Literal["fast", "accurate"] = Field(
        default="fast",
        description="Local classifier: 'fast' (about 900 items/s) or 'accurate' (adds the "
        "bundled multilingual-e5-small encoder: better tags, about 70 items/s).",
    )
    llm: str = Field(
        default="", description="Chat model such as 'openai:gpt-4.1-mini'; empty = offline."
    )
    openai_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("JOURNEY_OPENAI_API_KEY", "OPENAI_API_KEY"),
        description="Key for openai: chat models (JOURNEY_OPENAI_API_KEY, else OPENAI_API_KEY).",
    )
    openai_base_url: str = Field(
        default="",
        validation_alias=AliasChoices("JOURNEY_OPENAI_BASE_URL", "OPENAI_BASE_URL"),
        description="An OpenAI-compatible server (vLLM, Ollama, llama.cpp); empty = OpenAI.",
    )
    workspace: str = Field(default="default", description="Workspace used when none is given.")
    redact_pii: bool = Field(default=True, description="Redact personal data before storing.")
    customer_salt: str = Field(
        default="journey-audit", description="Salt for hashing customer references."
    )
    model_dir: Path | None = Field(
        default=None, description="Where trained local models are cached; empty = home/models."
    )
    extra_phase_models: list[Path] = Field(
        default_factory=list, description="Folders with the user's own phase model YAML files."
    )
    backlog_rank_by: Literal["rice", "quadrant", "formula"] = Field(
        default="rice", description="How the backlog is ranked by default."
    )
    backlog_formula: str = Field(
        default="",
        description="Custom score over reach, reach_share, impact, effort, confidence.",
    )
    quadrant_impact: int = Field(default=3, ge=1, le=5, description="Impact >= this is high.")
    quadrant_effort: int = Field(default=3, ge=1, le=5, description="Effort >= this is high.")
    retention_days: int | None = Field(
        default=None,
        ge=1,
        description="Records older than this many days are erased (journey forget --expired, "
        "and by the server once a day); empty = kept.",
    )
    max_request_mb: float = Field(
        default=10, gt=0, description="API: largest JSON request body, in MB (413 above)."
    )
    max_upload_mb: float = Field(
        default=100, gt=0, description="API: largest file upload to POST /v1/records, in MB."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="API: origins allowed to call it from a browser."
    )
    worker_lease_seconds: float = Field(
        default=60,
        gt=0,
        description="Tag workers: how long a claimed batch stays a worker's without a "
        "heartbeat; after that another worker takes it over (a killed worker's batch).",
    )
    worker_batch: int = Field(
        default=256, ge=1, le=10000, description="Tag workers: records per claimed batch."
    )

    @field_validator("retention_days", mode="before")
    @classmethod
    def _check_retention(cls, value: Any) -> Any:
        off = isinstance(value, str) and value.strip().lower() in ("", "off", "0")
        return None if off else value

    @field_validator("embeddings")
    @classmethod
    def _check_embeddings(cls, value: str) -> str:
        value = value.strip() or BUNDLED_EMBEDDINGS
        if value != BUNDLED_EMBEDDINGS and not value.startswith("openai:"):
            raise ValueError(
                f"unknown embedding model {value!r}: use '{BUNDLED_EMBEDDINGS}' or 'openai:MODEL'"
            )
        return value

    @field_validator("llm")
    @classmethod
    def _check_llm(cls, value: str) -> str:
        value = value.strip()
        if value and ":" not in value:
            raise ValueError(f"JOURNEY_LLM must look like 'provider:model' (got {value!r})")
        return value

    @field_validator("openai_api_key", mode="before")
    @classmethod
    def _check_key(cls, value: Any) -> Any:
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        return (value.strip() or None) if isinstance(value, str) else value

    @field_validator("openai_base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        value = value.strip()
        if value and not value.startswith(("http://", "https://")):
            raise ValueError(f"must be an http:// or https:// URL (got {value!r})")
        return value

    @field_validator("backlog_formula")
    @classmethod
    def _check_formula(cls, value: str) -> str:
        value = value.strip()
        if value:
            from assistant.models.formula import parse_formula

            try:
                parse_formula(value)
            except ConfigError as exc:
                raise ValueError(str(exc)) from None
        return value

    @property
    def formula(self) -> str | None:
        """The custom backlog formula, or None when none is set."""
        return self.backlog_formula or None

    @property
    def thresholds(self) -> Thresholds:
        from assistant.models.backlog import Thresholds

        return Thresholds(impact=self.quadrant_impact, effort=self.quadrant_effort)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'journey.db').resolve()}"

    @property
    def models_path(self) -> Path:
        return self.model_dir or self.home / "models"

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"

    @property
    def keyword_index_path(self) -> Path:
        return self.home / "keyword"

    @property
    def user_phase_model_dirs(self) -> list[Path]:
        own = self.home / "phase_models"
        return [own, *self.extra_phase_models] if own.is_dir() else list(self.extra_phase_models)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment; a bad value becomes a ConfigError naming the variable."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(f"{_variable(e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"invalid settings: {problems}") from exc


def _variable(loc: tuple[int | str, ...]) -> str:
    """The environment variable(s) behind an error's location."""
    first = str(loc[0]) if loc else ""
    for info in Settings.model_fields.values():
        alias = info.validation_alias
        if isinstance(alias, AliasChoices) and first in alias.choices:
            return " or ".join(str(choice) for choice in alias.choices)
    return f"JOURNEY_{'_'.join(str(p) for p in loc).upper()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests call ``get_settings.cache_clear()`` after changing env."""
    return load_settings()
