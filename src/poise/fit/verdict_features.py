"""The verdict head's inputs: for one requirement and its best résumé lines, features that each
mean something a recruiter weighs.

- **The checks** (match.py): whether a kind check judged it and how (strong, partial, none, short).
- **Meaning and words**: the blended similarity of the best and second-best lines, how many lines
  come close, the share of the requirement's content words the best line, the three best lines
  and the whole résumé hold, and the specific items (acronyms, codes) it names.
- **Parts**: how well the worst-shown and the average part of a requirement that lists several
  things is shown (``poise.fit.parts``).
- **Scale**: whether a quantity asked (people, money, savings, years of the right kind, a
  percentage) is met, exceeded or short, as a clipped log ratio shown / asked.
- **Quantities both sides state** (``poise.fit.quantity_met``): the years of the kind asked
  counted from the roles whose lines show that kind (or a close line's own span), and whether
  every quantity the requirement and the résumé both state is met; a quantity the résumé never
  states is not compared (it is "unshown", not short).
- **Levels**: a rung of a ladder (certifications, degrees) or a level of leaders asked against the
  highest the résumé shows (``poise.fit.ladders``), compared by position.
- **Part and count on the evidence**: whether the best line tells only a part in work another
  led (a co-lead, a subject-matter expert, "alongside the director"), and whether the closest
  lines count the things asked fewer or at least as many ("14 store directors" for 38).
- **Shown or resembled** (``poise.fit.line_shows``): whether the evidence line acts on a word of
  the requirement (its verb's object), has one as its verb, or names them only as modifiers.
- **The requirement**: essential or desirable, its kind, its length, whether it offers a choice,
  whether it is a duty of the post (what the holder will do, which a recruiter reads as met by
  the same kind of work done) rather than a qualification, and the proper names it holds
  (a jurisdiction, a framework, an institution) the résumé never writes.
- **What kind of requirement**: the requirement's sentence embedding on its first principal
  components (``poise.fit.verdict_basis``), from which the head learns which kinds of
  requirement a recruiter reads as met by a relevant role.

Pure: computed from what the fit already read (no parsing, no new embedding).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from poise.fit.career_places import career_countries, places_named
from poise.fit.job_reader import Requirement
from poise.fit.ladders import asked_rungs, leadership_rank, reports_rank
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.line_shows import line_shows
from poise.fit.match import NONE, PARTIAL, RANK, STRONG, Match, Similarity, item_pattern
from poise.fit.quantities import count_ratio, figure_ratio
from poise.fit.quantity_met import kind_years_ratio, stated_met
from poise.fit.resume_reader import ResumeProfile
from poise.fit.shortfall import held
from poise.fit.text import content_words
from poise.fit.verdict_basis import COMPONENTS, Basis, project
from poise.fit.years import years_of_kind

KINDS = ("years_experience", "scope_team", "scope_budget", "scope_pnl", "leadership",
         "stakeholders", "education", "certification", "languages", "tools", "change_management",
         "geography", "domain", "outsourcing", "savings", "regulation", "development", "other")
"""Requirement kinds with a feature each (a kind not listed sets none of them)."""
FEATURES = (
    "checked", "check_none", "check_partial", "check_strong", "check_short", "checks_split",
    "final_none", "final_partial", "final_strong",
    "similarity", "similarity_other", "cosine", "lexical_best_line", "lexical_max", "runner_up",
    "close_lines", "line_in_role", "line_in_summary",
    "words_on_resume", "specifics_named", "specifics_unnamed", "asks_number", "offers_choice",
    "length", "essential",
    "has_parts", "part_min", "part_mean", "parts_shown", "part_lines",
    "figure_short", "figure_met",
    "best_gap", "cover_top_lines", "line_in_education", "line_is_title",
    "scale_asked", "scale_log_ratio", "scale_short", "scale_unshown",
    "years_asked", "years_log_ratio", "years_short",
    "ladder_asked", "ladder_met", "ladder_short", "ladder_unshown",
    "leaders_asked", "leaders_short",
    "line_role_years", "line_role_ago", "roles_close", "evidence_similarity",
    "duty", "names_asked", "names_unnamed",
    "count_short", "count_met", "part_only", "place_elsewhere", "rules_elsewhere",
    "kind_years_log_ratio", "kind_years_met", "stated_compared", "stated_met",
    "line_acts_on", "line_asked_verb", "line_asked_modifier",

    *(f"kind_{kind}" for kind in KINDS),
    *(f"asked_pc{index}" for index in range(COMPONENTS)),
)
"""The head's inputs, in order (the shipped weights are checked against this list)."""

SPECIFIC_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,5}(?:/[A-Z]{2,4})?[ -]\d{1,5}\b"
                         r"|\b[A-Z][A-Za-z0-9&/-]*\d[\w/-]*\b|\b[A-Z]{2,}[a-z]?\b|\b\d[\d,.]*\b")
"""Specific items a requirement names: acronyms, codes with digits ("ISO 45001"), numbers."""
NAME_RE = re.compile(r"(?<![.:;(/–—-]\s)(?<!^)\b[A-Z][a-zà-ÿ'’]+(?:\s+[A-Z][a-zà-ÿ'’]+)*")
"""A proper name inside a line (a capitalised word or run of words not at the line's or a
clause's start): a jurisdiction, a framework, an institution or a system ("Hong Kong", "Te
Tiriti", "Scottish"), which the résumé either names or does not."""
CHOICE_RE = re.compile(r"\bor\b|\beither\b|\bequivalent\b|\bsimilar\b|\bsuch as\b|\be\.g\.",
                       re.IGNORECASE)
OR_RE = re.compile(r"\bor\b|\beither\b", re.IGNORECASE)
PART_SHOWN = 0.5
"""Blended similarity at or above which a résumé line counts as showing one part of a
requirement (a part is a short phrase, so its scores run higher than a whole line's)."""
FIGURE_MET = 0.9
"""A figure shown at this share of the one asked (or more) meets it (as ``match.SCOPE_MET``)."""
TOP_LINES = 3
"""The résumé lines most like a requirement whose figures and words are weighed together."""
RATIO_CLIP = 3.0
"""Log₂ ratios of shown to asked are clipped to ± this (8 times more or less is as telling as
more)."""


@dataclass(frozen=True)
class ResumeContext:
    """What every requirement of one fit compares with, computed once per fit."""

    words: set[str]
    text: str
    saving_max: float
    rungs: dict[str, int]
    """Per ladder, the highest rung the résumé shows (its position)."""
    leaders_shown: int
    """The highest leadership level among the people the résumé counts as led, or of its roles."""
    countries: frozenset[str] = frozenset()
    """The countries (ISO codes) the roles' headers and the candidate's address name."""


def resume_vocabulary(resume: ResumeProfile) -> tuple[set[str], str]:
    """The résumé's content words and its whole text, computed once per fit."""
    text = "\n".join(item.text for item in resume.lines)
    return content_words(text), text


def resume_context(resume: ResumeProfile, patterns: FitPatterns) -> ResumeContext:
    """The résumé's vocabulary, largest saving, rungs and level of leaders led (once per fit)."""
    words, text = resume_vocabulary(resume)
    have = held(resume, patterns)  # the largest saving and the rungs, as the shortfall cap reads them
    lines = [item.text for item in resume.lines]
    rungs = {ladder: rung.rank for ladder, (rung, _) in have.rungs.items()}
    leaders = max((reports_rank(line, patterns, counted=True) for line in lines), default=-1)
    for role in resume.roles:
        if role.level:
            # A role held at a level shows the level below it led (a head leads managers).
            leaders = max(leaders, leadership_rank(role.level, patterns) - 1)
    return ResumeContext(words, text, have.saving[0] if have.saving else 0.0, rungs, leaders,
                         career_countries(resume, patterns))


def specifics(text: str) -> list[str]:
    """The specific items ``text`` names (acronyms, codes with digits, numbers), in order, once."""
    found: list[str] = []
    for hit in SPECIFIC_RE.finditer(text):
        word = hit.group(0).strip(".,")
        if word and word not in found:
            found.append(word)
    return found


def log_ratio(shown: float, asked: float) -> float:
    """log₂(shown / asked), clipped to ± RATIO_CLIP; the clip's floor when nothing is shown."""
    if asked <= 0:
        return 0.0
    if shown <= 0:
        return -RATIO_CLIP
    return max(-RATIO_CLIP, min(RATIO_CLIP, math.log2(shown / asked)))


def scale_ratios(requirement: Requirement, resume: ResumeProfile, saving_max: float
                 ) -> dict[str, float | None]:
    """Per quantity the requirement asks for (team, budget, savings), the largest the résumé shows
    over the one asked; None when the résumé shows none to compare."""
    ratios: dict[str, float | None] = {}
    need = requirement.numbers.get("team")
    if need:
        biggest = max((item.value for item in resume.team_sizes), default=0.0)
        ratios["team"] = biggest / need if biggest else None
    need = requirement.numbers.get("budget")
    if need:
        biggest = max((item.value for item in resume.budgets), default=0.0)
        ratios["budget"] = biggest / need if biggest else None
    need = requirement.numbers.get("savings")
    if need:
        ratios["savings"] = saving_max / need if saving_max else None
    return ratios


def years_ratio(requirement: Requirement, resume: ResumeProfile,
                patterns: FitPatterns | None = None) -> float | None:
    """The years the résumé shows of the kind asked over those asked (the smaller of the total
    and the managing years when both are asked; a later span at a leadership level counts only
    the roles at that level, ``poise.fit.years``); None when no years are asked."""
    ratios = []
    total = requirement.numbers.get("years")
    managing = requirement.numbers.get("years_managing")
    kind = years_of_kind(requirement.text, resume, patterns) if patterns and total else None
    if total and total != managing:
        ratios.append(max(resume.career_months / 12, resume.stated_years or 0.0) / total)
    if kind is not None:
        ratios.append(kind.years / kind.asked)
    elif managing:
        ratios.append(resume.management_months / 12 / managing)
    return min(ratios) if ratios else None


def ladder_standing(requirement: Requirement, context: ResumeContext, patterns: FitPatterns
                    ) -> tuple[float, float, float, float]:
    """Whether the requirement names a rung of a ladder; whether the résumé shows every ladder
    asked at that rung or above; a lower rung of one; none of one."""
    asked = asked_rungs(requirement.text, patterns)
    if not asked:
        return 0.0, 0.0, 0.0, 0.0
    shown = [context.rungs.get(ladder) for ladder in asked]
    short = any(rank is not None and rank < asked[ladder].rank
                for ladder, rank in zip(asked, shown, strict=True))
    unshown = any(rank is None for rank in shown)
    met = not short and not unshown
    if OR_RE.search(requirement.text):
        # Ladders offered as alternatives ("PMP or PRINCE2 Practitioner"): one met is enough.
        met = any(rank is not None and rank >= asked[ladder].rank
                  for ladder, rank in zip(asked, shown, strict=True))
        short, unshown = (False, False) if met else (short, unshown)
    return 1.0, float(met), float(short), float(unshown)


def features(requirement: Requirement, match: Match, resume: ResumeProfile, sim: Similarity,
             *, context: ResumeContext, patterns: FitPatterns, basis: Basis | None = None
             ) -> np.ndarray:
    """The head's input for one requirement and its match (see FEATURES); the requirement
    embedding's coordinates on ``basis`` (``poise.fit.verdict_basis``) are zero without one."""
    checks = [verdict for verdict in match.verdicts if verdict.kind != "other"]
    ranks = [RANK[verdict.strength] for verdict in checks]
    weakest = min(ranks) if ranks else -1
    row = sim.rows.get(requirement.id)
    similarity = cosine = lexical_line = lexical_max = runner_up = close = 0.0
    evidence_similarity = 0.0
    in_role = in_summary = in_education = is_title = cover_top = 0.0
    wanted = content_words(requirement.text)
    closest: list[str] = []
    evidence_line = ""
    if row is not None and len(sim.lines):
        combined = sim.combined(requirement.id)
        by_similarity = np.sort(combined)[::-1]
        order = sim.order(requirement.id)  # the evidence ranker's order, else similarity's
        best = int(order[0])
        similarity = float(by_similarity[0])
        evidence_similarity = float(combined[best])
        runner_up = float(by_similarity[1]) if len(by_similarity) > 1 else 0.0
        cosine = float(sim.cosine[row].max())
        lexical_line = float(sim.lexical[row, best])
        lexical_max = float(sim.lexical[row].max())
        close = math.log1p(float((combined >= 0.5).sum()))
        line = sim.lines[best]
        evidence_line = line.text
        in_role = 1.0 if line.role is not None else 0.0
        in_summary = 1.0 if line.section == "summary" else 0.0
        in_education = 1.0 if line.section == "education" else 0.0
        is_title = 1.0 if any(role.line == line.index for role in resume.roles) else 0.0
        closest = [sim.lines[int(i)].text for i in order[:TOP_LINES]]
        if wanted:
            shown_words: set[str] = set()
            for text in closest:
                shown_words |= content_words(text)
            cover_top = len(wanted & shown_words) / len(wanted)
    on_resume = len(wanted & context.words) / len(wanted) if wanted else 1.0
    items = specifics(requirement.text)
    named = [item for item in items if item_pattern(item).search(context.text)]
    values = [
        1.0 if checks else 0.0,
        1.0 if weakest == RANK[NONE] else 0.0,
        1.0 if weakest == RANK[PARTIAL] else 0.0,
        1.0 if weakest == RANK[STRONG] else 0.0,
        1.0 if any(verdict.short for verdict in checks) else 0.0,
        1.0 if ranks and max(ranks) != min(ranks) else 0.0,
        1.0 if match.strength == NONE else 0.0,
        1.0 if match.strength == PARTIAL else 0.0,
        1.0 if match.strength == STRONG else 0.0,
        similarity,
        similarity if not checks else 0.0,
        cosine,
        lexical_line,
        lexical_max,
        runner_up,
        close,
        in_role,
        in_summary,
        on_resume,
        len(named) / len(items) if items else 1.0,
        float(len(items) - len(named)) if items else 0.0,
        1.0 if re.search(r"\d", requirement.text) else 0.0,
        1.0 if CHOICE_RE.search(requirement.text) else 0.0,
        math.log1p(len(wanted)),
        1.0 if requirement.must else 0.0,
        *_part_features(requirement, sim),
        *_figure_features(requirement, closest),
        similarity - runner_up,
        cover_top,
        in_education,
        is_title,
        *_scale_features(requirement, resume, context),
        *_years_features(requirement, resume, patterns),
        *ladder_standing(requirement, context, patterns),
        *_leaders_features(requirement, context, patterns),
        *_tenure_features(resume, sim, requirement.id),
        evidence_similarity,
        1.0 if requirement.section == "duties" else 0.0,
        *_name_features(requirement.text, context.text),
        *_count_features(requirement, closest),
        _part_only(sim, requirement.id, patterns),
        *_place_features(requirement.text, context, patterns),
        *_stated_features(requirement, resume, sim, context, patterns, closest),
        *(line_shows(requirement.text, evidence_line) if evidence_line else (0.0, 0.0, 0.0)),
        *(1.0 if kind in requirement.kinds else 0.0 for kind in KINDS),
        *embedding_features(requirement.id, sim, basis),
    ]
    return np.asarray(values, dtype=np.float32)


def embedding_features(requirement_id: str, sim: Similarity, basis: Basis | None) -> np.ndarray:
    """The requirement's embedding on ``basis``: what kind of requirement it is (zeros when the
    fit kept no embeddings or there is no basis)."""
    row = sim.rows.get(requirement_id)
    vector = sim.asked_vectors[row] if row is not None and len(sim.asked_vectors) > row else None
    return project(basis, vector)


def proper_names(text: str) -> list[str]:
    """The proper names inside ``text`` (``NAME_RE``), in order, once; a name that is one of the
    line's first words or opens a clause is left out (it is capitalised for its place)."""
    found: list[str] = []
    for hit in NAME_RE.finditer(text):
        name = hit.group(0).rstrip("'’")
        if hit.start() == 0 or name in found:
            continue
        found.append(name)
    return found


def _name_features(text: str, resume_text: str) -> list[float]:
    """Whether the requirement holds proper names, and how many of them the résumé never writes
    (log; compared without case, word by word, so "Board" is met by "board")."""
    names = proper_names(text)
    if not names:
        return [0.0, 0.0]
    lower = resume_text.lower()
    unnamed = 0
    for name in names:
        if not all(re.search(rf"\b{re.escape(word)}\b", lower) for word in name.lower().split()):
            unnamed += 1
    return [1.0, math.log1p(unnamed)]


ROLE_CLOSE = 0.5
"""Blended similarity at or above which a line of a role counts as that role showing the
requirement (for the number of roles that show it)."""
AGO_CLIP = 15.0
"""Years since a role ended are clipped to this."""


def _tenure_features(resume: ResumeProfile, sim: Similarity, requirement_id: str) -> list[float]:
    """How long the role of the best line lasted (years, log), how long ago it ended (years,
    clipped; 0 for the current role) and how many roles hold a close line (log): evidence from a
    short or long-past stint, or from one line only, shows less than a record across roles."""
    if requirement_id not in sim.rows or not len(sim.lines):
        return [0.0, 0.0, 0.0]
    combined = sim.combined(requirement_id)
    line = sim.lines[int(sim.order(requirement_id)[0])]
    years = ago = 0.0
    if line.role is not None and line.role < len(resume.roles):
        role = resume.roles[line.role]
        years = math.log1p(role.months / 12)
        end = resume.today if role.current else role.end_max
        if end is not None:
            ago = min(AGO_CLIP, max(0.0, (resume.today - end) / 12))
    roles = {item.role for item, score in zip(sim.lines, combined, strict=True)
             if item.role is not None and score >= ROLE_CLOSE}
    return [years, ago, math.log1p(len(roles))]


def _part_features(requirement: Requirement, sim: Similarity) -> list[float]:
    """Whether the requirement asks for several things; how well its worst-shown and its average
    part is shown; the share of parts some line shows; how many lines it takes (log)."""
    scores = sim.part_scores(requirement.id)
    if not len(scores) or not scores.shape[1]:
        return [0.0, 0.0, 0.0, 0.0, 0.0]
    best = scores.max(axis=1)
    lines = {int(scores[row].argmax()) for row in range(len(scores)) if best[row] >= PART_SHOWN}
    # Parts offered as alternatives ("a capital project or a new site") are met by the best one.
    worst = float(best.max() if OR_RE.search(requirement.text) else best.min())
    return [1.0, worst, float(best.mean()), float((best >= PART_SHOWN).mean()),
            math.log1p(len(lines))]


def _figure_features(requirement: Requirement, closest: list[str]) -> list[float]:
    """Whether the closest lines show a figure (money or a percentage) below, or at least at,
    the one the requirement asks for (``quantities.figure_ratio``)."""
    ratio = figure_ratio(requirement.text, closest) if closest else None
    if ratio is None:
        return [0.0, 0.0]
    return [1.0 if ratio < FIGURE_MET else 0.0, 1.0 if ratio >= FIGURE_MET else 0.0]


def _count_features(requirement: Requirement, closest: list[str]) -> list[float]:
    """Whether the closest lines count the same things the requirement counts ("38 store
    directors", "8 hospitals") fewer, or at least as many (``quantities.count_ratio``)."""
    ratio = count_ratio(requirement.text, closest) if closest else None
    if ratio is None:
        return [0.0, 0.0]
    return [1.0 if ratio < FIGURE_MET else 0.0, 1.0 if ratio >= FIGURE_MET else 0.0]


RULES_RE = re.compile(r"\b(?:[A-Z][\w-]*\s+Act\b|legislation|legislative|statutory|regulat\w+|"
                      r"laws?\b|licen[cs]\w*|registration|registered|accredit\w*|standards?\b|"
                      r"framework|codes?\b|public (?:health|sector|service))", re.IGNORECASE)
"""Words of the rules a post works under or a licence it needs: laws, regulators, registration,
standards (a country's own, when the line names a country)."""


def _place_features(text: str, context: ResumeContext, patterns: FitPatterns) -> list[float]:
    """Whether the requirement names a country or state where none of the résumé's roles, nor
    its address, lies; and whether it names one of its rules as well ("Knowledge of Ontario
    legislation", "registration with a New Zealand regulator"): a career under another
    country's rules shows other rules, not these."""
    asked = places_named(text, patterns)
    if not asked or not context.countries or asked & context.countries:
        return [0.0, 0.0]
    return [1.0, 1.0 if RULES_RE.search(text) else 0.0]


def _part_only(sim: Similarity, requirement_id: str, patterns: FitPatterns) -> float:
    """Whether the best evidence line tells only a part in work someone else led ("alongside the
    HR Director", "co-led", "as subject-matter expert", a member of a project): content cues
    ``supporting_part`` and ``exposure``."""
    if requirement_id not in sim.rows or not len(sim.lines):
        return 0.0
    line = sim.lines[int(sim.order(requirement_id)[0])]
    cues = (*patterns.evidence.get("supporting_part", ()), *patterns.evidence.get("exposure", ()))
    return 1.0 if any_match(cues, line.text) else 0.0


def _scale_features(requirement: Requirement, resume: ResumeProfile, context: ResumeContext
                    ) -> list[float]:
    """A quantity asked; the worst shown/asked log ratio of those the résumé states (0 when it
    states none: a quantity is compared only when both sides state one); short of one; one with
    nothing shown."""
    ratios = scale_ratios(requirement, resume, context.saving_max)
    if not ratios:
        return [0.0, 0.0, 0.0, 0.0]
    known = [ratio for ratio in ratios.values() if ratio is not None]
    worst = min(known, default=0.0)
    return [1.0, log_ratio(worst, 1.0) if known else 0.0,
            1.0 if known and worst < 1.0 else 0.0,
            1.0 if len(known) < len(ratios) else 0.0]


def _stated_features(requirement: Requirement, resume: ResumeProfile, sim: Similarity,
                     context: ResumeContext, patterns: FitPatterns, closest: list[str]
                     ) -> list[float]:
    """Years of the kind asked counted from the roles whose lines show that kind (log ratio to
    those asked, and met; ``poise.fit.quantity_met``); whether any quantity is stated on both
    sides, and whether every one so stated is met (scale, years, figures and counts)."""
    kind = None
    if requirement.id in sim.rows and len(sim.lines):
        scores = [float(score) for score in sim.combined(requirement.id)]
        kind = kind_years_ratio(requirement, resume, scores, [line.text for line in sim.lines],
                                [line.role for line in sim.lines])
    ratios: list[float | None] = list(scale_ratios(requirement, resume, context.saving_max).values())
    ratios.append(years_ratio(requirement, resume, patterns))
    ratios.append(kind)
    if closest:
        ratios.extend((figure_ratio(requirement.text, closest),
                       count_ratio(requirement.text, closest)))
    kind_values = [0.0, 0.0] if kind is None else [log_ratio(kind, 1.0),
                                                   1.0 if kind >= FIGURE_MET else 0.0]
    return [*kind_values, *stated_met(ratios)]


def _years_features(requirement: Requirement, resume: ResumeProfile, patterns: FitPatterns
                    ) -> list[float]:
    """Years asked; the shown/asked log ratio; short of them."""
    ratio = years_ratio(requirement, resume, patterns)
    if ratio is None:
        return [0.0, 0.0, 0.0]
    return [1.0, log_ratio(ratio, 1.0), 1.0 if ratio < 1.0 else 0.0]


def _leaders_features(requirement: Requirement, context: ResumeContext, patterns: FitPatterns
                      ) -> list[float]:
    """Whether the requirement names a level of people to lead (managers, heads, directors); and
    whether the highest level the résumé shows led is below it."""
    asked = reports_rank(requirement.text, patterns)
    if asked < 0:
        return [0.0, 0.0]
    return [1.0, 1.0 if context.leaders_shown < asked else 0.0]
