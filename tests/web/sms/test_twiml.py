"""The TwiML writer gives exactly what twilio's MessagingResponse would."""

from __future__ import annotations

import random

from twilio.twiml.messaging_response import MessagingResponse

from consult.web.sms.twiml import twiml_document


def _messaging_response(replies: tuple[str, ...]) -> str:
    document = MessagingResponse()
    for reply in replies:
        document.message(reply)
    return str(document)


def test_twiml_matches_twilios_messaging_response() -> None:
    alphabet = "ab <>&\"'\n\r\tŵŷâ€😀;#]"
    generator = random.Random(4)
    cases: list[tuple[str, ...]] = [(), ("",), ("Q1 <b> & 'x' ]]>",), ("one", "two")]
    for _ in range(500):
        size = generator.randint(0, 3)
        cases.append(
            tuple("".join(generator.choice(alphabet) for _ in range(generator.randint(0, 12))) for _ in range(size))
        )
    for replies in cases:
        assert twiml_document(replies) == _messaging_response(replies)
