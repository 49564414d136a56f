"""The guided self-audit: whole conversations offline (English and Dutch), with a scripted
LLM on a 127.0.0.1 stub, back/edit/skip, garbage answers, replay, resume, versions."""

from __future__ import annotations

import json
import re
import string

import jsonschema
import pytest

from assistant.audit.assist import LLMAssist
from assistant.audit.context import Context
from assistant.audit.copy import catalogue, say
from assistant.audit.diff import diff_maps
from assistant.audit.engine import start, step
from assistant.audit.parse import parse_command, parse_picks, parse_rating, parse_yes_no
from assistant.audit.refresh import refresh_map
from assistant.audit.state import AuditState
from assistant.journey_map import JourneyMap, json_schema
from tests.audit_fixtures import FINISH, fixed_context, shop_tags

# goal, persona, scenario, audience, complexity, model, map type
OPENING_EN = [
    "Why do customers abandon checkout?",
    "First-time buyer on mobile, price-conscious",
    "1",
    "b2c",
    "2",
    "journey7",
    "yes",
]
OPENING_NL = [
    "Waarom haken klanten af in de checkout van onze webshop?",
    "Eerste koper op mobiel die op de prijs let",
    "1",
    "consumenten",
    "gemiddeld",
    "journey7",
    "ja",
]


def run(ctx: Context, messages: list[str], lang: str | None = None) -> tuple[AuditState, list[str]]:
    state, reply = start(ctx, lang=lang, workspace=ctx.workspace)  # type: ignore[arg-type]
    replies = [reply.text]
    for message in messages:
        state, reply = step(state, message, ctx)
        replies.append(reply.text)
        json.loads(state.model_dump_json())  # serialisable after every turn
    return state, replies


def valid(journey: JourneyMap) -> None:
    jsonschema.validate(json.loads(journey.model_dump_json()), json_schema())


def phase_answers(touch: str, actions: str, questions: str, feel: str, pains: str) -> list[str]:
    return [touch, actions, questions, feel, pains]


def full_en() -> list[str]:
    msgs = list(OPENING_EN)
    msgs += phase_answers("1, 2, Instagram", "see an ad, click", "1", "+2", "none")  # awareness
    msgs += ["skip phase"]  # consideration
    msgs += phase_answers("1, 2", "add to cart, pay", "1", "+1", "slow page")  # purchase
    msgs += ["skip phase"] * 4  # delivery, usage, service, loyalty... and advocacy
    return msgs


def test_whole_conversation_in_english_offline_builds_a_valid_evidence_backed_map() -> None:
    ctx = fixed_context(shop_tags())
    msgs = full_en()
    state, replies = run(ctx, msgs, lang="en")
    text = "\n".join(replies)
    assert "23 tagged customer texts" in replies[0]
    assert "What the data says about Purchase: 12 texts" in text
    assert "[r0001]" in text  # quotes carry their record ids
    # blind spots: purchase rated +1 but the data says -2, and a pain the user did not name
    assert "Blind spot in **Purchase**: you rated the feeling +1" in replies[-1]
    state, reply = step(state, "yes", ctx)  # take the data's rating
    assert "Checkout drop-off" in reply.text  # the unnamed data pain point
    state, reply = step(state, "yes", ctx)  # add it
    purchase = state.map.phase("purchase")
    assert purchase.emotion.user == -2 and purchase.emotion.data == -2.0
    added = [p for p in purchase.pain_points if p.source.kind == "evidence"]
    assert added and added[0].count == 12 and added[0].quotes[0].record_id.startswith("r")
    # the next blind spot (awareness feels better in the data) is declined
    while state.position.step == "blind_spots":
        state, reply = step(state, "no", ctx)
    assert state.position.step == "kpis"
    # KPIs for every phase: take the first suggestion where there is one
    while state.position.step == "kpis":
        state, reply = step(state, "1", ctx)
    while state.position.step == "owners":
        state, reply = step(state, "yes", ctx)
    assert state.position.step == "opportunities"
    while state.position.step == "opportunities":
        state, reply = step(state, "1", ctx)
    # scores: the assistant suggests, explains when asked, the user overrules one
    assert state.position.step == "scores"
    assert "RICE" in reply.text and "quick win" in reply.text
    state, reply = step(state, "why", ctx)  # a fix for the user's own pain point "slow page"
    assert "There is no reach" in reply.text and "knowledge base's estimates" in reply.text
    state, reply = step(state, "impact 5, effort 9", ctx)
    assert "impact and effort are 1 to 5" in reply.text and state.position.step == "scores"
    state, reply = step(state, "impact 5, effort 1, confidence high, reach 30", ctx)
    assert "reach 12" in reply.text  # the next fix answers the data's pain point
    state, reply = step(state, "waarom", ctx)
    assert "Reach is 12" in reply.text
    while state.position.step == "scores":
        state, reply = step(state, "yes", ctx)
    assert state.position.step == "review"
    state, reply = step(state, "done", ctx)
    assert reply.finished and state.finished
    journey = state.map
    valid(journey)
    assert journey.goal and journey.goal.source.kind == "asserted"
    awareness = journey.phase("awareness")
    kinds = {t.text: t.source.kind for t in awareness.touchpoints}
    assert kinds["Instagram"] == "asserted" and "suggested" in kinds.values()
    assert awareness.touchpoints[0].owner is not None  # owner suggested and accepted
    assert journey.phase("consideration").skipped
    purchase = journey.phase("purchase")
    accepted = [o for o in purchase.opportunities if o.kept]
    rejected = [o for o in purchase.opportunities if not o.kept]
    assert accepted and accepted[0].fix_id and rejected  # decisions are kept on record
    first = accepted[0]
    assert (first.impact, first.effort, first.confidence, first.reach) == (5, 1, 1.0, 30)
    assert first.scored_by == "asserted"
    assert all(o.scored_by == "suggested" for o in accepted[1:])
    assert any(k.source.kind == "suggested" for k in purchase.kpis)


def test_whole_conversation_in_dutch_on_an_empty_workspace() -> None:
    ctx = fixed_context([])
    msgs = list(OPENING_NL)
    msgs += phase_answers("1, 2, Instagram", "zoeken op google, reviews lezen", "1", "0", "geen")
    msgs += FINISH
    state, replies = run(ctx, msgs)  # language detected from the answers
    assert "no tagged customer data yet" in replies[0]
    assert "(Ik ga verder in het Nederlands.)" in replies[1]
    assert "Welke klant volgen we?" in replies[1]
    assert state.lang == "nl" and state.map.language == "nl"
    assert "Blinde vlek" not in "\n".join(replies)
    assert state.finished
    valid(state.map)
    awareness = state.map.phase("awareness")
    assert [a.text for a in awareness.actions] == ["zoeken op google", "reviews lezen"]
    assert awareness.emotion.user == 0 and awareness.emotion.data is None
    assert state.map.data_records == 0


def test_commands_in_both_languages() -> None:
    assert parse_command("terug").name == "back"  # type: ignore[union-attr]
    assert parse_command("overslaan").name == "skip"  # type: ignore[union-attr]
    assert parse_command("uitleg persona").arg == "persona"  # type: ignore[union-attr]
    assert parse_command("wijzig Aankoop").name == "edit"  # type: ignore[union-attr]
    assert parse_command("klaar").name == "done"  # type: ignore[union-attr]
    assert parse_command("fase overslaan").name == "skip_phase"  # type: ignore[union-attr]
    assert parse_command("we lose customers at the payment step") is None


@pytest.mark.parametrize(
    ("text", "count", "picked", "own"),
    [
        ("1, 3, live chat", 5, [0, 2], ["live chat"]),
        ("2-4", 5, [1, 2, 3], []),
        ("1 3", 4, [0, 2], []),
        ("alle", 3, [0, 1, 2], []),
        ("website\nemail", 2, [], ["website", "email"]),
    ],
)
def test_picks(text: str, count: int, picked: list[int], own: list[str]) -> None:
    result = parse_picks(text, count)
    assert (result.picked, result.own) == (picked, own)


@pytest.mark.parametrize(
    ("text", "value"),
    [("-1", -1), ("+2", 2), ("0", 0), ("zeer negatief", -2), ("pretty good", 1), ("7", None)],
)
def test_ratings(text: str, value: int | None) -> None:
    assert parse_rating(text) == value


def test_yes_no_both_languages() -> None:
    assert [parse_yes_no(t) for t in ("ja", "yes", "nee", "no", "misschien")] == [
        True,
        True,
        False,
        False,
        None,
    ]


def test_garbage_gets_a_helpful_reask_and_never_a_crash() -> None:
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [], lang="en")
    for junk in ["", "   ", "????", "!!!", "zzzzzz"]:
        state, reply = step(state, junk, ctx)
        assert state.position.step == "goal"
        assert "skip" in reply.text
    state, _ = run(ctx, OPENING_EN[:3], lang="en")
    state, reply = step(state, "martians", ctx)  # audience
    assert "B2C" in reply.text and state.position.step == "audience"
    state, _ = run(ctx, OPENING_EN, lang="en")
    for junk, says in [
        ("99", "not on the list"),
        ("🙂", "couldn't read"),
        ("x" * 5000, "couldn't"),
    ]:
        state, reply = step(state, junk, ctx)
        assert says in reply.text and state.position.field == "touchpoints"
    state, reply = step(state, "none", ctx)
    state, reply = step(state, "skip", ctx)
    state, reply = step(state, "skip", ctx)
    state, reply = step(state, "purple elephants", ctx)
    assert state.position.field == "feeling" and "-2" in reply.text


def test_back_and_edit_return_to_where_the_user_was() -> None:
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*OPENING_EN, "1", "browse"], lang="en")
    assert state.position.field == "questions"
    state, reply = step(state, "back", ctx)
    assert state.position.field == "actions"
    state, reply = step(state, "browse, compare", ctx)
    assert [a.text for a in state.map.phase("awareness").actions] == ["browse", "compare"]
    state, reply = step(state, "edit goal", ctx)
    assert state.position.step == "goal"
    state, reply = step(state, "Why do mobile buyers stop at payment?", ctx)
    assert state.position.field == "questions"  # back where we were
    assert state.map.goal and state.map.goal.text.startswith("Why do mobile")
    state, reply = step(state, "edit purchase", ctx)
    assert "Phase 3/7: **Purchase**" in reply.text
    for answer in ["none", "pay", "skip", "-2", "none"]:
        state, reply = step(state, answer, ctx)
    assert state.position.field == "questions" and state.position.phase == 0
    assert state.map.phase("purchase").emotion.user == -2
    state, reply = step(state, "edit nowhere", ctx)
    assert "I don't know the phase or step" in reply.text


def test_explain_status_evidence_answer_without_moving() -> None:
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*OPENING_EN, "skip phase", "skip phase"], lang="en")
    before = state.position
    state, reply = step(state, "explain touchpoint", ctx)
    assert "(knowledge base: glossary `touchpoint`)" in reply.text
    state, reply = step(state, "uitleg zzzqqq", ctx)
    assert "nothing on" in reply.text
    state, reply = step(state, "status", ctx)
    assert "Phases filled" in reply.text
    state, reply = step(state, "evidence", ctx)
    assert "What the data says about Purchase" in reply.text
    assert state.position == before


def test_transcript_replays_to_the_same_map() -> None:
    state, _ = run(fixed_context(shop_tags()), full_en() + ["yes"] * 3 + FINISH, lang="en")
    replayed, _ = run(fixed_context(shop_tags()), state.messages, lang="en")
    assert replayed.map == state.map
    assert replayed.model_dump() == state.model_dump()


def test_refresh_and_diff_track_newer_data() -> None:
    state, _ = run(fixed_context(shop_tags()), [*full_en(), "yes", "yes", *FINISH], lang="en")
    old = state.map
    newer = fixed_context(shop_tags(scale=2)).evidence("journey7")
    fresh = refresh_map(old, newer).model_copy(update={"version": 2})
    assert fresh.phase("purchase").emotion.data_count == 24
    added = [p for p in fresh.phase("purchase").pain_points if p.source.kind == "evidence"]
    assert added[0].count == 24
    changes = diff_maps(old, fresh)
    texts = [c.text for c in changes.changes]
    assert any("n=12" in t and "n=24" in t for t in texts)
    assert any("Checkout drop-off: 12 -> 24" in t for t in texts)
    assert diff_maps(old, old).empty


def test_copy_has_both_languages_with_the_same_placeholders() -> None:
    fields = string.Formatter()
    for key, entry in catalogue().items():
        # a singular form ("1 tekst") comes in both languages or not at all
        assert set(entry) in ({"en", "nl"}, {"en", "nl", "en_one", "nl_one"}), key
        if isinstance(entry["en"], str):
            en = {f for _, f, _, _ in fields.parse(entry["en"]) if f}
            for form in set(entry) - {"en"}:
                other = {f for _, f, _, _ in fields.parse(entry[form]) if f}
                assert other == en, (key, form)


def test_one_text_is_singular_in_both_languages() -> None:
    """ "1 teksten" was printed in a Dutch session."""
    assert say("count_records", "nl", count=1) == "1 tekst"
    assert say("count_records", "nl", count=2) == "2 teksten"
    assert say("count_records", "en", count=1) == "1 text"
    assert "1 gelabelde klanttekst;" in say("data_summary", "nl", workspace="w", count=1)


# --- with a language model (OpenAI client against a stub on 127.0.0.1) ------------------


def scripted_llm(request: dict) -> dict:  # type: ignore[type-arg]
    """Answers like a model would, by task: the stub reads what the engine asked."""
    system = request["messages"][0]["content"]
    user = request["messages"][-1]["content"]
    answer = re.search(r"<answer>\n(.*)\n</answer>", user, re.DOTALL)
    said = answer.group(1) if answer else ""
    if "Split the answer" in system:
        if "Instagram" in said:
            return {"picked": [2], "own": ["Instagram stories"]}
        return {"picked": [], "own": [p.strip() for p in said.split(" and ")]}
    if "how the customer feels" in system:
        return {"rating": -1 if "annoy" in said else 1}
    if "yes or no" in system:
        return {"yes": "sure thing" in said}
    if "Suggest concrete fixes" in system:
        return {"fixes": ["Show delivery costs on the product page"]}
    return {"text": "A touchpoint is any moment of contact (from the knowledge base)."}


def test_conversation_with_a_scripted_llm_fills_the_same_fields() -> None:
    from langchain_openai import ChatOpenAI

    from evals.openai_stub import StubServer

    with StubServer(scripted_llm) as stub:
        chat = ChatOpenAI(model="stub", base_url=stub.base_url, api_key="test", max_retries=0)
        assist = LLMAssist(chat)
        ctx = fixed_context(shop_tags())
        ctx.assist = assist
        msgs = [
            *OPENING_EN,
            "They mostly see us on social media and in Instagram stories really",
            "they scroll their feed and then tap the ad and look around",
            "1",
            "honestly they are a bit annoyed by the amount of ads they see",
            "none",
        ]
        state, _replies = run(ctx, msgs, lang="en")
        awareness = state.map.phase("awareness")
        assert [t.text for t in awareness.touchpoints][-1] == "Instagram stories"
        assert awareness.touchpoints[0].source.kind == "suggested"
        assert [a.text for a in awareness.actions] == [
            "they scroll their feed",
            "then tap the ad",
            "look around",
        ]
        assert awareness.emotion.user == -1
        state, reply = step(state, "explain touchpoint", ctx)
        assert "moment of contact" in reply.text and "knowledge base" in reply.text
        valid(state.map)
        # touchpoints, actions, feeling, explain: one call each, none failed
        assert assist.calls == 4 and assist.failures == 0
        assert stub.calls == assist.calls


def test_yes_takes_every_suggestion_and_no_takes_none() -> None:
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*OPENING_EN, "yes"], lang="en")
    awareness = state.map.phase("awareness")
    assert len(awareness.touchpoints) >= 3
    assert all(t.source.kind in ("suggested", "evidence") for t in awareness.touchpoints)
    state, _ = run(ctx, [*OPENING_EN, "nee"], lang="en")
    assert state.map.phase("awareness").touchpoints == []


def test_pain_points_of_one_pattern_count_together_across_languages() -> None:
    from assistant.audit.evidence import build_evidence
    from tests.audit_fixtures import tag

    tags = [tag(1, "purchase", "frustration", -2, "Checkout drop-off", "kapot")]
    tags += [tag(2, "purchase", "frustration", -2, "Afhaken in de checkout", "stuk")]
    ctx = fixed_context(tags)
    data = build_evidence(tags, ctx.kb, ctx.kb.phase_model("journey7"))
    pains = data.of("purchase").pains
    assert len(pains) == 1 and pains[0].count == 2 and pains[0].pattern == "checkout_dropoff"


def test_yes_at_the_fixes_accepts_every_candidate_and_the_goal_titles_the_map() -> None:
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*full_en(), "yes", "yes"], lang="en")
    while state.position.step != "opportunities":
        state, _ = step(state, "no" if state.position.step == "blind_spots" else "1", ctx)
    state, _ = step(state, "yes", ctx)
    opportunities = state.map.phase("purchase").opportunities
    assert opportunities and all(o.kept and o.fix_id for o in opportunities)
    for message in FINISH:
        state, _ = step(state, message, ctx)
    assert state.finished and state.map.title == "Why do customers abandon checkout?"


def test_yes_with_numbers_at_the_fixes_takes_only_those_numbers() -> None:
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*full_en(), "yes", "yes"], lang="en")
    while state.position.step != "opportunities":
        state, _ = step(state, "no" if state.position.step == "blind_spots" else "1", ctx)
    assert len(state.offers) >= 2
    state, _ = step(state, "yes 1", ctx)
    kept = [o for o in state.map.phase("purchase").opportunities if o.kept]
    assert len(kept) == 1  # before: "yes 1" took every candidate


class CountingAssist:
    """A stand-in model that answers nothing but counts how often fixes are asked for."""

    def __init__(self) -> None:
        self.fix_calls = 0

    def extract_list(self, *args: object) -> None:
        return None

    def extract_rating(self, *args: object) -> None:
        return None

    def extract_yes_no(self, *args: object) -> None:
        return None

    def explain(self, *args: object) -> None:
        return None

    def suggest_fixes(self, *args: object) -> list[str]:
        self.fix_calls += 1
        return [f"Model fix {self.fix_calls}"]


def test_model_fixes_are_asked_once_per_pain_point_so_numbers_stay_put() -> None:
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*full_en(), "yes", "yes"], lang="en")
    while state.position.step != "opportunities":
        state, _ = step(state, "no" if state.position.step == "blind_spots" else "1", ctx)
    assist = CountingAssist()
    ctx.assist = assist
    for command in ("help", "status", "evidence", "help"):
        state, reply = step(state, command, ctx)
        assert "Model fix 1" in reply.text
    assert assist.fix_calls == 1


def test_resume_shows_where_it_stands_without_recording_a_turn() -> None:
    from assistant.audit.engine import resume

    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, OPENING_EN[:2], lang="en")
    reply = resume(state, ctx)
    assert "step scenario" in reply.text and "Which scenario" in reply.text
    assert state.messages == OPENING_EN[:2]


def test_assist_retries_a_rate_limit_and_counts_a_call_that_keeps_failing() -> None:
    from langchain_openai import ChatOpenAI

    from evals.openai_stub import Reply, StubServer

    with StubServer(scripted_llm) as stub:
        chat = ChatOpenAI(model="stub", base_url=stub.base_url, api_key="test", max_retries=0)
        waits: list[float] = []
        assist = LLMAssist(chat, sleep=waits.append)
        stub.enqueue(Reply(status=429, headers={"Retry-After": "2"}))
        assert assist.extract_rating("How?", "a bit annoyed", "en") == -1
        assert waits == [2.0] and assist.calls == 2 and assist.failures == 0
        stub.enqueue(*[Reply(status=500)] * 3)
        assert assist.extract_rating("How?", "a bit annoyed", "en") is None
        assert assist.failures == 1 and assist.calls == 5  # one try and two retries
        stub.enqueue(Reply(status=400))
        assert assist.extract_yes_no("Add?", "sure thing", "en") is None  # not retried
        assert assist.failures == 2 and assist.calls == 6


def test_texts_with_no_sign_of_their_phase_stay_off_the_map_and_are_counted() -> None:
    from assistant.audit.engine import start
    from assistant.audit.evidence import build_evidence
    from tests.audit_fixtures import tag

    tags = shop_tags()
    tags += [tag(900 + i, "unknown", "neutral", 0, None, "DM sent") for i in range(4)]
    ctx = fixed_context(tags)
    data = build_evidence(tags, ctx.kb, ctx.kb.phase_model("journey7"))
    assert data.unplaced == 4 and data.total == len(tags) - 4
    assert sum(p.count for p in data.phases.values()) == len(tags) - 4
    _, reply = start(ctx, lang="en")
    assert "4 more gave no sign of their journey phase" in reply.text


def test_done_in_the_middle_of_the_phases_leads_through_the_closing_steps() -> None:
    """`klaar` halfway used to end the audit at once: no blind spots, KPIs or fixes."""
    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [*OPENING_NL], lang="nl")
    assert state.position.step == "phase"
    state, reply = step(state, "klaar", ctx)
    assert not state.finished and "De overige fasen blijven open" in reply.text
    assert state.position.step == "blind_spots" and state.blind_spots  # the data disagrees
    seen = {state.position.step}
    while state.position.step == "blind_spots":  # take the data's pain points on the map
        state, reply = step(state, "ja", ctx)
    while not state.finished:
        seen.add(state.position.step)
        state, reply = step(state, "klaar", ctx)
    assert {"blind_spots", "kpis", "opportunities", "review"} <= seen
    assert reply.finished and any(p.pain_points for p in state.map.phases)


@pytest.mark.parametrize(
    "goal",
    [
        "Why do customers abandon checkout and complain after delivery?",
        "Waarom haken klanten af bij het afrekenen en klagen ze na de bezorging?",
    ],
)
def test_the_recommended_phase_model_gives_each_phase_of_the_goal_its_own_phase(goal: str) -> None:
    """RACE was recommended for this goal: its one 'engage' phase holds delivery and more."""
    from assistant.audit.opening import goal_phases, recommend, separates

    ctx = fixed_context(shop_tags())
    state, _ = run(ctx, [goal, "First-time buyer", "1", "b2c", "2"], lang="en")
    assert goal_phases(goal) == {"purchase", "delivery"}
    best = recommend(state, ctx)[0]
    assert best.id != "race" and separates(best, {"purchase", "delivery"})
    assert not separates(ctx.kb.phase_model("race"), {"purchase", "delivery"})
