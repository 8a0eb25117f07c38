"""All models, imported here so Alembic and the app see every table."""

from consult.models import sms  # noqa: F401  (SMS channel tables, registered with Base)
from consult.models.analysis_run import AnalysisRun, RunStatus
from consult.models.audit import AuditEvent
from consult.models.base import Base
from consult.models.consultation import (
    Consultation,
    ConsultationStatus,
    Question,
    QuestionKind,
    StatutoryPurpose,
)
from consult.models.forum import ForumComment, ForumReview
from consult.models.kiosk import KioskDraft, KioskTablet
from consult.models.organisation import Organisation, OrganisationKind, Role, User, Venue, VenueType
from consult.models.response import Answer, Channel, Response
from consult.models.safeguarding import ReviewOutcome, SafeguardingReview
from consult.models.settings import RetentionSetting
from consult.models.theme import AnswerTheme, ChosenQuote, CodeSource, CodeStatus, Theme, ThemeStatus

__all__ = [
    "AnalysisRun",
    "Answer",
    "AnswerTheme",
    "AuditEvent",
    "Base",
    "Channel",
    "ChosenQuote",
    "CodeSource",
    "CodeStatus",
    "Consultation",
    "ConsultationStatus",
    "ForumComment",
    "ForumReview",
    "KioskDraft",
    "KioskTablet",
    "Organisation",
    "OrganisationKind",
    "Question",
    "QuestionKind",
    "Response",
    "RetentionSetting",
    "ReviewOutcome",
    "Role",
    "RunStatus",
    "SafeguardingReview",
    "StatutoryPurpose",
    "Theme",
    "ThemeStatus",
    "User",
    "Venue",
    "VenueType",
]
