"""Production entry point: ``gunicorn wsgi:app`` (settings from the environment, CONSULT_ENV=production)."""

from consult import create_app

app = create_app()
