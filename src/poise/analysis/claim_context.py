"""What a sentence the flaw model hears as a flaw does, read from its parse, where the grammar
shows it is not that flaw.

- a lack conceded or a restraint kept is not overclaiming: "strictly speaking I never had area
  managers under me", "I was never inside a ministry", "I still never switch a system on for
  every site on the first day" deny the speaker something neutral; an overclaim denies a
  failing ("I've never lost a client", "I've never missed a deadline"), praises ("never been anything but
  excellent") or sweeps over everything ("there is nothing I haven't done");
- a family member named as context is not oversharing: "my mother is the same", "even my
  family keeps asking why I stay" give the family a voice or a likeness and tell no private
  event, no trouble, nothing done to them;
- a sentence with no goal in its parse, in an answer that states a goal with a number that
  measures it (a date alone does not), is not a vague goal: the forecast or the way of working
  beside a measured goal is not the goal the answer sets; nor is a move named at both ends
  ("less about storage and more about access for schools", "from paper job cards to
  tablets"): it says what changes into what;
- a sweep that claims no record of results is not overclaiming: a lapse of composure denied
  ("I never panic", "I've never lost my temper"), a principle under "would", a feeling ("I
  love the clinical side, always have") or the listener's words thrown back ("I don't know why
  you say I never had a crisis") describe a temperament or answer a charge.

Each test is a pure function of parsed ``Sentence`` values.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from poise.analysis.goals import goal_contents
from poise.analysis.grammar import ASPECT_LEMMAS, FAMILY_NOUNS
from poise.analysis.meaning import NEGATIVE, POSITIVE, WordClasses, children, negated, subtree, valence

if TYPE_CHECKING:
    from poise.analysis.text import Sentence

SPEAKER = frozenset({"i"})
ABSOLUTES = frozenset({"any", "anything", "anyone", "anybody", "nothing", "nobody", "none",
                       "always", "ever", "once"})
"""Words that make a denial sweep over every case ("never once", "nothing I haven't done"):
a perfect record claimed, not a lack conceded."""
SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
SAYING = frozenset({"say", "ask", "tell", "think", "joke", "call", "wonder", "agree", "laugh",
                    "know", "remind", "describe"})
OWNERS = frozenset({"my", "our"})


def _speaker_clauses(sent: Sentence) -> list[int]:
    """The verbs whose subject is the speaker ("I")."""
    found: list[int] = []
    for position, token in enumerate(sent.tokens):
        if token.lower in SPEAKER and token.dep in {"nsubj", "nsubjpass"} \
                and 0 <= token.head < len(sent.tokens) and token.head != position:
            found.append(token.head)
    return found


def conceded_lack(sent: Sentence) -> bool:
    """The sentence denies the speaker something neutral (a lack conceded, a restraint kept)
    and claims nothing else: no failing denied, no praise, no superlative, no sweep over every
    case."""
    if not sent.parsed:
        return False
    denied = [verb for verb in _speaker_clauses(sent) if negated(sent, verb)]
    if not denied:
        return False
    classes = WordClasses()
    if any(token.lower in ABSOLUTES or token.tag in SUPERLATIVE_TAGS for token in sent.tokens):
        return False
    for verb in _speaker_clauses(sent):
        # praise said of the speaker, not a frame around the concession ("it is true I..."),
        # nor the kind of thing lacked ("I've never had a profit target": a noun naming a noun)
        if any(valence(sent.tokens[position], classes) >= POSITIVE and sent.tokens[position].dep != "compound"
               for position in subtree(sent, verb)):
            return False
    for verb in denied:
        for position in subtree(sent, verb):
            if valence(sent.tokens[position], classes) <= NEGATIVE:
                return False
    return True


FEELING_LEMMAS = frozenset({"love", "like", "enjoy", "adore", "miss"})
"""Verbs of the speaker's feeling: "I love the clinical side, always have" sweeps over time,
not over results."""
PRINCIPLE_AUXES = frozenset({"would", "'d"})
LISTENER = frozenset({"you"})
ECHO_LEMMAS = frozenset({"have", "do", "be"})
"""A bare auxiliary that repeats the clause before it: "..., I never have", "..., never will"."""
SWEEP_MARKS = ABSOLUTES | {"never", "every", "all", "everything", "everyone", "everybody"}


def _lapse_denied(sent: Sentence, verb: int, lapses: frozenset[str]) -> bool:
    """The speaker's clause at ``verb`` denies a lapse of composure: "I never panic", "I've
    never lost my temper", "I've never been off with stress" (a word of ``lapses`` as the verb
    or in its own words)."""
    kids = children(sent, verb)
    if not (negated(sent, verb) or any(sent.tokens[c].lower == "never" for c in kids)):
        return False
    return any(sent.tokens[q].lemma in lapses or sent.tokens[q].lower in lapses
               for q in subtree(sent, verb, skip=frozenset({"ccomp", "advcl", "conj"})))


def _outside_claim(sent: Sentence, verb: int, lapses: frozenset[str]) -> bool:
    """The speaker's clause at ``verb`` claims no record of results: a lapse of composure
    denied, a principle under "would" ("I would never ..."), or a feeling ("I love ...")."""
    kids = children(sent, verb)
    if _lapse_denied(sent, verb, lapses):
        return True
    if sent.tokens[verb].lemma in FEELING_LEMMAS and not negated(sent, verb):
        return True
    return any(sent.tokens[c].lower in PRINCIPLE_AUXES for c in kids) and (
        negated(sent, verb) or any(sent.tokens[c].lower == "never" for c in kids))


def _listeners_words(sent: Sentence) -> list[int]:
    """The positions of what the sentence says the listener said or thinks: "why you say I
    never had a crisis" (a clause under a verb of saying whose subject is "you")."""
    found: list[int] = []
    for position, token in enumerate(sent.tokens):
        if token.lemma not in SAYING:
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lower in LISTENER and sent.tokens[c].dep == "nsubj" for c in kids):
            continue
        found += [q for c in kids if sent.tokens[c].dep == "ccomp" for q in subtree(sent, c)]
    return found


def _echo(sent: Sentence, verb: int) -> bool:
    """The verb at ``verb`` is a bare auxiliary repeating the clause before ("I never have")."""
    return sent.tokens[verb].lemma in ECHO_LEMMAS and not any(
        sent.tokens[c].dep in {"dobj", "attr", "acomp", "xcomp", "prep"}
        for c in children(sent, verb))


def no_record_claimed(sent: Sentence, lapses: frozenset[str]) -> bool:
    """Every sweep in the sentence ("never", "always", "any", a superlative) sits in a clause
    that claims no record of results: the speaker's composure (``_lapse_denied``), a principle
    or a feeling (``_outside_claim``), or the listener's words thrown back ("I don't know why
    you say I never had a crisis"). With no sweep at all, such a clause must be there. Not a
    record about results ("I never panic and I've never missed a deadline")."""
    if not sent.parsed:
        return False
    covered: set[int] = set(_listeners_words(sent))
    echoes: list[int] = []
    for verb in _speaker_clauses(sent):
        if _outside_claim(sent, verb, lapses):
            covered.update(subtree(sent, verb, skip=frozenset({"ccomp", "advcl", "conj"})))
            echoes += [c for c in children(sent, verb) if sent.tokens[c].dep == "conj" and _echo(sent, c)]
        elif _echo(sent, verb):
            echoes.append(verb)
    if not covered:
        return False
    for verb in echoes:  # "I don't panic, I never have": the clause before, echoed
        covered.add(verb)
        covered.update(c for c in children(sent, verb) if sent.tokens[c].dep in {"neg", "advmod"})
    sweeps = [position for position, token in enumerate(sent.tokens)
              if token.lower in SWEEP_MARKS or token.tag in SUPERLATIVE_TAGS]
    return all(position in covered for position in sweeps)


def _family_mentions(sent: Sentence) -> list[int]:
    found: list[int] = []
    for position, token in enumerate(sent.tokens):
        if token.lower not in FAMILY_NOUNS or token.pos not in {"NOUN", "PROPN"}:
            continue
        if any(sent.tokens[c].lower in OWNERS for c in children(sent, position)):
            found.append(position)
    return found


def _likeness(sent: Sentence, verb: int) -> bool:
    """A copula that says what someone is like ("is the same", "is a retired engineer"), not
    where or in what they are ("were in the middle of treatment")."""
    if sent.tokens[verb].lemma != "be":
        return False
    kids = [sent.tokens[c].dep for c in children(sent, verb)]
    return any(dep in {"attr", "acomp"} for dep in kids) and "prep" not in kids


def family_as_context(sent: Sentence) -> bool:
    """The speaker's family is named only as a voice or a likeness ("my father is the same",
    "my family asks why I stay"): each mention is the subject of a verb of saying or of a copula
    whose complement is not negative, and no word of the sentence is negative."""
    if not sent.parsed:
        return False
    mentions = _family_mentions(sent)
    if not mentions:
        return False
    classes = WordClasses()
    if any(valence(token, classes) <= NEGATIVE for token in sent.tokens):
        return False
    for position in mentions:
        token = sent.tokens[position]
        head = token.head
        if token.dep != "nsubj" or not 0 <= head < len(sent.tokens):
            return False
        if any(sent.tokens[c].dep == "conj" for c in children(sent, position)):
            return False  # "my wife and I were...": a private life shared, not a likeness
        verb = sent.tokens[head]
        if verb.lemma in ASPECT_LEMMAS:  # "my family keeps asking"
            verbs = [c for c in children(sent, head) if sent.tokens[c].dep == "xcomp"]
        else:
            verbs = [head]
        if not any(sent.tokens[v].lemma in SAYING or _likeness(sent, v) for v in verbs):
            return False
    return True


TIME_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days",
                        "quarter", "quarters", "hour", "hours"})


def _measure_in(sent: Sentence, positions: list[int]) -> bool:
    """A number among ``positions`` that measures something, not one that dates it ("in three
    years", "by 2027"): a target with a measure, not a deadline alone."""
    for position in positions:
        token = sent.tokens[position]
        if not (token.pos == "NUM" or any(ch.isdigit() for ch in token.text)):
            continue
        if len(token.text) == 4 and token.text.isdigit():
            continue  # a year
        head = token.head
        while 0 <= head < len(sent.tokens) and sent.tokens[head].pos == "NUM" \
                and head != sent.tokens[head].head:
            head = sent.tokens[head].head  # "two to three years": up to the noun counted
        if 0 <= head < len(sent.tokens) and sent.tokens[head].lower in TIME_UNITS:
            continue
        return True
    return False


def target_measured(sent: Sentence) -> bool:
    """The sentence states a goal (``goals.goal_contents``) with a number that measures it."""
    return any(_measure_in(sent, subtree(sent, head)) for head in goal_contents(sent))


def goal_elsewhere(sentences: Sequence[Sentence], index: int) -> bool:
    """Sentence ``index`` holds no goal of its own, and another sentence of the answer states a
    measured goal."""
    if goal_contents(sentences[index]):
        return False
    return any(target_measured(sent) for number, sent in enumerate(sentences) if number != index)


LESSER = frozenset({"less", "fewer"})
GREATER = frozenset({"more"})
FROM_WORDS = frozenset({"from"})
TO_WORDS = frozenset({"to", "toward", "towards", "into"})


def _named_after(sent: Sentence, position: int) -> bool:
    """The word at ``position`` has a preposition with a noun under it ("less about storage"),
    its own or, where the parser hung it on the verb, the one right after it."""
    preps = list(children(sent, position))
    if position + 1 < len(sent.tokens):
        preps.append(position + 1)
    for child in preps:
        if sent.tokens[child].dep != "prep":
            continue
        if any(sent.tokens[grand].dep == "pobj" and sent.tokens[grand].pos in {"NOUN", "PROPN", "VERB"}
               for grand in children(sent, child)):
            return True
    return False


def named_shift(sent: Sentence) -> bool:
    """The sentence names a move at both ends: "less about X and more about Y" (each comparative
    with a named thing after it), or "from X to Y" on one verb. "More proactive and less
    reactive" names no thing; "more about people" names one end only."""
    if not sent.parsed:
        return False
    lesser = [p for p, token in enumerate(sent.tokens) if token.lower in LESSER]
    greater = [p for p, token in enumerate(sent.tokens) if token.lower in GREATER]
    if any(_named_after(sent, p) for p in lesser) and any(_named_after(sent, p) for p in greater):
        return True
    for position in range(len(sent.tokens)):
        preps = {sent.tokens[c].lower for c in children(sent, position)
                 if sent.tokens[c].dep == "prep" and children(sent, c)}
        if preps & FROM_WORDS and preps & TO_WORDS:
            return True
    return False


def not_a_vague_goal(sentences: Sequence[Sentence], index: int) -> bool:
    """Sentence ``index`` is not a vague goal: a move named at both ends, or no goal of its own
    beside a measured goal elsewhere in the answer."""
    return named_shift(sentences[index]) or goal_elsewhere(sentences, index)
