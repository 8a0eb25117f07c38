"""The consult application: create_app and the helpers that register its parts."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.middleware.proxy_fix import ProxyFix

from config import load_config
from consult.extensions import babel, csrf, db, limiter, login, migrate

ROOT = Path(__file__).resolve().parent.parent


def create_app(config_name: str | None = None, overrides: Mapping[str, Any] | None = None) -> Flask:
    """Build the app for an environment; ``overrides`` win over the environment (tests use them)."""
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    app.config.from_mapping(load_config(config_name, overrides))
    register_extensions(app)
    register_templates(app)
    register_blueprints(app)
    register_security(app)
    register_error_handlers(app)
    register_logging(app)
    register_commands(app)
    return app


def register_extensions(app: Flask) -> None:
    db.init_app(app)
    migrations = str(Path(__file__).parent / "migrations")
    migrate.init_app(app, db, directory=migrations, render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    login.init_app(app)
    limiter.init_app(app)
    from consult.web.language import select_locale

    babel.init_app(
        app,
        locale_selector=select_locale,
        default_translation_directories=str(Path(__file__).parent / "translations"),
    )
    from consult.services.users import load_user

    login.user_loader(load_user)


def register_templates(app: Flask) -> None:
    """The project's templates first, then the GOV.UK Frontend macros under their prefixes."""
    app.jinja_loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader(str(ROOT / "templates")),
            jinja2.PrefixLoader(
                {
                    "govuk_frontend_jinja": jinja2.PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": jinja2.PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    from consult.web.template_globals import register_template_globals

    register_template_globals(app)


def register_blueprints(app: Flask) -> None:
    from consult.web.admin import kiosks as _kiosks  # noqa: F401  (routes on the admin blueprint)
    from consult.web.admin import organisations as _organisations  # noqa: F401
    from consult.web.admin import records as _records  # noqa: F401
    from consult.web.admin import users as _users  # noqa: F401
    from consult.web.admin.views import bp as admin_bp
    from consult.web.auth import account as _account  # noqa: F401  (routes on the auth blueprint)
    from consult.web.auth.views import bp as auth_bp
    from consult.web.facilitator.views import bp as facilitator_bp
    from consult.web.health import bp as health_bp
    from consult.web.kiosk.views import bp as kiosk_bp
    from consult.web.public.views import bp as public_bp
    from consult.web.sms import views as sms_views
    from consult.web.staff.views import bp as staff_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(public_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(facilitator_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(kiosk_bp)
    app.register_blueprint(staff_bp)
    sms_views.init_app(app)  # Twilio's webhooks: their own CSRF, rate-limit and session rules


def register_security(app: Flask) -> None:
    """Trust forwarded headers only for an exact proxy count; set headers every page needs."""
    hops = int(app.config["PROXY_HOPS"])
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops)  # type: ignore[method-assign]
    from consult.web.security import add_security_headers

    app.after_request(add_security_headers)


def register_error_handlers(app: Flask) -> None:
    from consult.web.errors import register_error_handlers as register

    register(app)


def register_commands(app: Flask) -> None:
    from consult.cli import register_commands as register

    register(app)


def register_logging(app: Flask) -> None:
    """Log ids and events only; bodies, answers and numbers never reach a handler."""
    logging.getLogger("consult").setLevel(logging.INFO)
    # The Twilio client logs request bodies (numbers, message text) at INFO: keep it to warnings.
    logging.getLogger("twilio.http_client").setLevel(logging.WARNING)


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets kiosk reads continue while an answer is written; foreign keys are off by default.

    journal_mode is stored in the database file, so it is only switched when it is not WAL yet
    (switching takes an exclusive lock). synchronous=NORMAL is per connection: in WAL mode it
    skips the fsync at each commit and syncs at checkpoints instead. The database can't be
    corrupted by that; a power cut (not a crash of the app) may lose the last commits.
    """
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    mode = cursor.execute("PRAGMA journal_mode").fetchone()
    if mode is None or str(mode[0]).lower() != "wal":
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
    if mode is not None and str(mode[0]).lower() == "wal":
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
