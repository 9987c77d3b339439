"""What the speaker says they are: the words a clause predicates of the speaker, read from the
parse, for the rules on self-praise to weigh.

Three shapes say a quality of oneself: the speaker as the subject of "be" or of a verb of
describing ("I am calm and fair", "I'd call myself a natural leader"); the speaker as the passive
subject of such a verb ("I'm known as a candid, courageous operator", "I'm seen as reliable");
and the speaker as the object of one, with what they are called after it ("they'd describe me
as fair", "people find me inspiring"). What is predicated is the complement with the words joined
to it ("calm, fair and patient"), the describing words of a complement noun ("a calm, reliable
leader") and, after "as", the noun it names. A negated clause predicates nothing ("I'm not
sure"), and a clause only asked about or wished for is no claim ("am I a good leader?", "I want
to be seen as fair")."""

from __future__ import annotations

from collections.abc import Callable

from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import POSITIVE, WordClasses, children, negated, valence
from poise.analysis.text import Sentence

SELF_SUBJECT = frozenset({"i"})
SELF_OBJECT = frozenset({"me", "myself"})
DESCRIBED_AS_SUBJECT = frozenset({"be", "consider", "call", "describe", "see"})
"""Verbs whose subject is what the clause describes: "I am...", "I'd describe myself as..."."""
DESCRIBED_AS_OBJECT = frozenset({"call", "describe", "find", "see", "consider", "regard", "know",
                                 "think", "rate"})
"""Verbs of describing someone, whose object (or passive subject) is the one described: "they'd
describe me as fair", "I'm known as candid", "people find me inspiring"."""
COMPLEMENTS = frozenset({"acomp", "attr", "oprd", "xcomp"})
JOINED = frozenset({"conj", "amod", "appos", "advmod", "acomp", "attr", "oprd", "relcl"})
"""Relations that carry on what is said of the speaker: a list ("calm, fair"), the words of a
complement noun ("a calm leader"), and its relative clause ("someone who is deeply committed")."""
UNCLAIMED_MOODS = frozenset({"question", "conditional"})
"""Moods in which a clause claims nothing: asked ("am I a good leader?") or set on a condition
("if I were more patient"). "I'd describe myself as..." is hypothetical in form and still a
claim; "I would be a better manager" is not one, so "be" is read without that mood too."""
BREAKS = frozenset({"—", "–", ";", ":", ".", "?", "!"})
"""Marks that end a run of words said of the speaker ("I'm calm, fair — and the team...")."""
SUBJECT_RELATIONS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def described_words(sent: Sentence) -> list[int]:
    """The positions of the words ``sent`` predicates of the speaker (complements, the words
    joined to them and, after "as", the noun named with its describing words), in the order
    found; none in an unparsed sentence."""
    if not sent.parsed:
        return []
    found: list[int] = []
    for position in _describing_verbs(sent):
        for word in _predicated(sent, position):
            if word not in found:
                found.append(word)
    return found


def _describing_verbs(sent: Sentence) -> list[int]:
    """The verbs whose clause describes the speaker, in one of the module's three shapes, and
    claims it: not negated, asked or only wished for."""
    verbs = []
    for token in sent.tokens:
        head = token.head
        if not 0 <= head < len(sent.tokens) or head in verbs:
            continue
        lemma = sent.tokens[head].lemma
        if token.lower in SELF_SUBJECT and token.dep == "nsubj":
            described = lemma in DESCRIBED_AS_SUBJECT
        elif token.lower in SELF_SUBJECT and token.dep == "nsubjpass":
            described = lemma in DESCRIBED_AS_OBJECT
        elif token.lower in SELF_OBJECT and token.dep in {"dobj", "nsubj"}:
            # "find me inspiring" is often parsed as a small clause whose subject is "me"
            described = lemma in DESCRIBED_AS_OBJECT or (
                token.dep == "nsubj" and lemma not in DESCRIBED_AS_SUBJECT
                and sent.tokens[head].dep == "ccomp" and _parent_describes(sent, head))
        else:
            continue
        if not described or negated(sent, head):
            continue
        mood = clause_mood(sent, head)
        if mood not in UNCLAIMED_MOODS and not (lemma == "be" and mood == "hypothetical"):
            verbs.append(head)
    return verbs


def _parent_describes(sent: Sentence, position: int) -> bool:
    """Whether the clause at ``position`` hangs from a verb of describing ("find [me
    inspiring]")."""
    head = sent.tokens[position].head
    return 0 <= head < len(sent.tokens) and sent.tokens[head].lemma in DESCRIBED_AS_OBJECT


def _predicated(sent: Sentence, verb: int) -> list[int]:
    """The complement of ``verb`` with the words joined to it, what follows its "as", and the
    describing words that run on after the verb through commas and "and" up to the next verb
    or break (the parse of a long list often hangs its words anywhere)."""
    starts = [child for child in children(sent, verb) if sent.tokens[child].dep in COMPLEMENTS]
    if sent.tokens[verb].pos == "ADJ":  # the small clause "[me] inspiring" is itself the word
        starts.append(verb)
    for child in children(sent, verb):
        if sent.tokens[child].lower == "as":  # "known as a candid operator"
            starts.extend(children(sent, child))
        elif sent.tokens[child].dep == "advcl" and any(  # "describe me as fair", parsed apart
                sent.tokens[grand].lower == "as" for grand in children(sent, child)):
            starts.append(child)
    starts.extend(_run_after(sent, verb))
    found: list[int] = []
    stack = starts
    while stack:
        position = stack.pop()
        if position in found:
            continue
        found.append(position)
        stack.extend(child for child in children(sent, position) if sent.tokens[child].dep in JOINED)
    return found


def _run_after(sent: Sentence, verb: int) -> list[int]:
    """The adjectives after ``verb`` up to the first break, other verb or new subject: "I'm,
    like, incredibly fair, super approachable, really inspiring", not "I'm keen on the team, and
    I'm not sure a figure is useful" (what follows "a figure" is said of it)."""
    run = []
    for position in range(verb + 1, len(sent.tokens)):
        word = sent.tokens[position]
        described = word.dep in {"acomp", "amod"} or (word.dep == "conj" and word.tag == "VBN")
        if word.text in BREAKS or word.dep in SUBJECT_RELATIONS or (
                word.pos == "VERB" and word.lemma != "be" and not described):
            break
        if word.pos == "ADJ" and word.dep != "advmod":
            run.append(position)
    return run


REACTION_PREPS = frozenset({"about", "of", "for", "by"})
"""Prepositions naming what a feeling is about ("proud of", "excited about"); not "with", which
names whom a quality is shown to ("brilliant with people")."""


def reaction(sent: Sentence, position: int) -> bool:
    """Whether the word at ``position`` is a feeling about something rather than a quality: it
    takes what it is about ("happy to relocate", "proud of the team", "excited about the role",
    "grateful for the chance"), which a quality of character does not ("responsible for the
    budget" tells a duty, not a quality)."""
    return any(sent.tokens[child].dep in {"xcomp", "ccomp"}
               or (sent.tokens[child].dep == "prep" and sent.tokens[child].lower in REACTION_PREPS)
               for child in children(sent, position))


def praising(sent: Sentence, classes: WordClasses, *, least: float = POSITIVE,
             estimate: Callable[[str], float] | None = None) -> set[str]:
    """The distinct adjectives ``sent`` predicates of the speaker that praise: a valence of
    ``least`` or more (``classes.positive`` counting as praise; a word the sentiment lexicon
    does not list is read by ``estimate``, the valence learned from its embedding, when given):
    qualities, not feelings about something (``reaction``)."""
    found = set()
    for position in described_words(sent):
        word = sent.tokens[position]
        if word.pos != "ADJ" or reaction(sent, position):
            continue
        value = valence(word, classes)
        if value == 0.0 and estimate is not None:
            value = estimate(word.lower)
        if value >= least:
            found.add(word.lower)
    return found
