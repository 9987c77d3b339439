"""Someone above the speaker, named in the answer, not told of a contact the speaker made.

Part of tone.undermining. ``conduct.superior_not_told`` reads a silence towards a role word in
its own sentence ("I did not tell the manager about this meeting"); an answer often names the
boss once, with the role beside the name ("my director, Mr. Novak"; "Ana Ruiz, our chief
executive"), and then speaks of them by the name alone ("I did not tell Novak I had called").

``superior_names`` gathers the names the answer sets beside a role above the speaker (the
``superiors`` word class); ``not_told_of_contact`` hears the speaker say they did not tell such
a person (a role word or one of those names) of a contact of their own: a clause whose verb is
a contact ("...I had called", "...that I met them"; the ``contacts`` word class read as verbs)
or a contact noun ("about the visit"). A silence bounded in time ("not until the Monday"), a
silence about anything else ("I didn't tell my boss I was job hunting") or one the answer later
owns as a fault ("I should have told him") is not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis.conduct import SPEAKERS, SUBJECTS, owns_fault, persons_not_told
from poise.analysis.meaning import children
from poise.analysis.text import Sentence

NAME_TAGS = frozenset({"NNP", "NNPS"})
TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "don", "doña", "dona",
                    "madame", "monsieur", "herr", "frau", "sir"})
"""Forms of address written before a name: a name's part, not the name that is used alone."""
NAME_LIMIT = 8
"""At most this many names are kept per answer (bounded work on odd text)."""


def _name_of(sent: Sentence, head: int) -> set[str]:
    """The words of the name a proper noun heads, without a form of address: "Mr. Hofer" →
    {"hofer"}, "Petra Lind" → {"petra", "lind"} (either may be used alone later)."""
    if sent.tokens[head].tag not in NAME_TAGS:
        return set()
    parts = [head] + [c for c in children(sent, head) if sent.tokens[c].dep == "compound"]
    return {sent.tokens[part].lower for part in parts
            if sent.tokens[part].tag in NAME_TAGS and sent.tokens[part].lower not in TITLES}


def superior_names(sentences: Sequence[Sentence], superiors: frozenset[str]) -> frozenset[str]:
    """The names the answer sets beside a role above the speaker: in apposition either way
    ("my director, Mr. Hofer"; "Hofer, my director") or as a name the role word qualifies
    ("director Hofer")."""
    names: set[str] = set()
    for sent in sentences:
        if not sent.parsed:
            continue
        for position, token in enumerate(sent.tokens):
            if token.lemma not in superiors or token.pos != "NOUN":
                continue
            linked = [c for c in children(sent, position) if sent.tokens[c].dep == "appos"]
            if token.dep in {"appos", "compound"} and 0 <= token.head < len(sent.tokens):
                linked.append(token.head)
            for item in linked:
                names |= _name_of(sent, item)
            if len(names) >= NAME_LIMIT:
                return frozenset(names)
    return frozenset(names)


def _speaker_clause(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].dep in SUBJECTS and sent.tokens[c].lower in SPEAKERS
               for c in children(sent, verb))


def _later_owned(sentences: Sequence[Sentence], position: int) -> bool:
    return any(owns_fault(later) for later in sentences[position + 1:])


def not_told_of_contact(sentences: Sequence[Sentence], position: int, superiors: frozenset[str],
                        contacts: frozenset[str], names: frozenset[str]) -> bool:
    """The speaker says they did not tell someone above them (a role word, or a name the answer
    set beside one) of a contact they made: "I did not tell Mr. Hofer I called", "we never told
    the board that we had met them", "I didn't tell Hofer about the visit"."""
    sent = sentences[position]
    if not sent.parsed or not superiors or not contacts:
        return False
    for verb in range(len(sent.tokens)):
        told = persons_not_told(sent, verb)
        if not told or not _speaker_clause(sent, verb):
            continue
        kids = children(sent, verb)
        if not any(sent.tokens[c].lemma in superiors or sent.tokens[c].lower in names for c in told):
            continue
        # what was not told: a contact clause of the speaker's, or a contact noun after "about"
        clauses = [c for c in kids if sent.tokens[c].dep == "ccomp"
                   and sent.tokens[c].lemma in contacts and _speaker_clause(sent, c)]
        # "about the call", on the verb or, as the parser often has it, on the one not told
        abouts = [c for head in (verb, *told) for c in children(sent, head)
                  if sent.tokens[c].lower == "about"]
        things = [g for c in abouts for g in children(sent, c)
                  if sent.tokens[g].dep == "pobj" and sent.tokens[g].lemma in contacts]
        if (clauses or things) and not _later_owned(sentences, position):
            return True
    return False
