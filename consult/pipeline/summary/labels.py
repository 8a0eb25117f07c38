"""Human labels for stored values, in English and Welsh: one place, so no page shows `womens_centre`."""

from __future__ import annotations

from datetime import date

from consult.pipeline.summary.suppression import PRIMARY, Cell

NO_VENUE = "none"
UNANSWERED = "unanswered"

_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "channel": {
        "kiosk": ("Kiosk tablet", "Llechen ciosg"),
        "sms": ("Text message", "Neges destun"),
        "facilitator": ("Entered by a facilitator", "Wedi'i nodi gan hwylusydd"),
        "import": ("Paper or imported form", "Ffurflen bapur neu wedi'i mewnforio"),
    },
    "venue_type": {
        "womens_centre": ("Women's centre", "Canolfan i fenywod"),
        "hostel": ("Hostel", "Hostel"),
        "probation_forum": ("Probation forum", "Fforwm prawf"),
        "approved_premises": ("Approved premises", "Safle cymeradwy"),
        "drop_in": ("Drop-in centre", "Canolfan galw heibio"),
        "other": ("Other venue", "Lleoliad arall"),
        NO_VENUE: ("No venue (by text message)", "Dim lleoliad (drwy neges destun)"),
    },
    "language": {
        "en": ("English", "Saesneg"),
        "cy": ("Welsh", "Cymraeg"),
    },
    "sentiment": {
        "positive": ("Positive", "Cadarnhaol"),
        "neutral": ("Neutral", "Niwtral"),
        "negative": ("Negative", "Negyddol"),
        "mixed": ("Mixed", "Cymysg"),
    },
    "kind": {
        "free_text": ("Free text", "Testun rhydd"),
        "single_choice": ("Single choice", "Un dewis"),
        "scale": ("Scale of 1 to 5", "Graddfa 1 i 5"),
        "yes_no": ("Yes or no", "Ie neu na"),
    },
    "yes_no": {
        "yes": ("Yes", "Ie"),
        "no": ("No", "Na"),
    },
}

SENTIMENTS = ("positive", "neutral", "negative", "mixed")
SCALE = ("1", "2", "3", "4", "5")
YES_NO = ("yes", "no")


def label(kind: str, value: str, language: str = "en") -> str:
    """The label of ``value`` of ``kind`` (channel, venue_type, language, sentiment, kind, yes_no).

    An unknown value is shown with underscores turned to spaces and a capital, never raw.
    """
    pair = _LABELS.get(kind, {}).get(value)
    if pair is None:
        return value.replace("_", " ").strip().capitalize() or value
    return pair[1] if language == "cy" else pair[0]


def values(kind: str) -> tuple[str, ...]:
    """Every known value of ``kind``, in the order they are shown."""
    return tuple(_LABELS[kind])


def week_label(monday: date, language: str = "en") -> str:
    """"Week of 3 Nov 2026" for the week starting on ``monday``."""
    months_cy = ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag")
    if language == "cy":
        return f"Wythnos {monday.day} {months_cy[monday.month - 1]} {monday.year}"
    return f"Week of {monday.day} {monday.strftime('%b')} {monday.year}"


def month_label(first: date, language: str = "en") -> str:
    months_cy = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                 "Hydref", "Tachwedd", "Rhagfyr")
    if language == "cy":
        return f"{months_cy[first.month - 1]} {first.year}"
    return first.strftime("%B %Y")


def scale_label(value: str, language: str = "en") -> str:
    ends = {"1": ("1 (not at all)", "1 (ddim o gwbl)"), "5": ("5 (completely)", "5 (yn llwyr)")}
    pair = ends.get(value)
    return (pair[1] if language == "cy" else pair[0]) if pair else value


def cell_text(cell: Cell, language: str = "en") -> str:
    """A count as every page, chart and report shows it: "1,234", or why it is hidden, in ``language``.

    The one place these words live: "fewer than 10" is "llai na 10" and "not shown" is "heb ei ddangos".
    """
    if cell.value is not None:
        return f"{cell.value:,}"
    welsh = language == "cy"
    if cell.reason == PRIMARY:
        return f"llai na {cell.threshold}" if welsh else f"fewer than {cell.threshold}"
    return "heb ei ddangos" if welsh else "not shown"
