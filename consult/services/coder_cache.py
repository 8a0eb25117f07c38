"""Fitted coders kept per consultation, so coding one new answer does not re-fit the model.

Fitting on a consultation's human decisions takes about 0.4 s for 134 decided answers and 1.8 s
for 1,340 (bench/coding_latency.py); coding one answer with a fitted coder takes about 30 ms.
A coder is reused while its key holds: the database, the consultation, the codebook (names,
words, examples, status) and every human decision. Any change to those makes a new key, so a
renamed theme or a reviewer's confirmation is learnt from on the next answer coded.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from consult.models import Theme
from consult.pipeline.themes.coder import Coder

_MAX = 16  # consultations whose coder is kept in one process
_lock = threading.Lock()
_coders: OrderedDict[tuple[str, int], tuple[str, Coder]] = OrderedDict()


def fingerprint(themes: Sequence[Theme], decisions: Sequence[tuple[int, int, str]]) -> str:
    """A digest of everything the fitted coder depends on."""
    codebook = [[t.id, t.name, t.name_cy, t.description, list(t.keywords), list(t.examples), str(t.status)]
                for t in themes]
    payload = json.dumps([codebook, [list(d) for d in decisions]], separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def get_or_fit(database: str, consultation_id: int, key: str, fit: Callable[[], Coder]) -> Coder:
    """The cached coder for ``key``, else a newly fitted one (kept for next time)."""
    slot = (database, consultation_id)
    with _lock:
        cached = _coders.get(slot)
        if cached is not None and cached[0] == key:
            _coders.move_to_end(slot)
            return cached[1]
    coder = fit()  # outside the lock: another consultation's answers need not wait
    with _lock:
        _coders[slot] = (key, coder)
        _coders.move_to_end(slot)
        while len(_coders) > _MAX:
            _coders.popitem(last=False)
    return coder


def clear() -> None:
    with _lock:
        _coders.clear()
