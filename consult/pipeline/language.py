"""Which language an answer is written in: Welsh, English or both (see ``anonymise.language``).

The detector lives beside the Welsh word lists it reads; this module is its public name for
the rest of the pipeline and the services.
"""

from consult.pipeline.anonymise.language import LANGUAGES, Language, counts, detect

__all__ = ["LANGUAGES", "Language", "counts", "detect"]
