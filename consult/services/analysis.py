"""Re-code a consultation's stored answers: themes, suggested new themes, with progress.

Human decisions are never overwritten: confirmed codes teach the coder and stay, rejected
codes stay rejected, and only the machine's own proposals are replaced on each run.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Answer, CodeSource, CodeStatus, Theme, ThemeStatus
from consult.pipeline.themes.codebook import Codebook, codebook_from_dict, load_default_codebook
from consult.pipeline.themes.coder import Coder
from consult.pipeline.themes.discovery import discover

BATCH = 500
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class AnalysisReport:
    answers: int
    coded: int
    suggested_themes: int


def ensure_codebook(consultation_id: int) -> list[Theme]:
    """The consultation's active themes, starting it from the default codebook if it has none."""
    themes = theme_data.list_themes(consultation_id, status=None)
    if not themes:
        for theme in load_default_codebook().themes:
            theme_data.create_theme(
                consultation_id,
                theme.name,
                name_cy=theme.name_cy,
                description=theme.description,
                keywords=list(theme.keywords),
                examples=list(theme.examples),
            )
        db.session.flush()
    return theme_data.list_themes(consultation_id)


def _codebook(themes: list[Theme]) -> Codebook:
    return codebook_from_dict(
        {
            "themes": [
                {
                    "name": t.name,
                    "name_cy": t.name_cy,
                    "description": t.description,
                    "keywords": t.keywords,
                    "examples": t.examples,
                }
                for t in themes
            ]
        }
    )


def analyse_consultation(consultation_id: int, progress: Progress | None = None) -> AnalysisReport:
    """Code every stored free-text answer and suggest themes for the ones nothing fits."""
    themes = ensure_codebook(consultation_id)
    by_name = {theme.name: theme for theme in themes}
    answers = theme_data.list_free_text_answers(consultation_id)
    decided = _human_decisions([answer.id for answer in answers])
    coder = Coder(_codebook(themes)).fit(*_training(answers, decided, {t.id: t.name for t in themes}))
    coded = 0
    unthemed: list[Answer] = []
    for start in range(0, len(answers), BATCH):
        batch = answers[start : start + BATCH]
        theme_data.delete_auto_codes([answer.id for answer in batch])
        coded_batch = coder.code([a.text or "" for a in batch], [_question_text(a) for a in batch])
        poor_fit = set(coder.unthemed(coded_batch))
        for index, (answer, scores) in enumerate(zip(batch, coded_batch, strict=True)):
            fresh = [s for s in scores if s.name in by_name and by_name[s.name].id not in decided[answer.id]]
            for score in fresh:
                theme_data.add_code(
                    answer.id,
                    by_name[score.name].id,
                    source=CodeSource.AUTO,
                    confidence=round(score.confidence, 4),
                    status=CodeStatus.PROPOSED,
                    reasons=list(score.reasons),
                )
            coded += bool(fresh or decided[answer.id])
            if index in poor_fit and not decided[answer.id]:
                unthemed.append(answer)
        db.session.commit()
        if progress:
            progress(min(start + BATCH, len(answers)), len(answers))
    suggestions = _suggest_themes(consultation_id, unthemed)
    db.session.commit()
    return AnalysisReport(len(answers), coded, suggestions)


def _human_decisions(answer_ids: list[int]) -> dict[int, dict[int, CodeStatus]]:
    decided: dict[int, dict[int, CodeStatus]] = defaultdict(dict)
    for code in theme_data.list_codes(answer_ids):
        if code.source is CodeSource.HUMAN or code.status is not CodeStatus.PROPOSED:
            decided[code.answer_id][code.theme_id] = code.status
    return decided


def _question_text(answer: Answer) -> str:
    """The English wording of the question an answer responds to: context for the coder."""
    return answer.question.text_en or ""


def _training(
    answers: list[Answer], decided: dict[int, dict[int, CodeStatus]], names: dict[int, str]
) -> tuple[list[str], list[list[str]], list[str]]:
    """Answers a person has coded, with the themes they confirmed and the question they answer:
    what the coder learns from."""
    texts, labels, questions = [], [], []
    for answer in answers:
        confirmed = [
            names[t] for t, status in decided[answer.id].items() if status is CodeStatus.CONFIRMED and t in names
        ]
        if decided[answer.id]:
            texts.append(answer.text or "")
            labels.append(confirmed)
            questions.append(_question_text(answer))
    return texts, labels, questions


def _suggest_themes(consultation_id: int, unthemed: list[Answer]) -> int:
    theme_data.delete_suggested_themes(consultation_id)
    taken = {theme.name for theme in theme_data.list_themes(consultation_id, status=None)}
    suggestions = discover([answer.text or "" for answer in unthemed], min_size=3)
    for suggestion in suggestions:
        if suggestion.name in taken:
            continue
        theme = theme_data.create_theme(
            consultation_id,
            suggestion.name,
            status=ThemeStatus.SUGGESTED,
            description=f"Suggested from {suggestion.size} answers that no theme fitted.",
            examples=list(suggestion.quotes),
        )
        for index in suggestion.member_indices:
            theme_data.add_code(
                unthemed[index].id,
                theme.id,
                source=CodeSource.AUTO,
                confidence=0.5,
                status=CodeStatus.PROPOSED,
                reasons=["suggested theme"],
            )
        taken.add(suggestion.name)
    return len(suggestions)
