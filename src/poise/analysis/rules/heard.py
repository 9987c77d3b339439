"""Tone flaws heard by the tone model (``analysis/tone_model.py``): a failure put on others
(``tone.heard_blame``), criticism of someone else (``tone.heard_criticism``). The model's other
classes (a complaint about the speaker's own job, pushback) have no threshold a rule quotes them
at alone; they gate the parse rules for those flaws (``tone_gate``: a quote the model plainly
hears as neither is dropped) and are quoted through the confirmed tier below.

The confirmed tier: ``params.confirm_at: p`` and ``params.confirm_by: [fact, ...]`` quote a
sentence below the model's threshold, from ``p``, when its parse confirms whom the flaw is aimed
at: one of the facts, named from ``sentence_features.NAMES`` or ``tone_targets.NAMES`` (the
speaker's own job as the subject of the complaint, the interviewer's point as what is
dismissed). Polite words leave the model unsure; the target the grammar shows settles it.
``params.unless`` names answer-level facts that silence the rule (``sensed.GATES``: pushback
needs something to push against).

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
speaker's own step). ``norms: drop`` and ``reactions: drop`` (with ``people``: the lexicons of
nouns for people) drop a sentence that names no one the speaker worked with: what a kind of
person ought to do, or how someone took a particular thing (``analysis/general_remark.py``,
``sensed.without_norms``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from poise.analysis import conduct, sentence_features, tone_model, tone_targets
from poise.analysis.report import Finding
from poise.analysis.rules import flaws, sensed
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
    if found is None or flaw not in found[0] or any(
            sensed.GATES[name](data) for name in sensed.gates_of(rule)):
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
    hits += [index for index in _confirmed(rule, data, column) if index not in hits]
    acted = rule.params.get("dealt_with")
    if isinstance(acted, int) and acted > 0:
        hits = [index for index in hits if sensed.actions_after(data, index) < acted]
    if rule.params.get("owned") == "drop":
        # a miss the speaker takes as their own in the same sentence ("I didn't build in any
        # float, and I should've") is owned, whatever else it names
        hits = [index for index in hits if not conduct.owns_fault(data.answer.sentences[index])]
    hits = sensed.without_norms(rule, data, hits)
    if not hits:
        return []
    return [make_finding(rule, data.quote_sentences(sorted(hits[:MAX_QUOTES]), limit=MAX_QUOTES))]


def _confirmed(rule: CodeRule, data: RuleInput, column: np.ndarray) -> list[int]:
    """The sentences of the lower tier: a probability of at least ``params.confirm_at`` and a
    target the parse confirms, one of ``params.confirm_by`` (``sentence_features.NAMES`` or
    ``tone_targets.NAMES``: the third party, the speaker's own job or the interviewer's point the
    criticism is aimed at)."""
    floor = rule.params.get("confirm_at")
    wanted = rule.params.get("confirm_by")
    if not isinstance(floor, int | float) or not isinstance(wanted, list):
        return []
    candidates = [int(index) for index in np.flatnonzero(column >= floor)]
    if not candidates:
        return []
    names = (*sentence_features.NAMES, *tone_targets.NAMES)
    columns = [names.index(name) for name in wanted if name in names]
    # the target facts are read only where they can confirm: the named ones, in the candidates
    targets = frozenset(names[position] for position in columns
                        if position >= len(sentence_features.NAMES))
    facts = np.hstack([sensed.parse_facts(data),
                       target_facts(rule, data, rows=candidates, names=targets)])
    return [index for index in candidates if bool((facts[index, columns] > 0).any())]


def target_facts(rule: CodeRule, data: RuleInput, *, rows: list[int] | None = None,
                 names: frozenset[str] = frozenset(tone_targets.NAMES)) -> np.ndarray:
    """The answer's ``tone_targets`` facts, read with the rule's word classes (``params.work``,
    ``params.feelings``, ``params.concerns``: lexicon names); only ``names`` in ``rows`` (every
    sentence without them) are read, the rest left at 0."""
    return tone_targets.matrix(data.answer.sentences,
                               work=flaws.lexicon_words(data, rule, "work"),
                               feelings=flaws.lexicon_words(data, rule, "feelings"),
                               concerns=flaws.lexicon_words(data, rule, "concerns"),
                               rows=rows, names=names)


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
