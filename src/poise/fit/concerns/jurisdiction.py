"""A jurisdiction switch: a post in a nationally regulated sector (banking, insurance, health,
the public sector…) in a country where none of the résumé's roles, nor the candidate's address,
lies. Laws, regulators and public bodies are national; a career under another country's is a
move of regime however close the work, and recruiters raise it as a sector switch.

Both sides are read as facts, not wording: the countries the advert's place may be in (a
country named, a state or province from content/fit/lexicons.yaml ``states``, every country
with a town of that name), against the countries the roles' headers and the address name. A
place that may lie in one of the résumé's countries is read as the same country, so an
ambiguous town name never raises the concern. The sectors come from content/fit/concerns.yaml
``jurisdiction_sectors``; the advert's own sector is its most named (``employer_sectors``).
In any other sector the switch is raised only when a stated line asks for the post's country's
own rules ("working knowledge of Mexican food-safety regulation": ``regime.regime_line``), and
the post's country may then be settled by the advert when its place leaves it open. For that
regulation switch, work in the post's country that ended more than ``RECENT_MONTHS`` ago (and an
aside of the address, "home town: …") places no current career there: its rules have moved on.
"""

from __future__ import annotations

import re

from poise.fit import career_places as places
from poise.fit.career_places import place_countries
from poise.fit.concerns.evidence import base_score, best_achievement
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.regime import post_country, regime_line
from poise.fit.concerns.sector import employer_sectors
from poise.fit.distance import countries_named, country_name
from poise.fit.job_reader import Requirement
from poise.fit.lexicon import FitPatterns
from poise.fit.resume_reader import ResumeLine, ResumeProfile

LEGAL_RE = re.compile(r"\b(?:[A-Z][\w-]*\s+Act\b|legislation|legislative|statutory|regulat\w+|"
                      r"regulators?|laws?\b|compliance)", re.IGNORECASE)
"""A line about the rules the post works under: the line the concern quotes from the advert."""


def career_countries(resume: ResumeProfile, patterns: FitPatterns) -> frozenset[str]:
    """The countries the résumé places the candidate's work and home in (``career_places``),
    every country the address may lie in counted: an ambiguous home is never read as abroad."""
    return places.career_countries(resume, patterns, possible_home=True)


ASIDE_RE = re.compile(r"\([^()]*\)")
RECENT_MONTHS = 120
"""Work under a country's rules that ended longer ago than this is no current knowledge of them:
laws, regulators and public bodies change within ten years, so a post there is a move of regime
again for a candidate who left long ago."""


def names_country(resume: ResumeProfile, codes: set[str], *, since: int | None = None) -> bool:
    """True when a line of the roles or summary names one of the countries (work there, or with
    it, is on the record); a line saying where the candidate would like to work (``WISH_RE``:
    "looking for a role there") shows no work there. With ``since`` (a month index), the header
    lines of a role that ended before it place no current work there (its bullets, work done
    with the country, still count, unless a bullet dates itself before ``since``), nor does an
    aside ("home town: …")."""
    stale = {number for number, role in enumerate(resume.roles)
             if since is not None and not role.current and role.end is not None
             and role.end.index < since}

    def said(text: str) -> str:
        return ASIDE_RE.sub(" ", text) if since is not None else text

    return any(set(countries_named(said(line.text))) & codes for line in resume.lines
               if line.section in ("experience", "summary") and not WISH_RE.search(line.text)
               and not (line.role in stale and not line.bullet)
               and not (since is not None and _dated_before(line.text, since)))


YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _dated_before(text: str, since: int) -> bool:
    """True when a line dates itself (a secondment "09.2012 – 04.2013") and every year it gives
    ended before the month ``since``: work there then knows an older regime."""
    years = [int(year) for year in YEAR_RE.findall(text)]
    return bool(years) and (max(years) + 1) * 12 <= since


def moving_abroad(context: Context) -> bool:
    """True when the post lies in a country where, as far as both sides can be placed, none of
    the résumé's roles nor the candidate's address lies: the candidate would move to work in
    another country. An ambiguous place that may lie in one of the résumé's countries is read
    as the same country."""
    job, patterns = context.job, context.patterns
    asked = place_countries(job.location, patterns) if job.location else set()
    have = career_countries(context.resume, patterns)
    return bool(asked) and bool(have) and not asked & have


def not_domestic_when_moving(drafts: list[Draft], context: Context) -> list[Draft]:
    """The drafts without the plain domestic-only concern ("every role on the résumé is in one
    country") when the candidate would move to another country for the post: working abroad is
    the international step itself, and a move alone is not read as a domestic record. A concern
    that the markets named are new to the candidate (variant ``other_markets``) stays, and so
    does one whose line gives the post a remit across borders beyond the move
    (``remit_beyond_move``: sites, launches or markets in a third country)."""
    if not any(draft.kind == "domestic_only" and not draft.variant for draft in drafts):
        return drafts
    if not moving_abroad(context):
        return drafts
    return [draft for draft in drafts if draft.kind != "domestic_only" or draft.variant
            or remit_beyond_move(draft.requirement, context)]


def remit_beyond_move(requirement: Requirement | None, context: Context) -> bool:
    """True when a line names two countries or more, one of them neither the post's country
    nor any the career lies in ("sites across Germany, Austria and Switzerland" for a move from
    Poland to Hamburg): the post itself crosses borders, which a career in one country has not
    done, whatever the move. A line naming only the post's country and the candidate's own
    ("entry into Kenya" for a Kenyan career) asks for nothing the record lacks."""
    if requirement is None:
        return False
    named = set(countries_named(requirement.text))
    if len(named) < 2:
        return False
    job, patterns = context.job, context.patterns
    post = place_countries(job.location, patterns) if job.location else set()
    career = career_countries(context.resume, patterns)
    return len(career) == 1 and bool(named - set(post) - set(career))


def _post_abroad(context: Context, *, rules_asked: bool = False, since: int | None = None
                 ) -> tuple[str, frozenset[str], str] | None:
    """(the post's country, the career's countries, the advert's sector) for a post in one
    country where none of the roles nor the address lies, in a nationally regulated sector or,
    with ``rules_asked``, in any sector when a stated line asks for that country's rules
    (``regime.regime_line``); None otherwise. Without ``rules_asked`` the country is read from
    the place alone and only when it names one; with it, a place that leaves the country open
    is settled by the advert (``regime.post_country``). With ``since`` (a month index), only
    the roles running to that month or later place the career."""
    job, patterns = context.job, context.patterns
    if rules_asked:
        wanted = post_country(job, patterns)
    else:
        asked = place_countries(job.location, patterns) if job.location else set()
        wanted = next(iter(asked)) if len(asked) == 1 else None
    if wanted is None:
        return None
    have = (career_countries(context.resume, patterns) if since is None else
            places.career_countries(context.resume, patterns, possible_home=True, since=since))
    if not have or wanted in have:
        return None  # the places first: reading the advert's sectors parses its lines
    own = employer_sectors(context)
    if own and own[0][0] in patterns.content.concerns.jurisdiction_sectors:
        return wanted, have, own[0][0]
    if rules_asked and regime_line(context, wanted) is not None:
        return wanted, have, own[0][0] if own else ""
    return None


def _legal_line(context: Context) -> Requirement | None:
    """The first stated requirement or duty about the rules the post works under, one naming
    laws or regulators before one that only says "compliance" (a team of compliance staff)."""
    stated = [requirement for requirement in context.job.requirements
              if (requirement.must or requirement.section == "duties")
              and requirement.section != "nice" and LEGAL_RE.search(requirement.text)]
    return next((requirement for requirement in stated if RULES_RE.search(requirement.text)),
                stated[0] if stated else None)


RULES_RE = re.compile(r"\b(?:[A-Z][\w-]*\s+Act\b|legislation|regulat\w+|laws?\b|guidelines)",
                      re.IGNORECASE)
"""Words naming the rules themselves, not the function that keeps to them."""


WISH_RE = re.compile(r"(?i)\b(?:relocat\w*|willing|preferred|prefer|open to|seeking|looking for)\b")
"""A line saying where the candidate would like to work, not where they have worked."""
ELECTED_SECTORS = frozenset({"public_sector"})
"""Sectors answering to elected bodies rather than to a regulator of firms: a move into one is a
move of sector (``jurisdiction_switch_draft``), however the candidate worked with the country."""


def regulator_abroad_draft(context: Context) -> Draft | None:
    """A domestic-only concern for a post in a regulated market abroad that the résumé reaches
    only from its own country: every role lies elsewhere, but a line names the post's country
    (clients, a branch, a market covered from home). The market is known; its regulators and
    inspections have not been worked under first-hand. None otherwise (a career that never
    names the country is a regulation switch, ``jurisdiction_switch_draft``)."""
    post = _post_abroad(context)
    if post is None or post[2] in ELECTED_SECTORS:
        return None
    wanted, have, _sector = post
    resume = context.resume
    named = [line for line in resume.lines if line.section in ("experience", "summary")
             and wanted in countries_named(line.text)]
    home = _home_country(resume, have, context.patterns)
    if not named or not home:
        return None
    # The line that reaches the country from home; a wish to move there shows no work, so the
    # line placing the career is quoted instead.
    passing = next((line for line in named if not WISH_RE.search(line.text)), None)
    legal = _legal_line(context)
    values = Values()
    values["switch_to"] = country_phrase(wanted)
    values["home_market"] = country_phrase(home)
    support = best_achievement(context, recent=True)
    return Draft(
        kind="domestic_only",
        key="domestic_only",
        score=base_score("domestic_only", legal, context),
        values=values,
        job_line=legal.text if legal else f"Location: {context.job.location}",
        resume_line=passing or _place_line(resume) or support,
        support=support,
        requirement=legal,
        variant="other_regulator",
    )


def jurisdiction_switch_draft(context: Context) -> Draft | None:
    """The sector-switch concern for a post under another country's laws and regulators, else
    None (see the module's docstring)."""
    job, resume, patterns = context.job, context.resume, context.patterns
    since = resume.today - RECENT_MONTHS  # work there long ago knows another regime
    post = _post_abroad(context, rules_asked=True, since=since)
    if post is None or names_country(resume, {post[0]}, since=since):
        return None
    wanted, have, _sector = post
    home = _home_country(resume, have, patterns)
    values = Values()
    values["switch_kind"] = "Regulation switch"
    values["switch_to"] = country_phrase(wanted)
    values["switch_from"] = country_phrase(home) if home else "other countries"
    legal = regime_line(context, wanted) or next(
        (requirement for requirement in job.requirements
         if (requirement.must or requirement.section == "duties")
         and LEGAL_RE.search(requirement.text)), None)
    support = best_achievement(context, recent=True)
    return Draft(
        plan_step=patterns.content.concerns.switch_plans["jurisdiction"],
        kind="industry_switch",
        key="industry_switch",
        score=base_score("industry_switch", legal, context),
        values=values,
        job_line=legal.text if legal else f"Location: {job.location}",
        resume_line=_place_line(resume) or support,
        support=support,
        requirement=legal,
        variant="jurisdiction",
    )


def _home_country(resume: ResumeProfile, have: frozenset[str], patterns: FitPatterns) -> str:
    """The country of the most recent role whose header names one, else the one the address
    names or may lie in, else the only one known; "" when none is certain."""
    for role in resume.roles:
        named = set(countries_named(role.header))
        if have:
            # a state's name shared with another country's capital ("Victoria") is no country
            # of the career: only the career's own countries are read from a header
            named &= have
        if named:
            return sorted(named)[0]
    for found in (set(countries_named(resume.location)), place_countries(resume.location, patterns),
                  have):
        if len(found) == 1:
            return next(iter(found))
    return ""


def _place_line(resume: ResumeProfile) -> ResumeLine | None:
    """The line that places the career: the header of the most recent role that names its
    country, else the line giving the candidate's address."""
    by_index = {line.index: line for line in resume.lines}
    for role in resume.roles:
        if countries_named(role.header) and role.line in by_index:
            return by_index[role.line]
    if resume.location:
        return next((line for line in resume.lines if resume.location in line.text), None)
    return None


ARTICLE_NAMES = ("United", "Netherlands", "Philippines", "Czech", "Dominican", "Bahamas", "Gambia")
"""Country names said with "the" ("the United Kingdom", "the Philippines")."""


def country_phrase(code: str) -> str:
    """A country's name as said inside a sentence ("the Netherlands", "Brazil")."""
    name = country_name(code)
    if name.lower().startswith("the "):
        return "the " + name[4:]
    return f"the {name}" if name.startswith(ARTICLE_NAMES) else name
