"""Read the figures a results page shows, and count the same figures straight from the database."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text

from consult.extensions import db

_FIGURE = re.compile(r'data-figure="([^"]+)"(?: data-suppressed="[^"]+")?>([^<]*)<')


def figures(html: str) -> dict[str, str]:
    """Every named figure on a page: its name -> the text shown ("12", "fewer than 5", "not shown")."""
    found = _FIGURE.findall(html)
    return dict(found)


def _where(consultation_id: int, channel: str | None, venue_ids: Sequence[int] | None) -> tuple[str, dict[str, Any]]:
    clauses = ["r.consultation_id = :c"]
    params: dict[str, Any] = {"c": consultation_id}
    if channel:
        clauses.append("r.channel = :channel")
        params["channel"] = channel
    if venue_ids is not None:
        clauses.append("r.venue_id IN (" + ",".join(str(int(v)) for v in venue_ids) + ")" if venue_ids else "1 = 0")
    return " AND ".join(clauses), params


def direct_count(name: str, consultation_id: int, *, channel: str | None = None,
                 venue_ids: Sequence[int] | None = None) -> int | None:
    """The figure called ``name`` counted with SQL, for the same filter; None for a figure that isn't a count."""
    where, params = _where(consultation_id, channel, venue_ids)
    base = "FROM response r LEFT JOIN venue v ON v.id = r.venue_id WHERE " + where
    parts = name.split(":")
    if name == "respondents":
        sql = f"SELECT count(*) {base}"
    elif name == "mediated":
        sql = f"SELECT count(*) {base} AND r.mediated"
    elif name == "group_entries":
        sql = f"SELECT count(*) {base} AND r.group_session"
    elif parts[0] in ("channel", "language") and parts[1] != "total":
        sql = f"SELECT count(*) {base} AND r.{parts[0]} = :value"
        params["value"] = parts[1]
    elif parts[0] == "venue_type" and parts[1] != "total":
        sql = (f"SELECT count(*) {base} AND v.id IS NULL" if parts[1] == "none"
               else f"SELECT count(*) {base} AND v.venue_type = :value")
        params["value"] = parts[1]
    elif parts[0] in ("channel", "language", "venue_type", "week") and parts[1] == "total":
        sql = f"SELECT count(*) {base}"
    elif parts[0] == "question":
        return _question_count(parts[1:], base, params)
    else:
        return None
    return int(db.session.execute(text(sql), params).scalar_one())


def _question_count(parts: list[str], base: str, params: dict[str, Any]) -> int | None:
    params = {**params, "q": int(parts[0])}
    answers = f"FROM answer a JOIN response r ON r.id = a.response_id LEFT JOIN venue v ON v.id = r.venue_id " \
              f"WHERE {base.split('WHERE ', 1)[1]} AND a.question_id = :q"
    written = "a.text IS NOT NULL AND trim(a.text) <> ''"
    kind = db.session.execute(text("SELECT kind FROM question WHERE id = :q"), params).scalar_one()
    if parts[1] == "answered":
        condition = written if kind == "free_text" else "a.choice IS NOT NULL"
        sql = f"SELECT count(*) {answers} AND {condition}"
    elif parts[1] == "option" and parts[2] != "total":
        sql = f"SELECT count(*) {answers} AND a.choice = :value"
        params["value"] = parts[2]
    elif parts[1] == "option":
        sql = f"SELECT count(*) {answers} AND a.choice IS NOT NULL"
    elif parts[1] == "theme":
        coded = (f"SELECT count(DISTINCT a.id) {answers} AND {written} AND a.id IN (SELECT at.answer_id FROM "
                 "answer_theme at JOIN theme t ON t.id = at.theme_id WHERE at.theme_id = :t "
                 "AND at.status <> 'rejected' AND t.status = 'active')")
        params["t"] = int(parts[2])
        if len(parts) == 3:
            sql = coded
        elif parts[3] in ("positive", "neutral", "negative", "mixed"):
            sql = coded + " AND a.sentiment_label = :tone"
            params["tone"] = parts[3]
        else:
            return None
    else:
        return None
    return int(db.session.execute(text(sql), params).scalar_one())
