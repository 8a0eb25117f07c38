"""UK and Irish town names, so that "Leeds is rough" is not taken for a person.

Why: the name finder treats an unknown word that does something ("Pyrion says") as a name;
towns do things in messages too. The names come from the area-code descriptions shipped
with the ``phonenumbers`` package (Apache 2.0, Google's libphonenumber data), which the
anonymiser already uses for phone numbers. Only the data files holding the +44 and +353
prefixes are read, as text, so the whole geocoder (about 100 MB) is never imported.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

_PREFIXES = ("44", "353")
_FIRST_KEY = re.compile(r"^ '(\d+)':", re.MULTILINE)
_ENGLISH_NAME = re.compile(r"^ '(\d+)':\{'en': u?'([^']+)'", re.MULTILINE)


def _data_files() -> list[tuple[str, Path]]:
    """Each geocoder data file with the first prefix it holds, in prefix order."""
    spec = importlib.util.find_spec("phonenumbers")
    if spec is None or spec.origin is None:
        return []
    files: list[tuple[str, Path]] = []
    for path in Path(spec.origin).parent.joinpath("geodata").glob("data*.py"):
        with path.open(encoding="utf-8") as handle:
            match = _FIRST_KEY.search(handle.read(4000))
        if match:
            files.append((match.group(1), path))
    return sorted(files)


def _files_for(prefix: str, files: list[tuple[str, Path]]) -> list[Path]:
    """The files whose prefix range can hold keys starting with ``prefix``."""
    out = []
    for k, (first, path) in enumerate(files):
        following = files[k + 1][0] if k + 1 < len(files) else "~"
        if first < prefix + "~" and following > prefix:
            out.append(path)
    return out


@lru_cache(maxsize=1)
def town_words() -> frozenset[str]:
    """Lower-case words of UK and Irish town names ("leeds", "barnsley", "keynes")."""
    files = _data_files()
    words: set[str] = set()
    for path in {p for prefix in _PREFIXES for p in _files_for(prefix, files)}:
        for key, name in _ENGLISH_NAME.findall(path.read_text(encoding="utf-8")):
            if key.startswith(_PREFIXES):
                words.update(w for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 2)
    return frozenset(words)
