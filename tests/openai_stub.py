"""The OpenAI-compatible stub for tests.

It lives in ``evals/openai_stub.py`` because the benchmarks serve it too; ``evals`` is not
an installed package, so it is loaded here by path (tests/ is on ``sys.path`` under pytest).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_NAME = "journey_evals_openai_stub"
_PATH = Path(__file__).resolve().parents[1] / "evals" / "openai_stub.py"

if _NAME not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_NAME, _PATH)
    assert _spec is not None and _spec.loader is not None, f"cannot load {_PATH}"
    _module = importlib.util.module_from_spec(_spec)
    sys.modules[_NAME] = _module  # dataclasses look their module up while it executes
    _spec.loader.exec_module(_module)

_stub = sys.modules[_NAME]
Reply = _stub.Reply
StubServer = _stub.StubServer
items_in = _stub.items_in
last_user_text = _stub.last_user_text
response_schema = _stub.response_schema
schema_responder = _stub.schema_responder
system_text = _stub.system_text

__all__ = [
    "Reply",
    "StubServer",
    "items_in",
    "last_user_text",
    "response_schema",
    "schema_responder",
    "system_text",
]
