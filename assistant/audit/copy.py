"""The dialogue's words, loaded from ``copy.yaml`` (English and Dutch side by side)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from assistant.errors import ConfigError


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, Any]]:
    text = files("assistant.audit").joinpath("copy.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ConfigError("assistant/audit/copy.yaml must be a mapping of keys to {en, nl}")
    return data


def say(key: str, lang: str, **values: object) -> str:
    """The sentence ``key`` in ``lang`` with its placeholders filled. An entry may have a
    singular form (``en_one``, ``nl_one``), used when ``count`` is 1: "1 tekst", "1 text"."""
    entry = catalogue()[key]
    form = f"{lang}_one" if values.get("count") == 1 and f"{lang}_one" in entry else lang
    return str(entry[form]).format(**values).strip()


def words(key: str, lang: str) -> Any:
    """A non-sentence entry (a list or a mapping) in ``lang``."""
    return catalogue()[key][lang]
