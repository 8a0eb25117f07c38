"""Which words must appear for a rule to match: a cheap substring test before the regex runs.

The screen runs in the request for every answer, and two hundred regular expressions over every
answer cost milliseconds. Most rules cannot match unless one of a few literal strings is in the
text (a rule about "swallowed ... pills" needs "swallow" or one of its other verbs), so those
strings are worked out once from the pattern itself and tested with ``in`` first.
"""

from __future__ import annotations

import importlib
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_MIN = 3  # shorter literals are everywhere and prove nothing
Needs = frozenset[str] | None


def _best(options: list[frozenset[str]]) -> Needs:
    """Of several sets any one of which is required, the most selective."""
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x in s), -len(s)))


def _sequence(items: list[tuple[Any, Any]]) -> Needs:
    """A match of a sequence contains a literal run of it, or satisfies one of its parts."""
    options: list[frozenset[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        if len(run) >= _MIN:
            options.append(frozenset({run}))
        run = ""
        needed = _item(op, arg) if op is not None else None
        if needed:
            options.append(needed)
    return _best(options)


def _item(op: Any, arg: Any) -> Needs:
    if op is _c.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            needed = _sequence(list(branch))
            if needed is None:
                return None
            union |= needed
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _sequence(list(arg[2]))
    return None


def required(pattern: str) -> Needs:
    """Strings one of which every match of ``pattern`` contains, or None when there is no such set."""
    return _sequence(list(_parser.parse(pattern)))


_KEEP = 5  # a literal's first letters are enough to rule it out


class Prefilter:
    """All rules' required strings (cut to their first letters), looked up once per text."""

    def __init__(self, patterns: list[str]) -> None:
        self.needs = [None if n is None else frozenset(s[:_KEEP] for s in n) for n in map(required, patterns)]

    def candidates(self, text: str) -> list[bool]:
        """For each rule, whether it could match ``text``: every 3- to 5-letter piece of it, looked up."""
        pieces = {text[i:i + n] for n in range(_MIN, _KEEP + 1) for i in range(len(text) - n + 1)}
        return [n is None or not n.isdisjoint(pieces) for n in self.needs]
