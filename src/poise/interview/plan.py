"""The question plan of a session: drawn from the bank and the role, deterministic given the seed."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence

from poise.content.loader import KnowledgeBase
from poise.content.schema import InterviewContent, InterviewFormat, Persona, Question, TailoredTemplate
from poise.interview.judges import Similarity
from poise.interview.model import PersonaInfo, PlanItem, RoleContext, seeded

WORD_RE = re.compile(r"[a-z][a-z&+/-]{3,}")
STOP_WORDS = frozenset(
    {"with", "from", "that", "this", "into", "your", "have", "will", "able", "their", "about",
     "experience", "years", "role", "team", "teams", "work", "working", "strong", "proven",
     "ability", "skills", "what", "when", "where", "which", "would", "tell", "time", "they"}
)
MAX_REQUIREMENT_CHARS = 160


WITH_RE = re.compile(r"\bwith\b|\b(?:presentation|present|presenting|talk|report)\s+to\b|"
                     r"\bmeet(?:ing)?\b(?=\s+(?:the|our|your|a|an|[A-Z]))", re.IGNORECASE)
"""The words after which an advert's interview sentence names people ("a conversation with the
COO", "a presentation to the CEO and a Board member", "meeting our CFO")."""
LIST_SPLIT_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
CLAUSE_END_RE = re.compile(r",?\s*\bthen\b|;|:|\(|\)|\bfollowed by\b|\bwho\b|\s[→–—]\s?|\s-\s|"
                           r"\s(?:stage|round|step)\s+\d|\s\d+\b|\s+(?:on|in|at|for|about|including|incl)\b",
                           re.IGNORECASE)
"""Where the people named end: a clause, a bracket, an arrow or dash to the next stage ("HR →
site visit"), a numbered stage ("Stage 2"), or a phrase of time, place or topic ("on clinical
governance", "in late April")."""
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
ARTICLE_RE = re.compile(r"^(?:the|a|an|our|your|two|three)\s+", re.IGNORECASE)


PANEL_LIST_RE = re.compile(r"\b(?:committee|panel|board|jury|interviewers?)\b[^:]*:\s*$",
                           re.IGNORECASE)
"""A line that introduces the panel as a list ("The selection committee consists of:")."""
ITEM_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(?P<item>.+?)\s*$")


def listed_panel(job_text: str) -> list[str]:
    """The people listed under a line that introduces the panel, one per item ("- Mayor
    Birgitte Holm Nørgaard", "- Prof. Jan Peeters, chief medical officer")."""
    names: list[str] = []
    listing = False
    for line in job_text.splitlines():
        item = ITEM_RE.match(line)
        if listing and item is not None:
            name = item.group("item").strip("*_ ").rstrip(".;")
            if 1 <= len(name.split()) <= 12:
                names.append(name)
            continue
        if line.strip():
            listing = bool(PANEL_LIST_RE.search(line.strip("*_ ")))
    return names


def named_interviewers(content: InterviewContent, job_text: str) -> list[str]:
    """The people a job text says will interview ("interviews with the CEO, the chair of the
    board and a partner of our owner", or a list under "The panel consists of:"), in the order
    named."""
    cues = content.engine.panel.member_cues
    if not cues:
        return []
    cue_re = re.compile(r"\b(?:" + "|".join(re.escape(cue) for cue in cues) + r")\b", re.IGNORECASE)
    names: list[str] = []
    for name in listed_panel(job_text):
        if name.lower() not in (item.lower() for item in names):
            names.append(name)
    sentences = [sentence for paragraph in re.split(r"\n\s*(?:[-*•]\s+|\d+[.)]\s+|\n)", job_text)
                 for sentence in SENTENCE_RE.split(" ".join(paragraph.split()))]
    for sentence in sentences:  # a list item is a sentence of its own, never joined to the next
        if not cue_re.search(sentence):
            continue
        for part in WITH_RE.split(sentence)[1:]:
            clause = CLAUSE_END_RE.split(part, maxsplit=1)[0].strip().rstrip(".")
            for piece in LIST_SPLIT_RE.split(clause):
                name = ARTICLE_RE.sub("", piece.strip().strip("*_ "))
                if 1 <= len(name.split()) <= 8 and name.lower() not in (item.lower() for item in names):
                    names.append(name)
    return names


def _angle_of(content: InterviewContent, title: str) -> str | None:
    low = title.lower()
    for angle in content.engine.panel.angles:
        for word in angle.words:
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low):
                return angle.persona
    return None


def panel_members(fmt: InterviewFormat, content: InterviewContent, role: RoleContext | None) -> list[Persona]:
    """The panel: the people the application names as interviewers, each as the persona whose
    angle fits their title (and called by that title); the format's own panel otherwise, or when
    fewer than two named people fit an angle."""
    personas = list(fmt.personas)
    if len(personas) < 2 or role is None or not role.job_text.strip():
        return personas
    by_id = {persona.id: persona for persona in personas}
    chosen: list[Persona] = []
    for title in named_interviewers(content, role.job_text):
        persona_id = _angle_of(content, title)
        persona = by_id.get(persona_id or "")
        if persona is None or any(item.id == persona.id for item in chosen):
            continue
        chosen.append(persona.model_copy(update={"role": title[0].upper() + title[1:]}))
    return chosen if len(chosen) >= 2 else personas


def personas_of(fmt: InterviewFormat, content: InterviewContent,
                role: RoleContext | None = None) -> list[PersonaInfo]:
    """The session's interviewers, with whether their opening line is itself a question."""
    mapped = {opening.persona for opening in content.engine.openings}
    return [
        PersonaInfo(
            id=persona.id,
            name=persona.name,
            role=persona.role,
            criterion=persona.criterion,
            dimension=persona.dimension,
            opening=persona.opening,
            opening_is_question=persona.id in mapped,
        )
        for persona in panel_members(fmt, content, role)
    ]


def is_case(question: Question, content: InterviewContent) -> bool:
    """True for situational cases judged on diagnosis, goal, tools, people, control and timeline."""
    return question.family == "competency_cases" or question.id in content.cases.also


def from_bank(
    question: Question,
    *,
    persona: str,
    source: str,
    content: InterviewContent,
    text: str | None = None,
) -> PlanItem:
    """A plan item for a bank question (optionally asked in a persona's own words)."""
    return PlanItem(
        text=text or question.text,
        family=question.family,
        persona=persona,
        source=source,
        really_asking=question.really_asking,
        follow_ups=question.follow_ups.model_dump(exclude_none=True),
        behavioural=question.behavioural,
        question_id=question.id,
        case=is_case(question, content),
        area=question.area.value if question.area else None,
        reading=question.reading,
    )


def tailored_item(
    requirement: str, *, template: TailoredTemplate, persona: str
) -> PlanItem:
    """A question written from one of the role's requirements."""
    short = requirement.strip().rstrip(".;:")
    if len(short) > MAX_REQUIREMENT_CHARS:
        short = short[:MAX_REQUIREMENT_CHARS].rsplit(" ", 1)[0] + "…"
    return PlanItem(
        text=template.text.format(requirement=short),
        family=template.family,
        persona=persona,
        source="tailored",
        really_asking=" ".join(template.really_asking.format(requirement=short).split()),
        follow_ups={},
        behavioural=template.behavioural,
        requirement=requirement,
    )


def _fit_question_item(raw: dict[str, str], *, kb: KnowledgeBase, persona: str) -> PlanItem:
    family = raw.get("family", "")
    if family not in kb.families:
        family = "past_behaviour"
    family_info = kb.families[family]
    return PlanItem(
        text=raw["text"].strip(),
        family=family,
        persona=persona,
        source="tailored",
        really_asking=raw.get("really_asking") or raw.get("why") or family_info.description,
        follow_ups={},
        behavioural=family_info.behavioural,
        requirement=raw.get("requirement"),
    )


def _words(text: str) -> set[str]:
    return {word for word in WORD_RE.findall(text.lower()) if word not in STOP_WORDS}


class _Weights:
    """How strongly the role's requirements pull each bank question into the plan."""

    def __init__(self, kb: KnowledgeBase, role: RoleContext | None) -> None:
        self.kb = kb
        self.role_words: set[str] = set()
        self.competencies: set[str] = set()
        if role is None or not role.requirements:
            return
        text = " ".join(role.requirements).lower()
        self.role_words = _words(text)
        for competency in kb.competencies.values():
            for keyword in competency.keywords:
                if re.search(rf"\b{re.escape(keyword.lower())}\b", text):
                    self.competencies.add(competency.id)
                    break

    def of(self, question: Question) -> float:
        weight = 1.0
        weight += sum(1.0 for item in question.competencies if item in self.competencies)
        weight += 0.5 * min(2, len(_words(question.text) & self.role_words))
        return weight


class _Planner:
    """Fills the session's question slots in order; slot i belongs to persona i mod n."""

    def __init__(
        self,
        kb: KnowledgeBase,
        fmt: InterviewFormat,
        content: InterviewContent,
        *,
        seed: int,
        role: RoleContext | None,
    ) -> None:
        self.kb = kb
        self.fmt = fmt
        self.content = content
        self.role = role
        self.rng: random.Random = seeded(seed, "plan", fmt.id.value)
        self.personas: list[Persona] = panel_members(fmt, content, role)
        self.angles: dict[str, set[str]] = {}
        if len(self.personas) > 1:
            for angle in content.engine.panel.angles:
                self.angles[angle.persona] = set(angle.families)
        self.slots: list[PlanItem | None] = [None] * fmt.questions
        self.used: set[str] = set()
        self.weights = _Weights(kb, role)
        self.notes: list[str] = []

    def persona_of(self, slot: int) -> Persona:
        return self.personas[slot % len(self.personas)]

    def free(self, persona: str | None = None) -> list[int]:
        found = []
        for index, item in enumerate(self.slots):
            if item is None and (persona is None or self.persona_of(index).id == persona):
                found.append(index)
        return found

    def put(self, slot: int, item: PlanItem) -> None:
        self.slots[slot] = item
        if item.question_id:
            self.used.add(item.question_id)

    def overlap(self, question: Question, persona: Persona) -> int:
        return len(set(question.competencies) & set(persona.competencies))

    def suits(self, family: str, persona: Persona) -> bool:
        """True when the family is in the persona's angle (or the persona has none)."""
        angle = self.angles.get(persona.id)
        return not angle or family in angle

    def best_slot(self, question: Question | None, family: str | None = None) -> int | None:
        """The first free slot of the persona whose angle and competencies best suit the question."""
        free = self.free()
        if not free:
            return None
        family = question.family if question is not None else family
        if len(self.personas) == 1 or (question is None and family is None):
            return free[0]
        best = free[0]
        best_fit = (-1, -1)
        for slot in free:
            persona = self.persona_of(slot)
            overlap = self.overlap(question, persona) if question is not None else 0
            fit = (1 if family is not None and self.suits(family, persona) else 0, overlap)
            if fit > best_fit:
                best, best_fit = slot, fit
        return best

    def candidates(self, family: str | None = None) -> list[Question]:
        """Unused questions suited to the format: of ``family`` when named (even one the format
        does not usually draw from, as an application may ask for), else of the format's families."""
        found = []
        never = set(self.content.engine.plan.never_planned)
        for question in self.kb.questions.values():
            if question.id in self.used or question.id in never or self.fmt.id not in question.formats:
                continue
            if family is None and question.family not in self.fmt.families:
                continue
            if family is not None and question.family != family:
                continue
            found.append(question)
        return found

    def draw(self, pool: Sequence[Question], persona: Persona | None) -> Question | None:
        if persona is not None and self.angles.get(persona.id):
            pool = [question for question in pool if self.suits(question.family, persona)] or pool
        if not pool:
            return None
        counts = Counter(item.family for item in self.slots if item is not None)
        weights = []
        for question in pool:
            weight = self.weights.of(question)
            if persona is not None and len(self.personas) > 1:
                weight *= 1 + 2 * self.overlap(question, persona)
            weight /= 1 + 3 * counts[question.family]
            weights.append(weight)
        return self.rng.choices(list(pool), weights=weights, k=1)[0]

    def bank_item(self, question: Question, slot: int, source: str) -> PlanItem:
        return from_bank(question, persona=self.persona_of(slot).id, source=source, content=self.content)

    # -- the steps, in order of precedence --------------------------------------------------

    def add_queue(self, queue: Sequence[str]) -> None:
        for question_id in queue:
            question = self.kb.questions.get(question_id)
            if question is None:
                self.notes.append(f"Queued question {question_id!r} is not in the bank; skipped.")
                continue
            free = self.free()
            if not free or question_id in self.used:
                continue
            self.put(free[0], self.bank_item(question, free[0], "queue"))

    def add_openings(self) -> None:
        for opening in self.content.engine.openings:
            persona = next((item for item in self.personas if item.id == opening.persona), None)
            question = self.kb.questions.get(opening.asks)
            if persona is None or question is None or question.id in self.used:
                continue
            free = self.free(persona.id)
            if free:
                item = from_bank(question, persona=persona.id, source="opening",
                                 content=self.content, text=persona.opening)
                self.put(free[0], item)

    def add_application_families(self) -> None:
        if self.role is None:
            return
        for family in self.content.engine.plan.with_application.get(self.fmt.id, []):
            question = self.draw(self.candidates(family), None)
            slot = self.best_slot(question)
            if question is not None and slot is not None:
                self.put(slot, self.bank_item(question, slot, "application"))

    def add_tailored(self) -> None:
        if self.role is None:
            return
        wanted = self.content.engine.plan.tailored.get(self.fmt.id, 0)
        if not wanted:
            return
        policy = self.content.engine.plan
        template = policy.tailored_overrides.get(self.fmt.id, policy.tailored_template)
        items: list[PlanItem] = []
        for raw in self.role.tailored:
            items.append(_fit_question_item(raw, kb=self.kb, persona=""))
        musts = list(self.role.must_haves)
        others = [text for text in self.role.requirements if text not in musts]
        self.rng.shuffle(musts)
        self.rng.shuffle(others)
        for requirement in musts + others:
            items.append(tailored_item(requirement, template=template, persona=""))
        for item in items[:wanted]:
            slot = self.best_slot(None, item.family)
            if slot is None:
                return
            self.put(slot, _with_persona(item, self.persona_of(slot).id))

    def add_minimums(self) -> None:
        minimums = self.content.engine.plan.min_per_family.get(self.fmt.id, {})
        for family, count in minimums.items():
            have = sum(1 for item in self.slots if item is not None and item.family == family)
            for _ in range(count - have):
                question = self.draw(self.candidates(family), None)
                slot = self.best_slot(question)
                if question is None or slot is None:
                    break
                self.put(slot, self.bank_item(question, slot, "bank"))

    def fill(self) -> None:
        for slot in self.free():
            persona = self.persona_of(slot)
            question = self.draw(self.candidates(), persona)
            if question is None:
                self.notes.append("The bank ran out of questions for this format.")
                break
            self.put(slot, self.bank_item(question, slot, "bank"))

    def fill_projective(self) -> None:
        """Rapid questions spread over the five areas, taking turns so every area is read."""
        by_area: dict[str, list[Question]] = {}
        for question in self.candidates("projective"):
            by_area.setdefault(question.area.value if question.area else "other", []).append(question)
        areas = sorted(by_area)
        self.rng.shuffle(areas)
        for questions in by_area.values():
            self.rng.shuffle(questions)
        have = Counter(item.area for item in self.slots if item is not None)
        areas.sort(key=lambda area: have[area])
        while self.free() and any(by_area.values()):
            for area in areas:
                free = self.free()
                if not free:
                    break
                if by_area[area]:
                    self.put(free[0], self.bank_item(by_area[area].pop(0), free[0], "bank"))

    def dedupe(self, similarity: Similarity | None, threshold: float) -> None:
        """Redraw any question too close in meaning to an earlier one (sentence embeddings);
        queued questions and openings stay."""
        if similarity is None:
            return
        for _ in range(3 * len(self.slots)):
            filled = [(index, item) for index, item in enumerate(self.slots) if item is not None]
            if len(filled) < 2:
                return
            matrix = similarity([item.text for _, item in filled], [item.text for _, item in filled])
            clash = None
            for row in range(len(filled)):
                for column in range(row + 1, len(filled)):
                    movable = filled[column][1].source not in ("queue", "opening")
                    if movable and float(matrix[row][column]) >= threshold:
                        clash = filled[column]
                        break
                if clash is not None:
                    break
            if clash is None:
                return
            slot, item = clash
            persona = self.persona_of(slot)
            family = item.family if item.question_id else None
            pool = self.candidates(family) if family else self.candidates()
            if self.fmt.id.value == "projective":
                pool = [question for question in self.candidates("projective")
                        if (question.area.value if question.area else None) == item.area] or pool
            question = self.draw(pool, persona) or self.draw(self.candidates(), persona)
            if question is None:
                self.notes.append("A near-duplicate question was kept: the bank had no other.")
                return
            self.put(slot, self.bank_item(question, slot, item.source if item.question_id else "bank"))

    def ordered(self) -> list[PlanItem]:
        items = [item for item in self.slots if item is not None]
        if len(self.personas) > 1:
            return items
        fixed = [item for item in items if item.source in ("queue", "opening")]
        rest = [item for item in items if item.source not in ("queue", "opening")]
        self.rng.shuffle(rest)
        return fixed + rest


def _with_persona(item: PlanItem, persona: str) -> PlanItem:
    data = item.to_dict()
    data["persona"] = persona
    return PlanItem.from_dict(data)


def build_plan(
    kb: KnowledgeBase,
    fmt: InterviewFormat,
    content: InterviewContent,
    *,
    seed: int,
    role: RoleContext | None = None,
    queue: Sequence[str] = (),
    similarity: Similarity | None = None,
) -> tuple[list[PlanItem], list[str]]:
    """The questions of a session in the order they are asked, and notes about the plan.

    Precedence: queued questions (weak answers from a debrief) first, then each persona's
    opening question, the families an application calls for, questions written from the role's
    requirements, the format's minimum per family, and finally draws from the bank weighted
    toward the role's requirements (and, on a panel, toward each panellist's competencies).
    """
    planner = _Planner(kb, fmt, content, seed=seed, role=role)
    threshold = content.engine.panel.near_duplicate
    planner.add_queue(queue)
    if fmt.id.value == "projective":
        planner.fill_projective()
        planner.dedupe(similarity, threshold)
        return planner.ordered(), planner.notes
    planner.add_openings()
    planner.add_application_families()
    planner.add_tailored()
    planner.add_minimums()
    planner.fill()
    planner.dedupe(similarity, threshold)
    return planner.ordered(), planner.notes
