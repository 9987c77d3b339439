"""Whom a sentence's complaint or pushback is aimed at, read from the parse: the facts that let
a tone rule quote a sentence the tone model hears only half-confidently (``rules/heard.py``, a
rule's confirmed tier: ``confirm_at`` and ``confirm_by``).

A complaint or a pushback said politely or by implication leaves the model between its classes,
but the grammar still shows the target, and the target is what makes it a flaw:

- ``own_job_judged``: the speaker's own job is the subject or possessor of the complaint: a
  work noun of "my", "our" or "the current" with a negative or denied predicate, a work noun
  that does something to the speaker ("my job has worn me down"), the speaker said to feel
  a work feeling now ("I am tired of it"), or the speaker's time spent more on one thing than
  another ("I spend more time on forms than on ...");
- ``point_dismissed``: the interviewer's point is the object of a dismissal: "that", "it", a
  word for a concern or for the question as the subject of a present-tense predicate that
  denies it is fair, relevant or right, or ("that", not "it") that judges it in negative words
  ("that is a harsh reading"); the speaker reframing or disputing it ("I'd frame it
  differently", "I'd push back on ..."), denying assent to it ("I do not accept that ...",
  "I'm not sure that's fair"), or saying they do not know why anyone asks ("I don't know why
  everybody focuses on ...").

- ``third_party_judged_now``: someone else (a person, a group, an organisation) as the subject
  of a present-tense clause that is denied or judged in negative words: "many hospital managers
  have never seen how a service company works", "they don't understand anything about Latin
  America", "public agencies often lack urgency". A standing verdict on people, not the set-up
  of a story told in the past ("two of the drivers were late that week"), and not a type
  sketched to make a point ("a director who never changes his mind is no leader").

Each fact is one column of ``matrix``; names in ``NAMES``. The sentence model's inputs
(``sentence_features``) are not changed by these facts: they only confirm a quote.
"""

from __future__ import annotations

import numpy as np

from poise.analysis import sentence_features
from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import (
    WordClasses,
    children,
    feeling_denied,
    negated,
    negative_predicate,
    subtree,
    valence,
)
from poise.analysis.text import Sentence, Token

NAMES = ("own_job_judged", "point_dismissed", "third_party_judged_now")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OWN_POSSESSIVES = frozenset({"my", "our"})
CURRENT = frozenset({"current", "present", "existing"})
POINTERS = frozenset({"that", "it", "this"})
FAIRNESS = frozenset({"fair", "relevant", "right", "accurate", "true", "useful", "reasonable",
                      "helpful", "valid", "correct", "appropriate", "meaningful"})
"""What a point put to the speaker is denied being ("that's not fair", "not really relevant")."""
REFRAMING = frozenset({"frame", "dispute", "challenge", "reject", "question", "contest",
                       "disagree", "push"})
"""Verbs of a speaker disputing the point put to them ("I'd frame it differently")."""
ASSENT = frozenset({"agree", "accept", "buy", "recognise", "recognize"})
"""Verbs of assent the speaker denies to the point put to them ("I don't accept that")."""
WONDERING = frozenset({"know", "see", "understand", "get"})
ME = frozenset({"me"})
ASKERS = frozenset({"everybody", "everyone", "people", "you", "anyone", "anybody", "they",
                    "nobody"})
"""Whoever might ask about the point ("I don't know why everybody focuses on the delay")."""


def matrix(sentences: list[Sentence] | tuple[Sentence, ...], *, work: frozenset[str],
           feelings: frozenset[str], concerns: frozenset[str], rows: list[int] | None = None,
           names: frozenset[str] = frozenset(NAMES)) -> np.ndarray:
    """One row per sentence, one column per ``NAMES`` (1.0 when the fact holds); only the facts
    in ``names`` of the sentences in ``rows`` (all without it) are read, the others stay 0."""
    found = np.zeros((len(sentences), len(NAMES)), dtype=np.float32)
    work_classes = WordClasses(targets=work)
    readers = (("own_job_judged", lambda sent: own_job_judged(sent, work_classes, feelings)),
               ("point_dismissed", lambda sent: point_dismissed(sent, concerns)),
               ("third_party_judged_now", third_party_judged_now))
    for row in range(len(sentences)) if rows is None else rows:
        sent = sentences[row]
        if not sent.parsed:
            continue
        for name, reader in readers:
            if name in names:
                found[row, NAMES.index(name)] = reader(sent)
    return found


def _clauses(sent: Sentence) -> list[tuple[int, Token]]:
    """(verb position, subject) for every clause with a subject."""
    return [(token.head, token) for token in sent.tokens
            if token.dep in SUBJECTS and 0 <= token.head < len(sent.tokens)]


def _own_work(sent: Sentence, token: Token, work: WordClasses) -> bool:
    """A work noun that is the speaker's own: "my role", "our workload", "the current set-up"."""
    if token.lower not in work.targets and token.lemma not in work.targets:
        return False
    position = sent.tokens.index(token)
    for child in children(sent, position):
        kid = sent.tokens[child]
        if kid.lower in OWN_POSSESSIVES or kid.lower in CURRENT:
            return True
    return False


def own_job_judged(sent: Sentence, work: WordClasses, feelings: frozenset[str]) -> bool:
    """The speaker's own job as the subject or possessor of a complaint, or the speaker said to
    feel worn by it now."""
    for verb, subject in _clauses(sent):
        head = sent.tokens[verb]
        if _own_work(sent, subject, work):
            if negative_predicate(sent, verb, work) is not None or negated(sent, verb):
                return True
            objects = [sent.tokens[child].lower for child in children(sent, verb)
                       if sent.tokens[child].dep in {"dobj", "obj"}]
            if ME & set(objects):
                return True
        if subject.lower == "i" and head.tag in {"VBP", "VBZ", "VBN", "VBG"}:
            inside = subtree(sent, verb)
            said = {sent.tokens[position].lower for position in inside}
            if any(sent.tokens[position].lower in feelings and not feeling_denied(sent, verb, position)
                   for position in inside):
                return True
            if head.lemma == "spend" and "than" in said and "more" in said:
                return True
    return False


def point_dismissed(sent: Sentence, concerns: frozenset[str]) -> bool:
    """The point put to the speaker denied being fair or relevant, judged in negative words,
    reframed or disputed by the speaker, or asked about at all."""
    for verb, subject in _clauses(sent):
        head = sent.tokens[verb]
        said = subtree(sent, verb)
        words = {sent.tokens[position].lemma for position in said}
        pointer = subject.lower in POINTERS or subject.lemma in concerns
        if pointer and head.lemma == "be" and head.tag in {"VBZ", "VBP"}:
            if negated(sent, verb) and words & FAIRNESS:
                return True
            if subject.lower != "it" and negative_predicate(sent, verb, WordClasses()) is not None:
                return True
        if subject.lower == "i":
            if head.lemma in REFRAMING and any(
                    sent.tokens[child].lower in {"would", "'d", "’d"}
                    for child in children(sent, verb)):
                return True
            if head.lemma in ASSENT and negated(sent, verb) and _points_at(sent, verb, concerns):
                return True
            if head.lemma in WONDERING and negated(sent, verb) and _asks_why(sent, said):
                return True
            if negated(sent, verb) and (head.lemma == "sure" or any(
                    sent.tokens[child].lemma == "sure" for child in children(sent, verb))) \
                    and words & FAIRNESS:
                return True
    return False


def _points_at(sent: Sentence, verb: int, concerns: frozenset[str]) -> bool:
    """What the verb denies assent to is the point put to the speaker: a clause ("that it was
    a failure"), or "that", "it", a concern or a question word, or a noun "that" points at
    ("that reading"), not another party's offer ("the supplier's first price")."""
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep == "ccomp":
            return True
        if token.dep != "dobj":
            continue
        if token.lower in POINTERS or token.lemma in concerns or any(
                sent.tokens[kid].dep == "det" and sent.tokens[kid].lower in POINTERS
                for kid in children(sent, child)):
            return True
    return False


def _asks_why(sent: Sentence, said: list[int]) -> bool:
    """A "why" clause under the verb whose subject is the people asking ("why everybody
    focuses on ...", "why you'd ask"), not a thing ("why the pilot worked")."""
    if "why" not in {sent.tokens[position].lower for position in said}:
        return False
    return any(sent.tokens[position].dep in SUBJECTS and sent.tokens[position].lower in ASKERS
               for position in said)


PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PRESENT_MODALS = frozenset({"can", "ca", "cannot", "will", "wo"})
NOT_TOLD = frozenset({"conditional", "question", "hypothetical"})
CONDITIONS = frozenset({"if", "unless", "whenever"})


def _present(sent: Sentence, verb: int) -> bool:
    """The clause speaks of now: a present verb, or a present auxiliary or "can" over it."""
    if sent.tokens[verb].tag in PRESENT_TAGS:
        return True
    return any(sent.tokens[child].dep in {"aux", "auxpass"} and (
        sent.tokens[child].tag in PRESENT_TAGS or sent.tokens[child].lower in PRESENT_MODALS)
        for child in children(sent, verb))


def _type_sketched(sent: Sentence, subject: Token) -> bool:
    """ "a director who never changes his mind", "the people who only talk about size": someone
    defined by a clause of their own, a type described to make a point, not the people the
    speaker worked with."""
    position = sent.tokens.index(subject)
    return any(sent.tokens[child].dep == "relcl" for child in children(sent, position))


def third_party_judged_now(sent: Sentence) -> bool:
    """Someone else as the subject of a present clause that is denied or judged in negative
    words (VADER, in the predicate or the verb itself): a standing verdict on people."""
    plain = WordClasses()
    for verb, subject in sentence_features._clauses(sent):
        if not sentence_features._third_party(subject) or subject.dep == "nsubjpass":
            continue
        if not _present(sent, verb) or clause_mood(sent, verb) in NOT_TOLD:
            continue
        if sum(sent.tokens[child].dep in SUBJECTS for child in children(sent, verb)) > 1:
            continue  # two subjects for one verb: a parse that joined two clauses, not a verdict
        if _type_sketched(sent, subject) or any(
                token.lower in CONDITIONS and token.dep in {"mark", "advmod"}
                for token in sent.tokens):
            continue  # "if a board is on your back, that's a sign it doesn't trust ...": a case put
        if negated(sent, verb) or negative_predicate(sent, verb, plain) is not None or valence(
                sent.tokens[verb], plain) <= -1.0:
            return True
    return False
