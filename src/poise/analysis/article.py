"""The indefinite article a word takes, by the sound it opens with: "an" before a vowel sound
("an ERP platform", "an HR system", "an hour", "an 85-person team", "an urgent review") and "a"
otherwise ("a CRM", "a university", "a 12-site network", "a urology ward").

One reading shared by the drafts that write an article and the check that reads them back."""

from __future__ import annotations

import re

VOWEL_SOUND_EXCEPTIONS = re.compile(r"^(?:uni|use|usu|uti|eu|one|once|ur[aeiou])", re.IGNORECASE)
"""Words written with a vowel that open with a consonant sound ("a university", "a one-off", "a
urology ward"; "an urgent", "an urban" keep the vowel)."""
FIGURE = re.compile(r"^[$£€¥₹]?(\d[\d,.]*)")
"""A figure, a currency sign before it allowed ("85-person", "$80M", "11,000")."""
FIGURES_SAID_WITH_A_VOWEL = frozenset({"11", "18"})
"""Leading groups said with a vowel that do not start with 8 ("eleven", "eighteen")."""
SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.IGNORECASE)
"""Words whose written "h" is silent ("an hour", "an honest answer")."""
LETTER_NAMED_WITH_VOWEL = frozenset("AEFHILMNORSX")
"""Capitals whose spoken name opens with a vowel sound ("an MSc", "an LLB", "an HR system")."""
SAID_AS_A_WORD = re.compile(r"^[FHLMNRSX][BCDFGHJKLMNPQRSTVWXZ]?[AEIOU][A-Z]*(?![a-z])")
"""Capitals opening with a letter named with a vowel, then a vowel a word could be said with: an
acronym some say as a word and some letter by letter ("a SOX-style", "an SOX audit"; "a SCADA
system", "a NASA grant")."""


def needs_an(word: str) -> bool:
    """True when ``word`` starts with a vowel sound (so it takes "an"): a figure by how its
    leading group is said ("an 8-week", "an 11-site", "an $80M", "a 110-bed"), an acronym by the
    name of its first letter, a word by its first sound."""
    figure = FIGURE.match(word)
    if figure:
        leading = re.split(r"[,.]", figure.group(1))[0]
        return leading.startswith("8") or leading in FIGURES_SAID_WITH_A_VOWEL
    if len(word) > 1 and (word[:2].isupper() or re.match(r"[A-Z]\.", word)):
        # an acronym or a dotted degree ("MBA", "M.Sc."), its first letter said by name
        return word[0] in LETTER_NAMED_WITH_VOWEL
    if SILENT_H.match(word):
        return True
    if VOWEL_SOUND_EXCEPTIONS.match(word):
        return False
    return word[:1].lower() in ("a", "e", "i", "o") or (word[:1].lower() == "u" and len(word) > 2)


def either_article(word: str) -> bool:
    """True when ``word`` is an acronym that takes "a" said as a word and "an" said letter by
    letter ("SOX", "SCADA", "NASA"), so neither article is a mistake."""
    return bool(SAID_AS_A_WORD.match(word))


def with_indefinite_article(phrase: str) -> str:
    """``phrase`` with "a" or "an" before it, by the sound of its first word ("ERP platform" →
    "an ERP platform")."""
    text = phrase.strip()
    first = text.split(" ", 1)[0] if text else ""
    return f"{'an' if needs_an(first) else 'a'} {text}"
