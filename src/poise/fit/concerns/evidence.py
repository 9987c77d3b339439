"""The résumé lines a concern quotes and argues from, and the base of every concern's score and draft."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.plan_subject import subject_step
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import Verdict
from poise.fit.resume_reader import ResumeLine, ResumeProfile, Role


def base_score(kind: str, requirement: Requirement | None, context: Context, *, penalty: float = 0) -> float:
    template = context.template(kind)
    score = float(template.score) - penalty
    if requirement is not None and requirement.must:
        score += template.must_bonus
    if requirement is not None and requirement.section == "must":
        score += 1  # stated in the requirements list, not only implied by a duty
    return score


def support_line(requirement: Requirement | None, context: Context,
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


def missing_draft(
    requirement: Requirement, verdict: Verdict | None, context: Context, *, penalty: float = 0
) -> Draft:
    kind = verdict.kind if verdict is not None else "other"
    plans = context.patterns.content.concerns.plans
    values = Values()
    topic = _topic(requirement, verdict, context.patterns.content.lexicons.credential_nouns)
    values["topic"] = topic
    if kind == "certification" and verdict is not None:
        # a cue word left as the detail ("qualified") names no award: said as "the qualification"
        values["cert"] = verdict.detail if _names_a_certificate(verdict.detail) else "the qualification"
    if kind == "languages" and verdict is not None:
        values["language"] = verdict.detail or "the language"
    support = support_line(requirement, context)
    resume_line = support
    if verdict is not None and verdict.line is not None and verdict.kind != "years_experience":
        resume_line = context.resume.line(verdict.line)
    plan_step = plans.get(kind) or ""
    if kind == "other" or not plan_step:
        # a requirement of no known kind: the step of what it is about, else the fallback
        plan_step = subject_step(requirement.text, context.patterns.content.concerns) or plans["other"]
    approval = context.patterns.content.concerns.approval_plan
    approved_by = bool(kind == "certification" and verdict is not None and approval
                       and approving_body(verdict.detail, requirement.text, context.patterns))
    long_plan = context.patterns.content.concerns.long_study_plan
    if approved_by and verdict is not None and approval:
        # "acceptance as a post holder by the NCAA": the body approves the holder of the post;
        # it is no qualification to enrol for
        values["topic"] = f"the {verdict.detail}'s acceptance"
        values["cert"] = verdict.detail
        plan_step = approval
    elif kind == "certification" and long_plan and long_study(
            values["cert"] if _names_a_certificate(values["cert"]) else requirement.text, context):
        plan_step = long_plan  # a degree or a chartered grade is enrolled in, not held in months
    score = base_score("missing_must_have", requirement, context, penalty=penalty)
    if kind in ("certification", "years_experience", "languages"):
        score += 4
    key = f"missing_must_have.{requirement.id}"
    if kind in ("change_management", "stage", "years_experience", "languages"):
        key = f"missing_must_have.{kind}"
    elif kind == "certification" and verdict is not None and verdict.detail and not approved_by:
        key = "missing_must_have." + re.sub(r"[^a-z0-9]+", "_", verdict.detail.lower()).strip("_")
    return Draft(
        kind="missing_must_have",
        key=key,
        score=score,
        values=values,
        job_line=requirement.text,
        resume_line=resume_line,
        support=support,
        requirement=requirement,
        plan_step=plan_step,
    )


def approving_body(detail: str | None, text: str, patterns: FitPatterns) -> bool:
    """True when ``detail`` (a name the certification check read) names, in the line ``text``,
    the body that approves the holder of the post ("previous acceptance as a post holder by the
    NCAA", "an NCAA-accepted post holder", "acceptable to the FCA"), not a certificate: read
    from the parse, the name hangs on a word of approval (``evidence.approval`` in cues.yaml)
    directly ("NCAA-accepted") or through "by" or "to" under one."""
    approval = patterns.evidence.get("approval", ())
    if not detail or not approval or detail not in text:
        return False
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    start = text.index(detail)
    span = doc.char_span(start, start + len(detail), alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if token.dep_ in ("npadvmod", "compound", "nmod") and any_match(approval, token.head.lower_):
        return True
    if token.dep_ != "pobj" or token.head.lower_ not in ("by", "to"):
        return False
    return any(any_match(approval, ancestor.lower_) for ancestor in token.head.ancestors)


@lru_cache(maxsize=4)
def _long_study_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def long_study(name: str, context: Context) -> bool:
    """True when ``name`` (a certificate's name, else the requirement's words) names a
    qualification of a year or more of study (content/fit/concerns.yaml, ``long_study``): a
    degree, an accountancy qualification, a chartered grade, a registration."""
    patterns = _long_study_patterns(tuple(context.patterns.content.concerns.long_study))
    return any(pattern.search(name) for pattern in patterns)


NOT_CLEARLY_RE = re.compile(r"^not clearly shown:\s*(?P<what>.+)$", re.IGNORECASE)
SHOWN_ASKED_RE = re.compile(r"^.+? shown; (?P<what>.+?) asked$")
PHRASE_NOT_SHOWN_RE = re.compile(r"^(?:(?P<what>\S+ \S+.*?|(?-i:[A-Z])\S*) not shown|no (?P<none>.+) shown)$",
                                 re.IGNORECASE)


def shown_gap(missing: str) -> str:
    """What a partial match lacks, to follow "shows part of it, …": "but not <the part>" when the
    map names one part ("not clearly shown: X", "A shown; B asked", "a budget of £5M not shown"),
    else "but not all of it" (the map lists only words, or says it in a sentence of its own)."""
    text = " ".join(missing.split()).rstrip(".")
    if re.search(r"\byou(?:r|'\w+|’\w+)?\b|[.!?]\s", text, re.IGNORECASE):
        return "but not all of it"  # the advert's own sentences ("You hire well. You can…")
    for pattern in (NOT_CLEARLY_RE, SHOWN_ASKED_RE):
        hit = pattern.match(text)
        if hit:
            return _but_not(hit.group("what"))
    hit = PHRASE_NOT_SHOWN_RE.match(text)
    what = hit and (hit.group("what") or hit.group("none"))
    if what and "," not in what:
        return _but_not(what)
    return "but not all of it"


CROSS_REFERENCE_RE = re.compile(r"^(?:see|as|cf\.?)\s+(?:below|above|attached|overleaf)\b", re.IGNORECASE)
COUNTED_AWARD_RE = re.compile(r"^(?:[A-Z][\w'’]*\s+){1,3}(?:degree|diploma|certificate|licen[cs]e)$")


def _but_not(what: str) -> str:
    """"but not <the part>", said as a noun phrase: a bare figure ("3": three what?) or a cross-
    reference ("see below") names no part and becomes "but not all of it"; a counted award named
    by a common noun takes its article ("but not a Bachelor's degree")."""
    what = what.strip()
    if not re.search(r"[A-Za-z]{2,}", what) or CROSS_REFERENCE_RE.match(what) or ";" in what:
        # "10 asked; about 0 years in management roles shown; 5": the map's notes run together
        return "but not all of it"
    if COUNTED_AWARD_RE.match(what):
        return f"but not a {what}"
    return f"but not {what}"


def _topic(requirement: Requirement, verdict: Verdict | None, documents: list[str]) -> str:
    kind = verdict.kind if verdict is not None else "other"
    if kind == "certification" and verdict is not None and _names_a_certificate(verdict.detail):
        if _names_a_document(verdict.detail, documents):
            return f"a {verdict.detail}"  # "a Class 1 medical certificate", no "qualification"
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


def _names_a_document(detail: str | None, documents: list[str]) -> bool:
    """True when ``detail`` closes with a document's noun (``credential_nouns`` in the fit
    lexicons: a licence, a certificate): the credential is named by the document itself."""
    last = str(detail or "").split()[-1:]
    return bool(last) and last[0].casefold() in {noun.casefold() for noun in documents}


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


def simple_draft(kind: str, requirement: Requirement, verdict: Verdict, context: Context) -> Draft:
    resume_line = context.resume.line(verdict.line) if verdict.line is not None else None
    support = resume_line
    if kind == "no_leading_leaders":
        support = resume_line or _largest_team_line(context)
        resume_line = _largest_team_line(context) or resume_line
    elif kind == "no_board_exposure":
        support = resume_line or first_line(context, context.patterns.evidence["board_adjacent"])
    elif kind == "domestic_only":
        support = first_line(context, (re.compile(
            r"\b(?:suppliers?|vendors?|partners?|remote|distributed|offshore|import|export|"
            r"languages?|visitors|relocat)", re.I),))
    if support is None:
        support = support_line(requirement, context)
    score = base_score(kind, requirement, context)
    if requirement.section == "nice" and not requirement.must:
        score -= 10
    return Draft(
        kind=kind,
        key=kind,
        score=score,
        values=Values(),
        job_line=requirement.text,
        resume_line=resume_line or support,
        support=support,
        requirement=requirement,
    )


def join_items(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def header_line(resume: ResumeProfile, role: Role) -> ResumeLine:
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


MAX_CANDIDATES = 8
"""Résumé lines tried, newest role first, before the plain sentence is used."""


def recent_results(context: Context) -> list[ResumeLine]:
    """Bullets of the most recent roles, measured ones first within each role."""
    roles = sorted(context.resume.roles, key=lambda role: role.start_min or 0, reverse=True)
    found: list[ResumeLine] = []
    for role in roles:
        owned = [item for item in context.resume.lines if item.index in role.lines and item.bullet]
        found += sorted(owned, key=lambda item: not measured_bullet(item))
        if len(found) >= MAX_CANDIDATES:
            break
    return found[:MAX_CANDIDATES]


def first_line(context: Context, patterns: tuple[re.Pattern[str], ...]) -> ResumeLine | None:
    for item in context.resume.lines:
        if item.role is not None and any_match(patterns, item.text):
            return item
    return None


def _largest_team_line(context: Context) -> ResumeLine | None:
    biggest = max(context.resume.team_sizes, key=lambda item: item.value, default=None)
    return context.resume.line(biggest.line) if biggest else None


def line_with_text(resume: ResumeProfile, text: str | None) -> ResumeLine | None:
    for item in resume.lines:
        if item.text == text:
            return item
    return None


def role_achievement(context: Context, role: Role) -> ResumeLine | None:
    owned = [item for item in context.resume.lines if item.index in role.lines and item.bullet]
    for item in owned:
        if re.search(r"\d", item.text):
            return item
    return owned[0] if owned else None


def measured_bullet(item: ResumeLine) -> bool:
    """A bullet with a figure in it: a result rather than a duty."""
    return item.bullet and any(char.isdigit() for char in item.text)


def best_achievement(context: Context, *, recent: bool) -> ResumeLine | None:
    roles = sorted(context.resume.roles, key=lambda role: role.start_min or 0, reverse=recent)
    for role in roles:
        found = role_achievement(context, role)
        if found is not None:
            return found
    for item in context.resume.lines:
        if item.bullet:
            return item
    return None
