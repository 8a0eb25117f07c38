"""Password rules, after the NCSC's advice: long enough, not common, no composition rules.

Length does the work (12 characters or more: three random words easily reach it). A password is
refused when, with digits, symbols and common letter swaps taken off, it is a word from the
most-used passwords, a keyboard run, one repeated character or block, or the person's own email
or name. Nothing asks for a capital, a digit or a symbol, and nothing expires on a timer.
"""

from __future__ import annotations

import re

MIN_LENGTH = 12
MAX_LENGTH = 256

# The base words of the most common passwords in published breach lists (the NCSC's and
# SplashData's top lists), with the seasons, months, football clubs and service words people
# add years and symbols to. Checked after the digits and symbols are stripped off.
COMMON_WORDS = frozenset({
    "password", "passw0rd", "passwort", "letmein", "welcome", "iloveyou", "admin", "administrator", "login",
    "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "azerty", "abc", "abcdef", "abcdefg",
    "abcdefgh", "monkey", "dragon", "football", "baseball", "soccer", "rugby", "cricket", "liverpool", "chelsea",
    "arsenal", "everton", "tottenham", "celtic", "rangers", "manchester", "manchesterunited", "manutd", "leeds",
    "newcastle", "sunshine", "princess", "shadow", "master", "superman", "batman", "trustno", "michael", "jennifer",
    "jessica", "charlie", "thomas", "daniel", "hannah", "george", "harry", "oliver", "jordan", "hello",
    "hellohello", "whatever", "freedom", "secret", "changeme", "change", "default", "computer", "internet",
    "starwars", "pokemon", "cheese", "chocolate", "cookie", "summer", "winter", "spring", "autumn", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "friday", "sunday", "london", "cardiff", "wales", "england", "britain", "police", "policing", "crime",
    "commissioner", "consult", "consultation", "office", "qazwsx", "qweasd", "zaq", "xsw", "mustang", "access",
    "flower", "lovely", "loveme", "iloveu", "blink", "myspace",
})
KEYBOARD_ROWS = ("12345678901234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "abcdefghijklmnopqrstuvwxyz")
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})


def _letters(password: str, swaps: bool) -> str:
    """Lower case, common swaps undone (or not), then only the letters left."""
    lowered = password.lower()
    return re.sub(r"[^a-z]", "", lowered.translate(LEET) if swaps else lowered)


def _is_common(letters: str) -> bool:
    """A common word, or one with at most a few letters added ("passwordxyz")."""
    return letters in COMMON_WORDS or any(
        len(word) >= 6 and word in letters and len(letters) <= len(word) + 3 for word in COMMON_WORDS
    )


def _is_run(text: str) -> bool:
    """Part of a keyboard row or the alphabet, forwards or backwards."""
    return len(text) >= 4 and any(text in row or text in row[::-1] for row in KEYBOARD_ROWS)


def _is_repetition(text: str) -> bool:
    """One block repeated ("aaaa", "abcabcabc", "passwordpassword")."""
    return bool(text) and re.fullmatch(r"(.{1,8}?)\1+", text) is not None


def password_problem(password: str, *, email: str = "", name: str = "") -> str | None:
    """Why ``password`` can't be used, in words for the person, or None when it is fine."""
    if len(password) < MIN_LENGTH:
        return f"Your password must be at least {MIN_LENGTH} characters. Three random words work well."
    if len(password) > MAX_LENGTH:
        return f"Your password must be {MAX_LENGTH} characters or fewer"
    variants = {_letters(password, swaps=False), _letters(password, swaps=True)} - {""}
    if not re.search(r"[a-zA-Z]", password):  # digits and symbols only: judge the digits
        variants = {re.sub(r"\D", "", password)} - {""}
    if len(set(password.lower())) <= 3 or any(
        _is_common(text) or _is_run(text) or _is_repetition(text) for text in variants
    ):
        return "Your password is too easy to guess: it is a common password or pattern. Try three random words."
    personal = {part for part in re.split(r"[^a-z]+", f"{email.split('@')[0]} {name}".lower()) if len(part) >= 4}
    if any(part in text for part in personal for text in variants):
        return "Your password must not contain your name or email address"
    return None
