"""Criticism put as a contrast: someone else set against the speaker or the place described,
with a clause that says what that person is like ("unlike the present owners, who have never
walked the yard, I...", "very different from my manager, who changes the plan every Monday").

The verdict is never said: the contrast says the speaker is not like them, and the "who" clause
says what they are. The parse shows it:

- a word of contrast takes the person as its object: "unlike", or "different" / "opposed" /
  "compared" with "from", "to" or "with";
- the person is someone in particular (``others_verdict.person_noun``; "the", "my", a name), not a
  kind ("unlike a manager who..." defines one);
- a "who" clause hangs from them and describes them as they are now: a present or a present
  perfect ("who thinks", "who has never set foot"), not a past event ("who gave me room");
- that clause holds no word of praise (a positive word in the sentiment lexicon) and says
  something against them (``_faults``: a denial, a negative word, what they think, a change made
  again and again); "who backs her people" or "who have bigger fleets" sets a model or a fact
  against the speaker, it faults no one.
"""

from __future__ import annotations

from poise.analysis.meaning import WordClasses, children, sentiment_lexicon, subtree
from poise.analysis.others_verdict import person_noun
from poise.analysis.text import Sentence

CONTRASTING = frozenset({"unlike"})
"""Prepositions of contrast that take the person directly."""
CONTRAST_HEADS = {"different": frozenset({"from", "to", "than"}),
                  "opposed": frozenset({"to"}),
                  "compared": frozenset({"to", "with"})}
"""Words of contrast and the prepositions that bring in what they set apart."""
GENERIC = frozenset({"a", "an", "any", "every", "each", "no"})
PRESENT = frozenset({"VBZ", "VBP"})
PERFECT = frozenset({"has", "have", "'s", "’s", "'ve", "’ve"})
PRAISE = 1.5
"""A word this positive or more (VADER, -4..4) makes the clause praise."""
FAULT = -1.0
"""A word this negative or more (VADER) in the clause says something against the person."""
DENYING = frozenset({"never", "no", "nothing", "nobody", "hardly"})
MINDS = frozenset({"think", "believe", "assume", "reckon", "imagine"})
"""Verbs that put what the person thinks, which the contrast sets the speaker against."""
CHANGING = frozenset({"change", "switch", "reverse", "move", "rewrite", "cancel"})
RECURRING = frozenset({"every", "each"})
LONGEST = 80


def _set_apart(sent: Sentence) -> list[int]:
    """The objects of the sentence's words of contrast ("unlike X", "different from X")."""
    found = []
    for position, token in enumerate(sent.tokens):
        prep = None
        if token.lower in CONTRASTING and token.dep == "prep":
            prep = position
        else:
            head = token.head
            if token.dep == "prep" and 0 <= head < len(sent.tokens) and head != position:
                wanted = CONTRAST_HEADS.get(sent.tokens[head].lower)
                if wanted and token.lower in wanted:
                    prep = position
        if prep is not None:
            found += [c for c in children(sent, prep) if sent.tokens[c].dep == "pobj"]
    return found


def _standing_clause(sent: Sentence, noun: int) -> int | None:
    """The "who" clause under ``noun`` told in the present or the present perfect."""
    for child in children(sent, noun):
        clause = sent.tokens[child]
        if clause.dep != "relcl" or not any(sent.tokens[g].lower == "who" for g in children(sent, child)):
            continue
        auxes = [sent.tokens[g] for g in children(sent, child) if sent.tokens[g].dep == "aux"]
        if clause.tag in PRESENT and not auxes:
            return child
        if clause.tag == "VBN" and any(aux.lower in PERFECT for aux in auxes):
            return child
    return None


def contrasted_other(sent: Sentence, classes: WordClasses) -> int | None:
    """The position of the person set apart by a contrast and described by a standing "who"
    clause that does not praise them (see the module), or None."""
    if not sent.parsed or len(sent.tokens) > LONGEST:
        return None
    lexicon = sentiment_lexicon()
    for noun in _set_apart(sent):
        kids = [sent.tokens[c] for c in children(sent, noun)]
        if any(kid.dep == "det" and kid.lower in GENERIC for kid in kids):
            continue
        if not person_noun(sent, noun, classes):
            continue
        clause = _standing_clause(sent, noun)
        if clause is None:
            continue
        words = subtree(sent, clause)
        if any(lexicon.get(sent.tokens[p].lower, 0.0) >= PRAISE for p in words):
            continue
        if _faults(sent, clause, words):
            return noun
    return None


def _faults(sent: Sentence, clause: int, words: list[int]) -> bool:
    """The "who" clause says something against the person: it denies ("who has never set foot",
    "who doesn't listen"), holds a negative word ("who blames the crews"), puts what they think
    ("who thinks managing is sending emails": a view the contrast sets the speaker against) or
    a change made again and again ("who changes the plan every Monday")."""
    lexicon = sentiment_lexicon()
    if any(sent.tokens[p].dep == "neg" or sent.tokens[p].lower in DENYING for p in words):
        return True
    if any(lexicon.get(sent.tokens[p].lower, 0.0) <= FAULT for p in words):
        return True
    verb = sent.tokens[clause]
    if verb.lemma in MINDS:
        return True
    return verb.lemma in CHANGING and any(sent.tokens[p].lower in RECURRING for p in words)
