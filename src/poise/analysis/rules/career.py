"""A career told with no result in it: the answer to "tell me about yourself" walks through roles,
duties and qualities, and no sentence says what came of any of it.

A story's missing outcome is ``structure.no_result``; an introduction is no story told from a
first step, so that rule leaves it out. A coach still hears a career told as posts held, the
scope of a job ("a big, complex role, a lot of moving parts") and qualities claimed as an
answer that gives the interviewer nothing achieved to remember. The finding needs both readings:
no sentence tells a result (``outcome_told.result_in``: a figure that measures one, or a change
told in the parse), and the answer read whole sounds like one with no outcome (the answer-level
model's probability reaches ``params.answer_floor``).
"""

from __future__ import annotations

from poise.analysis.outcome_told import result_in
from poise.analysis.report import Finding
from poise.analysis.rules import sensed
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.text import Sentence
from poise.content.schema import CodeRule


def career_no_result(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """An introduction of at least ``params.min_sentences`` sentences with no result told in any
    of them, that the answer-level model also hears as having no outcome; quotes the sentences
    where the speaker tells what they hold or do (``held``), else the last one."""
    sentences = data.answer.sentences
    if len(sentences) < int(rule.number("min_sentences", 4)):
        return []
    if any(result_in(sent, question=data.question) for sent in sentences):
        return []
    chance = sensed.answer_chance(data, "no_result")
    if chance is None or chance < rule.number("answer_floor", 0.75):
        return []
    where = [sent.index for sent in sentences if held(sent)][:2] or [len(sentences) - 1]
    return [make_finding(rule, data.quote_sentences(where))]


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
