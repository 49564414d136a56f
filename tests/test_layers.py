"""The layers of DESIGN.md, read from the source: lower layers never import higher ones.

Every ``import`` counts, also those inside functions and under ``TYPE_CHECKING``: a
type-only import still ties one layer to another.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("assistant", "api")

# The shared types are the bottom layer: they may import only these (and third-party code).
MODELS = "assistant.models"
MODELS_MAY_IMPORT = ("assistant.models", "assistant.errors", "assistant.text")

FEATURES = (
    "assistant.audit",
    "assistant.backlog",
    "assistant.classify",
    "assistant.export",
    "assistant.journey_map",  # publishes the map's schema; the map itself is in models
    "assistant.kb",
)
ADAPTERS = ("assistant.cli", "api")
APPLICATION = ("assistant.usecases", *ADAPTERS)


class Rule(NamedTuple):
    importers: tuple[str, ...]
    may_not_import: tuple[str, ...]
    except_in: tuple[str, ...] = ()


# A module matches a name when it is that module or inside it; a package importing itself is
# never a violation (so cli may import cli).
RULES = [
    Rule(("assistant.store", "assistant.index", "assistant.ingest"), FEATURES + APPLICATION),
    # the composition root sits above the store and the indexes it opens
    Rule(("assistant.store", "assistant.index"), ("assistant.services", "assistant.search")),
    Rule(("assistant.usecases",), ADAPTERS),
    # the adapters are the top: only the CLI reaches the API (`journey serve` starts it)
    Rule(("assistant",), ADAPTERS, except_in=("assistant.cli",)),
    Rule(("api",), ("assistant.cli",)),
]

# Package-level edges that close a cycle today, with why they are still there. The test
# below fails when one of them is gone, so this list only shrinks.
KNOWN_CYCLE_EDGES: dict[tuple[str, str], str] = {}
# Whatever else is in a cycle, these never are.
NEVER_IN_A_CYCLE = ("models", "store")


class Import(NamedTuple):
    importer: str  # dotted module name
    imported: str  # dotted module name (a submodule when ``from package import submodule``)
    where: str  # path:line


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _sources() -> dict[str, Path]:
    return {
        _module_name(path): path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    }


@cache
def _imports() -> tuple[Import, ...]:
    modules = _sources()
    found: list[Import] = []
    for module, path in modules.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, *([base] if base else [])])
                names = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                    for alias in node.names
                ]
            else:
                continue
            found.extend(
                Import(module, name, where) for name in names if name.split(".")[0] in PACKAGES
            )
    return tuple(found)


def _within(module: str, name: str) -> bool:
    return module == name or module.startswith(name + ".")


def _top(module: str) -> str:
    """The package (or module) of assistant a module belongs to: assistant.store.tags -> store."""
    parts = module.split(".")
    return parts[1] if parts[0] == "assistant" and len(parts) > 1 else parts[0]


def _same_package(imp: Import) -> bool:
    importer, imported = imp.importer.split("."), imp.imported.split(".")
    return importer[0] == imported[0] and _top(imp.importer) == _top(imp.imported)


def _graph() -> dict[str, set[str]]:
    """Top-level packages and modules of assistant, and which import which."""
    graph: dict[str, set[str]] = defaultdict(set)
    for imp in _imports():
        if _within(imp.importer, "assistant") and _within(imp.imported, "assistant"):
            source, target = _top(imp.importer), _top(imp.imported)
            if source != target and "assistant" not in (source, target):
                graph[source].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_source_is_read() -> None:
    # guards against passing on an empty result: the parser sees the tree and its imports
    assert len(_sources()) > 100
    pairs = {(imp.importer, imp.imported) for imp in _imports()}
    assert ("assistant.store.tags", "assistant.models.tags") in pairs
    assert any(_within(i, "assistant.cli") and _within(t, "assistant.cli") for i, t in pairs)
    graph = _graph()
    assert "models" in graph["store"] and "store" in graph["services"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_models_import_nothing_above_them() -> None:
    wrong = [
        f"{imp.where} imports {imp.imported}"
        for imp in _imports()
        if _within(imp.importer, MODELS)
        and not any(_within(imp.imported, allowed) for allowed in MODELS_MAY_IMPORT)
    ]
    assert wrong == [], f"{MODELS} may import only {', '.join(MODELS_MAY_IMPORT)}"


def _broken(imp: Import) -> list[str]:
    """The rules an import breaks, as ``layer may not import name``."""
    if _same_package(imp):
        return []
    return [
        f"{layer} may not import {banned}"
        for rule in RULES
        for layer in rule.importers
        if _within(imp.importer, layer)
        and not any(_within(imp.importer, name) for name in rule.except_in)
        for banned in rule.may_not_import
        if _within(imp.imported, banned)
    ]


def test_lower_layers_do_not_import_higher_ones() -> None:
    wrong = [
        f"{imp.where} imports {imp.imported}: {', '.join(broken)}"
        for imp in _imports()
        if (broken := _broken(imp))
    ]
    assert wrong == []


def test_the_rules_catch_a_violation() -> None:
    # the same check over made-up imports, so a typo in the table cannot switch it off
    def made_up(importer: str, imported: str) -> list[str]:
        return _broken(Import(importer, imported, "made-up"))

    assert made_up("assistant.store.tags", "assistant.classify.base") == [
        "assistant.store may not import assistant.classify"
    ]
    assert made_up("assistant.index.vector", "assistant.services")
    assert made_up("assistant.ingest.pipeline", "assistant.usecases.records")
    assert made_up("assistant.usecases.audits", "api.app")
    assert made_up("assistant.backlog.run", "assistant.cli.main")
    assert made_up("api.routes.audits", "assistant.cli.audit")
    assert made_up("assistant.cli.serve", "api.app") == []
    assert made_up("assistant.cli.main", "assistant.cli.audit") == []
    assert made_up("assistant.store.tags", "assistant.models.tags") == []


def test_no_package_cycles_but_the_known_ones() -> None:
    graph = _graph()
    stale = [edge for edge in KNOWN_CYCLE_EDGES if edge[1] not in graph.get(edge[0], set())]
    assert stale == [], "gone: remove them from KNOWN_CYCLE_EDGES"
    without_known = {
        source: {t for t in targets if (source, t) not in KNOWN_CYCLE_EDGES}
        for source, targets in graph.items()
    }
    assert _cycles(without_known) == []
    for source, target in KNOWN_CYCLE_EDGES:  # each still closes a cycle, or it is not known
        assert any({source, target} <= component for component in _cycles(graph))


def test_models_and_store_are_in_no_cycle() -> None:
    for component in _cycles(_graph()):
        assert not component & set(NEVER_IN_A_CYCLE), sorted(component)
