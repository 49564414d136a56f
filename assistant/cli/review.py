"""`journey review`: walk the tags most worth a human look, accept or correct each with a key.

On a terminal every choice is one keystroke; with stdin from a pipe or file each answer
is one line, so a review can be scripted. Every answer is stored as a correction (who and
when), which the local classifier learns from the next time it tags.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.markup import escape
from rich.text import Text

from assistant.cli.data import WorkspaceOpt, open_services, workspace_name
from assistant.cli.ui import out, preparing

if TYPE_CHECKING:
    from assistant.classify.base import Tag, Taxonomy
    from assistant.classify.review import Opinion, ReviewItem
    from assistant.models import Record
    from assistant.services import Services

SOURCES = {"local": "local classifier", "llm": "LLM", "neighbours": "nearest examples"}


class EndOfInput(Exception):
    """The user quit (q, Ctrl-D) or the scripted answers ran out."""


class Keys:
    """Answers from stdin: one key on a terminal (no Enter needed), else one line each."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty() and os.name == "posix"

    def key(self) -> str:
        if not self.tty:
            return self.line()
        import termios
        import tty

        fd = self.stream.fileno()
        saved = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd, termios.TCSANOW)  # keys typed ahead count; Ctrl-C still works
            data = os.read(fd, 32).decode(errors="ignore")
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
        if not data or data[0] == "\x04":
            raise EndOfInput
        answer = "" if data[0] in "\x1b\r\n" else data[0].lower()
        out.print(answer)  # echo is off while a key is read
        return answer

    def line(self) -> str:
        answer = self.stream.readline()
        if answer == "":
            raise EndOfInput
        answer = answer.strip().lower()
        if not self.tty:
            out.print(answer)  # so that a scripted session reads like a transcript
        return answer

    def choice(self, count: int) -> str:
        """A number: one key when there are at most nine options on a terminal."""
        return self.key() if count <= 9 else self.line()


def who_am_i() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def describe(opinion: Opinion) -> str:
    name = SOURCES.get(opinion.source, opinion.source)
    name = f"{name} (LLM fallback)" if opinion.fallback else name
    return (
        f"{name:<32} {opinion.phase} {opinion.phase_confidence:.2f} · "
        f"{opinion.emotion} {opinion.emotion_confidence:.2f}"
    )


def show(item: ReviewItem, position: str, record: Record | None) -> None:
    from assistant.classify.review import Opinion, excerpt

    why = f"low confidence {item.confidence:.2f}"
    if item.differs:
        why = f"classifiers disagree on {' and '.join(item.differs)}, " + why
    where = f"{record.source_type} {record.external_id} · {record.language} · " if record else ""
    out.print(f"\n[bold]── {position}[/] {escape(where)}record {item.tag.item_id} · {why}")
    before, quote, after = excerpt(record.text if record else "", item.tag.evidence)
    body = Text("  ") + Text(before)
    if quote:
        body += Text("«") + Text(quote, style="bold yellow") + Text("»")
    out.print(body + Text(after))
    out.print(f"  1 {describe(Opinion.of(item.tag))}")
    if item.second is not None:
        out.print(f"  2 {describe(item.second)}" + ("" if item.differs else "  (agrees)"))


def menu(item: ReviewItem) -> str:
    take = " · [1]/[2] take an opinion" if item.differs else ""
    return f"  [a]ccept{take} · [p]hase · [e]motion · [c] both · [s]kip · [q]uit > "


def pick(keys: Keys, what: str, options: list[str]) -> str | None:
    """One of ``options`` by number; None (Enter or Escape) goes back."""
    out.print("  " + "  ".join(f"{n} {o}" for n, o in enumerate(options, 1)))
    while True:
        out.print(f"  {what} number (Enter goes back) > ", end="")
        answer = keys.choice(len(options))
        if not answer or (answer.isdigit() and 1 <= int(answer) <= len(options)):
            return options[int(answer) - 1] if answer else None
        out.print(f"  Pick a number from 1 to {len(options)}.")


def decide(keys: Keys, item: ReviewItem, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """The labels the user settles on, or None to skip; raises EndOfInput on quit."""
    tag, second = item.tag, item.second
    while True:
        out.print(escape(menu(item)), end="")
        key = keys.key()
        phase, emotion = tag.phase, tag.emotion
        if key in ("a", "1"):
            return phase, emotion
        if key == "2" and item.differs and second is not None:
            return second.phase, second.emotion
        if key in ("p", "c"):
            phase = pick(keys, "phase", taxonomy.phase_ids) or ""
        if key in ("e", "c") and phase:
            emotion = pick(keys, "emotion", taxonomy.emotion_ids) or ""
        if key in ("p", "e", "c"):
            if phase and emotion:
                return phase, emotion
            continue
        if key == "s":
            return None
        if key == "q":
            raise EndOfInput
        out.print("  Press a, p, e, c, s or q" + (", 1 or 2." if item.differs else "."))


@dataclass
class Session:
    """One review: where answers go and what they did."""

    services: Services
    workspace: str
    taxonomy: Taxonomy
    who: str
    confirmed: int = 0
    corrected: int = 0
    skipped: int = 0

    def save(self, tag: Tag, phase: str, emotion: str) -> bool:
        """Store the human label as a correction and as the record's tag. Returns whether
        the local classifier learns it: it learns journey7 labels, so another model's phase
        counts only when it maps onto exactly one journey7 phase."""
        store, ws = self.services.tags, self.workspace
        store.label_by_human(ws, tag, phase, emotion, self.who)
        learned = tag.phase_model == "journey7"
        if not learned:
            maps_to = next(p.maps_to for p in self.taxonomy.phases if p.id == phase)
            if len(maps_to) == 1:
                store.correct(ws, tag.item_id, maps_to[0], emotion, self.who)
                learned = True
        return learned

    def learned(self) -> str:
        total = self.services.tags.count_corrections(self.workspace)
        return f"Corrections learned: {total} (this session {self.confirmed + self.corrected})"

    def walk(self, queue: list[ReviewItem], records: dict[str, Record], keys: Keys) -> None:
        for position, item in enumerate(queue, 1):
            show(item, f"{position}/{len(queue)}", records.get(item.tag.item_id))
            labels = decide(keys, item, self.taxonomy)
            if labels is None:
                self.skipped += 1
                continue
            learned = self.save(item.tag, *labels)
            note = "" if learned else " (stored; not learned: the phase spans several)"
            if labels == (item.tag.phase, item.tag.emotion):
                self.confirmed, verb = self.confirmed + 1, "Confirmed"
            else:
                self.corrected, verb = self.corrected + 1, "Corrected"
            who = escape(self.who)
            out.print(f"  {verb} {labels[0]} / {labels[1]} by {who}{note}. {self.learned()}")


def review(
    workspace: WorkspaceOpt = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000, help="Items to walk.")] = 20,
    phase_model: Annotated[
        str, typer.Option("--phase-model", help="Phase model id or YAML.")
    ] = "journey7",
    who: Annotated[str | None, typer.Option("--who", help="Your name (default: login).")] = None,
) -> None:
    """Walk the tags most worth a look (low confidence, classifiers that disagree) and accept
    or correct each with one key; the local classifier learns from every answer."""
    from assistant.classify.base import Taxonomy
    from assistant.kb.loader import load_knowledge
    from assistant.usecases.review import build_queue

    services = open_services()
    interrupted = False
    try:
        ws = workspace_name(services, workspace)
        kb = load_knowledge(services.settings.user_phase_model_dirs)
        taxonomy = Taxonomy.from_knowledge(kb, phase_model)
        with preparing(local_model=services.settings.local_model):
            queue, records, tagged = build_queue(services, ws, taxonomy, limit)
        if not queue:
            out.print(
                f"Nothing to review in {escape(ws)}: a human confirmed every tag."
                if tagged
                else f"No {taxonomy.phase_model} tags in {escape(ws)} yet: "
                f"run `journey tag --workspace {escape(ws)}` first."
            )
            return
        session = Session(services, ws, taxonomy, who or who_am_i())
        out.print(
            f"Reviewing {len(queue)} of {tagged} tags in {escape(ws)} ({taxonomy.phase_model}), "
            f"most worth a look first. {session.learned()}"
        )
        try:
            session.walk(queue, records, Keys(sys.stdin))
        except EndOfInput:
            pass
        except KeyboardInterrupt:
            interrupted = True
            out.print("\nStopped.")
        out.print(
            f"\nConfirmed {session.confirmed} · corrected {session.corrected} · "
            f"skipped {session.skipped}. {session.learned()}"
        )
        out.print(f"Run `journey tag --workspace {escape(ws)}` to re-tag with what it learned.")
    finally:
        services.close()
    if interrupted:
        raise typer.Exit(130)


def register(app: typer.Typer) -> None:
    app.command()(review)
