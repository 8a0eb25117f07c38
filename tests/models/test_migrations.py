"""The Alembic migrations build exactly the schema the models describe, with one head."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import Flask
from flask_migrate import upgrade

from consult import create_app
from consult.extensions import db
from consult.models import Base

MIGRATIONS = Path(__file__).resolve().parents[2] / "consult" / "migrations"


def test_single_head() -> None:
    config = Config(str(MIGRATIONS / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS))
    assert len(ScriptDirectory.from_config(config).get_heads()) == 1


def _assert_migrations_match_models(app: Flask) -> None:
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
        assert differences == []


def test_migrations_match_models_on_sqlite(tmp_path: Path) -> None:
    _assert_migrations_match_models(create_app("testing", {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path}/m.db"}))


@pytest.mark.postgres
def test_migrations_match_models_on_postgresql(postgres_url: str) -> None:
    app = create_app("testing", {"SQLALCHEMY_DATABASE_URI": postgres_url})
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    try:
        _assert_migrations_match_models(app)
    finally:
        with app.app_context():
            db.drop_all()
            with db.engine.begin() as connection:
                connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
            db.engine.dispose()
