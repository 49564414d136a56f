"""Every word the exports print, in English and Dutch, and how numbers are written.

One table so a translation is fixed in one place. Texts with ``{name}`` fields are
templates: :func:`label` fills them from its keyword arguments.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["nl", "en"]

_LABELS: dict[str, tuple[str, str]] = {  # key: (en, nl)
    # map header
    "journey_map": ("Journey map", "Klantreiskaart"),
    "goal": ("Goal", "Doel"),
    "persona": ("Persona", "Persona"),
    "scenario": ("Scenario", "Scenario"),
    "phase_model": ("Phase model", "Fasemodel"),
    "map_type": ("Map type", "Kaarttype"),
    "data_records": ("Customer data", "Klantdata"),
    "records": ("{n} tagged records", "{n} getagde uitingen"),
    "created": ("Created", "Gemaakt"),
    "version": ("version {n}", "versie {n}"),
    "phase": ("Phase", "Fase"),
    "skipped": ("skipped", "overgeslagen"),
    # lanes (ids as in knowledge/map_types.yaml)
    "lane.customer_actions": ("Customer actions", "Klantacties"),
    "lane.touchpoints": ("Touchpoints", "Contactmomenten"),
    "lane.frontstage": ("Frontstage (touchpoints)", "Voorkant (contactmomenten)"),
    "lane.questions": ("Questions", "Vragen"),
    "lane.needs": ("Needs", "Behoeften"),
    "lane.emotions": ("Emotion", "Emotie"),
    "lane.pain_points": ("Pain points", "Pijnpunten"),
    "lane.opportunities": ("Opportunities", "Kansen"),
    "lane.changes": ("Changes", "Veranderingen"),
    "lane.kpis": ("KPIs", "KPI's"),
    "lane.backstage": ("Backstage", "Achterkant"),
    # element details
    "owner": ("owner", "eigenaar"),
    "kpi": ("KPI", "KPI"),
    "answers": ("answers", "lost op"),
    "ref": ("ref", "bron"),
    "team": ("Team", "Team"),
    "data": ("Data", "Data"),
    # provenance
    "prov.asserted": ("said by the team", "door het team ingebracht"),
    "prov.evidence": ("from customer data", "uit klantdata"),
    "prov.suggested": ("suggested by the assistant", "voorgesteld door de assistent"),
    "badge.asserted": ("team", "team"),
    "badge.evidence": ("data", "data"),
    "badge.suggested": ("suggested", "voorstel"),
    "unconfirmed": ("not yet confirmed", "nog niet bevestigd"),
    "legend.none": ("no mark: {what}", "zonder teken: {what}"),
    # map sections
    "quotes": ("Quotes", "Citaten"),
    "pain_quotes": ("Pain points and quotes", "Pijnpunten en citaten"),
    "emotion_curve": ("Emotion curve", "Emotiecurve"),
    "emotion_curve_note": (
        "The team's rating per phase against the mean emotion in the customer data (-2..+2).",
        "De score van het team per fase naast de gemiddelde emotie in de klantdata (-2..+2).",
    ),
    "no_scores": ("No emotion scores yet.", "Nog geen emotiescores."),
    "customer": ("Customer", "Klant"),
    # backlog
    "backlog": ("Improvement backlog", "Verbeterbacklog"),
    "rank": ("#", "#"),
    "fix": ("Fix", "Verbetering"),
    "pain_points": ("Pain points", "Pijnpunten"),
    "pain_point": ("Pain point", "Pijnpunt"),
    "reach": ("Reach", "Bereik"),
    "impact": ("Impact", "Impact"),
    "effort": ("Effort", "Inspanning"),
    "confidence": ("Confidence", "Zekerheid"),
    "rice": ("RICE", "RICE"),
    "score": ("Score", "Score"),
    "quadrant": ("Quadrant", "Kwadrant"),
    "due": ("Due", "Deadline"),
    "owner_col": ("Owner", "Eigenaar"),
    "ranked_fixes": ("Ranked fixes", "Verbeteringen op volgorde"),
    "ranked_by": ("ranked by {how}", "gerangschikt op {how}"),
    "rank_by.rice": ("RICE", "RICE"),
    "rank_by.quadrant": ("impact/effort quadrant", "impact/inspanning-kwadrant"),
    "rank_by.formula": ("custom formula", "eigen formule"),
    "period": ("last {n} days", "laatste {n} dagen"),
    "count": ("Records", "Uitingen"),
    "share": ("Share", "Aandeel"),
    "trend": ("Trend", "Trend"),
    "trend.new": ("new", "nieuw"),
    "trend.up": ("up", "stijgt"),
    "trend.down": ("down", "daalt"),
    "trend.flat": ("flat", "gelijk"),
    "previous": ("was {n}", "was {n}"),
    "matrix": ("Impact/effort matrix", "Impact/inspanning-matrix"),
    "quadrant.quick_win": ("Quick win", "Quick win"),
    "quadrant.big_bet": ("Big bet", "Groot project"),
    "quadrant.fill_in": ("Fill-in", "Opvuller"),
    "quadrant.money_pit": ("Money pit", "Geldput"),
    # issues
    "rank_of": ("Rank {rank} of {total}", "Plaats {rank} van {total}"),
    "why": ("Why", "Waarom"),
    "scores": ("Scores", "Scores"),
    "details": ("Details", "Details"),
    "acceptance": ("Acceptance", "Acceptatie"),
    "record_ids": ("Records", "Uitingen"),
    "more": ("and {n} more", "en {n} meer"),
    "pain_count": ("{n} records", "{n} uitingen"),
    "of_phase": ("{share} of the phase", "{share} van de fase"),
    "not_set": ("not set", "niet ingesteld"),
    "kb_fix": ("Knowledge-base fix", "Oplossing uit de kennisbank"),
    "thresholds": (
        "high impact from {impact}, high effort from {effort}",
        "hoge impact vanaf {impact}, hoge inspanning vanaf {effort}",
    ),
    "rice_formula": (
        "RICE = reach × impact × confidence / effort",
        "RICE = bereik × impact × zekerheid / inspanning",
    ),
    "no_reach": (
        "no reach from the data yet, so no RICE score",
        "nog geen bereik uit de data, dus geen RICE-score",
    ),
    "accept.pain": (
        "Fewer than {n} records carry “{label}” in the next {days} days",
        "Minder dan {n} uitingen over “{label}” in de volgende {days} dagen",
    ),
    "accept.pain_again": (
        "Fewer than {n} records carry “{label}” when the data is measured again the same way",
        "Minder dan {n} uitingen over “{label}” bij een nieuwe meting op dezelfde manier",
    ),
    "accept.kpi": (
        "{kpi} measurably better than before the release",
        "{kpi} meetbaar beter dan vóór de livegang",
    ),
    "accept.quotes": (
        "The quoted customers' problem no longer occurs (check the records above)",
        "Het probleem uit de citaten komt niet meer voor (controleer de uitingen hierboven)",
    ),
    "accept.default": (
        "The team agrees the pain points above are solved",
        "Het team is het eens dat de pijnpunten hierboven zijn opgelost",
    ),
}


def label(key: str, lang: str, **fields: object) -> str:
    """The text for ``key`` in ``lang`` ("nl" or anything else: English)."""
    en, nl = _LABELS[key]
    text = nl if lang == "nl" else en
    return text.format(**fields) if fields else text


def has_label(key: str) -> bool:
    return key in _LABELS


def number(value: float, lang: str, digits: int = 1) -> str:
    """A readable number: at most ``digits`` decimals, no trailing zeros, "," in Dutch."""
    text = f"{value:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if lang == "nl" else text


def signed(value: float, lang: str) -> str:
    """An emotion score with its sign: +1, 0, -0,8."""
    text = number(value, lang)
    return text if text.startswith("-") or text == "0" else "+" + text


def percent(share: float, lang: str) -> str:
    """0.123 -> 12%, 0.004 -> 0,4%."""
    pct = share * 100
    return number(pct, lang, 0 if pct >= 10 or pct == 0 else 1) + "%"


def plain(value: float, digits: int = 2) -> str:
    """A number for machine-read files (CSV, JSON-like cells): "." decimals, no trailing 0."""
    return number(value, "en", digits)


def quadrant_name(quadrant: str, lang: str) -> str:
    """A quadrant's name in running text and tables ("quick win", "geldput")."""
    return label(f"quadrant.{quadrant}", lang).lower()
