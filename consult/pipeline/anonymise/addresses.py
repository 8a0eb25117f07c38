"""Street addresses: a house number (or flat) followed by a street name and a street word.

Why: "flat 2, 14 high street" or "12 Acacia Avenue" locate a person; the street word list
(UK and US forms) keeps "12 weeks" and "2 nights" out. A following town, state and ZIP or
postcode is taken into the same span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from consult.pipeline.anonymise.identifiers import Found

_SUFFIX = (
    r"(?:street|st|road|rd|avenue|ave|av|lane|ln|drive|dr|close|crescent|cres|place|pl|grove|"
    r"gardens|gdns|terrace|hill|walk|square|sq|parade|row|mews|rise|view|green|way|court|ct|"
    r"boulevard|blvd|highway|hwy|parkway|pkwy|circle|cir|trail|trl|plaza|alley|estate|park|vale|"
    r"wharf|quay|heights|bridge|point|pike|run|path|loop|cove|creek|crossing|expressway|freeway|"
    r"junction|landing|manor|meadows?|orchard|passage|ridge|route|spur|summit|turnpike|valley|"
    r"villas?|close|broadway|causeway|embankment|precinct|chase|fields?|glade|gate|ville|port|"
    r"straße|strasse|str|weg|straat|laan|gasse|vej|gade|gatan|vägen|allee|plein)\.?"
)
_UNIT = r"(?:(?:flat|apt|apartment|unit|suite|ste|room|no)\.?\s*#?\w{1,5},?\s+)"
_WORD = r"\d*[^\W\d_][\w'’\-]*\.?"
_TAIL = (
    r"(?:,?\s*(?:apt|apartment|suite|ste|unit|flat|#)\.?\s*#?\w{1,6})?"
    r"(?:,?[ \t]+(?-i:[A-Z][\w'’\-]+)(?:[ \t]+(?-i:[A-Z][\w'’\-]+)){0,2})?"
    r"(?:,?[ \t]+(?-i:[A-Z]{2}))?(?:,?[ \t]+\d{5}(?:-\d{4})?)?"
)
_ADDRESS = re.compile(
    rf"(?<![\w/]){_UNIT}?(?:\d{{1,5}}[a-z]?,?\s+(?=\d))?(?P<num>\d{{1,5}}[a-z]?(?:[-/]\d{{1,5}})?),?\s+"
    rf"(?P<name>(?:{_WORD}\s+){{0,3}}?{_WORD}?)\s*\b{_SUFFIX}(?!\w){_TAIL}",
    re.IGNORECASE,
)
_NAMED_STREET = re.compile(
    r"(?<![\w])(?-i:(?:[A-Z][\w'’\-]+\s+){1,3})(?-i:(?:Street|Road|Avenue|Lane|Drive|Close|Crescent|"
    r"Grove|Gardens|Terrace|Square|Parade|Mews|Way|Court|Boulevard|Place|Walk|Row|Rise))\b",
)
_UNIT_ALONE = re.compile(
    r"\b(?:(?:apt|apartment|suite|ste|unit|flat)\.?\s*#?\d{1,5}[a-z]?(?:\s+box\s+\d{1,6})?"
    r"|p\.?\s?o\.?\s?box\s+\d{1,6})\b",
    re.IGNORECASE,
)
_ZIP = re.compile(
    r"(?:\bzip(?:\s*code)?(?:\s+is)?\s*:?\s*|(?-i:\b[A-Z][\w'’\-]+),?\s+|\b(?:APO|FPO|DPO)\s+[A-Z]{2}\s+)"
    r"(?P<zip>(?<![\w£$.,])\d{5}(?:-\d{4})?)(?![\w.,]\d|\s*(?:quid|pounds|grand|pence|dollars|%))",
    re.IGNORECASE,
)
# Continental forms: a street word before the name ("Via Verbano 62", "rue de la Paix 4") or a
# compound street name ("Nassaustraat 123", "Frørupvej 58"), then the house number.
_CONTINENTAL = re.compile(
    r"(?<![\w/])(?:\d{1,5}[a-z]?\s+)?(?:"
    r"(?:via|viale|corso|piazza|rue|avenue|avenida|av\.|calle|carrer|rua|travessa|largo|praça|plaza|paseo|"
    r"chemin|allée|boulevard|ul\.|ulica|ulitsa|strada|aleja|al\.)\s+(?:[^\W\d_][\w'’.\-]*\s+){1,4}"
    r"|(?:(?-i:[A-Z])[\w'’.\-]*\s+){0,2}[^\W\d_]{2,}(?:straat|strasse|straße|str\.|weg|laan|gasse|vej|gade|gata|gatan|"
    r"gaten|vägen|veien|vei|katu|utca|allee|plein|dreef|kade|steenweg|gracht|platz|[^\W\d_]{4}tie)\s+"
    r")\d{1,5}[a-z]?(?![\w/:.,]\d)(?!\s*(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|times?|miles?|"
    r"km|quid|pounds?|grand|pence|p\b|%|am\b|pm\b|o'?clock))",
    re.IGNORECASE,
)
# A following line of an envelope-style address: a flat, a town, a region, a country, a ZIP.
_NEXT_LINE = re.compile(
    r"[ \t]*,?[ \t]*\n[ \t>]*(?:,[ \t]*)?(?P<line>(?:[\w'’.\-#]+[ \t,]*){1,6}?)(?=[ \t]*(?:\n|$|[.?!]\s))"
)
_LINE_WORD = re.compile(
    r"(?:\d[\w\-]{0,9}|[A-Z][\w'’.\-]*|(?i:apt|apartment|suite|ste|unit|flat|floor|box|and|of|the|de|la|le|di|del|da|du|u|nan)\.?|#\w+)"
)
_MILITARY = re.compile(r"\b(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}\b")
_CUED = re.compile(
    r"\b(?:(?:my|new|home|postal|billing|delivery|his|her|their|the)\s+address(?:\s+is|\s+was)?\s*:?"
    r"|address\s*:|addy\s*:?|(?:live|lives|living|staying|stay|moved|move|send|sent|post|posted|deliver|"
    r"delivered|return|taxi|arrived|meet\s+me|office\s+is)"
    r"(?:\s+(?:it|them|this|that|to|at|in))*\s+(?:at|to)\s+(?=#?\d))"
    r"\s*(?P<addr>(?:[^\n.?!;]|(?:(?<=apt)|(?<=ste)|(?<=no)|(?<=rd)|(?<=st))\.){1,70}?)"
    r"(?=[ \t]*\n|\s*(?:[.?!;]\s|[.?!;]?$|\n\n|,?\s+(?:and|but|for|please|thanks)\b))",
    re.IGNORECASE,
)
# Welsh street words come first: "14 Heol y Felin", "3 Lôn Las", "5 Pen-y-Bryn", "Flat 2, 7 Teras Bute".
_WELSH_STREET = (
    r"(?:heol|hewl|stryd|ffordd|lôn|lon|rhodfa|maes|cae|cilgant|teras|clos|cwrt|sgwâr|sgwar|rhes|llys|"
    r"parc|gerddi|dôl|dol|allt|bryn|bron|coed|glan|pant|cwm|tŷ|ty)"
)
_WELSH_ADDRESS = re.compile(
    r"(?<![\w/])(?:(?:fflat|flat|rhif|uned)\s*\d{1,4}[a-z]?,?\s+)?\d{1,5}[a-z]?,?\s+"
    rf"(?:pen[- ]y[r]?[- ]?[^\W\d_][\w'’]*"
    rf"|{_WELSH_STREET}(?:['’]r)?(?:(?:[ \t]+|-)(?:y|yr|'r|[^\W\d_][\w'’\-]*)){{1,3}})",
    re.IGNORECASE,
)
# The town after a street ("14 Heol y Felin, Caerdydd"): kept, and never read as a name.
_TOWN_AFTER = re.compile(r",?[ \t]+((?:[A-ZÂÊÎÔÛŴŶ][\w'’\-]+)(?:[ \t]+[A-ZÂÊÎÔÛŴŶ][\w'’\-]+)?)")
_WELSH_NAMED_STREET = re.compile(
    r"(?<!\w)(?:Heol|Hewl|Stryd|Ffordd|Lôn|Rhodfa|Cilgant|Teras|Clos)[ \t]+(?:(?:y|yr)[ \t]+)?"
    r"(?!Fawr\b|Fach\b)[A-ZÂÊÎÔÛŴŶ][\w'’\-]+"  # "Stryd Fawr" is every town's high street
)
_NUMBER_WORDS_NUMBER = re.compile(
    r"(?<![\w/])\d{1,5}[a-z]?\s+((?:[^\W\d_][\w'’\-.]*\s+){1,3})\d{1,5}(?![\w/:.]\d)", re.IGNORECASE
)


def _words(text: str) -> frozenset[str]:
    """Whitespace-separated words: keeps long word lists readable."""
    return frozenset(text.split())


_STOP = _words(
    """
    a an the of in on at to for and or but is was were be been are my me i we you he she they it
    this that these those with from by as so if then than more less some any all no not do did have
    has had get got go went come came days weeks months years nights hours mins minutes times people
    quid pounds
    """
)


# Words that end a Welsh street name rather than belong to it: "14 heol y felin ac roedd ...".
_WELSH_AFTER = _words("a ac ag ond yn ym yng roedd mae oedd i o ar am efo gyda gyda'r and but in on at")
_SIGN_OFF = _words("thanks thank cheers regards ta love bye x xx xxx sincerely best")


def find_addresses(text: str) -> Iterator[Found]:
    """Street addresses with their optional flat, town, state and ZIP, over following lines too."""
    for kind, start, end in _find(text):
        yield kind, start, _following_lines(text, end)


def _following_lines(text: str, end: int) -> int:
    """Extend an address over up to four short lines that read as address lines."""
    lower = text[max(0, end - 40) : end].islower()
    for _ in range(4):
        m = _NEXT_LINE.match(text, end)
        if not m:
            break
        words = m.group("line").replace(",", " ").split()
        if len(words) == 1 and words[0].lower().strip(".!") in _SIGN_OFF:
            break
        if not all(_LINE_WORD.fullmatch(w) or (lower and w.islower() and w not in _STOP) for w in words):
            break
        end = m.end("line")
    return end


def _find(text: str) -> Iterator[Found]:
    has_digit = any(c.isdigit() for c in text)
    yield from _welsh_streets(text, has_digit)
    if not has_digit:
        yield from _named_streets(text)
        return
    for m in _ADDRESS.finditer(text):
        words = m.group("name").lower().split()
        if any(w.strip(".,") in _STOP for w in words[words[:1] == ["the"] :]):
            continue
        yield "ADDRESS", m.start(), m.end()
    yield from _named_streets(text)
    for m in _UNIT_ALONE.finditer(text):
        yield "ADDRESS", m.start(), m.end()
    for m in _ZIP.finditer(text):
        yield "ADDRESS", m.start("zip"), m.end("zip")
    for m in _CONTINENTAL.finditer(text):
        if not any(w.lower().strip(".,") in _STOP for w in m.group().split()[1:]):
            yield "ADDRESS", m.start(), m.end()
    for m in _MILITARY.finditer(text):
        yield "ADDRESS", m.start(), m.end()
    for m in _CUED.finditer(text):
        if any(c.isdigit() for c in m.group("addr")):
            yield "ADDRESS", m.start("addr"), m.end("addr")
    for m in _NUMBER_WORDS_NUMBER.finditer(text):
        if not any(w.lower().strip(".,") in _STOP for w in m.group(1).split()):
            yield "ADDRESS", m.start(), m.end()


def _welsh_streets(text: str, has_digit: bool) -> Iterator[Found]:
    for m in _WELSH_ADDRESS.finditer(text) if has_digit else ():
        end = m.end()
        words = list(re.finditer(r"[^\s,]+", text[m.start() : end]))
        cut = next((k for k in range(2, len(words)) if words[k].group().lower() in _WELSH_AFTER), None)
        if cut is not None and cut > 2:
            end = m.start() + words[cut - 1].end()
        yield "ADDRESS", m.start(), end
        town = _TOWN_AFTER.match(text, end)
        if town and "," in text[end : town.start(1)]:
            yield "", town.start(1), town.end(1)
    for m in _WELSH_NAMED_STREET.finditer(text):
        yield "ADDRESS", m.start(), m.end()


def _named_streets(text: str) -> Iterator[Found]:
    for m in _NAMED_STREET.finditer(text):
        if m.group().split()[0].lower() not in _STOP:
            yield "ADDRESS", m.start(), m.end()
