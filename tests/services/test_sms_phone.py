"""Phone numbers: the UK mobile fast path gives what phonenumbers gives."""

from __future__ import annotations

import random

import phonenumbers

from consult.services import sms_phone


def test_uk_mobile_fast_path_matches_phonenumbers() -> None:
    generator = random.Random(7)
    numbers = ["+447" + "".join(generator.choice("0123456789") for _ in range(9)) for _ in range(2000)]
    for number in [*numbers, "+447000000000", "+447999999999"]:
        expected = phonenumbers.format_number(phonenumbers.parse(number, "GB"), phonenumbers.PhoneNumberFormat.E164)
        assert sms_phone.to_e164(number) == expected
    # Anything else still goes through phonenumbers.
    assert sms_phone.to_e164("+4407700900123") == "+447700900123"
    assert sms_phone.to_e164(" 07700 900123 ") == "+447700900123"
    assert sms_phone.to_e164("+447700９00123") != "+447700９00123"  # a full-width digit
