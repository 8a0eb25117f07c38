"""Load what every answer needs before the first person is waiting for it.

The anonymiser's name lists (English and Welsh), TextBlob's sentiment lexicon, the learned sentiment model (fitted from
the bundled examples at first use) and the safeguarding rules take
seconds to load; a server loads them once, before it forks its workers, so no text or
kiosk page pays for it (and the workers share the memory).
"""

from __future__ import annotations

from consult.pipeline.anonymise import Anonymiser
from consult.pipeline.safeguarding import assess
from consult.pipeline.sentiment import score


def warm_up() -> None:
    Anonymiser().anonymise("Warm up, Sam: call 07700 900000 at 1 High Street")
    Anonymiser().anonymise("Diolch Iwan, dw i'n byw yn 3 Heol y Felin", language="cy")  # the Welsh word lists
    score("warm up")  # also fits the learned sentiment model (sentiment_learned.default_model)
    assess("warm up")
