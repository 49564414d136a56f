"""Small text helpers shared by the CLI, the dialogue and the exports."""

from __future__ import annotations


def shorten(text: str, width: int = 160) -> str:
    """Whitespace folded to single spaces, cut at ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
