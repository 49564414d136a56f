"""Values in a table's named column: an export pasted into a ticket, with a header row that
names its columns ("order_id;naam;email;telefoon;straat;postcode;plaats"), then rows whose
value no other rule would take: a postcode that is a bare number ("...;Brugsesteenweg 512;
9030;Mariakerke"; only cells with a postcode's shape), a password in a password manager's
export ("name,url,username,password" then "Webmail,https://...,w.koster,Kr0kus-Veld"), and
people in a payroll export ("naam;bsn;geboortedatum;..." then "Jansen, P.;...;1990-03-14"):
a name written surname first with initials, a national ID, a date of birth."""

from __future__ import annotations

import re

from assistant.ingest.redact.births import FULL_DATE
from assistant.ingest.redact.name_firms import FIRM_WORD
from assistant.ingest.redact.name_lists import NameLists, name_lists
from assistant.ingest.redact.numbers import NON_DIGIT, bsn_ok
from assistant.ingest.redact.scan import Scan

_HEAD = re.compile(
    r"(?i:postcode|post code|postal ?code|postalcode|zip|zip ?code|zipcode|plz|code postal|cp"
    r"|postnummer|postnr|post_code|postal_code|zip_code)"
)
_SHAPE = re.compile(
    r"(?:[A-Z]{1,2}-)?\d{4,5}|[1-9]\d{3} ?[A-Za-z]{2}|\d{3} \d\d"
    r"|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d"
)
_SEPARATORS = (";", "\t", "|", ",")


def line_cells(line: str, sep: str | re.Pattern[str]) -> list[tuple[int, int]]:
    """Each cell's span in ``line``, without the spaces around it; ``sep`` a character or a
    pattern (a list's " – " or " | ")."""
    bounds = [0]
    for match in (re.compile(re.escape(sep)) if isinstance(sep, str) else sep).finditer(line):
        bounds += [match.start(), match.end()]
    bounds.append(len(line))
    spans = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        part = line[start:end]
        spans.append((start + len(part) - len(part.lstrip()), start + len(part.rstrip())))
    return spans


_PASSWORD_HEAD = re.compile(
    r"(?i:(?:login_)?(?:password|passwd|pwd|pass)|wachtwoord|passwort|mot de passe)"
)
# a column headed only "ww" or "pw" in a text about passwords: a value with a letter and a
# digit or a sign, no number with its unit ("210mm", "1200W") nor an amount
_SHORT_PASSWORD_HEAD = re.compile(r"(?i:pw|ww)")
# a column of PINs in a text about bank cards or SIMs: four to six digits, no year
# a password manager's column of authenticator secrets: "name,url,username,password,totp"
# (base32, or the whole otpauth link)
# (a digit among the letters, as random base32 has: not a status "AUTHENTICATORAPP"; also in
# groups "JBSWY3DP EHPK3PXP", or the whole otpauth link)
_TOTP_HEAD = re.compile(
    r"(?i:(?:login_)?(?:totp|totp ?secret|otp|otp ?secret|otpauth|2fa|2fa ?secret|mfa))"
)
_TOTP_CELL = re.compile(
    r"(?=[A-Z2-7 ]*[2-7])(?:[A-Z2-7]{16,64}=*|[A-Z2-7]{4,8}(?: [A-Z2-7]{4,8}){2,7})"
    r"|otpauth://\S{10,300}"
)
_PIN_HEAD = re.compile(r"(?i:pin|pincode|pin-code|pin code)")
_PIN_TOPIC = re.compile(
    r"\b(?i:bankpas\w*|pinpas\w*|betaalpas\w*|creditcards?|debit ?cards?|bank ?cards?|sim|simkaart"
    r"|sim-kaart|puk|tankpas\w*|tankkaart\w*|fuel ?cards?|pas \(laatste)\b"
)
# "Pin" as a till's column of card payments: "Datum | Contant | Pin | Totaal"
_PAYMENTS_TOPIC = re.compile(r"\b(?i:contant|cash|totaal|total|omzet|bedrag|amount)\b")
# a column of cards' last digits beside the PINs, no secret: "| Pas (laatste 4) | Pincode |"
_LAST_DIGITS_HEAD = re.compile(
    r"(?i:(?:\w*pas|\w*kaart|card)? ?\((?:laatste|last) \d\)"
    r"|(?:laatste|last) \d(?: cijfers| digits)?)"
)
_PIN_CELL = re.compile(r"(?!(?:19|20)\d\d$)\d{4,6}|\d(?: \d){3,5}")
_SHORT_PASSWORD_CELL = re.compile(
    r"(?!\d+(?:[.,]\d+)?\s?[A-Za-z]{0,3}$)(?=\S*[A-Za-z])(?=\S*[\d!#$%&*@?_.-])"
    r"[^\s\ue000\[\]]{4,64}"
)
# a value with a letter or digit (not a Markdown rule "|------|"), or a PIN typed spaced "8 3 0 4"
_PASSWORD_CELL = re.compile(r"(?=\S*[^\W_])[^\s\ue000\[\]]{4,64}|\d(?: \d){3,7}")


_BIRTH_HEAD = re.compile(
    r"(?i:geboortedatum|geb\.? ?datum|dob|date of birth|birth ?date|birthdate|birth_date"
    r"|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data urodzenia)"
)
_ID_HEAD = re.compile(
    r"(?i:bsn|burgerservicenummer|ssn|sofi|sofinummer|pesel|nino|ni number|ppsn|personnummer"
    r"|steuer-?id|rijksregisternummer|rrn|insz|nif|nie|dni|national id|id-?nummer"
    r"|(?:id-? ?/ ?)?nationaal (?:nr|nummer)\.?)"  # "ID-/nationaal nr."
)
# (a Finnish one may end in a letter: "210187-288T")
_ID_CELL = re.compile(r"\d[\d .-]{7,13}(?:\d|(?<=-\d{3})[A-Z])")
# a guest register's or a fleet list's plates: "| Kenteken |" / "| ZKN-482 |"
_PLATE_HEAD = re.compile(
    r"(?i:(?:kenteken|nummerplaat|(?:license |licence |number )?plate|registration|reg"
    r"|kennzeichen|immatriculation|matr[ií]cula|targa)(?: ?(?:no|nr|number|nummer)\.?)?\.?)"
)
_PLATE_CELL = re.compile(
    r"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?=[A-Z0-9 -]{5,10}$)"
    r"[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){0,3}"
)
_NAME_HEAD = re.compile(
    r"(?i:naam|name|full name|volledige naam|werknemer|employee|medewerker|deelnemer|participant"
    r"|passenger|passagier|guest|gast|reiziger|traveller|traveler)"
)
# or given name first, in two or three words: "Bas Brinkman", "Yara Haddad" (checked below)
_GIVEN_FIRST = re.compile(
    r"[A-Z][\w'’-]+(?: (?:van|de|der|den|ter|ten|el|al|van der|van den|van de))?"
    r"(?: [A-Z][\w'’-]+){1,2}"
)
# a column only people are in: "Plate | Holder | Bay", "Kamer | Huurder | Borg"
_PEOPLE_HEAD = re.compile(
    r"(?i:holder|houder|owner|eigenaar|tenant|huurder|huurster|customer|klant|member|lid"
    r"|patient|patiënt|contact ?person|contactpersoon)"
)
_PEOPLE_WORDS = ("holder", "houder", "owner", "eigenaar", "tenant", "huurder", "huurster",
                 "customer", "klant", "member", "lid", "patient", "patiënt", "contact")  # fmt: skip
# a header that lists a person's data beside the name: not an order's "Naam | Aantal | Prijs"
_PERSON_HEAD = re.compile(
    r"(?i:bsn|geboortedatum|dob|date of birth|birth|e-?mail|iban|kaart|card|telefoon|phone"
    r"|adres|address)"
)
_CVV_HEAD = re.compile(r"(?i:cvc2?|cvv2?|cid|csc|security code|beveiligingscode|kaartcode)")
_CVV_CELL = re.compile(r"\d{3,4}")
# a person as a register writes one, surname first and initials after a comma: "Jansen, P.",
# "El Idrissi, S.", "de Boer, M.A." (not a site's name in a password export: "Webmail")
_SURNAME_FIRST = re.compile(
    r"(?:(?:van|de|der|den|ter|ten|el|van der|van den|van de) )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r", (?:[A-Z]\.){1,4}"
)


def take_table_people(scan: Scan) -> None:
    """A payroll or member export's names, national IDs and dates of birth, by column."""
    if not (";" in scan.masked or "\t" in scan.masked or "|" in scan.masked):
        return
    cells: list[tuple[int, int]] = []  # a person's column, given name first
    if scan.mentions("naam", "name", "werknemer", "employee", "medewerker", "deelnemer",
                     "participant", "passenger", "passagier", "guest", "gast", "reiziger",
                     "travel"):  # fmt: skip
        _take_column(scan, _NAME_HEAD, _SURNAME_FIRST, "NAME")
        if _PERSON_HEAD.search(scan.masked):
            cells += _column_cells(scan, _NAME_HEAD, _GIVEN_FIRST)
    lists = name_lists()
    if scan.mentions(*_PEOPLE_WORDS):
        # a person, not a firm or a brand: "Hugo Boss Nederland", "Albert Heijn"
        cells += [
            (start, end)
            for start, end in _column_cells(scan, _PEOPLE_HEAD, _GIVEN_FIRST)
            if not _firm_cell(scan.masked[start:end], lists)
        ]
    if cells:
        for start, end in cells:
            words = scan.masked[start:end].split()
            if words[0] in lists.first or words[-1] in lists.surnames:  # not "Gmail Work"
                scan.take(start, end, "NAME")
    if scan.mentions("cvc", "cvv", "cid", "csc", "security code", "beveiligingscode", "kaartcode"):
        _take_column(scan, _CVV_HEAD, _CVV_CELL, "CVV")
    if scan.mentions("geb", "dob", "birth", "naissance", "nacimiento", "nascita", "urodzenia"):
        _take_column(scan, _BIRTH_HEAD, FULL_DATE, "BIRTH_DATE")
    if scan.mentions("kenteken", "plate", "registration", "reg", "kennzeichen", "immatric",
                     "matr", "targa"):  # fmt: skip
        _take_column(scan, _PLATE_HEAD, _PLATE_CELL, "PLATE")
    if _ID_HEAD.search(scan.masked):
        for start, end in _column_cells(scan, _ID_HEAD, _ID_CELL):
            digits = NON_DIGIT.sub("", scan.masked[start:end])
            scan.take(start, end, "BSN" if len(digits) == 9 and bsn_ok(digits) else "SSN")


def _firm_cell(cell: str, lists: NameLists) -> bool:
    # a listed brand or a firm's word ("Hugo Boss Nederland", "Jansen Installatie BV"); a
    # surname that is also a word stays a person's ("Peter Winkel")
    return bool(lists.not_phrases and lists.not_phrases.search(cell)) or bool(
        FIRM_WORD.search(cell)
    )


def take_table_postcodes(scan: Scan) -> None:
    if scan.mentions("post", "zip", "plz", "cp"):
        _take_column(scan, _HEAD, _SHAPE, "POSTCODE")


def take_table_passwords(scan: Scan) -> None:
    if scan.mentions("pass", "pwd", "wachtwoord", "passwort", "mot de passe"):
        _take_column(scan, _PASSWORD_HEAD, _PASSWORD_CELL, "PASSWORD")
    if scan.mentions("password", "wachtwoord", "passwort", "logins", "inlog"):
        _take_column(scan, _SHORT_PASSWORD_HEAD, _SHORT_PASSWORD_CELL, "PASSWORD")
    if scan.mentions("totp", "otp", "2fa", "mfa"):
        _take_column(scan, _TOTP_HEAD, _TOTP_CELL, "TOKEN")
    if _PIN_TOPIC.search(scan.masked) and not _PAYMENTS_TOPIC.search(scan.masked):
        _take_column(scan, _PIN_HEAD, _PIN_CELL, "PASSWORD")
        _take_column(scan, _LAST_DIGITS_HEAD, _PIN_CELL, None)  # kept: a card's last digits


# a header of two columns, each a login export's: "password,totp", "username;password"
_LOGIN_COLUMN = (
    r"(?:login_)?(?:password|passwd|pwd|wachtwoord|t?otp|2fa|username|user|e-?mail|url|name)"
)
_TWO_HEADS = re.compile(r"(?i:" + _LOGIN_COLUMN + r" ?[,;|\t] ?" + _LOGIN_COLUMN + r")")


def _take_column(
    scan: Scan, head: re.Pattern[str], shape: re.Pattern[str], kind: str | None
) -> None:
    """The cells of the first column whose header ``head`` names, where they have ``shape``."""
    for start, end in _column_cells(scan, head, shape):
        scan.take(start, end, kind)


def _column_cells(
    scan: Scan, head: re.Pattern[str], shape: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the cells of the first column whose header ``head`` names, where they
    have ``shape``."""
    cells: list[tuple[int, int]] = []
    text = scan.masked
    column, sep, least = -1, "", 2
    pos = 0
    for line in text.split("\n"):
        if column < 0:
            for candidate in _SEPARATORS:
                if line.count(candidate) < 2 and not (
                    line.count(candidate) == 1 and _TWO_HEADS.fullmatch(line.strip())
                ):
                    continue
                heads = [
                    i
                    for i, (a, b) in enumerate(line_cells(line, candidate))
                    if head.fullmatch(line, a, b)
                ]
                if heads:
                    column, sep = heads[0], candidate
                    least = min(2, line.count(candidate))
                    break
        elif line.count(sep) >= least:
            spans = line_cells(line, sep)
            if len(spans) > column:
                a, b = spans[column]
                if shape.fullmatch(line, a, b):
                    cells.append((pos + a, pos + b))
        else:
            column = -1  # the table ended
        pos += len(line) + 1
    return cells
