"""Sector concerns: an industry or business-model switch, a move under a new regulator, work with
elected members, a sector a requirement names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from poise.analysis.tags import verb_lemma
from poise.content.schema.fit import SwitchPlan
from poise.fit.concerns.customers import customer_mentions
from poise.fit.concerns.employer_lines import employer_lines
from poise.fit.concerns.evidence import base_score, best_achievement, line_with_text, support_line
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.subsector import career_sub_sectors, named_in, sub_sectors
from poise.fit.job_reader import Requirement
from poise.fit.ladders import regimes_in
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import Verdict
from poise.fit.resume_reader import ResumeLine, ResumeProfile

if TYPE_CHECKING:
    from spacy.tokens import Token


def regulation_switch_draft(requirement: Requirement, verdict: Verdict, context: Context) -> Draft:
    """A move under a regulator the candidate has not worked with: a sector switch."""
    support = support_line(requirement, context)
    return switch_under_regulator(
        requirement, context, to=verdict.detail or "a regulated sector",
        since=_resume_industry_name(context) or "other sectors", resume_line=support, support=support)


def switch_under_regulator(requirement: Requirement, context: Context, *, to: str, since: str,
                           resume_line: ResumeLine | None, support: ResumeLine | None,
                           variant: str = "") -> Draft:
    """The draft of a regulation switch: the job's regime (``to``) against the candidate's
    (``since``), argued from ``support``."""
    values = Values()
    values["switch_kind"] = "Regulation switch"
    values["switch_to"] = to
    values["switch_from"] = since
    return Draft(
        plan_step=_switch_plan("regulation", context),
        kind="industry_switch",
        key="industry_switch",
        score=base_score("industry_switch", requirement, context),
        values=values,
        job_line=requirement.text,
        resume_line=resume_line,
        support=support,
        requirement=requirement,
        variant=variant,
    )


def governed_sector_career(requirement: Requirement, context: Context) -> bool:
    """True when the résumé's main industry is one that a regime the line names governs: a
    nurse leader has worked under patient-safety rules whether or not the résumé names them,
    so asking for them is no move into another regulated sector."""
    if same_sub_sector(requirement.text, context):
        return True
    if not context.resume.industries:
        return False
    main = context.resume.industries[0][0]
    asked = {regime_id for regime_id, _ in regimes_in(requirement.text, context.patterns)}
    return any(regime.id in asked and main in regime.sectors
               for regime in context.patterns.content.lexicons.regimes)


def same_sub_sector(text: str, context: Context) -> bool:
    """True when ``text`` names a sub-sector the candidate's recent roles name: a quality head of
    a medical-device maker has worked under device rules whatever the sector reader took the
    career for."""
    subs = sub_sectors(context.patterns)
    named = named_in(text, subs)
    return bool(named) and bool(set(named) & set(career_sub_sectors(context.resume, subs)[0]))


def elected_members_draft(requirement: Requirement, verdict: Verdict, context: Context) -> Draft:
    """Advising politicians is a move into the public sector's way of working."""
    values = Values()
    values["switch_kind"] = "Public-sector switch"
    values["switch_to"] = "work with elected members"
    values["switch_from"] = _resume_industry_name(context) or "a non-political setting"
    support = support_line(requirement, context)
    line = context.resume.line(verdict.line) if verdict.line is not None else support
    return Draft(
        plan_step=_switch_plan("public", context),
        kind="industry_switch",
        key="industry_switch",  # one sector switch per fit: it merges with the others
        score=base_score("industry_switch", requirement, context),
        values=values,
        job_line=requirement.text,
        resume_line=line,
        support=support,
        requirement=requirement,
    )


def domain_draft(requirement: Requirement, verdict: Verdict, context: Context) -> Draft:
    resume = context.resume
    values = Values()
    values["switch_kind"] = "Industry switch"
    values["switch_to"] = verdict.detail or "this industry"
    values["switch_from"] = _resume_industry_name(context) or "other sectors"
    support = support_line(requirement, context)
    first_quote = resume.industry_quotes.get(resume.industries[0][0]) if resume.industries else None
    line = line_with_text(resume, first_quote) if first_quote else support
    return Draft(
        plan_step=_switch_plan(_destination(verdict.detail, context), context),
        kind="industry_switch",
        key="industry_switch",
        score=base_score("industry_switch", requirement, context) + 5,
        values=values,
        job_line=requirement.text,
        resume_line=line,
        support=support,
        requirement=requirement,
    )


SOURCE_PREPOSITIONS = frozenset({"from", "by", "with", "through", "via"})
"""Prepositions that tie a sector word to money or a partner ("funding from government")."""


def _every_mention(text: str, sector: str, patterns: FitPatterns,
                   holds: Callable[[Token], bool]) -> bool:
    """True when ``text`` names ``sector`` (an industry's id or name) and every word naming it
    passes ``holds``, read on the dependency parse (the head token of each mention)."""
    matchers = [matcher for matcher in patterns.industries
                if sector in (matcher.industry.id, matcher.industry.name)]
    hits = [hit for matcher in matchers for hit in matcher.regex.finditer(text)]
    if not hits:
        return False
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    for hit in hits:
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is None or not holds(span.root):
            return False
    return True


def sector_only_as_source(text: str, sector: str, patterns: FitPatterns) -> bool:
    """True when every word naming ``sector`` (an industry's id or name) in a line only says
    where the money comes from or whom the organisation works with ("securing funding from
    government sources", "government grants", "our NHS partners"): the employer's own sector is
    what it is and does, not its funder or partner (``evidence.funding_source`` in cues.yaml).
    Read through the dependency parse: the sector word qualifies such a noun, or sits in a
    phrase of "from" / "with" … that depends on one."""
    source = patterns.evidence.get("funding_source", ())
    return bool(source) and _every_mention(text, sector, patterns,
                                           lambda token: _qualifies_source(token, source))


def sector_only_as_project(text: str, sector: str, patterns: FitPatterns) -> bool:
    """True when every word naming ``sector`` in a line qualifies a piece of work ("experience as
    client for construction or real-estate projects", "a capital works programme"): the line
    asks for that kind of work, which a hospital or a council also commissions, not for a career
    in the sector (``evidence.project_work`` in cues.yaml). Read through the dependency parse, as
    ``sector_only_as_source`` reads a funder."""
    work = patterns.evidence.get("project_work", ())
    return bool(work) and _every_mention(text, sector, patterns,
                                         lambda token: _qualifies_work(token, work))


def _qualifies_work(token: Token, work: tuple[re.Pattern[str], ...]) -> bool:
    """True when ``token`` qualifies a noun of a piece of work, also when the parse makes that
    noun its conjunct ("construction or real-estate projects": the shared noun said once)."""
    if any(child.dep_ == "conj" and any_match(work, child.text.lower()) for child in token.children):
        return True
    return _qualifies_source(token, work)


STUDY_PREPOSITIONS = frozenset({"in", "of"})
"""Prepositions that tie a field to a degree ("a degree in naval architecture", "Master of
Marine Engineering")."""


def sector_only_as_study(text: str, sector: str, patterns: FitPatterns) -> bool:
    """True when every word naming ``sector`` in a line names a field of study ("a degree in
    naval architecture or marine engineering", "an agriculture degree"): where the holder
    studied, not a sector the employer works in or one the candidate must have worked in. Read
    through the dependency parse: the word, or the noun it qualifies, is the object of "in" or
    "of" hanging on a degree word (``evidence.degree`` in cues.yaml), a conjunct of such an
    object, or a modifier of the degree word itself."""
    degree = patterns.evidence.get("degree", ())
    return bool(degree) and any_match(degree, text) is not None and _every_mention(
        text, sector, patterns, lambda token: _field_of_study(token, degree))


def _field_of_study(token: Token, degree: tuple[re.Pattern[str], ...]) -> bool:
    node = token
    for _ in range(5):
        head = node.head
        if head is node:
            return False
        if node.dep_ in ("compound", "amod", "nmod") and any_match(degree, head.text):
            return True
        if node.dep_ == "pobj" and head.lower_ in STUDY_PREPOSITIONS and head.head is not head \
                and any_match(degree, head.head.text):
            return True
        if node.dep_ not in ("compound", "amod", "nmod", "conj"):
            return False
        node = head
    return False


RANGE_PREPOSITIONS = frozenset({"from", "through", "via", "to", "until", "till", "into"})
"""Prepositions that mark the ends and the steps of a course ("from design through construction
to handover")."""


def sector_only_as_phase(text: str, sector: str, patterns: FitPatterns) -> bool:
    """True when every word naming ``sector`` in a line is a step of a course the line runs
    through, none of whose other steps names a sector ("a start-up from construction to volume
    production"): a phase of the work asked, not what an employer does. A course whose other end
    is a sector ("moving from construction into manufacturing") is a move between sectors and
    stays one. Read through the dependency parse: the word is the object of a preposition of
    a range, and another such preposition in the sentence has an object that names no sector."""
    matchers = [matcher for matcher in patterns.industries
                if sector in (matcher.industry.id, matcher.industry.name)]
    hits = [hit for matcher in matchers for hit in matcher.regex.finditer(text)]
    return bool(hits) and phase_mentions(text, hits, patterns) == len(hits)


def phase_mentions(text: str, hits: list[re.Match[str]], patterns: FitPatterns) -> int:
    """How many of a line's sector words (``hits``) are steps of a course the line runs through
    (see ``sector_only_as_phase``); the line is parsed only when it names a course at all."""
    if not hits or not COURSE_RE.search(text):
        return 0
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    spans = [doc.char_span(hit.start(), hit.end(), alignment_mode="expand") for hit in hits]
    return sum(1 for span in spans if span is not None and _phase_of_course(span.root, patterns))


COURSE_RE = re.compile(r"\b(?:from|through)\b", re.IGNORECASE)


def _phase_of_course(token: Token, patterns: FitPatterns) -> bool:
    """True when ``token`` (or the noun it qualifies, "construction hand-over") is the object of
    a range preposition and another range preposition of its sentence takes an object naming no
    sector (see ``sector_only_as_phase``)."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head is not token:
        token = token.head
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in RANGE_PREPOSITIONS:
        return False
    others = [word for word in token.sent if word.lower_ in RANGE_PREPOSITIONS
              and word.dep_ == "prep" and word.i != preposition.i]
    if not any(word.lower_ in ("from", "through") for word in (preposition, *others)):
        return False  # "to" or "into" alone is where the work goes, not a course run through
    for word in others:
        ends = [child for child in word.children if child.dep_ == "pobj"]
        if ends and not any(any(matcher.regex.search(" ".join(t.text for t in end.subtree))
                                for matcher in patterns.industries) for end in ends):
            return True
    return False


def _qualifies_source(token: Token, source: tuple[re.Pattern[str], ...]) -> bool:
    node = token
    for _ in range(4):
        head = node.head
        if head is node:
            return False
        if any_match(source, head.text.lower()) and node.dep_ in ("compound", "amod", "nmod", "pobj"):
            return True
        if node.dep_ == "pobj" and head.lower_ in SOURCE_PREPOSITIONS and head.head is not head \
                and any_match(source, head.head.text.lower()):
            return True
        if node.dep_ not in ("compound", "amod", "nmod", "pobj", "prep", "conj", "appos"):
            return False
        node = head
    return False


def industry_switch_draft(context: Context) -> Draft | None:
    job, resume, patterns = context.job, context.resume, context.patterns
    names = {matcher.industry.id: matcher.industry.name for matcher in patterns.industries}
    have = patterns.related_to(_worked_in(resume, patterns) | stated_sectors(resume, patterns))
    values = Values()
    job_line = ""
    score = float(context.template("industry_switch").score)
    new_sector = _new_sector(employer_sectors(context), have) if have else None
    if new_sector is not None and market_not_sector(job.text, new_sector[0], have, patterns):
        new_sector = None  # the advert's most named sector is whom it sells to, not what it is
    if new_sector is not None and named_beside_own(job.text, new_sector[0], have, patterns):
        new_sector = None  # the employer works in the candidate's sector as well as the new one
    if new_sector is not None and same_named_industry(
            job.text, "\n".join(line.text for line in resume.lines)):
        new_sector = None  # "the cement industry" on both sides: the move is within one industry
    if new_sector is not None:
        top, count = new_sector
        values["switch_kind"] = "Industry switch"
        values["switch_to"] = names.get(top, top)
        values["switch_from"] = _resume_industry_name(context) or "other sectors"
        job_line = employer_sector_quote(context, top)
        score += min(10.0, 2.0 * (count - 2))
    if (not job_line and job.model and resume.models and job.model not in resume.models
            and not serves_model(job.model_quote, resume.models[0], patterns)):
        values["switch_kind"] = "Business-model switch"
        values["switch_to"] = job.model.upper()
        values["switch_from"] = resume.models[0].upper()
        job_line = job.model_quote
    if not job_line:
        return None
    quote = resume.industry_quotes.get(resume.industries[0][0]) if resume.industries else None
    if values["switch_kind"] == "Business-model switch":
        quote = resume.model_quotes.get(resume.models[0], quote)
    line = line_with_text(resume, quote) if quote else None
    support = best_achievement(context, recent=True)
    model = values["switch_kind"] == "Business-model switch"
    return Draft(
        plan_step=_switch_plan("model" if model else _destination(values["switch_to"], context),
                               context),
        kind="industry_switch",
        key="industry_switch",
        score=score,
        values=values,
        job_line=job_line,
        resume_line=line,
        support=support,
    )


def employer_sectors(context: Context) -> tuple[tuple[str, int], ...]:
    """The sectors the advert names on the lines that say what the employer is and does
    (``employer_lines``: not its benefits, hiring process, policy or a qualification asked),
    most named first, less the words that are a phase of the work a line runs through ("from
    construction hand-over through start of production", ``phase_mentions``) and the words
    that name whom the employer sells to ("European retail customers")."""
    return tuple(sorted(((industry, count) for industry, (count, _) in _employer_sector_counts(
        context).items()), key=lambda item: (-item[1], item[0])))


def employer_sector_quote(context: Context, sector: str) -> str:
    """The first of the employer's own lines (``employer_lines``) that names ``sector``."""
    return _employer_sector_counts(context).get(sector, (0, ""))[1]


def _employer_sector_counts(context: Context) -> dict[str, tuple[int, str]]:
    """Each sector the employer's lines name at least once once the phases and customers are
    left out, with how often and the first line naming it."""
    patterns = context.patterns
    lines = employer_lines(context, naming=[matcher.regex for matcher in patterns.industries])
    customers = patterns.evidence.get("customer_nouns", ())
    counts: Counter[str] = Counter()
    quotes: dict[str, str] = {}
    for line in lines:
        for matcher in patterns.industries:
            hits = list(matcher.regex.finditer(line))
            if not hits:
                continue
            industry = matcher.industry.id
            counts[industry] += len(hits)
            quotes.setdefault(industry, line)
            if COURSE_RE.search(line):
                # "a start-up from construction to volume production": a phase of the work
                counts[industry] -= phase_mentions(line, hits, patterns)
    for line in lines:
        for matcher in patterns.industries:
            if counts[matcher.industry.id] > 0 and matcher.regex.search(line):
                # "European retail customers": whom the employer sells to, not what it is
                counts[matcher.industry.id] -= customer_mentions(line, matcher.regex, customers)
    return {industry: (count, quotes[industry]) for industry, count in counts.items() if count > 0}


ALONE_MENTIONS = 2
"""How often an advert must name a sector on lines of its own, without any sector the candidate
has worked in, for the sector to be a move."""


def named_beside_own(text: str, sector: str, have: set[str], patterns: FitPatterns) -> bool:
    """True when the advert names ``sector`` fewer than twice on lines that do not also name a
    sector the candidate has worked in: an organisation that lists its sectors side by side
    ("clients in telecoms, travel and payments") serves the candidate's as much as the new one,
    and the job is no move between them."""
    new = [matcher.regex for matcher in patterns.industries if matcher.industry.id == sector]
    own = [matcher.regex for matcher in patterns.industries if matcher.industry.id in have]
    if not new or not own:
        return False
    alone = 0
    for line in text.splitlines():
        hits = sum(len(regex.findall(line)) for regex in new)
        if hits and not any(regex.search(line) for regex in own):
            alone += hits
    return alone < ALONE_MENTIONS


NAMED_INDUSTRY_RE = re.compile(
    r"\b(?P<name>[a-z][a-z&-]+(?: [a-z][a-z&-]+)?) (?:industry|industries|sector)\b", re.IGNORECASE)
"""An industry named in so many words ("the cement industry", "the hotel sector")."""
NO_INDUSTRY_NAME = frozenset({
    "the", "this", "that", "our", "your", "their", "its", "same", "other", "wider", "whole",
    "entire", "private", "public", "third", "voluntary", "any", "a", "an", "one", "each", "every",
    "regulated", "related", "fast-moving", "growing", "new", "different", "similar", "relevant"})
"""Words before "industry" or "sector" that name no industry of their own ("the private
sector", "a regulated industry", "a similar sector")."""


def named_industries(text: str) -> set[str]:
    """The industries a text names in so many words, as their last naming word ("the cement
    industry" → "cement", "the oil and gas sector" → "gas"); words that name no industry
    (``NO_INDUSTRY_NAME``) are not one."""
    found: set[str] = set()
    for hit in NAMED_INDUSTRY_RE.finditer(text):
        words = [word for word in hit.group("name").lower().split() if word not in NO_INDUSTRY_NAME]
        if words:
            found.add(words[-1])
    return found


def same_named_industry(job_text: str, resume_text: str) -> bool:
    """True when the advert and the résumé name one industry in so many words ("22+ years in the
    cement industry" asked, "25 years in the cement industry" told): whatever broader sector each
    side's other words suggest (a quarry read as mining, a plant as manufacturing), the
    candidate has worked in the post's industry and the move is no switch of sector."""
    return bool(named_industries(job_text) & named_industries(resume_text))


OWNED_RE = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)
NOUN_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "conj", "appos"})


def market_not_sector(text: str, sector: str, have: set[str], patterns: FitPatterns) -> bool:
    """True when the organisation describes itself ("our … SaaS platform", "we are a software
    company") in a sector the candidate has worked in, and never in ``sector``: the advert names
    ``sector`` most because it is the market it serves ("helps manufacturers…"), while the
    employer is what it is and does."""
    own = self_described(text, have | {sector}, patterns)
    return bool(own & have) and sector not in own


def self_described(text: str, sectors: set[str], patterns: FitPatterns) -> set[str]:
    """The sectors among ``sectors`` the advert gives itself: a sector word inside a noun phrase
    that "our" owns, or that "we" are, read through the dependency parse. Only lines that speak
    of "we" or "our" and name one of the sectors are parsed."""
    matchers = [matcher for matcher in patterns.industries if matcher.industry.id in sectors]
    partners = patterns.evidence.get("funding_source", ())
    found: set[str] = set()
    lines = [line for line in text.splitlines() if OWNED_RE.search(line)
             and any(matcher.regex.search(line) for matcher in matchers)]
    if not lines:
        return found
    from poise.analysis.nlp import spacy_pipeline

    for line, doc in zip(lines, spacy_pipeline(parse=True).pipe(lines), strict=True):
        for matcher in matchers:
            for hit in matcher.regex.finditer(line):
                span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
                if span is not None and _owned(span.root, partners):
                    found.add(matcher.industry.id)
    return found


BE_FORMS = frozenset({"is", "are", "was", "were"})
OWN_WORK_VERBS = frozenset({"provide", "deliver", "offer", "run", "operate", "combine", "give",
                            "make", "manufacture", "produce", "build"})
"""Verbs by which an advert tells what "we" do ourselves ("we run hospitals", "we provide
care"), as opposed to whom we serve or help ("we serve manufacturers")."""


def _first_word(token: Token) -> int:
    """The index of the first word of the noun phrase ``token`` heads."""
    return min(child.i for child in token.subtree)


def _owned(token: Token, partners: tuple[re.Pattern[str], ...]) -> bool:
    """True when the noun phrase holding ``token`` is owned by "our" or is what "we" are, and
    does not name a funder, supplier or customer ("our logistics providers")."""
    node = token
    for _ in range(4):
        if any(child.lower_ == "our" and child.dep_ == "poss" for child in node.children):
            return any_match(partners, node.text.lower()) is None
        if node.dep_ == "attr" and any(child.lower_ == "we" and child.dep_ == "nsubj"
                                       for child in node.head.children):
            return True
        if node.dep_ == "attr" and node.head.lower_ in BE_FORMS and node.head.dep_ == "ROOT" and any(
                child.dep_ == "nsubj" and child.pos_ == "PROPN" and _first_word(child) == child.sent.start
                for child in node.head.children):
            return True  # "UMC Domstad is one of the … medical centres": the employer by name
        if node.dep_ == "dobj" and verb_lemma(node.head.lower_) in OWN_WORK_VERBS and any(
                child.lower_ == "we" and child.dep_ == "nsubj" for child in node.head.children):
            return True  # "we combine specialised patient care with research": what it does
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head is not node.head:
            node = node.head.head  # "one of the … medical centres": the phrase "one" heads
            continue
        if node.dep_ not in NOUN_PHRASE_DEPS or node.head is node:
            return False
        node = node.head
    return False


PUBLIC_SECTORS = frozenset({"public_sector", "nonprofit", "social_housing", "armed_forces"})
"""Sectors with no competitors or customers to study: members, boards and service users instead."""


def _destination(sector: str, context: Context) -> SwitchPlan:
    """Which switch plan fits a move into ``sector`` (an industry's id or name)."""
    for matcher in context.patterns.industries:
        industry = matcher.industry
        if sector in (industry.id, industry.name) and industry.id in PUBLIC_SECTORS:
            return "public"
    return "market"


def _switch_plan(destination: SwitchPlan, context: Context) -> str:
    """The step that answers a sector switch, by where the move leads (content/fit/concerns.yaml)."""
    return context.patterns.content.concerns.switch_plans[destination]


COORDINATED_RE = re.compile(
    r"\b(?P<first>[^\W\d_][\w-]*)\s+(?:and|or|&)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>customers|clients|users|consumers|accounts|members|buyers)\b", re.IGNORECASE)
"""Modifiers joined before one noun ("household and small business customers"): each one
names customers of its own."""


def serves_model(line: str, model: str, patterns: FitPatterns) -> bool:
    """True when the advert's line that names its business model also names the candidate's
    ("our household and small business customers" serves consumers as well as businesses), so
    the job is no switch of model. Modifiers joined before one noun are read one by one."""
    regex = patterns.models.get(model)
    if regex is None or not line:
        return False
    spread = line + " " + " ".join(f"{hit.group('first')} {hit.group('head')}"
                                   for hit in COORDINATED_RE.finditer(line))
    return regex.search(spread) is not None


SECOND_SECTOR_SHARE = 0.4
"""A sector the advert names this share as often as its main one, and at least three times, is
part of the job's setting too: a supply-chain role in a cosmetics maker names logistics most."""


def _new_sector(industries: tuple[tuple[str, int], ...], have: set[str]) -> tuple[str, int] | None:
    """The sector of the job the candidate has not worked in, with its mentions: the main one
    when it stands out (named at least twice, more than any sector the candidate shares), else a
    second one named at least three times and nearly as often as the main one."""
    if not industries:
        return None
    top, count = industries[0]
    shared = [mentions for industry, mentions in industries[1:] if industry in have]
    if top not in have and count >= 2 and count > max(shared, default=0):
        return top, count
    if top in have:
        for industry, mentions in industries[1:]:
            if mentions >= max(3, SECOND_SECTOR_SHARE * count) and industry not in have:
                return industry, mentions
    return None


SECTOR_MONTHS = 24
"""Time in a sector's roles that makes a sector named often one the career was spent in: a word
repeated across an army career ("vehicles") does not make it one in the motor industry."""


def _worked_in(resume: ResumeProfile, patterns: FitPatterns) -> set[str]:
    """The sectors a career was spent in: those the résumé names at least twice, less those
    whose roles add up to under two years when the roles name sectors at all (see
    ``sector_months``); when none is left, every one it names (a single passing mention beside
    a main sector, such as a hotel manager's one hospital client, is no career there)."""
    repeated = {industry for industry, count in resume.industries if count >= 2}
    timed = sector_months(resume, patterns)
    if timed:
        lasting = {industry for industry in repeated if timed.get(industry, 0) >= SECTOR_MONTHS}
        repeated = lasting or repeated
    return repeated or {industry for industry, _ in resume.industries}


def sector_months(resume: ResumeProfile, patterns: FitPatterns) -> dict[str, int]:
    """Months spent in each sector: a role counts for a sector its heading names (the employer
    or the title) or two of its lines name; one passing word in a bullet ("vehicles" in an army
    unit's maintenance record) does not make the role one in that sector."""
    months: dict[str, int] = {}
    by_index = {line.index: line for line in resume.lines}
    for role in resume.roles:
        lines = [by_index[index] for index in role.lines if index in by_index]
        for matcher in patterns.industries:
            naming = [line for line in lines if matcher.regex.search(line.text)]
            if any(not line.bullet for line in naming) or len(naming) >= 2:
                months[matcher.industry.id] = months.get(matcher.industry.id, 0) + role.months
    return months


STATED_YEARS_RE = re.compile(
    r"\b(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty)\+?\s*(?:years?|yrs)\b"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?experience)?\s+(?:in|within|across)\s+(?P<rest>[^.;:|]{3,80})",
    re.IGNORECASE,
)
"""A candidate's own statement of their career: years, then the field they were spent in
("more than 15 years in hotels and hospitality")."""


SELF_TITLE_RE = re.compile(
    r"^(?P<rest>[^.;:|]{3,80}?)\s+with\s+(?:over\s+|more than\s+|nearly\s+|almost\s+)?"
    r"(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty)\+?\s*(?:years?|yrs)\b",
    re.IGNORECASE,
)
"""A summary opening with what the candidate is, then a count of years ("Facilities management
operations director with 23 years in the industry"): the field named before the years."""


def stated_sectors(resume: ResumeProfile, patterns: FitPatterns) -> set[str]:
    """The sectors the summary says the career was spent in: a sector named right after a count
    of years, or in the words the summary opens with before one (``SELF_TITLE_RE``). The
    candidate's own summary of where they worked outweighs how often the roles' bullets happen
    to name the sector (a bank's operations lead writes of accounts and settlement, rarely
    "banking")."""
    found: set[str] = set()
    for item in resume.lines:
        if item.section != "summary":
            continue
        opening = SELF_TITLE_RE.match(item.text)
        for hit in [*STATED_YEARS_RE.finditer(item.text), *([opening] if opening else [])]:
            rest = hit.group("rest")
            for matcher in patterns.industries:
                if matcher.regex.search(rest):
                    found.add(matcher.industry.id)
    return found


def _resume_industry_name(context: Context) -> str:
    names = {matcher.industry.id: matcher.industry.name for matcher in context.patterns.industries}
    if not context.resume.industries:
        return ""
    return names.get(context.resume.industries[0][0], context.resume.industries[0][0])
