"""Human labels for exports (stand-in until the shared labels module lands from the results work)."""

from __future__ import annotations

_CHANNELS = {"kiosk": "Kiosk tablet", "sms": "Text message", "facilitator": "Entered by a facilitator",
             "import": "Paper form"}
_VENUES = {"womens_centre": "Women's centre", "hostel": "Hostel", "probation_forum": "Probation forum",
           "approved_premises": "Approved premises", "drop_in": "Drop-in", "other": "Other venue",
           None: "No venue (text message)", "none": "No venue (text message)"}
_LANGUAGES = {"en": "English", "cy": "Welsh"}
_SENTIMENTS = {"positive": "Positive", "neutral": "Neutral", "negative": "Negative", "mixed": "Mixed"}


def channel(value: str) -> str:
    return _CHANNELS.get(value, value)


def venue_type(value: str | None) -> str:
    return _VENUES.get(value, value or "")


def language(value: str) -> str:
    return _LANGUAGES.get(value, value)


def sentiment(value: str) -> str:
    return _SENTIMENTS.get(value, value)
