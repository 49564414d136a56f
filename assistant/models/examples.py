"""A labelled example the local classifier learns from: bundled, from the taxonomy's own
words, or a workspace's correction (the store keeps those)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Example:
    text: str
    phase: str | None  # journey7 id, or None when the example only teaches emotion
    emotion: str | None
    weight: float = 1.0
    source: str = "examples"
    domain: str = ""  # the bundled examples' business domain (webshop, banking...), for CV
