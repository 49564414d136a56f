"""Replace personal data in customer texts by typed placeholders, fast and offline.

``redact(text)`` returns the cleaned text and how many of each kind it replaced; ``find(text)``
returns the spans. Placeholder ``[KIND]``, count key ``KIND``:

=============  ==================================================================  =============
kind           what                                                                module
=============  ==================================================================  =============
``URL``        links carrying personal data (an e-mail address, a postcode); a     links
               link's own secret goes as ``TOKEN`` (an e-mail address as one of
               its parameters as ``EMAIL``) and the rest stays
``EMAIL``      e-mail addresses                                                    links
``TOKEN``      API keys and secrets (sk-..., ghp_..., JWT, AKIA..., long random    cues
               strings, after "token"/"key")
``IBAN``       mod-97 checked, any country                                         ibans
``SSN``        US social security numbers (ddd-dd-dddd, or after "SSN"); other     numbers,
               countries' national ID numbers (checked forms anywhere: Belgian,    national_ids
               British NI, Italian, French; any after its cue: PESEL, CPR ...)
``CARD``       payment cards (Luhn)                                                numbers
``EXPIRY``     card expiry dates after a cue or just after a card                  card_extras
``CVV``        card security codes after a cue, just after a card, or read out     card_extras
``BIRTH_DATE`` a full date after a birth cue (geboren, geb., DOB, date of birth)   births
``BSN``        Dutch citizen numbers (11-proef; bare, unless an order word leads)  numbers
``PASSWORD``   a password-like value after a cue (wachtwoord, password, PIN ...),  passwords
               a keypad code with its "#"
``OTP``        one-time codes after a cue (code, verificatiecode, OTP, sms-code)   codes
``IP``         IPv4 and IPv6 addresses (not version numbers)                       cues
``PHONE``      NL, BE, DE, UK, US and international phone numbers (also read out   numbers,
               digit by digit)                                                     paced_phones
``PLATE``      NL, BE and UK licence plates; others after a cue (kenteken, reg)    plates
``ADDRESS``    street and house number (NL, BE, DE, FR, IT, UK, US forms; read     places,
               out in a call)                                                      spoken_streets
``POSTCODE``   NL and UK postcodes; BE, DE and US ones beside an address or cue    places
``NAME``       people's names: cues, name lists, speaker labels, e-mail headers;   names,
               later mentions and names an e-mail address spells                   name_mentions
=============  ==================================================================  =============

Rules run in that order over a masked copy of the text: what one rule takes is hidden from
the later ones, so validated numbers are taken before looser patterns can eat their digits,
and names are looked for last. Brands, products, places, order numbers, prices, dates that
are not birth dates, versions and tracking codes stay. Placeholders hold no digits and no
name, so ``redact`` is idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from assistant.ingest.redact.births import take_birth_dates
from assistant.ingest.redact.card_extras import take_card_extras
from assistant.ingest.redact.codes import take_codes, take_first_tries
from assistant.ingest.redact.cues import take_ips, take_tokens
from assistant.ingest.redact.echoes import take_echoes
from assistant.ingest.redact.ibans import take_ibans
from assistant.ingest.redact.learned import take_learned
from assistant.ingest.redact.links import LINK_HINT, take_emails, take_links, take_short_link_keys
from assistant.ingest.redact.lookalikes import TEMPLATE_VALUE
from assistant.ingest.redact.names import take_names
from assistant.ingest.redact.national_ids import take_national_ids
from assistant.ingest.redact.numbers import (
    take_bare_bsn,
    take_bsn_with_cue,
    take_cards,
    take_phones,
    take_ssns,
)
from assistant.ingest.redact.paced_phones import take_paced_phones
from assistant.ingest.redact.passwords import take_keypad_ends, take_passwords
from assistant.ingest.redact.phone_cues import take_phones_after_names
from assistant.ingest.redact.places import take_addresses, take_more_places
from assistant.ingest.redact.plate_clauses import take_plates_near
from assistant.ingest.redact.plates import take_plates
from assistant.ingest.redact.scan import Found, Scan, render
from assistant.ingest.redact.spelled import (
    take_spelled,
    take_spelled_after_streets,
    take_spoken_ibans,
)
from assistant.ingest.redact.spoken import take_spoken_phones
from assistant.ingest.redact.spoken_digits import take_spoken_cards, take_spoken_ids
from assistant.ingest.redact.spoken_streets import take_spoken_streets
from assistant.ingest.redact.street_forms import take_street_forms
from assistant.ingest.redact.table_columns import (
    take_table_passwords,
    take_table_people,
    take_table_postcodes,
)
from assistant.ingest.redact.typed_passwords import take_second_guesses

Step = Callable[[Scan], None]

__all__ = ["KINDS", "Found", "RedactionResult", "find", "redact"]

_DIGIT = re.compile(r"\d")
KINDS = (
    "URL", "EMAIL", "TOKEN", "IBAN", "SSN", "CARD", "EXPIRY", "CVV", "BIRTH_DATE", "BSN",
    "PASSWORD", "OTP", "IP", "PHONE", "PLATE", "ADDRESS", "POSTCODE", "NAME",
)  # fmt: skip


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text and how many placeholders of each kind were put in."""

    text: str
    counts: dict[str, int]


# the rules in order (see above); ``take_learned`` scores what they and the names left
DIGIT_STEPS: tuple[Step, ...] = (
    take_tokens, take_ibans, take_spoken_ibans, take_ssns, take_national_ids, take_cards,
    take_spoken_cards,
    take_spoken_ids, take_card_extras, take_table_people, take_birth_dates, take_more_places,
    take_bsn_with_cue, take_ips, take_table_passwords, take_passwords,
    take_codes, take_paced_phones, take_phones,
    take_spoken_phones,
    take_bare_bsn, take_spelled, take_plates, take_spoken_streets, take_street_forms,
    take_table_postcodes, take_addresses, take_plates_near, take_spelled_after_streets,
)  # fmt: skip
# without a digit: values read out ("twaalf mei negentienvijftig", "nul zes ...", "nul acht twee",
# a code read out on the next turn)
PLAIN_STEPS: tuple[Step, ...] = (
    take_tokens, take_spoken_ibans, take_spoken_cards, take_spoken_ids, take_card_extras,
    take_birth_dates, take_table_passwords, take_passwords, take_codes, take_spoken_phones,
    take_spelled,
    take_spoken_streets, take_spelled_after_streets,
)  # fmt: skip


def scan_numbers(text: str, skip: Collection[Step] = ()) -> Scan:
    """``text`` scanned by every rule but the names (``skip``: steps left out)."""
    scan = Scan(text)
    if LINK_HINT.search(text):
        take_links(scan)
    if "/" in text:
        take_short_link_keys(scan)
    take_emails(scan)
    for step in DIGIT_STEPS if _DIGIT.search(text) else PLAIN_STEPS:
        if step not in skip:
            step(scan)
    return scan


def find(text: str) -> list[Found]:
    """Every piece of personal data in ``text``, in order: the rules, the names (and a mobile
    right after one), then the learned step (after the names, so a second pass over "[NAME]"
    reads the same context), then a password guessed again and the values said again."""
    scan = scan_numbers(text)
    take_names(scan)
    take_phones_after_names(scan)
    take_learned(scan)
    take_keypad_ends(scan)
    take_second_guesses(scan)  # after every password is found, by a rule or the learned step
    take_echoes(scan)
    take_first_tries(scan)
    return sorted(
        f
        for f in scan.found
        if not (f.kind in _SECRETS and TEMPLATE_VALUE.fullmatch(text, f.start, f.end))
    )


_SECRETS = frozenset({"PASSWORD", "TOKEN", "OTP"})


def redact(text: str) -> RedactionResult:
    """Replace personal data in ``text`` by ``[KIND]`` placeholders; pure and idempotent."""
    if not text:
        return RedactionResult(text, {})
    redacted, counts = render(text, find(text))
    return RedactionResult(redacted, counts)
