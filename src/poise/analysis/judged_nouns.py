"""A verdict on someone else carried by a noun: "my old boss was a <noun>", "the owners, a
<noun> of a board, ...", where the noun judges rather than names a job.

The shape is read from the parse: a person or body (the rule's target class: a boss, the
owners, a department, "he", "they") is the subject of "be" with an indefinite noun as its
complement, or has such a noun in apposition. The noun judges when its valence is negative:
VADER's rating when it has one, else the estimate from its embedding (``word_valence``), since
most nouns that pass a verdict on people are not rated. Not a verdict: a noun naming a person
by role or job (the rule's role classes: "he was a contractor"), a noun with a warm modifier,
a kind or a count ("a mix of ...", "a group of ...": neutral nouns), a denied or imagined clause ("he wasn't
a ...", "they would be a ..."), a subject anyone ("a manager who ... is a ...").

The sites (``said_of_someone``: an indefinite noun, or a plural one with no determiner, "they
were <noun>s") are read by the parse alone; whether the noun judges may also be left to a learned
reader of the whole site (``noun_head``), since contempt is often carried by a noun no rating
condemns, and a noun rated harsh may name a job or a thing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import WordClasses, children, is_target, negated, valence
from poise.analysis.others_verdict import person_noun
from poise.analysis.text import Sentence, Token

VERDICT_AT = -1.0
"""The valence at or below which a noun said of someone is a verdict on them."""
ESTIMATED_AT = -1.16
"""An adjective the lexicon does not list must reach further by its estimated valence: the
estimate is rougher than a rating (as ``others_verdict.ESTIMATED_TRAIT``)."""
INDEFINITE = frozenset({"a", "an"})
ANYONE = frozenset({"a", "an", "any", "every", "each"})
SPEAKERS = frozenset({"i", "we", "me", "us", "my", "our"})
TOLD = frozenset({"past", "present", "other", "background", "habitual"})
SITE_RELATIONS = frozenset({"attr", "appos"})
"""The relations of a noun said of someone: the complement of "be", or an apposition."""


def _indefinite(sent: Sentence, position: int) -> bool:
    return any(sent.tokens[c].dep == "det" and sent.tokens[c].lower in INDEFINITE
               for c in children(sent, position))


def _bare_plural(sent: Sentence, position: int) -> bool:
    """A plural noun with no determiner ("they were <noun>s"): said of a group as a kind."""
    return sent.tokens[position].tag == "NNS" and not any(
        sent.tokens[c].dep in {"det", "poss", "nummod"} for c in children(sent, position))


def _judges(sent: Sentence, position: int, classes: WordClasses, roles: frozenset[str],
            estimate: Callable[[str], float], states: frozenset[str]) -> bool:
    """The noun at ``position`` passes a negative verdict: not a role, no warm modifier, and a
    valence at or below ``VERDICT_AT`` (its own, or that of the noun after "of a": "a bit of a
    <noun>")."""
    noun = sent.tokens[position]
    if noun.pos != "NOUN" or noun.lemma in roles or noun.lower in roles or is_target(noun, classes):
        return False
    for child in children(sent, position):
        modifier = sent.tokens[child]
        if modifier.dep in {"amod", "compound"} and valence(modifier, classes) > 0:
            return False  # "a great asset", "a real star"
        if modifier.dep == "prep" and modifier.lower == "of":
            inner = [c for c in children(sent, child) if sent.tokens[c].dep == "pobj"
                     and _indefinite(sent, c)]
            if inner and _judges(sent, inner[0], classes, roles, estimate, states):
                return True  # "a bit of a <noun>": the inner noun carries the verdict
        if modifier.dep == "poss" and modifier.lower in SPEAKERS:
            return False  # "she was my mentor"
    rated = _rated(noun, classes, estimate)
    # a noun rated warm in the lexicon keeps its warmth ("a blunt but loyal friend"); an unrated
    # one is left to the adjective before it
    return rated <= VERDICT_AT or (
        valence(noun, classes) <= 0 and _judging_modifier(sent, position, classes, states, estimate))


def _judging_modifier(sent: Sentence, position: int, classes: WordClasses,
                      states: frozenset[str], estimate: Callable[[str], float]) -> bool:
    """An adjective before a plain noun carries the verdict ("a slow, politicised bureaucracy",
    "a weak manager"): its listed valence, or one estimated for an unlisted adjective, at or
    below ``VERDICT_AT``; not a passing state or a feeling ("a frustrated man", "a worried
    client"), a participle or a comparison."""
    for child in children(sent, position):
        modifier = sent.tokens[child]
        if modifier.dep != "amod" or modifier.pos != "ADJ" or modifier.tag in {"JJR", "JJS", "VBN", "VBG"}:
            continue
        if modifier.lower in states or modifier.lemma in states:
            continue
        listed = valence(modifier, classes)
        if listed <= VERDICT_AT if listed else estimate(modifier.lower) <= ESTIMATED_AT:
            return True
    return False


def no_estimate(word: str) -> float:
    """No estimate: an unrated word reads as neutral."""
    return 0.0


def _rated(noun: Token, classes: WordClasses, estimate: Callable[[str], float]) -> float:
    """The noun's valence: VADER's or the word classes' when it has one, else the estimate."""
    return valence(noun, classes) or estimate(noun.lower)


def noun_valence(sent: Sentence, position: int, classes: WordClasses,
                 estimate: Callable[[str], float]) -> float:
    """The valence of the noun at ``position``, or of the noun its "of a" carries ("a bit of a
    <noun>"), whichever is lower."""
    rated = _rated(sent.tokens[position], classes, estimate)
    for child in children(sent, position):
        if sent.tokens[child].dep == "prep" and sent.tokens[child].lower == "of":
            for inner in children(sent, child):
                if sent.tokens[inner].dep == "pobj" and sent.tokens[inner].pos == "NOUN":
                    rated = min(rated, _rated(sent.tokens[inner], classes, estimate))
    return rated


def _someone(sent: Sentence, subject: Token, position: int, classes: WordClasses) -> bool:
    """The subject is a particular third party, not anyone ("a manager who ...")."""
    if subject.lower in SPEAKERS:
        return False
    if not is_target(subject, classes) and not any(
            sent.tokens[c].dep == "compound" and is_target(sent.tokens[c], classes)
            for c in children(sent, position)) and not person_noun(sent, position, classes):
        # "head office", "the board members": a body named by its compound; "the guy before
        # me", "the buyer, who ...": a person the parse shows (``others_verdict.person_noun``)
        return False
    return not any(sent.tokens[c].dep == "det" and sent.tokens[c].lower in ANYONE
                   for c in children(sent, position))


def said_of_someone(sent: Sentence, classes: WordClasses) -> list[int]:
    """The nouns said of a particular third party: an indefinite predicate nominal of a told
    "be" clause whose subject is someone else ("the owner was a <noun>"), or an indefinite
    apposition to such a person ("the buyer, a <noun> of a man, ..."). Whether the noun judges is
    left to the caller (``noun_verdict``; the learned reading, ``noun_head``)."""
    if not sent.parsed:
        return []
    sites = []
    for position, token in enumerate(sent.tokens):
        if token.dep not in SITE_RELATIONS or not (
                _indefinite(sent, position) or _bare_plural(sent, position)):
            continue
        head = token.head
        if not 0 <= head < len(sent.tokens) or head == position:
            continue
        if token.dep == "attr" and sent.tokens[head].lemma == "be":
            if negated(sent, head) or clause_mood(sent, head) not in TOLD:
                continue
            subjects = [c for c in children(sent, head) if sent.tokens[c].dep == "nsubj"]
            if not any(_someone(sent, sent.tokens[s], s, classes) for s in subjects):
                continue
        elif token.dep == "appos":
            if not _someone(sent, sent.tokens[head], head, classes):
                continue
        else:
            continue
        sites.append(position)
    return sites


Reader = Callable[[Sentence, int, Callable[[], float]], bool | None]
"""A learned reading of one site (``noun_head.judges``): the sentence, the noun's position and a
thunk for its valence; None when no reading fits."""


def noun_verdict(sent: Sentence, classes: WordClasses, roles: frozenset[str],
                 estimate: Callable[[str], float], *, states: frozenset[str] = frozenset(),
                 rated_only: bool = False, reader: Reader | None = None) -> bool:
    """Whether the sentence passes a verdict on a third party through a noun said of them; with
    ``rated_only``, only through a noun or adjective the sentiment lexicon rates (a verdict
    plain enough to stand on its own: the estimate for an unrated word is rougher). With a
    ``reader`` (the learned head), a noun no rating condemns still judges when the reader
    hears a verdict in the site ("a bunch of <noun>s", a noun the lexicon rates neutral), and a
    rated noun the reader hears as a job or a thing ("a clown at parties") does not."""
    if rated_only:
        estimate = no_estimate
    for position in said_of_someone(sent, classes):
        noun = sent.tokens[position]
        if noun.pos != "NOUN" or noun.lemma in roles or noun.lower in roles:
            continue
        rated = _judges(sent, position, classes, roles, estimate, states)
        if rated_only or reader is None:
            if rated:
                return True
            continue
        heard = reader(sent, position, partial(noun_valence, sent, position, classes, estimate))
        if heard if heard is not None else rated:
            return True
    return False
