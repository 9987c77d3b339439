"""A thing reduced to its outward form, read from the parse: "that's just paperwork", "the
interviews were only for the file".

- ``trivialised``: in a reply to a concern, what was raised ("it", "that", "this" or a word of
  the concern) said now to be only a form ("that's just paperwork", "it's only a title", "the
  degree is just a piece of paper") or a small thing ("that's a minor thing, really"): the
  concern waved away instead of answered. A denial ("it's not just paperwork"), a condition or
  a question, the speaker's own part ("my part was just admin") or a form without "just" or
  "only" ("that's the paperwork I'd start with") is none.
- ``kept_for_form``: a step of choosing or checking on merit (an interview, a tender, a vote,
  a review: ``steps``) told, in the past, as only a form ("the interviews were only for the
  file", "the tender was just a formality") where the speaker settled or made known the outcome
  (told, chose, decided) earlier in that sentence or in the one before: the fair step kept for
  appearance. A step the speaker did not touch, one said not to be a formality, or one the
  speaker then made real ("... so I made it a real one") is none.

Each test is a pure function of parsed sentences; ``mere`` (nouns of outward form) and ``steps``
are lexicons of the content; the other words are closed classes.
"""

from __future__ import annotations

from collections.abc import Sequence

from poise.analysis import conduct
from poise.analysis.gap_waved import concern_subjects
from poise.analysis.grammar import clause_mood
from poise.analysis.meaning import SUBJECT_DEPS, children, negated
from poise.analysis.text import Sentence

RESTRICTING = frozenset({"just", "only", "merely", "simply", "purely", "mere"})
"""Words that reduce what they mark to no more than it ("just paperwork", "a mere formality")."""
PARTS = frozenset({"piece", "bit", "matter", "question", "case"})
"""Nouns through which a form is named ("a piece of paper", "a matter of admin")."""
SMALL = frozenset({"small", "minor", "little", "tiny", "trivial"})
THINGS = frozenset({"thing", "matter", "point", "issue", "detail"})
"""A small thing: what a concern is called when waved away as minor."""
PRESENT = frozenset({"VBZ", "VBP"})
PAST = frozenset({"VBD"})
BE_FORMS = frozenset({"'s", "’s", "'re", "’re"})
OWN = frozenset({"my", "our"})
SETTLING = frozenset({"tell", "choose", "pick", "decide", "agree", "promise", "select", "inform",
                      "brief", "settle", "arrange", "fix", "give", "offer", "name", "let", "assure"})
"""Verbs by which the speaker settles an outcome or makes it known before the step."""
CONCEDING = frozenset({"but", "yet", "though", "although", "however"})


def _be(sent: Sentence, verb: int, tags: frozenset[str]) -> bool:
    token = sent.tokens[verb]
    return (token.lemma == "be" or token.lower in BE_FORMS) and token.tag in tags


def _restricted(sent: Sentence, verb: int, predicate: int) -> bool:
    """ "just" or "only" on the verb, the predicate or the preposition that carries it."""
    places = [verb, predicate]
    head = sent.tokens[predicate].head
    if sent.tokens[predicate].dep == "pobj" and 0 <= head < len(sent.tokens):
        places.append(head)
    return any(sent.tokens[c].lower in RESTRICTING and sent.tokens[c].dep in {"advmod", "amod"}
               for place in places for c in children(sent, place))


def _form_named(sent: Sentence, noun: int, mere: frozenset[str]) -> int | None:
    """The word of outward form at ``noun`` or named through it ("a piece of paper")."""
    token = sent.tokens[noun]
    if token.lemma in mere or token.lower in mere:
        return noun
    if token.lemma in PARTS:
        for prep in children(sent, noun):
            if sent.tokens[prep].lower != "of":
                continue
            for item in children(sent, prep):
                if sent.tokens[item].dep == "pobj" and (
                        sent.tokens[item].lemma in mere or sent.tokens[item].lower in mere):
                    return item
    return None


def _small_thing(sent: Sentence, noun: int) -> bool:
    return sent.tokens[noun].lemma in THINGS and any(
        sent.tokens[c].dep == "amod" and sent.tokens[c].lemma in SMALL for c in children(sent, noun))


def trivialised(sent: Sentence, concern: frozenset[str], mere: frozenset[str]) -> list[int]:
    """What was raised said, now, to be only a form or a small thing (see the module)."""
    for position, verb in concern_subjects(sent, concern):
        if not _be(sent, verb, PRESENT) or negated(sent, verb):
            continue
        if clause_mood(sent, verb) in {"conditional", "question"}:
            continue
        if any(sent.tokens[p].lower in CONCEDING for p in range(verb + 1, len(sent.tokens))):
            continue  # "it's only a detail, but it matters": granted, then weighed
        for predicate in children(sent, verb):
            if sent.tokens[predicate].dep != "attr" or sent.tokens[predicate].pos != "NOUN":
                continue
            if any(sent.tokens[c].lower in OWN for c in children(sent, predicate)):
                continue  # "that's just my title": the speaker's own, not the concern
            form = _form_named(sent, predicate, mere)
            if form is not None and _restricted(sent, verb, predicate):
                return [position, form]
            if _small_thing(sent, predicate):
                return [position, predicate]
    return []


def kept_for_form(sentences: Sequence[Sentence], position: int, steps: frozenset[str],
                  mere: frozenset[str]) -> list[int]:
    """A step of choosing or checking told as only a form, after an act of the speaker's (see
    the module)."""
    sent = sentences[position]
    if not sent.parsed:
        return []
    for subject, token in enumerate(sent.tokens):
        if token.dep not in SUBJECT_DEPS or (token.lemma not in steps and token.lower not in steps):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or not _be(sent, verb, PAST) or negated(sent, verb):
            continue
        for child in children(sent, verb):
            dep = sent.tokens[child].dep
            named = [child] if dep == "attr" else [
                g for g in children(sent, child) if sent.tokens[g].dep == "pobj"
            ] if dep == "prep" and sent.tokens[child].lower == "for" else []
            for noun in named:
                form = _form_named(sent, noun, mere)
                if form is None or not _restricted(sent, verb, noun):
                    continue
                if _speaker_acted_after(sent, verb):
                    continue  # "... only a formality then, so I made it a real one": reformed
                before = sentences[position - 1] if position > 0 else None
                if _speaker_acted(sent, verb) or (before is not None and _speaker_acted(before, None)):
                    return [subject, form]
    return []


def _speaker_acted(sent: Sentence, until: int | None) -> bool:
    """A past act of the speaker's ("I told the members", "we chose") in the sentence, not
    denied, before the position ``until`` (anywhere when None): the outcome settled first."""
    if not sent.parsed:
        return False
    end = len(sent.tokens) if until is None else until
    return any(token.lemma in SETTLING and token.tag in {"VBD", "VBN"} and not negated(sent, position)
               and conduct.speaker_subject(sent, position)
               and not any(sent.tokens[c].dep == "auxpass" for c in children(sent, position))
               for position, token in enumerate(sent.tokens[:end]))


def _speaker_acted_after(sent: Sentence, verb: int) -> bool:
    """An act of the speaker's told after the clause at ``verb`` in the sentence."""
    return any(token.pos == "VERB" and token.tag == "VBD" and not negated(sent, position)
               and conduct.speaker_subject(sent, position)
               for position, token in enumerate(sent.tokens) if position > verb)
