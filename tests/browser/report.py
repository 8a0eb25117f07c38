"""What the browser run checked, for the summary printed at the end and an artefact file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

ARTEFACTS = Path(__file__).resolve().parents[2] / "test-artefacts"


@dataclass
class Incomplete:
    """An axe rule that could not decide: a person has to look."""

    rule: str
    help: str
    impact: str
    pages: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)


@dataclass
class BrowserReport:
    checked: set[tuple[str, str, str]] = field(default_factory=set)  # (page, state, language)
    incomplete: dict[str, Incomplete] = field(default_factory=dict)

    def record(self, page: str, state: str, language: str) -> None:
        self.checked.add((page, state, language))

    def record_incomplete(self, where: str, results: list[dict[str, object]]) -> None:
        for result in results:
            rule = str(result["id"])
            entry = self.incomplete.setdefault(
                rule, Incomplete(rule, str(result.get("help", "")), str(result.get("impact") or ""))
            )
            entry.pages.add(where)
            for node in result.get("nodes", []):  # type: ignore[attr-defined]
                entry.targets.add(" ".join(str(part) for part in node.get("target", [])))

    def summary_lines(self) -> list[str]:
        if not self.checked:
            return []
        pages = {page for page, _state, _language in self.checked}
        states = {(page, state) for page, state, _language in self.checked}
        languages = {language for _page, _state, language in self.checked}
        lines = [
            f"{len(pages)} pages, {len(states)} page states, {len(languages)} languages: "
            f"{len(self.checked)} page x state x language combinations checked "
            "(axe WCAG 2.2 AA, lang, one h1, targets, error focus)",
        ]
        for item in sorted(self.incomplete.values(), key=lambda entry: entry.rule):
            lines.append(
                f"axe incomplete (needs a person): {item.rule} [{item.impact}] {item.help} "
                f"on {len(item.pages)} page states, e.g. {sorted(item.targets)[:3]}"
            )
        return lines

    def write(self) -> None:
        if not self.checked:
            return
        ARTEFACTS.mkdir(exist_ok=True)
        data = {
            "checked": sorted(self.checked),
            "axe_incomplete": {
                rule: {"help": item.help, "impact": item.impact, "pages": sorted(item.pages),
                       "targets": sorted(item.targets)}
                for rule, item in sorted(self.incomplete.items())
            },
        }
        (ARTEFACTS / "browser-report.json").write_text(json.dumps(data, indent=2), encoding="utf-8")


REPORT = BrowserReport()
