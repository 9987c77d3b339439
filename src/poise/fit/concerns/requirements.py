"""Concerns from requirements: a must-have the résumé lacks, a lower level than asked (a certificate, a
language), a step up in scope, another tool.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from poise.analysis.article import with_indefinite_article
from poise.fit.concerns.answered import answered_by_name
from poise.fit.concerns.board import board_seat_asked
from poise.fit.concerns.degrees import degree_answers
from poise.fit.concerns.evidence import (
    base_score,
    best_achievement,
    long_study,
    measured_bullet,
    missing_draft,
    shown_gap,
    simple_draft,
    support_line,
)
from poise.fit.concerns.leaders import (
    asked_leaders,
    flat_team,
    led_rank,
    led_through_span,
    resume_led_rank,
    worked_with,
)
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.concerns.outsourcing import supplier_side
from poise.fit.concerns.products import products_named, shown_on
from poise.fit.concerns.programme import programme_target_draft
from poise.fit.concerns.reason import without_reason
from poise.fit.concerns.savings import (
    cut_on_record,
    cuts_a_cost,
    percent_target_draft,
    programme_savings,
)
from poise.fit.concerns.sector import (
    domain_draft,
    elected_members_draft,
    governed_sector_career,
    regulation_switch_draft,
    sector_only_as_phase,
    sector_only_as_project,
    sector_only_as_source,
    sector_only_as_study,
    serves_model,
)
from poise.fit.concerns.traits import disposition_statement
from poise.fit.currency import converted, in_reference, money_beside
from poise.fit.job_reader import Requirement
from poise.fit.ladders import CEFR_RE, REPORTS_RE, languages_in, leadership_rank, reports_rank
from poise.fit.language_certificates import is_language_test
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.match import ALIKE_RE, LEADING_LEADERS_RE, NONE, PARTIAL, STRONG, Match, Verdict
from poise.fit.quantities import Quantity, amounts_in, money
from poise.fit.resume_reader import COUNTRY_ALIASES, ResumeLine
from poise.fit.scale import largest_held

if TYPE_CHECKING:
    from spacy.tokens import Token

INTERNATIONAL_ROLE_RE = re.compile(r"\b(?:international|global|multi-?country|cross-border|"
                                   r"regions?|countries|EMEA|APAC|Americas)\b", re.IGNORECASE)
"""Words that give a line an international remit beyond its suppliers' location."""


def from_requirement(requirement: Requirement, match: Match, context: Context) -> list[Draft]:
    raises = raises_concerns(requirement, context)  # read once: it parses the line
    drafts = not_against_strong(_from_requirement(requirement, match, context, raises=raises),
                                match)
    target = percent_target_draft(requirement, match, context, drafts) if raises else None
    if target is None and raises:
        target = programme_target_draft(requirement, match, context, drafts,
                                        largest_saving(context))
    if target is not None:
        # the cut asked is the line's gap, not also a must-have the words were far from
        drafts = [draft for draft in drafts if draft.kind != "missing_must_have"] + [target]
    union = union_gap(requirement, drafts, context)
    if union is None:
        return drafts
    return union_wording(as_the_map_shows(union, match, context), context)


GAP_KINDS = frozenset({"missing_must_have", "no_leading_leaders", "domestic_only", "language_level",
                       "outsourcing_vendor", "tool_mismatch", "certification_level"})
"""Concerns that say the line's own ask is not shown (or shown at a lower level): on a line the
fit map rates strong they would contradict the map, so none is raised there. A scope step-up, a
savings target or a switch of sector is judged against the record, not the line's verdict; board
exposure is judged by the résumé's roles (``board_at_work``), which may know better than a board
cue the matcher found on a line about a service for investors."""


def not_against_strong(drafts: list[Draft], match: Match) -> list[Draft]:
    """The drafts without a gap concern on a line the map rates strong (see GAP_KINDS)."""
    if match.strength != STRONG:
        return drafts
    return [draft for draft in drafts if draft.kind not in GAP_KINDS]


def union_wording(drafts: list[Draft], context: Context) -> list[Draft]:
    """The union gap's own step and, on a line the map shows in part, what it lacks: the union
    work itself, not whichever words the map found missing."""
    concerns = context.patterns.content.concerns
    for draft in drafts:
        if draft.key != "missing_must_have.union":
            continue
        if concerns.union_plan:
            draft.plan_step = concerns.union_plan
        if draft.variant == "partial" and union_shown(context):
            # union work is on the record: what the line lacks is leading the negotiations
            if concerns.union_lead_gap:
                draft.values["shown_gap"] = concerns.union_lead_gap
        elif draft.variant == "partial" and concerns.union_gap:
            draft.values["shown_gap"] = concerns.union_gap
    return drafts


def union_gap(requirement: Requirement, drafts: list[Draft], context: Context) -> list[Draft] | None:
    """The drafts of a line asking for work with trade unions (bargaining, labour relations), by
    what the résumé shows of that work (``evidence.union_*`` in content/fit/cues.yaml): none
    shown, an essential line is a missing must-have whatever else the line's words were near
    (a labour-strategy group for staff "not represented" is no union work), one for every line
    asking it; shown, a line of no other kind is answered, and any other line's drafts are left
    as they are, unless the line asks to lead the negotiations and no union line tells one led
    (``evidence.union_lead_*``): then part is shown. None for any other line."""
    evidence = context.patterns.evidence
    asked = without_reason(requirement.text)
    if not asked or any_match(evidence.get("union_asked", ()), asked) is None:
        return None
    if not raises_concerns(requirement, context):
        return None
    if not (requirement.must or requirement.section == "duties"):
        return drafts  # a line the advert only welcomes
    shown = union_shown(context)
    lead_unshown = shown and requirement.must and any_match(
        evidence.get("union_lead_asked", ()), asked) is not None and not union_led(context)
    if shown and not lead_unshown:
        if requirement.kind == "other":
            # the union work is the line's whole ask, and the record shows it
            return [draft for draft in drafts if draft.kind != "missing_must_have"]
        return drafts  # a gap the line names besides the union work still stands
    if not any(draft.kind == "missing_must_have" for draft in drafts):
        drafts = [*drafts, missing_draft(requirement, None, context)]
    if lead_unshown:
        # union work is shown, the negotiations it asks to lead are not: said as part shown
        line = _union_lines(context)[0]
        for draft in drafts:
            if draft.kind == "missing_must_have":
                draft.variant = "partial"
                draft.resume_line = draft.support = line
    for draft in drafts:
        if draft.kind == "missing_must_have":
            draft.key = "missing_must_have.union"  # every line asking it is one concern
    return drafts


def _union_lines(context: Context) -> list[ResumeLine]:
    """The lines of the résumé's roles or summary showing work with trade unions."""
    evidence = context.patterns.evidence
    work, absent = evidence.get("union_work", ()), evidence.get("union_absent", ())
    return [line for line in context.resume.lines if line.section in ("experience", "summary")
            and any_match(work, line.text) is not None and any_match(absent, line.text) is None]


def union_shown(context: Context) -> bool:
    """Whether a line of the résumé's roles or summary shows work with trade unions."""
    return bool(_union_lines(context))


def union_led(context: Context) -> bool:
    """Whether a line of the résumé's roles or summary tells negotiations with unions, or of pay
    and conditions, that the candidate led or concluded (``evidence.union_led``: "Negotiated
    four pay agreements"), not a seat on the team or consultation."""
    led = context.patterns.evidence.get("union_led", ())
    return any(any_match(led, line.text) is not None for line in context.resume.lines
               if line.section in ("experience", "summary"))


def _from_requirement(requirement: Requirement, match: Match, context: Context, *,
                      raises: bool) -> list[Draft]:
    drafts: list[Draft] = []
    if not raises:
        return drafts
    if requirement.section == "nice" or (not requirement.must and requirement.section != "duties"):
        # A nice-to-have the résumé lacks is no reason for pause; one it shows at a lower level
        # than named (a lower rung, a weaker language level) is, mildly: it names the bar. So
        # is a product the line names that the résumé never names (``unnamed_product``).
        for verdict in match.verdicts:
            made = _level_below(requirement, verdict, context)
            if made is not None and made.kind == "language_level" and (level_steps(
                    made.values["language_have"], made.values["language_wanted"]) < NICE_LANGUAGE_STEPS
                    or wished_in_words(requirement.text, made.values["language_have"],
                                       context.patterns)):
                continue  # one level short of a language the job would like is no reason for pause
            if made is not None:
                made.score -= NICE_LEVEL_PENALTY
                drafts.append(made)
        rival = next((verdict for verdict in match.verdicts
                      if rival_platform(requirement, verdict)), None)
        if rival is not None and match.strength != STRONG:
            made = _tool(requirement, rival, context)
            made.score -= NICE_LEVEL_PENALTY
            drafts.append(made)
        wished = None if rival is not None or match.strength == STRONG else next(
            (verdict for verdict in match.verdicts if unnamed_product(requirement, verdict, context)),
            None)
        if wished is not None:
            # a product the job would like that the résumé never names: said as a wish, last
            made = _tool(requirement, replace(wished, detail="|".join(
                [wished.detail.split("|")[0], "", _category(wished)])), context)
            made.score -= WISHED_TOOL_PENALTY
            made.variant = "wished"
            drafts.append(made)
        return drafts
    specific = [verdict for verdict in match.verdicts if verdict.kind != "other"]
    if share_of_budget(requirement) is not None and not any(
            verdict.kind == "savings" for verdict in specific):
        # A percentage cut of the line's budget is a sum of money to judge against the record,
        # even where no percentage on the résumé gave the matcher a figure to compare.
        specific.append(Verdict(kind="savings", strength=NONE, reason=""))
    if not specific:
        trait = any_match(context.patterns.traits, requirement.text) is not None or any_match(
            context.patterns.evidence.get("confirmed_condition", ()), requirement.text) is not None
        # A duty the résumé does not echo is a topic to prepare, not a missing must-have: only a
        # line stated as a requirement raises one.
        stated = requirement.section in ("must", "unknown") and not any_match(
            context.patterns.evidence.get("relocation", ()), requirement.text)  # see location_draft
        # Nothing shown at all: the overall verdict, or every kind's own (a head that weighs
        # the nearest lines may call a line partial when no kind of it is shown).
        unshown = match.strength == NONE or (bool(match.verdicts) and all(
            verdict.strength == NONE for verdict in match.verdicts))
        if (requirement.must and stated and unshown and requirement.kind == "other"
                and not trait and not instruction(requirement.text)):
            draft = missing_draft(requirement, None, context, penalty=12)
            drafts.append(draft)
        product = unshown_product(requirement, match, context)
        if product is not None:  # the product the line names is its gap, said as a tool
            drafts = [draft for draft in drafts if draft.kind != "missing_must_have"] + [product]
        return as_the_map_shows(unanswered(drafts, requirement, context), match, context)
    for verdict in specific:
        made = _from_verdict(requirement, verdict, context)
        if made is not None:
            drafts.append(made)
    product = None if any(verdict.kind == "tools" for verdict in match.verdicts) or any(
        draft.kind == "tool_mismatch" for draft in drafts) else unshown_product(requirement, match,
                                                                                 context)
    if product is not None:
        drafts = [draft for draft in drafts if draft.kind != "missing_must_have"] + [product]
    if not drafts and only_the_sector_shown(requirement, match, context):
        drafts.append(missing_draft(requirement, None, context, penalty=12))
    leaders = leaders_unshown(requirement, match, context)
    if leaders is not None:
        # leading leaders is the line's gap, not also the years it counts them in
        drafts = [draft for draft in drafts if draft.kind != "missing_must_have"] + [leaders]
    return as_the_map_shows(unanswered(one_concern_per_line(drafts), requirement, context), match,
                            context)


def unshown_product(requirement: Requirement, match: Match, context: Context) -> Draft | None:
    """A tool concern for a product a stated line or duty names in a product's place that no
    word list holds (``products.products_named``: "hands-on experience with Quayline Q7") and the
    résumé does not name; None when the line names none, the résumé may show one (with "or
    another…" any one of them answers), or the map rates the line strong."""
    if match.strength == STRONG or not (requirement.must or requirement.section == "duties"):
        return None
    names = products_named(requirement.text, context.patterns)
    if not names:
        return None
    unshown = [name for name in names if not shown_on(context.resume, name)]
    if not unshown or (len(unshown) < len(names) and CHOICE_RE.search(requirement.text)):
        return None
    verdict = Verdict(kind="tools", strength=NONE, reason="", detail=f"{unshown[0]}||")
    return _tool(requirement, verdict, context)


CHOICE_RE = re.compile(r"(?i)\bor\b|\s/\s|\beither\b|\bsimilar\b|\bequivalent\b")
"""A line any one of whose products answers it."""


def only_the_sector_shown(requirement: Requirement, match: Match, context: Context) -> bool:
    """True when a stated must-have shows nothing on the résumé but its sector: the map finds
    no line for it, and its only kind the résumé meets is the industry its words name ("just-in-
    sequence delivery to OEM assembly lines" for an automotive career). The sector is shared;
    the practice the line asks for is not shown, which is a missing must-have as on a line of no
    known kind (a duty, a trait or an instruction raises none)."""
    if match.strength != NONE or not requirement.must or requirement.section not in ("must",
                                                                                       "unknown"):
        return False
    if not match.verdicts or any(verdict.kind != "domain" or verdict.strength != STRONG
                                 for verdict in match.verdicts):
        return False
    return (any_match(context.patterns.traits, requirement.text) is None
            and not instruction(requirement.text))


def leaders_unshown(requirement: Requirement, match: Match, context: Context) -> Draft | None:
    """Leading leaders not shown, on a stated line the matcher gave no leadership kind: a team
    line naming leaders among its reports ("a team of 40, including 5 market leads"; "three
    teams, each headed by a team lead") or a line of years spent leading leaders, when the
    résumé's own work counts no leaders reporting in at all (``leaders.resume_led_rank``)."""
    if any(verdict.kind == "leadership" for verdict in match.verdicts) or match.strength == STRONG:
        return None
    if not (requirement.must or requirement.section == "duties"):
        return None
    text = requirement.text
    asked = asked_leaders(text) or (
        requirement.kind == "years_experience" and LEADING_LEADERS_RE.search(text) is not None)
    if not asked or resume_led_rank(context) >= 0:
        return None
    verdict = next((verdict for verdict in match.verdicts if verdict.kind != "other"),
                   Verdict(kind="leadership", strength=NONE, reason=""))
    return simple_draft("no_leading_leaders", requirement, replace(verdict, line=None), context)


NOT_A_VERB_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBD", "VBG", "RB", "DT", "PRP", "PRP$", "CD"})
"""Tags of a line's first word, as written, that no instruction opens with."""


def instruction(text: str) -> bool:
    """True when a line opens with a verb in its base form, telling the holder what to do
    ("Manage the system's supplier contracts…", "Co-chair the review panel…"): a duty, whatever
    heading it stands under ("Essential duties"). A duty the résumé does not echo is a topic to
    prepare, not a missing must-have; a line stated as a requirement ("Experience of…",
    "Demonstrated…", "Strong…") is read as one."""
    from poise.analysis.nlp import spacy_pipeline

    words = text.lstrip("-•*– ").split(maxsplit=1)
    if not words or not words[0][:1].isalpha():
        return False
    # Read after a subject and a modal, so that a line-initial "Lead" or "Oversee" is tagged as
    # the verb it is; a noun followed by a preposition ("Experience of…") stays a noun.
    head = words[0].split("-")[-1].lower()  # "Co-chair": the verb is the last part
    nlp = spacy_pipeline()
    if nlp(" ".join(words[:2])[:200])[0].tag_ in NOT_A_VERB_TAGS:
        return False  # "Strong…", "Demonstrated…", "Sound knowledge…"
    doc = nlp(" ".join(["You will", head, *words[1:2]])[:200])
    if len(doc) < 3 or doc[2].tag_ != "VB":
        return False
    return len(doc) == 3 or doc[3].tag_ not in ("IN", "TO")


PART_SHOWN_ENOUGH = frozenset({"change_management"})
"""Requirement kinds a line shown in part already answers as a must-have when the line itself
tells that kind of work (change led is on the record, and how much of it is a matter of scope,
``scope_step_up``), not a missing must-have. The keys of rounds 1-24 never raise one such line
shown in part (9 raised, none about the line). A line rated partial only by its closeness of
meaning ("raised on-time dispatch with wave picking" for an organisation-wide transformation)
shows no change led, and the must-have stays."""
CUE_OF_KIND = {"change_management": "change"}
"""The evidence cues (content/fit/cues.yaml ``evidence``) that tell a kind's work on a line."""


def _shows_its_kind(match: Match, kind: str, context: Context) -> bool:
    """Whether the line the fit map quotes for a requirement tells work of its kind."""
    cues = context.patterns.evidence.get(CUE_OF_KIND.get(kind, kind), ())
    line = context.resume.line(match.line) if match.line is not None else None
    return line is not None and any_match(cues, line.text) is not None


def as_the_map_shows(drafts: list[Draft], match: Match, context: Context) -> list[Draft]:
    """The drafts agreeing with the fit map's verdict on their line: no missing must-have where
    the map rates the line strong (the résumé answers it, and the page would say both); on a
    line the map rates partial, the missing must-have says what is shown and what is not, and
    quotes the line that shows part of it, instead of saying nothing was found."""
    kept = []
    for draft in drafts:
        if draft.kind == "missing_must_have" and match.strength == STRONG:
            continue
        if (draft.kind == "missing_must_have" and match.strength == PARTIAL
                and draft.requirement is not None
                and draft.requirement.kind in PART_SHOWN_ENOUGH
                and _shows_its_kind(match, draft.requirement.kind, context)):
            continue
        if draft.kind == "missing_must_have" and match.strength == PARTIAL:
            draft.variant = "partial"
            draft.values["shown_gap"] = shown_gap(match.missing)
            shown = context.resume.line(match.line) if match.line is not None else None
            if shown is not None:
                draft.resume_line = draft.support = shown
        kept.append(draft)
    return kept


def unanswered(drafts: list[Draft], requirement: Requirement, context: Context) -> list[Draft]:
    """The drafts without a missing must-have the résumé answers under the requirement's own
    name or its initials ("Transport Manager" asked, "named TM on the licence" shown), or with a
    degree at the level the line asks (``degrees.degree_answers``)."""
    if any(draft.kind == "missing_must_have" for draft in drafts) and (answered_by_name(
            requirement.text, context.resume, abbreviations=requirement.kind == "other")
            or degree_answers(requirement, context)):
        return [draft for draft in drafts if draft.kind != "missing_must_have"]
    return drafts


def one_concern_per_line(drafts: list[Draft]) -> list[Draft]:
    """The drafts of one requirement line without its generic gaps when a specific concern
    already answers the line: "deliver $8M of savings in a turnaround" is a savings target to
    prepare for, not also a missing turnaround must-have."""
    specific = [draft for draft in drafts if draft.kind != "missing_must_have"]
    return specific if specific else drafts


def raises_concerns(requirement: Requirement, context: Context) -> bool:
    """False for a line read among the requirements that no résumé could answer: a question or
    a line introducing a list, used as a sub-heading ("Why join us?", "You will be assessed
    on the following:"), what the employer offers, a personal attribute, a
    check of the post or how to apply (``evidence.not_a_requirement`` in content/fit/cues.yaml)."""
    text = requirement.text.strip()
    if text.endswith(("?", ":")) or company_statement(text) or behaviour_statement(text):
        return False
    if attribute_statement(text) or disposition_statement(text) or catch_all_duties(text):
        return False  # a trait of character; "other tasks" with nothing named
    if len(LEGEND_RE.findall(text)) >= 2:
        return False  # a key to the advert's codes ("S = Shortlisting, T = Test")
    if post_detail(text) or PAGE_LIMIT_RE.search(text):
        return False  # the post's reference or closing date; the length of an application
    return any_match(context.patterns.evidence.get("not_a_requirement", ()), text) is None


def attribute_statement(text: str) -> bool:
    """True when a line opens by saying what the holder is like, an adjective after "you are"
    with nothing it is about ("You are calm, and you decide on data"): a trait the interview
    judges, which no résumé line proves or lacks. An adjective with its own complement ("You
    are fluent in Dutch", "experienced in…") asks for a skill and stays a requirement."""
    from poise.analysis.nlp import spacy_pipeline

    opening = text.lstrip("-•*– ")
    if not YOU_ARE_RE.match(opening):
        return False  # only a line opening "You are" is parsed
    doc = spacy_pipeline(parse=True)(opening[:300])
    if len(doc) < 3 or doc[0].lower_ != "you" or doc[1].lower_ not in ("are", "'re", "’re"):
        return False
    trait = doc[2]
    return trait.tag_ == "JJ" and trait.dep_ == "acomp" and not any(
        child.dep_ in ("prep", "xcomp", "ccomp", "advcl") for child in trait.children)


YOU_ARE_RE = re.compile(r"(?i)you(?:\s+are|['’]re)\b")
CATCH_ALL_NOUNS = frozenset({"duties", "tasks", "responsibilities", "activities", "projects",
                             "assignments"})
CATCH_ALL_MODIFIERS = frozenset({"other", "additional", "further", "related", "miscellaneous",
                                 "ad-hoc", "adhoc", "such", "similar"})
"""A line whose head is work in general, only qualified as more of it ("other tasks …")."""


def catch_all_duties(text: str) -> bool:
    """True for a short line that names no work of its own, only more of the post's work in
    general ("Further tasks as the manager directs"): the parse's head is a plural noun of work
    whose only describing word says "other" or "additional"."""
    from poise.analysis.nlp import spacy_pipeline

    opening = text.lstrip("-•*– ")
    if len(opening.split()) > 12 or not CATCH_ALL_NOUNS & set(re.findall(r"[a-z]+", opening.lower())):
        return False  # only a short line naming work in general is parsed
    doc = spacy_pipeline(parse=True)(opening[:200])
    if len(doc) > 12:
        return False
    roots = [token for token in doc if token.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].lower_ not in CATCH_ALL_NOUNS:
        return False
    modifiers = [child for child in roots[0].children if child.dep_ in ("amod", "compound")]
    return bool(modifiers) and all(child.lower_ in CATCH_ALL_MODIFIERS for child in modifiers)


PAGE_LIMIT_RE = re.compile(r"\b(?:max(?:imum|\.)?|no more than|up to|not exceeding)\s+(?:of\s+)?"
                           r"(?:\d+|one|two|three|four|five|six|ten)\s+(?:A4\s+)?(?:pages?|sides?|words)\b",
                           re.IGNORECASE)
"""A length limit: what an application document may hold ("maximum two pages"), never a skill."""
CODE_RE = re.compile(r"^[A-Z]{2,6}(?:[-/ ]?\d[\w/-]*)+$")
"""A reference code standing alone ("ABC-25-0417")."""
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b|\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)


DATE_ONLY_RE = re.compile(
    r"(?i)^(?:(?:w/c|week (?:commencing|of|beginning))\s+|(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTHS) + r")|(?:"
    + "|".join(MONTHS) + r")\s+\d{1,2}(?:st|nd|rd|th)?,?)(?:\s+\d{4})?\.?$")
"""A value that is nothing but a day ("w/c 23 February 2026", "Friday 3 May", "March 12, 2026")."""
SELECTION_STEP_RE = re.compile(r"(?i)\b(?:interview\w*|panels?|shortlist\w*|longlist\w*|"
                               r"assessment|closing|deadline|date)\b")
"""A step of choosing the candidate, or the advert's own date, named by a timetable's label."""


def post_detail(text: str) -> bool:
    """True for a row of the post's details, a label and its value, whose value is a reference
    code or a date ("| Reference | ABC-123 |", "| Closing date | Friday 3 May, 5pm |"), or a
    step of the selection timetable, whatever its label, given with nothing but its day
    ("Final interviews with the panel: 19 March 2026"): a fact of the advert that no résumé
    answers."""
    label, colon, day = text.strip(" -*•_").rpartition(":")
    if colon and SELECTION_STEP_RE.search(label) and DATE_ONLY_RE.match(day.strip(" *_")):
        return True  # a milestone of the work given a day ("Open the new site: 1 May") stays
    cells = [cell.strip(" *_") for cell in text.strip().strip("|").split("|")]
    if len(cells) != 2 or not all(cells) or len(cells[0].split()) > 4:
        return False
    value = cells[1]
    if CODE_RE.match(value):
        return True
    lowered = value.lower()
    dated = any(re.search(rf"\b{month}\b", lowered) for month in MONTHS) and bool(
        re.search(r"\d", value))
    return dated or TIME_RE.search(value) is not None


LEGEND_RE = re.compile(r"(?<![\w=])[A-Z]{1,3}\s*[=:–-]\s*[A-Z][a-z]+")
"""A code and what it stands for, as in a key below a table ("S = Shortlisting")."""
BEHAVIOUR_RE = re.compile(r"^(?P<name>[^\W\d_][^—–:]{2,40}?)\s+[—–]\s+(?P<rest>\S.*)$")
"""A behaviour of a competency framework: a short name, a dash, what the holder does."""


def behaviour_statement(text: str) -> bool:
    """True for a behaviour of a competency framework ("Working together — builds trust with
    partners"): its name, then what the holder does in the present tense with no subject. The
    interview judges a behaviour; a résumé neither proves nor lacks it."""
    hit = BEHAVIOUR_RE.match(text)
    if hit is None:
        return False
    from poise.analysis.nlp import spacy_pipeline

    # Read after a subject, so that "coaches, develops…" is read as verbs, not nouns.
    doc = spacy_pipeline()("It " + hit.group("rest"))
    return len(doc) > 2 and doc[1].tag_ == "VBZ" and doc[2].text != "-"  # not "hands-on"


SEEKING_RE = re.compile(r"^(?:look|seek|sought|search|need|want|expect|requir|ask|hir|welcom|valu|"
                        r"prefer|invit)", re.IGNORECASE)
"""Verbs by which an employer states what it asks of the holder ("we are looking for…"), by
their stems (the pipeline's parse carries no lemmas)."""
COPULA = frozenset({"is", "are", "was", "were", "be", "'s", "'re"})


def company_statement(text: str) -> bool:
    """True when every sentence of a line tells what the employer is or does ("We use X across
    all sites", "Our nurses are represented by a union", "we are preparing for an IPO") and none
    speaks to the holder or says what is sought: a fact about the company, not a requirement."""
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    if any(token.lower_ in ("you", "your", "yours") for token in doc):
        return False
    sentences = list(doc.sents)
    for sent in sentences:
        root = sent.root
        if SEEKING_RE.match(root.lower_):
            return False
        # "We use…", "Our nurses are…", or "APAC is our fastest-growing region": the company
        # is the subject, or what the subject is said to be.
        named = [child for child in root.children
                 if child.dep_ in ("nsubj", "nsubjpass") or (root.lower_ in COPULA and child.dep_ == "attr")]
        if not any(word.lower_ == "we" or any(child.lower_ == "our" for child in word.children)
                   for word in named):
            return False
    return bool(sentences)


CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
BASIC_LEVELS = frozenset({"A1", "A2"})
"""CEFR's basic user: a language at these levels is no working knowledge of it."""
NICE_LANGUAGE_STEPS = 2
"""How many CEFR levels below a nice-to-have language's level a résumé must stand for a concern."""


def level_steps(have: str, wanted: str) -> int:
    """How many CEFR levels ``have`` stands below ``wanted`` (a large number when either is
    not a level, so the gap is judged as before)."""
    if have not in CEFR_LEVELS or wanted not in CEFR_LEVELS:
        return len(CEFR_LEVELS)
    return CEFR_LEVELS.index(wanted) - CEFR_LEVELS.index(have)


NICE_LEVEL_PENALTY = 10


def wished_in_words(text: str, have: str, patterns: FitPatterns) -> bool:
    """True when a line the job would like names a language's level only in words ("fluency
    in Spanish", "bilingual", "ability to communicate in French"), with no grade of a scale
    or a test ("B2", "TOPIK 4"), and the résumé gives a working knowledge of it (B1 or above):
    a wish, not a bar, and working knowledge answers it. The recruiters' keys of rounds 1–39
    raise no concern on 7 of 9 such lines (a conversational or professional level against a
    fluent or bilingual one wished for); a basic level (A1, A2) is no working knowledge and is
    judged by the steps between the levels as before."""
    if have not in CEFR_LEVELS or have in BASIC_LEVELS:
        return False
    return CEFR_RE.search(text) is None and not is_language_test(text, patterns)


def rival_platform(requirement: Requirement, verdict: Verdict) -> bool:
    """True when a line the job would like names a product and the résumé shows another product
    of the same kind instead ("Epic experience" for a career on Cerner; "SAP S/4HANA" for one on
    Epicor): the candidate would move platforms the employer runs, which a recruiter asks about
    even on a wish. Not when the line accepts another product or gives the product as an example
    ("or equivalent", "such as", "e.g."), names it only in brackets, names a law by its short
    name, or the résumé shows nothing of the kind (a product it never names is
    ``unnamed_product``'s)."""
    if verdict.kind != "tools" or verdict.strength != PARTIAL:
        return False
    parts = verdict.detail.split("|")
    if len(parts) != 3 or not parts[0] or not parts[1] or parts[1].startswith("another "):
        return False
    if _law_abbreviation(parts[0], requirement.text) or EQUIVALENT_RE.search(requirement.text):
        return False  # a product as one example among others ("NetSuite and tools (e.g. …)")
    # a product named only in brackets is the employer's news ("(the Trust goes live with Epic
    # in 2026)"): the line asks for the kind of work, which the rival product shows
    return parts[0].lower() in BRACKETED_RE.sub(" ", requirement.text).lower()


BRACKETED_RE = re.compile(r"\([^()]*\)")


WISHED_TOOL_PENALTY = 12
"""Points below a desirable line's own tool concern when the résumé names no product of the
line at all: a wish it lacks outright reads after every gap the job states as essential."""


def unnamed_product(requirement: Requirement, verdict: Verdict, context: Context) -> bool:
    """True when a line the job would like names a product and the résumé names it nowhere and
    shows no rival product in its place (that is ``rival_platform``'s): "QAD ERP and Plex MES
    (advantage)" for a career that names neither. The recruiters' keys of rounds 1–40 raise a
    tool concern on 41 of the 61 desirable lines naming a product the résumé never names (24 of
    34 in rounds 20–40), so it is raised, mildly. Not when the line asks a kind of tool rather
    than a product ("a CMS"), gives the product as an example of its kind ("such as", "or
    similar", "e.g.": any product of the kind meets it; the keys raise 1 of 7 such lines), names
    a law by its short name, or names the product only in a bracket of several words (the
    employer's news)."""
    if verdict.kind != "tools" or verdict.strength == STRONG:
        return False
    parts = verdict.detail.split("|")
    if len(parts) != 3 or not parts[0] or (parts[1] and not parts[1].startswith("another ")):
        return False
    name, text = parts[0], requirement.text
    if name in context.patterns.content.lexicons.tool_categories:
        return False  # a kind of tool, no product named
    if _law_abbreviation(name, text) or EQUIVALENT_RE.search(text) or ALIKE_RE.search(text):
        return False  # "SAP IS-H or another SAP hospital system": any of the kind meets it
    if name.lower() not in _outside_long_brackets(text).lower():
        return False
    return not shown_on(context.resume, name)


NOTE_WORDS = 3
"""A bracket of more words than this is a note of the employer's ("(the Trust goes live with
Epic in 2026)"); a shorter one still names what the line asks ("(Versatrans preferred)")."""


def _outside_long_brackets(text: str) -> str:
    """``text`` without its brackets of more than ``NOTE_WORDS`` words."""
    return BRACKETED_RE.sub(lambda hit: hit.group(0) if len(hit.group(0).split()) <= NOTE_WORDS
                            else " ", text)


def _category(verdict: Verdict) -> str:
    """The tool category a tools verdict's detail names ("" when none)."""
    parts = verdict.detail.split("|")
    return parts[2] if len(parts) == 3 else ""


def _level_below(requirement: Requirement, verdict: Verdict, context: Context) -> Draft | None:
    """A certification or language shown at a lower level than the line names, else None (a tool
    the job would like where the résumé shows another product is ``rival_platform``'s)."""
    if verdict.strength != PARTIAL:
        return None
    if verdict.kind == "certification" and "|" in verdict.detail:
        return _certification_level(requirement, verdict, context)
    if verdict.kind == "languages" and verdict.detail.count("|") == 2:
        return _language_level(requirement, verdict, context)
    return None


def _certification_level(requirement: Requirement, verdict: Verdict, context: Context) -> Draft:
    wanted, have = verdict.detail.split("|", 1)
    draft = simple_draft("certification_level", requirement, verdict, context)
    draft.values.update({"cert": wanted, "cert_have": have})
    # The result closest to what the certificate is for ("9 Green Belt projects, cycle time down
    # 22%"), not whichever line comes first.
    draft.support = (support_line(requirement, context, where=measured_bullet)
                     or best_achievement(context, recent=True) or draft.support)
    draft.key = "certification_level"  # one concern for every certificate below its rung
    if IN_PROGRESS_RE.search(have):
        draft.variant = "in_progress"  # "ACCA in progress": studying for it, not a rung below
    elif body_sibling(wanted, have, requirement.text):
        draft.variant = "sibling_award"  # the body's other award, not a rung of a ladder
    elif long_study(wanted, context):
        draft.variant = "long_study"  # a chartered grade or a degree: a stage in six months
    return draft


def body_sibling(wanted: str, have: str, text: str) -> bool:
    """True when the award held begins with the initials of a body the job line names before
    the award it asks, and the award asked is another ("CQM/OE" asked on "ASQ Certified Manager
    of Quality…", "ASQ Certified Quality Engineer (CQE)" held): the body's other award."""
    body = have.split()[0] if have.split() else ""
    return (len(body) >= 2 and body.isupper() and body not in wanted
            and re.search(rf"(?<![\w-]){re.escape(body)}(?![\w-])", text) is not None)


IN_PROGRESS_RE = re.compile(r"\b(?:in progress|studying|part[- ]qualified|candidate|finalist)\b",
                            re.IGNORECASE)
"""How a ladder's detail says the award held is still being studied for."""


def stated_level(language: str, text: str, patterns: FitPatterns) -> str:
    """The level a line states for a language at any of its mentions ("You speak Dutch, or you
    reach professional Dutch (B2) within a year" states B2); "" when it states none."""
    level = dict(languages_in(text, patterns)).get(language, "")
    if level:
        return level
    for hit in patterns.languages.finditer(text):
        if not hit.start() or patterns.language_of(hit.group(0)) != language:
            continue
        level = dict(languages_in(text[hit.start():], patterns)).get(language, "")
        if level:
            return level
    return ""


def _language_level(requirement: Requirement, verdict: Verdict, context: Context) -> Draft | None:
    """A language shown below the level the line names, else None: a line that names the
    language without a level ("Spanish language skills", "French is an asset") is met by any
    working knowledge the résumé gives, so it raises no concern unless the résumé gives only a
    basic one (``BASIC_LEVELS``: A1, A2), which is no working knowledge."""
    language, have, wanted = verdict.detail.split("|")
    if not have:
        return None  # the résumé names the language with no level to compare: the map says so
    if not stated_level(language, requirement.text, context.patterns) and have not in BASIC_LEVELS:
        return None
    draft = simple_draft("language_level", requirement, verdict, context)
    draft.values.update({"language": language, "language_have": have, "language_wanted": wanted})
    draft.support = best_achievement(context, recent=True) or draft.support
    draft.key = "language_level"  # one concern for every language below its level
    return draft


def _from_verdict(requirement: Requirement, verdict: Verdict, context: Context) -> Draft | None:
    kind = verdict.kind
    must = requirement.must
    if kind == "certification" and verdict.strength == PARTIAL and "|" in verdict.detail:
        if not must:
            return None
        return _certification_level(requirement, verdict, context)
    if kind == "certification" and verdict.strength == NONE and work_certification(
            requirement.text, verdict.detail):
        return None  # the site's or the partner's certificate, kept up by the work the line asks
    if kind in ("years_experience", "certification", "change_management", "stage", "education",
                "development"):
        if verdict.strength == NONE and must:
            return missing_draft(requirement, verdict, context)
        return None
    if kind == "languages":
        if verdict.strength == PARTIAL and verdict.detail.count("|") == 2:
            return _language_level(requirement, verdict, context) if must else None
        if verdict.strength != STRONG and must:
            return missing_draft(requirement, verdict, context)
        return None
    if kind == "outsourcing":
        if verdict.strength == NONE and (must or requirement.section == "duties"):
            return simple_draft("outsourcing_vendor", requirement, verdict, context)
        if verdict.strength == PARTIAL and must:
            # the only contract on the record is a review the candidate attended (fit/attended.py)
            draft = simple_draft("outsourcing_vendor", requirement, verdict, context)
            draft.variant = "attended"
            return draft
        provider_line = supplier_side(context) if (must or requirement.section == "duties") else None
        if provider_line is not None:
            # every outsourcing line of the career is the provider's: running a contract for
            # clients is not governing a partner as the client
            draft = simple_draft("outsourcing_vendor", requirement, verdict, context)
            draft.variant = "supplier_side"
            draft.resume_line = provider_line
            return draft
        return None
    if kind == "savings":
        asked, _, have = verdict.detail.partition("|")
        unmet = verdict.strength != STRONG
        need = requirement.numbers.get("savings")
        record = largest_saving(context)
        share = share_of_budget(requirement)
        from_share = False
        rates = context.patterns.content.currencies
        need_currency = _currency_of(requirement, need) if need else ""
        if need is None and share is not None:
            # "a 12% cut in a S$38M budget" is a saving of about S$4.6M: judged as money against
            # the record, not as a percentage against any improvement the résumé reports.
            need, need_currency = share
            asked = f"about {money(need, need_currency)}"  # the line shows the share and budget
            have = ""
            unmet = record is None or need / converted(
                record[0], record[1], need_currency, rates) >= STEP_UP
            from_share = True
        # every amount in the target's currency before it is compared (currencies.yaml)
        matched = [(converted(value, currency, need_currency, rates), value, currency)
                   for value, currency, _ in amounts_in(have)]
        recorded = converted(record[0], record[1], need_currency, rates) if record else 0.0
        if need and record is not None and not (matched and recorded < matched[0][0] < need):
            # Judged against the largest saving the résumé states, not any amount near a cue
            # (the matcher's amount stands when it is larger and still below the target).
            unmet = need / recorded >= STEP_UP
            have = money_beside(record[0], record[1], need_currency, rates)
        elif need and matched and matched[0][0] < need:
            unmet = need / matched[0][0] >= STEP_UP
            have = money_beside(matched[0][1], matched[0][2], need_currency, rates)
            record = None
        elif need and unmet and routine_saving(need, asked, context):
            unmet = False
        if unmet and from_share and cut_on_record(requirement.numbers.get("percent", 0.0), context,
                                                  requirement.text):
            unmet = False  # the résumé cuts a cost by a share near the one asked
        if unmet and need is None and not cuts_a_cost(requirement, context):
            return None  # a share off emissions or waiting times is a target, not a saving
        if unmet and (must or requirement.section == "duties"):
            if not asked:
                return None
            draft = simple_draft("savings_target", requirement, verdict, context)
            draft.values.update({"saving_asked": asked, "saving_have": have or "no sized saving"})
            if record is not None:
                draft.resume_line = draft.support = record[2]  # the answer argues from the record
            return draft
        return None
    if kind == "regulation":
        if verdict.strength == NONE and (must or requirement.section == "duties") and not (
                governed_sector_career(requirement, context)):
            return regulation_switch_draft(requirement, verdict, context)
        return None
    if kind == "stakeholders" and verdict.detail == "elected members":
        if verdict.strength == NONE and requirement.section == "must":
            # An essential criterion with no evidence at all is a missing must-have; a duty with
            # councillors is a move into the public sector.
            return missing_draft(requirement, verdict, context)
        if verdict.strength == NONE:
            return elected_members_draft(requirement, verdict, context)
        return None
    if kind in ("scope_team", "scope_budget", "scope_pnl"):
        unmet = verdict.strength == NONE or verdict.short or (
            kind == "scope_pnl" and verdict.strength == PARTIAL)
        step = step_up(requirement, kind, context)
        if step is not None:
            unmet = step >= STEP_UP
        if unmet and (must or requirement.section == "duties"):
            return scope_draft(requirement, verdict, context)
        return None
    if kind == "leadership":
        lower_rung = lower_rung_led(requirement, verdict, context)
        front_line = None if lower_rung or verdict.strength == STRONG else (
            front_line_led(requirement, context))  # only supervisors named: the size is theirs
        if (not lower_rung and front_line is None and verdict.strength != STRONG
                and leaders_answer(requirement, context)):
            return None  # the résumé counts managers reporting in, which the cue did not read
        # A partial verdict on a line naming leaders as its reports, where the résumé counts no
        # one by title among its own reports, is leading leaders not shown.
        unled = verdict.strength == PARTIAL and no_leaders_counted(requirement, context)
        if verdict.strength == NONE or verdict.short or lower_rung or unled or front_line:
            draft = simple_draft("no_leading_leaders", requirement, verdict, context)
            if lower_rung or front_line:
                draft.variant = "lower_rung"
                if front_line is not None:
                    draft.variant = "front_line"
                    draft.resume_line = front_line  # the line naming who reports in now
                elif verdict.line is not None:  # the line that shows who reports in now
                    draft.resume_line = context.resume.line(verdict.line)
            return draft
        return None
    if kind == "stakeholders":
        if verdict.detail == "board" and board_at_work(context):
            return None  # the résumé answers it, whatever line the matcher weighed
        if verdict.detail == "board" and elected_body_at_work(context):
            return None  # reporting to elected members is a public body's board work
        if verdict.detail == "board" and verdict.strength == STRONG:
            verdict = replace(verdict, line=None)  # its line only named a service for investors
        if verdict.strength != STRONG or verdict.detail == "board":
            draft = simple_draft("no_board_exposure", requirement, verdict, context)
            if verdict.detail == "public company":
                draft.variant = "not_listed"  # a listed company asked: board work may be shown
            return draft
        return None
    if kind == "geography":
        if "languages" in requirement.kinds:
            return None  # "Fluent English: you will report to the international committee": the
            # line asks a language, which its language verdict judges, not a record abroad
        if "outsourcing" in requirement.kinds and not INTERNATIONAL_ROLE_RE.search(requirement.text):
            return None  # "offshore partners" are suppliers to manage, not an international remit
        if remit_only_in_names(requirement.text):
            return None  # "the International Food Standard" names a standard, not a remit
        markets = other_markets(requirement, verdict, context)
        if markets is not None or verdict.strength == STRONG:
            return markets
        draft = simple_draft("domestic_only", requirement, verdict, context)
        draft.values["home_market"] = verdict.detail if verdict.detail != "one country" else (
            "a single country")
        return draft
    if kind == "tools":
        if _law_abbreviation(verdict.detail.split("|")[0], requirement.text):
            return None
        if rival_accepted(requirement, verdict):
            return None
        if verdict.strength != STRONG and (must or requirement.section == "duties"):
            return _tool(requirement, verdict, context)
        return None
    if kind == "domain":
        if "education" in requirement.kinds and EDUCATION_SECTOR_RE.search(verdict.detail):
            return None  # a degree asked names where one studied, not the employer's sector
        model = verdict.detail.lower()
        if model in context.patterns.models and any(
                serves_model(requirement.text, have, context.patterns)
                for have in context.resume.models):
            return None  # the line serves the candidate's customers too: no switch of model
        if sector_only_as_source(requirement.text, verdict.detail, context.patterns):
            # "funding from government sources" names a funder, not the employer's sector: the
            # line asks for that work, a must-have, not a move into another sector
            return missing_draft(requirement, verdict, context) if (
                verdict.strength == NONE and must) else None
        if sector_only_as_project(requirement.text, verdict.detail, context.patterns):
            # "client for construction projects": that kind of work asked, not a move into the
            # sector; a must-have the record does not show is a missing must-have
            return missing_draft(requirement, verdict, context) if (
                verdict.strength == NONE and must) else None
        if sector_only_as_phase(requirement.text, verdict.detail, context.patterns):
            return None  # "a start-up from construction to volume production": a phase, no sector
        if sector_only_as_study(requirement.text, verdict.detail, context.patterns):
            return None  # "a degree in naval architecture": where one studied, no sector
        if verdict.strength == NONE and must:
            return domain_draft(requirement, verdict, context)
        return None
    return None


EDUCATION_SECTOR_RE = re.compile(r"\beducation\b", re.IGNORECASE)
"""The education sector as a domain verdict names it."""

PERSONAL_VERBS = frozenset({"hold", "have", "obtain", "gain", "complete", "attain", "possess",
                            "acquire", "earn", "pursue", "be", "become"})
"""Verbs by which a duty asks the holder to have a certificate themselves ("Obtain the … within
a year"), as opposed to looking after one the organisation holds."""


def work_certification(text: str, certificate: str) -> bool:
    """True when a certificate is named in a duty that tells the holder to look after the work
    it certifies ("Maintain the site's … certification", "Manage our partners … including
    their … certification"): the organisation, a site or a supplier holds it, so the résumé
    lacking it is no missing qualification. The line opens with a verb (``instruction``) that is
    not one of having or gaining a certificate, and the certificate is not the line's first
    word (a line that opens with its name asks for it)."""
    words = text.lstrip("-•*– ").split()
    if not words or not certificate or not instruction(text):
        return False
    first = words[0].lower().strip(",.;:")
    if first in PERSONAL_VERBS or first in certificate.lower().split():
        return False
    if len(words) > 1 and words[1][:1].isupper() and words[1][1:2].islower():
        return False  # "Lean Six Sigma …": a name in capitals opens the line, not a verb
    return text.lower().find(certificate.split()[0].lower()) > len(words[0])


LOWER_RUNG_MISSING = "leaders of a lower level than asked"
"""How the matcher's leadership verdict says that leaders are led, but of a lower rung than the
job names (see ``match._check_leadership``)."""
LOWER_RUNG_GAP = 3
"""How many rungs of the leadership ladder (content/fit/lexicons.yaml ``leadership_levels``) the
job's reports must stand above the résumé's for the gap to give pause: front-line team leaders
led where the job's reports are heads or directors. One rung or two (managers where the job
names senior or general managers) is the same work at a larger size, which the scope concern
already weighs."""


def lower_rung_led(requirement: Requirement, verdict: Verdict, context: Context) -> bool:
    """True when the résumé shows leaders reporting in, but three rungs or more below the
    lowest the line names as its reports (team leaders where the job's reports are heads of
    service): leading leaders is shown far enough down that an interviewer will probe it as
    surely as none."""
    if verdict.strength != PARTIAL or not verdict.missing.startswith(LOWER_RUNG_MISSING):
        return False
    patterns = context.patterns
    asked = [reports_rank(hit.group(0), patterns) for hit in REPORTS_RE.finditer(requirement.text)]
    asked = [rank for rank in asked if rank >= 0]
    shown = max((reports_rank(line.text, patterns, counted=True) for line in context.resume.lines),
                default=-1)
    return (bool(asked) and shown >= 0 and min(asked) - shown >= LOWER_RUNG_GAP
            and not any(COUNTED_MANAGERS_RE.search(line.text) for line in context.resume.lines
                        if line.section in ("experience", "summary")))


def front_line_led(requirement: Requirement, context: Context) -> ResumeLine | None:
    """The résumé line naming the leaders who report in, when every leader its own work counts
    by title stands on the front-line rung of the ladder (supervisors, team leads: content/fit/
    lexicons.yaml ``leadership_levels``), no span of direct reports implies managers
    (``led_through_span``), and the line names its reports as managers or above ("through four
    unit managers and their shift supervisors", "seven senior managers"; not managers the work
    is done with or reported to): the candidate leads
    the leaders of direct teams, the role leads leaders of leaders. The leaders are named in the
    latest role (who reports in now; a post held years ago says little). A large team led through
    front-line leaders is still one layer (the supervisors named are the layer a size implies).
    None otherwise, and when the résumé names no leaders by title (a team of specialists is
    ``no_leaders_counted``'s; a span read from structure alone tells no rung)."""
    patterns = context.patterns
    team_leader = leadership_rank("team_leader", patterns)
    text = requirement.text
    asked = [rank for rank in asked_reports(text, context) if rank > team_leader]
    led = [hit for hit in REPORTS_RE.finditer(text) if reports_rank(hit.group(0), patterns)
           > team_leader and not worked_with(text, hit.start("core"))]
    if team_leader < 0 or not asked or not (led or LEADERS_OF_LEADERS_RE.search(text)):
        return None  # managers the work is done with or reported to are no reports
    own = [line for line in context.resume.lines if line.section in ("experience", "summary")]
    ranks = [led_rank(line.text, patterns) for line in own]
    if max(ranks, default=-1) != team_leader or led_through_span(context) > team_leader:
        return None
    roles = context.resume.roles
    latest = set(roles[0].lines) | {roles[0].line} if roles else set()
    # the leaders named in the latest role: who reports in now, not a post held years ago
    return next((line for line, rank in zip(own, ranks, strict=True)
                 if rank == team_leader and line.index in latest), None)


LEADERS_OF_LEADERS_RE = re.compile(r"(?i)\b(?:managers|leaders|supervisors|heads) of (?:other )?"
                                   r"(?:managers|leaders|teams|supervisors)\b")
"""People named by whom they lead ("managers of managers", "leaders of leaders"): one rung above
the people they lead, however the title ladder reads either word alone."""


def asked_reports(text: str, context: Context) -> list[int]:
    """The rungs of the leadership ladder of the people a job line names as its reports
    ("four Directors" → head or director; "managers of managers" → manager of managers)."""
    patterns = context.patterns
    above_managers = leadership_rank("manager", patterns) + 1
    spans = [hit.span() for hit in LEADERS_OF_LEADERS_RE.finditer(text)]
    ranks = [above_managers for _ in spans]
    for hit in REPORTS_RE.finditer(text):
        if any(start <= hit.start("core") < end for start, end in spans):
            continue
        rank = reports_rank(hit.group(0), patterns)
        if rank >= 0:
            ranks.append(rank)
    return ranks


def shown_reports(context: Context) -> int:
    """The highest rung among the people the résumé's own work counts as reporting in
    ("through 6 engineering managers", "line managed 7 store managers"); -1 when none is
    counted. Lines beside the career (references, volunteering) are left out."""
    return resume_led_rank(context)


def no_leaders_counted(requirement: Requirement, context: Context) -> bool:
    """True when a line names the leaders who will report in (a rung of the title ladder,
    content/fit/lexicons.yaml ``leadership_levels``: "three managers", "Directors or other
    managers of managers") and the résumé's own work counts no one by such a title among its
    reports, nor any managers: the largest team it shows is of specialists. Both sides are read
    by the ladder, not by the words a cue looks for. Leaders shown at a lower rung than asked are
    ``lower_rung_led``'s to weigh; a smaller number of the same rung, the scope concern's."""
    if not (asked_reports(requirement.text, context) or asked_leaders(requirement.text)):
        return False
    if shown_reports(context) >= 0:
        return False
    return not any(COUNTED_MANAGERS_RE.search(line.text) and not flat_team(line.text, context.patterns)
                   and not worked_with(line.text, line.text.lower().find("managers"))
                   for line in context.resume.lines if line.section in ("experience", "summary"))


def leaders_answer(requirement: Requirement, context: Context) -> bool:
    """True when a line of the résumé's own work counts people who lead others reporting in
    ("5 section managers report to me", "Supervise three directors"), at a rung less than
    ``LOWER_RUNG_GAP`` below the lowest the line names: the candidate leads leaders, whatever
    words the matcher's cue looked for, and a smaller number of them is the scope concern's to
    weigh. Lines beside the career (references, volunteering) are left out."""
    patterns = context.patterns
    manager = leadership_rank("manager", patterns)
    # by the title ladder: "case managers" or "brand managers" lead no one
    shown = resume_led_rank(context)
    if manager < 0 or shown < manager:
        return False
    asked = [rank for rank in (reports_rank(hit.group(0), patterns)
                               for hit in REPORTS_RE.finditer(requirement.text)) if rank >= 0]
    return not asked or min(asked) - shown < LOWER_RUNG_GAP


COUNTED_MANAGERS_RE = re.compile(r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
                                 r"\s+(?:[\w-]+\s+){0,2}managers\b")
"""Managers counted among the people led ("3 program managers and 28 staff"), whatever the
ladder makes of their title: people who run teams of their own reported in."""


def other_markets(requirement: Requirement, verdict: Verdict, context: Context) -> Draft | None:
    """A stated requirement naming two countries or more, when the résumé's work across borders
    is in other countries, none of them named: the international remit is shown, the markets
    are not, and the concern says so instead of calling the career domestic. Never on a line
    the fit map rates strong (``not_against_strong``)."""
    if len(context.resume.countries) < 2 or requirement.section != "must":
        return None  # a duty naming markets ("localise the offer for Japan") asks for no record
    patterns, resume = context.patterns, context.resume
    wanted = list(dict.fromkeys(country_name(hit.group(0))
                                for hit in patterns.countries.finditer(requirement.text)))
    regions = [hit.group(0) for hit in patterns.regions.finditer(requirement.text)]
    if len(wanted) < 2 or set(wanted) & set(resume.countries):
        return None
    if any(region.lower() == have.lower() for region in regions for have in resume.regions):
        return None  # "across APAC" asked and shown: the region covers the countries it names
    draft = simple_draft("domestic_only", requirement, verdict, context)
    draft.variant = "other_markets"
    draft.values["home_market"] = _and_list([_with_article(name) for name in resume.countries[:3]])
    draft.values["job_markets"] = _and_list([_with_article(name) for name in wanted[:4]])
    # the answer argues from the bullet that crosses the most borders, not a generic line
    spread = max((line for line in resume.lines if line.section == "experience" and line.bullet),
                 key=lambda line: len(set(patterns.countries.findall(line.text))), default=None)
    if spread is not None and len(set(patterns.countries.findall(spread.text))) >= 2:
        draft.resume_line = draft.support = spread
    return draft


THE_COUNTRIES = frozenset({"Philippines", "Netherlands", "United States", "United Kingdom",
                           "United Arab Emirates", "Czech Republic", "Gambia", "Bahamas"})
"""Countries named with "the" in a sentence ("in the Philippines")."""


def _with_article(name: str) -> str:
    return f"the {name}" if name in THE_COUNTRIES else name


def country_name(name: str) -> str:
    """A country by the name the résumé reader gives it ("UK" → "United Kingdom")."""
    return COUNTRY_ALIASES.get(name, name)


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


EQUIVALENT_RE = re.compile(r"(?i)\bor (?:an?(?:nother)? |any |other |some )?(?:similar|equivalent|"
                           r"comparable|alternative|other)\b|\bsuch as\b|\be\.g\.|\bfor example\b|"
                           r"\bor (?:an?|any) (?:other )?[\w-]+ (?:system|platform|tool|suite)\b")
"""A line that names a product as an example of a kind ("SAP or a comparable ERP",
"an ERP such as SAP"): any product of that kind meets it."""


def rival_accepted(requirement: Requirement, verdict: Verdict) -> bool:
    """True when the résumé shows another product of the kind the line names and the line
    accepts one ("or equivalent", "such as"): the tool the résumé shows is the answer, and no
    platform is left to learn. A whole module or version named as the gap stays a gap."""
    parts = verdict.detail.split("|")
    if len(parts) != 3 or not parts[1] or parts[1].startswith("another ") or not parts[2]:
        return False
    return any(parts[0].lower() in clause.lower() and EQUIVALENT_RE.search(clause)
               for clause in CLAUSE_RE.split(requirement.text))


CLAUSE_RE = re.compile(r"[();,]|\s+and\s+")
"""Where one named thing ends and the next begins: "Salesforce and a forecasting method
(MEDDICC or similar)" accepts an equivalent of the method, not of Salesforce."""


REMIT_RE = re.compile(r"\b(?:international|global|worldwide|multi-?national|multi-?country|"
                      r"cross-border|overseas|regions?|regional|countries)\b", re.IGNORECASE)
NAME_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w&-]*\s+){0,3}?(?:of\s+|on\s+|for\s+)?[A-Z][\w&-]*")


def remit_only_in_names(text: str) -> bool:
    """True when every word of reach in a line ("global", "international") is part of a name
    of capitalised words (a standard, a body, a programme), so the line asks for no remit across
    countries."""
    hits = list(REMIT_RE.finditer(text))
    if not hits:
        return False
    return all(hit.group(0)[0].isupper() and not _starts_sentence(text, hit.start())
               and NAME_AFTER_RE.match(text, hit.end()) is not None for hit in hits)


def _starts_sentence(text: str, start: int) -> bool:
    """True when a word opens its line or sentence, where any word is capitalised."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".:;!?–—-•|"


def board_at_work(context: Context) -> bool:
    """Whether a role on the résumé shows work with a board: a trusteeship or a volunteer
    treasurer's seat listed beside the career, or a board course, is not a board an executive
    reports to."""
    board = context.patterns.evidence.get("board", ())
    employers = _employer_words(context)
    roles = context.resume.roles
    seat = board_seat_asked(context)
    for line in context.resume.lines:
        if line.section != "experience" or line.role is None:
            continue
        employer = roles[line.role].employer or "" if 0 <= line.role < len(roles) else ""
        # a body with a name of its own, or the employer itself when it is called a board
        bodies = [hit.span() for hit in NAMED_BOARD_RE.finditer(line.text)
                  if named_body(hit.group("name"), employers) or hit.group(0).strip() in employer]
        if any(not _modifier_only(line.text, hit) and not _inside(hit.span(), bodies)
               and not employer_called_board(hit.group(0), employer)
               and not exposure_only(line.text, hit, seat=seat)
               for pattern in board for hit in pattern.finditer(line.text)):
            return True
        for hit in NAMED_BOARD_RE.finditer(line.text):
            if employers & set(hit.group("name").lower().split()) and hit.group(0).strip() not in (
                    employer) and not exposure_only(line.text, hit, seat=seat):
                return True
    return False


def elected_body_at_work(context: Context) -> bool:
    """Whether a post that neither answers to its board nor sits on it (``board_seat_asked``)
    finds its board exposure in the résumé's work with an elected body: a line of the roles or
    summary telling of reporting or presenting to elected members, councillors or ministers
    (cues ``elected_members``). A public body's elected members govern it as a board governs a
    company, so presenting to them is exposure to a board's work; a post that answers to the
    board itself still asks a record of being accountable to one."""
    elected = context.patterns.evidence.get("elected_members", ())
    if not elected or board_seat_asked(context):
        return False
    return any(any_match(elected, line.text) is not None for line in context.resume.lines
               if line.section in ("experience", "summary"))


NAMED_BOARD_RE = re.compile(r"(?P<name>(?:[A-Z][\w&'’.-]*\s+){1,4})Board\b")
"""A board named after an organisation ("the Harbour Foods Board")."""
GOVERNING_WORDS = frozenset({"group", "trust", "plc", "company", "parent", "holding", "holdings",
                             "supervisory", "management", "executive", "main", "unitary",
                             "statutory", "advisory", "foundation", "bank", "university",
                             "hospital", "health", "governing", "the", "our", "its", "a"})
"""Words that name a governing board itself ("the Group Board", "the Trust Board", "the
Supervisory Board"), as opposed to a body with a name of its own."""


def named_body(name: str, employers: set[str]) -> bool:
    """True when the capitalised words before "Board" name a body of its own, neither a governing
    board nor one of the candidate's employers' boards: an examination board ("Maharashtra State
    Board"), a tribunal ("Mental Health Review Board"), a customer panel ("Customer Advisory
    Board") or a school district that is itself called a board. Work with such a body is no
    exposure to the board a post answers to."""
    words = {word.strip(".,'’").lower() for word in name.split()}
    return bool(words - GOVERNING_WORDS - GENERIC_NAME_WORDS - employers)


def employer_called_board(hit: str, employer: str) -> bool:
    """True when the role's employer is itself called a board (a school district, "… District
    School Board") and the cue found only "the Board": the line speaks of the employer ("the
    Board's working group", "Board policies"), not of its trustees."""
    if not re.search(r"\bBoard\b", employer):
        return False
    return re.fullmatch(r"(?i)(?:the|a|to|our|its)?\s*boards?", hit.strip()) is not None


COMMITTEE_AFTER_RE = re.compile(r"(?i)\s*(?:['’]s\s+)?(?:(?!and\b|or\b)[\w&-]+\s+){0,5}?"
                                r"(?:sub-?)?committees?\b")
"""A committee named after the board word ("the Trust Board's Finance & Performance Committee",
"the Board Quality & Risk Committee")."""
ADVISORY_RE = re.compile(r"(?i)\badvisory\b")
BY_AGENT_RE = re.compile(r"(?i)\bby\s+(?:the\s+|its\s+|our\s+)?$")
"""The agent of a passive just before a board cue ("approved by the …")."""


def exposure_only(text: str, hit: re.Match[str], *, seat: bool) -> bool:
    """True when a board cue found only an advisory board (of customers, of experts), which
    governs nothing; and, for a post that answers to the board or sits on it (``seat``), a
    committee of a board (an audit committee, "the Board Quality & Risk Committee") or a board
    as the agent of a decision on the candidate's work ("a business case approved by the group
    board"): exposure to a board's work, not the board the candidate would answer to."""
    if ADVISORY_RE.search(hit.group(0)):
        return True
    if not seat:
        return False
    if BY_AGENT_RE.search(text[:hit.start()]) or "committee" in hit.group(0).lower():
        return True
    return COMMITTEE_AFTER_RE.match(text, hit.end()) is not None


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """True when a cue's hit begins inside one of ``spans``."""
    return any(start <= span[0] < end for start, end in spans)
GENERIC_NAME_WORDS = frozenset({"the", "group", "ltd", "limited", "plc", "inc", "llc", "gmbh", "ag",
                                "co", "company", "&", "and", "of"})


def _employer_words(context: Context) -> set[str]:
    """The distinctive words of the employers the résumé's roles name: a board named with them
    is the board of a company the candidate worked for, not a review or project board."""
    words: set[str] = set()
    for role in context.resume.roles:
        words |= {word for word in re.findall(r"[\w&'’.-]+", (role.employer or "").lower())
                  if word not in GENERIC_NAME_WORDS and len(word) > 2}
    return words


def _modifier_only(text: str, hit: re.Match[str]) -> bool:
    """True when the word a board cue found only qualifies another noun ("investor onboarding",
    "shareholder registers"), or names people counted in the hundreds (``counted_clientele``):
    the line is about a service or its customers, not about people reported to."""
    if " " in hit.group(0).strip():
        return False
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline(parse=True)(text)
    span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.dep_ == "compound" and token.head.i > token.i:
        return True
    return counted_clientele(token)


CLIENTELE_COUNT = 100
"""How many people a board cue word must be counted as to name a clientele: a board or an
investor group one reports to is a handful of people, never thousands."""


def counted_clientele(token: Token) -> bool:
    """True when people a board cue names ("investors", "shareholders") are counted in the
    hundreds or more ("products for 45,000 retail investors"): they are the customers served,
    not a body the candidate answered to."""
    for child in token.children:
        if child.dep_ != "nummod":
            continue
        digits = re.sub(r"[^\d.]", "", child.text)
        try:
            if digits and float(digits) >= CLIENTELE_COUNT:
                return True
        except ValueError:
            continue
    return False


STEP_UP = 1.5
"""How many times the candidate's largest team or budget a job's must be to be a step up: a
team of 62 for one of 85 is the same work, one of 190 for 320 is not."""


def step_up(requirement: Requirement, kind: str, context: Context) -> float | None:
    """How many times the candidate's largest team (``scope_team``) or budget (``scope_budget``)
    the requirement's is, or None when either is not stated."""
    name = {"scope_team": "team", "scope_budget": "budget"}.get(kind)
    need = requirement.numbers.get(name) if name else None
    largest = _largest(context, "team" if name == "team" else "budget")
    if not need or largest is None or largest.value <= 0:
        return None
    # a budget in the currency the requirement states, when both say theirs (currencies.yaml)
    have = converted(largest.value, largest.currency, _currency_of(requirement, need),
                     context.patterns.content.currencies) if name == "budget" else largest.value
    return need / have


def _largest(context: Context, what: str) -> Quantity | None:
    """The largest team or budget the candidate held (``scale.largest_held``)."""
    return largest_held(context.resume, what, context.patterns.content.currencies)


SIZE_COMPOUND_RE = re.compile(r"[£$€₹]?\s?\d[\d.,]*\s?(?:bn|m|k|cr|mn)?-[^\W\d_]+", re.IGNORECASE)
"""An amount joined to a noun ("a £4bn-asset mutual", "a $2bn-revenue group"): a size, never
a saving."""


ROUTINE_SAVING_SHARE = 0.15
"""A saving up to this share of a budget the candidate has run is ordinary budget management
(finding £300k in a £3m budget), not a target beyond their record."""


def share_of_budget(requirement: Requirement) -> tuple[float, str] | None:
    """The money a percentage target in the same line as a budget comes to ("deliver a 10%
    reduction on an operating budget of €20M" is about €2M), with the budget's currency; None
    when the line does not state both. A résumé that cuts a cost by a share near the one asked
    answers it whatever the money (``savings.cut_on_record``)."""
    percent = requirement.numbers.get("percent")
    budget = requirement.numbers.get("budget")
    if not percent or not budget or "savings" not in requirement.kinds or percent > 60:
        return None
    if not_the_cost_base(requirement.text):
        return None  # the percentage is of a part of the spend, or of a budget for change
    return budget * percent / 100, _currency_of(requirement, budget)


CHANGE_BUDGET_RE = re.compile(r"(?i)\b(?:programme|program|project|capex|capital|investment)\s*"
                              r"\(?\s*budget\b")
"""A budget for change ("a transformation programme (budget …)", "a capital budget"): money
spent on the change, not the cost base a percentage cut is taken from."""
NAMED_PART_RE = re.compile(r"(?<![.:;!?]\s)(?<!^)\b[A-Z][\w&-]*\s+(?:cost|costs|spend)\b")
"""A cut of a part of the spend the line names by its capitalised name ("a 20% reduction in AWS
cost per transaction" in an engineering budget): a share of that part, not of the whole budget."""


def not_the_cost_base(text: str) -> bool:
    """True when the percentage cut a line asks for is not taken from the budget it states: the
    budget pays for a programme of change, or the cut is of a named part of the spend."""
    return CHANGE_BUDGET_RE.search(text) is not None or NAMED_PART_RE.search(text) is not None



def _currency_of(requirement: Requirement, amount: float) -> str:
    """The currency the requirement's own text states for ``amount`` ("" when it states none)."""
    return next((currency for value, currency, _ in amounts_in(requirement.text)
                 if value == amount), "")


def routine_saving(need: float, asked: str, context: Context) -> bool:
    """True when a savings target the résumé shows no sized saving for is a small share of the
    largest budget the candidate has held in the same currency: running that budget is the
    record the target is judged against."""
    budget = _largest(context, "budget")
    if budget is None or budget.value <= 0:
        return False
    currency = next((currency for _, currency, _ in amounts_in(asked) if currency), "")
    held = converted(budget.value, budget.currency, currency, context.patterns.content.currencies)
    return need <= ROUTINE_SAVING_SHARE * held


def largest_saving(context: Context) -> tuple[float, str, ResumeLine] | None:
    """The largest saving the résumé states in its roles or summary, as (amount, currency, the
    line that states it); savings in several currencies are ranked by what they come to in one."""
    rates = context.patterns.content.currencies
    best: tuple[float, str, ResumeLine] | None = None
    for line in context.resume.lines:
        if line.section not in ("experience", "summary"):
            continue
        stated = [(value, currency) for value, currency, kind in amounts_in(
            SIZE_COMPOUND_RE.sub(" ", line.text)) if kind == "saving"]
        for value, currency in [*stated, *programme_savings(line.text)]:
            if best is None or in_reference(value, currency, rates) > in_reference(
                    best[0], best[1], rates):
                best = (value, currency, line)
    return best


LAW_NAME_RE = re.compile(r"\b(?:Ordinance|Regulations?|Act|Directive|Law|Code|Standards?|Rules|"
                         r"Framework|Regime)\s*\(([^)]{1,40})\)")
"""A law or rule book followed by its short name ("the Medical Devices Ordinance (MDO)")."""


def _law_abbreviation(name: str, text: str) -> bool:
    """True when ``name`` is the short name the line gives a law or a rule book, not a tool."""
    if not name:
        return False
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", hit.group(1))
               for hit in LAW_NAME_RE.finditer(text))


def scope_draft(requirement: Requirement, verdict: Verdict, context: Context) -> Draft:
    """The scope step-up of a line: its team, budget or P&L against the largest the candidate held."""
    plans = context.patterns.content.concerns.scope_plans
    resume = context.resume
    values = Values()
    biggest_team = _largest(context, "team")
    biggest_budget = _largest(context, "budget")
    score = base_score("scope_step_up", requirement, context)
    parts: dict[str, tuple[float, str]] = {}
    if verdict.kind == "scope_team":
        need = requirement.numbers.get("team")
        have = biggest_team.value if biggest_team else None
        if need and have:
            parts["team"] = (need, f"team of {have:,.0f} → {need:,.0f}")
            score += min(15.0, 5.0 * need / have)
        elif need:
            parts["team"] = (need, f"no stated team size → {need:.0f} people")
        else:
            parts["team"] = (0.0, "a larger team than the résumé shows")
        values["scope_from"] = f"a team of {have:,.0f}" if have else "the teams I have led"
        plan = plans["team"]
        line = resume.line(biggest_team.line) if biggest_team else None
    elif verdict.kind == "scope_budget":
        need = requirement.numbers.get("budget")
        have = biggest_budget.value if biggest_budget else None
        # each amount in the currency its own text states ("£22M → £60M", not "22M → 60M")
        have_currency = biggest_budget.currency if biggest_budget else ""
        need_currency = _currency_of(requirement, need) if need else ""
        rates = context.patterns.content.currencies
        if need and have:
            # the candidate's figure in its own currency, with about what it comes to in the
            # job's ("budget €22M (about £19M) → £68M")
            parts["budget"] = (need, f"budget {money_beside(have, have_currency, need_currency, rates)}"
                                     f" → {money(need, need_currency)}")
            score += min(15.0, 4.0 * need / converted(have, have_currency, need_currency, rates))
        elif need:
            parts["budget"] = (need, f"first budget of this size ({money(need, need_currency)})")
        else:
            parts["budget"] = (0.0, "first budget responsibility")
        values["scope_from"] = (f"a budget of {money(have, have_currency)}" if have
                                else "the budgets I have run")
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
        values["scope_from"] = (f"running a {money(biggest_budget.value, biggest_budget.currency)} "
                                "budget" if biggest_budget else "cost and budget work")
        plan = plans["pnl"]
        line = resume.line(biggest_budget.line) if biggest_budget else None
        score += 6
    if line is None and verdict.line is not None:
        line = resume.line(verdict.line)
    support = line or support_line(requirement, context)
    return Draft(
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


def _tool(requirement: Requirement, verdict: Verdict, context: Context) -> Draft:
    required, have, category = [*verdict.detail.split("|"), "", "", ""][:3]
    categories = context.patterns.content.lexicons.tool_categories
    named = required
    if required in categories:
        # A kind of tool asked without a product ("a CMS"): named as the kind, as written.
        named = f"{categories[required]} platform"
        category, required = required, with_indefinite_article(named)
    values = Values()
    values["tool_required"] = required or "the platform"
    values["category"] = categories.get(category, "day-to-day")
    if have:
        values["tool_have_title"] = f"résumé shows {have}"
        values["tool_have_phrase"] = have
    else:
        values["tool_have_title"] = "not on the résumé"
        values["tool_have_phrase"] = f"no {named or 'platform'} experience"
    resume_line = context.resume.line(verdict.line) if verdict.line is not None else None
    support = resume_line or support_line(requirement, context)
    score = base_score("tool_mismatch", requirement, context) + (4 if have else 0)
    return Draft(
        kind="tool_mismatch",
        key="tool_mismatch",
        score=score,
        values=values,
        job_line=requirement.text,
        resume_line=resume_line or support,
        support=support,
        requirement=requirement,
    )
