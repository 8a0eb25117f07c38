"""Password rules after the NCSC: length and a common-password check, no composition rules."""

from __future__ import annotations

import pytest

from consult.services.passwords import password_problem


@pytest.mark.parametrize("password", [
    "kettle lantern pebble", "correct horse battery", "my cat eats toast daily", "903481726354",
    "alllowercasewordsjoined",  # no capitals, digits or symbols needed
])
def test_long_uncommon_passwords_are_accepted(password: str) -> None:
    assert password_problem(password, email="sam.jones@pcc.example", name="Sam Jones") is None


@pytest.mark.parametrize("password", ["", "short", "elevenchars"])
def test_short_passwords_are_refused_with_the_three_words_advice(password: str) -> None:
    assert "at least 12 characters" in str(password_problem(password))


@pytest.mark.parametrize("password", [
    "Password123!", "P@ssw0rd2024", "iloveyou2024!", "qwertyuiop12", "aaaaaaaaaaaa", "abcabcabcabc",
    "123456789012", "987654321098", "Summer2024!!!", "liverpool1892", "!!!!!!!!!!!!!", "Welcome12345",
])
def test_common_passwords_and_patterns_are_refused(password: str) -> None:
    assert "too easy to guess" in str(password_problem(password))


def test_the_persons_own_name_or_email_is_refused() -> None:
    assert "name or email" in str(password_problem("samjones-rocks-99", email="sam.jones@pcc.example"))
    assert "name or email" in str(password_problem("jonesy house key", name="Sam Jones"))


def test_very_long_passwords_are_refused() -> None:
    assert "256 characters or fewer" in str(password_problem("x y z " * 50))
