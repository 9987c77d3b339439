"""A career told with no result in it: the answer to "tell me about yourself" walks through roles,
duties and qualities, and no sentence says what came of any of it.

A story's missing outcome is ``structure.no_result``; an introduction is no story told from a
first step, so that rule leaves it out. A coach still hears a career told as posts held, the
scope of a job ("a big, complex role, a lot of moving parts") and qualities claimed as an
answer that gives the interviewer nothing achieved to remember. The finding needs both readings:
no sentence tells a result (``outcome_told.result_in``: a figure that measures one, or a change
told in the parse), and the answer read whole sounds like one with no outcome (the answer-level
model's probability reaches ``params.answer_floor``), or the speaker claims a share in the work
in its place ("I was involved in the safety programme", "I've been heavily involved in the new
app launch": ``involved``): taking part told as what the career holds is a claim with nothing to
check, so that finding is marked as found on clear grounds (``grounded``) and needs no model.
"""

from __future__ import annotations

from poise.analysis.grammar import clause_mood
from poise.analysis.outcome_told import result_in
from poise.analysis.report import Finding
from poise.analysis.rules import grounded, sensed
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.text import Sentence
from poise.content.schema import CodeRule
from poise.content.word_classes import outcome_words


def career_no_result(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """An introduction of at least ``params.min_sentences`` sentences with no result told in any
    of them, that the answer-level model also hears as having no outcome; quotes the sentences
    where the speaker tells what they hold or do (``held``), else the last one."""
    sentences = data.answer.sentences
    if len(sentences) < int(rule.number("min_sentences", 4)):
        return []
    if any(result_in(sent, question=data.question) for sent in sentences):
        return []
    shares = [sent.index for sent in sentences if involved(sent)]
    if shares:
        grounded.mark(data, rule.id, set(shares[:2]))
        return [make_finding(rule, data.quote_sentences(shares[:2]))]
    chance = sensed.answer_chance(data, "no_result")
    if chance is None or chance < rule.number("answer_floor", 0.75):
        return []
    where = [sent.index for sent in sentences if held(sent)][:2] or [len(sentences) - 1]
    return [make_finding(rule, data.quote_sentences(where))]


def involved(sent: Sentence) -> bool:
    """The speaker claims a share in a piece of work (``participation_words``), told as what
    happened or has been: "I was involved in the alternative fuels programme", "I've been
    heavily involved in the new app launch", "I got involved with the refractory side", "I
    participated in the review"; the thing taken part in is named after "in" or "with", the
    speaker is the subject, and the clause is not denied or imagined."""
    if not sent.parsed:
        return False
    words = outcome_words().participation_words
    for position, token in enumerate(sent.tokens):
        if token.lower not in words and token.lemma not in words:
            continue
        kids = sent.child_map[position]
        if not any(sent.tokens[kid].dep == "prep" and sent.tokens[kid].lower in {"in", "with"}
                   for kid in kids) or any(sent.tokens[kid].dep == "dobj" for kid in kids):
            continue  # "I involved the union in the plan": an act of the speaker's
        holder = position
        if token.dep in {"acomp", "xcomp", "oprd"} and 0 <= token.head < len(sent.tokens):
            holder = token.head  # "I got involved with", "I've been involved in"
        if clause_mood(sent, holder) not in TOLD:
            continue
        # the subject may hang on an auxiliary ("I got involved": "I" read under "got")
        heads = [holder, *(kid for kid in sent.child_map[holder]
                           if sent.tokens[kid].dep in {"aux", "auxpass"})]
        if any(sent.tokens[kid].dep in {"nsubj", "nsubjpass"} and sent.tokens[kid].lower == "i"
               for head in heads for kid in sent.child_map[head]):
            return True
    return False


TOLD = frozenset({"past", "present", "background", "other"})
"""Clause moods that report what happened or how things stand."""


def held(sent: Sentence) -> bool:
    """The speaker is the subject of the sentence's main verb, told as what they hold, did or
    went through ("I look after operations", "I've led through a lot of change"), not a quality
    claimed with "be" ("I'm a natural leader")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "ROOT":
            continue
        if token.lemma == "be" or token.pos not in {"VERB"}:
            return False
        return any(sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower == "i"
                   for kid in sent.child_map[position])
    return False
