"""The words around a name that give it away: greetings, closings, "mijn naam is", "I'm",
titles, roles, form labels, e-mail headers and chat speaker labels. Patterns only; the
finder in ``names`` applies them."""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- cues

_I = re.IGNORECASE
# a name follows, even written in lower case ("ik ben daan")
STRONG_CUE = re.compile(
    r"(?:\bm(?:ijn|n|'n) naam(?: is)?"
    r"|\bik ben(?: zelf| trouwens| overigens| het(?: weer| nog eens)?)?"
    r"|\bik heet|\bhier is|\bit's me(?: again)?"
    r"|\bu spreekt met|\bje spreekt met"
    r"|\b(?:you're|you are|youre) (?:speaking|talking|chatting) (?:with|to)"  # an agent's intro
    r"|\bspreekt met|\bmy name is|\bmy name's|\bmy names|\bi'm|\bi am|\bthis is|\bit's"
    r"|\bop naam van|\bon behalf of|\bnamens|\bunder the name|\bin the name of|\bt\.?n\.?v\.?"
    r"|\bt\.a\.v\.|\bsigned for by|\bgenaamd|\bheet|\b(?:hij|zij|ze) heette"
    r"|\b(?:is|was|a|an|someone|somebody|agent|lady|guy|man|woman|person) (?:called|named)"
    r"|(?:^|[\n.!?] *)(?:mijn |my )?(?:naam|name)(?: is)?"
    r"|(?:\band|,) (?:my )?name(?:'s| is)?"  # "... e16 4pt and name is shauna mcguire"
    # someone else's name, an account's: "her name is Dolores Fitzgerald", "acc name jordan" (not
    # "Account name:", often a firm's)
    r"|\b(?:her|his|their|whose) name(?:'s| is| was)|\b(?:haar|zijn) naam is"
    r"|\bacc name(?: is)?"
    # whose an account is: "the account is under jess mcallister", "acct holder jessica lopez",
    # "name on card lauren b. mitchell"
    r"|\b(?:account|acct|acc|membership|booking|reservation|policy|contract|subscription|plan)"
    r"(?: is)? (?:under|in the name of)|\b(?:acc(?:oun)?t|card|policy) ?holder(?: is)?"
    r"|\bname on (?:the )?(?:card|account|bell|doorbell|door|buzzer|letterbox|mailbox)(?: is)?"
    r"|\bnaam op de (?:deur|deurbel|bel|brievenbus)(?: is)?"  # "name on the bell is Lejeune"
    # what the bell shows: "bell says Bakker-Ouali", "the intercom says Rinaldi"
    r"|\b(?:bell|doorbell|buzzer|intercom|letterbox|mailbox|deurbel|bel|brievenbus)"
    r" (?:says|reads|shows|zegt|toont)"
    # a person named by their role: "The neighbour's name is Gennaro Russo"
    r"|\b(?:neighbou?r|driver|courier|agent|landlord|tenant|husband|wife|partner|son|daughter"
    r"|mother|father|mum|mom|dad|friend|colleague|manager|caller|customer|engineer|technician"
    r"|nurse|doctor|owner|guest|passenger|child|kid|boss)['’]s name(?:'s| is| was))"
    r"[ ,:]+['\"“]?$",
    _I,
)
GREETING_CUE = re.compile(
    r"(?:^|[\n.!?:;,(]|\]) *(?:hoi|hi|hey|hello|hallo|dag|beste|dear|lieve|goedemorgen"
    r"|goeiemorgen|goeiemiddag|goeienavond|goeiedag|goedendag"
    r"|goedemiddag|goedenavond|good morning|good afternoon|good evening|morning|thanks"
    r"|thank you|thx|dank je(?: wel)?|dank u(?: wel)?|bedankt|merci|cheers|yo|welkom|welcome"
    # other languages' greetings: "Buongiorno Francesca,", "Bonjour Élodie", "Hola Lucía"
    r"|buongiorno|buonasera|buona sera|ciao|salve|bonjour|bonsoir|salut|hola|buenos d[ií]as"
    r"|buenas tardes|buenas noches|guten (?:tag|morgen|abend)|moin|servus|hej|hei|olá"
    r"|bom dia|boa tarde|cześć|witam|dzień dobry)"
    r"[ ,]+$",
    _I,
)
CLOSING = (
    r"(?:groet|groeten|groetjes|gr\.?|grt|mvg|m\.v\.g\.|met vriendelijke groet(?:en)?"
    r"|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|hartelijk dank|liefs|xx+|x"
    r"|regards|kind regards|best regards|warm regards|kindest regards|best|best wishes"
    r"|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely"
    r"|yours faithfully|yours truly|hoogachtend|alvast dank|alvast bedankt|bvd|love|take care"
    r"|groetjes uit \w+|greetings from \w+|dank|bedankt"
    # other languages' closings: "obrigada\nBea", "Grazie, Giulia", "Pozdrawiam, Ola"
    r"|obrigad[ao]|gracias|saludos|un saludo|grazie|cordiali saluti|saluti|merci(?: beaucoup)?"
    r"|cordialement|bien à vous|danke(?: schön)?|viele grüße|liebe grüße|mit freundlichen grüßen"
    r"|pozdrawiam|dziękuję|dzięki|tack|hälsningar|kiitos|terveisin|hilsen|mvh"
    # a wish a host or a shop signs under: "Fijn verblijf! Joke", "Enjoy your stay, Grace"
    r"|fijn(?:e)? (?:verblijf|dag|weekend|avond|vakantie)|prettige (?:dag|avond|vakantie)"
    r"|veel plezier|enjoy your stay|have a (?:nice|good|great|lovely) (?:day|stay|weekend)"
    # a thanks and a wish, Flemish too: "Alvast bedankt en een schone dag nog,"
    r"|(?:(?:alvast )?(?:bedankt|dank u|dank je) en )?(?:nog )?(?:een )?(?:schone|fijne|prettige"
    r"|goede|mooie) dag(?: nog)?)"
)
# (not a town after a postcode's placeholder: "[POSTCODE] Best", as redacting twice reads it)
CLOSING_SAME_LINE = re.compile(
    r"(?:^|[\n.!?;)]|(?<!\[POSTCODE)\]) *" + CLOSING + r"[ ,:]*[-–—]? *$", _I
)
# "Alvast bedankt! Merel", "Thanks! Jo": only when the name ends the line
# also a slash after the last sentence: "My number: 073-512 88 04. / Linnea"
CLOSING_BANG = re.compile(r"(?:^|[\n.!?;)]|\]) *(?:" + CLOSING + r" ?!|(?<=[.!?] )/) +$", _I)
# "thanks Alasdair.", "cheers, Ola": a thanks, then a word on its own
THANKS_CUE = re.compile(
    r"(?:^|[\n.!?:;,(]|\]) *(?:thanks|thank you|thx|ta|cheers|dank je(?: wel)?|dank u(?: wel)?"
    r"|bedankt|merci|lovely|great|super|top|perfect)(?:,? (?:thanks|bedankt))?[ ,]+$",
    _I,
)
CLOSING_LINE = re.compile(r"^ *" + CLOSING + r"[ ,!.]*$", _I)
ROLE_CUE = re.compile(
    r"(?:\bagent|\bmedewerk(?:er|ster)|\bcollega|\bcolleague|\bmonteur|\bengineer|\bfitter"
    r"|\bverhuurder|\bverhuurster|\blandlord|\bhuisbaas"  # "Verhuurder Ton: Hi Sara"
    r"|\bbezorger|\bdriver|\bkoerier|\bcourier|\bmanager|\bspoke (?:to|with)"
    # who sold it: "Aflevering ... met verkoper Mark."
    r"|\bverkoper|\bverkoopster|\bverkoopadviseur|\bsalesman|\bsaleswoman|\bsales rep"
    r"|\bspoken (?:to|with)|\btalked (?:to|with)|\bspeak (?:to|with)|\bgesproken met"
    r"|\bgebeld met|\bsprak met|\bask for|\bvraag naar|\baccording to|\bvolgens|\bheet|\bhoor"
    r"|\bvan (?:uw|jullie) collega|\b(?:doorverbonden|verbonden|doorgeschakeld) met"
    r"|\b(?:put through|transferred|passed) to|\b(?:you're|you are|you've been) (?:through"
    r"|connected) to"
    # a report's field for who helped: "Hulpverlener: Arjen"
    r"|\b(?:hulpverlener|behandelaar|wegenwachter|handled by|behandeld door):)"
    r"[ ,]+$",
    _I,
)
# the people a booking or a claim is about, inside a sentence (a label "Klant:" is no such
# cue): "for passenger Gurpreet Kaur Sandhu", "klant Eva Lim meldt", "tenant Olu Bakare"
ROLE_NOUNS = frozenset(
    "passenger passagier reiziger traveller traveler guest gast patient patiënt klant customer"
    " client cliënt tenant huurder bewoner resident member caller beller student leerling"
    " tegenpartij verzekerde policyholder deceased overledene cardholder kaarthouder"
    " rekeninghouder applicant aanvrager driver bestuurder mbr".split()
)
_LAST_WORD = re.compile(r"(\S*) $")


def role_noun_before(before: str) -> bool:
    """ "for passenger X", "klant X meldt": a role noun and one space, no label colon."""
    if not before.endswith(" ") or before.endswith("  "):
        return False
    last = _LAST_WORD.search(before)
    word = last.group(1) if last else ""
    if word.lower() not in ROLE_NOUNS:
        return False  # (also at a line's start: "mbr Oliwia Dąbrowska at the desk")
    # a capitalised role noun after a capitalised word names a firm: "Hillcrest Student
    # Accommodation"
    head = before[: -len(word) - 1]
    if head and not head.endswith(" ") and not word.islower():
        return False  # at a line's start only in lower case: "Klant Koelwerk B.V." is a firm
    left = head[:-1] if head.endswith(" ") else ""
    prev = "" if left.endswith((".", ":")) else left.rsplit(" ", 1)[-1]
    return not (word[0].isupper() and prev[:1].isupper())


_LINE_START_ROLE = re.compile(r"(?:^|\n)[ \t]*([A-Z][a-zë]+) $")


def role_noun_at_line_start(before: str) -> bool:
    """ "Klant Roxanne Tjon-A-Fong koopt ...": a capitalised role noun opening a line, which
    ``role_noun_before`` leaves to the firms ("Klant Koelwerk B.V."); the caller takes only a
    listed given name after it."""
    match = _LINE_START_ROLE.search(before)
    return match is not None and match.group(1).lower() in ROLE_NOUNS


# what a document says the name is: "my passport says X", "the booking reads X"
DOC_SAYS = re.compile(
    r"\b(?:passport|paspoort|booking|boeking|ticket|reservation|reservering|id|licence|license"
    r"|rijbewijs|card|kaart|pas|account|invoice|factuur|certificate) (?:says|said|reads|read"
    r"|shows|showed|zegt|toont|vermeldt)(?: it as| my name as)? $",
    _I,
)
DOC_SAYS_END = ("says ", "said ", "reads ", "read ", "shows ", "showed ", "zegt ", "toont ",
                "vermeldt ", " as ")  # fmt: skip
# the Dutch phone opening "(goedemiddag,) met Van Leeuwen": a capitalised word, not "met mij"
PHONE_INTRO = re.compile(
    r"(?:^|[\n.!?:]|\b(?:ja|hallo|hoi|goedemorgen|goedemiddag|goedenavond|goeiedag|goeiemorgen"
    r"|goeiemiddag|goeienavond|goeienmiddag|dag|hé|he"
    r"|morgen|middag))[ ,]*met $"
    # the firm answering first, as a transcript's line begins: "Ferry: Autoservice Hulst, met "
    # (one word may be a firm, not a sentence's first word: "Dus, met Vinted verzonden?")
    # (after a greeting too, on a staff member's line: "Medewerker: Goedemorgen, Zeilhuur De
    # Fluessen, met "; not a customer's "Klant: Hallo, Lidl, met Samsung telefoons ook?")
    r"|\n(?:[^\n:]{1,30}: |(?:medewerk\w*|agent|receptie|balie\w*|telefonist\w*|operator"
    r"|helpdesk|servicedesk|klantenservice)[^\n:]{0,20}: (?:goedemorgen|goedemiddag|goedenavond"
    r"|goeiedag|goeiemorgen|goeiemiddag|goedendag|dag|hallo)[ ,]+)?"
    r"(?-i:(?!(?:Dus|Nee|Ja|En|Of|Maar|Ok|Oke|Oké|Goed|Prima|Hallo|Hoi"
    r"|Nou|Ook|Toen|Daarna|Samen|Alleen|Graag|Oh|Eh|Ah)\b)[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}),"
    r" met $",
    _I,
)
# relatives and neighbours, a name being changed, a name field in a sentence: any capitalised
# word that is not a common one ("my husband Dev", "mijn man Kees", "surname from Campbell to
# Reid", "name Femi Adeyemi")
RELATION_CUE = re.compile(
    r"(?:\b(?:mijn|onze|my|our|your|jullie|uw|his|her|zijn|haar) (?:man|vrouw|echtgeno(?:ot|te)"
    r"|dochter|zoon|moeder|vader|schoonvader|schoonmoeder|schoonzoon|schoondochter|oma|opa"
    r"|partner|vriend|vriendin|husband|wife|daughter|son|mum|mom|mother|dad|father|friend"
    r"|grandmother|grandfather|nan|gran|colleague|broer|zus|brother|sister|neef|nicht"
    r"|nephew|niece|oom|tante|uncle|aunt|flatmate|huisgenoot|huisgenote|landlord|verhuurder"
    r"|son-in-law|daughter-in-law|father-in-law|mother-in-law|verloofde|fiancée?|fiance)"
    r"|\bbuurvrouw|\bbuurman|\bburen|\bneighbour|\bneighbor"
    r"|\b(?:opa|oma|tante|oom|uncle|aunt|auntie|grandma|grandpa|granny)"  # "Opa Klaas 80 jaar"
    # or in other languages, not a firm's name speaking: "Pizzeria Da Nonna: Ciao!"
    r"|\b(?:nonna|nonno|zia|zio|abuela|abuelo|tía|tío|omi|babcia|dziadek|mamie|papie)(?!:)"
    r"|\b(?:bel|belt|bellen)(?: aan)? bij|\baanbellen bij|\bring (?:the bell )?for"  # at the door
    r"|\b(?:(?:sur|last |family |maiden |married |birth )name|achternaam|meisjesnaam"
    # the small word in lower case: in "Naam deelnemer: Lucas Van Damme" "Van" is a particle
    # (past a comma only to "is": "maiden name, which is Doherty", not "naam is Karin Berg, ik
    # kom van Malmö"; never past a placeholder)
    # (not past a label's colon: "Naam melder: Truus van Dijk" is one name)
    r"|geboortenaam|naam)\b(?:[^.,:\n\d\[]{0,25}\b(?-i:from|to|into|van|naar|in|is|was)"
    r"|[^.\n\d\[]{0,25}\b(?-i:is|was))"
    r"|\b(?:should|must|moet) (?:read|say|be|zijn|luiden|worden)(?: as)?"
    # the name may stand in brackets: "Her daughter (Marjolein) will collect"
    r"|(?:^|[,;(]|\band) ?(?:name|naam|voornaam|first name|roepnaam)"
    # a surname's word opening a sentence, no colon: "WB-2291. Achternaam Mulder"
    r"|(?:^|[.;] ?)achternaam"
    # a form's label with a dotted leader: "  Naam ............ Joke Rutten-Verhagen"
    r"|(?:^|\n)[ \t]*(?:naam|name|full name|voornaam|first name|achternaam|surname|last name)"
    r"[ \t]*\.{3,})(?:[ ,:]+| \()$",
    _I,
)
# a chat's customer label: "Cust: Darnell Price." takes a known given name or a name ending
# in a known surname, since a sentence may follow the label as well
CUSTOMER_LABEL = re.compile(
    r"(?:^|\n) *(?:\[?\d{1,2}:\d{2}\]? *)?(?:cust|customer|klant|client|cliënt|patient|patiënt"
    r"|member|lid|passenger|ouder|parent|guardian|voogd|verzorger"
    r"|guest|gast|account|user|gebruiker|bezoeker|visitor)\.? *: *$",
    _I,
)
# titles only a person carries: after them even a common word is a surname ("dhr. Baas",
# "dhr. R.J. Baas"), not after "dr." or "prof." ("Dr. Oetker")
PERSON_TITLE = re.compile(  # as written, not "MS Office", "1 ms. Iemand"
    r"(?:\b(?:[Mm]eneer|[Mm]evrouw|Miss|Mister|Herr|Frau|Madame|Monsieur)"  # a dot ends a sentence
    r"|(?<!\d )\b(?:[Mm]evr|[Mm]vr|[Mm]w|[Dd]hr|[Mm]rs?|[Mm]s|Mme)\.?"
    # "hr. Achterberg" (heer) with its dot, not "2 hr." or "€45/hr."; German "Fr. Huber" (Frau)
    r"|(?<!\d )(?<!per )(?<!\d/)\b[Hh]r\.|(?<![\w.–-])Fr\.)"
    r" +(?:(?:[A-Z]\.)+ *|[A-Z] )?"  # an initial with its dot or, British, without: "Mrs H Patel"
    r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t) )*$"
)
TITLE_CUE = re.compile(
    r"(?:\b(?:meneer|mevrouw|mevr|mvr|mw|dhr|heer|mr|mrs|(?<!\d )(?<!\d)ms|miss|mister|missus"
    r"|(?-i:[Mm]x)|dr|drs"  # not milliseconds: "140 ms. Foutpercentage"
    r"|ir|ing"  # not "MX": "Logitech MX Master"
    # "hr. Achterberg", "mevr./hr. Jansen", not "HR", "per hr.", "€45/hr."
    r"|prof|mej|(?<!\d )(?<!per )(?<!\d/)(?-i:[Hh]r)(?=\.)"
    r"|(?<![\w.–-])(?-i:Fr)(?=\.)"  # German "Fr. Huber" (Frau), not "Mo.–Fr."
    r"|familie|fam|sir|dame|frau|herr|madame|monsieur|señor|señora|mme|mlle|née"
    r"|(?-i:Sr|Sra|Srta)(?=\.)"  # Spanish, with the dot: "Dear Sr. Romero"
    r"|(?-i:Pani|Panie|Pana|Panu)"  # Polish, as written: "Dzień dobry Pani Marto!"
    # Italian: "Gentile Sig. Ferrari", "Sig.ra Bianchi"
    r"|(?-i:Sig|Sigg|Dott)(?=\.)|(?-i:Sig\.ra|Dott\.ssa)|signor|signora"
    r"|(?-i:dokter|doctor|juf|tandarts|huisarts|notaris|verloskundige|fysiotherapeut|dentist"
    r"|nurse))\.?)[ ]+$",  # lower case: "de Dokter Wagemaker" is a ferry
    _I,
)
FORM_CUE = re.compile(
    # also under a label in two languages: "Achternaam / Last name: Verhaeghe"
    # or after a field's separator on one line: "First name: Wouter | Last name: De Smedt"
    # or after a sentence on the same line: "Betalingstermijn 30 dagen. Contactpersoon: ..."
    # or a surname's label after the line's last field and a few spaces: "First name: Helen
    # Last name: Okafor" (only a surname's: not "Driver: Universal Print")
    r"(?:^|\n|\| |(?<=[a-z0-9][.!?]) "
    r"|(?<=\w)   (?=(?i:last name|surname|family name|achternaam|nachname|nom de famille)\b))"
    r" *(?:[-*•] *)?(?:[^\W\d_]{3,20} ?/ ?)?"
    r"(?:naam|name|full name|volledige naam"
    r"|kaarthouder"
    r"|cardholder|aanvrager"
    r"|applicant|(?:customer |client |klant)?contact|contactpersoon|caller|beller|oproeper|inbeller"
    r"|(?:first|given|last|family|middle|sur)"
    r" ?name|forename|voornaam|voornamen|roepnaam|achternaam|tussenvoegsel|voorletters"
    r"|initials|account ?holder|rekeninghouder|policy ?holder|verzekeringnemer|verzekerde"
    r"|insured|klantnaam|customer name|name on (?:the )?(?:card|account)|naam op (?:de )?(?:kaart"
    r"|pas|rekening)|tenaamstelling|debiteur|debtor|payer|betaler|ontvanger|recipient"
    r"|geadresseerde|addressee|patient|patiënt|(?:mede|hoofd)?huurder|(?:co-)?tenant|deelnemer"
    r"|participant|handtekening|signature|ondertekend door"
    r"|student|leerling|bewoner|resident|eigenaar|owner|borrower|lener|contact person"
    r"|tegenpartij|wederpartij|other party|third party|derde|bestuurder|driver|getuige|witness"
    r"|melder|passenger|passagier|lead passenger|hoofdboeker|reiziger|traveller|guest name"
    r"|emergency contact|noodcontact|contactpersoon bij nood|parent|guardian|ouder|verzorger"
    r"|lead traveller|lead traveler|other travell?ers?|preferred name|son|daughter|zoon|dochter"
    r"|wife|husband|spouse|(?:fiscaa?le? )?partner|echtgeno(?:ot|te)|child|kind"
    r"|(?:registered )?keeper|legal name"
    # a shop's fields: "Billing name entered: Jan Kowalski", "Naam op factuur: ..."
    r"|(?:billing|shipping|delivery|invoice|factuur|bezorg|verzend)[ -]?(?:name|naam)"
    r"|toeslagpartner|medeaanvrager|co-applicant|joint applicant"
    r"|beneficiary|begunstigde|werknemer|employee|personeelslid"
    r"|(?:mortgage )?broker|solicitor|notary|notaris"  # "Broker: Priti Shah, Shah & Co"
    # (not "claimant", often a firm: "Claimant: Allianz Direct")
    r"|appellant|complainant|bezwaarmaker|klager|klaagster"  # "Appellant: Nikhil Sharma"
    # French, Spanish, German and Polish forms: "Nom: Dubois", "Nachname: Weber"
    r"|nom|prénom|nom de famille|nombre|apellidos?|vorname|nachname|nazwisko|imię"
    r"|naam (?:kaarthouder|pashouder|rekeninghouder|houder|berijder|bestuurder|klant|huurder"
    r"|bewoner|patiënt|passagier|aanvrager|ouder"
    r"|kind|partner|medewerker|verzekerde|deelnemer|leerling|student|cursist|lid)|(?:driver|passenger|patient|tenant|customer|member"
    r"|client|parent|child|partner|employee|holder|applicant|caller|student|resident"
    r"|owner)'?s? name"
    r"|contact name|agent name|sender|afzender|(?:ordered|signed|received|collected|handled"
    r"|booked|requested|reported|sent|submitted) by|(?:besteld|getekend|ontvangen|opgehaald"
    r"|behandeld|geboekt|aangevraagd|gemeld|verstuurd|ingediend|geschreven|opgesteld|genoteerd"
    r"|opgenomen|aangenomen"  # a call's or an order's taker: "Opgenomen door: Roos Veldkamp"
    # and alone: "Door: Mo Chaouch"
    r"|ingevoerd|afgehandeld|opgelost|gepost|geplaatst) door"
    r"|(?:written|noted|logged|entered|updated|resolved|closed|posted|taken|recorded) by"
    r"|door|by|auteur|author|afgehandeld|behandelaar"
    r"|behandelend medewerker)"
    r"(?: entered| given| provided| on file| opgegeven| ingevuld| ingevoerd"
    # the role between: "Ingevoerd door agent: Ferry (team 4)", "Handled by support agent:"
    r"| (?:de |the )?(?:support |service )?(?:agent|medewerker|collega|employee))?"
    # "Son – Jaylen, DOB ...", "Aanvrager 2:", or with an aside in brackets: "Achternaam (incl.
    # tussenvoegsel):"
    # (not what else the field is about: "Naam (van de actie):", "Auteur (max. 30 tekens):")
    r"(?: \d{1,2})? *(?:\*|\(\w+\)|\((?![^)\n]*(?:actie|product|campagne|project|bedrijf|company"
    r"|firma|organisat|winkel|shop|max|tekens|characters|\d))[\w .,'/+:!-]{2,30}\))?"
    r" *(?::| [–—]) *$",
    _I,
)
HEADER = re.compile(
    r"^ *(?:from|van|to|aan|cc|bcc|reply-to|afzender|sender|ontvanger) *: *([^<\n]+?) *<",
    re.MULTILINE | _I,
)
LABEL = re.compile(
    # a WhatsApp export's date first: "[21/09/2024, 18:03] Mark:", "21-09-24 18:03 - Mark:",
    # or a log's: "[2025-03-06 20:11:30] Agent Milan:"
    r"^ *(?:\[(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},? |\d{4}-\d\d-\d\d[ T])?[\d:. ]+"
    r"(?:[AaPp][Mm])?\] *"
    r"|(?:[\w]+ |\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},? )?\d{1,2}[:.]\d{2} *[–—-] *|\d{1,2}:\d{2} +)?"
    # the role maybe in brackets: "[Agent] Kevin 08:52:"
    r"(?:\[?(?P<role>agent|medewerker|medewerkster|employee|support|adviseur|advisor|rep"
    r"|assistente|assistent|assistant|operator|monteur|technician|bezorger|courier|chauffeur"
    r"|verhuurder|verhuurster|landlord)\]?"  # "[10:02] Verhuurder Frank: Hoi Elena"
    r"(?: *[–—-])? +"
    r"|(?P<firm>(?-i:[A-Z]{2,6})) *[–—-] +)?"  # a body's letters: "UWV – Mark:"
    # the time after the name stays out of it: "Agent Line 11:02:"
    r"(?P<who>[^\W\d_][^\n:()]{0,40}?)(?: +\d{1,2}:\d{2}(?=:))?"
    r" *(?:\((?P<inner>[^)\n]{1,40})\))? *:(?!//)",
    re.MULTILINE | _I,
)
# the customer's role in brackets after the name: "Roshni (klant):", "Tom (caller):"
CUSTOMER_ROLE = re.compile(
    r"(?:klant|customer|caller|beller|gast|guest|client|cliënt|member|lid|huurder|tenant)", _I
)
# a role speaking with the person in brackets: "Medewerker (Iris):", "Receptie (Lien):"
STAFF_LABEL = re.compile(
    r"(?:agent|medewerker|medewerkster|employee|support|adviseur|advisor|rep|receptie"
    r"|reception|receptionist|klantenservice|customer service|helpdesk|servicedesk|operator"
    r"|consultant|consulent|consulente|intercedent|recruiter|baliemedewerker|host|verkoper|sales|planner|planning|monteur|engineer"
    r"|technician|bezorger|courier|koerier|chauffeur|coach|staff|team|service)",
    _I,
)
# who wrote a review or handled a case, given name and initial: "– by Kasia W.",
# "★☆☆☆☆ by DeShawn M.", "agent: Priyanka D."
BY_AUTHOR = re.compile(
    r"(?:\bby|\bdoor|\bagent:|\bmdw:|\bmedewerker:) ([A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)? [A-Z]\.)"
    r"(?=\s|$|[\"”—–-])"
)
# who handled, signed or approved something, initials and surname (a surname that is also a
# place's: "Handled by T. Washington, 02/19/2025", "Getekend door J.P. van Dam")
DONE_BY_INITIALS = re.compile(
    r"\b(?i:handled|signed|processed|approved|checked|completed|closed|resolved|reviewed"
    r"|behandeld|afgehandeld|getekend|ondertekend|verwerkt|goedgekeurd|gecontroleerd)"
    r" (?i:by|door) ((?:[A-Z]\.){1,3} ?(?:(?:van|de|der|den|ter|ten) )*[A-Z][a-zà-ÿ'’]+"
    r"(?:-[A-Z][a-zà-ÿ'’]+)?)(?![\w-])"
)
# who handled a call, named on a note's title line after a separator, alone at the line's
# end: "Samenvatting oproep 14/02 – medewerker: Lore", "Call 3 March, agent: Joss"
STAFF_ON_TITLE = re.compile(
    # or after a note's last sentence, the team in brackets: "... Medewerker: Mo (team Zwolle)."
    r"(?:^|[–—|,;-] ?|[.!?] )(?i:agent|mdw|medewerker|medewerkster|behandelaar|adviseur|advisor"
    r"|handled by|afgehandeld door)[ \t]*:[ \t]*([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ'’-]+)?)"
    # (maybe ending the note with a full stop: "... Medewerker: Mark.")
    r"(?:[ \t]*\((?i:team|afdeling|dept\.?|department|filiaal|branch) [^()\n]{1,30}\)\.?|\.)?"
    r"[ \t]*$",
    re.MULTILINE,
)
# a social-media handle speaking: "@ruudvdberg: @KeukenKompas ..."
HANDLE_LABEL = re.compile(r"^ *(@\w{2,30}) *:", re.MULTILINE)
AFTER_CUE = re.compile(
    r"^(?: en ik\b| and i\b| hier\b| here\b| van de (?:chat|klantenservice|helpdesk|support)"
    # "Grace at the Bristol store", "Sandra van het filiaal in Delft"
    r"| (?:at|from|in|of|van|bij|uit|op) (?:the|your|our|jullie|de|het|uw|onze|ons)"
    r" (?:[\w-]+ ){0,2}(?:store|shop|branch|showroom|winkel|filiaal|vestiging|desk|counter"
    r"|klantenservice|customer service|support|servicedesk"
    r"|balie|helpdesk|servicedesk|service desk|afdeling|department|warehouse|magazijn)\b"
    r"| from (?:support|customer service|the chat|keukenkompas)| on (?:chat|the phone)"
    r"| \((?:keukenkompas|support|klantenservice)\))",
    _I,
)
# a lower-case name the lists lack, introduced and followed by a word that fits only a person:
# "hey it's jess again", "this is raj from flat 4", "met mieke van nummer 12"
LOWER_INTRO = re.compile(
    r"\b(?:it's|its|it is|this is|hier is|met|i'm|im|i am) ([a-z]{2,15})"
    r"(?= (?:again|weer|here|hier|from|van|speaking|calling|belt)\b)"
)
# a name before the words that name it: "Van Dijk heette hij", "Priya, that's my name"
NAME_BEFORE = re.compile(
    r",? (?:heette|heet|noemde zich|noemt zich) (?:hij|zij|ze|die|hij zich|zij zich)\b"
    r"|,? (?:is|was) (?:my|his|her|their|mijn|zijn|haar|hun|de|the) (?:name|naam)\b"
    r"|,? (?:that's|that is|dat is) (?:my|his|her|mijn|zijn|haar) (?:name|naam)\b"
    r"|,? (?:was|is) (?:his|her|the) (?:surname|last name)\b",
    _I,
)
