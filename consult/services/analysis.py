"""Re-code a consultation's stored answers (themes, suggested new themes, sentiment, with
progress), and code new answers as they arrive.

Human decisions are never overwritten: confirmed codes teach the coder and stay, rejected
codes stay rejected, and only the machine's own proposals are replaced on each run. A
sentiment a reviewer set (``Answer.sentiment_reviewed``) is never re-scored. New answers are
coded on their own (:func:`code_new_answers`) with the same fitted coder, kept between calls.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from consult.data import coding as coding_data
from consult.data import themes as theme_data
from consult.extensions import db
from consult.models import Answer, CodeSource, CodeStatus, Theme, ThemeStatus
from consult.pipeline.themes.codebook import Codebook, codebook_from_dict, load_default_codebook
from consult.pipeline.themes.coder import Coder, ThemeScore
from consult.pipeline.themes.discovery import discover
from consult.services import coder_cache
from consult.services.answer_sentiment import StoredSentiment, score_answer

BATCH = 100  # answers per commit and per progress report (about half a second of work)
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


def _codebook_committed(consultation_id: int) -> list[Theme]:
    """:func:`ensure_codebook`, committed before the coder is fitted: on SQLite a fit inside the
    transaction would hold the one write lock and keep answers from being stored."""
    themes = ensure_codebook(consultation_id)
    db.session.commit()
    return themes


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
    """Code every stored free-text answer, re-score its sentiment (unless a reviewer set it) and
    suggest themes for the ones nothing fits."""
    themes = _codebook_committed(consultation_id)
    by_name = {theme.name: theme for theme in themes}
    answers = theme_data.list_free_text_answers(consultation_id)
    decided = _human_decisions([answer.id for answer in answers])
    coder = fitted_coder(consultation_id, themes)
    coded = 0
    unthemed: list[Answer] = []
    for start in range(0, len(answers), BATCH):
        batch = answers[start : start + BATCH]
        ids = [answer.id for answer in batch]
        # Scored before the first write: SQLite holds its one write lock until the commit.
        sentiments = _sentiments(batch)
        scores = _scores(coder, batch)
        for attempt in (1, 2):  # a reviewer's decision or a new answer's codes got there first: once more
            try:
                theme_data.delete_auto_codes(ids)
                _set_sentiments(batch, sentiments)
                coded_batch, poor_fit = _code(coder, batch, scores, by_name, decided)
                db.session.commit()
                break
            except IntegrityError:
                db.session.rollback()
                if attempt == 2:
                    raise
                latest = _human_decisions(ids)  # decisions made since the run began win
                for answer_id in ids:
                    decided[answer_id] = latest[answer_id]
        coded += sum(1 for answer, fresh in zip(batch, coded_batch, strict=True) if fresh or decided[answer.id])
        unthemed += [batch[i] for i in poor_fit if not decided[batch[i].id]]
        if progress:
            progress(min(start + BATCH, len(answers)), len(answers))
    suggestions = _suggest_themes(consultation_id, unthemed)
    db.session.commit()
    return AnalysisReport(len(answers), coded, suggestions)


def code_new_answers(consultation_id: int) -> int:
    """Code the answers that have no theme yet (new ones) with the consultation's current coder;
    the number coded. Other answers, and every human decision, are left as they are."""
    answers = coding_data.list_uncoded_answers(consultation_id)
    if not answers:
        return 0
    themes = _codebook_committed(consultation_id)
    by_name = {theme.name: theme for theme in themes}
    coder = fitted_coder(consultation_id, themes)
    decided: dict[int, dict[int, CodeStatus]] = defaultdict(dict)  # an uncoded answer has none
    coded = 0
    for start in range(0, len(answers), BATCH):
        batch = answers[start : start + BATCH]
        scores = _scores(coder, batch)
        try:
            coded_batch, _ = _code(coder, batch, scores, by_name, decided)
            db.session.commit()
        except IntegrityError:  # a re-code or another process coded them first: theirs stands
            db.session.rollback()
            continue
        coded += sum(1 for fresh in coded_batch if fresh)
    return coded


def fitted_coder(consultation_id: int, themes: list[Theme]) -> Coder:
    """The coder for the current codebook, fitted on every human decision (cached while neither changes)."""
    decisions = coding_data.list_decisions(consultation_id)
    key = coder_cache.fingerprint(themes, decisions)

    def fit() -> Coder:
        held = coding_data.list_answers(sorted({answer_id for answer_id, _, _ in decisions}))
        answers = [answer for answer in held if answer.text]  # purged words teach nothing
        decided: dict[int, dict[int, CodeStatus]] = defaultdict(dict)
        for answer_id, theme_id, status in decisions:
            decided[answer_id][theme_id] = CodeStatus(status)
        return Coder(_codebook(themes)).fit(*_training(answers, decided, {t.id: t.name for t in themes}))

    return coder_cache.get_or_fit(str(db.engine.url), consultation_id, key, fit)


def _scores(coder: Coder, batch: list[Answer]) -> list[tuple[ThemeScore, ...]]:
    """The coder's themes for each answer of ``batch`` (no write)."""
    return coder.code([a.text or "" for a in batch], [_question_text(a) for a in batch])


def _code(coder: Coder, batch: list[Answer], coded_batch: list[tuple[ThemeScore, ...]], by_name: dict[str, Theme],
          decided: dict[int, dict[int, CodeStatus]]) -> tuple[list[list[ThemeScore]], set[int]]:
    """Add the machine's codes ``coded_batch`` to ``batch`` (not where a person decided that
    theme); the fresh codes of each answer, and the indices of answers no theme fitted well."""
    poor_fit = set(coder.unthemed(coded_batch))
    out: list[list[ThemeScore]] = []
    for answer, scores in zip(batch, coded_batch, strict=True):
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
        out.append(list(fresh))
    db.session.flush()
    return out, poor_fit


def _sentiments(batch: list[Answer]) -> list[StoredSentiment | None]:
    """Sentiment scored again (the scorer may have improved) against each answer's question;
    None where a reviewer's label stays."""
    return [None if answer.sentiment_reviewed or not answer.text
            else score_answer(answer.text, _question_text(answer)) for answer in batch]


def _set_sentiments(batch: list[Answer], sentiments: list[StoredSentiment | None]) -> None:
    for answer, sentiment in zip(batch, sentiments, strict=True):
        if sentiment is not None and not answer.sentiment_reviewed:  # a reviewer may have set it meanwhile
            answer.sentiment_label, answer.sentiment_polarity = sentiment.label, sentiment.polarity


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
) -> tuple[list[str], list[list[str]], list[str], list[list[str]]]:
    """Answers a person has coded, with the themes they confirmed, the question they answer and
    the themes they rejected: what the coder learns from."""
    texts, labels, questions, rejected = [], [], [], []
    for answer in answers:
        chosen = decided[answer.id]
        if chosen:
            texts.append(answer.text or "")
            labels.append([names[t] for t, status in chosen.items() if status is CodeStatus.CONFIRMED and t in names])
            questions.append(_question_text(answer))
            rejected.append([names[t] for t, status in chosen.items() if status is CodeStatus.REJECTED and t in names])
    return texts, labels, questions, rejected


def _suggest_themes(consultation_id: int, unthemed: list[Answer]) -> int:
    suggestions = discover([answer.text or "" for answer in unthemed], min_size=3)  # before the write lock
    theme_data.delete_suggested_themes(consultation_id)
    taken = {theme.name for theme in theme_data.list_themes(consultation_id, status=None)}
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
