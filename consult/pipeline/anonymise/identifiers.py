"""Structured identifiers: numbers, codes and contact details found by pattern.

Why: UK identifiers (NHS, NI, prison, PNC, CRO, CRN numbers, postcodes, number plates) and
contact details have fixed shapes, so regular expressions compiled once find them cheaply.
Each finder yields ``(type, start, end)``; type "" marks a span to keep (an ordinary date or
time) so that a looser finder cannot claim it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Found = tuple[str, int, int]

_I = re.IGNORECASE
_NOT_WORD_BEFORE = r"(?<![A-Za-z0-9])"
_NOT_WORD_AFTER = r"(?![A-Za-z0-9])"

_EMAIL = re.compile(r"[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+", _I)
_SPOKEN_EMAIL = re.compile(
    r"\b[\w.\-]+\s?(?:\(at\)|\[at\]|\sat\s)\s?[\w\-]+\s?(?:\.|\sdot\s)\s?(?:com|co\.uk|org|net|uk|co)\b", _I
)
_URL = re.compile(
    r"(?:\b(?:https?://|www\.)|\b(?:[\w\-]+\.)+(?:com|co\.uk|org|net|uk|io|me|ly|tv|de|fr|be|ch|hu|za|info|biz)/)"
    r"[^\s<>\"]*",
    _I,
)
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_.]{2,30}")
_IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{1,4}(?![\w:])", _I)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", _I)
_NI = re.compile(
    _NOT_WORD_BEFORE + r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"[ \-.]?\d{2}[ \-.]?\d{2}[ \-.]?\d{2}(?:[ \-.]?[A-D])?" + _NOT_WORD_AFTER,
    _I,
)
_PRISON = re.compile(_NOT_WORD_BEFORE + r"(?:[A-Z]\d{4}[A-Z]{2}|[A-Z] \d{4} ?[A-Z]{2})" + _NOT_WORD_AFTER)
_PRISON_LOWER = re.compile(_NOT_WORD_BEFORE + r"[a-z]\d{4}[a-z]{2}" + _NOT_WORD_AFTER, _I)
_PNC = re.compile(r"(?<![\w/])(?:\d{2}|\d{4})/\d{1,7}[A-Z](?![\w/])", _I)
_CRO = re.compile(r"(?<![\w/])(?:SF ?)?\d{1,6}/\d{2}[A-Z](?![\w/])", _I)
_CRN = re.compile(_NOT_WORD_BEFORE + r"[A-Z]\d{6}" + _NOT_WORD_AFTER, _I)
_REG_CURRENT = re.compile(_NOT_WORD_BEFORE + r"[A-Z]{2}\d{2} ?[A-Z]{3}" + _NOT_WORD_AFTER, _I)
_REG_OLD = re.compile(_NOT_WORD_BEFORE + r"(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])" + _NOT_WORD_AFTER)
_POSTCODE = re.compile(
    _NOT_WORD_BEFORE + r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}" + _NOT_WORD_AFTER, _I
)
_ID_TOKEN = re.compile(r"\b(?=(?:[A-Za-z]*\d){5})(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,20}\b")
_DIGITS = re.compile(r"(?<!\d)(?:\+|00)?\(?\d[\d()\-. \t]*\d(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?!\d)", _I)
_SORT_ACCOUNT = re.compile(r"^\d{2}[- ]\d{2}[- ]\d{2}\s+\d{8}$")
_SSN = re.compile(r"^\d{3}[- ]\d{2}[- ]\d{4}$")
_PHONE_CUE = re.compile(  # not inside a placeholder: "[PHONE] 101 101", "[ID_NUMBER] 101 101" stay as they are
    r"(?<![_\[])(?:phone|mobile|mob|tel|call|ring|text|number|no\.?|whatsapp|contact"
    r"|ff[oô]n|ffonio|ffonia|ffoniwch|rhif|tecst|symudol)\W{0,12}$",  # Welsh: phone, ring, number, mobile
    _I,
)
_PHONE_CUE_AFTER = re.compile(r"\W{0,3}(?:office|fax|home|work|mobile|mob|cell|tel|phone|landline|ext)\b", _I)
_NHS_CUE = re.compile(r"nhs|\bgig\b", _I)  # GIG: the NHS in Welsh
_ACCOUNT_CUE = re.compile(r"(?:account|acc|acct|sort code)\W{0,12}(?:no\.?|number)?\W{0,4}$", _I)


def iban_ok(code: str) -> bool:
    """The ISO 13616 mod-97 check of an IBAN (spaces ignored, any case)."""
    code = code.replace(" ", "").upper()
    moved = code[4:] + code[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return len(code) >= 15 and int(number) % 97 == 1


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by payment card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def nhs_ok(digits: str) -> bool:
    """The NHS number modulus-11 check."""
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9]) and check != 10


def _classify_digits(text: str, start: int, chunk: str, end: int) -> str:
    main = re.split(r"\s?(?:x|ext)", chunk, maxsplit=1, flags=_I)[0]
    digits = "".join(c for c in main if c.isdigit())
    n = len(digits)
    before = text[max(0, start - 30) : start]
    if _SORT_ACCOUNT.match(chunk) or (n in (6, 8, 14) and _ACCOUNT_CUE.search(before)):
        return "BANK_ACCOUNT"
    if 13 <= n <= 19 and luhn_ok(digits):
        return "CARD"
    if n == 10 and not chunk.startswith(("0", "+", "(")) and (nhs_ok(digits) or _NHS_CUE.search(before)):
        return "NHS_NUMBER"
    if n == 9 and _SSN.match(chunk):
        return "ID_NUMBER"
    if n >= 9:
        return "PHONE" if n <= 15 else "CARD"
    if n >= 7:
        if "." in chunk:
            return ""
        if chunk.startswith(("0", "+", "(")) or _PHONE_CUE.search(before) or _PHONE_CUE_AFTER.match(text, end):
            return "PHONE"
        return "ID_NUMBER"
    grouped = n < len(chunk)  # "61 51 81 office" is dialled; "100000 home" is an amount
    if n >= 5 and "." not in chunk and (_PHONE_CUE.search(before) or (grouped and _PHONE_CUE_AFTER.match(text, end))):
        return "PHONE"
    return ""


def _numbers(text: str) -> Iterator[Found]:
    for m in _DIGITS.finditer(text):
        chunk = m.group().rstrip(" \t-.(")
        if chunk.endswith(")") and "(" not in chunk:
            chunk = chunk[:-1]
        kind = _classify_digits(text, m.start(), chunk, m.start() + len(chunk))
        if kind:
            yield kind, m.start(), m.start() + len(chunk)


def _url_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]'\"":
        end -= 1
    return end


_SIMPLE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("EMAIL", _EMAIL),
    ("EMAIL", _SPOKEN_EMAIL),
    ("IP_ADDRESS", _IPV4),
    ("NI_NUMBER", _NI),
    ("PRISON_NUMBER", _PRISON),
    ("PRISON_NUMBER", _PRISON_LOWER),
    ("PNC_ID", _PNC),
    ("CRO_NUMBER", _CRO),
    ("CRN", _CRN),
    ("VEHICLE_REG", _REG_CURRENT),
    ("VEHICLE_REG", _REG_OLD),
    ("POSTCODE", _POSTCODE),
    ("ID_NUMBER", _ID_TOKEN),
    ("HANDLE", _HANDLE),
)


def find_identifiers(text: str) -> Iterator[Found]:
    """Every structured identifier in ``text`` (overlaps are resolved by the caller)."""
    has_digit = any(c.isdigit() for c in text)
    for kind, pattern in _SIMPLE:
        if not has_digit and kind not in ("EMAIL", "HANDLE"):
            continue
        for m in pattern.finditer(text):
            yield kind, m.start(), m.end()
    for m in _IBAN.finditer(text):
        if has_digit and (m.group()[:2].isupper() or iban_ok(m.group())):  # lower case only if it checks
            yield "BANK_ACCOUNT", m.start(), m.end()
    for m in _URL.finditer(text):
        yield "URL", m.start(), _url_end(text, m.start(), m.end())
    if has_digit:
        for m in _IPV6.finditer(text):
            if m.group().count(":") >= 4 or "::" in m.group():
                yield "IP_ADDRESS", m.start(), m.end()
        yield from _numbers(text)
