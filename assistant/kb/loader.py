"""Load, cross-check and query the knowledge base.

The bundled files are read through :func:`importlib.resources.files` so they are found
both in a source checkout and after a regular ``pip install``. Users may add their own
phase models as YAML files, either by path or from extra directories.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.errors import JourneyError
from assistant.kb.schema import (
    Emotion,
    EmotionSet,
    Fix,
    FrictionCatalogue,
    FrictionPattern,
    Glossary,
    GlossaryTerm,
    KnowledgeError,
    Kpi,
    KpiCatalogue,
    MapType,
    MapTypeCatalogue,
    PhaseModel,
    Touchpoint,
    TouchpointCatalogue,
    UnknownEntryError,
    check_lang,
)
from assistant.models.tags import DEFAULT_PHASE_MODEL  # also imported from here

KNOWLEDGE_PACKAGE = "knowledge"
PHASE_MODEL_DIR = "phase_models"
YAML_SUFFIXES = (".yaml", ".yml")
MAX_REPORTED_ERRORS = 8

M = TypeVar("M", bound=BaseModel)

EntryKind = Literal[
    "glossary",
    "phase_model",
    "emotion",
    "friction_pattern",
    "map_type",
    "touchpoint",
    "kpi",
    "phase",
    "fix",
]


class KnowledgeEntry(BaseModel):
    """A named thing found by :meth:`KnowledgeBase.lookup_term`, texts in one language."""

    model_config = ConfigDict(frozen=True)

    kind: EntryKind
    id: str
    name: str
    summary: str
    parent: str | None = None  # phase model id of a phase, friction pattern id of a fix


# --- parsing --------------------------------------------------------------------------


def _format_validation(exc: ValidationError) -> str:
    parts: list[str] = []
    for err in exc.errors()[:MAX_REPORTED_ERRORS]:
        loc = ".".join(str(part) for part in err["loc"]) or "(top level)"
        parts.append(f"{loc}: {err['msg']}")
    extra = exc.error_count() - MAX_REPORTED_ERRORS
    if extra > 0:
        parts.append(f"... and {extra} more")
    return "; ".join(parts)


def parse_yaml(
    text: str, source: str, model: type[M], error: type[JourneyError] = KnowledgeError
) -> M:
    """Parse YAML ``text`` into ``model``; every failure is an ``error`` naming ``source``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise error(f"{source}: not valid YAML ({exc}).") from exc
    if not isinstance(data, dict):
        raise error(f"{source}: expected a mapping at the top level of the file.")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(
            f"{source}: does not match the {model.__name__} schema: {_format_validation(exc)}"
        ) from exc


def _read_resource(item: Traversable) -> str:
    return item.read_text(encoding="utf-8")


def _read_path(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeError(f"{path}: file not found.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot be read as UTF-8 text ({exc}).") from exc


def _is_yaml(name: str) -> bool:
    return name.lower().endswith(YAML_SUFFIXES)


# --- lookup helpers -------------------------------------------------------------------

_NON_WORD = re.compile(r"[^\w\s]")


def _norm(text: str) -> str:
    text = text.casefold().replace("_", " ").replace("-", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


class KnowledgeBase:
    """Validated, read-only view of all knowledge files.

    Build it with :func:`load_knowledge`; the constructor checks every cross reference.
    """

    def __init__(
        self,
        *,
        phase_models: Mapping[str, PhaseModel],
        emotions: EmotionSet,
        touchpoints: TouchpointCatalogue,
        kpis: KpiCatalogue,
        friction: FrictionCatalogue,
        map_types: MapTypeCatalogue,
        glossary: Glossary,
        sources: Mapping[str, str] | None = None,
    ) -> None:
        if DEFAULT_PHASE_MODEL not in phase_models:
            raise KnowledgeError(f"The default phase model {DEFAULT_PHASE_MODEL!r} is missing.")
        self._phase_models = dict(phase_models)
        self._emotions = emotions
        self._touchpoints = touchpoints
        self._kpis = kpis
        self._friction = friction
        self._map_types = map_types
        self._glossary = glossary
        self._sources = dict(sources or {})
        self._touchpoint_index = {t.id: t for t in touchpoints.touchpoints}
        self._kpi_index = {k.id: k for k in kpis.kpis}
        self._check_catalogues()
        for model in self._phase_models.values():
            self.check_phase_model(model, self._sources.get(model.id, model.id))

    # --- validation -------------------------------------------------------------------

    @property
    def journey7_ids(self) -> list[str]:
        """Phase ids of the default model; every other model maps onto these."""
        return self._phase_models[DEFAULT_PHASE_MODEL].phase_ids

    def _check_catalogues(self) -> None:
        j7 = set(self.journey7_ids)
        problems: list[str] = []
        default = self._phase_models[DEFAULT_PHASE_MODEL]
        for phase in default.phases:
            if phase.maps_to != [phase.id]:
                problems.append(
                    f"phase_models/{DEFAULT_PHASE_MODEL}: phase {phase.id!r} must map to itself"
                )
        for t in self._touchpoints.touchpoints:
            if t.phase not in j7:
                problems.append(f"touchpoints: {t.id!r} has unknown phase {t.phase!r}")
        for k in self._kpis.kpis:
            if k.phase not in j7:
                problems.append(f"kpis: {k.id!r} has unknown phase {k.phase!r}")
        for pattern in self._friction.friction_patterns:
            for phase_id in pattern.phases:
                if phase_id not in j7:
                    problems.append(
                        f"friction_patterns: {pattern.id!r} has unknown phase {phase_id!r}"
                    )
            for fix in pattern.fixes:
                if fix.kpi not in self._kpi_index:
                    problems.append(
                        f"friction_patterns: fix {fix.id!r} names unknown kpi {fix.kpi!r}"
                    )
        term_ids = {term.id for term in self._glossary.terms}
        for term in self._glossary.terms:
            for rel in term.related:
                if rel not in term_ids:
                    problems.append(f"glossary: {term.id!r} relates to unknown term {rel!r}")
        if problems:
            raise KnowledgeError("Inconsistent knowledge files: " + "; ".join(problems))

    def check_phase_model(self, model: PhaseModel, source: str) -> None:
        """Raise :class:`KnowledgeError` if ``model`` refers to unknown ids."""
        j7 = set(self.journey7_ids)
        problems: list[str] = []
        for phase in model.phases:
            for tp in phase.touchpoints:
                if tp not in self._touchpoint_index:
                    problems.append(f"phase {phase.id!r}: unknown touchpoint {tp!r}")
            for kpi in phase.kpis:
                if kpi not in self._kpi_index:
                    problems.append(f"phase {phase.id!r}: unknown kpi {kpi!r}")
            for target in phase.maps_to:
                if target not in j7:
                    problems.append(
                        f"phase {phase.id!r}: maps_to {target!r} is not a "
                        f"{DEFAULT_PHASE_MODEL} phase ({', '.join(self.journey7_ids)})"
                    )
        for phase_id in model.not_covered:
            if phase_id not in j7:
                problems.append(f"not_covered {phase_id!r} is not a {DEFAULT_PHASE_MODEL} phase")
        if problems:
            raise KnowledgeError(f"{source}: " + "; ".join(problems))

    # --- phase models -----------------------------------------------------------------

    @property
    def phase_models(self) -> dict[str, PhaseModel]:
        return dict(self._phase_models)

    @property
    def default_phase_model(self) -> PhaseModel:
        return self._phase_models[DEFAULT_PHASE_MODEL]

    def phase_model(self, ref: str) -> PhaseModel:
        """A phase model by id, or loaded from ``ref`` if it is a path to a YAML file."""
        if ref in self._phase_models:
            return self._phase_models[ref]
        if looks_like_path(ref):
            return self.load_model_file(Path(ref))
        raise UnknownEntryError(
            f"Unknown phase model {ref!r}. Available: {', '.join(self._phase_models)}; "
            "or pass the path to your own phase model YAML file."
        )

    def load_model_file(self, path: Path) -> PhaseModel:
        """Parse and cross-check a user phase model file."""
        model = parse_yaml(_read_path(path), str(path), PhaseModel)
        self.check_phase_model(model, str(path))
        return model

    def with_models_from(self, dirs: Sequence[Path]) -> KnowledgeBase:
        """A copy of this knowledge base with the phase models found in ``dirs`` added."""
        models = dict(self._phase_models)
        sources = dict(self._sources)
        for directory in dirs:
            directory = Path(directory)
            if not directory.is_dir():
                raise KnowledgeError(f"{directory}: phase model directory does not exist.")
            for path in sorted(p for p in directory.iterdir() if p.is_file() and _is_yaml(p.name)):
                model = self.load_model_file(path)
                if model.id in models:
                    raise KnowledgeError(
                        f"{path}: phase model id {model.id!r} is already used by "
                        f"{sources.get(model.id, 'a bundled model')}; choose another id."
                    )
                models[model.id] = model
                sources[model.id] = str(path)
        return KnowledgeBase(
            phase_models=models,
            emotions=self._emotions,
            touchpoints=self._touchpoints,
            kpis=self._kpis,
            friction=self._friction,
            map_types=self._map_types,
            glossary=self._glossary,
            sources=sources,
        )

    def uncovered_phases(self, ref: str) -> list[str]:
        """journey7 phase ids that no phase of the model maps onto, in journey7 order."""
        mapped = self.phase_model(ref).mapped_targets()
        return [pid for pid in self.journey7_ids if pid not in mapped]

    def taxonomy_version(self, model_id: str) -> str:
        """Short stable hash of a phase model plus the emotion set, e.g. ``journey7-v1-ab12cd34``.

        Tags record it, so a changed definition is visible as a different version.
        """
        return self.taxonomy_version_of(self.phase_model(model_id))

    def taxonomy_version_of(self, model: PhaseModel) -> str:
        """:meth:`taxonomy_version` for a model object (e.g. one loaded from a path)."""
        payload = json.dumps(
            {
                "model": model.model_dump(mode="json"),
                "emotions": self._emotions.model_dump(mode="json"),
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        digest = hashlib.sha1(payload.encode("utf-8")).hexdigest()[:8]
        return f"{model.id}-v{model.version}-{digest}"

    # --- emotions ---------------------------------------------------------------------

    @property
    def emotion_set(self) -> EmotionSet:
        return self._emotions

    @property
    def emotions(self) -> list[Emotion]:
        return list(self._emotions.emotions)

    def emotion(self, emotion_id: str) -> Emotion:
        return _find(self._emotions.emotions, emotion_id, "emotion")

    # --- catalogues -------------------------------------------------------------------

    @property
    def touchpoints(self) -> list[Touchpoint]:
        return list(self._touchpoints.touchpoints)

    @property
    def kpis(self) -> list[Kpi]:
        return list(self._kpis.kpis)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return _find(self._touchpoints.touchpoints, touchpoint_id, "touchpoint")

    def kpi(self, kpi_id: str) -> Kpi:
        return _find(self._kpis.kpis, kpi_id, "KPI")

    def _journey7_targets(self, phase_id: str, model_ref: str | None) -> list[str]:
        if model_ref is None:
            if phase_id not in self.journey7_ids:
                raise KnowledgeError(
                    f"Unknown {DEFAULT_PHASE_MODEL} phase {phase_id!r}; "
                    f"available: {', '.join(self.journey7_ids)}."
                )
            return [phase_id]
        return list(self.phase_model(model_ref).phase(phase_id).maps_to)

    def touchpoints_for(self, phase_id: str, model_ref: str | None = None) -> list[Touchpoint]:
        """Touchpoints of a journey7 phase, or those listed by ``model_ref``'s phase."""
        if model_ref is not None:
            phase = self.phase_model(model_ref).phase(phase_id)
            return [self._touchpoint_index[t] for t in phase.touchpoints]
        self._journey7_targets(phase_id, None)
        return [t for t in self._touchpoints.touchpoints if t.phase == phase_id]

    def kpis_for(self, phase_id: str, model_ref: str | None = None) -> list[Kpi]:
        """KPIs of a journey7 phase, or those listed by ``model_ref``'s phase."""
        if model_ref is not None:
            phase = self.phase_model(model_ref).phase(phase_id)
            return [self._kpi_index[k] for k in phase.kpis]
        self._journey7_targets(phase_id, None)
        return [k for k in self._kpis.kpis if k.phase == phase_id]

    # --- friction, map types, glossary ------------------------------------------------

    @property
    def friction_patterns(self) -> list[FrictionPattern]:
        return list(self._friction.friction_patterns)

    def friction_pattern(self, pattern_id: str) -> FrictionPattern:
        return _find(self._friction.friction_patterns, pattern_id, "friction pattern")

    def friction_ids(self) -> dict[str, str]:
        """Every friction pattern's name in either language (lower case) -> its id."""
        return {
            name.lower(): pattern.id
            for pattern in self._friction.friction_patterns
            for name in (pattern.name.nl, pattern.name.en)
        }

    def friction_names(self, lang: str) -> dict[str, str]:
        """Every friction pattern's name in either language (lower case) -> its name in
        ``lang``: pain points named in Dutch and in English count as one."""
        return {
            name: self.friction_pattern(pattern_id).name.get(lang)
            for name, pattern_id in self.friction_ids().items()
        }

    def friction_patterns_for(
        self, phase_id: str, model_ref: str | None = None
    ) -> list[FrictionPattern]:
        """Patterns touching a journey7 phase (or the journey7 phases a model phase maps to)."""
        targets = set(self._journey7_targets(phase_id, model_ref))
        return [p for p in self._friction.friction_patterns if targets.intersection(p.phases)]

    def fix(self, fix_id: str) -> tuple[FrictionPattern, Fix]:
        for pattern in self._friction.friction_patterns:
            for fix in pattern.fixes:
                if fix.id == fix_id:
                    return pattern, fix
        raise UnknownEntryError(f"Unknown fix {fix_id!r}; see `journey knowledge show friction`.")

    @property
    def map_types(self) -> list[MapType]:
        return list(self._map_types.map_types)

    def map_type(self, map_type_id: str) -> MapType:
        return _find(self._map_types.map_types, map_type_id, "map type")

    @property
    def default_map_type(self) -> MapType:
        return next(m for m in self._map_types.map_types if m.default)

    @property
    def glossary(self) -> list[GlossaryTerm]:
        return list(self._glossary.terms)

    def term(self, term_id: str) -> GlossaryTerm:
        return _find(self._glossary.terms, term_id, "glossary term")

    # --- lookup -----------------------------------------------------------------------

    def _candidates(self, lang: str) -> Iterator[tuple[list[str], KnowledgeEntry]]:
        """(names to match, entry) for everything with a name, in priority order."""
        for g in self._glossary.terms:
            yield (
                [g.id, g.term.nl, g.term.en, *g.aliases],
                KnowledgeEntry(
                    kind="glossary", id=g.id, name=g.term.get(lang), summary=g.definition.get(lang)
                ),
            )
        for m in self._phase_models.values():
            yield (
                [m.id, m.name.nl, m.name.en],
                KnowledgeEntry(
                    kind="phase_model",
                    id=m.id,
                    name=m.name.get(lang),
                    summary=m.description.get(lang),
                ),
            )
        for e in self._emotions.emotions:
            yield (
                [e.id, e.name.nl, e.name.en],
                KnowledgeEntry(
                    kind="emotion", id=e.id, name=e.name.get(lang), summary=e.definition.get(lang)
                ),
            )
        for p in self._friction.friction_patterns:
            yield (
                [p.id, p.name.nl, p.name.en],
                KnowledgeEntry(
                    kind="friction_pattern",
                    id=p.id,
                    name=p.name.get(lang),
                    summary=p.description.get(lang),
                ),
            )
        for mt in self._map_types.map_types:
            yield (
                [mt.id, mt.name.nl, mt.name.en],
                KnowledgeEntry(
                    kind="map_type",
                    id=mt.id,
                    name=mt.name.get(lang),
                    summary=mt.description.get(lang),
                ),
            )
        for t in self._touchpoints.touchpoints:
            yield (
                [t.id, t.name.nl, t.name.en],
                KnowledgeEntry(
                    kind="touchpoint",
                    id=t.id,
                    name=t.name.get(lang),
                    summary=t.description.get(lang),
                ),
            )
        for k in self._kpis.kpis:
            yield (
                [k.id, k.name.nl, k.name.en],
                KnowledgeEntry(
                    kind="kpi", id=k.id, name=k.name.get(lang), summary=k.definition.get(lang)
                ),
            )
        for m in self._phase_models.values():
            for ph in m.phases:
                yield (
                    [ph.id, ph.name.nl, ph.name.en],
                    KnowledgeEntry(
                        kind="phase",
                        id=ph.id,
                        name=ph.name.get(lang),
                        summary=ph.definition.get(lang),
                        parent=m.id,
                    ),
                )
        for p in self._friction.friction_patterns:
            for f in p.fixes:
                yield (
                    [f.id, f.title.nl, f.title.en],
                    KnowledgeEntry(
                        kind="fix",
                        id=f.id,
                        name=f.title.get(lang),
                        summary=f.description.get(lang),
                        parent=p.id,
                    ),
                )

    def lookup_term(self, text: str, lang: str = "en") -> KnowledgeEntry | None:
        """Find a glossary term or any named entity by id or name (Dutch or English).

        Tiers, first hit wins: exact (case-insensitive, ``_``/``-`` as spaces); the query
        inside a name; a whole name inside the query (longest wins); a close spelling.
        Within a tier glossary terms come first, then models, emotions, friction patterns,
        map types, touchpoints, KPIs, phases and fixes.
        """
        check_lang(lang)
        query = _norm(text)
        if not query:
            return None
        candidates = [([_norm(n) for n in names], entry) for names, entry in self._candidates(lang)]
        for names, entry in candidates:
            if query in names:
                return entry
        if len(query) >= 3:
            best: tuple[int, KnowledgeEntry] | None = None
            for names, entry in candidates:
                lengths = [len(n) for n in names if query in n]
                if lengths and (best is None or min(lengths) < best[0]):
                    best = (min(lengths), entry)
            if best is not None:
                return best[1]
        padded = f" {query} "
        best_inside: tuple[int, KnowledgeEntry] | None = None
        for names, entry in candidates:
            lengths = [len(n) for n in names if len(n) >= 3 and f" {n} " in padded]
            if lengths and (best_inside is None or max(lengths) > best_inside[0]):
                best_inside = (max(lengths), entry)
        if best_inside is not None:
            return best_inside[1]
        by_name: dict[str, KnowledgeEntry] = {}
        for names, entry in candidates:
            for n in names:
                by_name.setdefault(n, entry)
        close = difflib.get_close_matches(query, list(by_name), n=1, cutoff=0.85)
        return by_name[close[0]] if close else None


def looks_like_path(ref: str) -> bool:
    """True if ``ref`` reads as a file path rather than an id."""
    return _is_yaml(ref) or "/" in ref or "\\" in ref or Path(ref).is_file()


def _find(items: Iterable[M], item_id: str, what: str) -> M:
    listed = list(items)
    for item in listed:
        if getattr(item, "id", None) == item_id:
            return item
    ids = ", ".join(str(getattr(item, "id", "?")) for item in listed)
    raise UnknownEntryError(f"Unknown {what} {item_id!r}; available: {ids}.")


# --- loading --------------------------------------------------------------------------


def _bundled_root() -> Traversable:
    return files(KNOWLEDGE_PACKAGE)


def _load_file(root: Traversable, name: str, model: type[M]) -> M:
    item = root / name
    if not item.is_file():
        raise KnowledgeError(f"{KNOWLEDGE_PACKAGE}/{name}: bundled knowledge file is missing.")
    return parse_yaml(_read_resource(item), f"{KNOWLEDGE_PACKAGE}/{name}", model)


@lru_cache(maxsize=1)
def _load_bundled() -> KnowledgeBase:
    root = _bundled_root()
    model_dir = root / PHASE_MODEL_DIR
    if not model_dir.is_dir():
        raise KnowledgeError(f"{KNOWLEDGE_PACKAGE}/{PHASE_MODEL_DIR}: directory is missing.")
    models: dict[str, PhaseModel] = {}
    sources: dict[str, str] = {}
    for item in sorted(model_dir.iterdir(), key=lambda entry: entry.name):
        if not (item.is_file() and _is_yaml(item.name)):
            continue
        source = f"{KNOWLEDGE_PACKAGE}/{PHASE_MODEL_DIR}/{item.name}"
        model = parse_yaml(_read_resource(item), source, PhaseModel)
        if model.id in models:
            raise KnowledgeError(f"{source}: duplicate phase model id {model.id!r}.")
        models[model.id] = model
        sources[model.id] = source
    if DEFAULT_PHASE_MODEL in models:  # default first, the rest alphabetically
        models = {DEFAULT_PHASE_MODEL: models[DEFAULT_PHASE_MODEL], **models}
    return KnowledgeBase(
        phase_models=models,
        emotions=_load_file(root, "emotions.yaml", EmotionSet),
        touchpoints=_load_file(root, "touchpoints.yaml", TouchpointCatalogue),
        kpis=_load_file(root, "kpis.yaml", KpiCatalogue),
        friction=_load_file(root, "friction_patterns.yaml", FrictionCatalogue),
        map_types=_load_file(root, "map_types.yaml", MapTypeCatalogue),
        glossary=_load_file(root, "glossary.yaml", Glossary),
        sources=sources,
    )


def load_knowledge(extra_model_dirs: Sequence[Path] = ()) -> KnowledgeBase:
    """The bundled knowledge base (cached), plus phase models from ``extra_model_dirs``."""
    base = _load_bundled()
    if not extra_model_dirs:
        return base
    return base.with_models_from(extra_model_dirs)


def clear_cache() -> None:
    """Forget the cached bundled knowledge base (for tests that edit files)."""
    _load_bundled.cache_clear()
