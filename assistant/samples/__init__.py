"""Bundled sample data: KeukenKompas, a fictional Dutch kitchen shop (reviews, chats, tickets)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_folder() -> Path:
    """The bundled sample shop: reviews, chats and tickets."""
    return Path(str(files("assistant.samples") / "shop"))
