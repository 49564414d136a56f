"""Labelled examples the local classifier learns from: ours, the taxonomy's own words, and
a workspace's corrections."""

from __future__ import annotations

import json
from importlib.resources import files

from assistant.errors import ConfigError
from assistant.kb.loader import KnowledgeBase
from assistant.models.examples import Example  # a shared type (the store keeps corrections)


def bundled_examples() -> list[Example]:
    """Every ``knowledge/examples/*.jsonl`` line (written by us, several domains, NL and EN)."""
    root = files("knowledge") / "examples"
    out: list[Example] = []
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".jsonl"):
            continue
        for number, line in enumerate(entry.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                domain = str(row.get("domain") or "?")
                out.append(
                    Example(row["text"], row["phase"], row["emotion"], 1.0, entry.name, domain)
                )
            except (ValueError, KeyError) as exc:
                raise ConfigError(f"knowledge/examples/{entry.name}:{number}: {exc}") from exc
    return out


def definition_examples(kb: KnowledgeBase) -> list[Example]:
    """The taxonomy teaches itself: phase definitions and questions, emotion definitions and
    cues, in both languages."""
    out: list[Example] = []
    for phase in kb.default_phase_model.phases:
        for lang in ("nl", "en"):
            out.append(Example(phase.definition.get(lang), phase.id, None, 0.5, "definition"))
            out.extend(
                Example(q, phase.id, None, 0.5, "definition") for q in phase.questions.get(lang)
            )
    for emotion in kb.emotions:
        for lang in ("nl", "en"):
            out.append(Example(emotion.definition.get(lang), None, emotion.id, 0.5, "definition"))
            out.extend(
                Example(c, None, emotion.id, 0.5, "definition") for c in emotion.cues.get(lang)
            )
    return out
