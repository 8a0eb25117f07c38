"""Configuration: production refuses unsafe secrets; development makes its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from config import ConfigError, load_config
from consult import create_app

GOOD_PRODUCTION = {
    "SECRET_KEY": "s" * 40,
    "PHONE_HASH_KEY": "p" * 40,
    "CONTACT_ENCRYPTION_KEY": Fernet.generate_key().decode(),
    "TWILIO_AUTH_TOKEN": "a-real-looking-twilio-token",
    "PUBLIC_BASE_URL": "https://consult.example.org",
    "DATABASE_URL": "postgresql://consult:pw@db.example.org/consult",
}


@pytest.fixture()
def production_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for key, value in GOOD_PRODUCTION.items():
        monkeypatch.setenv(key, value)
    return monkeypatch


def test_production_starts_with_every_secret_set(production_env: pytest.MonkeyPatch) -> None:
    settings = load_config("production")
    assert settings["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg://")
    assert settings["SESSION_COOKIE_SECURE"] is True


@pytest.mark.parametrize("name", ["SECRET_KEY", "PHONE_HASH_KEY", "CONTACT_ENCRYPTION_KEY", "TWILIO_AUTH_TOKEN",
                                  "PUBLIC_BASE_URL"])
def test_production_refuses_a_missing_secret_and_names_it(production_env: pytest.MonkeyPatch, name: str) -> None:
    production_env.delenv(name)
    with pytest.raises(ConfigError, match=name):
        create_app("production")


@pytest.mark.parametrize("value", ["changeme", "secret", "dev", ""])
def test_production_refuses_default_values(production_env: pytest.MonkeyPatch, value: str) -> None:
    production_env.setenv("SECRET_KEY", value)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        load_config("production")


def test_production_refuses_a_short_key_and_a_bad_fernet_key(production_env: pytest.MonkeyPatch) -> None:
    production_env.setenv("PHONE_HASH_KEY", "short-key")
    with pytest.raises(ConfigError, match="PHONE_HASH_KEY is too short"):
        load_config("production")
    production_env.setenv("PHONE_HASH_KEY", "p" * 40)
    production_env.setenv("CONTACT_ENCRYPTION_KEY", "not-a-fernet-key")
    with pytest.raises(ConfigError, match="CONTACT_ENCRYPTION_KEY"):
        load_config("production")


def test_production_needs_an_explicit_database(production_env: pytest.MonkeyPatch) -> None:
    production_env.delenv("DATABASE_URL")
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        load_config("production")


def test_development_generates_and_keeps_throwaway_secrets(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONSULT_INSTANCE_DIR", str(tmp_path))
    for key in GOOD_PRODUCTION:
        monkeypatch.delenv(key, raising=False)
    first = load_config("development")
    second = load_config("development")
    assert first["SECRET_KEY"] and first["SECRET_KEY"] == second["SECRET_KEY"]
    Fernet(first["CONTACT_ENCRYPTION_KEY"].encode())  # a usable key
    assert (tmp_path / "secret_key.dev-secret").stat().st_mode & 0o777 == 0o600
    assert first["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'consult.sqlite3'}"


def test_unknown_environment_is_refused() -> None:
    with pytest.raises(ConfigError, match="CONSULT_ENV"):
        load_config("staging-typo")


def test_kiosk_warning_is_never_below_a_minute_outside_tests(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CONSULT_INSTANCE_DIR", str(tmp_path))
    monkeypatch.setenv("KIOSK_WARNING_SECONDS", "5")
    assert load_config("development")["KIOSK_WARNING_SECONDS"] == 60


def test_only_a_networked_database_is_pinged_before_use(production_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert load_config("production")["SQLALCHEMY_ENGINE_OPTIONS"]["pool_pre_ping"] is True
    production_env.setenv("CONSULT_INSTANCE_DIR", str(tmp_path))
    production_env.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'consult.sqlite3'}")
    assert "pool_pre_ping" not in load_config("development")["SQLALCHEMY_ENGINE_OPTIONS"]
