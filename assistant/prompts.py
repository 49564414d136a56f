"""Prompts are files in the ``prompts`` package; this typed loader reads and renders them.

A prompt file is YAML with ``name``, ``version``, ``variables`` (every placeholder it uses)
and a ``user`` template with an optional ``system`` template. Placeholders are
``{name}``; a literal brace is written ``{{`` or ``}}``. Loading fails when a template uses
an undeclared variable or declares one it never uses; rendering fails on a missing or an
unexpected variable. Values are inserted as they are and never re-parsed, so customer text
containing braces is safe.

``parts`` holds the smaller pieces of text the caller assembles into those variables: the
envelope around each item, one task line per kind of question, the sentence that tells the
model what was wrong. A part is a template too (its placeholders are its variables) and is
rendered with :meth:`Prompt.part`, which fails the same way. Parts are prompt text: a
change to one is a change of wording and bumps the version.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.errors import ConfigError
from assistant.kb.loader import parse_yaml

PROMPT_PACKAGE = "prompts"
PROMPT_SUFFIX = ".yaml"


class PromptError(ConfigError):
    """A prompt file that cannot be loaded, or a render call with the wrong variables."""


@lru_cache(maxsize=256)
def _placeholders(template: str) -> frozenset[str]:
    names: set[str] = set()
    for _literal, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise ValueError(
                f"placeholder {{{field}{'!' + conversion if conversion else ''}"
                f"{':' + spec if spec else ''}}} must be a plain name such as {{items}}"
            )
        names.add(field)
    return frozenset(names)


@dataclass(frozen=True)
class RenderedPrompt:
    """A prompt with its variables filled in."""

    name: str
    version: str
    system: str | None
    user: str


class Prompt(BaseModel):
    """One prompt file: versioned templates and the variables they need."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    version: str = Field(min_length=1)
    description: str = ""
    variables: tuple[str, ...] = ()
    system: str | None = None
    user: str
    parts: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_variables(self) -> Prompt:
        for part in self.parts.values():
            _placeholders(part)  # only plain names, like the templates
        used = _placeholders(self.user) | _placeholders(self.system or "")
        declared = set(self.variables)
        if len(declared) != len(self.variables):
            raise ValueError("variables lists a name twice")
        if undeclared := used - declared:
            raise ValueError(f"templates use undeclared variables: {sorted(undeclared)}")
        if unused := declared - used:
            raise ValueError(f"declared variables are never used: {sorted(unused)}")
        return self

    def render(self, **variables: object) -> RenderedPrompt:
        """Fill every variable; a missing or unexpected one raises :class:`PromptError`."""
        values = self._values(f"prompt {self.name!r}", self.variables, variables)
        return RenderedPrompt(
            name=self.name,
            version=self.version,
            system=self.system.format_map(values) if self.system is not None else None,
            user=self.user.format_map(values),
        )

    def part(self, name: str, /, **variables: object) -> str:
        """The part ``name`` with its placeholders filled; an unknown part or a missing or
        unexpected variable raises :class:`PromptError`."""
        template = self.parts.get(name)
        if template is None:
            raise PromptError(
                f"prompt {self.name!r} ({self.version}) has no part {name!r}; "
                f"it has {sorted(self.parts)}"
            )
        names = tuple(sorted(_placeholders(template)))
        values = self._values(f"part {name!r} of prompt {self.name!r}", names, variables)
        return template.format_map(values)

    def _values(
        self, what: str, expected: tuple[str, ...], variables: dict[str, object]
    ) -> dict[str, str]:
        missing = [v for v in expected if v not in variables]
        unexpected = sorted(set(variables) - set(expected))
        if missing or unexpected:
            problems = []
            if missing:
                problems.append(f"missing {missing}")
            if unexpected:
                problems.append(f"unexpected {unexpected}")
            raise PromptError(
                f"{what} ({self.version}): {' and '.join(problems)} variables; "
                f"it takes exactly {list(expected)}"
            )
        return {key: str(value) for key, value in variables.items()}


def prompt_names() -> list[str]:
    """Names of every prompt shipped in the ``prompts`` package."""
    root = resources.files(PROMPT_PACKAGE)
    return sorted(
        entry.name.removesuffix(PROMPT_SUFFIX)
        for entry in root.iterdir()
        if entry.is_file() and entry.name.endswith(PROMPT_SUFFIX)
    )


def parse_prompt(text: str, source: str) -> Prompt:
    """Build a :class:`Prompt` from YAML text; ``source`` names it in error messages."""
    return parse_yaml(text, source, Prompt, error=PromptError)


@lru_cache(maxsize=32)
def load_prompt(name: str) -> Prompt:
    """The prompt ``prompts/<name>.yaml`` from the installed package."""
    resource = resources.files(PROMPT_PACKAGE).joinpath(name + PROMPT_SUFFIX)
    if not name.isidentifier() or not resource.is_file():
        raise PromptError(f"no prompt named {name!r}; the installed prompts are {prompt_names()}")
    prompt = parse_prompt(resource.read_text(encoding="utf-8"), f"prompts/{name}{PROMPT_SUFFIX}")
    if prompt.name != name:
        raise PromptError(f"prompts/{name}{PROMPT_SUFFIX}: its name field says {prompt.name!r}")
    return prompt
