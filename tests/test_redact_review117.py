"""What the review of the blind115 study found, each case written anew: near variants of the
new rules that it missed (a correction after a dash with no spaces, an expiry printed "on my
card" or answered about a bank card or a Mastercard, a one-digit month run on after a card, other
dashes in a phone, "wifi code" and "wificode", a password "doorgegeven" or "werd genoemd:", Basic
auth in a payload or an environment, short links on other domains, flats with no commas, "Suite",
other street-and-number labels, a Norwegian card holder, a colleague handling a ticket), and its
regressions, kept here: amounts and counts after "sorry, that's", products' and subscriptions'
dates, ranges with dashes, fillers in quotes, words in CamelCase after "Basic", words glued to
a domain's ending, product specs after "Holder:". Every found case fails on 918f130; the kept
ones guard the new rules. Each case also checks that redacting twice adds nothing."""

from __future__ import annotations

import pytest
from helpers import redacted_once as _redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agent: Expiry date please?\n"
            "Caller: eleven, twenty-seven. No wait, that's the blocked card—eleven "
            "twenty-eight.",
            "Agent: Expiry date please?\n"
            "Caller: [EXPIRY]. No wait, that's the blocked card—[EXPIRY].",
        ),
        (
            "Klant: Vervaldatum op de pas is juni achtentwintig.",
            "Klant: Vervaldatum op de pas is [EXPIRY].",
        ),
        (
            "Customer: Expiry on my card is April thirty.",
            "Customer: Expiry on my card is [EXPIRY].",
        ),
        (
            "Agent: Wanneer verloopt je bankpas?\n"
            "Klant: die is 03-28, pas net binnen.",
            "Agent: Wanneer verloopt je bankpas?\n"
            "Klant: die is [EXPIRY], pas net binnen.",
        ),
        (
            "Agent: When does your Mastercard expire?\n"
            "Customer: it's 05-29, I think.",
            "Agent: When does your Mastercard expire?\n"
            "Customer: it's [EXPIRY], I think.",
        ),
        (
            "Customer: card 4111 1111 1111 1111 7 28 412",
            "Customer: card [CARD] [EXPIRY] [CVV]",
        ),
        (
            "Klant: mijn nummer is 06—41526370",
            "Klant: mijn nummer is [PHONE]",
        ),
        (
            "Customer: my landline is 01632–960457",
            "Customer: my landline is [PHONE]",
        ),
        (
            "Host: wifi code: zeemeeuw-dak-8",
            "Host: wifi code: [PASSWORD]",
        ),
        (
            "Klant: de wificode is zeemeeuw-dak-8",
            "Klant: de wificode is [PASSWORD]",
        ),
        (
            "Host: WiFi toegangscode: zeemeeuw-dak-8",
            "Host: WiFi toegangscode: [PASSWORD]",
        ),
        (
            'Notitie: klantwachtwoord doorgegeven ("kikker-leiden").',
            'Notitie: klantwachtwoord doorgegeven ("[PASSWORD]").',
        ),
        (
            'Notitie: wachtwoord werd genoemd: "kikker-leiden".',
            'Notitie: wachtwoord werd genoemd: "[PASSWORD]".',
        ),
        (
            'headers = {"Authorization" : "Basic YWRtaW46UGFzczEyMw=="}',
            'headers = {"Authorization" : "Basic [TOKEN]"}',
        ),
        (
            "HTTP_AUTHORIZATION=Basic YWRtaW46UGFzczEyMw==",
            "HTTP_AUTHORIZATION=Basic [TOKEN]",
        ),
        (
            "Customer: the link shop.biz/x/Pq8wT3nZ6kLm2R doesn't open",
            "Customer: the link shop.biz/x/[TOKEN] doesn't open",
        ),
        (
            "Customer: Apartment 9 Block D Grand Canal Square, Dublin 2",
            "Customer: [ADDRESS], Dublin 2",
        ),
        (
            "Customer: Suite 7, Block B, Sandyford Business Park",
            "Customer: [ADDRESS]",
        ),
        (
            "Straat/huisnr: Klaverakker 27",
            "Straat/huisnr: [ADDRESS]",
        ),
        (
            "Straat & huisnr: Klaverakker 27",
            "Straat & huisnr: [ADDRESS]",
        ),
        (
            "Straat + huisnr + toevoeging: Klaverakker 27 B",
            "Straat + huisnr + toevoeging: [ADDRESS]",
        ),
        (
            "Straat en huisnr.: Vincent van Goghweg 8",
            "Straat en huisnr.: [ADDRESS]",
        ),
        (
            "Visa 4111 1111 1111 1111\n"
            "Kortholder: ASTRID NILSEN",
            "Visa [CARD]\n"
            "Kortholder: [NAME]",
        ),
        (
            "Afgehandeld door collega: Merel",
            "Afgehandeld door collega: [NAME]",
        ),
        (
            "Handled by support agent: Merel",
            "Handled by support agent: [NAME]",
        ),
    ],
)
def test_review117_found(text: str, expected: str) -> None:
    assert _redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customer: CVV 592. No sorry, that's 100% the code on the back.",
            "Customer: CVV [CVV]. No sorry, that's 100% the code on the back.",
        ),
        (
            "Customer: cvv 592, sorry, that's 250 euros you charged me twice.",
            "Customer: cvv [CVV], sorry, that's 250 euros you charged me twice.",
        ),
        (
            "Customer: The CVV is 592. Sorry, that's 300 points missing from my account.",
            "Customer: The CVV is [CVV]. Sorry, that's 300 points missing from my account.",
        ),
        (
            "Customer: Best before on it is March 12, it's a yoghurt from your shop.",
            "Customer: Best before on it is March 12, it's a yoghurt from your shop.",
        ),
        (
            "Klant: Vervaldatum erop is maart 12, de melk was al zuur.",
            "Klant: Vervaldatum erop is maart 12, de melk was al zuur.",
        ),
        (
            "Customer: I got a gift voucher from your store. The expiry date on it is "
            "May 2026, right?",
            "Customer: I got a gift voucher from your store. The expiry date on it is "
            "May 2026, right?",
        ),
        (
            "Agent: Expiry date on the medicine box?\n"
            "Customer: it was 10-22 so I threw it away, order 88123.",
            "Agent: Expiry date on the medicine box?\n"
            "Customer: it was 10-22 so I threw it away, order 88123.",
        ),
        (
            "Agent: Wat is de geldigheidsduur van je abonnement?\n"
            "Klant: het is 1-12 maanden, afhankelijk van het pakket.",
            "Agent: Wat is de geldigheidsduur van je abonnement?\n"
            "Klant: het is 1-12 maanden, afhankelijk van het pakket.",
        ),
        (
            "Agent: Expiry date of your gym membership?\n"
            "Customer: it's 1-12, and I want to cancel before then.",
            "Agent: Expiry date of your gym membership?\n"
            "Customer: it's 1-12, and I want to cancel before then.",
        ),
        (
            "Klant: seizoenen 03–04 05–06 07–08 ontbreken.",
            "Klant: seizoenen 03–04 05–06 07–08 ontbreken.",
        ),
        (
            "Customer: sizes 06–09 09–12 12–18 months sold out.",
            "Customer: sizes 06–09 09–12 12–18 months sold out.",
        ),
        (
            "Klant: bestelnummers 0612–0613 0614–0615 zijn dubbel.",
            "Klant: bestelnummers 0612–0613 0614–0615 zijn dubbel.",
        ),
        (
            'Note: password given ("N/A"), customer has none set.',
            'Note: password given ("N/A"), customer has none set.',
        ),
        (
            'Customer: my password said "expired" when I tried to log in.',
            'Customer: my password said "expired" when I tried to log in.',
        ),
        (
            "Klant: Authentication: Basic ReadOnly mode staat aan.",
            "Klant: Authentication: Basic ReadOnly mode staat aan.",
        ),
        (
            "Customer: We use auth basic WebHooks for the Shopify integration.",
            "Customer: We use auth basic WebHooks for the Shopify integration.",
        ),
        (
            "Klant: Bedankt.Info/retour:0612345678",
            "Klant: Bedankt.Info/retour:[PHONE]",
        ),
        (
            "Customer: DM me or ping.me/0612345678 anytime",
            "Customer: DM me or ping.me/[PHONE] anytime",
        ),
        (
            "Klant: maak over naar rekening.info/IBAN:NL91ABNA0417164300 aub",
            "Klant: maak over naar rekening.info/IBAN:[IBAN] aub",
        ),
        (
            "Product specs\n"
            "Holder: MAGSAFE COMPATIBLE",
            "Product specs\n"
            "Holder: MAGSAFE COMPATIBLE",
        ),
        (
            "Order 4412, card payment. Cup holder: STAINLESS STEEL DOUBLE WALL",
            "Order 4412, card payment. Cup holder: STAINLESS STEEL DOUBLE WALL",
        ),
    ],
)
def test_review117_kept(text: str, expected: str) -> None:
    assert _redacted(text) == expected
