"""The one-page prep brief: facts, three stories, concerns, questions and checklist; HTML and PDF."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from poise.content.loader import KnowledgeBase
from poise.errors import RenderError
from poise.fit.concerns.wording import line_sentences
from poise.followup.debrief import RAISED_KIND
from poise.followup.voice import commitment
from poise.prep.coverage import (
    Similarity,
    semantic_similarity,
    story_meets_requirement,
    top_requirements,
)
from poise.prep.quiz import PRESENT, FactDraft, readable_date
from poise.prep.stories import GOOD_STORY, StorySummary

STORIES = 3
CONCERNS = 3
ROLES = 4
ACHIEVEMENTS = 4
COMPANY_FACTS = 10
OUTLINE_WORDS = 24
ANSWER_WORDS = 100
LEVEL_NAMES = {"manager": "Manager", "director": "Director", "executive": "VP / C-level"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
DAY_OF: dict[str, str] = {
    "morning": "Morning",
    "arrival": "On arrival",
    "in_the_room": "In the room",
    "closing": "Closing",
    "after": "Afterwards",
}
"""Checklist moments on the brief (the day before is over by the time it is read), and labels."""
LEFT_OFF = frozenset({"solution_mindset", "core_questions", "pause_question", "keep_in_touch"})
"""Checklist steps not repeated: the brief carries them already (the framing line, the questions
to ask), or they belong to the weeks after the day (keeping in touch)."""
COVERS_WORDS = 8
DENSITIES: tuple[str, ...] = ("normal", "compact", "tight")
"""Type sizes tried in turn until the brief fits on one A4 page."""


@dataclass(frozen=True)
class BriefRole:
    """One role from the candidate's record, with its dates."""

    title: str
    employer: str
    dates: str


@dataclass(frozen=True)
class BriefStory:
    """A story to tell: what it proves, how it scores and a short outline to jog memory."""

    id: int
    title: str
    competencies: tuple[str, ...]
    overall: int | None
    covers: tuple[str, ...]
    outline: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class BriefConcern:
    """A concern the interviewer may raise and the answer to it: the candidate's own (``mine``)
    when they saved one, else the drafted one."""

    title: str
    severity: str
    answer: str
    mine: bool = False


@dataclass(frozen=True)
class BriefCheck:
    """One checklist step and its moment."""

    when: str
    text: str


@dataclass(frozen=True)
class Brief:
    """Everything on the printed page for one application."""

    company: str
    title: str
    level: str
    prepared_on: str
    company_facts: tuple[tuple[str, str], ...]
    roles: tuple[BriefRole, ...]
    achievements: tuple[str, ...]
    stories: tuple[BriefStory, ...]
    concerns: tuple[BriefConcern, ...]
    questions: tuple[str, ...]
    pause_reminder: str
    checklist: tuple[BriefCheck, ...]
    missing: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "company": self.company,
            "title": self.title,
            "level": self.level,
            "prepared_on": self.prepared_on,
            "company_facts": [{"fact": fact, "answer": answer} for fact, answer in self.company_facts],
            "roles": [vars(role) for role in self.roles],
            "achievements": list(self.achievements),
            "stories": [
                {
                    "id": story.id,
                    "title": story.title,
                    "competencies": list(story.competencies),
                    "overall": story.overall,
                    "covers": list(story.covers),
                    "outline": [{"part": part, "text": text} for part, text in story.outline],
                }
                for story in self.stories
            ],
            "concerns": [vars(concern) for concern in self.concerns],
            "questions": list(self.questions),
            "pause_reminder": self.pause_reminder,
            "checklist": [vars(item) for item in self.checklist],
            "missing": list(self.missing),
        }


def _short(text: str, words: int = OUTLINE_WORDS) -> str:
    """The first sentence of a text, cut to ``words`` words with an ellipsis. An abbreviation's
    full stop ends no sentence ("approx. USD 130 million"), and a cut never leaves a bracket
    open: it ends before the aside instead ("… of MXN 2.4 billion…", not "… (approx.")."""
    cleaned = " ".join(text.split())
    sentences = line_sentences(cleaned)
    first = sentences[0] if sentences else cleaned
    if len(sentences) > 1 or (first != cleaned and cleaned.endswith(".")):
        first = first.rstrip(".") + "."
    parts = first.split()
    if len(parts) <= words:
        return first
    cut = " ".join(parts[:words])
    if cut.count("(") > cut.count(")"):
        cut = cut[:cut.rfind("(")].rstrip()
    return cut.rstrip(",;:–- ") + "…"


def _clip(text: str, words: int) -> str:
    """The whole text when it has at most ``words`` words, else its first ``words`` and "…"."""
    parts = text.split()
    if len(parts) <= words:
        return " ".join(parts)
    return " ".join(parts[:words]).rstrip(",;:") + "…"


_ANSWER_STOP = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-Z0-9])")


def _answer_sentences(text: str) -> list[str]:
    """An answer's sentences: cut after a stop before a capital, never inside brackets ("(approx.
    82 FTE)" stays whole), so a sentence left out never leaves half an aside behind."""
    pieces: list[str] = []
    start = 0
    for found in _ANSWER_STOP.finditer(text):
        before = text[start:found.start()]
        if before.count("(") != before.count(")"):
            continue
        pieces.append(before.strip())
        start = found.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _clip_answer(text: str, words: int) -> str:
    """A drafted answer cut to whole sentences within ``words``, keeping its closing question and
    the commitment before it.

    The check-back question at the end of a concern answer and the plan said just before it
    matter most on the day (an answer without its step reads as no answer), so they stay with the
    opening sentence; the evidence between them is what gives way, sentence by sentence, when the
    answer is too long.
    """
    sentences = _answer_sentences(" ".join(text.split()))
    if len(text.split()) <= words or not sentences:
        return " ".join(text.split())
    closing = sentences[-1] if sentences[-1].endswith("?") else ""
    body = sentences[:-1] if closing else sentences
    budget = words - len(closing.split())
    # the opening, then the step before the question, then the evidence in order while it fits
    priority = [0, *([len(body) - 1] if closing and len(body) > 1 else []),
                *range(1, len(body) - (1 if closing else 0))]
    chosen: set[int] = set()
    used = 0
    for number in priority:
        size = len(body[number].split())
        if used + size > budget:
            if number == 0:
                break
            continue
        chosen.add(number)
        used += size
    if not chosen:
        return _clip(text, words)
    return " ".join([*(body[number] for number in sorted(chosen)), closing]).strip()


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, Sequence):
        return " ".join(_as_text(item) for item in value if _as_text(item))
    if isinstance(value, Mapping):
        for key in ("text", "quote", "line"):
            if isinstance(value.get(key), str):
                return " ".join(str(value[key]).split())
    return ""


NUMBER_WORDS = {1: "one", 2: "two", 3: "three"}


def pick_stories(
    stories: Sequence[StorySummary],
    requirements: Sequence[str],
    kb: KnowledgeBase,
    *,
    count: int = STORIES,
    similarity: Similarity | None = semantic_similarity,
) -> list[tuple[StorySummary, tuple[str, ...]]]:
    """The stories to tell. Good stories (overall 60 or more) come first; among them each pick
    covers the most top requirements not yet covered, then opens a new competency, then scores
    highest."""
    covers: dict[int, tuple[str, ...]] = {}
    for story in stories:
        covers[story.id] = tuple(
            text for text in requirements
            if story_meets_requirement(text, story, kb, similarity=similarity)
        )
    chosen: list[tuple[StorySummary, tuple[str, ...]]] = []
    covered: set[str] = set()
    main_competencies: set[str] = set()
    remaining = list(stories)
    while remaining and len(chosen) < count:
        best = remaining[0]
        best_key: tuple[int, int, int, int, int] | None = None
        for story in remaining:
            good = 1 if story.overall is not None and story.overall >= GOOD_STORY else 0
            new = len(set(covers[story.id]) - covered)
            main = story.competencies[0] if story.competencies else ""
            fresh = 1 if main and main not in main_competencies else 0
            overall = story.overall if story.overall is not None else -1
            key = (good, new, fresh, overall, -story.id)
            if best_key is None or key > best_key:
                best, best_key = story, key
        chosen.append((best, covers[best.id]))
        covered.update(covers[best.id])
        main_competencies.update(best.competencies[:1])
        remaining.remove(best)
    return chosen


def _concerns(fit: Mapping[str, Any] | None, own: Mapping[str, str]) -> list[BriefConcern]:
    if not fit:
        return []
    items = [item for item in fit.get("concerns") or [] if isinstance(item, Mapping)]

    def order(item: Mapping[str, Any]) -> tuple[int, float]:
        severity = SEVERITY_ORDER.get(str(item.get("severity") or "").lower(), 3)
        score = item.get("score")
        return (severity, -float(score) if isinstance(score, int | float) else 0.0)

    concerns: list[BriefConcern] = []
    for item in sorted(items, key=order)[:CONCERNS]:
        mine = _as_text(own.get(str(item.get("id"))))
        answer = mine or _as_text(item.get("draft"))
        if not mine and answer and item.get("kind") == RAISED_KIND:
            # a plan noted in a debrief ("Meet the union in week one"), said as a commitment
            answer = commitment(answer)
        if not answer:
            plan = item.get("answer_plan") or {}
            if isinstance(plan, Mapping):
                answer = " ".join(
                    _as_text(plan.get(key))
                    for key in ("acknowledge", "evidence", "plan", "check_back")
                    if _as_text(plan.get(key))
                )
        concerns.append(BriefConcern(
            title=_as_text(item.get("title")) or "A concern",
            severity=str(item.get("severity") or ""),
            answer=_clip_answer(answer, ANSWER_WORDS)
            or "Draft your answer: acknowledge, give evidence, commit to a plan.",
            mine=bool(mine),
        ))
    return concerns


def _roles(resume: Mapping[str, Any]) -> list[BriefRole]:
    roles: list[BriefRole] = []
    for role in resume.get("roles") or []:
        if not isinstance(role, Mapping) or not str(role.get("title") or "").strip():
            continue
        start = readable_date(role.get("start"))
        end = readable_date(role.get("end"))
        if end.lower() in PRESENT:
            end = "present"
        dates = f"{start} – {end}" if start else end
        roles.append(BriefRole(str(role["title"]).strip(), str(role.get("employer") or "").strip(),
                               dates))
        if len(roles) == ROLES:
            break
    return roles


def _achievements(resume: Mapping[str, Any]) -> list[str]:
    found: list[str] = []
    for item in resume.get("achievements") or []:
        text = _as_text(item)
        if text and text not in found:
            found.append(_short(text, 30))
        if len(found) == ACHIEVEMENTS:
            break
    return found


def build_brief(
    *,
    company: str,
    title: str,
    level: str,
    fit: Mapping[str, Any] | None,
    facts: Sequence[FactDraft],
    stories: Sequence[StorySummary],
    kb: KnowledgeBase,
    today: date,
    own_answers: Mapping[str, str] | None = None,
) -> Brief:
    """Assemble the brief for one application from its fit, facts and the story bank;
    ``own_answers`` (concern id → the candidate's saved answer) take the place of the drafts."""
    resume = fit.get("resume") if fit else None
    resume = resume if isinstance(resume, Mapping) else {}
    requirements = [str(item["text"]) for item in top_requirements(fit)]
    picked = pick_stories(stories, requirements, kb)
    brief_stories: list[BriefStory] = []
    for story, covers in picked:
        outline: list[tuple[str, str]] = []
        for part, label in (("circumstances", "C"), ("actions", "A"), ("results", "R")):
            text = story.parts.get(part, "")
            if text.strip():
                outline.append((label, _short(text)))
        names = tuple(kb.competencies[c].name for c in story.competencies if c in kb.competencies)
        short_covers = tuple(_short(text, COVERS_WORDS) for text in covers)
        brief_stories.append(BriefStory(story.id, story.title, names, story.overall, short_covers,
                                        tuple(outline)))
    questions: list[str] = []
    reminder = ""
    for question in kb.questions_to_ask.good:
        if not question.always:
            continue
        if question.topic == "pause":
            questions.insert(0, question.text)
            reminder = question.purpose
        else:
            questions.append(question.text)
    checklist = [
        BriefCheck(DAY_OF[item.when], " ".join(item.text.split()))
        for item in kb.checklist
        if item.when in DAY_OF and item.id not in LEFT_OFF
    ]
    company_facts = [(fact.prompt, fact.answer) for fact in facts if fact.source == "company"]
    missing: list[str] = []
    if not company_facts:
        missing.append("No company facts yet: add them to the key-facts quiz of this application.")
    if not brief_stories:
        missing.append("No stories yet: add them to the story bank.")
    elif len(brief_stories) < STORIES:
        have, more = (NUMBER_WORDS[len(brief_stories)],
                      NUMBER_WORDS[STORIES - len(brief_stories)])
        noun = "story" if len(brief_stories) == 1 else "stories"
        missing.append(f"Only {have} {noun} so far: write {more} more in the story bank, so that "
                       "the day has three to choose from.")
    if fit is None:
        missing.append("No fit map yet: map the job description against your résumé for the record "
                       "and the concerns.")
    return Brief(
        company=company,
        title=title,
        level=LEVEL_NAMES.get(level, level),
        prepared_on=today.isoformat(),
        company_facts=tuple(company_facts[:COMPANY_FACTS]),
        roles=tuple(_roles(resume)),
        achievements=tuple(_achievements(resume)),
        stories=tuple(brief_stories),
        concerns=tuple(_concerns(fit, own_answers or {})),
        questions=tuple(questions),
        pause_reminder=reminder,
        checklist=tuple(checklist),
        missing=tuple(missing),
    )


@lru_cache(maxsize=1)
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("poise.prep", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment


def render_html(brief: Brief, *, density: str = DENSITIES[0]) -> str:
    """The brief as a standalone HTML page with print CSS (A4); ``density`` shrinks the type."""
    if density not in DENSITIES:
        raise ValueError(f"density must be one of {', '.join(DENSITIES)}")
    return _environment().get_template("brief.html").render(brief=brief, density=density)


def _weasyprint() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        raise RenderError(
            f"The PDF cannot be made: WeasyPrint does not load ({exc}).",
            hint="Install WeasyPrint and its system libraries (pango), or use the HTML brief "
            "and print it from a browser.",
        ) from exc
    return weasyprint


def render_pdf(html: str) -> bytes:
    """HTML printed to PDF with WeasyPrint."""
    pdf: bytes = _weasyprint().HTML(string=html).write_pdf()
    return pdf


def fit_to_page(brief: Brief) -> tuple[str, bytes]:
    """The HTML and PDF of the brief at the first density whose PDF is one page.

    A brief fuller than usual (many facts, long drafted answers) is set in smaller type rather
    than spilling onto a second sheet; the tightest density is used if nothing fits.
    """
    weasyprint = _weasyprint()
    html = ""
    document: Any = None
    for density in DENSITIES:
        html = render_html(brief, density=density)
        document = weasyprint.HTML(string=html).render()
        if len(document.pages) == 1:
            break
    pdf: bytes = document.write_pdf()
    return html, pdf
