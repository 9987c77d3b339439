"""Tone flaws heard by the tone model (``analysis/tone_model.py``): a failure put on others
(``tone.heard_blame``). The model's other classes have no threshold a rule quotes them at;
criticism of someone else and a complaint about the speaker's own job gate the parse rules for
those flaws instead (``tone_gate``: a quote the model plainly hears as neither is dropped).

A rule of kind ``code`` with ``function: heard_tone`` and ``params: {flaw: <id>}`` quotes the
sentences whose probability for that flaw reaches the flaw's threshold, shipped in the model
(chosen leaving each blind round out, ``benchmarks/tone_loro.py``), or the rule's own
``params.threshold``. The model reads each sentence with the question it answers, so "the vendor
shipped late" after "what went wrong?" is heard differently from the same words after "what does
your week look like?". ``dealt_with: N`` drops a hit sentence after which the speaker tells N or
more actions of their own (a setback handled is the set-up of a story, not blame). With another
embedding model the shipped model does not apply and these rules stay silent.

A gate narrows what the model alone would quote: ``needs: [fact, ...]`` keeps a sentence only
when its parse holds one of those facts (``sentence_features.NAMES``: criticism needs someone
else in the sentence, as a subject, judged or denied an act, not only a situation or the
speaker's own step).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from poise.analysis import sentence_features, tone_model
from poise.analysis.report import Finding
from poise.analysis.rules import sensed
from poise.analysis.rules.base import RuleInput, make_finding
from poise.content.schema import CodeRule

MAX_QUOTES = 3


def tone_probabilities(data: RuleInput) -> tuple[tuple[str, ...], tuple[float, ...], np.ndarray] | None:
    """The model's labels, thresholds and probabilities for every sentence of the answer;
    computed once per answer and shared by every rule that reads it."""
    model = tone_model.model()
    if model is None or not data.answer.sentences:
        return None
    probabilities = data.answer.derived.get(tone_model.TONE_MODEL)
    if not isinstance(probabilities, np.ndarray):
        flags = tone_model.format_flags(data.interview_format, data.phase)
        probabilities = tone_model.probabilities(model, data.answer, data.question,
                                                 sensed.parse_facts(data), flags)
        data.answer.derived[tone_model.TONE_MODEL] = probabilities
    return model.labels, tuple(model.threshold_of(label) for label in model.labels), probabilities


def heard_tone(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Quote the sentences the tone model hears as showing ``params.flaw``."""
    found = tone_probabilities(data)
    flaw = str(rule.params.get("flaw", ""))
    if found is None or flaw not in found[0]:
        return []
    labels, thresholds, probabilities = found
    column = probabilities[:, labels.index(flaw)]
    given = rule.params.get("threshold")
    threshold = float(given) if isinstance(given, int | float) else thresholds[labels.index(flaw)]
    hits = [int(index) for index in np.argsort(-column) if column[index] >= threshold]
    facts = _fact_columns(rule)
    if facts:
        parse = sensed.parse_facts(data)
        hits = [index for index in hits if bool((parse[index, facts] > 0).any())]
    acted = rule.params.get("dealt_with")
    if isinstance(acted, int) and acted > 0:
        hits = [index for index in hits if sensed.actions_after(data, index) < acted]
    if not hits:
        return []
    return [make_finding(rule, data.quote_sentences(sorted(hits[:MAX_QUOTES]), limit=MAX_QUOTES))]


def _fact_columns(rule: CodeRule) -> list[int]:
    """The columns of ``sentence_features.NAMES`` the rule's ``params.needs`` names."""
    wanted = rule.params.get("needs")
    if not isinstance(wanted, list):
        return []
    return [sentence_features.NAMES.index(name) for name in wanted
            if name in sentence_features.NAMES]


def tone_gate(rule: CodeRule, data: RuleInput, findings: list[Finding]) -> list[Finding]:
    """A parse rule's findings without the quotes the tone model hears as plainly not showing the
    rule's flaw: a rule with ``params.tone_gate: <flaw>`` and ``params.tone_floor: <p>`` keeps a
    quoted sentence only when the model gives it at least ``p`` for that flaw (a fair account of a
    hard situation, what others felt or the speaker's own step, read with its question, falls
    below it). Without the model, or for a quote outside every sentence, the finding stands."""
    flaw = rule.params.get("tone_gate")
    floor = rule.params.get("tone_floor")
    if not findings or not isinstance(flaw, str) or not isinstance(floor, int | float):
        return findings
    found = tone_probabilities(data)
    if found is None or flaw not in found[0]:
        return findings
    labels, _thresholds, probabilities = found
    column = probabilities[:, labels.index(flaw)]
    sentences = data.answer.sentences
    kept: list[Finding] = []
    for finding in findings:
        evidence = tuple(
            quote for quote in finding.evidence
            if not (held := [index for index, sent in enumerate(sentences)
                             if sent.start < quote.end and quote.start < sent.end])
            or max(float(column[index]) for index in held) >= floor)
        if evidence:
            kept.append(replace(finding, evidence=evidence))
    return kept
