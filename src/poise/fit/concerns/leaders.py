"""Leaders among the people led: who a job line names as its reports, and who a résumé line counts
as reporting in, read by the title ladder (content/fit/lexicons.yaml ``leadership_levels``) and by
the sentence's structure rather than by the words of one cue.

A group of leaders is led when the line leads through it ("through four section leads"), counts it
in a team ("a team of 40 with 5 team leads") or names it as the object of the work; a group the
work is done with or for ("planning with 30 team leaders", "a programme for 38 first-time
managers") reports to someone else. A line that says its team is flat ("all direct reports",
``evidence.flat_team`` in content/fit/cues.yaml) counts no leaders, whatever titles it lists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from poise.fit.concerns.parsed_line import parsed_line
from poise.fit.ladders import (
    COUNTED_BEFORE_RE,
    COUNTED_RE,
    REPORTS_RE,
    leadership_rank,
    reports_rank,
)
from poise.fit.lexicon import any_match
from poise.fit.scale import largest_held

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from poise.fit.concerns.model import Context
    from poise.fit.lexicon import FitPatterns

COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
LEADS_RE = re.compile(
    rf"(?i)\b(?:through (?:{COUNT} |my |its |their )?|{COUNT} )"
    r"(?P<unit>(?:(?!through\b)[\w&-]+ ){0,3}?)"
    r"(?P<core>leads|leaders|heads|superintendents|foremen|forewomen|chiefs|commanders)\b(?! of\b)")
"""A group of people who lead others, by the last word of their title ("five market leads",
"through 3 site superintendents", "through two warehouse heads"), counted or led through, never
one person ("the lead of a team"): the title ladder names managers and directors, this the
leaders it does not spell out. A count before "through" is the team's size, not the group's
("a team of 26 through three category leads": the team is led through its leads); "heads of…"
is the ladder's to read."""

EACH_LED_RE = re.compile(
    r"(?i)\beach (?:one )?(?:headed|led|run|managed|supervised) by (?:a|an|its own|their own) "
    r"(?:[\w&-]+ ){0,2}(?P<core>lead|leader|manager|head|supervisor|director)\b")
"""Units each under a leader of their own ("three teams, each headed by a team lead")."""

NOT_LED_PREPOSITIONS = frozenset({"with", "for", "to", "alongside", "among", "by", "from"})
"""Prepositions before a group the work is done with, for or to, not a group that reports in."""

GROUP_NOUNS = frozenset({"team", "teams", "organisation", "organization", "function", "department",
                         "division", "unit", "group", "staff", "workforce", "structure", "service"})
"""Nouns a group of leaders may hang from as its members ("a team of 40 with 5 team leads")."""


def _token_at(doc: Doc, offset: int) -> Token | None:
    for token in doc:
        if token.idx <= offset < token.idx + len(token.text):
            return token
    return None


def worked_with(text: str, start: int) -> bool:
    """True when the group whose head word starts at ``start`` is the object of a preposition the
    work is done with or for ("action planning with 30 team leaders"), hanging from a verb or a
    noun that is no group of people: colleagues or an audience, not reports."""
    if start >= 400:
        return False
    token = _token_at(parsed_line(text), start)
    if token is None:
        return False
    while token.dep_ in ("compound", "amod", "nummod") and token.head is not token:
        token = token.head
    if token.dep_ == "conj":
        token = token.head
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in NOT_LED_PREPOSITIONS:
        return False
    return preposition.head.lower_ not in GROUP_NOUNS


def flat_team(text: str, patterns: FitPatterns) -> bool:
    """True when a résumé line says its team has no layer of leaders (``evidence.flat_team``)."""
    return any_match(patterns.evidence.get("flat_team", ()), text) is not None


AS_TITLE_RE = re.compile(r"(?i)(?:^|(?<!\bwell)\s)as\s+(?:[^\W\d][\w&-]*\s+){0,2}$")
"""A title after "as" ("as head of…", "the last eight as development director"): the post the
line's subject held, never a group reporting in."""


def led_rank(text: str, patterns: FitPatterns) -> int:
    """The highest rung of the ladder among the leaders a résumé line counts as reporting in
    (``reports_rank`` with ``counted``), leaving out groups the work is done with or for and
    reading leaders the ladder does not name ("five section leads" → team leader; "through four
    section leads" → manager, as they run the teams led through them); -1 when it counts none,
    or says its team is flat."""
    if flat_team(text, patterns):
        return -1
    team_leader = leadership_rank("team_leader", patterns)
    best = -1
    for hit in REPORTS_RE.finditer(text):
        before = text[: hit.start()]
        counted = (COUNTED_RE.search(before) or COUNTED_BEFORE_RE.search(text[: hit.start("core")])
                   or re.match(rf"(?i){COUNT}\b", hit.group(1)))
        if not counted or AS_TITLE_RE.search(text[: hit.start("core")]):
            continue  # "the last nine as development director": a title held, not nine reports
        rank = reports_rank(hit.group(1), patterns)
        if rank >= team_leader and not worked_with(text, hit.start("core")):
            best = max(best, rank)
    manager = leadership_rank("manager", patterns)
    for hit in LEADS_RE.finditer(text):
        if _leads(hit) and not worked_with(text, hit.start("core")):
            # people a team is led through manage it: managers at least, whatever their title
            through = hit.group(0).lower().startswith("through")
            best = max(best, manager if through else team_leader)
    return best


PROSPECT_RE = re.compile(r"(?i)\b(?:sales|marketing|qualified|inbound|outbound|new|customer|"
                         r"business|hot|warm|cold)\b")
"""Words before "leads" that make them prospects to win, not people who lead."""

LEADERS_WHO_LEAD_RE = re.compile(
    r"(?i)\b(?:managers|leaders|leads|heads|supervisors|directors|[A-Z]{2,}s) (?:who|that) "
    r"(?:themselves |in turn |also )?(?:manage|lead|run|supervise|head|direct)\b")
"""People named by whom they lead ("product managers who themselves manage PMs")."""


def _leads(hit: re.Match[str]) -> bool:
    """A counted group of leads that are people: a group led through, or one whose title has a
    word before "leads" naming what they lead, never prospects ("200 qualified leads")."""
    if hit.group(0).lower().startswith("through"):
        return True
    if hit.group("core").lower() in ("leaders", "heads", "chiefs", "commanders"):
        return False  # counted leaders may be an audience or a board of customers; led through, never
    if hit.group("core").lower() != "leads":
        return True
    unit = hit.group("unit")
    return bool(unit.strip()) and PROSPECT_RE.search(unit) is None


def asked_leaders(text: str) -> bool:
    """True when a job line names leaders among the people it leads that the title ladder may not
    spell out: a counted group of leads ("including 5 market leads"), units each under a leader
    of their own, or people named by whom they lead ("managers who manage")."""
    if EACH_LED_RE.search(text) or LEADERS_WHO_LEAD_RE.search(text):
        return True
    return any(_leads(hit) and not worked_with(text, hit.start("core"))
               for hit in LEADS_RE.finditer(text))


def resume_led_rank(context: Context) -> int:
    """The highest rung among the leaders the résumé's own work counts as reporting in (lines
    beside the career, such as references and volunteering, left out), or the rung its span of
    control implies (``led_through_span``); -1 when none."""
    counted = max((led_rank(line.text, context.patterns) for line in context.resume.lines
                   if line.section in ("experience", "summary")), default=-1)
    return max(counted, led_through_span(context), led_through_size(context))


LAYERED_TEAM = 150
"""A team so large that no one leads it without managers between: "a 520-strong team" is led
through leaders, whatever titles the résumé gives them."""


def led_through_size(context: Context) -> int:
    """The manager rung when the largest team the candidate held is ``LAYERED_TEAM`` people or
    more (``scale.largest_held``) and the line does not say it was served, else -1."""
    team = largest_held(context.resume, "team", context.patterns.content.currencies)
    if team is None or team.value < LAYERED_TEAM:
        return -1
    figure = re.search(rf"\b{team.value:,.0f}\b|\b{team.value:.0f}\b", team.quote)
    if figure is None or SERVED_BEFORE_RE.search(team.quote[:figure.start()]):
        return -1  # "business partnering for a 1,800-strong workforce": people served, not led
    return leadership_rank("manager", context.patterns)


WORKFORCE_RE = re.compile(
    r"(?i)\b(?P<size>\d{1,3}(?:,\d{3})+|\d+)\+?\s+(?:[\w-]+\s+)?(?:employees|staff|people|FTEs?|"
    r"workers|colleagues|operators|personnel|headcount)\b")
"""A workforce counted on a line ("1,450 employees", "260 staff")."""

UNIT_WORKFORCE = 20
"""The smallest workforce spread over counted units that has a leader in each unit."""

SPAN_MULTIPLE = 3
"""How many times its direct reports a role's workforce must be for them to lead the rest."""

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


SERVED_BEFORE_RE = re.compile(r"(?i)\b(?:support\w*|serv\w*|for|to)\s+(?:[\w-]+\s+)?$")
"""Words before a workforce the line's team works for, not one it leads ("18 direct reports
supporting 2,100 operations staff")."""


def _workforce(text: str) -> int:
    """The largest workforce a line counts as led; 0 when none."""
    return max((int(hit.group("size").replace(",", "")) for hit in WORKFORCE_RE.finditer(text)
                if not SERVED_BEFORE_RE.search(text[: hit.start()])), default=0)


def led_through_span(context: Context) -> int:
    """The rung of the leaders a role's span of control implies, read as structure and not as
    titles: a workforce of ``UNIT_WORKFORCE`` or more spread over counted units on one line
    ("640 staff across 3 depots", "85 staff in 4 teams": each unit has a leader, a team leader
    at least), or direct reports with a workforce at least ``SPAN_MULTIPLE`` times as large in
    the same role ("six direct reports" beside "260 staff": the reports lead the rest, managers
    at least); -1 when neither, or when a line says its team is flat. Only bullets count: a
    line describing the employer gives its size, not the candidate's team."""
    patterns = context.patterns
    evidence = patterns.evidence
    units, direct = evidence.get("units_led", ()), evidence.get("direct_reports", ())
    resume = context.resume
    own = [line for line in resume.lines if line.section in ("experience", "summary")]
    if any(flat_team(line.text, patterns) for line in own):
        return -1
    # the candidate's own work: a role's bullets, not the line describing the employer ("a
    # shared-services centre; 3,400 employees")
    own = [line for line in own if line.bullet]
    best = -1
    for line in own:
        if _workforce(line.text) >= UNIT_WORKFORCE and any_match(units, line.text) is not None:
            best = max(best, leadership_rank("team_leader", patterns))
    for role in resume.roles:
        lines = [line for line in own if line.index in role.lines or line.index == role.line]
        size = max((_workforce(line.text) for line in lines), default=0)
        for line in lines:
            for pattern in direct:
                for hit in pattern.finditer(line.text):
                    word = hit.group("count").lower()
                    count = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)
                    if count > 0 and size >= SPAN_MULTIPLE * count:
                        best = max(best, leadership_rank("manager", patterns))
    return best
