"""Signing in and out, and a person's own account (password, two-factor sign-in). English only."""
