"""Whether initials in a requirement name a thing of the work rather than a credential to hold.

The certification check (``poise.fit.match``) takes initials in capitals for a credential the
job asks for ("CSCP", "NEBOSH") and calls the requirement met when the résumé writes them. But
initials also name the plant, the process or the regulator a duty acts on: "the safe operation
of all DRX lines", "secure KVB approvals for every new product". A résumé that writes the same
initials on some line shows that it met the thing, not that it holds anything, and not that it
did the duty.

Read from the parse: the initials are a modifier (a compound, a noun modifier) of a noun that is
not itself a credential's word (``CREDENTIAL_RE``: certificate, licence, accreditation,
registration, qualification, membership, chartered status, a belt, a diploma), nor initials, nor
a number ("IATF 16949" names a standard by its number, and the credential's word follows it).
Read only on a duty of the post (``match.DUTIES``): a line of the requirements section naming
initials before a noun ("UKVI sponsor compliance", "ASQ CQM") is more often the credential or
the body's scheme the candidate must know. Pure: one parse per line text
(``poise.fit.parsed_lines``).
"""

from __future__ import annotations

import re

from poise.fit.parsed_lines import parsed_words

MODIFIERS = frozenset({"compound", "nmod"})
"""Dependencies by which initials only qualify the noun they hang on ("RKEF lines")."""
CREDENTIAL_RE = re.compile(r"(?i)^(?:certif|licen[cs]|accredit|qualif|regist|chartered|member|"
                           r"fellow|belt|diploma|degree|award|credential|designation)")
"""The start of a noun that names a credential itself ("NABH accreditation", "CIPS membership")."""


def names_thing(text: str, token: str) -> bool:
    """Whether every occurrence of ``token`` in ``text`` is a modifier of a noun that names no
    credential and no number (see the module's docstring); False when ``token`` is not found as
    a word of the parse."""
    words = parsed_words(text)
    found = False
    for word in words:
        if word.text != token:
            continue
        found = True
        head = words[word.head]
        if word.dep not in MODIFIERS or head is word or not head.tag.startswith("NN"):
            return False
        if CREDENTIAL_RE.match(head.text) or any(ch.isdigit() for ch in head.text) \
                or head.text.isupper():
            return False
    return found
