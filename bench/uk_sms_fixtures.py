"""Generate UK SMS-style messages with planted personal details, in the eval gold format.

Why: the held-out sets are UK SMS-style; this generator (written for consult, not derived from
any eval file) gives a repeatable local measure: lower-case and capitalised names, cue phrases,
UK identifier formats in their usual spellings, and name-like ordinary words that must survive.
Run: ``python bench/uk_sms_fixtures.py 2000 > uk.jsonl``.
"""

from __future__ import annotations

import json
import random
import string
import sys
from collections.abc import Callable


def _words(text: str) -> list[str]:
    """Whitespace-separated words: keeps long word lists readable."""
    return text.split()


FIRST = _words(
    """
    dave sarah john kev michelle gary tracey lee darren kelly jason lisa wayne donna craig emma paul
    nicola stephen claire shane leanne dean amy ryan gemma jamie chloe liam jade aaron zoe mohammed
    aisha imran fatima rhys carys dafydd siân kieran ciara tomasz agnieszka tyrone shanice connor
    bethany
    """
)
SURNAME = _words(
    """
    smith jones williams taylor brown davies evans wilson thomas johnson roberts walker wright
    robinson thompson hughes edwards green hall wood harris lewis martin jackson clarke patel khan
    ahmed ali begum hussain o'brien murphy kowalski nowak okafor mensah
    """
)
AMBIGUOUS = ["will", "hope", "grace", "may", "mark", "rose", "frank", "joy", "summer", "faith"]
SERVICE = ["NHS", "GP", "Jobcentre", "Universal Credit", "A&E", "the council", "Samaritans"]
TITLES = ["PC", "DC", "Sgt", "Mr", "Mrs", "Ms", "Dr", "pc", "mr"]
CUES = [
    "my PO",
    "my worker",
    "my key worker",
    "ask for",
    "called",
    "my probation officer",
    "my mate",
    "my support worker",
    "speak to",
    "my social worker",
    "my partner",
]
STREETS = [
    "high street",
    "Acacia Avenue",
    "church road",
    "Station Road",
    "park lane",
    "victoria st",
    "Mill Lane",
    "the green",
    "Kings Road",
    "Queen Street",
]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _case(rng: random.Random, word: str) -> str:
    return rng.choice([word, word, word.capitalize()])


def phone(rng: random.Random) -> str:
    body = "7" + _digits(rng, 9)
    forms = [
        "0" + body,
        f"0{body[:4]} {body[4:]}",
        f"+44 {body[:4]} {body[4:]}",
        f"+44{body}",
        f"0{body[:4]} {body[4:7]} {body[7:]}",
        f"0{body[:4]}-{body[4:]}",
        f"(0{body[:4]}) {body[4:]}",
        f"020 {_digits(rng, 4)} {_digits(rng, 4)}",
        f"0161 {_digits(rng, 3)} {_digits(rng, 4)}",
        f"+44 (0){body[:4]} {body[4:]}",
        f"0044 {body}",
    ]
    return rng.choice(forms)


def nhs_number(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, d)) + str(check)
            return rng.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def ni_number(rng: random.Random) -> str:
    a, b = rng.choice("ABCEHJKLMPRSTWY"), rng.choice("ABCEHJKLMPRSTWY")
    n = _digits(rng, 6)
    s = rng.choice("ABCD")
    forms = [f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {s}", f"{a}{b}{n}{s}", f"{a}{b}{n}{s}".lower()]
    return rng.choice(forms)


def prison_number(rng: random.Random) -> str:
    v = f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 4)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}"
    return rng.choice([v, v.lower()])


def pnc_id(rng: random.Random) -> str:
    return f"{rng.randint(0, 24):02d}/{_digits(rng, 6)}{rng.choice(string.ascii_uppercase)}"


def crn(rng: random.Random) -> str:
    v = f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 6)}"
    return rng.choice([v, v.lower()])


def vehicle_reg(rng: random.Random) -> str:
    v = f"{rng.choice('ABCDEFGHKLMNPRSVWY')}{rng.choice('ABCDEFGHKLMNPRSVWY')}{_digits(rng, 2)} " + "".join(
        rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)
    )
    return rng.choice([v, v.replace(" ", ""), v.lower()])


def postcode(rng: random.Random) -> str:
    outward = rng.choice(["SW1A", "M1", "B33", "LS6", "CF10", "NE1", "L8", "BS5", "E17", "NG7", "SA1", "EC1V"])
    inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    v = f"{outward} {inward}"
    return rng.choice([v, v.lower(), v.replace(" ", "").lower()])


def dob(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1950, 2005)
    months = _words(
        """
    January February March April May June July August September October November December
    """
    )
    suffix = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y % 100:02d}",
            f"{d}{suffix} {months[m - 1]} {y}",
            f"{d} {months[m - 1][:3].lower()} {y}",
            f"{d:02d}.{m:02d}.{y}",
        ]
    )


def card(rng: random.Random) -> str:
    while True:
        n = "4" + _digits(rng, 15)
        total = sum(
            (int(c) * 2 - 9 if int(c) > 4 else int(c) * 2) if i % 2 else int(c) for i, c in enumerate(reversed(n))
        )
        if total % 10 == 0:
            return rng.choice([n, " ".join(n[i : i + 4] for i in range(0, 16, 4))])


def address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return rng.choice([f"{rng.randint(1, 200)} {street}", f"flat {rng.randint(1, 9)}, {rng.randint(1, 90)} {street}"])


def email(rng: random.Random) -> str:
    domain = rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.com"])
    return f"{rng.choice(FIRST)}.{rng.choice(SURNAME)}{rng.randint(1, 99)}@{domain}"


# Syllables for made-up names no list holds ("Zorbek", "quillon"): found only by shape and context.
ONSETS = _words("zor quil rav tam brann osk vel dro kez mir yan fol")
CODAS = _words("bek lon indel sk agh ric ton ven oza ith usk")


def unlisted_name(rng: random.Random) -> str:
    return _case(rng, rng.choice(ONSETS) + rng.choice(CODAS))


def name(rng: random.Random) -> str:
    first = _case(rng, rng.choice(FIRST))
    return first if rng.random() < 0.6 else f"{first} {_case(rng, rng.choice(SURNAME))}"


Slot = tuple[str, Callable[[random.Random], str]]
TEMPLATES: list[tuple[str, dict[str, Slot]]] = [
    ("{cue} {n} never calls back, ring me on {p}", {"n": ("PERSON", name), "p": ("PHONE", phone)}),
    ("text me {p} if u can", {"p": ("PHONE", phone)}),
    ("prison number {x}, released with nowhere to go", {"x": ("PRISON_NUMBER", prison_number)}),
    ("my nhs number is {x} and the GP wont see me", {"x": ("NHS_NUMBER", nhs_number)}),
    ("ni {x} for the Universal Credit claim", {"x": ("NI_NUMBER", ni_number)}),
    ("pnc {x} they keep stopping me", {"x": ("PNC_ID", pnc_id)}),
    ("my crn is {x} ask {n}", {"x": ("CRN", crn), "n": ("PERSON", name)}),
    ("they took my car {x} off me", {"x": ("VEHICLE_REG", vehicle_reg)}),
    ("staying at {a} {pc} for 2 nights", {"a": ("ADDRESS", address), "pc": ("POSTCODE", postcode)}),
    ("dob {d} if u need it", {"d": ("DOB", dob)}),
    ("i was born on {d}, been in and out since 16", {"d": ("DOB", dob)}),
    ("card {c} got nicked", {"c": ("CREDIT_CARD", card)}),
    ("email me {e} pls", {"e": ("EMAIL", email)}),
    ("{t} {s} was decent to be fair", {"s": ("PERSON", lambda r: _case(r, r.choice(SURNAME)))}),
    ("{n} at the hostel helped me more than {n2} ever did", {"n": ("PERSON", name), "n2": ("PERSON", name)}),
    ("me and {n} got moved, postcode {pc}", {"n": ("PERSON", name), "pc": ("POSTCODE", postcode)}),
    ("{cue} {n} said she will sort it. {p}", {"n": ("PERSON", name), "p": ("PHONE", phone)}),
    ("{u} says the hostel is full again", {"u": ("PERSON", unlisted_name)}),
    ("{u}'s mum took me in when i got out", {"u": ("PERSON", unlisted_name)}),
    ("{u}, you were right about the meeting", {"u": ("PERSON", lambda r: unlisted_name(r).capitalize())}),
    ("we talked about {u} for ages", {"u": ("PERSON", lambda r: unlisted_name(r).capitalize())}),
]
NEGATIVE_LINES = [
    "i will hope for the best, may be better in summer",
    "by the grace of god i kept faith, joy is hard",
    "frank talk from the GP, mark my words",
    "12 weeks on the A1 service, 2 nights in Room 101",
    "the NHS and Jobcentre and Universal Credit all let me down",
    "rose early, will try the GP again, hope they listen",
    "Leeds is rough. Ngl I was scared, deffo my fault",
    "cmht says they cant see me till march hahaha",
    "I love Polish food, its awsome #NotFair",
]


def generate(count: int, seed: int = 5) -> list[dict[str, object]]:
    """``count`` gold records: planted identifiers as spans, ordinary words as negatives."""
    rng = random.Random(seed)
    out: list[dict[str, object]] = []
    for i in range(count):
        template, slots = rng.choice(TEMPLATES)
        text, spans, pos = "", [], 0
        parts = template.replace("{cue}", rng.choice(CUES)).replace("{t}", rng.choice(TITLES))
        while "{" in parts[pos:]:
            a = parts.index("{", pos)
            b = parts.index("}", a)
            text += parts[pos:a]
            kind, make = slots[parts[a + 1 : b]]
            value = make(rng)
            spans.append({"type": kind, "start": len(text), "end": len(text) + len(value), "value": value})
            text += value
            pos = b + 1
        text += parts[pos:]
        line = rng.choice(NEGATIVE_LINES)
        # The scorer looks for each planted value in the redacted text: a line holding one
        # ("Lee" in "Leeds") would count a caught name as leaked.
        if rng.random() < 0.4 and not any(str(s["value"]).lower() in line.lower() for s in spans):
            text += " " + line
        out.append({"id": f"uk-{i:05d}", "text": text, "spans": spans, "negatives": AMBIGUOUS + SERVICE})
    return out


if __name__ == "__main__":
    for record in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 2000):
        print(json.dumps(record, ensure_ascii=False))
