"""Questions likely for this role (bank questions ranked by the requirements) and questions to ask."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from poise.analysis.matching import phrase_regex
from poise.analysis.nlp import spacy_pipeline
from poise.content.loader import KnowledgeBase
from poise.fit.lexicon import fit_content
from poise.fit.result import FitResult
from poise.fit.text import content_words

TOP_QUESTIONS = 10
NICE_WEIGHT = 0.5
WORD_OVERLAP_WEIGHT = 0.3
WORD_OVERLAP_CAP = 3
DUTY_WORDS = 28
"""An interviewer reads out the gist of a duty, not a paragraph: at most this many words."""
ASIDE_RE = re.compile(r"\s*\([^()]*\)")
CLAUSE_COMMA_RE = re.compile(r",(?!\d)\s*")
"""A comma between words; not the one inside a number ("1,200 employees")."""
TAIL_RE = re.compile(r"[;:–—]|,?\s+(?:including|incl\.|such as|e\.g\.|as well as|whilst|while)\s",
                     re.IGNORECASE)


@dataclass(frozen=True)
class RoleQuestion:
    """A question likely for this role: one built from the advert's duties, or a bank question."""

    id: str
    text: str
    family: str
    competencies: tuple[str, ...]
    score: float
    why: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        data["competencies"] = list(self.competencies)
        return data


@dataclass(frozen=True)
class CandidateQuestion:
    """A question for the candidate to ask at the end, warned when the advert already answers it."""

    id: str
    text: str
    purpose: str
    topic: str
    warning: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


@dataclass(frozen=True)
class TailoredQuestions:
    """The questions likely for a role and the questions to ask its interviewers."""

    questions: tuple[RoleQuestion, ...]
    questions_to_ask: tuple[CandidateQuestion, ...]

    def to_dict(self) -> dict[str, list[dict[str, Any]]]:
        """JSON-ready form: ``{"questions": [...], "questions_to_ask": [...]}``."""
        return {"questions": [item.to_dict() for item in self.questions],
                "questions_to_ask": [item.to_dict() for item in self.questions_to_ask]}


def tailored_questions(fit: FitResult, kb: KnowledgeBase) -> TailoredQuestions:
    """Questions drawn from the advert's duties, then the top bank questions for the role; and
    the always-asked closing questions, each with a warning when the job text already answers it."""
    duties = duty_questions(fit, kb)
    return TailoredQuestions(
        questions=tuple([*duties, *likely_questions(fit, kb)][:TOP_QUESTIONS]),
        questions_to_ask=tuple(questions_to_ask(fit.job.text, kb)),
    )


def duty_questions(fit: FitResult, kb: KnowledgeBase) -> list[RoleQuestion]:
    """Questions an interviewer builds from the advert's own duties (the platform migration, the
    regulation, the outsourcing): the duties with the most words, in the advert's words."""
    asked = fit_content(kb).questions.duty_questions
    duties = [requirement for requirement in fit.job.requirements
              if requirement.section == "duties" and states_a_duty(requirement.text)]
    duties.sort(key=lambda requirement: -len(content_words(requirement.text)))
    found = []
    for requirement in duties[: asked.count]:
        duty = brief_duty(requirement.text)
        found.append(RoleQuestion(
            id=f"duty.{requirement.id}",
            text=asked.template.format(duty=duty),
            family=asked.family,
            competencies=(),
            score=0.0,
            why="From the advert's duties.",
        ))
    return found


HOLDER_WORDS = frozenset({"you", "holder", "postholder", "post-holder", "incumbent", "candidate"})
"""Subjects that name the person hired: "You will lead…", "The post holder manages…"."""


def states_a_duty(text: str) -> bool:
    """Whether a line of the duties says what the person hired does: an order ("Lead the…"), a
    task as a noun ("Leadership of the…") or a gerund or remit ("Ensuring…", "Responsible
    for…"), or the holder as the subject of a verb ("You will
    report to…"); not a sentence about the job or the company ("This is a builder's job: the
    next two years will decide…"), which an interviewer cannot ask "when have you done" about."""
    doc = spacy_pipeline(parse=True)(text.split(":")[0] if len(text.split(":")[0].split()) >= 3 else text)
    sentence = next(iter(doc.sents), None)
    if sentence is None:
        return False
    root = sentence.root
    if root.tag_.startswith("NN") or (root.tag_ in ("VB", "VBG", "JJ") and root.i == sentence.start):
        return True  # "Leadership of…", "Lead the…", "Ensuring…", "Responsible for…"
    subjects = [child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")]
    return any(subject.lower_ in HOLDER_WORDS or any(
        word.lower_ in HOLDER_WORDS for word in subject.subtree) for subject in subjects)


def _has_subject(text: str) -> bool:
    """Whether the first sentence of ``text`` is a clause with its own subject ("you will lead
    the team…"), not the rest of a list the opener began ("group headquarters and the town…")."""
    sentence = next(iter(spacy_pipeline(parse=True)(text).sents), None)
    return sentence is not None and any(
        child.dep_ in ("nsubj", "nsubjpass") for child in sentence.root.children)


def brief_duty(text: str) -> str:
    """The gist of a duty as an interviewer reads it out: no bracketed asides, no opening phrase
    before the main clause ("Reporting to the Director, you will lead…" → "You will lead…"), no
    trailing list ("…, including …"), and at most ``DUTY_WORDS`` words, cut at a comma where one
    falls late enough (else at a word, marked "…")."""
    duty = ASIDE_RE.sub("", " ".join(text.split())).strip().rstrip(".;:,")
    clause_comma = CLAUSE_COMMA_RE.search(duty[:120])
    if clause_comma:
        opener, rest = duty[: clause_comma.start()], duty[clause_comma.end():]
        first = spacy_pipeline()(opener)[:1]
        if (first and first[0].tag_ in {"VBG", "VBN", "IN"} and len(rest.split()) >= 4
                and _has_subject(rest)):
            duty = rest.strip()
            duty = duty[:1].upper() + duty[1:]
    tail = TAIL_RE.search(duty)
    if tail and len(duty[: tail.start()].split()) >= 5:
        duty = duty[: tail.start()]
    words = duty.split()
    if len(words) > DUTY_WORDS:
        head = " ".join(words[:DUTY_WORDS])
        comma = head.rfind(",")
        duty = head[:comma] if comma > len(head) // 2 else head.rstrip(",;") + "…"
    return duty.rstrip(".;:, ") + ("" if duty.endswith("…") else ".")


@lru_cache(maxsize=4)
def _competency_regexes(kb: KnowledgeBase) -> tuple[tuple[str, re.Pattern[str]], ...]:
    found = []
    for competency in kb.competencies.values():
        words = "|".join(phrase_regex(word) for word in competency.keywords)
        found.append((competency.id, re.compile(words, re.IGNORECASE)))
    return tuple(found)


def _competency_weights(fit: FitResult, kb: KnowledgeBase) -> tuple[dict[str, float], dict[str, str]]:
    weights: dict[str, float] = {}
    because: dict[str, str] = {}
    for competency_id, regex in _competency_regexes(kb):
        for requirement in fit.job.requirements:
            hits = len(regex.findall(requirement.text))
            if not hits:
                continue
            weight = hits * (1.0 if requirement.must else NICE_WEIGHT)
            weights[competency_id] = weights.get(competency_id, 0.0) + weight
            because.setdefault(competency_id, requirement.text)
    return weights, because


def likely_questions(fit: FitResult, kb: KnowledgeBase) -> list[RoleQuestion]:
    """The bank questions whose competencies and words overlap most with the requirements."""
    weights, because = _competency_weights(fit, kb)
    wanted = set()
    for requirement in fit.job.requirements:
        wanted |= content_words(requirement.text)
    scored = []
    for question in kb.questions.values():
        if fit.level not in question.levels:
            continue
        score = 0.0
        reasons = []
        for competency in question.competencies:
            if competency in weights:
                score += weights[competency]
                reasons.append(competency)
        shared = len(content_words(question.text) & wanted)
        score += WORD_OVERLAP_WEIGHT * min(shared, WORD_OVERLAP_CAP)
        if score > 0:
            scored.append((score, question.id, question, reasons))
    scored.sort(key=lambda item: (-item[0], item[1]))
    found = []
    for score, _, question, reasons in scored[:TOP_QUESTIONS]:
        why = ""
        if reasons:
            names = ", ".join(kb.competencies[c].name for c in reasons)
            why = f"Probes {names}; the job says: “{brief_duty(because[reasons[0]])}”"
        found.append(RoleQuestion(
            id=question.id,
            text=question.text,
            family=question.family,
            competencies=tuple(question.competencies),
            score=round(score, 2),
            why=why,
        ))
    return found


def questions_to_ask(job_text: str, kb: KnowledgeBase) -> list[CandidateQuestion]:
    """The always-asked closing questions, each with a warning if the job text answers it."""
    found = []
    for question in kb.questions_to_ask.good:
        if not question.always:
            continue
        found.append(CandidateQuestion(
            id=question.id,
            text=question.text,
            purpose=question.purpose,
            topic=question.topic,
            warning=answered_warning(question.answered_by, job_text),
        ))
    return found


def answered_warning(answered_by: list[str], job_text: str) -> str | None:
    """A warning when the job text already contains words that answer the question."""
    for phrase in answered_by:
        hit = re.search(phrase_regex(phrase), job_text, re.IGNORECASE)
        if hit:
            return (f"The job text already says \"{hit.group(0)}\"; ask something it does not "
                    "answer, or build on what it says.")
    return None
