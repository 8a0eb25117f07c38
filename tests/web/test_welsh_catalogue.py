"""Every user-facing string has a Welsh translation, and the compiled catalogue matches it.

Extraction uses Babel's Python API with the method map in ``babel.cfg`` and the keywords of
``pybabel extract -k _l``, so a new ``_()`` in a template or ``_l()`` in a form is caught here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
BABEL_CFG = ROOT / "babel.cfg"
CATALOGUE = ROOT / "consult" / "translations" / "cy" / "LC_MESSAGES"
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None}
SKIP_DIRS = {"node_modules", "instance", "test-artefacts", "tests", "bench"}

MsgId = str | tuple[str, ...]


def _only_source_dirs(dirpath: str) -> bool:
    name = os.path.basename(dirpath)
    return not name.startswith((".", "_")) and name not in SKIP_DIRS


def extracted() -> Iterator[tuple[MsgId, str | None, str]]:
    """(msgid, context, where) for every translatable string in the code and templates."""
    with BABEL_CFG.open(encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config, str(BABEL_CFG))
    for filename, lineno, message, _comments, context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS, directory_filter=_only_source_dirs,
    ):
        if isinstance(message, tuple):
            message = tuple(part for part in message if part)
        if message:
            yield message, context, f"{filename}:{lineno}"


def singular(msgid: MsgId) -> str:
    return msgid if isinstance(msgid, str) else msgid[0]


@pytest.fixture(scope="module")
def catalogue() -> Catalog:
    po_file = CATALOGUE / "messages.po"
    assert po_file.is_file(), f"no Welsh catalogue at {po_file}: run `make translations`"
    with po_file.open("rb") as handle:
        return read_po(handle, locale="cy")


def test_extraction_finds_the_kiosk_strings() -> None:
    ids = {singular(msgid) for msgid, _context, _where in extracted()}
    assert "Exit this page" in ids and "Skip this question" in ids, "babel.cfg no longer covers the templates"
    assert any(msgid.startswith("Choose an answer") for msgid in ids), "the _l() strings in forms are missing"


def test_every_string_has_a_welsh_translation(catalogue: Catalog) -> None:
    missing = []
    for msgid, context, where in extracted():
        entry = catalogue.get(singular(msgid), context=context)
        strings = entry.string if entry is not None else None
        forms = list(strings) if isinstance(strings, tuple | list) else [strings]
        if entry is None or entry.fuzzy or not all(forms):
            state = "missing" if entry is None else "fuzzy" if entry.fuzzy else "untranslated"
            missing.append(f"{where}: {state}: {singular(msgid)!r}")
    assert not missing, f"{len(missing)} strings lack Welsh:\n" + "\n".join(sorted(set(missing)))


def test_compiled_catalogue_matches_the_po_file(catalogue: Catalog) -> None:
    mo_file = CATALOGUE / "messages.mo"
    assert mo_file.is_file(), "messages.mo is missing: run `pybabel compile -d consult/translations`"
    with mo_file.open("rb") as handle:
        compiled = read_mo(handle)

    def translations(source: Catalog, skip_fuzzy: bool) -> dict[tuple[str, str | None], object]:
        return {
            # read_mo gives plural forms as a list, read_po as a tuple
            (singular(m.id), m.context): tuple(m.string) if isinstance(m.string, list) else m.string
            for m in source
            if m.id and m.string and not (skip_fuzzy and m.fuzzy) and (not isinstance(m.string, tuple) or all(m.string))
        }

    expected = translations(catalogue, skip_fuzzy=True)
    actual = translations(compiled, skip_fuzzy=False)
    stale = sorted(str(key[0]) for key in expected.keys() | actual.keys() if expected.get(key) != actual.get(key))
    assert not stale, f"messages.mo differs from messages.po for {len(stale)} strings, e.g. {stale[:5]}: recompile"
