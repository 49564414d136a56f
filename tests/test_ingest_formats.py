"""Every input format, good and broken, through the parsers and the normaliser (no storage)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.ingest.encoding import decode_bytes
from assistant.ingest.formats import detect_format, parser_for
from assistant.ingest.normalize import Normaliser, Rejected, parse_rating
from assistant.ingest.tabular import parse_field_map
from assistant.models import Record, Reject


def parse(
    path: Path,
    fmt: str = "auto",
    mapping: dict[str, str] | None = None,
    source_type: str | None = None,
) -> tuple[list[Record], list[Reject]]:
    text, _ = decode_bytes(path.read_bytes(), str(path))
    parser, default = parser_for(fmt, path, text)
    normalise = Normaliser("t", default_source_type=default, forced_source_type=source_type)
    records: list[Record] = []
    rejects: list[Reject] = []
    for item in parser(text, path.name, mapping or {}):
        result = item if isinstance(item, Reject) else normalise(item)
        if isinstance(result, Reject):
            rejects.append(result)
        else:
            records.append(result)
    return records, rejects


# --- CSV -----------------------------------------------------------------------------------


def test_csv_comma_with_header_aliases(write) -> None:
    path = write(
        "reviews.csv",
        "review_id,date,rating,title,text\n"
        'r1,2026-03-01,2,Te laat,"Pakket kwam drie dagen te laat, jammer."\n'
        'r2,2026-03-02,5,Top,"Great machine, works perfectly."\n',
    )
    records, rejects = parse(path)
    assert rejects == []
    assert [r.external_id for r in records] == ["r1", "r2"]
    first = records[0]
    assert first.text.startswith("Te laat\nPakket kwam drie dagen te laat")
    assert first.rating == 2 and first.created_at is not None and first.created_at.day == 1
    assert first.language == "nl" and records[1].language == "en"
    assert first.source_type == "review"  # a rating column means reviews
    assert first.metadata["title"] == "Te laat"


def test_csv_channel_column_that_names_a_kind_sets_the_source_type(write) -> None:
    """A "channel" column saying chat or review is the item's kind when no type column does
    (found by the new-user run: every row of "text,channel,date" was stored as a ticket); a
    channel that names no kind ("email") leaves the kind to the rest and is kept as the
    channel."""
    path = write(
        "mixed.csv",
        "text,channel,date\n"
        '"Hoi, waar blijft mijn pakket?",chat,2026-11-01\n'
        '"Mooie machine, snel geleverd.",review,2026-11-02\n'
        '"Mijn factuur klopt niet.",email,2026-11-03\n',
    )
    records, rejects = parse(path)
    assert rejects == []
    assert [r.source_type for r in records] == ["chat", "review", "ticket"]
    assert [r.channel for r in records] == ["chat", "review", "email"]
    forced, _ = parse(path, source_type="survey")
    assert {r.source_type for r in forced} == {"survey"}


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_delimiters_are_sniffed(write, delimiter: str) -> None:
    rows = [
        "id{d}bericht{d}datum",
        "1{d}Ik wacht al twee weken op mijn geld terug{d}01-03-2026",
        "2{d}Where is my parcel, it has been a week{d}02-03-2026",
    ]
    path = write("export.csv", "\n".join(r.format(d=delimiter) for r in rows) + "\n")
    records, rejects = parse(path)
    assert rejects == []
    assert [r.text for r in records] == [
        "Ik wacht al twee weken op mijn geld terug",
        "Where is my parcel, it has been a week",
    ]
    assert records[0].created_at is not None and records[0].created_at.month == 3


TRICKY = [
    '@X "If you are reading this, maybe you should work here"',  # ends in a doubled quote
    "plain, with a comma",
    'two\nlines, "quoted" and ; semicolon',
    '"fully quoted"',
    "no quotes at all",
]


@pytest.mark.parametrize("rows", [1, len(TRICKY)])
@pytest.mark.parametrize(
    ("dialect", "encoding"),
    [
        ({}, "utf-8"),  # Python's csv.writer
        ({"delimiter": ";", "lineterminator": "\r\n"}, "utf-8-sig"),  # Excel, Dutch locale
        ({"lineterminator": "\r\n"}, "utf-8"),  # Google Sheets export
        ({"quoting": csv.QUOTE_ALL}, "utf-8"),
    ],
)
def test_valid_rfc4180_csv_is_never_rejected(
    tmp_path: Path, rows: int, dialect: dict[str, object], encoding: str
) -> None:
    path = tmp_path / "export.csv"
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, **dialect)  # type: ignore[arg-type]
        writer.writerow(["id", "text", "date", "source"])
        for n, text in enumerate(TRICKY[:rows], 1):
            writer.writerow([n, text, "2017-11-18", "twitter"])
    records, rejects = parse(path)
    assert rejects == []
    assert [r.text for r in records] == TRICKY[:rows]


def test_csv_bad_rows_are_rejected_with_line_and_reason_good_rows_kept(write) -> None:
    path = write(
        "tickets.csv",
        "id,body,created_at\n"
        "1,Factuur klopt niet,2026-01-05\n"
        "2,,2026-01-06\n"
        "3,Levering te laat,not-a-date\n"
        '4,"Een veld met\nmeerdere regels",2026-01-07\n'
        "5,Te veel,velden,hier,2026-01-08\n"
        "6,Goede service,2026-01-09\n",
    )
    records, rejects = parse(path, source_type="ticket")
    assert [r.external_id for r in records] == ["1", "4", "6"]
    assert records[1].text == "Een veld met\nmeerdere regels"
    by_line = {r.line: r.reason for r in rejects}
    assert set(by_line) == {3, 4, 7}  # the multi-line field moves row 5 to line 7
    assert "empty" in by_line[3]
    assert "not-a-date" in by_line[4]
    assert "field" in by_line[7] or "column" in by_line[7]
    assert all(r.file == "tickets.csv" for r in rejects)


def test_csv_map_overrides_columns(write) -> None:
    path = write(
        "odd.csv", "nummer,x_body,when,note\n7,Mijn account is geblokkeerd,2026-02-01,intern\n"
    )
    records, _ = parse(path, mapping=parse_field_map("text=x_body,created_at=when,id=nummer"))
    assert records[0].text == "Mijn account is geblokkeerd"
    assert records[0].external_id == "7"
    assert records[0].created_at is not None and records[0].created_at.month == 2


def test_csv_without_text_column_is_a_clear_error(write) -> None:
    path = write("numbers.csv", "a,b\n1,2\n3,4\n")
    with pytest.raises(InputError, match="--map text="):
        parse(path)


def test_csv_map_to_missing_column_names_the_columns(write) -> None:
    path = write("x.csv", "id,body\n1,hallo daar\n")
    with pytest.raises(InputError, match="columns are: id, body"):
        parse(path, mapping=parse_field_map("text=message"))


def test_bad_map_spec() -> None:
    with pytest.raises(InputError, match="FIELD=COLUMN"):
        parse_field_map("text")


# --- Encodings -----------------------------------------------------------------------------

SAMPLE_NL = 'id,text\n1,"Één café: de crème brûlée was geweldig, maar de bezorging… niet"\n'


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE_NL.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE_NL.encode("utf-8"),
        SAMPLE_NL.encode("cp1252"),
        SAMPLE_NL.encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom"],
)
def test_encodings_keep_dutch_accents(write, data: bytes) -> None:
    records, rejects = parse(write("enc.csv", data))
    assert rejects == []
    assert records[0].text == "Één café: de crème brûlée was geweldig, maar de bezorging… niet"


def test_binary_file_is_refused(write) -> None:
    path = write("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match=r"photo\.csv"):
        decode_bytes(path.read_bytes(), str(path))


# --- JSON and JSONL ------------------------------------------------------------------------


def test_json_array_and_nested_list(write) -> None:
    data = {
        "data": [
            {"id": 1, "message": "Waar blijft mijn pakket?", "created": "2026-04-01T10:00:00Z"},
            {"id": 2, "message": "Thanks, all sorted!", "created": 1775037600},
        ]
    }
    records, rejects = parse(write("export.json", json.dumps(data, indent=2)))
    assert rejects == []
    assert [r.text for r in records] == ["Waar blijft mijn pakket?", "Thanks, all sorted!"]
    assert all(r.created_at is not None for r in records)


def test_json_broken_midway_keeps_what_came_before(write) -> None:
    good = ",\n".join(
        json.dumps({"id": i, "text": f"bericht nummer {i} over de levering"}) for i in range(3)
    )
    path = write("broken.json", "[\n" + good + ',\n{"id": 3, "text": "kapot\n')
    records, rejects = parse(path)
    assert len(records) == 3
    assert len(rejects) == 1 and rejects[0].line == 5


def test_jsonl_bad_lines_are_rejected_by_line(write) -> None:
    lines = [
        '{"id": "a", "text": "Refund still not received"}',
        "{not json}",
        "",
        '{"id": "c", "text": ""}',
        '["a", "list"]',
        '{"id": "d", "text": "Top service"}',
    ]
    records, rejects = parse(write("items.jsonl", "\n".join(lines) + "\n"))
    assert [r.external_id for r in records] == ["a", "d"]
    assert sorted(r.line for r in rejects if r.line) == [2, 4, 5]


def test_jsonl_map_with_dotted_path(write) -> None:
    line = {"ticket": {"body": "Mijn factuur klopt niet"}, "meta": {"at": "2026-05-05"}}
    records, _ = parse(
        write("x.jsonl", json.dumps(line) + "\n"),
        mapping=parse_field_map("text=ticket.body,created_at=meta.at"),
    )
    assert records[0].text == "Mijn factuur klopt niet"


# --- Chat transcripts ----------------------------------------------------------------------

CHATS = """# id: c1
# date: 2026-03-14
[14:02] Klant: Hoi, mijn bestelling is nog niet binnen.
[14:03] Agent Sanne: Wat vervelend! Mag ik uw ordernummer?
[14:04] Klant: KK-2026-048213
het was voor een verjaardag
---
Customer: Hi, how do I descale the machine?
Bot: Here is our guide.
Customer: The guide is not clear at all.
---
zomaar wat tekst zonder sprekers
---
"""


def test_chat_transcripts_several_per_file(write) -> None:
    records, rejects = parse(write("chats.txt", CHATS))
    assert len(records) == 2 and len(rejects) == 1
    first, second = records
    assert first.external_id == "c1" and first.source_type == "chat"
    assert [t.speaker for t in first.turns] == ["customer", "agent", "customer"]
    assert first.turns[2].text == "KK-2026-048213\nhet was voor een verjaardag"
    assert first.turns[0].time is not None and first.turns[0].time.hour == 14
    assert "Wat vervelend" not in first.text  # the record's text is what the customer wrote
    assert [t.speaker for t in second.turns] == ["customer", "bot", "customer"]
    assert rejects[0].line == 12 and "speaker" in rejects[0].reason


def test_whatsapp_style_lines(write) -> None:
    text = (
        "14-03-2026, 09:15 - Jan: Mijn airfryer doet het niet meer\n"
        "14-03-2026, 09:20 - KeukenKompas: Vervelend! Stuur een foto?\n"
    )
    records, _ = parse(write("wa.txt", text), fmt="chat")
    assert records[0].text == "Mijn airfryer doet het niet meer"
    assert records[0].turns[1].speaker == "agent"
    assert records[0].created_at is not None and records[0].created_at.day == 14


# --- Zendesk and Intercom ------------------------------------------------------------------

ZENDESK = {
    "tickets": [
        {
            "id": 1,
            "subject": "Retour",
            "description": "Ik wil mijn weegschaal terugsturen.",
            "created_at": "2026-02-01T09:00:00Z",
            "via": {"channel": "email"},
            "requester": {"id": 9, "email": "a@example.nl"},
            "satisfaction_rating": {"score": "good"},
            "tags": ["retour"],
            "comments": [
                {
                    "author_id": 9,
                    "author_role": "end-user",
                    "public": True,
                    "plain_body": "Ik wil mijn weegschaal terugsturen.",
                },
                {"author_id": 500, "author_role": "agent", "public": True, "plain_body": "Prima!"},
                {"author_id": 500, "public": False, "plain_body": "interne notitie"},
                {"author_id": 9, "public": True, "plain_body": "Dank je, label ontvangen."},
            ],
        },
        {"id": 2, "subject": "", "description": "", "comments": []},
        {"id": 3, "subject": "Bad", "comments": "not a list"},
    ]
}


def test_zendesk_export(write) -> None:
    records, rejects = parse(write("zendesk.json", json.dumps(ZENDESK, indent=1)))
    assert len(records) == 1 and len(rejects) == 2
    ticket = records[0]
    assert ticket.source_type == "ticket" and ticket.channel == "email"
    assert ticket.text == "Retour\nIk wil mijn weegschaal terugsturen.\nDank je, label ontvangen."
    assert [t.speaker for t in ticket.turns] == ["customer", "agent", "customer"]
    assert "interne notitie" not in ticket.model_dump_json()
    assert ticket.metadata["satisfaction"] == "good"
    assert ticket.customer_ref and "example" not in ticket.customer_ref


INTERCOM = {
    "type": "conversation.list",
    "conversations": [
        {
            "id": "ic1",
            "created_at": 1775037600,
            "state": "closed",
            "source": {
                "type": "conversation",
                "subject": "",
                "body": "<p>Hoe zeg ik mijn <b>BonenBox</b> op?</p>",
                "author": {"type": "user", "email": "b@example.nl"},
            },
            "conversation_parts": {
                "conversation_parts": [
                    {
                        "body": "<p>Dat kan in je account.</p>",
                        "author": {"type": "admin", "name": "Mark"},
                    },
                    {"body": "<p>Daar staat geen knop&nbsp;!</p>", "author": {"type": "user"}},
                ]
            },
            "conversation_rating": {"rating": 2},
        },
    ],
}


def test_intercom_export(write) -> None:
    records, rejects = parse(write("intercom.json", json.dumps(INTERCOM)))
    assert rejects == []
    conv = records[0]
    assert conv.text == "Hoe zeg ik mijn BonenBox op?\nDaar staat geen knop\xa0!"
    assert [t.speaker for t in conv.turns] == ["customer", "agent", "customer"]
    assert conv.rating == 2 and conv.source_type == "chat"


def test_reviews_format_forces_review_type(write) -> None:
    path = write("r.json", json.dumps([{"stars": "4/5", "title": "Goed", "review": "Werkt prima"}]))
    records, _ = parse(path, fmt="reviews")
    assert records[0].source_type == "review" and records[0].rating == pytest.approx(4.0)


def test_a_rating_fraction_is_read_as_stars_out_of_five() -> None:
    assert parse_rating("3/10") == pytest.approx(1.5)  # was 3: read as three stars
    assert parse_rating("80/100") == pytest.approx(4.0)
    assert parse_rating("4,5/5") == pytest.approx(4.5)
    assert parse_rating("8") == pytest.approx(8.0)  # no scale: marks out of ten stay as given
    for bad in ("6/5", "3/0", "x/5"):
        with pytest.raises(Rejected):
            parse_rating(bad)


# --- Format detection ----------------------------------------------------------------------


def test_format_detection() -> None:
    assert detect_format(Path("a.csv"), "x,y") == "csv"
    assert detect_format(Path("a.json"), json.dumps(ZENDESK)) == "zendesk"
    assert detect_format(Path("a.json"), json.dumps(INTERCOM)) == "intercom"
    assert detect_format(Path("a.json"), "[{}]") == "json"
    assert detect_format(Path("a.jsonl"), '{"a": 1}\n{"a": 2}\n') == "jsonl"
    assert detect_format(Path("a.txt"), "Klant: hoi") == "chat"
    with pytest.raises(InputError, match="--format"):
        detect_format(Path("a.xlsx"), "")


def test_unknown_format_name() -> None:
    with pytest.raises(InputError, match="unknown format 'xml'"):
        parser_for("xml", Path("a.xml"), "")


def test_csv_unclosed_quote_costs_one_row_not_the_rest_of_the_file(write) -> None:
    path = write(
        "quote.csv",
        "id;bericht;datum\n1;Levering te laat;01-03-2026\n"
        '2;"Kapot aangekomen;02-03-2026\n3;Prima service;03-03-2026\n'
        "4;Top;04-03-2026\n",
    )
    records, rejects = parse(path)
    assert [r.external_id for r in records] == ["1", "3", "4"]
    assert [(r.line, "never closed" in r.reason) for r in rejects] == [(3, True)]


def test_csv_long_fields_are_kept_and_an_oversized_one_is_one_reject(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant.ingest import tabular

    long_text = "De levering was te laat. " * 8_000  # 200,000 characters
    path = write("huge.csv", f'id,text\n1,"{long_text}"\n2,Dit is prima\n')
    records, rejects = parse(path)
    assert [r.external_id for r in records] == ["1", "2"] and rejects == []
    monkeypatch.setattr(tabular, "MAX_FIELD", 1_000)
    try:
        records, rejects = parse(path)
    finally:
        csv.field_size_limit(131_072)  # parse_csv sets the module-wide limit
    assert [r.external_id for r in records] == ["2"]
    assert [(r.line, "unreadable row" in r.reason) for r in rejects] == [(2, True)]


def test_a_row_the_redactor_fails_on_is_rejected_with_its_line_and_the_rest_go_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A redactor bug must neither stop a 50,000-row import nor let the row's text through."""
    import assistant.ingest.normalize as normalize

    real = normalize.redact

    def flaky(text: str):  # type: ignore[no-untyped-def]
        if "boom" in text:
            raise KeyError("honderdnegenentwintig")
        return real(text)

    monkeypatch.setattr(normalize, "redact", flaky)
    path = tmp_path / "rows.csv"
    path.write_text("text\nfirst row is fine\nboom: Jan de Vries 06-12345678\nlast one\n")
    records, rejects = parse(path)
    assert [r.text for r in records] == ["first row is fine", "last one"]
    assert len(rejects) == 1 and rejects[0].line == 3
    assert "could not be redacted" in rejects[0].reason and "Vries" not in rejects[0].reason
