"""Care taken that an act of the speaker's leaves no written trace, read from the parse.

Part of tone.undermining. "I was careful not to put anything in writing", "I made sure nothing
was written down", "we avoided putting it in an email": the speaker tells of keeping an act of
their own off the record on purpose, which is how conduct meant to stay unseen is told. The
writing is a verb of writing ("write", "record", "minute", "document") or a thing put "in
writing", "in an email", "on paper".

Not read: a bound in time ("not to put anything in writing until legal had seen it"), what is
kept out of the record named by a clause of its own ("nothing that could identify the
whistle-blower": protecting someone, not hiding an act), and anyone but the speaker's side as
the one taking care.
"""

from __future__ import annotations

from poise.analysis.conduct import SPEAKERS, SUBJECTS, TOLD_LATER
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence

CARE_WORDS = frozenset({"careful", "sure", "certain", "care"})
"""What the speaker makes or takes when they act on purpose ("careful", "made sure", "took care")."""
AVOIDING = frozenset({"avoid"})
WRITING_VERBS = frozenset({"write", "record", "minute", "document", "email", "e-mail"})
WRITTEN_NOUNS = frozenset({"writing", "email", "e-mail", "paper", "minutes", "record", "trail"})
"""Where a thing is put when it is written down: "in writing", "in an email", "on paper"."""
NOTHING = frozenset({"nothing", "none", "no"})
SHIELDING = frozenset({"relcl", "acl"})


def _written(sent: Sentence, verb: int) -> bool:
    """The verb writes something down, or puts it in a written form."""
    if sent.tokens[verb].lemma in WRITING_VERBS:
        return True
    return any(sent.tokens[grand].lower in WRITTEN_NOUNS
               for child in children(sent, verb) if sent.tokens[child].dep == "prep"
               and sent.tokens[child].lower in {"in", "on", "into"}
               for grand in children(sent, child) if sent.tokens[grand].dep == "pobj")


def _shielded(sent: Sentence, verb: int) -> bool:
    """What is kept unwritten is named by a clause of its own ("anything that could identify
    her"), or the care is bounded in time ("until legal had seen it")."""
    if any(sent.tokens[c].lower in TOLD_LATER for c in subtree(sent, verb) if c != verb):
        return True
    # a relative clause after the verb, wherever the parser hung it
    return any(token.dep in SHIELDING for token in sent.tokens[verb + 1:])


def _care_taken(sent: Sentence, head: int) -> bool:
    """The word is the care itself ("careful", "sure") or a verb taking it ("took care")."""
    if sent.tokens[head].lemma in CARE_WORDS:
        return True
    return any(sent.tokens[c].lemma in CARE_WORDS and sent.tokens[c].dep in {"dobj", "acomp"}
               for c in children(sent, head))


def _speaker_cares(sent: Sentence, care: int) -> bool:
    """The speaker's side takes the care: "I was careful", "we made sure", "I took care"."""
    heads = [care]
    if sent.tokens[care].dep in {"acomp", "dobj", "ccomp", "xcomp"} \
            and 0 <= sent.tokens[care].head < len(sent.tokens):
        heads.append(sent.tokens[care].head)
    return any(sent.tokens[c].dep in SUBJECTS and sent.tokens[c].lower in SPEAKERS
               for head in heads for c in children(sent, head))


def kept_unwritten(sent: Sentence) -> bool:
    """The speaker took care that an act of theirs left nothing in writing."""
    if not sent.parsed:
        return False
    for verb, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"} or not _written(sent, verb) or _shielded(sent, verb):
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens) or head == verb or not _speaker_cares(sent, head):
            continue
        if _care_taken(sent, head) and (negated(sent, verb) or any(
                sent.tokens[c].lower in NOTHING and sent.tokens[c].dep in SUBJECTS | {"dobj", "det"}
                for c in children(sent, verb))):
            # "careful not to put anything in writing", "made sure nothing was put in writing"
            return True
        if sent.tokens[head].lemma in AVOIDING and not negated(sent, head):
            return True  # "avoided putting anything in writing"
    return False
