"""A short-lived, per-app cache for what every request needs and staff rarely change.

Every inbound text and kiosk answer needs the open surveys, the rules and the anonymiser
built for the organisations' place names; reading them for each one would cost queries
per answer. Values are kept for ``CACHE_SECONDS`` (default 10; 0 turns the cache off),
so staff edits show within that.
Loaders run on the caller's session: callers load before they start a write transaction.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar, cast

from flask import current_app

T = TypeVar("T")
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Entry:
    value: object
    loaded_at: float


def cached(key: str, load: Callable[[], T]) -> T:
    """``load()``'s value for ``key``, reloaded once it is older than the app's cache time."""
    ttl = float(current_app.config.get("CACHE_SECONDS", 10))
    with _lock:
        store: dict[str, _Entry] = current_app.extensions.setdefault("consult_cache", {})
    entry = store.get(key)
    now = time.monotonic()
    if entry is not None and now - entry.loaded_at < ttl:
        return cast(T, entry.value)
    value = load()
    store[key] = _Entry(value, now)
    return value


def clear() -> None:
    """Forget everything cached for the current app (after staff change what is cached)."""
    current_app.extensions.pop("consult_cache", None)
