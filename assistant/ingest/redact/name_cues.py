"""The words around a name that give it away: greetings, closings, "mijn naam is", "I'm",
titles, roles, form labels, e-mail headers and chat speaker labels. Patterns only; the
finder in ``names`` applies them."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- cues

_I = re.IGNORECASE
# a name follows, even written in lower case ("ik ben daan")
STRONG_CUE = re.compile(
    r"(?:\bmijn naam is|\bik ben(?: zelf| trouwens| overigens)?|\bik heet|\bhier is"
    r"|\bu spreekt met|\bje spreekt met"
    r"|\bspreekt met|\bmy name is|\bmy name's|\bi'm|\bi am|\bthis is|\bit's"
    r"|\bop naam van|\bon behalf of|\bnamens|\bunder the name|\bin the name of|\bt\.?n\.?v\.?"
    r"|\bt\.a\.v\.|\bsigned for by|\bgenaamd|\bheet"
    r"|\b(?:is|was|a|an|someone|somebody|agent|lady|guy|man|woman|person) (?:called|named))"
    r"[ ,:]+['\"“]?$",
    _I,
)
GREETING_CUE = re.compile(
    r"(?:^|[\n.!?:;,(]|\]) *(?:hoi|hi|hey|hello|hallo|dag|beste|dear|lieve|goedemorgen"
    r"|goedemiddag|goedenavond|good morning|good afternoon|good evening|morning|thanks"
    r"|thank you|thx|dank je(?: wel)?|dank u(?: wel)?|bedankt|merci|cheers|yo|welkom|welcome)"
    r"[ ,]+$",
    _I,
)
CLOSING = (
    r"(?:groet|groeten|groetjes|gr\.?|grt|mvg|m\.v\.g\.|met vriendelijke groet(?:en)?"
    r"|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|hartelijk dank|liefs|xx+|x"
    r"|regards|kind regards|best regards|warm regards|kindest regards|best|best wishes"
    r"|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely"
    r"|yours faithfully|yours truly|hoogachtend|alvast dank|alvast bedankt|bvd|love|take care"
    r"|groetjes uit \w+|greetings from \w+|dank|bedankt)"
)
CLOSING_SAME_LINE = re.compile(r"(?:^|[\n.!?;)]|\]) *" + CLOSING + r"[ ,:]*[-–—]? *$", _I)
CLOSING_LINE = re.compile(r"^ *" + CLOSING + r"[ ,!.]*$", _I)
ROLE_CUE = re.compile(
    r"(?:\bagent|\bmedewerk(?:er|ster)|\bcollega|\bcolleague|\bmonteur|\bengineer|\bfitter"
    r"|\bbezorger|\bdriver|\bkoerier|\bcourier|\bmanager|\bbuurvrouw|\bbuurman|\bneighbour"
    r"|\bneighbor|\b(?:mijn|onze|my|our|your|jullie|uw) (?:man|vrouw|dochter|zoon|moeder"
    r"|vader|schoonvader|schoonmoeder|schoonzoon|schoondochter|oma|opa|partner|vriend"
    r"|vriendin|husband|wife|daughter|son|mum|mom|mother|dad|father|partner|friend"
    r"|grandmother|grandfather|nan|colleague)|\bspoke (?:to|with)|\bspoken (?:to|with)"
    r"|\btalked (?:to|with)|\bspeak (?:to|with)|\bgesproken met|\bgebeld met|\bsprak met"
    r"|\bask for|\bvraag naar|\baccording to|\bvolgens|\bheet|\bhoor|\bvan"
    r" (?:uw|jullie) collega)[ ,]+$",
    _I,
)
TITLE_CUE = re.compile(
    r"(?:\b(?:meneer|mevrouw|mevr|mw|dhr|heer|mr|mrs|ms|miss|mx|dr|drs|ir|ing|prof|mej"
    r"|familie|fam|sir|dame|frau|herr)\.?)[ ]+$",
    _I,
)
FORM_CUE = re.compile(
    r"(?:^|\n) *(?:naam|name|full name|volledige naam|kaarthouder|cardholder|aanvrager"
    r"|applicant|contact|contactpersoon|caller|beller) *: *$",
    _I,
)
HEADER = re.compile(
    r"^ *(?:from|van|to|aan|cc|bcc|reply-to|afzender|sender|ontvanger) *: *([^<\n]+?) *<",
    re.MULTILINE | _I,
)
LABEL = re.compile(
    r"^ *(?:\[[\d:. ]+\] *|(?:[\w]+ )?\d{1,2}[:.]\d{2} *[–—-] *)?"
    r"(?:(?P<role>agent|medewerker|medewerkster|employee|support|adviseur|advisor|rep)"
    r" +)?(?P<who>[^\W\d_][^\n:()]{0,40}?) *(?:\((?P<inner>[^)\n]{1,40})\))? *:(?!//)",
    re.MULTILINE | _I,
)
# a social-media handle speaking: "@ruudvdberg: @KeukenKompas ..."
HANDLE_LABEL = re.compile(r"^ *(@\w{2,30}) *:", re.MULTILINE)
AFTER_CUE = re.compile(
    r"^(?: en ik\b| and i\b| hier\b| here\b| van de (?:chat|klantenservice|helpdesk|support)"
    r"| from (?:support|customer service|the chat|keukenkompas)| on (?:chat|the phone)"
    r"| \((?:keukenkompas|support|klantenservice)\))",
    _I,
)
