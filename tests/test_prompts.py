"""Prompts are versioned files in prompts/: every one renders, every part renders, and the
typed loader refuses a missing, unexpected or undeclared variable."""

from __future__ import annotations

import string

import pytest

from assistant.prompts import PromptError, load_prompt, parse_prompt, prompt_names


@pytest.mark.parametrize("name", prompt_names())
def test_every_prompt_renders(name: str) -> None:
    prompt = load_prompt(name)
    assert prompt.version and prompt.name == name
    values = {v: f"<<{v}>>" for v in prompt.variables}
    rendered = prompt.render(**values)
    text = (rendered.system or "") + rendered.user
    assert all(value in text for value in values.values())
    assert "{" not in text.replace("{{", "")  # no placeholder left behind
    assert rendered.version == prompt.version
    if prompt.variables:
        with pytest.raises(PromptError, match="missing"):
            prompt.render(**dict(list(values.items())[1:]))
    with pytest.raises(PromptError, match="unexpected"):
        prompt.render(**values, surprise="x")


@pytest.mark.parametrize(
    ("name", "part"),
    [(name, part) for name in prompt_names() for part in sorted(load_prompt(name).parts)],
)
def test_every_part_renders(name: str, part: str) -> None:
    prompt = load_prompt(name)
    template = prompt.parts[part]
    names = [field for _, field, _, _ in string.Formatter().parse(template) if field]
    values = {v: f"<<{v}>>" for v in names}
    text = prompt.part(part, **values)
    assert all(value in text for value in values.values())
    assert text.strip()
    with pytest.raises(PromptError, match="unexpected"):
        prompt.part(part, **values, surprise="x")
    if names:
        with pytest.raises(PromptError, match="missing"):
            prompt.part(part)


def test_prompts_are_checked_when_loaded() -> None:
    assert {"classify", "classify_reask", "audit_assist", "pain_label", "reask"} <= set(
        prompt_names()
    )
    with pytest.raises(PromptError, match="undeclared"):
        parse_prompt("name: x\nversion: x-v1\nvariables: [a]\nuser: '{a} {b}'\n", "x.yaml")
    with pytest.raises(PromptError, match="never used"):
        parse_prompt("name: x\nversion: x-v1\nvariables: [a, c]\nuser: '{a}'\n", "x.yaml")
    with pytest.raises(PromptError, match="version"):
        parse_prompt("name: x\nuser: 'hi'\n", "x.yaml")
    with pytest.raises(PromptError, match="plain name"):
        parse_prompt("name: x\nversion: v\nuser: hi\nparts: {p: '{a:>3}'}\n", "x.yaml")
    with pytest.raises(PromptError, match="no prompt named"):
        load_prompt("does_not_exist")
    with pytest.raises(PromptError, match="has no part 'nope'"):
        load_prompt("classify").part("nope")
    braces = parse_prompt("name: x\nversion: v\nvariables: [a]\nuser: '{{ {a} }}'\n", "x")
    assert braces.render(a="{b}").user == "{ {b} }"


def test_a_part_takes_a_variable_called_name() -> None:
    prompt = load_prompt("classify")
    assert prompt.part("phase", id="a", name="A", definition="d") == "- a (A): d"


def test_the_classifier_prompt_keeps_its_version() -> None:
    """Moving the envelopes into the file left every rendered prompt as it was (checked
    byte for byte when they moved), so the version and the tag cache stay valid."""
    assert load_prompt("classify").version == "classify-v3"
    part = load_prompt("classify").part
    block = part("item", id="r1", attributes=part("rating", rating="1", scale=5), text="Hi")
    assert block == '<item id="r1" rating="1 of 5">\nHi\n</item>'
