"""Finds the parse grounds plainly enough to stand without the answer-level floor.

The answer-level model sets, for some flaws, a floor every finding of a rule naming that flaw
must clear (``sensed.answer_agrees``): a sentence that merely sounds like criticism, in an answer
that read whole does not, is not reported. A find the dependency parse makes with a clear target
is another matter: a third party as the subject of a negative verdict ("my old MD was clueless"),
a judging noun said of them ("he was a bit of a bully"), a trait of theirs in negative words.
Such a sentence judges someone whatever the rest of the answer sounds like, so a rule marks the
sentences it found that way (``mark``) and the rule engine keeps the quotes of those sentences
when the floor would drop the finding (``kept_past_floor``); weaker finds (a veiled remark, a
group's habit, a model's hearing) keep the floor.

The marks live with the answer (``AnalysedText.derived``), one set of sentence indices per rule.
"""

from __future__ import annotations

from dataclasses import replace

from poise.analysis.report import Finding
from poise.analysis.rules.base import RuleInput

GROUNDED = "grounded_sentences"


def mark(data: RuleInput, rule: str, indices: set[int] | frozenset[int]) -> None:
    """Record that the sentences ``indices`` were found by ``rule`` on clear parse grounds."""
    marks = data.answer.derived.get(GROUNDED)
    if not isinstance(marks, dict):
        marks = {}
        data.answer.derived[GROUNDED] = marks
    marks[rule] = frozenset(indices)


def marked(data: RuleInput, rule: str) -> frozenset[int]:
    """The sentence indices ``rule`` marked as found on clear parse grounds (empty: none)."""
    marks = data.answer.derived.get(GROUNDED)
    if not isinstance(marks, dict):
        return frozenset()
    found = marks.get(rule)
    return found if isinstance(found, frozenset) else frozenset()


def kept_past_floor(data: RuleInput, rule: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` with only the quotes that fall in a sentence ``rule`` marked as grounded;
    a finding with no such quote is dropped."""
    grounded = marked(data, rule)
    if not grounded:
        return []
    sentences = [data.answer.sentences[index] for index in sorted(grounded)
                 if 0 <= index < len(data.answer.sentences)]
    kept: list[Finding] = []
    for finding in findings:
        evidence = tuple(quote for quote in finding.evidence
                         if any(sent.start < quote.end and quote.start < sent.end for sent in sentences))
        if evidence:
            kept.append(replace(finding, evidence=evidence))
    return kept
