"""What may give an interviewer pause: concerns ranked by severity, each with a drafted answer plan."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from poise.content.schema import ConcernTemplate
from poise.fit.distance import NEAR_KM, distance_km
from poise.fit.job_reader import JobProfile, Requirement
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import NONE, PARTIAL, STRONG, Match, Similarity, Verdict
from poise.fit.quantities import money
from poise.fit.resume_reader import ResumeLine, ResumeProfile, Role

HIGH = 70
MEDIUM = 50
SHORT_TENURE_MONTHS = 24
"""A finished stint of two years or less is short; two of them are a pattern a recruiter asks about."""
GAP_MONTHS = 6
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PAST_IRREGULAR = frozenset({
    "led", "ran", "built", "grew", "cut", "won", "set", "drove", "took", "made", "brought", "oversaw",
    "wrote", "taught", "began", "kept", "sold", "spent", "held", "found", "rebuilt", "undertook",
    "chose", "gave", "put", "saw", "met", "shut", "split", "lost", "rewrote", "became", "hit",
})
IRREGULAR_PAST = {
    "lead": "led", "run": "ran", "build": "built", "oversee": "oversaw", "drive": "drove",
    "set": "set", "head": "headed",
}
"""Past forms of the present verbs below that do not take -ed."""
PRESENT_VERBS = frozenset({
    "lead", "run", "manage", "own", "build", "oversee", "direct", "drive", "deliver", "head",
    "coordinate", "develop", "design", "negotiate", "launch", "supervise", "coach", "hire",
    "report", "plan", "set", "chair", "advise", "support", "handle", "present", "create",
})


def severity_of(score: float) -> str:
    """high (>= 70), medium (>= 50) or low."""
    if score >= HIGH:
        return "high"
    if score >= MEDIUM:
        return "medium"
    return "low"


@dataclass(frozen=True)
class AnswerPlan:
    """Acknowledge → transferable evidence → a concrete, time-bound step → check back."""

    acknowledge: str
    evidence: str
    plan: str
    check_back: str

    def draft(self) -> str:
        """The four parts as one answer, ready to say."""
        return " ".join(part.strip() for part in (self.acknowledge, self.evidence, self.plan,
                                                    self.check_back) if part.strip())

    def to_dict(self) -> dict[str, str]:
        return {
            "acknowledge": self.acknowledge,
            "evidence": self.evidence,
            "plan": self.plan,
            "check_back": self.check_back,
        }


@dataclass(frozen=True)
class Concern:
    """One thing likely to give the interviewer pause, why, and how to answer it."""

    id: str
    kind: str
    title: str
    why: str
    severity: str
    score: float
    evidence: tuple[str, ...]
    answer_plan: AnswerPlan
    question: str
    """The concern as an interviewer would raise it; the rubric judges answers against it."""
    requirement_id: str | None = None
    requirement_kind: str | None = None

    @property
    def why_question(self) -> str:
        """The interviewer's question the answer plan replies to."""
        return self.question

    @property
    def draft(self) -> str:
        """The answer plan as one answer."""
        return self.answer_plan.draft()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "why": self.why,
            "severity": self.severity,
            "score": round(self.score, 1),
            "evidence": list(self.evidence),
            "answer_plan": self.answer_plan.to_dict(),
            "draft": self.draft,
            "question": self.question,
            "requirement_id": self.requirement_id,
            "requirement_kind": self.requirement_kind,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Concern:
        """A concern read back from its JSON (a stored fit)."""
        plan = data.get("answer_plan") or {}
        return cls(
            id=str(data["id"]),
            kind=str(data["kind"]),
            title=str(data.get("title", "")),
            why=str(data.get("why", "")),
            severity=str(data.get("severity", "medium")),
            score=float(data.get("score", 50)),
            evidence=tuple(data.get("evidence") or ()),
            answer_plan=AnswerPlan(
                acknowledge=str(plan.get("acknowledge", "")),
                evidence=str(plan.get("evidence", "")),
                plan=str(plan.get("plan", "")),
                check_back=str(plan.get("check_back", "")),
            ),
            question=str(data.get("question") or data.get("why") or data.get("title", "")),
            requirement_id=data.get("requirement_id"),
            requirement_kind=data.get("requirement_kind"),
        )


@dataclass
class _Draft:
    """A concern before merging and wording: its kind, score and the facts its templates need."""

    kind: str
    key: str
    score: float
    values: dict[str, str]
    job_line: str = ""
    resume_line: ResumeLine | None = None
    support: ResumeLine | None = None
    requirement: Requirement | None = None
    plan_step: str = ""
    quotes: list[str] = field(default_factory=list)
    parts: dict[str, tuple[float, str]] = field(default_factory=dict)
    """Scope concerns: what grows (team, budget, pnl, level) → (size asked, how to say it)."""
    variant: str = ""
    """A named wording of the kind in concerns.yaml (``variants``), e.g. a career break."""


class _Values(dict[str, str]):
    """Template values; a name with no value reads as an empty string."""

    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True, eq=False)
class _Context:
    job: JobProfile
    resume: ResumeProfile
    sim: Similarity
    patterns: FitPatterns

    def template(self, kind: str) -> ConcernTemplate:
        return self.patterns.content.template(kind)


def predict_concerns(
    job: JobProfile,
    resume: ResumeProfile,
    matches: tuple[Match, ...],
    sim: Similarity,
    patterns: FitPatterns,
) -> tuple[Concern, ...]:
    """Concerns from unmet requirements and from résumé patterns, most severe first."""
    context = _Context(job, resume, sim, patterns)
    drafts: list[_Draft] = []
    by_id = {match.requirement_id: match for match in matches}
    for requirement in job.requirements:
        match = by_id.get(requirement.id)
        if match is not None:
            drafts.extend(_from_requirement(requirement, match, context))
    for maker in (_industry_switch, _short_tenures, _employment_gap, _level_step_up, _location):
        made = maker(context)
        if made is not None:
            drafts.append(made)
    merged = _merge(drafts)
    concerns = [_word(draft, context) for draft in merged]
    concerns.sort(key=lambda concern: (-concern.score, concern.id))
    return tuple(concerns)


# --- Concerns from requirements ------------------------------------------------------------------


def _from_requirement(requirement: Requirement, match: Match, context: _Context) -> list[_Draft]:
    drafts: list[_Draft] = []
    if requirement.section == "nice" or (not requirement.must and requirement.section != "duties"):
        # A nice-to-have the résumé lacks is no reason for pause; one it shows at a lower level
        # than named (a lower rung, a weaker language level) is, mildly: it names the bar.
        for verdict in match.verdicts:
            made = _level_below(requirement, verdict, context)
            if made is not None:
                made.score -= NICE_LEVEL_PENALTY
                drafts.append(made)
        return drafts
    specific = [verdict for verdict in match.verdicts if verdict.kind != "other"]
    if not specific:
        trait = any_match(context.patterns.traits, requirement.text) is not None
        # A duty the résumé does not echo is a topic to prepare, not a missing must-have: only a
        # line stated as a requirement raises one.
        stated = requirement.section in ("must", "unknown") and not any_match(
            context.patterns.evidence.get("relocation", ()), requirement.text)  # see _location
        if (requirement.must and stated and match.strength == NONE and requirement.kind == "other"
                and not trait):
            draft = _missing(requirement, None, context, penalty=12)
            drafts.append(draft)
        return drafts
    for verdict in specific:
        made = _from_verdict(requirement, verdict, context)
        if made is not None:
            drafts.append(made)
    return drafts


NICE_LEVEL_PENALTY = 10
"""How far a level gap on a nice-to-have ranks below the same gap on a must-have."""


def _level_below(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft | None:
    """A certification or language shown at a lower level than the line names, else None."""
    if verdict.strength != PARTIAL:
        return None
    if verdict.kind == "certification" and "|" in verdict.detail:
        return _certification_level(requirement, verdict, context)
    if verdict.kind == "languages" and verdict.detail.count("|") == 2:
        return _language_level(requirement, verdict, context)
    if verdict.kind == "tools" and verdict.detail.count("|") == 2 and verdict.detail.split("|")[1]:
        return _tool(requirement, verdict, context)  # another platform, or only a pilot of it
    return None


def _certification_level(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    wanted, have = verdict.detail.split("|", 1)
    draft = _simple("certification_level", requirement, verdict, context)
    draft.values.update({"cert": wanted, "cert_have": have})
    # The result closest to what the certificate is for ("9 Green Belt projects, cycle time down
    # 22%"), not whichever line comes first.
    draft.support = (_support(requirement, context, where=_measured_bullet)
                     or _best_achievement(context, recent=True) or draft.support)
    draft.key = "certification_level." + re.sub(r"[^a-z0-9]+", "_", wanted.lower()).strip("_")
    return draft


def _language_level(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    language, have, wanted = verdict.detail.split("|")
    draft = _simple("language_level", requirement, verdict, context)
    draft.values.update({"language": language, "language_have": have, "language_wanted": wanted})
    draft.support = _best_achievement(context, recent=True) or draft.support
    draft.key = f"language_level.{language.lower()}"
    return draft


def _from_verdict(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft | None:
    kind = verdict.kind
    must = requirement.must
    if kind == "certification" and verdict.strength == PARTIAL and "|" in verdict.detail:
        if not must:
            return None
        return _certification_level(requirement, verdict, context)
    if kind in ("years_experience", "certification", "change_management", "stage", "education",
                "development"):
        if verdict.strength == NONE and must:
            return _missing(requirement, verdict, context)
        return None
    if kind == "languages":
        if verdict.strength == PARTIAL and verdict.detail.count("|") == 2:
            return _language_level(requirement, verdict, context) if must else None
        if verdict.strength != STRONG and must:
            return _missing(requirement, verdict, context)
        return None
    if kind == "outsourcing":
        if verdict.strength == NONE and (must or requirement.section == "duties"):
            return _simple("outsourcing_vendor", requirement, verdict, context)
        return None
    if kind == "savings":
        if verdict.strength != STRONG and (must or requirement.section == "duties"):
            asked, _, have = verdict.detail.partition("|")
            if not asked:
                return None
            draft = _simple("savings_target", requirement, verdict, context)
            draft.values.update({"saving_asked": asked, "saving_have": have or "no sized saving"})
            return draft
        return None
    if kind == "regulation":
        if verdict.strength == NONE and (must or requirement.section == "duties"):
            return _regulation_switch(requirement, verdict, context)
        return None
    if kind == "stakeholders" and verdict.detail == "elected members":
        if verdict.strength == NONE:
            return _elected_members(requirement, verdict, context)
        return None
    if kind in ("scope_team", "scope_budget", "scope_pnl"):
        unmet = verdict.strength == NONE or verdict.short or (
            kind == "scope_pnl" and verdict.strength == PARTIAL)
        if unmet and (must or requirement.section == "duties"):
            return _scope(requirement, verdict, context)
        return None
    if kind == "leadership":
        if verdict.strength == NONE or verdict.short:
            return _simple("no_leading_leaders", requirement, verdict, context)
        return None
    if kind == "stakeholders":
        if verdict.strength != STRONG:
            return _simple("no_board_exposure", requirement, verdict, context)
        return None
    if kind == "geography":
        if verdict.strength != STRONG:
            draft = _simple("domestic_only", requirement, verdict, context)
            draft.values["home_market"] = verdict.detail if verdict.detail != "one country" else (
                "a single country")
            return draft
        return None
    if kind == "tools":
        if verdict.strength != STRONG and (must or requirement.section == "duties"):
            return _tool(requirement, verdict, context)
        return None
    if kind == "domain":
        if verdict.strength == NONE and must:
            return _domain(requirement, verdict, context)
        return None
    return None


def _base(kind: str, requirement: Requirement | None, context: _Context, *, penalty: float = 0) -> float:
    template = context.template(kind)
    score = float(template.score) - penalty
    if requirement is not None and requirement.must:
        score += template.must_bonus
    if requirement is not None and requirement.section == "must":
        score += 1  # stated in the requirements list, not only implied by a duty
    return score


def _support(requirement: Requirement | None, context: _Context,
             where: Callable[[ResumeLine], bool] | None = None) -> ResumeLine | None:
    """The résumé line most related to a requirement, from a role if possible."""
    if requirement is None:
        return None

    def in_role(item: ResumeLine) -> bool:
        return item.role is not None and item.bullet and (where is None or where(item))

    def in_any_role(item: ResumeLine) -> bool:
        return item.role is not None and (where is None or where(item))

    for condition in (in_role, in_any_role, where):
        line, _ = context.sim.best(requirement.id, where=condition)
        if line is not None:
            return line
    return None


def _missing(
    requirement: Requirement, verdict: Verdict | None, context: _Context, *, penalty: float = 0
) -> _Draft:
    kind = verdict.kind if verdict is not None else "other"
    plans = context.patterns.content.concerns.plans
    values = _Values()
    topic = _topic(requirement, verdict)
    values["topic"] = topic
    if kind == "certification" and verdict is not None:
        values["cert"] = verdict.detail or "the certification"
    if kind == "languages" and verdict is not None:
        values["language"] = verdict.detail or "the language"
    support = _support(requirement, context)
    resume_line = support
    if verdict is not None and verdict.line is not None and verdict.kind != "years_experience":
        resume_line = context.resume.line(verdict.line)
    score = _base("missing_must_have", requirement, context, penalty=penalty)
    if kind in ("certification", "years_experience", "languages"):
        score += 4
    key = f"missing_must_have.{requirement.id}"
    if kind in ("change_management", "stage", "years_experience", "languages"):
        key = f"missing_must_have.{kind}"
    elif kind == "certification" and verdict is not None and verdict.detail:
        key = "missing_must_have." + re.sub(r"[^a-z0-9]+", "_", verdict.detail.lower()).strip("_")
    return _Draft(
        kind="missing_must_have",
        key=key,
        score=score,
        values=values,
        job_line=requirement.text,
        resume_line=resume_line,
        support=support,
        requirement=requirement,
        plan_step=plans.get(kind) or plans["other"],
    )


def _topic(requirement: Requirement, verdict: Verdict | None) -> str:
    kind = verdict.kind if verdict is not None else "other"
    if kind == "certification" and verdict is not None and _names_a_certificate(verdict.detail):
        return f"the {verdict.detail} qualification"
    if kind == "years_experience" and verdict is not None and verdict.detail:
        return f"the {verdict.detail}+ years of experience the role asks for"
    if kind == "languages" and verdict is not None and verdict.detail:
        return f"working {verdict.detail}"
    if kind == "change_management":
        return "formal change-management experience"
    if kind == "stage" and verdict is not None:
        return f"{verdict.detail} experience"
    return f'"{_short(requirement.text)}"'


def _names_a_certificate(detail: str | None) -> bool:
    """True for a certificate's name (PRINCE2, CIPD Level 7, Black Belt, ACCA): a capital or a
    digit in it. A cue word left as the detail ("qualified", "certified") names nothing, and the
    requirement's own words are used instead."""
    return bool(detail) and any(char.isupper() or char.isdigit() for char in str(detail))


def _short(text: str, limit: int = 70) -> str:
    text = text.rstrip(".;:")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _simple(kind: str, requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    resume_line = context.resume.line(verdict.line) if verdict.line is not None else None
    support = resume_line
    if kind == "no_leading_leaders":
        support = resume_line or _largest_team_line(context)
        resume_line = _largest_team_line(context) or resume_line
    elif kind == "no_board_exposure":
        support = resume_line or _first(context, context.patterns.evidence["board_adjacent"])
    elif kind == "domestic_only":
        support = _first(context, (re.compile(
            r"\b(?:suppliers?|vendors?|partners?|remote|distributed|offshore|import|export|"
            r"languages?|visitors|relocat)", re.I),))
    if support is None:
        support = _support(requirement, context)
    score = _base(kind, requirement, context)
    if requirement.section == "nice" and not requirement.must:
        score -= 10
    return _Draft(
        kind=kind,
        key=kind,
        score=score,
        values=_Values(),
        job_line=requirement.text,
        resume_line=resume_line or support,
        support=support,
        requirement=requirement,
    )


def _scope(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    plans = context.patterns.content.concerns.scope_plans
    resume = context.resume
    values = _Values()
    biggest_team = max(resume.team_sizes, key=lambda item: item.value, default=None)
    biggest_budget = max(resume.budgets, key=lambda item: item.value, default=None)
    score = _base("scope_step_up", requirement, context)
    parts: dict[str, tuple[float, str]] = {}
    if verdict.kind == "scope_team":
        need = requirement.numbers.get("team")
        have = biggest_team.value if biggest_team else None
        if need and have:
            parts["team"] = (need, f"team of {have:.0f} → {need:.0f}")
            score += min(15.0, 5.0 * need / have)
        elif need:
            parts["team"] = (need, f"no stated team size → {need:.0f} people")
        else:
            parts["team"] = (0.0, "a larger team than the résumé shows")
        values["scope_from"] = f"a team of {have:.0f}" if have else "the teams I have led"
        plan = plans["team"]
        line = resume.line(biggest_team.line) if biggest_team else None
    elif verdict.kind == "scope_budget":
        need = requirement.numbers.get("budget")
        have = biggest_budget.value if biggest_budget else None
        if need and have:
            parts["budget"] = (need, f"budget {money(have)} → {money(need)}")
            score += min(15.0, 4.0 * need / have)
        elif need:
            parts["budget"] = (need, f"first budget of this size ({money(need)})")
        else:
            parts["budget"] = (0.0, "first budget responsibility")
        values["scope_from"] = f"a budget of {money(have)}" if have else "the budgets I have run"
        plan = plans["budget"]
        line = resume.line(biggest_budget.line) if biggest_budget else None
    elif verdict.strength == PARTIAL and verdict.missing.startswith("a P&L of"):
        # "a P&L of 48M shown; 95M asked": a bigger P&L, not a first one.
        shown, _, asked = verdict.missing.partition(" shown; ")
        parts["pnl"] = (1.0, f"P&L {shown.removeprefix('a P&L of ')} → {asked.removesuffix(' asked')}")
        values["scope_from"] = shown
        plan = plans["pnl"]
        line = resume.line(verdict.line) if verdict.line is not None else None
    else:
        parts["pnl"] = (1.0, "first P&L ownership")
        values["scope_from"] = (f"running a {money(biggest_budget.value)} budget" if biggest_budget
                                else "cost and budget work")
        plan = plans["pnl"]
        line = resume.line(biggest_budget.line) if biggest_budget else None
        score += 6
    if line is None and verdict.line is not None:
        line = resume.line(verdict.line)
    support = line or _support(requirement, context)
    return _Draft(
        parts=parts,
        kind="scope_step_up",
        key="scope_step_up",
        score=score,
        values=values,
        job_line=requirement.text,
        resume_line=line or support,
        support=support,
        requirement=requirement,
        plan_step=plan,
    )


def _tool(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    required, have, category = [*verdict.detail.split("|"), "", "", ""][:3]
    categories = context.patterns.content.lexicons.tool_categories
    values = _Values()
    values["tool_required"] = required or "the platform"
    values["category"] = categories.get(category, "core")
    if have:
        values["tool_have_title"] = f"résumé shows {have}"
        values["tool_have_phrase"] = have
    else:
        values["tool_have_title"] = "not on the résumé"
        values["tool_have_phrase"] = f"no {required} experience"
    resume_line = context.resume.line(verdict.line) if verdict.line is not None else None
    support = resume_line or _support(requirement, context)
    score = _base("tool_mismatch", requirement, context) + (4 if have else 0)
    return _Draft(
        kind="tool_mismatch",
        key="tool_mismatch",
        score=score,
        values=values,
        job_line=requirement.text,
        resume_line=resume_line or support,
        support=support,
        requirement=requirement,
    )


def _regulation_switch(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    """A move under a regulator the candidate has not worked with: a sector switch."""
    values = _Values()
    values["switch_kind"] = "Regulation switch"
    values["switch_to"] = verdict.detail or "a regulated sector"
    values["switch_from"] = _resume_industry_name(context) or "other sectors"
    support = _support(requirement, context)
    return _Draft(
        kind="industry_switch",
        key="industry_switch",
        score=_base("industry_switch", requirement, context),
        values=values,
        job_line=requirement.text,
        resume_line=support,
        support=support,
        requirement=requirement,
    )


def _elected_members(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    """Advising politicians is a move into the public sector's way of working."""
    values = _Values()
    values["switch_kind"] = "Public-sector switch"
    values["switch_to"] = "work with elected members"
    values["switch_from"] = _resume_industry_name(context) or "a non-political setting"
    support = _support(requirement, context)
    line = context.resume.line(verdict.line) if verdict.line is not None else support
    return _Draft(
        kind="industry_switch",
        key="industry_switch",  # one sector switch per fit: it merges with the others
        score=_base("industry_switch", requirement, context),
        values=values,
        job_line=requirement.text,
        resume_line=line,
        support=support,
        requirement=requirement,
    )


def _domain(requirement: Requirement, verdict: Verdict, context: _Context) -> _Draft:
    resume = context.resume
    values = _Values()
    values["switch_kind"] = "Industry switch"
    values["switch_to"] = verdict.detail or "this industry"
    values["switch_from"] = _resume_industry_name(context) or "other sectors"
    support = _support(requirement, context)
    first_quote = resume.industry_quotes.get(resume.industries[0][0]) if resume.industries else None
    line = _line_with_text(resume, first_quote) if first_quote else support
    return _Draft(
        kind="industry_switch",
        key="industry_switch",
        score=_base("industry_switch", requirement, context) + 5,
        values=values,
        job_line=requirement.text,
        resume_line=line,
        support=support,
        requirement=requirement,
    )


# --- Concerns from résumé patterns ----------------------------------------------------------------


def _industry_switch(context: _Context) -> _Draft | None:
    job, resume, patterns = context.job, context.resume, context.patterns
    names = {matcher.industry.id: matcher.industry.name for matcher in patterns.industries}
    have = patterns.related_to(_worked_in(resume))
    values = _Values()
    job_line = ""
    score = float(context.template("industry_switch").score)
    if job.industries and have:
        top, count = job.industries[0]
        runner_up = job.industries[1][1] if len(job.industries) > 1 else 0
        if count >= 2 and count > runner_up and top not in have:
            values["switch_kind"] = "Industry switch"
            values["switch_to"] = names.get(top, top)
            values["switch_from"] = _resume_industry_name(context) or "other sectors"
            job_line = job.industry_quotes.get(top, "")
            score += min(10.0, 2.0 * (count - 2))
    if not job_line and job.model and resume.models and job.model not in resume.models:
        values["switch_kind"] = "Business-model switch"
        values["switch_to"] = job.model.upper()
        values["switch_from"] = resume.models[0].upper()
        job_line = job.model_quote
    if not job_line:
        return None
    quote = resume.industry_quotes.get(resume.industries[0][0]) if resume.industries else None
    if values["switch_kind"] == "Business-model switch":
        quote = resume.model_quotes.get(resume.models[0], quote)
    line = _line_with_text(resume, quote) if quote else None
    support = _best_achievement(context, recent=True)
    return _Draft(
        kind="industry_switch",
        key="industry_switch",
        score=score,
        values=values,
        job_line=job_line,
        resume_line=line,
        support=support,
    )


def _worked_in(resume: ResumeProfile) -> set[str]:
    """The sectors a career was spent in: those the résumé names at least twice; when none is
    named twice, every one it names (a single passing mention beside a main sector, such as a
    hotel manager's one hospital client, is not a career in that sector)."""
    repeated = {industry for industry, count in resume.industries if count >= 2}
    return repeated or {industry for industry, _ in resume.industries}


def _resume_industry_name(context: _Context) -> str:
    names = {matcher.industry.id: matcher.industry.name for matcher in context.patterns.industries}
    if not context.resume.industries:
        return ""
    return names.get(context.resume.industries[0][0], context.resume.industries[0][0])


@dataclass(frozen=True)
class _Stint:
    employer: str
    roles: tuple[Role, ...]
    months: int
    current: bool
    by_design: bool


def _stints(resume: ResumeProfile) -> list[_Stint]:
    """Consecutive roles at one employer joined into one stint (a promotion is not a move)."""
    ordered = sorted((role for role in resume.roles if role.start is not None),
                     key=lambda role: role.start_min or 0)
    stints: list[_Stint] = []
    for role in ordered:
        name = _employer_key(role.employer)
        if stints and name and _employer_key(stints[-1].employer) == name:
            last = stints.pop()
            start = min(r.start_min or 0 for r in (*last.roles, role))
            end = max((r.start_min or 0) + r.months - 1 for r in (*last.roles, role))
            stints.append(_Stint(last.employer, (*last.roles, role), end - start + 1,
                                 last.current or role.current, last.by_design and role.short_by_design))
            continue
        stints.append(_Stint(role.employer, (role,), role.months, role.current, role.short_by_design))
    return stints


def _employer_key(name: str) -> str:
    key = re.sub(r"\b(?:ltd|limited|inc|gmbh|sa|sas|plc|llc|bv|ag|group|the)\b\.?", "", name.lower())
    return re.sub(r"[^a-z0-9]+", " ", key).strip()


def _short_tenures(context: _Context) -> _Draft | None:
    short = []
    for stint in _stints(context.resume):
        if stint.current or stint.by_design:
            continue
        if stint.months <= SHORT_TENURE_MONTHS:
            short.append(stint)
    if len(short) < 2:
        return None
    described = []
    for stint in short:
        role = stint.roles[-1]
        who = f"{role.title} at {stint.employer}" if role.title and stint.employer else (
            role.title or stint.employer or "a role")
        described.append(f"{who} ({stint.months} months)")
    values = _Values()
    values["count"] = str(len(short))
    values["tenure_list"] = _join(described)
    score = float(context.template("short_tenures").score) + 8 * (len(short) - 2)
    ended = [stint for stint in _stints(context.resume) if not stint.current]
    if ended and ended[-1] in short:
        score += 6
    longest = max(_stints(context.resume), key=lambda stint: stint.months, default=None)
    support = _role_achievement(context, longest.roles[-1]) if longest else None
    first = _header_line(context.resume, short[-1].roles[-1])
    return _Draft(
        kind="short_tenures",
        key="short_tenures",
        score=score,
        values=values,
        resume_line=first,
        support=support,
        quotes=[_header_line(context.resume, stint.roles[-1]).text for stint in short],
    )


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _employment_gap(context: _Context) -> _Draft | None:
    resume = context.resume
    jobs = sorted((role for role in resume.roles if role.start is not None),
                  key=lambda role: role.start_min or 0)
    if not jobs:
        return None
    gaps: list[tuple[int, int, Role]] = []
    reach = jobs[0]
    reach_end = _end_max(jobs[0], resume.today)
    for role in jobs[1:]:
        start = role.start_min or 0
        if start - reach_end - 1 > GAP_MONTHS:
            gaps.append((reach_end + 1, start - 1, reach))
        if _end_max(role, resume.today) >= reach_end:
            reach, reach_end = role, _end_max(role, resume.today)
    if not any(role.current for role in jobs) and resume.today - reach_end - 1 > GAP_MONTHS:
        gaps.append((reach_end + 1, resume.today, reach))
    unexplained = [gap for gap in gaps if not _explained(gap[0], gap[1], context)]
    if not unexplained:
        return _career_break(context)
    start, end, before = max(unexplained, key=lambda gap: gap[1] - gap[0])
    months = end - start + 1
    values = _Values()
    values["gap_months"] = str(months)
    until = "now" if end >= resume.today else _month_name(end + 1)
    values["gap_period"] = f"{_month_name(start - 1)} and {until}"
    score = float(context.template("employment_gap").score) + min(20.0, months / 2)
    before_line = _header_line(resume, before)
    return _Draft(
        kind="employment_gap",
        key="employment_gap",
        score=score,
        values=values,
        resume_line=before_line,
        support=_role_achievement(context, before),
    )


def _career_break(context: _Context) -> _Draft | None:
    """A break the résumé explains: a gentle concern with a kind answer plan, never a penalty."""
    resume = context.resume
    protected = context.patterns.evidence.get("protected_leave", ())
    breaks = [period for period in resume.periods
              if period.kind == "break" and period.end - period.start + 1 >= GAP_MONTHS
              and not any_match(protected, period.quote)]
    if not breaks:
        return None
    period = max(breaks, key=lambda item: item.end - item.start)
    months = period.end - period.start + 1
    values = _Values()
    values["gap_months"] = str(months)
    until = "now" if period.end >= resume.today else _month_name(period.end)
    values["gap_period"] = f"{_month_name(period.start)} and {until}"
    line = _line_with_text(resume, period.quote)
    earlier = [role for role in resume.roles if (role.end_max or resume.today) <= period.start + 1]
    support = _role_achievement(context, earlier[0]) if earlier else None
    return _Draft(
        kind="employment_gap",
        key="employment_gap",
        score=float(context.template("employment_gap").score) - 10,
        values=values,
        resume_line=line,
        support=support,
        variant="career_break",
    )


def _location(context: _Context) -> _Draft | None:
    """A job that asks the candidate to be based somewhere the résumé does not place them."""
    relocation = context.patterns.evidence.get("relocation", ())
    home = context.resume.location
    if not relocation or not home:
        return None
    for requirement in context.job.requirements:
        if not any_match(relocation, requirement.text):
            continue
        place = _place_in(requirement.text, context)
        if not place or _same_place(place, home):
            continue
        values = _Values()
        values["job_location"] = place
        values["resume_location"] = home
        support = _first(context, (re.compile(r"\brelocat|\bmoved to\b", re.I),))
        return _Draft(
            kind="location",
            key="location",
            score=_base("location", requirement, context),
            values=values,
            job_line=requirement.text,
            resume_line=support,
            support=support,
            requirement=requirement,
        )
    return _labelled_location(context)


def _labelled_location(context: _Context) -> _Draft | None:
    """A job labelled with a place the résumé's address does not share: a milder concern, as
    the advert states where the work is but does not ask for a move."""
    place, home = context.job.location, context.resume.location
    if not place or not home or _same_place(place, home):
        return None
    if re.search(r"(?i)\b(?:remote|anywhere|home[- ]based)\b", place):
        return None
    if distance_km(place, home) is None and re.search(r"(?i)\b(?:hybrid|flexible)\b", place):
        return None  # a hybrid post near a place the gazetteer cannot measure: no move assumed
    values = _Values()
    values["job_location"] = re.split(r"\s*[(/|]", place)[0].strip()
    values["resume_location"] = home
    support = _first(context, (re.compile(r"\brelocat|\bmoved to\b", re.I),))
    return _Draft(
        kind="location",
        key="location",
        score=float(context.template("location").score) - 8,
        values=values,
        job_line=f"Location: {place}",
        resume_line=support,
        support=support,
    )


def _place_in(text: str, context: _Context) -> str:
    """The place a job line names: a country from the lexicon, else spaCy's place entity."""
    country = context.patterns.countries.search(text)
    from poise.analysis.nlp import spacy_pipeline

    # The small model often tags a city as an organisation: the capitalised name after a
    # preposition of place ("relocate to the Stuttgart area", "residence in Île-de-France").
    named = re.search(r"\b(?:to|in|near|within|around|of)\s+(?:the\s+)?((?:[^\W\d_a-z][\w-]+)"
                      r"(?:[ -][^\W\d_a-z][\w-]+)*)", text)
    doc = spacy_pipeline(entities=True)(text)
    for entity in doc.ents:
        if entity.label_ in ("GPE", "LOC"):
            if named and entity.text in named.group(1):
                return named.group(1)
            return entity.text
    if country:
        return country.group(0)
    return named.group(1) if named else ""


def _same_place(place: str, home: str) -> bool:
    """True when the two are one commuting area (GeoNames towns within ``NEAR_KM``), or, for a
    place the gazetteer does not know, when either names the other ("Stuttgart" in
    "Stuttgart-Feuerbach", "Austin, TX")."""
    apart = distance_km(place, home)
    if apart is not None:
        return apart <= NEAR_KM
    wanted = {word.lower() for word in re.findall(r"[^\W\d_]{3,}", place)}
    have = {word.lower() for word in re.findall(r"[^\W\d_]{3,}", home)}
    return bool(wanted & have)


def _header_line(resume: ResumeProfile, role: Role) -> ResumeLine:
    """The line that names a role (its title or employer), else its date line."""
    for index in role.lines:
        item = resume.line(index)
        if not item.bullet and item.index != role.line and len(item.text.split()) >= 2:
            return ResumeLine(item.index, f"{item.text} ({resume.line(role.line).text})", item.section,
                              False, item.role) if not _has_dates(item.text) else item
        if item.index == role.line:
            break
    return resume.line(role.line)


def _has_dates(text: str) -> bool:
    return re.search(r"\b(?:19|20)\d\d\b", text) is not None


def _end_max(role: Role, today: int) -> int:
    if role.current or role.end is None:
        return today
    return role.end_max if role.end_max is not None else today


def _month_name(index: int) -> str:
    return f"{MONTH_NAMES[index % 12]} {index // 12}"


def _explained(start: int, end: int, context: _Context) -> bool:
    length = end - start + 1
    for period in context.resume.periods:
        overlap = min(end, period.end) - max(start, period.start) + 1
        if overlap >= max(1, length // 2):
            return True
    years = set(range(start // 12, end // 12 + 1))
    for item in context.resume.lines:
        if any_match(context.patterns.evidence["gap_explained"], item.text):
            mentioned = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", item.text)}
            if mentioned & years or not mentioned:
                return True
    return False


def _level_step_up(context: _Context) -> _Draft | None:
    order = {"manager": 0, "director": 1, "executive": 2}
    job_level, have = context.job.level, context.resume.level
    if have is None or order.get(job_level, 0) - order.get(have, 0) < 2:
        return None
    values = _Values()
    article = "an" if job_level[:1] in "aeiou" else "a"
    values["scope_from"] = f"{have}-level roles"
    latest = max(context.resume.roles, key=lambda role: role.start_min or 0)
    line = context.resume.line(latest.line)
    return _Draft(
        parts={"level": (1.0, f"{have}-level roles → {article} {job_level} role")},
        kind="scope_step_up",
        key="scope_step_up",
        score=float(context.template("scope_step_up").score) + 6,
        values=values,
        job_line=context.job.title,
        resume_line=line,
        support=_best_achievement(context, recent=True),
        plan_step=context.patterns.content.concerns.scope_plans["level"],
    )


# --- Merging and wording ------------------------------------------------------------------------------


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One concern per key; the strongest draft wins and the others add their quotes."""
    kept: dict[str, _Draft] = {}
    order: list[str] = []
    for draft in drafts:
        current = kept.get(draft.key)
        if current is None:
            kept[draft.key] = draft
            order.append(draft.key)
            continue
        winner, loser = (draft, current) if draft.score > current.score else (current, draft)
        if draft.kind == "tool_mismatch" and current.kind == "tool_mismatch":
            tools = [winner.values["tool_required"], loser.values["tool_required"]]
            winner.values["tool_required"] = " and ".join(dict.fromkeys(t for t in tools if t))
        if draft.kind == "scope_step_up" and current.kind == "scope_step_up":
            parts = dict(loser.parts)
            for name, part in winner.parts.items():
                if name not in parts or part[0] >= parts[name][0]:
                    parts[name] = part
            if set(parts) != set(winner.parts):
                winner.score = max(winner.score, loser.score) + 4
            winner.parts = parts
        winner.quotes.extend(q for q in [loser.job_line, *loser.quotes] if q)
        kept[draft.key] = winner
    return [kept[key] for key in order]


def _word(draft: _Draft, context: _Context) -> Concern:
    template = context.template(draft.kind)
    values = _Values(draft.values)
    if draft.parts:
        order = ("team", "budget", "pnl", "level")
        values["scope_change"] = "; ".join(draft.parts[name][1] for name in order if name in draft.parts)
    values["job_line"] = draft.job_line
    values["resume_line"] = draft.resume_line.text if draft.resume_line else "nothing directly related"
    values["evidence_sentence"] = _evidence_sentence(draft.support, context)
    values["plan_step"] = draft.plan_step.format_map(values) if draft.plan_step else ""
    if not values["plan_step"]:
        values["plan_step"] = context.patterns.content.concerns.plans["other"].format_map(values)
    texts = template.wording(draft.variant)
    plan = AnswerPlan(
        acknowledge=texts["acknowledge"].format_map(values),
        evidence=texts["evidence"].format_map(values),
        plan=texts["plan"].format_map(values),
        check_back=texts["check_back"].format_map(values),
    )
    quotes = []
    for quote in [draft.job_line, values["resume_line"] if draft.resume_line else "", *draft.quotes]:
        if quote and quote not in quotes:
            quotes.append(quote)
    if draft.support is not None and draft.support.text not in quotes:
        quotes.append(draft.support.text)
    score = max(0.0, min(100.0, draft.score))
    requirement = draft.requirement
    return Concern(
        id=draft.key,
        kind=draft.kind,
        title=texts["title"].format_map(values),
        why=texts["why"].format_map(values),
        severity=severity_of(score),
        score=score,
        evidence=tuple(quotes),
        answer_plan=plan,
        question=texts["question"].format_map(values),
        requirement_id=requirement.id if requirement else None,
        requirement_kind=requirement.kind if requirement else None,
    )


def _evidence_sentence(line: ResumeLine | None, context: _Context) -> str:
    """A résumé line told in the first person, with where it happened. A line that is not an
    action or a remit (a title, dates, a company blurb, a tool list) is never pasted: the next
    measured result of the most recent roles is told instead, or a plain sentence when none
    can be."""
    candidates = [line, *_recent_results(context)]
    for candidate in dict.fromkeys(item for item in candidates if item is not None):
        told = _first_person(candidate, context)
        if told:
            return told
    return "I have done the underlying work in every role on my résumé."


MAX_CANDIDATES = 8
"""Résumé lines tried, newest role first, before the plain sentence is used."""


def _recent_results(context: _Context) -> list[ResumeLine]:
    """Bullets of the most recent roles, measured ones first within each role."""
    roles = sorted(context.resume.roles, key=lambda role: role.start_min or 0, reverse=True)
    found: list[ResumeLine] = []
    for role in roles:
        owned = [item for item in context.resume.lines if item.index in role.lines and item.bullet]
        found += sorted(owned, key=lambda item: not _measured_bullet(item))
        if len(found) >= MAX_CANDIDATES:
            break
    return found[:MAX_CANDIDATES]


# Nouns that name an action ("Leadership of 640 staff" is "I led 640 staff"): (present, past).
NOMINAL_ACTIONS = {
    "leadership": ("lead", "led"), "management": ("manage", "managed"),
    "implementation": ("implement", "implemented"), "command": ("command", "commanded"),
    "delivery": ("deliver", "delivered"), "introduction": ("introduce", "introduced"),
    "development": ("develop", "developed"), "ownership": ("own", "owned"),
    "supervision": ("supervise", "supervised"), "coordination": ("coordinate", "coordinated"),
    "direction": ("direct", "directed"), "oversight": ("oversee", "oversaw"),
    "creation": ("create", "created"), "negotiation": ("negotiate", "negotiated"),
    "launch": ("launch", "launched"), "rollout": ("roll out", "rolled out"),
    "roll-out": ("roll out", "rolled out"), "design": ("design", "designed"),
}
REMIT_RE = re.compile(r"^(?:(?:disciplinary|overall|full|sole|budget)\s+)?(?:responsib(?:le|ility)|"
                      r"accountab(?:le|ility))\s+for\s+(?P<rest>.+)$", re.IGNORECASE)
ROLE_NOUN_RE = re.compile(r"^(?P<what>(?:[\w-]+\s+){0,3}(?:user|owner|lead|sponsor|champion|"
                          r"manager|head))\s+(?:of|for)\s+(?P<rest>.+)$", re.IGNORECASE)
SCALE_RE = re.compile(r"^(?:\d|p&l\b|budget\b|turnover\b|revenue\b|headcount\b)", re.IGNORECASE)


def _remit_sentence(text: str, current: bool) -> str:
    """A noun-phrase bullet as a first-person clause ("" when it is not one Poise can restate):
    "Leadership of 45 staff" → "I lead 45 staff", "Responsibility for X" → "I am responsible
    for X", "Business owner of the upgrade" → "I was the business owner of the upgrade",
    "P&L of ₹140 crore" → "my remit covers a P&L of ₹140 crore"."""
    words = text.split()
    first = words[0].lower() if words else ""
    if first in NOMINAL_ACTIONS and len(words) > 2 and words[1].lower() in {"of", "for"}:
        present, past = NOMINAL_ACTIONS[first]
        return f"I {present if current else past} " + " ".join(words[2:])
    remit = REMIT_RE.match(text)
    if remit:
        kind = "accountable" if "accountab" in text[:30].lower() else "responsible"
        return f"I {'am' if current else 'was'} {kind} for {remit.group('rest')}"
    role_noun = ROLE_NOUN_RE.match(text)
    if role_noun:
        what = role_noun.group("what")
        return f"I {'am' if current else 'was'} the {what[:1].lower()}{what[1:]} " + text[len(what):].strip()
    if SCALE_RE.match(text):
        lead = text[:1].lower() + text[1:] if not text[:3].isupper() else text
        article = "a " if re.match(r"(?:p&l|budget|turnover|revenue)\b", lead, re.IGNORECASE) else ""
        return f"my remit {'covers' if current else 'covered'} {article}{lead}"
    return ""


def _first_person(line: ResumeLine, context: _Context) -> str:
    """The line as "at Employer, I led …" ("" when it does not open with an action verb)."""
    text = line.text.strip().lstrip("-•*· ").rstrip(" .;")
    words = text.split()
    first = words[0].lower() if words else ""
    past = first in PAST_IRREGULAR or (first.endswith("ed") and len(first) > 3)
    present = first in PRESENT_VERBS or (first.endswith("s") and first[:-1] in PRESENT_VERBS)
    role = context.resume.roles[line.role] if line.role is not None else None
    current = role is not None and role.current
    if not (past or present):
        base = _gerund_base(first)
        if base:  # "Leading 4 cluster managers": "I lead 4 cluster managers"
            words = [base, *words[1:]]
            first, present = base, True
        else:
            remit = _remit_sentence(text, current)
            if not remit:
                return ""
            employer = role.employer if role is not None and _plausible_employer(role.employer) else ""
            if employer:
                return f"at {employer}, {remit}."
            return f"in my current role, {remit}." if current else f"in my previous roles, {remit}."
    verb = first[:-1] if present and first.endswith("s") and first[:-1] in PRESENT_VERBS else first
    if len(words) > 2 and words[1].lower() == "of":  # "Support of month-end closing": a noun
        words = [words[0], *words[2:]]
    if present and not current:  # "Lead 95 engineers" under a role that has ended: "I led ..."
        verb = _past(verb)
    body = "I " + " ".join([verb, *words[1:]])
    employer = role.employer if role is not None and _plausible_employer(role.employer) else ""
    if employer:
        return f"at {employer}, {body}."
    return f"in my current role, {body}." if current else f"in my previous roles, {body}."


def _gerund_base(word: str) -> str:
    """The present verb of an -ing form of one of PRESENT_VERBS ("managing" → "manage",
    "running" → "run"), or ""."""
    if not word.endswith("ing"):
        return ""
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base in PRESENT_VERBS:
            return base
    return ""


def _past(verb: str) -> str:
    """The simple past of one of PRESENT_VERBS."""
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    if verb in {"plan"}:
        return verb + "ned"
    return verb + "ed"


def _plausible_employer(name: str) -> bool:
    """False for what a misread can leave as an employer: dates, several clauses, a long blurb,
    half of a bracket ("West (Maharashtra")."""
    cleaned = name.strip()
    return bool(cleaned) and len(cleaned.split()) <= 8 and not any(mark in cleaned for mark in ";·|") \
        and not DATE_LIKE.search(cleaned) and cleaned.count("(") == cleaned.count(")")


DATE_LIKE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d",
    re.IGNORECASE,
)
"""A year, or a month and a number: a date left where an employer's name should be."""


def _first(context: _Context, patterns: tuple[re.Pattern[str], ...]) -> ResumeLine | None:
    for item in context.resume.lines:
        if item.role is not None and any_match(patterns, item.text):
            return item
    return None


def _largest_team_line(context: _Context) -> ResumeLine | None:
    biggest = max(context.resume.team_sizes, key=lambda item: item.value, default=None)
    return context.resume.line(biggest.line) if biggest else None


def _line_with_text(resume: ResumeProfile, text: str | None) -> ResumeLine | None:
    for item in resume.lines:
        if item.text == text:
            return item
    return None


def _role_achievement(context: _Context, role: Role) -> ResumeLine | None:
    owned = [item for item in context.resume.lines if item.index in role.lines and item.bullet]
    for item in owned:
        if re.search(r"\d", item.text):
            return item
    return owned[0] if owned else None


def _measured_bullet(item: ResumeLine) -> bool:
    """A bullet with a figure in it: a result rather than a duty."""
    return item.bullet and any(char.isdigit() for char in item.text)


def _best_achievement(context: _Context, *, recent: bool) -> ResumeLine | None:
    roles = sorted(context.resume.roles, key=lambda role: role.start_min or 0, reverse=recent)
    for role in roles:
        found = _role_achievement(context, role)
        if found is not None:
            return found
    for item in context.resume.lines:
        if item.bullet:
            return item
    return None
