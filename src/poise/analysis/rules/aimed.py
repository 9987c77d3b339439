"""The last check on a tone finding: each quoted sentence must be aimed where the rule's flaw
needs it (a rule's ``aimed_at``: ``third_party`` for criticism, ``outside_cause`` for blame,
``own_job`` for a job complaint; ``analysis/tone_checks.py`` reads the parse; ``beyond_praise``
for an overclaim, which leaves a sentence that only lists the speaker's qualities to the
self-praise rules, ``claims.praise_string``). A quote whose
sentences all fail the check is dropped, and the finding with it when no quote is left; a quote
outside every sentence stands."""

from __future__ import annotations

from dataclasses import replace

from poise.analysis import claims, tone_checks
from poise.analysis.report import Evidence, Finding
from poise.analysis.rules.base import RuleInput
from poise.analysis.rules.flaws import kb_lexicon_words
from poise.analysis.text import Sentence
from poise.content.loader import KnowledgeBase
from poise.content.schema import Rule

PEOPLE = ("third_parties", "role_nouns")
FEELINGS = ("passing_states",)
COGNITION = ("cognition_verbs",)
WORK = ("work_nouns",)


def _passes(check: str, sent: Sentence, quote: Evidence, kb: KnowledgeBase) -> bool:
    if check == "beyond_praise":
        # "I'm dynamic, visionary, resilient": a list of qualities is self-praise, one fault
        # with one owner; credit taken from others in it is still an overclaim
        return not claims.praise_string(sent) or claims.credit_taken(sent)
    if check == "third_party":
        return tone_checks.third_party(sent, people=kb_lexicon_words(kb, PEOPLE),
                                       feelings=kb_lexicon_words(kb, FEELINGS),
                                       cognition=kb_lexicon_words(kb, COGNITION))
    if check == "outside_cause":
        return tone_checks.outside_cause(sent)
    return tone_checks.own_job(sent, quote.start, quote.end, people=kb_lexicon_words(kb, PEOPLE),
                               work=kb_lexicon_words(kb, WORK))


def aimed(rule: Rule, data: RuleInput, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the quotes whose sentences fail the rule's ``aimed_at`` check."""
    check = rule.aimed_at
    if not findings or check is None:
        return findings
    kept: list[Finding] = []
    for finding in findings:
        evidence = tuple(
            quote for quote in finding.evidence
            if not (held := [sent for sent in data.answer.sentences
                             if sent.start < quote.end and quote.start < sent.end])
            or any(_passes(check, sent, quote, data.kb) for sent in held))
        if evidence:
            kept.append(replace(finding, evidence=evidence))
    return kept
