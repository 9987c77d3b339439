"""Bodies an advert names with their initials in brackets, and the credentials they issue.

"The Maritime Safety Authority (MSA)" defines MSA as a body that regulates: "a valid MSA
pilotage licence" then asks for the licence the body issues, and the licence's own words (not
the initials) are what a résumé shows, whichever body issued the candidate's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DEFINED_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for|on|the|de|des|du|la)\s+)*){1,8})"
    r"\(\s*(?:the\s+)?(?P<initials>[A-Z][A-Za-z&]{1,9})\s*\)")
"""A capitalised name with its initials in brackets just after it."""
NAME_WORD_RE = re.compile(r"[A-Za-z][\w'’&.-]*")


def defined_bodies(text: str, regulator_words: Iterable[str]) -> frozenset[str]:
    """The initials ``text`` defines in brackets after the name of a body one of whose words is
    a ``regulator_words`` noun ("Nigerian Civil Aviation Authority (NCAA)" → NCAA), when the
    initials open with the name's first letter. A company's or an award's initials ("Certified
    Fraud Examiner (CFE)", "Harbour Logistics Group (HLG)") are no body that regulates."""
    wanted = {word.casefold() for word in regulator_words}
    found: set[str] = set()
    for hit in DEFINED_RE.finditer(text):
        words = NAME_WORD_RE.findall(hit.group("name"))
        capitals = [word for word in words if word[0].isupper()]
        if not capitals or not any(word.casefold().strip(".") in wanted for word in words):
            continue
        initials = hit.group("initials")
        if initials[0].upper() != capitals[0][0].upper() and not any(
                initials[0].upper() == word[0] for word in capitals[:2]):
            continue
        found.add(initials)
    return frozenset(found)


def credential_after(text: str, initials: str, credential_nouns: Iterable[str]) -> str:
    """The credential a body's initials stand before in ``text``: up to four words closed by a
    ``credential_nouns`` noun ("a valid NCAA Class 1 medical certificate" → "Class 1 medical
    certificate"); "" when the initials stand before none."""
    nouns = "|".join(sorted((re.escape(noun) for noun in credential_nouns), key=len, reverse=True))
    if not nouns:
        return ""
    hit = re.search(rf"(?<![\w-]){re.escape(initials)}(?:[’']s)?\s+"
                    rf"(?P<name>(?:[\w’'-]+\s+){{0,4}}?(?:{nouns}))(?![\w-])", text, re.IGNORECASE)
    return hit.group("name") if hit else ""
