"""``analyse(question, answer)``: one answer in, one explainable Report out; pure and thread-safe."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from poise.analysis import (
    asked,
    bank_index,
    closing_moves,
    concern_moves,
    disfluency,
    family_neighbours,
    learned,
    nlp,
    own_words,
    praise_model,
    question_features,
)
from poise.analysis.committed_view import committed_views
from poise.analysis.language import looks_english
from poise.analysis.matching import CompiledPattern, compile_matcher, find
from poise.analysis.report import DIMENSIONS, Evidence, Finding, LabelledSentence, Report
from poise.analysis.rules.ahead import run_ahead
from poise.analysis.rules.base import RuleInput
from poise.analysis.rules.engine import RuleConfig, RuleSet, needs, run_rule, run_rules
from poise.analysis.scoring import (
    assess,
    collect_signals,
    faulted_words,
    overall_score,
    score_dimensions,
    strengths,
    top_fixes,
    without_faulted,
)
from poise.analysis.structure import Cues, label_sentences
from poise.analysis.text import (
    MAX_ANALYSED_WORDS,
    WORD_RE,
    AnalysedText,
    embed_many,
    offset_of_word,
    parse,
    parse_many,
)
from poise.content.loader import KnowledgeBase, knowledge_base
from poise.content.schema import Family, Lexicon, Matcher, OccurrenceRule, Question, Rule
from poise.errors import InputError, PoiseError

PHASES = ("answer", "candidate_question", "concern_reply")
# Names people type for a phase ("poise analyze --phase concern"), each mapped to its phase.
PHASE_NAMES = {
    "answer": "answer",
    "concern": "concern_reply",
    "concern_reply": "concern_reply",
    "closing": "candidate_question",
    "candidate_question": "candidate_question",
}
# The interviewer's pause question with the doubt stated after it ("What gives us pause is that
# you have not...", "My concern is...", "I'm a little worried that..."): the reply is judged as
# a concern reply even when no phase is given.
CONCERN_QUESTION_RE = re.compile(
    r"\b(?:gives? (?:me|us|you) pause|(?:my|our|the|one|a) (?:main |biggest |only |real |slight "
    r"|small )?(?:concern|worry|hesitation|reservation|doubt)s? (?:is|are|would be)|(?:I|we)(?:'m|'re|"
    r" am| are)? (?:a (?:bit|little) |slightly |somewhat |rather )?(?:concerned|worried|hesitant|"
    r"unsure) (?:that|about|whether|because)|what (?:worries|concerns|bothers) (?:me|us)|(?:I|we) "
    r"(?:have|had) (?:a|one|some) (?:concern|worry|reservation|doubt)s?)\b",
    re.IGNORECASE,
)


def phase_of(name: str, question: str = "") -> str:
    """The phase a name stands for ("concern" -> "concern_reply"); a plain answer whose question
    states the interviewer's pause or concern is a concern reply. Unknown names are refused with
    the list of phases."""
    phase = PHASE_NAMES.get((name or "answer").strip().lower().replace("-", "_"))
    if phase is None:
        raise InputError(
            f"Unknown phase {name!r}.",
            hint="Use one of: answer, concern (a reply to what gives the interviewer pause), "
            "closing (a question you ask at the end).",
        )
    if phase == "answer" and CONCERN_QUESTION_RE.search(question or ""):
        return "concern_reply"
    return phase


STATED_AFTER_RE = re.compile(r"[?:\u2014\u2013]|\s-\s")
"""Where the pause question ends and what the interviewer states after it may begin."""


def _statement_after(question: str, start: int) -> bool:
    """Whether, after the first question mark, colon or dash from ``start``, ``question`` goes on
    with a statement of three words or more that is not itself a question."""
    end = STATED_AFTER_RE.search(question, start)
    if end is None:
        return False
    for piece in re.split(r"(?<=[.!?])\s+", question[end.end():].strip()):
        if not piece.rstrip().endswith("?") and len(WORD_RE.findall(piece)) >= 3:
            return True
    return False


def states_concern(question: str, pause_patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether ``question`` asks what gives pause in any wording of the interview content's pause
    patterns ("Anything about me that makes you hesitate?") and then states the doubt: after the
    pause question, a statement of three words or more that is not itself a question ("Well, one
    thing: you have never run a budget this size.")."""
    for pattern in pause_patterns:
        found = pattern.search(question)
        if found is not None and _statement_after(question, found.end()):
            return True
    return False
PERSONAL_QUESTION_RE = re.compile(
    r"\b(?:yourself|outside (?:of )?work|hobb(?:y|ies)|free time|spare time|personal life|weekends?|"
    r"family|interests)\b",
    re.IGNORECASE,
)
# Family detection: a family's score is the mean similarity of its FAMILY_VOTES nearest bank
# questions; below DETECT_THRESHOLD no family is claimed, and a lead over the runner-up below
# UNSURE_MARGIN is "unsure" (general rules only). Measured on 36 paraphrases written for tuning:
# top-1 0.81 against 0.64 for the single nearest question.
DETECT_THRESHOLD = 0.40
FAMILY_VOTES = 3
UNSURE_MARGIN = 0.03
SAME_QUESTION = 0.7
THIN_ANSWER_WORDS = 25
PHASE_MIN_WORDS = {"candidate_question": 3, "concern_reply": 15}
PHASE_LABELS = {"candidate_question": "Closing question", "concern_reply": "Concern handling"}
BEHAVIOURAL_QUESTION_RE = re.compile(
    r"\b(?:tell me about (?!(?:a|an|one) (?:area|aspect|quality|skill|strength|weakness|trait|part|"
    r"thing you)\b)(?:a|an|one|the (?:biggest|best|hardest|last|worst|most)|your (?:biggest|"
    r"greatest|proudest|best|hardest|toughest|worst|most))\b|describe (?:a|an|one)\b|give (?:me|us) "
    r"an example|share an example|walk me through a time|have you ever|when did you last|what "
    r"happened|what was the (?:biggest|hardest|toughest|most difficult)|"
    # asking for a real occasion in other words: "with an example", "a time when", "how did you
    # handle it", "what did you do", "what you did about it", "how you did it last year"
    r"(?:an|one|a real|a specific|a concrete) (?:example|instance|occasion)|(?:a|one) time (?:when|you|that)|"
    r"how did you|what did you do|what you (?:actually |really |then )?did\b|"
    r"how you (?:did|handled|dealt|went about))",
    re.IGNORECASE,
)
# A question that sets up a situation to reason about ("Say you start on Monday...", "Imagine
# sales fall...", "What would you do if...") asks for a plan, not a past example, whatever bank
# question it resembles.
HYPOTHETICAL_QUESTION_RE = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|right|now),?\s+)?(?:say|imagine|suppose|picture|assume|let'?s say)\b|"
    r"\b(?:if you (?:were|joined|started|took over|had to)|what would you do|how would you)\b",
    re.IGNORECASE,
)


OWN_SHARE_OF_THRESHOLD = 0.5
"""A family the neighbours' vote carries over its threshold is sure only when the family model
itself gives it at least this share of the model's own unsure threshold: a question that is
near a few labelled questions in words ("…and the money?") but that the model reads as no
family in particular stays "unsure" (on round 28: 1 of its 99 right answers turned unsure,
no wrong one)."""


@dataclass(frozen=True)
class AnalysisContext:
    """What is known about the question beyond its text."""

    family: str | None = None
    interview_format: str | None = None
    role: tuple[str, ...] = ()
    job_text: str = ""
    phase: str = "answer"
    rules: RuleConfig = field(default_factory=RuleConfig)


@dataclass(frozen=True)
class _Resolved:
    family: Family | None
    source: str
    behavioural: bool
    question: Question | None = None


def _phase_shows(kb: KnowledgeBase) -> dict[str, tuple[CompiledPattern, ...]]:
    """What a reply of each phase is tested for, read from the phase's own rules: a reply to a
    concern shows its moves (the concern acknowledged, the check that it is settled) by the very
    words whose absence those rules flag, so the phase's dimension rises on what was said, quoted."""
    shows: dict[str, tuple[CompiledPattern, ...]] = {}
    for rule in kb.rules.values():
        if (isinstance(rule, OccurrenceRule) and rule.scope != "answer"
                and rule.dimension == "family"):
            shows[rule.scope] = (*shows.get(rule.scope, ()), *compile_matcher(rule.match, kb.lexicons))
    return shows


def _whole_sentences(parsed: AnalysedText, patterns: tuple[CompiledPattern, ...]) -> tuple[Evidence, ...]:
    """Each sign the patterns find, widened to the sentence it stands in, once per sentence: a
    move of a reply ("I understand the concern", a closing question) reads as the sentence that
    makes it."""
    sentences: list[Evidence] = []
    for item in find(patterns, parsed.text):
        index = parsed.sentence_at(item.start)
        if index is None:
            continue
        sent = parsed.sentences[index]
        whole = Evidence(sent.start, sent.end, sent.text)
        if whole not in sentences:
            sentences.append(whole)
    return tuple(sentences)


def _unfaulted_sentences(sentences: tuple[Evidence, ...], findings: tuple[Finding, ...]
                         ) -> tuple[Evidence, ...]:
    """The sentences no medium or high finding quotes: a reply's move is not shown by a sentence
    a finding faults ("A company is a company" quoted as the concern dismissed)."""
    faulted = [item for finding in findings if finding.severity in {"medium", "high"}
               for item in finding.evidence]
    return tuple(sent for sent in sentences
                 if not any(sent.start < item.end and item.start < sent.end for item in faulted))


class Analyser:
    """Holds the compiled rules and cues of one knowledge base; ``analyse`` is its only job."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.rules = RuleSet(kb)
        self.cues = Cues(
            result=self._lexicon("result_cues"),
            lesson=self._lexicon("lesson_cues"),
            context=self._lexicon("context_cues"),
            outcome=self._lexicon("outcome_statements"),
            personal=self._lexicon("personal_life"),
        )
        self.team_credit = self._lexicon("team_credit")
        # the rules whose high findings are conduct an employer would worry about
        self.conduct_rules = frozenset(rule_id for rule_id, rule in self.kb.rules.items()
                                       if rule.conduct)
        self.family_shows = {
            family.id: compile_matcher(family.shows, kb.lexicons) if family.shows else ()
            for family in kb.families.values()
        }
        self.phase_shows = _phase_shows(kb)
        self.concern_moves = concern_moves.compile_moves(kb)
        # each phase's anchors: the shared ones, with the phase's own ("concern_reply/structure")
        self.anchors = {phase: {**kb.anchors, **{name.split("/", 1)[1]: item
                                                 for name, item in kb.anchors.items()
                                                 if name.startswith(f"{phase}/")}}
                        for phase in PHASES}
        # an answer that states a position (not a story) reads its own structure anchors
        self.position_anchors = {**self.anchors["answer"], **{
            name.split("/", 1)[1]: item for name, item in kb.anchors.items()
            if name.startswith("position/")}}
        self._bank_by_text = {_normalise(q.text): q for q in kb.questions.values()}

    def _lexicon(self, lexicon_id: str) -> tuple:
        lexicon: Lexicon | None = self.kb.lexicons.get(lexicon_id)
        if lexicon is None:
            return ()
        return compile_matcher(Matcher(lexicon=lexicon_id), self.kb.lexicons)

    def resolve_family(self, question: str, family: str | None) -> _Resolved:
        """The family from the context, the bank (same text), or the nearest bank question.

        Whether the question asks for a real past example comes from the bank question when one
        matches, else from its wording ("tell me about a time..."), never from the family alone.
        """
        behavioural_text = bool(BEHAVIOURAL_QUESTION_RE.search(question))
        resolved = self._resolve_family(question, family, behavioural_text)
        if resolved.behavioural and not behavioural_text and HYPOTHETICAL_QUESTION_RE.search(question):
            return replace(resolved, behavioural=False)
        return resolved

    def _resolve_family(self, question: str, family: str | None, behavioural_text: bool) -> _Resolved:
        bank_question: Question | None = self._bank_by_text.get(_normalise(question))
        if family:
            if family not in self.kb.families:
                known = ", ".join(sorted(self.kb.families))
                raise InputError(f"Unknown question family {family!r}.", hint=f"Use one of: {known}.")
            if bank_question is None and question.strip():
                nearest, similarity = self.nearest_question(question)
                if nearest is not None and nearest.family == family and similarity >= SAME_QUESTION:
                    bank_question = nearest
            if bank_question is not None and bank_question.family != family:
                bank_question = None
            behavioural = behavioural_text or bool(bank_question and bank_question.behavioural)
            return _Resolved(self.kb.families[family], "given", behavioural, bank_question)
        if bank_question is not None:
            resolved = self.kb.families[bank_question.family]
            return _Resolved(resolved, "bank", bank_question.behavioural or behavioural_text, bank_question)
        if question.strip():
            detected, sure, nearest, similarity = self.detect_family(question)
            if detected is not None and not sure:
                return _Resolved(None, "unsure", behavioural_text)
            if detected is not None and nearest is not None:
                resolved = self.kb.families[detected]
                behavioural = behavioural_text or (similarity >= SAME_QUESTION and nearest.behavioural)
                return _Resolved(resolved, "detected", behavioural, nearest)
        return _Resolved(None, "none", behavioural_text)

    def detect_family(self, question: str) -> tuple[str | None, bool, Question | None, float]:
        """The family of ``question``, whether it is sure enough to apply that family's rules, and
        the nearest bank question in it with its similarity.

        With the shipped family model (``analysis/data/family_model.npz``, a softmax over what
        ``question_features`` reads of the question: its embedding, the embedding of the sentence
        that asks, its lemmas and its parse; trained by ``scripts/train_models.py family``) the
        family is the most probable one, blended with the vote of the nearest labelled questions
        (``analysis/data/family_neighbours.npz``, when shipped), sure when its probability
        reaches the threshold shipped with them (else the model's).
        Without it (another embedding model), the family whose bank questions are nearest in
        meaning (the mean of its three closest), sure when it leads the runner-up by
        UNSURE_MARGIN; no family when even the best is below DETECT_THRESHOLD."""
        index = _bank_index(self.kb)
        if not index.question_ids:
            return None, False, None, 0.0
        vector = self._vectors((question.strip(),))[0]
        sims = index.question_vectors @ vector
        by_family: dict[str, list[tuple[float, int]]] = {}
        for position, question_id in enumerate(index.question_ids):
            family = self.kb.questions[question_id].family
            by_family.setdefault(family, []).append((float(sims[position]), position))
        model = _family_model(self.kb)
        if model is not None:
            probabilities = model.probabilities(self._family_row(question.strip(), vector, model))[0]
            threshold = model.threshold
            neighbours = _family_neighbours(self.kb)
            own = probabilities
            if neighbours is not None and neighbours.labels == model.labels:
                # the nearest labelled questions vote too (analysis/family_neighbours.py)
                probabilities = neighbours.blended(probabilities, vector)[0]
                threshold = neighbours.threshold
            best = int(np.argmax(probabilities))
            family = model.labels[best]
            similarity, position = max(by_family.get(family) or [(0.0, int(np.argmax(sims)))])
            # the vote may settle a family the model leans to, never one it barely considers
            sure = (float(probabilities[best]) >= threshold
                    and float(own[best]) >= model.threshold * OWN_SHARE_OF_THRESHOLD)
            return family, sure, self.kb.questions[index.question_ids[position]], similarity
        scores = []
        for family, items in by_family.items():
            items.sort(reverse=True)
            top = [value for value, _ in items[:FAMILY_VOTES]]
            scores.append((sum(top) / len(top), family, items[0]))
        scores.sort(reverse=True)
        best_score, family, (similarity, position) = scores[0]
        if best_score < DETECT_THRESHOLD:
            return None, False, None, 0.0
        margin = best_score - scores[1][0] if len(scores) > 1 else 1.0
        return family, margin >= UNSURE_MARGIN, self.kb.questions[index.question_ids[position]], similarity

    def _family_row(self, question: str, vector: np.ndarray, model: learned.LinearModel) -> np.ndarray:
        """What the family model reads of ``question`` (whose embedding is ``vector``): the
        embedding alone for a model trained on it, else ``question_features``."""
        if model.reads(len(vector)):
            return vector
        parsed = asked.parsed_question(question)  # shared with the rules that read what it asks
        asking = question_features.asking_text(parsed, question)
        asking_vector = vector if asking == question else self._vectors((asking,))[0]
        return question_features.features(parsed, vector, asking_vector)

    def nearest_question(self, question: str) -> tuple[Question | None, float]:
        """The bank question closest in meaning to ``question`` and its cosine similarity."""
        index = _bank_index(self.kb)
        if not index.question_ids:
            return None, 0.0
        sims = index.question_vectors @ self._vectors((question.strip(),))[0]
        best = int(np.argmax(sims))
        return self.kb.questions[index.question_ids[best]], float(sims[best])

    def _vectors(self, texts: tuple[str, ...]) -> np.ndarray:
        """Unit vectors of ``texts``: fixed content from the shipped index, the rest embedded now."""
        shipped = _bank_index(self.kb).by_text
        missing = tuple(text for text in texts if text not in shipped)
        computed = dict(zip(missing, nlp.embed_texts(missing), strict=True)) if missing else {}
        return np.stack([shipped[text] if text in shipped else computed[text] for text in texts])

    @functools.cached_property
    def pause_patterns(self) -> tuple[re.Pattern[str], ...]:
        """Any wording of "is there anything about me that gives you pause?" (the interview
        content's closing patterns)."""
        interview = self.kb.interview
        patterns = interview.closing.pause_patterns if interview is not None else []
        return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)

    @functools.cached_property
    def worth_asking(self) -> closing_moves.Listed:
        """The questions worth asking at the end (questions_to_ask.yaml) and the questions joined
        in them, embedded once."""
        texts = tuple(dict.fromkeys(
            part for item in self.kb.questions_to_ask.good
            for part in (item.text, *closing_moves.question_parts(item.text))))
        vectors = self._vectors(texts) if texts else np.zeros((0, 0), dtype=np.float32)
        return closing_moves.Listed(texts, vectors)

    def references(self, question: str, resolved: _Resolved) -> list[str]:
        """Texts an on-topic answer resembles: the question, what a strong answer to it covers,
        and its family. Relevance is the best match, so a short question ("Tell me about
        yourself") is not mistaken for a mismatch with a good answer."""
        texts = [question.strip()]
        if resolved.question is not None:
            texts.append(bank_index.question_reference(resolved.question))
        if resolved.family is not None:
            texts.append(bank_index.family_reference(resolved.family))
        return texts

    def phase(self, name: str, question: str) -> str:
        """The phase of a reply (``phase_of``); a plain answer to a question that asks what gives
        pause and then states the doubt (``states_concern``) is a concern reply."""
        phase = phase_of(name, question)
        # the interview content (its pause patterns) is read only for a question that goes on
        # after asking, so a plain question costs `poise analyze` no extra loading
        if (phase == "answer" and _statement_after(question or "", 0)
                and states_concern(question or "", self.pause_patterns)):
            return "concern_reply"
        return phase

    def analyse(self, question: str, answer: str, context: AnalysisContext) -> Report:
        """Analyse one answer (see ``analyse``)."""
        context = replace(context, phase=self.phase(context.phase, question))
        self._check(answer, context)
        # the question is embedded in the background while spaCy parses the answer (and loads,
        # in a new process)
        nlp.preload_embedder((question.strip(),))
        parsed = parse(answer, limit=offset_of_word(answer, MAX_ANALYSED_WORDS))
        [parsed], [cleaned] = without_disfluencies([answer], [parsed])
        return self._judge(question, answer, parsed, context, cleaned)

    def analyse_many(
        self, items: list[tuple[str, str, AnalysisContext]]
    ) -> list[Report | PoiseError]:
        """Analyse many answers with batched parsing and embedding; same reports as ``analyse``.

        Each result is a Report, or the PoiseError that answer raised (so one bad answer does
        not lose the others).
        """
        results: list[Report | PoiseError | None] = [None] * len(items)
        valid: list[int] = []
        items = list(items)
        for index, (question, answer, context) in enumerate(items):
            try:
                context = replace(context, phase=self.phase(context.phase, question))
                items[index] = (question, answer, context)
                self._check(answer, context)
                valid.append(index)
            except PoiseError as exc:
                results[index] = exc
        texts = [items[index][1] for index in valid]
        parsed, cleaned = without_disfluencies(
            texts, parse_many(texts, [offset_of_word(text, MAX_ANALYSED_WORDS) for text in texts]))
        embed_many(parsed)
        for index, one, clean in zip(valid, parsed, cleaned, strict=True):
            question, answer, context = items[index]
            try:
                results[index] = self._judge(question, answer, one, context, clean)
            except PoiseError as exc:
                results[index] = exc
        return [result for result in results if result is not None]

    def _check(self, answer: str, context: AnalysisContext) -> None:
        if context.phase not in PHASES:
            raise InputError(f"Unknown phase {context.phase!r}.", hint=f"Use one of: {', '.join(PHASES)}.")
        if not isinstance(answer, str) or not answer.strip():
            raise InputError(
                "The answer is empty.", hint="Type or paste what you would say, then analyse it again."
            )
        if not looks_english(answer):
            raise InputError(
                "This answer does not look like English; Poise analyses English answers only.",
                hint="Write the answer in English and try again.",
            )

    def _judge(
        self, question: str, answer: str, parsed: AnalysedText, context: AnalysisContext,
        cleaned: disfluency.Cleaned | None = None,
    ) -> Report:
        """The report on ``parsed``: the answer itself, or, for a transcript with fillers and
        restarts, its cleaned text (``cleaned``); then every quote is mapped back to the answer's
        own words, and the rules about fillers and the answer's length read the words as said."""
        if cleaned is not None and cleaned.changed:
            answer = cleaned.text
            # length is judged on the words as said: fillers take speaking time too
            parsed = replace(parsed, words=len(WORD_RE.findall(cleaned.original)))
        else:
            cleaned = None
        if question.strip() and parsed.sentences:
            # the sentences' embeddings (read by nearly every rule set) are computed in a
            # background thread while the question's family is found, the parse facts are read
            # and the rules that read only the parse run; the same vectors as computed on first use
            parsed.embed_ahead()
        if context.phase == "answer" or context.family:
            resolved = self.resolve_family(question, context.family)
        else:  # a closing question or a concern reply belongs to no question family
            resolved = _Resolved(None, "none", False)
        minimum = PHASE_MIN_WORDS.get(context.phase)
        if minimum is None:
            minimum = resolved.family.min_words if resolved.family else THIN_ANSWER_WORDS
        insufficient = parsed.words < minimum or not parsed.sentences

        rules = self.rules.applicable(
            phase=context.phase,
            family=resolved.family.id if resolved.family else None,
            behavioural=resolved.behavioural,
            interview_format=context.interview_format,
            question=question,
            words=parsed.words,
            config=context.rules,
        )
        question_sims = answer_sim = None
        embedded = question.strip() and parsed.sentences and needs(rules, "embeddings")
        if insufficient:
            rules = [rule for rule in rules if not rule.needs_substance]
        as_said: list[Rule] = []
        if cleaned is not None:
            as_said = [rule for rule in rules if _reads_speech(rule)]
            rules = [rule for rule in rules if not _reads_speech(rule)]
        data = RuleInput(
            answer=parsed,
            question=question,
            family=resolved.family,
            behavioural=resolved.behavioural,
            interview_format=context.interview_format,
            phase=context.phase,
            role=tuple(context.role),
            job_text=context.job_text,
            shape=None,
            question_sims=None,
            answer_sim=None,
            kb=self.kb,
            compile=self.rules.compile,
        )
        found_ahead = None
        if embedded:
            if context.phase == "answer":
                praise_model.parse_facts(parsed)  # while the embeddings are computed
            if parsed.embeddings_coming:
                # the rules that read only the parse, meanwhile (``rules/ahead.py``)
                found_ahead = run_ahead(rules, data, run_rule)
            references = self._vectors(tuple(self.references(question, resolved)))
            question_sims = (parsed.sentence_embeddings @ references.T).max(axis=1)
            answer_sim = float((references @ parsed.centroid).max())
        shape = None
        if context.phase == "answer" and parsed.sentences:
            shape = label_sentences(
                parsed, self.cues, question_sims=question_sims,
                personal_ok=_invites_personal_life(question, resolved),
            )

        data = replace(data, shape=shape, question_sims=question_sims, answer_sim=answer_sim)
        spoken: tuple[Finding, ...] = ()
        if cleaned is not None:
            said = AnalysedText(text=cleaned.original, sentences=(),
                                words=len(WORD_RE.findall(cleaned.original)))
            spoken = run_rules(as_said, replace(data, answer=said),
                               whole_answer=context.rules.whole_answer)
        findings = run_rules(rules, data, whole_answer=context.rules.whole_answer, ahead=found_ahead)
        if resolved.source == "detected":
            findings = _soften_family_specific(findings, self.kb)
            spoken = _soften_family_specific(spoken, self.kb)
        # the notes on fillers count against delivery, but never hide a strength they quote inside
        judged = findings + spoken
        story = resolved.behavioural and context.phase == "answer"
        moves = self.phase_shows.get(context.phase)
        shows = () if moves is not None or not resolved.family else self.family_shows.get(
            resolved.family.id, ())
        signals = collect_signals(parsed, shape, team_credit=self.team_credit, family_positive=shows,
                                  question=question)
        if moves is None and resolved.family is not None and resolved.family.view_shows:
            # a view committed to with its specifics is what a question about strategy tests
            views = _unfaulted_sentences(committed_views(parsed.sentences), judged)
            signals = replace(signals, family_positive=(
                *signals.family_positive,
                *(view for view in views if not any(view.start < item.end and item.start < view.end
                                                     for item in signals.family_positive))))
        if moves is not None:
            # a reply's moves are judged as moves (a closing question, "that's fair"), not as
            # topics of a story that something done must show
            signals = replace(signals, family_positive=_unfaulted_sentences(
                _whole_sentences(parsed, moves), judged))
        family_label = PHASE_LABELS.get(context.phase) or (
            resolved.family.family_dimension if resolved.family else "Question-specific"
        )
        assessed = assess(
            parsed, shape, without_faulted(signals, judged), story=story, family=resolved.family,
            family_label=family_label,
            answer_sim=answer_sim, question_sims=question_sims, faulted=faulted_words(parsed, judged),
        )
        if context.phase == "concern_reply" and parsed.sentences:
            # a reply to a concern is judged with the concern rubric, not as a story
            made = concern_moves.read_moves(parsed, self.concern_moves, judged, question)
            assessed = {**assessed, "structure": concern_moves.structure(made, parsed),
                        "family": concern_moves.handling(made)}
        elif context.phase == "candidate_question" and parsed.sentences:
            # a question asked at the end is judged as a question
            match = closing_moves.closest(parsed, self.worth_asking, self._vectors,
                                          self.pause_patterns)
            assessed = {**assessed, "structure": closing_moves.structure(parsed, match),
                        "concision": closing_moves.concision(parsed),
                        "family": closing_moves.family(match)}
        position = context.phase == "answer" and not story
        judged_on = self.kb.phase_dimensions.get(context.phase) or (
            tuple(resolved.family.judged_on)
            if context.phase == "answer" and resolved.family and resolved.family.judged_on
            else DIMENSIONS)
        dimensions = score_dimensions(
            assessed, judged, self.position_anchors if position else self.anchors[context.phase],
            family_label=family_label, insufficient=insufficient, names=judged_on,
            traps=frozenset(resolved.family.traps) if resolved.family and not moves else frozenset(),
            conduct=self.conduct_rules,
        )
        labelled: tuple[LabelledSentence, ...] = ()
        if shape is not None:
            labelled = tuple(
                LabelledSentence(item.index, item.start, item.end, item.role.value,
                                 answer[item.start : item.end])
                for item in shape.roles
            )
        praised = () if insufficient else strengths(
            signals, findings, story=story, family=resolved.family.id if resolved.family else None,
            answer=parsed,
        )
        report = Report(
            question=question,
            answer=answer,
            family=resolved.family.id if resolved.family else None,
            family_source=resolved.source,
            interview_format=context.interview_format,
            phase=context.phase,
            words=parsed.words,
            state="insufficient_evidence" if insufficient else "ok",
            overall=overall_score(dimensions, story=story, insufficient=insufficient,
                                  findings=judged, strengths=praised, conduct=self.conduct_rules),
            dimensions=dimensions,
            structure=labelled,
            findings=findings,
            strengths=praised,
            top_fixes=top_fixes(judged),
        )
        if cleaned is None:
            return report
        return own_words.report(report, cleaned, spoken=spoken)


def without_disfluencies(texts: list[str], parsed: list[AnalysedText]
                          ) -> tuple[list[AnalysedText], list[disfluency.Cleaned]]:
    """Each answer's parse as judged, and what its disfluencies were: a transcript whose fillers
    and restarts come out is parsed again on its cleaned text (in one batch); any other answer
    keeps the parse it has."""
    cleaned = [disfluency.clean(text, one.sentences) for text, one in zip(texts, parsed, strict=True)]
    spoken = [position for position, item in enumerate(cleaned) if item.changed]
    judged = list(parsed)
    if spoken:
        again_texts = [cleaned[position].text for position in spoken]
        limits: list[int | None] = [offset_of_word(text, MAX_ANALYSED_WORDS) for text in again_texts]
        for position, one in zip(spoken, parse_many(again_texts, limits), strict=True):
            judged[position] = one
    return judged, cleaned


def _soften_family_specific(findings: tuple[Finding, ...], kb: KnowledgeBase) -> tuple[Finding, ...]:
    """A family guessed from the question's wording may be wrong, so a rule that applies only to
    that family never raises a high-severity finding: it is reported at medium, and says why."""
    softened = []
    for finding in findings:
        rule = kb.rules.get(finding.rule)
        if finding.severity == "high" and rule is not None and "*" not in rule.applies_to:
            finding = replace(
                finding, severity="medium",
                message=f"{finding.message} (medium: the question's family was inferred, not given)",
            )
        softened.append(finding)
    return tuple(softened)


SPOKEN_LEXICONS = frozenset({"fillers"})
"""Lexicons of words that exist only as spoken: rules on them read the answer as said."""


def _reads_speech(rule: object) -> bool:
    """Whether a rule counts the words the analysis of a transcript leaves out (fillers)."""
    matcher = getattr(rule, "match", None)
    return getattr(matcher, "lexicon", None) in SPOKEN_LEXICONS


def _invites_personal_life(question: str, resolved: _Resolved) -> bool:
    """Whether hobbies and family belong in the answer (tell me about yourself, life outside work)."""
    if resolved.family is not None and resolved.family.personal:
        return True
    return bool(PERSONAL_QUESTION_RE.search(question))


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@lru_cache(maxsize=4)
def _bank_index(kb: KnowledgeBase) -> bank_index.BankIndex:
    return bank_index.bank_index(kb)


FAMILY_MODEL = "family_model.npz"


@lru_cache(maxsize=4)
def _family_model(kb: KnowledgeBase) -> learned.LinearModel | None:
    """The shipped family model, when it was trained on the embedding model in use, reads the
    embedding alone or ``question_features``, and knows only families of this knowledge base."""
    model = learned.load(FAMILY_MODEL, nlp.embedding_fingerprint())
    if model is None or not set(model.labels) <= set(kb.families):
        return None
    dimension = nlp.embedder().dimension
    if not (model.reads(dimension) or model.reads(question_features.width(dimension))):
        return None
    return model


@lru_cache(maxsize=4)
def _family_neighbours(kb: KnowledgeBase) -> family_neighbours.Neighbours | None:
    """The shipped labelled questions that vote on a family, when built on the embedding model in
    use and labelled only with families of this knowledge base."""
    neighbours = family_neighbours.load(nlp.embedding_fingerprint())
    if neighbours is None or not set(neighbours.labels) <= set(kb.families):
        return None
    if neighbours.vectors.shape[1] != nlp.embedder().dimension:
        return None
    return neighbours


@lru_cache(maxsize=4)
def analyser_for(kb: KnowledgeBase) -> Analyser:
    """The analyser of a knowledge base, built once."""
    return Analyser(kb)


def analyse(
    question: str,
    answer: str,
    *,
    context: AnalysisContext | None = None,
    kb: KnowledgeBase | None = None,
) -> Report:
    """Analyse one interview answer and explain every finding with the words that triggered it.

    Raises InputError for an empty or non-English answer. Answers over 3,000 words are analysed
    on their first 3,000 words and flagged as too long to be an interview answer.
    """
    base = kb or knowledge_base()
    return analyser_for(base).analyse(question, answer, context or AnalysisContext())
