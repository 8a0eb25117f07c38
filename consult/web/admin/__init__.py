"""The admin pages: users and roles, organisations and venues, retention, the audit log. English only."""
