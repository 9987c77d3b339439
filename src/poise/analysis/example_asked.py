"""Whether a question asks for a real past occasion, read from its parse.

Many questions that are not phrased as "Tell me about a time..." still want one occasion told:
the listener asks where the speaker has already done something ("where have you shown it?",
"what have you done about it?", "someone you developed"), or asks to be given or shown an
instance ("give me one moment that shows it", "show me something concrete", "give me something
recent"). An answer to such a question that speaks only in "I would" and "I always" has not
given what was asked. This module says which questions ask it; the rule that hears the general
account is ``structure.no_past_example`` (rules/code.py).

Two readings, each from the question's parse:
- the listener as the subject of a verb of doing in the past or the perfect, outside a question
  of motive ("why did you leave?") or of a state or scene ("what did you enjoy?", "when did you
  join?");
- a request to be given, shown, told or walked through an instance: an imperative of those verbs
  whose object is a noun of occasion ("moment", "example", "instance", "occasion", "case",
  "story", or "a time" / "one time" with a clause saying what happened then), a stretch of
  work qualified as real or specific ("walk me through a real year"), or "something"
  qualified as concrete, recent, real or specific, or by what it shows ("give me something
  that shows it");
- a question after a vague thing that happened or shows something ("what's something that
  actually happened that backs that up?").

A question that asks for a plan (``asked.asks_plan``) or sets up a scenario to reason about
(``analyse.HYPOTHETICAL_QUESTION_RE``) asks for no occasion, whatever else it says.
"""

from __future__ import annotations

from poise.analysis.asked import asks_plan, parsed_question
from poise.analysis.grammar import SCENE_LEMMAS, STATIVE_LEMMAS, clause_mood
from poise.analysis.meaning import children
from poise.analysis.text import Sentence

ASKING_VERBS = frozenset({"give", "show", "tell", "walk", "share", "describe", "talk"})
OCCASION_NOUNS = frozenset({"moment", "example", "instance", "occasion", "case", "story",
                            "episode", "situation"})
VAGUE_OBJECTS = frozenset({"something", "anything", "one", "thing"})
PERIOD_NOUNS = frozenset({"year", "quarter", "month", "week", "season", "project", "cycle"})
"""A stretch of work lived through, asked for as a real one ("walk me through a real year"):
an occasion, as a "real example" is; "a specific figure" asks for a number, not an occasion."""
CONCRETE = frozenset({"concrete", "recent", "real", "specific", "actual", "particular"})
MOTIVE = frozenset({"why"})
PATH_LEMMAS = frozenset({"end", "land", "wind"})
"""How one came to be somewhere ("how you ended up running..."): a path, not a deed."""
POLITE = frozenset({"could", "can", "would", "will"})
"""A request put as a question: "could you give me...", "can you show us..."."""
PERFECT = frozenset({"have", "'ve", "has", "had"})


def asks_past_example(question: str) -> bool:
    """Whether ``question`` asks for an occasion the speaker has lived (see the module doc)."""
    from poise.analysis.analyse import HYPOTHETICAL_QUESTION_RE

    if not question.strip() or asks_plan(question) or HYPOTHETICAL_QUESTION_RE.search(question):
        return False  # a plan or a scenario to reason about is asked, not an occasion
    return any(_listener_did(sent) or _instance_requested(sent) or _occurrence_asked(sent)
               for sent in parsed_question(question).sentences if sent.parsed)


def _listener_did(sent: Sentence) -> bool:
    """"Where have you shown it?", "a decision you had to make", "what did you do for them?":
    the listener as the subject of a verb of doing, told as past, in a sentence that asks (a
    question, or a request such as "tell me about...": "you gave me a list" asks nothing)."""
    if not (sent.text.rstrip().endswith("?") or _requests(sent)):
        return False
    for token in sent.tokens:
        if token.lower != "you" or token.dep not in {"nsubj", "nsubjpass"}:
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens):
            continue
        head = sent.tokens[verb]
        kids = [sent.tokens[c] for c in children(sent, verb)]
        if head.lemma in STATIVE_LEMMAS - {"have"} or head.lemma in SCENE_LEMMAS | PATH_LEMMAS:
            continue
        if head.lemma == "have" and not any(kid.dep == "xcomp" for kid in kids):
            continue  # "what did you have?": a possession, not a deed ("you had to make" is one)
        auxes = {kid.lower for kid in kids if kid.dep in {"aux", "auxpass"}}
        perfect = head.tag == "VBN" and bool(auxes & PERFECT)
        done = head.tag == "VBD" or perfect or (head.tag == "VB" and "did" in auxes)
        if not done:
            continue
        if clause_mood(sent, verb) in {"negated", "conditional", "hypothetical", "past_future"}:
            continue
        if _motive_asked(sent):
            continue
        return True
    return False


def _motive_asked(sent: Sentence) -> bool:
    """The sentence asks why, not what ("why did you apply?")."""
    return any(token.lower in MOTIVE for token in sent.tokens)


def _requests(sent: Sentence) -> bool:
    """The sentence's main verb is an imperative of asking ("tell me about...", "walk me
    through...")."""
    return any(token.dep == "ROOT" and token.lemma in ASKING_VERBS and token.tag == "VB"
               and not any(sent.tokens[c].dep in {"nsubj", "nsubjpass"} for c in children(sent, i))
               for i, token in enumerate(sent.tokens))


def _instance_requested(sent: Sentence) -> bool:
    """"Give me one moment that shows it", "show me something concrete", "could you give me an
    example?": an instance asked for by an imperative or a polite request."""
    for position, token in enumerate(sent.tokens):
        if token.lemma not in ASKING_VERBS or token.pos != "VERB" or token.tag != "VB":
            continue
        kids = children(sent, position)
        subjects = [sent.tokens[c].lower for c in kids if sent.tokens[c].dep in {"nsubj", "nsubjpass"}
                    and not _set_off(sent, c, position)]
        polite = subjects == ["you"] and any(sent.tokens[c].lower in POLITE for c in kids)
        if subjects and not polite:
            continue  # "you showed me", "they gave": told, not asked for
        for child in kids:
            kid = sent.tokens[child]
            if kid.dep == "npadvmod" and _one_time(sent, child):
                return True  # the parse may hang "one time" off the verb as an adverb of time
            if kid.dep not in {"dobj", "pobj", "dative", "attr", "prep"}:
                continue
            for item in (child, *children(sent, child)):
                word = sent.tokens[item]
                if word.lemma in OCCASION_NOUNS and word.pos == "NOUN":
                    return True
                if _one_time(sent, item):
                    return True  # "give me one time it got bad"
                if word.lemma in PERIOD_NOUNS and word.pos == "NOUN" and any(
                        sent.tokens[c].lower in CONCRETE and sent.tokens[c].dep == "amod"
                        for c in children(sent, item)):
                    return True  # "walk me through a real year"
                if word.lower in VAGUE_OBJECTS and (any(
                        sent.tokens[c].lower in CONCRETE or _shows(sent, c)
                        for c in children(sent, item)) or _qualified_after(sent, item)):
                    return True
    return False


BREAKS = frozenset({"—", "–", "--", ":", ";"})
"""Marks that set a phrase off from the clause after it ("Not the brochure version — show me...")."""


def _set_off(sent: Sentence, subject: int, verb: int) -> bool:
    """A dash, colon or semicolon stands between the word the parse took as the subject and the
    verb: the phrase before it is an aside ("Not the LinkedIn version — show me..."), and the
    verb an imperative with no subject."""
    low, high = sorted((subject, verb))
    return any(sent.tokens[index].text in BREAKS for index in range(low + 1, high))


def _qualified_after(sent: Sentence, position: int) -> bool:
    """The vague object is followed at once by an adjective of the concrete ("something real",
    "anything specific"): English puts the adjective after "something", and the parse may hang
    it elsewhere."""
    after = position + 1
    return after < len(sent.tokens) and sent.tokens[after].lower in CONCRETE


ONE_OF_MANY = frozenset({"a", "an", "one", "another", "some", "that"})
"""Determiners that make "time" one occasion among many ("a time", "one time"); "give me time"
and "the time" ask for a span or an hour, not an occasion."""


def _one_time(sent: Sentence, position: int) -> bool:
    """"Time" as one occasion: the noun with a determiner of one among many and a clause that
    says what happened then ("one time it got bad", "a time when you had to choose")."""
    token = sent.tokens[position]
    if token.lemma != "time" or token.pos != "NOUN":
        return False
    kids = [sent.tokens[c] for c in children(sent, position)]
    return (any(kid.lower in ONE_OF_MANY and kid.dep in {"det", "nummod"} for kid in kids)
            and any(kid.dep in {"relcl", "acl"} for kid in kids))


SHOWING_LEMMAS = frozenset({"show", "prove", "back", "demonstrate", "illustrate", "support",
                            "evidence", "bear"})
HAPPENING_LEMMAS = frozenset({"happen", "occur"})


def _shows(sent: Sentence, position: int) -> bool:
    """A relative clause that makes a vague object an instance: "something that shows it",
    "one thing that backs it up", "something that actually happened"."""
    token = sent.tokens[position]
    return token.dep == "relcl" and (token.lemma in SHOWING_LEMMAS or (
        token.lemma in HAPPENING_LEMMAS and token.tag == "VBD"))


def _occurrence_asked(sent: Sentence) -> bool:
    """"What's something that actually happened that backs that up?": a question whose subject
    or attribute is a vague thing made an instance by what it shows or that it happened."""
    if not sent.text.rstrip().endswith("?"):
        return False
    return any(token.lower in VAGUE_OBJECTS and token.dep in {"attr", "nsubj", "dobj"}
               and any(_shows(sent, c) for c in children(sent, position))
               for position, token in enumerate(sent.tokens))
