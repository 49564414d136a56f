"""A fixed journey map and backlog for the export tests (and their golden files).

Dutch text with diacritics ("één", "ë", "café"), every kind of provenance, a quote with a
newline, a pipe, ':' '#' ';' in texts, a rejected suggestion that must stay off the map,
a phase with only the team's score and one with only the data's, a skipped phase, and a
backlog with a tie, a fix without reach and a fix in every quadrant. Timestamps are fixed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal

from assistant.backlog.model import Backlog, BacklogFix, PainCluster
from assistant.journey_map import (
    Element,
    EmotionScore,
    JourneyMap,
    Kpi,
    MapTypeId,
    Opportunity,
    PainPoint,
    PhaseMap,
    Quote,
    Source,
    Touchpoint,
    asserted,
    evidence,
    suggested,
)

CREATED = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
Lang = Literal["nl", "en"]
REJECTED = "Wat kost verzending naar België?"
REJECTED_PAIN = "Te weinig betaalmethoden"


def _a(text: str) -> Element:
    return Element(text=text, source=asserted())


def build_map(language: Lang = "nl", map_type: MapTypeId = "current_state") -> JourneyMap:
    consideration = PhaseMap(
        id="consideration",
        name="Overweging",
        touchpoints=[
            Touchpoint(
                text="Vergelijkingssite",
                source=suggested(ref="comparison_site"),
                id="comparison_site",
                owner=_a("Marketing"),
            ),
            Touchpoint(
                text="Productpagina",
                source=asserted(),
                owner=Element(text="E-commerceteam", source=suggested()),
            ),
        ],
        actions=[_a("Vergelijkt prijzen per kilo")],
        questions=[
            _a("Is de koffie ook écht fairtrade?"),
            Element(text=REJECTED, source=suggested(accepted=False)),
        ],
        emotion=EmotionScore(
            user=1, data=0.4, data_count=18, mix={"doubt": 7, "trust": 6, "neutral": 5}
        ),
        pain_points=[
            PainPoint(
                text="Verzendkosten pas zichtbaar bij afrekenen",
                source=evidence(["r-0107", "r-0111"], 12),
                count=12,
                share=0.18,
                quotes=[
                    Quote(
                        record_id="r-0107",
                        text="Pas bij het afrekenen zag ik €4,95 verzendkosten: "
                        "dat had ik eerder willen weten.",
                    )
                ],
            )
        ],
        opportunities=[
            Opportunity(
                text="Toon verzendkosten op de productpagina",
                source=suggested(ref="show_costs_early"),
                fix_id="show_costs_early",
                pain_point="Verzendkosten pas zichtbaar bij afrekenen",
                kpi="Conversieratio",
            )
        ],
    )
    purchase = PhaseMap(
        id="purchase",
        name="Aankoop",
        touchpoints=[
            Touchpoint(text="Webshop-checkout", source=asserted(), owner=_a("E-commerceteam"))
        ],
        actions=[
            _a("Rekent af met iDEAL"),
            Element(text="Maakt een account aan", source=suggested(accepted=None)),
        ],
        emotion=EmotionScore(
            user=-1, data=-0.9, data_count=25, mix={"frustration": 11, "confusion": 8, "doubt": 6}
        ),
        pain_points=[
            PainPoint(
                text="Betaling mislukt | foutcode onduidelijk",
                source=evidence(["r-0213", "r-0220"], 9),
                count=9,
                share=0.36,
                quotes=[
                    Quote(record_id="r-0213", text="Betaling mislukt.\nGeen idee waarom."),
                    Quote(record_id="r-0220", text="Foutcode E-17 <onbekend> & niemand helpt"),
                ],
            ),
            PainPoint(text=REJECTED_PAIN, source=suggested(accepted=False)),
        ],
        opportunities=[
            Opportunity(
                text="Duidelijke foutmelding met oplossing",
                source=asserted(),
                kpi="Checkout-conversie",
            )
        ],
        kpis=[Kpi(text="Checkout-conversie", source=suggested(ref="checkout_conversion"))],
    )
    delivery = PhaseMap(
        id="delivery",
        name="Levering",
        touchpoints=[
            Touchpoint(
                text="PostNL: track & trace",
                source=evidence(["r-0311", "r-0342", "r-0350"], 31),
                owner=_a("Logistiek"),
            )
        ],
        actions=[
            _a("Volgt het pakket #3 keer per dag"),
            _a("Belt de klantenservice; wacht 20 min"),
        ],
        emotion=EmotionScore(
            data=-1.6,
            data_count=44,
            mix={"frustration": 30, "disappointment": 10, "urgency": 4},
        ),
        pain_points=[
            PainPoint(
                text="Pakket komt een week te laat",
                source=evidence(["r-0311", "r-0342"], 27),
                count=27,
                share=0.61,
                quotes=[
                    Quote(
                        record_id="r-0311",
                        text="Ik wacht al één week op mijn bestelling, niemand laat iets weten.",
                    ),
                    Quote(record_id="r-0342", text="Café-bonen besteld, na 8 dagen nog niets."),
                ],
            )
        ],
        opportunities=[
            Opportunity(
                text="Proactieve vertragingsmail",
                source=suggested(ref="proactive_delay_notice"),
                pain_point="Pakket komt een week te laat",
                kpi="Klachten over levering",
            )
        ],
        backstage=[
            _a("Magazijn pakt in vóór 14:00"),
            Element(text="WMS-koppeling", source=suggested()),
        ],
    )
    usage = PhaseMap(
        id="usage",
        name="Gebruik en service",
        actions=[_a("Zet koffie met de nieuwe bonen")],
        emotion=EmotionScore(user=2),
        kpis=[Kpi(text="NPS", source=asserted())],
    )
    loyalty = PhaseMap(id="loyalty", name="Loyaliteit", skipped=True)
    return JourneyMap(
        id="map-cafe-een",
        version=2,
        title="Online bestellen bij Café Één",
        language=language,
        workspace="cafe-een",
        goal=_a("Meer herhaalaankopen via de webshop"),
        persona=Element(text="Zoë, 34, bestelt één keer per maand koffiebonen", source=suggested()),
        scenario=_a("Zoë bestelt haar vaste bonen opnieuw en wacht op de levering"),
        phase_model="journey7",
        phase_model_source=Source(kind="suggested", ref="journey7", accepted=True),
        map_type=map_type,
        phases=[consideration, purchase, delivery, usage, loyalty],
        data_records=87,
        created_at=CREATED,
    )


def _fix(fix_id: str, title: str, **fields: object) -> BacklogFix:
    return BacklogFix.model_validate({"id": fix_id, "title": title, **fields})


def build_backlog(language: Lang = "nl") -> Backlog:
    late = PainCluster(
        id="pc-delivery-late",
        phase="delivery",
        label="Pakket komt te laat",
        keywords=["te laat", "week", "levering"],
        count=27,
        share=0.61,
        previous_count=15,
        trend="up",
        quotes=[
            Quote(
                record_id="r-0311",
                text="Ik wacht al één week op mijn bestelling, niemand laat iets weten.",
            ),
            Quote(record_id="r-0342", text="Café-bonen besteld, na 8 dagen nog niets."),
        ],
        record_ids=["r-0311", "r-0342", "r-0350", "r-0351", "r-0360"],
        friction_pattern="delivery_delay",
    )
    payment = PainCluster(
        id="pc-payment-failed",
        phase="purchase",
        label="Betaling mislukt",
        count=9,
        share=0.36,
        previous_count=9,
        trend="flat",
        quotes=[Quote(record_id="r-0213", text="Betaling mislukt.\nGeen idee waarom.")],
        record_ids=["r-0213", "r-0220"],
    )
    costs = PainCluster(
        id="pc-shipping-costs",
        phase="consideration",
        label="Verzendkosten te laat zichtbaar",
        count=12,
        share=0.18,
        trend="new",
        quotes=[
            Quote(record_id="r-0107", text="Pas bij het afrekenen zag ik €4,95 verzendkosten.")
        ],
        record_ids=["r-0107", "r-0111"],
    )
    fixes = [
        _fix(
            "fix-delay-mail",
            "Proactieve vertragingsmail met nieuwe levertijd",
            description="Mail de klant zodra een pakket later komt, mét de nieuwe levertijd.",
            phase="delivery",
            pain_points=["pc-delivery-late"],
            record_ids=["r-0311", "r-0342", "r-0350", "r-0351", "r-0360"],
            impact=4,
            effort=2,
            confidence=0.8,
            reach=27,
            reach_share=0.61,
            kpi="Klachten over levering",
            owner="Logistiek",
            due=date(2025, 4, 30),
            fix_ref="proactive_delay_notice",
            source=Source(kind="evidence", record_ids=["r-0311"], count=27),
        ),
        _fix(
            "fix-shipping-costs",
            "Verzendkosten tonen op de productpagina",
            phase="consideration",
            pain_points=["pc-shipping-costs"],
            impact=3,
            effort=1,
            confidence="high",
            reach=12,
            reach_share=0.18,
            kpi="Conversieratio",
            owner="E-commerceteam",
            due=date(2025, 4, 15),
        ),
        _fix(
            "fix-payment-errors",
            "Foutmelding bij mislukte betaling herschrijven",
            description="Schrijf de melding in gewone taal.\nNoem wat de klant nu kan doen: "
            '"opnieuw proberen" of een andere bank kiezen.',
            phase="purchase",
            pain_points=["pc-payment-failed"],
            quotes=[Quote(record_id="r-0220", text="Foutcode E-17 <onbekend> & niemand helpt")],
            impact=3,
            effort=2,
            confidence=0.8,
            reach=9,
            kpi="Checkout-conversie",
            owner="E-commerceteam",
        ),
        _fix(  # ties with fix-payment-errors on every score: the title decides
            "fix-mobile-test",
            "Betaalpagina testen op mobiel",
            phase="purchase",
            pain_points=["pc-payment-failed"],
            impact=3,
            effort=2,
            confidence=0.8,
            reach=9,
            owner="QA",
        ),
        _fix(  # no reach from the data: no RICE, ranked after the fixes that have one
            "fix-new-carrier",
            "Nieuwe bezorgpartner kiezen",
            phase="delivery",
            pain_points=["Pakket komt te laat"],
            impact=5,
            effort=5,
            confidence="laag",
            kpi="Levertijd",
            owner="Inkoop",
            source=Source(kind="asserted"),
        ),
        _fix(
            "fix-one-click-app",
            "Café-app: met één klik opnieuw bestellen",
            phase="loyalty",
            impact=2,
            effort=4,
            confidence=0.5,
            reach=3,
        ),
        _fix(
            "fix-typo",
            "Typfout in bevestigingsmail",
            phase="purchase",
            impact=1,
            effort=1,
            confidence=1.0,
            reach=2,
            owner="Marketing",
        ),
    ]
    return Backlog(
        id="backlog-cafe-een",
        title="Verbeteringen Café Één",
        language=language,
        workspace="cafe-een",
        map_id="map-cafe-een",
        period_days=30,
        created_at=CREATED,
        ranking="rice",
        pain_points=[late, payment, costs],
        fixes=fixes,
    )
