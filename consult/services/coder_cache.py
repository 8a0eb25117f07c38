"""Fitted coders kept per consultation, so coding one new answer does not re-fit the model.

Fitting on a consultation's human decisions takes about 0.4 s for 134 decided answers and 1.8 s
for 1,340 (bench/coding_latency.py); coding one answer with a fitted coder takes about 30 ms.
A coder is reused while its key holds: the database, the consultation, the codebook (names,
words, examples, status) and every human decision. Any change to those makes a new key, so a
renamed theme or a reviewer's confirmation is learnt from on the next answer coded.

With a queue (REDIS_URL), RQ forks a fresh process for every job, so the fitted coder is also
kept in Redis under its key for a day (about 0.9 MB pickled for the demo; loading it takes
~20 ms against ~2 s to fit on 170 reviewed answers). Redis already holds RQ's pickled jobs, so
this trusts nothing new; if Redis cannot be reached the coder is simply fitted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

from consult.models import Theme
from consult.pipeline.themes.coder import Coder
from consult.services import jobs

log = logging.getLogger(__name__)
SHARED_SECONDS = 86400

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
    coder = _shared_get(database, consultation_id, key)
    if coder is None:
        coder = fit()  # outside the lock: another consultation's answers need not wait
        _shared_put(database, consultation_id, key, coder)
    with _lock:
        _coders[slot] = (key, coder)
        _coders.move_to_end(slot)
        while len(_coders) > _MAX:
            _coders.popitem(last=False)
    return coder


def _shared_name(database: str, consultation_id: int, key: str) -> str:
    where = hashlib.sha256(database.encode()).hexdigest()[:16]  # no credentials in a Redis key
    return f"consult:coder:{where}:{consultation_id}:{key}"


def _shared_get(database: str, consultation_id: int, key: str) -> Coder | None:
    if not jobs.queue_configured():
        return None
    try:
        stored = jobs.redis_connection().get(_shared_name(database, consultation_id, key))
        coder = pickle.loads(stored) if stored else None  # written by this service, as RQ jobs are
    except Exception as error:
        log.warning("shared coder not read", extra={"consultation_id": consultation_id,
                                                     "error": type(error).__name__})
        return None
    return coder if isinstance(coder, Coder) else None


def _shared_put(database: str, consultation_id: int, key: str, coder: Coder) -> None:
    if not jobs.queue_configured():
        return
    try:
        jobs.redis_connection().set(_shared_name(database, consultation_id, key),
                                    pickle.dumps(coder, protocol=pickle.HIGHEST_PROTOCOL), ex=SHARED_SECONDS)
    except Exception as error:
        log.warning("shared coder not kept", extra={"consultation_id": consultation_id,
                                                     "error": type(error).__name__})


def clear() -> None:
    with _lock:
        _coders.clear()
