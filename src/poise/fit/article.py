"""The indefinite article a word takes, by the sound it opens with: "an" before a vowel sound
("an ERP platform", "an HR system", "an hour") and "a" otherwise ("a CRM", "a university").

One reading shared by the drafts that write an article and the check that reads them back."""

from __future__ import annotations

import re

VOWEL_SOUND_EXCEPTIONS = re.compile(r"^(?:uni|use|usu|uti|eu|one|once|ur)", re.IGNORECASE)
"""Words written with a vowel that open with a consonant sound ("a university", "a one-off")."""
SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)
"""Words whose written "h" is silent ("an hour", "an honest answer")."""
LETTER_NAMED_WITH_VOWEL = frozenset("AEFHILMNORSX")
"""Capitals whose spoken name opens with a vowel sound ("an MSc", "an LLB", "an HR system")."""


def needs_an(word: str) -> bool:
    """True when ``word`` starts with a vowel sound (so it takes "an")."""
    if len(word) > 1 and (word[:2].isupper() or re.match(r"[A-Z]\.", word)):
        # an acronym or a dotted degree ("MBA", "M.Sc."), its first letter said by name
        return word[0] in LETTER_NAMED_WITH_VOWEL
    if SILENT_H.match(word):
        return True
    if VOWEL_SOUND_EXCEPTIONS.match(word):
        return False
    return word[:1].lower() in ("a", "e", "i", "o") or (word[:1].lower() == "u" and len(word) > 2)


def with_indefinite_article(phrase: str) -> str:
    """``phrase`` with "a" or "an" before it, by the sound of its first word ("ERP platform" →
    "an ERP platform")."""
    text = phrase.strip()
    first = text.split(" ", 1)[0] if text else ""
    return f"{'an' if needs_an(first) else 'a'} {text}"
