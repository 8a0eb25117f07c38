"""Anonymisation: finders for identifiers, dates, addresses and names, and the anonymiser that merges them."""

from consult.pipeline.anonymise.anonymiser import (
    PLACEHOLDER_TYPES,
    Anonymiser,
    Entity,
    Redaction,
    anonymise,
    anonymise_jsonl,
)

__all__ = ["PLACEHOLDER_TYPES", "Anonymiser", "Entity", "Redaction", "anonymise", "anonymise_jsonl"]
