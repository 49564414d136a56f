"""Words that mark a firm, not a person: a firm's word after the name ("Halden Bank",
"Baxter & Gale Solicitors"), a legal form ("BV", "Ltd"), a trade's word before or starting
the phrase ("Autobedrijf Van Dalen", "Huisartsenpraktijk De Linde")."""

from __future__ import annotations

import re

# a firm, not a person: "Halden Bank", "Baxter & Gale Solicitors", "Hotel Marina", "model Lisa"
_FIRM_WORDS = (
    r"(?:Bank|Hotel|Hotels|Insurance|Verzekeringen|Solicitors|Accountants|Advocaten|Notarissen"
    r"|Advocatuur|Notariaat|Makelaardij|Accountancy|Tandartsen|Huisartsen"
    r"|Airlines|Airways|Group|Groep|Pharma|Holding|Holdings|Motors|Energy|Energie|Telecom|Broadband|Mobile|Media|Design|Solutions|Foundation"
    r"|Stichting|Capital|Partners|Consulting|Makelaars?|\w+werken|\w*[Ii]nstallatie\w*"
    r"|\w*[Tt]echniek|\w*[Tt]echnik|Union|Sanitär|Immobilien|\w*[Bb]ouw|\w*[Aa]dvies|Advisory|Logisti\w*|\w*[Bb]eratung|[Dd]epartment"
    r"|[Aa]fdeling|Hogeschool|Universiteit|University|College|Wonen|Woningcorporatie|Homewares"
    r"|Supplies|Trading|Interiors|Tax|Foods|Service|Services|Pensions|Pensioen\w*|Homes|Kitchens"
    r"|Autoservice"  # "Kees Smit Autoservice"
    # trades after the owner's name: "Murphy Plumbing & Heating", "Walsh Roofing"
    r"|Plumbing|Heating|Roofing|Electrical|Electrics|Builders|Joinery|Glazing|Landscaping"
    r"|Removals|Cleaning|Decorating|Plastering|Flooring|Bathrooms"
    r"|Lease|Leasing|Fleet|Team|Desk|Administration|Repairs|Accommodation|Rentals|Properties"
    r"|Estates|Cars|Autos|Support|Helpdesk|Klantenservice|MC|UMC|Ziekenhuis|Gasthuis|Hospital"
    r"|Relations|Operations|Affairs|Success|Partnerships|Care"  # a department: "Guest Relations"
    # "het Máxima MC", "Hanos Groothandel", "Lee Locks"
    r"|Clinic|Groothandel|Großhandel|Wholesale|Fitness|Gym|Locks|Locksmiths|Lettings|Glass"
    r"|Transport|Transporten|Transportbedrijf"  # "customer Van Dijk Transport says"
    r"|Vastgoed|Beheer"  # "From: R. Achterberg Vastgoed <verhuur@...>", "Van Dijk Beheer"
    r"|Brasserie|Restaurant|Bistro|Trattoria|Pizzeria|Diner"  # "the Jan Steen Brasserie"
    # a stay's house: "Rose Cottage B&B, 21:30" (not its owner: "Emma Clarke B&B owner")
    r"|B&B(?! (?i:owner|host|manager|eigena\w*|beheerder|gastvrouw"
    r"|gastheer))"
    # "Aurora Travel Helsinki" (not a field or a word after it: "Sanne Visser Travel date")
    r"|Travel(?! [a-z])|Tours(?! [a-z])|Reizen(?! [a-z]))"
)
# (also after a word or two: "Postma Cross-Border Tax", "Hartley & Finch Homewares")
FIRM_AFTER = re.compile(  # also after an owner's 's: "Nonna Maria's Trattoria"
    r"(?:['’]s)?(?: & [A-Z][\w-]+)?(?: [A-Z][\w-]+){0,2} " + _FIRM_WORDS + r"\b"
)
# a firm's legal form after the name: "Vinoteca Claes BV", "Verhoeven Installatietechniek B.V."
COMPANY_AFTER = re.compile(
    # a whole word: "AG" is no legal form in "Hofstra, AGB-code" (a care provider's code)
    r"(?:[ &]+[A-Z][\w&-]*){0,3}[ ,]+(?:(?:B\.V\.|BV|N\.V\.|NV|V\.O\.F\.|VOF|BVBA|Ltd\.?|Limited"
    r"|LLC|Inc\.?|GmbH|plc|LLP|SARL|SAS|AG|KG)(?!\w)"
    r"|& (?:Zn|Zonen|Zo|Sons|Co|Partners?|Associates|Vennoten)\b"
    r"|(?:bv|b\.v\.|nv|vof|bvba)(?=[ \t]*(?:\n|$|[,.)]))"  # in lower case, ending the line
    # Nordic, Spanish and Italian forms: "Bostads AB Kronan", "Hansen Bygg AS", "Rivas S.L."
    r"|(?:AB|ASA|AS|A/S|ApS|Oyj?|S\.A\.|SpA|S\.p\.A\.|S\.r\.l\.|Srl|S\.L\.|SL)(?!\w))"
)
FIRM_WORD = re.compile(_FIRM_WORDS)
# a bot's name: "I'm Skye, your virtual assistant", "ik ben Lisa, de digitale assistent"
BOT_AFTER = re.compile(
    # also with the firm's name: "I'm Wolke, the Funkwelt assistant"
    r",? (?:your|the|our|uw|je|jouw|de|onze) (?:[A-Z][\w-]+ )?(?:(?:virtual|virtuele|digital"
    r"|digitale|AI|chat|smart|slimme) )?(?:assistant|assistent|chatbot|bot|helper)\b"
)
# a team after the firm, closing the brackets of a speaker's role: "Chloë (Mollie support):"
ROLE_IN_BRACKETS = re.compile(
    r"(?i: (?:support|team|service|customer service|klantenservice|helpdesk|care|sales|billing)\))"
)
# a trade's word, alone or ending a compound: "Apotheek De Linde", "Huisartsenpraktijk De
# Linde", "Autobedrijf Van Dalen", "Bakkerij Jansen"
_TRADE = (
    r"(?:[A-Z]\w*(?:praktijk|bedrijf|stichting|beheer|centrum|kliniek|apotheek|vereniging"
    r"|makelaardij|verhuur|reizen|incasso|administratie|werkplaats|bakkerij|slagerij|kapsalon"
    r"|drogisterij|bloemisterij|kwekerij|boekhandel|mondzorg|tandarts\w*|fysio\w*|fabriek"
    # "Dakwerken Van Dam bv", "De Kaaswinkel van Jan", "Kaashandel Schouten"
    r"|werken|kantoor|bureau|winkel|handel|garage|kanzlei"  # "Autogarage Bosman:", "Steuerkanzlei"
    r"|advies|verwaltung|beratung)"  # "Belastingadvies Van Rijn", "Hausverwaltung Krämer"
    r"|Apotheek|Praktijk|Kliniek|Stichting|Bakkerij|Slagerij|Kapsalon|Drogisterij|Bloemisterij"
    r"|Kwekerij|Boekhandel|Pension|Garage|GGZ|Kanzlei|Mondzorg|Tandarts|Fysiotherapie"
    r"|Verhuur|Makelaardij|Administratiekantoor|Installatiebedrijf|Salon"  # "Verhuur Heusden:"
    r"|Saloon|Kapper|Barbershop|Nagelstudio|Bloemenhuis"  # "Kapsalon Saloon Yasmin"
    # other languages' trades: "Autohaus Lindner", "Mobili Rossi", "Mutuelle Santé ..."
    r"|Autohaus|Möbelhaus|Kaufhaus|Bäckerei|Metzgerei|Apotheke|Optik|Pharmacie|Boulangerie"
    r"|Mutuelle|Mobili|Arredamenti|Ferramenta|Farmacia|Panificio|Macelleria|Ottica"
    r"|Taller|Talleres|Hermanos"  # a Spanish garage: "Taller Hermanos Ruiz"
    # "Autohuis De Vries", "Fysio Centrum De Linde", "Zorgverzekeraar Zorgzaam"
    r"|Autohuis|Meubelhuis|Modehuis|Zorgverzekeraar|Verzekeraar"
    r"|Autoservice|Fietsservice|Zorggroep|Notaría|Notaris|Notariskantoor"
    r"|Thuiszorg(?= (?:[Dd]e|[Hh]et|'t) )"  # "Thuiszorg De Linde", not "Thuiszorg Marieke komt"
    r"|Centrum(?= (?:[Dd]e|[Hh]et|'t) ))"  # a centre named with an article: "Centrum De Linde"
)
# where guests stay or eat, its name after it: "Hotel Marina", "Trattoria Da Marco"
_VENUES = (
    r"(?:Hotel|Hostel|Restaurant|Ristorante|Trattoria|Osteria|Café|Cafe|Camping|Villa|Casa"
    r"|Residence|Albergo|Agriturismo|Palazzo|Pension|Hostal)"
)
# a venue greeted or heading a line by its name, a word and one more: "Dear Hotel Lungarno
# Verde," (the word is checked apart: not a role or a common word, "Hotel Reception Anna:"),
# also after a title's dash: "Guest registration – Hostal Marina, Valencia"
VENUE_THEN_WORD = re.compile(
    r"(?:^|\n|[–—] )[ \t]*(?:(?:Dear|Beste|Geachte|Hello|Hallo|Hi|Hoi|Cara|Caro|Gentile|Estimados?"
    r"|Liebes?|Sehr geehrtes) )?"  # or starting a line: "Hotel Playa Serena, Alicante"
    + _VENUES
    + r" ([A-Z][a-zà-ÿ]+) $"
)
FIRM_BEFORE = re.compile(
    r"(?:"
    r"\b(?:" + _VENUES + r"|hotel|restaurant|camping|model|Model|type|Type|Club"
    r"|Eetcafé|Chez|Maison"  # "Grand Café Anne & Max", "Chez Pierre", "Maison Dupont"
    r"|Pizzeria|Bistro|Brasserie|Taverna|Chalet"
    r"|merk|brand|Banque|Banca|Banco|Caisse|Sparkasse|Zaal|zaal|Vergaderzaal"  # "Zaal Rembrandt"
    r"|Aer|Air|Bank"  # an airline or a bank: "Aer Verde", "Bank Julius"
    r"|Assicurazioni"  # an insurer: "Assicurazioni Aurora"
    r"|B&B|B&amp;B"  # "Annelies (B&B De Linde):"
    r"|apotheek|praktijk|kliniek|bakkerij|slagerij|kapsalon|garage"  # "bij apotheek De Linde"
    r"|Apoteket|Apotheke|Pharmacie|Farmacia"  # "Apoteket Nørrebro" (not "Apotek Kasper:")
    r"|Officina|officina|Werkstatt|Taller"  # a garage abroad: "Officina Rossi:"
    r"|" + _TRADE + r")"
    r"(?: (?:Costa|Grand|Royal|Golden|Plaza))?"  # "Hotel Costa Serena"
    # "Autobedrijf Van Dalen", "Pizzeria Da Marco"
    # "Trattoria Da Nonna Rosa"
    r"(?: (?:[Dd]e|[Hh]et|'t|[Dd]en|[Tt]er|[Vv]an(?: [Dd]e[rn]?)?|[Dd]a(?: [Nn]onna| [Zz]i[oa])?"
    r"|[Dd]i|[Dd]el|[Dd]ella|[Ll]a))?"
    r" [\"“'‘]?$"  # also the name in quotes: 'Restaurant "Rembrandt"'
    # a practice or a care home by its name with an article (not its residents: "Bewoner
    # rusthuis Maria Peeters"): "huisartsenpraktijk De Linde", "WZC Ter Linde"
    # (also in English: "GP practice De Linde")
    r")|\b(?:[a-z]\w*(?:praktijk|kliniek)|practice|surgery|clinic|pharmacy|WZC|wzc|verpleeghuis"
    r"|rusthuis|woonzorgcentrum"
    r"|zorgcentrum) (?:[Dd]e|[Hh]et|'t|[Dd]en|[Tt]er|[Tt]en) [\"“'‘]?$"
)
# a firm's word starting the phrase: "Huisartsenpraktijk De Linde", "Autobedrijf Eemland"
# (matched whole against one word: the words _TRADE names only before an article too)
FIRM_FIRST = re.compile(
    _TRADE + r"|Gemeente|Admissions|Thuiszorg|Centrum|Pensioenfonds|Woonstichting"
)

# a word the text also uses as a firm's name, before its desk or legal form: "Kim (Mollie
# Support): welkom bij Mollie!"
_FIRM_NAMED = re.compile(
    r"\b([A-Z][\w'-]+)(?= (?:Support|Klantenservice|Helpdesk|Servicedesk|Customer Service"
    r"|B\.V\.|BV|Ltd|GmbH)\b)"
)


_FIRM_NAMED_WORDS = (" Support", " Klantenservice", " Helpdesk", " Servicedesk",
                     " Customer Service", " B.V.", " BV", " Ltd", " GmbH")  # fmt: skip


def firm_names_in(text: str) -> frozenset[str]:
    """The words ``text`` names a firm by ("Mollie" in "Mollie Support")."""
    if not any(word in text for word in _FIRM_NAMED_WORDS):
        return frozenset()  # the regex only where it can match: this runs on every text
    return frozenset(_FIRM_NAMED.findall(text))
