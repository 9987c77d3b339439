"""A stated gap waved away in a reply to a concern, read from the parse: the gap declared small,
the same everywhere, carried over by itself, or a thing the speaker will simply pick up.

A calm reply names the gap and backs any claim of transfer with a record and a dated step. A
defensive one asserts the transfer instead: "it's really not a big step", "the principles are
the same everywhere", "my experience carries over", "I'd pick that up in no time". Each
function asks one grammatical question of one parsed sentence and returns the positions of the
words that answer it (empty when the sentence does not show it):
- ``gap_belittled``: what was raised ("it", "that", "this" or a word of ``concern``) denied,
  now, any size or difficulty ("not a big step", "not that different", "not hard");
- ``called_same``: something other than the speaker said, now, to be the same or alike
  ("the work is the same everywhere", "it's basically the same job"); a difference granted
  ("it's not the same") is no waving;
- ``transfer_asserted``: the speaker's record or a thing in general said, now, to carry over
  ("my experience translates", "the skills transfer directly", "it's all transferable");
- ``soon_gone``: what was raised said not to stay a concern "for long" ("this would not be a
  concern for very long"): the gap promised away;
- ``quick_pickup``: the speaker will pick the gap up, learn it or get up to speed, told by how
  fast ("quickly", "in no time", "in a few weeks") with nothing of how: a speed promised, not a
  step planned. A step with its means ("by sitting with your finance lead") or a counted date
  ("in my first 30 days") is a plan, not this.
Whether the reply backs its claim with a dated plan the caller decides (``concern_moves``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import SUBJECT_DEPS, children, negated, subtree

if TYPE_CHECKING:
    from poise.analysis.text import Sentence

POINTING = frozenset({"it", "that", "this"})
PRESENT = frozenset({"VBZ", "VBP"})
BE_FORMS = frozenset({"'s", "’s", "'re", "’re"})
SIZE = frozenset({"big", "huge", "large", "major", "massive", "great", "significant", "serious",
                  "hard", "difficult", "different", "tough", "wide", "long", "steep", "much"})
"""Words of size, distance or difficulty: denied of the gap, they wave it away."""
ALIKE = frozenset({"same", "identical", "similar", "universal", "alike"})
CARRYING = frozenset({"translate", "transfer", "carry", "apply", "port"})
"""Verbs of a record carried over to the new post by itself."""
CARRIED = frozenset({"transferable", "portable"})
SPEAKER = frozenset({"i", "me", "my", "mine", "myself", "we", "our"})
ACQUIRING = frozenset({"pick", "learn", "master", "grasp", "adapt", "catch"})
"""Verbs of taking a skill in ("pick it up", "learn it", "catch up")."""
SPEED = frozenset({"quickly", "fast", "soon", "easily", "rapidly", "quick"})
VAGUE_COUNT = frozenset({"few", "couple", "no"})
"""Counts that bound no date ("in a few weeks", "in no time"): a speed, not a deadline."""
MEANS = frozenset({"by", "with", "through", "from", "via"})
FUTURE = frozenset({"'d", "’d", "would", "will", "'ll", "’ll", "can", "could"})
TENTATIVE = frozenset({"possibly", "perhaps", "maybe", "might", "arguably", "probably"})
"""Words that hold a claim open ("possibly similar"): a hedge, read by the hedging rules, not a
gap waved away."""


def _tentative(sent: Sentence, verb: int) -> bool:
    """The clause, or the verb it hangs from, holds the claim open."""
    places = [verb, *children(sent, verb)]
    head = sent.tokens[verb].head
    if sent.tokens[verb].dep == "ccomp" and 0 <= head < len(sent.tokens):
        places += [head, *children(sent, head)]
    return any(sent.tokens[p].lower in TENTATIVE for place in places for p in [place, *children(sent, place)])


def _present_be(sent: Sentence, verb: int) -> bool:
    token = sent.tokens[verb]
    return (token.lemma == "be" or token.lower in BE_FORMS) and token.tag in PRESENT


def _now(sent: Sentence, verb: int) -> bool:
    """The clause is the reply itself: not a condition, a question or a story."""
    return clause_mood(sent, verb) not in {"conditional", "question", "past", "background"}


def concern_subjects(sent: Sentence, concern: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Each subject that points back ("it", "that", "this") or is a word of ``concern``, with
    the verb it is the subject of: (subject, verb), in the sentence's order."""
    if not sent.parsed:
        return
    for position, token in enumerate(sent.tokens):
        if token.dep not in SUBJECT_DEPS:
            continue
        if token.lower not in POINTING and token.lemma not in concern and token.lower not in concern:
            continue
        if 0 <= token.head < len(sent.tokens):
            yield position, token.head


def gap_belittled(sent: Sentence, concern: frozenset[str]) -> list[int]:
    """ "It's really not a big step", "that's not that different", "the gap isn't huge": a
    pointer or a word of ``concern`` as the subject of a present, denied "be" whose predicate
    is a word of size or difficulty, or a noun that carries one."""
    for position, verb in concern_subjects(sent, concern):
        if not _present_be(sent, verb) or not negated(sent, verb):
            continue
        for predicate in children(sent, verb):
            word = sent.tokens[predicate]
            if word.dep == "acomp" and word.lemma in SIZE:
                return [position, predicate]
            if word.dep == "attr" and word.pos == "NOUN" and any(
                    sent.tokens[c].dep == "amod" and sent.tokens[c].lemma in SIZE
                    for c in children(sent, predicate)):
                return [position, predicate]
    return []


RELATIVES = frozenset({"what", "which", "that", "who"})


def _described(sent: Sentence, verb: int, subjects: list[int]) -> bool:
    """The clause describes something offered ("one case that is similar", "what is
    transferable"), or grants a difference after "but" ("similar, but the rules I do not
    know"): no claim that the gap carries over."""
    if sent.tokens[verb].dep in {"relcl", "acl", "csubj", "pcomp"}:
        return True
    if any(sent.tokens[c].lower in RELATIVES and sent.tokens[c].tag in {"WDT", "WP"} for c in subjects):
        return True
    for place in range(verb + 1, len(sent.tokens)):
        if sent.tokens[place].lower == "but":
            return any(sent.tokens[p].dep == "neg" for p in range(place + 1, len(sent.tokens)))
    return False


def called_same(sent: Sentence) -> list[int]:
    """ "The principles are the same everywhere", "it's basically the same job": a present
    "be", not denied, whose predicate is a word of sameness (or a noun it qualifies) and whose
    subject is not the speaker ("I'm the same person": of oneself, not the gap)."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.lemma != "be" and token.lower not in BE_FORMS:
            continue
        if not _present_be(sent, position) or negated(sent, position) or not _now(sent, position):
            continue
        if _tentative(sent, position):
            continue
        kids = children(sent, position)
        subjects = [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS]
        if not subjects or any(sent.tokens[p].lower in SPEAKER for c in subjects
                               for p in subtree(sent, c)) or _described(sent, position, subjects):
            continue
        for predicate in kids:
            word = sent.tokens[predicate]
            if word.dep not in {"attr", "acomp"}:
                continue
            if word.lemma in ALIKE or any(sent.tokens[c].dep == "amod" and sent.tokens[c].lemma in ALIKE
                                          for c in children(sent, predicate)):
                return [subjects[0], predicate]
    return []


def transfer_asserted(sent: Sentence) -> list[int]:
    """ "My experience translates", "the skills transfer directly", "it's all transferable": a
    verb of carrying over in the present (or with "will"), not denied, whose subject is the
    speaker's record or a thing in general; or "transferable" said of one now."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.pos == "VERB" and token.lemma in CARRYING:
            if negated(sent, position) or not _now(sent, position) or _tentative(sent, position):
                continue
            modal = {sent.tokens[c].lower for c in children(sent, position) if sent.tokens[c].dep == "aux"}
            if token.tag not in PRESENT and not modal & FUTURE:
                continue
            subjects = [c for c in children(sent, position) if sent.tokens[c].dep in SUBJECT_DEPS]
            if _described(sent, position, subjects):
                continue
            if any(sent.tokens[c].lower not in {"i", "you", "we", "they", "he", "she"} for c in subjects):
                return [subjects[0], position]
        if token.lower in CARRIED and token.dep == "acomp":
            verb = token.head
            if not 0 <= verb < len(sent.tokens) or not _present_be(sent, verb) or negated(sent, verb):
                continue
            subjects = [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS]
            if not _described(sent, verb, subjects):
                return [position]
    return []


def quick_pickup(sent: Sentence) -> list[int]:
    """ "I'd pick that up in a few weeks", "I'll learn it quickly": the speaker's verb of taking
    a skill in, with a modal of the future, bounded by a speed or a count that dates nothing,
    and no means ("by ...", "with ...") of how."""
    if not sent.parsed:
        return []
    for position, token in enumerate(sent.tokens):
        if token.pos != "VERB" or token.lemma not in ACQUIRING:
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower == "i" and sent.tokens[c].dep in SUBJECT_DEPS for c in kids):
            continue
        if negated(sent, position) or not any(sent.tokens[c].lower in FUTURE for c in kids):
            continue
        if any(sent.tokens[c].dep == "prep" and sent.tokens[c].lower in MEANS for c in kids) or any(
                sent.tokens[c].dep == "advcl" for c in kids):
            continue
        speed = [c for c in kids if sent.tokens[c].lower in SPEED]
        vague = [p for c in kids if sent.tokens[c].dep == "prep" and sent.tokens[c].lower in {"in", "within"}
                 for p in subtree(sent, c) if sent.tokens[p].lower in VAGUE_COUNT]
        if speed or vague:
            return [position, (speed or vague)[0]]
    return []


AHEAD = frozenset({"will", "would", "wo", "'ll", "’ll", "'d", "’d", "shall"})
"""Auxiliaries of what is yet to come ("won't", "would not")."""
LASTING = frozenset({"long"})
"""The word of duration a promise that the gap will soon be gone turns on ("not for long")."""


def soon_gone(sent: Sentence, concern: frozenset[str]) -> list[int]:
    """ "This would not be a concern for very long", "it won't be an issue for long": what was
    raised (a pointer or a word of ``concern``) as the subject of a denied "be" whose predicate
    is a word of ``concern``, bounded by "for long": the gap promised away, not closed."""
    for position, verb in concern_subjects(sent, concern):
        if sent.tokens[verb].lemma != "be" or not negated(sent, verb) or not any(
                sent.tokens[c].lower in AHEAD and sent.tokens[c].dep == "aux" for c in children(sent, verb)):
            continue  # "it has not been a concern for long" looks back, it promises nothing
        for predicate in children(sent, verb):
            word = sent.tokens[predicate]
            if word.dep != "attr" or (word.lemma not in concern and word.lower not in concern):
                continue
            lasting = [p for p in subtree(sent, verb) if sent.tokens[p].lower in LASTING
                       and 0 <= sent.tokens[p].head < len(sent.tokens)
                       and sent.tokens[sent.tokens[p].head].lower == "for"]
            if lasting:
                return [position, predicate, lasting[0]]
    return []


def waved(sent: Sentence, concern: frozenset[str]) -> list[int]:
    """Any of the readings above."""
    return (gap_belittled(sent, concern) or called_same(sent) or transfer_asserted(sent)
            or quick_pickup(sent) or soon_gone(sent, concern))
