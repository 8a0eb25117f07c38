"""Theme codebooks: what each theme means, in words staff can read and edit.

A codebook is loaded from a dict, JSON or YAML; every field but the name is optional, so a bare
list of names (as most published frameworks are) still codes: the coder derives its own keywords
from the name and description.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_DEFAULT = "default_codebook.yaml"


@dataclass(frozen=True)
class Theme:
    """One theme: a name, what it covers, words that signal it and example answers."""

    name: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    name_cy: str = ""


@dataclass(frozen=True)
class Codebook:
    """An ordered set of themes with unique names."""

    themes: tuple[Theme, ...]
    name: str = ""
    _index: Mapping[str, Theme] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = [t.name for t in self.themes]
        if len(set(names)) != len(names):
            raise ValueError("theme names must be unique")
        object.__setattr__(self, "_index", {t.name: t for t in self.themes})

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.themes)

    def get(self, name: str) -> Theme | None:
        return self._index.get(name)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value if str(v).strip())


def codebook_from_dict(data: Mapping[str, Any]) -> Codebook:
    """Build a codebook from ``{"name"?, "themes": [{"name", "description"?, ...}]}``."""
    themes = []
    for item in data.get("themes", []):
        if isinstance(item, str):
            item = {"name": item}
        themes.append(Theme(
            name=str(item["name"]).strip(),
            description=str(item.get("description") or "").strip(),
            keywords=_strings(item.get("keywords")),
            examples=_strings(item.get("examples")),
            name_cy=str(item.get("name_cy") or "").strip(),
        ))
    return Codebook(themes=tuple(themes), name=str(data.get("name") or ""))


def codebook_to_dict(codebook: Codebook) -> dict[str, Any]:
    """The inverse of ``codebook_from_dict`` (for storing an edited codebook)."""
    return {"name": codebook.name, "themes": [
        {"name": t.name, "name_cy": t.name_cy, "description": t.description,
         "keywords": list(t.keywords), "examples": list(t.examples)} for t in codebook.themes]}


def parse_codebook(text: str, fmt: str = "yaml") -> Codebook:
    """Parse codebook text; ``fmt`` is "json" or "yaml" (YAML also reads JSON)."""
    data = json.loads(text) if fmt == "json" else yaml.safe_load(text)
    if not isinstance(data, Mapping):
        raise ValueError("a codebook is a mapping with a 'themes' list")
    return codebook_from_dict(data)


def load_codebook(path: str | Path) -> Codebook:
    """Read a codebook file, JSON or YAML by its suffix."""
    path = Path(path)
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return parse_codebook(path.read_text(encoding="utf-8"), fmt)


def load_default_codebook() -> Codebook:
    """The shipped codebook for people in contact with police, courts and probation."""
    text = resources.files("consult.pipeline").joinpath("data", _DEFAULT).read_text(encoding="utf-8")
    return parse_codebook(text)
