"""A step the speaker has booked or scheduled, told without a modal: "I start the course from
January", "I'm meeting your finance lead next week", "I've enrolled on the March intake".

A plan to close a gap is often told as a fact of the calendar rather than an intention: the
present ("I start", "I'm starting") or the perfect of arranging ("I've booked", "I've signed up")
with a time still to come. The parse reads it: the speaker is the subject of a verb of doing in
the present (in a sentence that tells no past) or in the perfect, the clause is neither negated
nor conditional, and the sentence names a time ahead (a month, "next ...", "from ...",
"starting ...", "my first month"). A routine
("every January I set targets", "I always start with the numbers") is no scheduled step.
A plan the speaker names as theirs and bounds in time is one too, whatever follows it ("My plan
for the first three months: a week in each depot..."; "My priority in my first quarter would be
the unions"): the noun of planning with "my" heads the sentence or is its subject.

A time ahead is read from the words ("from January", "next week") or from the parse
(``period_ahead``): a period counted or placed ahead, whatever preposition or none comes before
it ("first three months I meet each member", "milestones at twelve and twenty-four months").
A request already made for a step to come ("I already asked the secretary to let me sit in
next month") arranges it as the perfect does.
"""

from __future__ import annotations

import re

from poise.analysis.grammar import PERFECT_AUXES, STATIVE_LEMMAS, clause_mood
from poise.analysis.text import Sentence, Token

AHEAD_RE = re.compile(
    r"\b(?:from|starting|beginning|in|by|before|on|this|next|until|during|for)\b"
    r"(?:(?!\bsince\b)[^.?!;]){0,25}?"
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|q[1-4]|spring|summer|autumn|winter|intake|term|semester|cohort)\b"
    r"|\bnext (?:week|month|quarter|year|term|spring|summer|autumn|winter|monday|tuesday|"
    r"wednesday|thursday|friday)\b"
    r"|\b(?:from|in|during|within|over|for) (?:my|the) (?:very )?first (?:\w+ )?(?:days?|weeks?|"
    r"fortnight|months?|quarter|year|hundred days)\b"
    r"|\b(?:from|on) (?:day one|my (?:first day|start date))\b"
    r"|\bbefore (?:I start|my start date|day one|my first day)\b",
    re.IGNORECASE,
)
"""A time still to come that bounds a step ("from January", "next week", "in my first month")."""
ROUTINE_RE = re.compile(r"\b(?:every|each|always|usually|normally|whenever|typically)\b",
                        re.IGNORECASE)
"""Words of a routine: what is done every time is a habit, not a step booked."""
ARRANGING_LEMMAS = frozenset({
    "book", "enrol", "enroll", "register", "sign", "arrange", "schedule", "agree", "apply",
    "reserve", "plan", "set", "line", "organise", "organize", "secure", "join", "start", "begin",
    "ask", "request",
})
"""Verbs that arrange a step ahead: in the perfect, or with "already" ("I've booked the course
for March", "I already asked to sit in next month"), they tell a step fixed for a time to come."""
PERIOD_WORDS = frozenset({"day", "days", "week", "weeks", "fortnight", "fortnights", "month",
                          "months", "quarter", "quarters"})
"""Periods a plan is bounded by (a year is left out: "twelve years" is a record far more often)."""
AHEAD_MARKS = frozenset({"first", "next", "coming"})
PAST_MARKS = frozenset({"ago", "last", "past", "previous"})
SOMEDAY_NUMBERS = frozenset({"one", "a", "1"})
"""A count of one day is no bound: "one day" is some day, "day one" the start."""
SPEECH_LEMMAS = frozenset({"say", "tell", "mean", "guess", "suppose", "reckon", "hope"})
PLAN_NOUNS = frozenset({"plan", "priority", "step", "intention", "agenda", "programme", "program"})
"""Nouns that name what the speaker means to do: "my plan", "my first step", "my priority"."""


def _doing(verb: Token) -> bool:
    return verb.pos == "VERB" and verb.lemma not in STATIVE_LEMMAS and verb.lemma not in SPEECH_LEMMAS


def _perfect(sent: Sentence, position: int) -> bool:
    return any(sent.tokens[child].dep == "aux" and sent.tokens[child].lower in PERFECT_AUXES
               for child in sent.child_map[position])


def present_doing(sent: Sentence, besides: frozenset[str] = frozenset()) -> bool:
    """Whether the speaker does something in the present in a sentence that tells no past ("I
    start the course from January", "First I release the two units we hold"): a verb of doing
    (no state, no way of speaking, none of ``besides``) with "I" as its subject. A present told
    beside a past ("I caught myself in March, so I ask...") is a practice since, not this."""
    if not sent.parsed or any(token.tag == "VBD" for token in sent.tokens):
        return False
    return any(_doing(verb) and verb.lemma not in besides
               and clause_mood(sent, sent.tokens.index(verb)) == "present"
               for verb in sent.own_habitual)


def period_ahead(sent: Sentence, counted: bool = False) -> bool:
    """Whether the parse names a period of days, weeks, months or quarters placed ahead ("next
    month", "the first quarter") or, where the sentence already speaks of what is to come
    (``counted``: a modal, a named plan), counted ("three months", "at twelve and twenty-four
    months"); never one that something places behind ("two months ago", "the last quarter") or
    makes a measure of something ("three months of data")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower not in PERIOD_WORDS:
            continue
        kids = [sent.tokens[child] for child in sent.child_map[position]]
        if any(kid.lower in PAST_MARKS or (kid.dep == "prep" and kid.lower == "of") for kid in kids):
            continue
        if _told_of_the_past(sent, position):
            continue  # "I left after ten months": a period of the record
        if any(kid.lower in AHEAD_MARKS or (counted and kid.dep == "nummod"
                                            and kid.lower not in SOMEDAY_NUMBERS) for kid in kids):
            return True
    return False


def _told_of_the_past(sent: Sentence, position: int) -> bool:
    """Whether the nearest verb above the word at ``position`` is in the simple past."""
    seen: set[int] = set()
    head = sent.tokens[position].head
    while 0 <= head < len(sent.tokens) and head not in seen:
        seen.add(head)
        token = sent.tokens[head]
        if token.pos in {"VERB", "AUX"}:
            return token.tag == "VBD"
        if token.head == head:
            break
        head = token.head
    return False


def time_ahead(sent: Sentence, counted: bool = False) -> bool:
    """Whether the sentence names a time still to come, in words (``AHEAD_RE``) or by the parse
    (``period_ahead``)."""
    return bool(AHEAD_RE.search(sent.text)) or period_ahead(sent, counted)


def _arranged(sent: Sentence, position: int) -> bool:
    """A verb of arranging told as done: in the perfect, or with "already" on it."""
    return _perfect(sent, position) or any(
        sent.tokens[child].dep == "advmod" and sent.tokens[child].lower == "already"
        for child in sent.child_map[position])


def scheduled_step(sent: Sentence) -> bool:
    """Whether the sentence books a step of the speaker's for a time to come, without a modal:
    a verb of doing with "I" as its subject in the present ("I start the course from January")
    or a verb of arranging in the perfect or with "already" ("I've booked a place on the March
    cohort"), and a time ahead in the sentence (``time_ahead``); never a routine, a denial or a
    condition."""
    if not sent.parsed:
        return False
    named = _named_plan(sent)
    if not time_ahead(sent, counted=named):
        return False
    if named:
        return True  # "each" inside a named plan ("a week in each depot") tells no routine
    if ROUTINE_RE.search(sent.text):
        return False
    if present_doing(sent):
        return True
    for verb in sent.own_past_actions:
        position = sent.tokens.index(verb)
        if verb.lemma in ARRANGING_LEMMAS and _arranged(sent, position):
            return True
    return False


def _named_plan(sent: Sentence) -> bool:
    """Whether the sentence is headed by the speaker's plan ("My plan for the first three months:
    ...") or has it as its subject ("My first step in the first month is..."), in a clause that is
    neither negated nor a condition ("My plan was never to stay" is no step)."""
    for position, token in enumerate(sent.tokens):
        if token.lemma not in PLAN_NOUNS or token.dep not in {"ROOT", "nsubj", "nsubjpass"}:
            continue
        if not any(sent.tokens[child].dep == "poss" and sent.tokens[child].lower == "my"
                   for child in sent.child_map[position]):
            continue
        clause = position if token.dep == "ROOT" else token.head
        if 0 <= clause < len(sent.tokens) and clause_mood(sent, clause) in {"negated", "conditional"}:
            continue
        if token.dep != "ROOT" and sent.tokens[clause].tag == "VBD":
            continue  # "My plan for the first month was to listen": a plan told of the past
        return True
    return False
