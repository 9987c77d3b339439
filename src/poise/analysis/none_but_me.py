"""Claims that nobody but the speaker could do what they did, read from the parse.

A coach hears these as overclaiming whatever the words, because no one can know them: the
speaker's own deed set as the measure nobody else reaches ("there is nobody in the sector who
could do what I did", "I fixed what nobody had fixed in ten years"), a class of others with no
member said to have the ability or the record ("I don't think anybody else could have pulled it
off"), to match the speaker ("nobody else comes close") or to know the trade across a whole
place or field ("nobody else in the country knows how to run it"), and the speaker matched with
anyone at all ("I'll know that plant as well as anyone").

What such a claim is not: a plain fact about who was there ("nobody else could cover the shift",
"nobody could have predicted the storm": no speaker's deed as the measure, no "else" ranking
the speaker), a question, a condition, or someone else's words.

Each function asks one grammatical question of one parsed sentence.
"""

from __future__ import annotations

from poise.analysis.claims import (
    ABILITY_MODALS,
    COUNTERFACTUAL_AUXES,
    EVERYBODY,
    NO_ONE,
    RECORD_AUXES,
    _no_other,
    _wide_scope,
)
from poise.analysis.meaning import children, negated, subtree
from poise.analysis.text import Sentence, per_sentence

SPEAKERS = frozenset({"i", "we"})
"""Subjects that make a deed the speaker's (or the speaker's side's)."""
WHAT_WORDS = frozenset({"what"})
DOING = frozenset({"do", "achieve", "pull", "deliver", "match", "repeat", "replicate"})
COMPARING = frozenset({"as", "than", "like"})
WAY_WORDS = frozenset({"way"})
ELSE_WORDS = frozenset({"else", "other"})
MATCHING = frozenset({"match", "equal", "rival", "compare", "touch"})
"""Verbs of matching someone: "nobody else matches it" ranks the speaker above all."""
CLOSE_WORDS = frozenset({"close"})
"""With "come": "nobody else comes close"."""
KNOWING = frozenset({"know", "understand"})
"""Verbs of knowing a trade: said of nobody else across a place or a field, a rank."""
DENYING = frozenset({"think", "believe", "imagine", "reckon", "suppose"})
"""The speaker's denied opinion that carries a "nobody" onto the clause under it: "I don't
think anybody else could have"."""
CONDITIONS = frozenset({"if", "unless", "whether"})
PERFECT = frozenset({"have", "'ve", "had", "'d"})
EQUAL_WORDS = frozenset({"as"})
WELL_WORDS = frozenset({"well", "good", "much"})
NOBODY_SIGNS = NO_ONE | EVERYBODY | {"no"}
"""The words without one of which no token of a sentence is a class of others with no member
(``_nobody``): "nobody", "no one", "no other ...", "anybody" under a denied opinion."""


def _clauses_of(sent: Sentence, position: int) -> list[int]:
    """The verbs that say what the class at ``position`` does: the verb it is the subject of,
    or, for "there is nobody ... who/with ... to do", the clauses under it and under its "be"."""
    token = sent.tokens[position]
    if token.dep == "nsubj":
        return [token.head] if 0 <= token.head < len(sent.tokens) else []
    if token.dep != "attr":
        return []
    found = [q for q in subtree(sent, position) if q != position
             and sent.tokens[q].dep in {"relcl", "acl", "advcl"} and sent.tokens[q].pos in {"VERB", "AUX"}]
    head = token.head
    if 0 <= head < len(sent.tokens):
        found += [c for c in children(sent, head) if sent.tokens[c].dep in {"advcl", "relcl", "acl"}
                  and sent.tokens[c].pos in {"VERB", "AUX"}]
    return found


def _under_denied_opinion(sent: Sentence, position: int) -> bool:
    """The clause of ``position`` sits under the speaker's denied opinion ("I don't think
    anybody else could..."), which turns "anybody" into "nobody"."""
    verb = sent.tokens[position].head
    if not 0 <= verb < len(sent.tokens):
        return False
    opinion = sent.tokens[verb].head
    return (sent.tokens[verb].dep == "ccomp" and 0 <= opinion < len(sent.tokens) and opinion != verb
            and sent.tokens[opinion].lemma in DENYING and negated(sent, opinion)
            and any(sent.tokens[c].lower == "i" and sent.tokens[c].dep == "nsubj"
                    for c in children(sent, opinion)))


def _nobody(sent: Sentence, position: int) -> tuple[bool, bool]:
    """(is the token at ``position`` a class of others with no member, does it rank: "else" or
    "other" on it). "Nobody", "no one", "no other head", or "anybody else" under the speaker's
    denied opinion."""
    token = sent.tokens[position]
    kids = {sent.tokens[c].lower for c in children(sent, position)}
    ranked = bool(kids & ELSE_WORDS)
    if token.lower in NO_ONE or (token.lower == "one" and "no" in kids):
        return True, ranked
    if _no_other(sent, position):
        return True, True
    if token.lower in EVERYBODY and ranked and _under_denied_opinion(sent, position):
        return True, True
    return False, False


def _speaker_deed(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is measured by the speaker's own doing: "(could) do what I did"
    (a verb of doing, or any verb under "can"/"could", whose object is a "what" clause of the
    speaker's), "came through as well as we did", "runs a depot the way I do" (a comparison whose
    clause is the speaker's). "Nobody noticed what I did" measures nothing."""
    able = sent.tokens[verb].lemma in DOING or any(
        sent.tokens[c].lower in ABILITY_MODALS for c in children(sent, verb))
    for position in subtree(sent, verb):
        token = sent.tokens[position]
        if position == verb or token.pos not in {"VERB", "AUX"} or not any(
                sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep == "nsubj"
                for c in children(sent, position)):
            continue
        marks = {sent.tokens[c].lower for c in children(sent, position)}
        head = token.head
        if marks & COMPARING or (token.dep == "relcl" and 0 <= head < len(sent.tokens)
                                 and sent.tokens[head].lower in WAY_WORDS):
            return True
        if able and any(sent.tokens[c].lower in WHAT_WORDS and sent.tokens[c].dep == "dobj"
                        for c in children(sent, position)):
            return True
    return False


def _able_or_record(sent: Sentence, verb: int) -> bool:
    """A perfect or a modal perfect on the verb: "has done", "had fixed", "could have pulled
    off", "would've got"; a plain "could" says who was free, not who was able."""
    auxes = [sent.tokens[c].lower for c in children(sent, verb) if sent.tokens[c].dep == "aux"]
    perfect = any(aux in PERFECT | RECORD_AUXES for aux in auxes)
    return perfect and (any(aux in ABILITY_MODALS | COUNTERFACTUAL_AUXES for aux in auxes)
                        or sent.tokens[verb].tag == "VBN")


def _matches(sent: Sentence, verb: int) -> bool:
    token = sent.tokens[verb]
    return token.lemma in MATCHING or (token.lemma == "come" and any(
        sent.tokens[c].lower in CLOSE_WORDS for c in children(sent, verb)))


def _knows_across(sent: Sentence, position: int, verb: int) -> bool:
    """A verb of knowing said of the class across a place or a field: "nobody else in the
    country knows how to run it"."""
    return sent.tokens[verb].lemma in KNOWING and any(
        sent.tokens[c].dep == "prep" and _wide_scope(sent, c) for c in children(sent, position))


def _conditional(sent: Sentence, verb: int) -> bool:
    return any(sent.tokens[c].lower in CONDITIONS and sent.tokens[c].dep == "mark"
               for c in children(sent, verb))


@per_sentence
def nobody_but_me(sent: Sentence) -> bool:
    """Nobody else able to do, or to have done, what the speaker did; nobody else matching the
    speaker; the speaker doing what nobody had done ("I fixed what nobody had fixed")."""
    if not sent.parsed or sent.text.rstrip(" \"'”’)").endswith("?"):
        return False
    if not any(token.lower in NOBODY_SIGNS for token in sent.tokens):
        return False  # no class of others with no member to read (``NOBODY_SIGNS``)
    for position in range(len(sent.tokens)):
        nobody, ranked = _nobody(sent, position)
        if not nobody:
            continue
        for verb in _clauses_of(sent, position):
            if not 0 <= verb < len(sent.tokens) or _conditional(sent, verb):
                continue
            if any(sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep == "nsubj"
                   for c in children(sent, verb)):
                continue  # "nobody else and I ..." or a clause of the speaker's own
            if _speaker_deed(sent, verb):
                return True  # "... who could do what I did", "... as well as we did"
            if ranked and (_able_or_record(sent, verb) or _matches(sent, verb)
                           or _knows_across(sent, position, verb)):
                return True
            if sent.tokens[verb].dep == "ccomp" and sent.tokens[position].dep == "nsubj" \
                    and _able_or_record(sent, verb) and any(
                        sent.tokens[c].lower in WHAT_WORDS and sent.tokens[c].dep == "dobj"
                        for c in children(sent, verb)) and _speaker_did(sent, sent.tokens[verb].head):
                return True  # "I fixed in three months what nobody had fixed in ten years"
    return False


def _speaker_did(sent: Sentence, verb: int) -> bool:
    """The verb at ``verb`` is a deed of the speaker's, told, not denied."""
    return 0 <= verb < len(sent.tokens) and not negated(sent, verb) and any(
        sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep == "nsubj" for c in children(sent, verb))


@per_sentence
def as_good_as_anyone(sent: Sentence) -> bool:
    """The speaker matched with anyone at all: "I'll know that plant as well as anyone in
    there", "I can run it as well as anybody": "anyone" or "anybody" right after "as well as"
    ("as good as", "as much as"; the parse reads the phrase as a preposition or as a
    coordinator, so the words are read in order), in a clause whose subject is the speaker and
    that is not denied."""
    if not sent.parsed:
        return False
    words = sent.tokens
    for position in range(3, len(words)):
        before = [word.lower for word in words[position - 3:position]]
        if words[position].lower not in EVERYBODY or before[0] not in EQUAL_WORDS \
                or before[1] not in WELL_WORDS or before[2] not in EQUAL_WORDS:
            continue
        if any(words[c].dep in {"relcl", "acl"} or words[c].lower in ELSE_WORDS
               for c in children(sent, position)):
            continue  # "I hired chefs as well as anyone else we needed": a list, not a match
        current, seen = words[position].head, set()
        while 0 <= current < len(words) and current not in seen:
            seen.add(current)
            if words[current].pos in {"VERB", "AUX"}:
                if _speaker_did(sent, current):
                    return True
                break
            current = words[current].head
    return False
