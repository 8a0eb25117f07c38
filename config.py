"""Configuration: one class per environment, every secret from the environment.

The classes hold defaults; ``load_config`` overlays the environment when the app is created, so
a setting changed in the environment needs no code change. Development generates throwaway
secrets into ``instance/`` so ``make run`` works on a fresh machine; production refuses to start
while any secret is missing or left at a default, and says which.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

from cryptography.fernet import Fernet

BASE_DIR = Path(__file__).resolve().parent

SECRET_NAMES = ("SECRET_KEY", "PHONE_HASH_KEY", "CONTACT_ENCRYPTION_KEY", "TWILIO_AUTH_TOKEN")
ENVIRONMENT_KEYS = (
    *SECRET_NAMES,
    "TWILIO_ACCOUNT_SID",
    "TWILIO_FROM_NUMBER",
    "PUBLIC_BASE_URL",
    "REDIS_URL",
    "RATELIMIT_STORAGE_URI",
    "SMS_WHO_EN",
    "SMS_WHO_CY",
)
INTEGER_KEYS = (
    "PROXY_HOPS",
    "KIOSK_IDLE_SECONDS",
    "KIOSK_WARNING_SECONDS",
    "FREE_TEXT_RETENTION_DAYS",
    "UPDATE_CONTACT_RETENTION_DAYS",
    "SMS_SEND_PER_SECOND",
    "SMS_REMINDER_HOURS",
    "SMS_EXPIRY_HOURS",
    "SMS_ANSWER_LIMIT",
    "SMS_MESSAGE_ID_RETENTION_DAYS",
    "SMS_CONVERSATION_RETENTION_DAYS",
    "STAFF_IDLE_SECONDS",
    "SIGN_IN_MAX_FAILURES",
    "SIGN_IN_LOCKOUT_MINUTES",
    "SAFEGUARDING_OVERDUE_HOURS",
)
KNOWN_DEFAULTS = {"", "changeme", "change-me", "secret", "dev", "development", "test", "default"}


class ConfigError(RuntimeError):
    """A setting is missing or unsafe; the message names it."""


def instance_dir() -> Path:
    return Path(os.environ.get("CONSULT_INSTANCE_DIR", BASE_DIR / "instance"))


class Config:
    """Defaults shared by every environment (secrets are empty until the environment sets them)."""

    ENV_NAME = "base"
    SECRET_KEY = ""
    PHONE_HASH_KEY = ""
    CONTACT_ENCRYPTION_KEY = ""
    TWILIO_AUTH_TOKEN = ""
    TWILIO_ACCOUNT_SID = ""
    TWILIO_FROM_NUMBER = ""
    PUBLIC_BASE_URL = ""
    REDIS_URL = ""
    SQLALCHEMY_DATABASE_URI = ""
    SQLALCHEMY_ENGINE_OPTIONS: ClassVar[dict[str, object]] = {"pool_pre_ping": True}
    PROXY_HOPS = 0  # forwarded headers are trusted only for this exact number of proxies

    LANGUAGES = ("en", "cy")
    BABEL_DEFAULT_LOCALE = "en"
    WTF_CSRF_TIME_LIMIT = None  # a kiosk page may stay open a long time; reset ends the session

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = True
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True

    ANSWER_MAX_CHARS = 2000
    MAX_CONTENT_LENGTH = 256 * 1024  # a page of answers is a few KB; refuse floods clearly
    KIOSK_IDLE_SECONDS = 120  # inactivity before the warning
    KIOSK_WARNING_SECONDS = 60  # time given to continue; never below 60
    SUPPRESSION_PUBLISHED = 10
    SUPPRESSION_INTERNAL = 5
    FREE_TEXT_RETENTION_DAYS = 365
    UPDATE_CONTACT_RETENTION_DAYS = 180  # numbers of people who said YES to an update
    SMS_SEND_PER_SECOND = 1
    SMS_REMINDER_HOURS = 24  # one reminder after this long quiet (never 21:00-08:00 UK time)
    SMS_EXPIRY_HOURS = 72  # then the conversation expires; a later reply offers to resume
    SMS_ANSWER_LIMIT = 1000  # characters kept of one SMS answer; longer ones are cut and the person told
    SMS_WHO_EN = "Your Police and Crime Commissioner"
    SMS_WHO_CY = "eich Comisiynydd Heddlu a Throseddu"
    SMS_MESSAGE_ID_RETENTION_DAYS = 7
    SMS_CONVERSATION_RETENTION_DAYS = 30
    STAFF_IDLE_SECONDS = 1800  # a signed-in person idle this long is signed out
    SIGN_IN_MAX_FAILURES = 5  # wrong passwords in a row before the account is locked
    SIGN_IN_LOCKOUT_MINUTES = 15
    SIGN_IN_RATE_LIMIT = "20 per 15 minutes"  # sign-in attempts from one address
    SETUP_LINK_HOURS = 72  # a new account's one-time set-up link
    TWO_FACTOR_REQUIRED = False  # admin and staff must use an authenticator app (on in production)
    SAFEGUARDING_OVERDUE_HOURS = 48  # an unreviewed flag older than this is highlighted in the queue

    @staticmethod
    def validate(settings: dict[str, Any]) -> None:
        """Check or complete the settings; environments override."""


class DevelopmentConfig(Config):
    """Local use: SQLite under instance/, throwaway secrets generated once."""

    ENV_NAME = "development"
    SESSION_COOKIE_SECURE = False
    PUBLIC_BASE_URL = "http://127.0.0.1:5000"

    @staticmethod
    def validate(settings: dict[str, Any]) -> None:
        settings["SESSION_COOKIE_SECURE"] = str(settings["PUBLIC_BASE_URL"]).startswith("https://")
        for name in SECRET_NAMES:
            if not settings[name]:
                settings[name] = _throwaway_secret(name)
        if not settings["SQLALCHEMY_DATABASE_URI"]:
            path = instance_dir() / "consult.sqlite3"
            settings["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{path}"
        _private_sqlite_file(str(settings["SQLALCHEMY_DATABASE_URI"]))


class TestingConfig(Config):
    """Tests: fixed throwaway secrets and an in-memory database unless a test says otherwise."""

    ENV_NAME = "testing"
    TESTING = True
    SESSION_COOKIE_SECURE = False
    SECRET_KEY = "testing-secret-key-not-for-production"
    PHONE_HASH_KEY = "testing-phone-hash-key"
    CONTACT_ENCRYPTION_KEY = "dGVzdGluZy1jb250YWN0LWVuY3J5cHRpb24ta2V5IT0="
    TWILIO_AUTH_TOKEN = "testing-twilio-auth-token"
    TWILIO_ACCOUNT_SID = "AC" + "0" * 32
    TWILIO_FROM_NUMBER = "+447700900000"
    PUBLIC_BASE_URL = "https://consult.example.org"
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    RATELIMIT_ENABLED = False


class ProductionConfig(Config):
    """Production: refuses to start with a missing or default secret."""

    ENV_NAME = "production"
    TWO_FACTOR_REQUIRED = True

    @staticmethod
    def validate(settings: dict[str, Any]) -> None:
        for name in (*SECRET_NAMES, "PUBLIC_BASE_URL"):
            value = str(settings[name])
            if value.strip().lower() in KNOWN_DEFAULTS:
                raise ConfigError(f"{name} is missing or set to a default: set it in the environment")
            if name in ("SECRET_KEY", "PHONE_HASH_KEY") and len(value) < 32:
                raise ConfigError(f"{name} is too short: use at least 32 random characters")
        if not settings["SQLALCHEMY_DATABASE_URI"]:
            raise ConfigError("DATABASE_URL is missing: production needs an explicit database")
        _private_sqlite_file(str(settings["SQLALCHEMY_DATABASE_URI"]))
        try:
            Fernet(str(settings["CONTACT_ENCRYPTION_KEY"]).encode())
        except ValueError as error:
            raise ConfigError("CONTACT_ENCRYPTION_KEY is not a valid Fernet key") from error


CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def load_config(name: str | None = None, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Settings for the environment ``name`` (or ``CONSULT_ENV``), overlaid with the environment."""
    key = name or os.environ.get("CONSULT_ENV", "development")
    if key not in CONFIGS:
        raise ConfigError(f"CONSULT_ENV must be one of {', '.join(CONFIGS)}, not {key!r}")
    cls = CONFIGS[key]
    settings = {attr: getattr(cls, attr) for attr in dir(cls) if attr.isupper()}
    if key != "testing":
        for env_key in ENVIRONMENT_KEYS:
            if env_key in os.environ:
                settings[env_key] = os.environ[env_key]
        if "DATABASE_URL" in os.environ:
            settings["SQLALCHEMY_DATABASE_URI"] = _normalise_database_url(os.environ["DATABASE_URL"])
        for int_key in INTEGER_KEYS:
            if int_key in os.environ:
                settings[int_key] = int(os.environ[int_key])
        if "TWO_FACTOR_REQUIRED" in os.environ:
            settings["TWO_FACTOR_REQUIRED"] = os.environ["TWO_FACTOR_REQUIRED"].strip().lower() in ("1", "true", "yes")
    settings.update(overrides or {})
    settings["SQLALCHEMY_ENGINE_OPTIONS"] = _engine_options(settings)
    if key != "testing":  # tests shorten the timers; people always get at least 60 s
        settings["KIOSK_WARNING_SECONDS"] = max(60, int(settings["KIOSK_WARNING_SECONDS"]))
    cls.validate(settings)
    return settings


def _engine_options(settings: Mapping[str, Any]) -> dict[str, object]:
    """Pre-ping only a database across a network: a SQLite file's connection cannot go stale,
    and the ping would cost a query on every request."""
    options = dict(settings["SQLALCHEMY_ENGINE_OPTIONS"])
    if str(settings.get("SQLALCHEMY_DATABASE_URI", "")).startswith("sqlite"):
        options.pop("pool_pre_ping", None)
    return options


def _normalise_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs written the usual way."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _throwaway_secret(name: str) -> str:
    """Read or create a development secret in instance/ so restarts keep sessions working."""
    folder = _private_instance_dir()
    path = folder / f"{name.lower()}.dev-secret"
    if path.exists():
        return path.read_text().strip()
    value = Fernet.generate_key().decode() if name == "CONTACT_ENCRYPTION_KEY" else secrets.token_urlsafe(32)
    # Created 0600 from the start: a write-then-chmod leaves the secret readable for a moment.
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process started at the same moment and wrote it first
        return path.read_text().strip()
    with os.fdopen(descriptor, "w") as handle:
        handle.write(value)
    return value


def _private_instance_dir() -> Path:
    """instance/ holds secrets and the database: only its owner may list or read it (0700)."""
    folder = instance_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder


def _private_sqlite_file(uri: str) -> None:
    """Create a SQLite database file 0600 before SQLite does (it would use the umask, often 0644).

    SQLite gives its -wal and -shm files the database file's permissions.
    """
    prefix = "sqlite:///"
    if not uri.startswith(prefix) or uri in (prefix, f"{prefix}:memory:"):
        return
    path = Path(uri[len(prefix):].split("?", 1)[0])
    if path.parent.resolve() == instance_dir().resolve():
        _private_instance_dir()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
