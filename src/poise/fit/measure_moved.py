"""A named measure a requirement asks to move or to hold, moved as far or held at that level by the
candidate's recent work, read by rule from the figures on both sides.

A requirement may ask a measure moved ("Raise plant OEE from 71% to 82%", "Grow revenue from £3m
to £6m") or held at a level ("Keep TRIR below 0.30", "on-time delivery of 95% or better"). A
recruiter reads it as met by a line of the candidate's recent work that moved the same measure at
least as far in the same direction ("OEE raised from 68% to 79%": eleven points, as asked), or
that states it at the level asked ("TRIR 0.18 (2024)"). No kind check reads such a duty, and the
verdict head weighs the figures only as similar text. This module compares them:

- **the measure**: the nouns and adjectives that run up to the figure asked (the requirement's
  opening verb and words that only say where, "plant", "group", left out); a line shows the same
  measure when it names one of them (its stem, as the fit compares words);
- **a change**: "from A to B" on both sides, percentages against percentages (points moved) and
  other figures against figures of the same kind (the growth or the cut as a ratio, so money in
  any currency or scale compares, both ends being in the same one);
- **a level**: a percentage asked as a floor or a ceiling (``shortfall.rates_in``), or a figure
  after a bound ("below 0.30"), against the levels the line states for that measure (the end of a
  change, a percentage, or a figure right after the measure's name);
- **the line**: a line of a role of the last decade (no title, no profile).

Every measure the requirement asks must be met; a requirement naming no figure is left alone. Only
strong is settled here, by ``verdict_head.apply_head``; a shortfall still lowers it afterwards
(``poise.fit.shortfall.cap``). Pure: reads the texts and the parse the fit already keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from poise.fit.match import item_pattern
from poise.fit.parsed_lines import parsed_words
from poise.fit.quantities import CURRENCY, PERCENT_RE, UNIT, UNIT_SCALE, percent_value
from poise.fit.resume_reader import ResumeLine, ResumeProfile
from poise.fit.shortfall import CHANGE_RE, rates_in
from poise.fit.text import content_words, stem
from poise.fit.verdict_features import proper_names, specifics

MET = 0.9
"""A change shown at this share of the one asked (or more) meets it (as ``quantity_met.MET``)."""
MAX_TEXT = 600
"""Longer texts are read only this far (bounded work on odd input)."""
MEASURE_WORDS = 3
"""Content words before a figure that name what it measures (the nearest)."""
SKIPPED = 2
"""Particles or prepositions between a measure's name and its figure ("NRW down from")."""
SIGN = r"[-–−+]?"
VALUE = (rf"(?P<NAME_sign>{SIGN})\s?(?:{CURRENCY})?\s?(?P<NAME>\d{{1,3}}(?:[.,]\d{{3}})+(?![.,]?\d)"
         rf"|\d+(?:[.,]\d+)?)\s?(?P<NAME_unit>%|{UNIT})?")
"""A figure: its sign, an optional currency, the number and an optional percent sign or scale."""
FROM_TO_RE = re.compile(
    r"\bfrom\s+" + VALUE.replace("NAME", "a") + r"(?:\s*\([^()]{1,20}\))?\s+to\s+"
    r"(?:(?:below|under|above|over|less than|more than|at least|at most|around|about|approx\.?)\s+)?"
    + VALUE.replace("NAME", "b"), re.IGNORECASE)
"""A change from one level to another ("from 68% to 79%", "from –6% (2021) to +9% (2024)",
"from US$ 14,8 MM (2016) to US$ 23,4 MM")."""
BOUND_FIGURE_RE = re.compile(
    r"\b(?P<bound>below|under|less than|at most|no more than|above|over|more than|at least)\s+"
    r"(?P<n>\d+(?:[.,]\d+)?)(?!\s?(?:%|[\d,]|per ?cent))", re.IGNORECASE)
"""A plain figure asked as a ceiling or a floor ("keep TRIR below 0.30")."""
CEILING_RE = re.compile(r"(?i)below|under|less|at most|no more")
SETTING_WORDS = frozenset(content_words(
    "plant site group company system-wide overall total annual business organisation "
    "organization our the its their every each all per year level levels wide non system"))
"""Words before a figure that say where or of what whole it is measured, not what it measures."""
MEASURE_TAGS = ("NN", "JJ", "FW")
"""Fine tags of the words that name a measure (nouns, adjectives, foreign words; no verbs)."""
NAMED_FIGURE_RE = r"(?:\s*[:=]?\s*|\s+(?:of|at|was|is)\s+)(?P<n>\d+(?:[.,]\d+)?)(?P<unit>\s?%)?"
"""A figure right after a measure's name ("TRIR 0.21", "OEE of 82%")."""


@dataclass(frozen=True)
class Asked:
    """One measure a requirement asks: its words (stems), and a change (from, to, in per cent)
    or a level (value, ceiling, in per cent)."""

    words: frozenset[str]
    start: float | None
    end: float
    percent: bool
    ceiling: bool = False


@dataclass(frozen=True)
class MeasureMoved:
    """The line that moves or holds every measure asked, and those measures in words."""

    line: ResumeLine
    what: str


def _number(raw: str, sign: str = "") -> float | None:
    """A figure as written: thousands by comma or point in groups of three, else a decimal comma."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw) and not re.fullmatch(r"\d{1,3}[.,]\d{3}", raw):
        value = float(re.sub(r"[.,]", "", raw))
    elif re.fullmatch(r"\d{1,3},\d{3}", raw):
        value = float(raw.replace(",", ""))
    else:
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            return None
    return -value if sign in ("-", "–", "−") else value


def _scaled(hit: re.Match[str], name: str) -> tuple[float | None, str]:
    """The figure ``name`` of a change, scaled by its scale word, and its unit ("%", or "")."""
    value = _number(hit.group(name), hit.group(f"{name}_sign") or "")
    unit = (hit.group(f"{name}_unit") or "").strip()
    if value is None:
        return None, unit
    if unit != "%":
        value *= UNIT_SCALE.get(unit.lower(), 1.0)
    return value, "%" if unit == "%" else ""


def measure_words(text: str) -> frozenset[str]:
    """The stems of the words naming what a figure measures: the nouns and adjectives that run up
    to it ("non-matchday revenue from …", "OEE of 82%", "NRW down from …"), past at most
    ``SKIPPED`` particles or prepositions, words of setting left out; the opening word of a
    requirement is its verb whatever its tag ("Cut staff turnover …")."""
    words = parsed_words(text[-MAX_TEXT:])
    index = len(words) - 1
    skipped = 0
    while index >= 0 and skipped < SKIPPED and words[index].tag in ("RB", "RP", "IN", "TO"):
        index, skipped = index - 1, skipped + 1
    named: list[str] = []
    while index >= 0 and (words[index].tag.startswith(MEASURE_TAGS) or words[index].tag == "HYPH"):
        if index == 0 and words[index].at == len(text) - len(text.lstrip()):
            break
        named.extend(sorted(content_words(words[index].text) - SETTING_WORDS))
        index -= 1
    return frozenset(named[:MEASURE_WORDS])


FIGURE_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*|\bzero\b", re.IGNORECASE)
"""Any figure a requirement names (a year among them, which ``_compared_all`` sets aside), and a
target of none written as a word ("zero serious incidents"), which no measure here compares."""


def asked_measures(text: str) -> list[Asked]:
    """The measures ``text`` asks moved or held, with their figures (see the module's
    docstring); empty when it names a figure none of them compares ("cost-down of USD 9 million
    and scrap from 4.1% to 2.0%": the cost-down is asked too, and not read here)."""
    text = text[:MAX_TEXT]
    found: list[Asked] = []
    taken: list[tuple[int, int]] = []
    for hit in FROM_TO_RE.finditer(text):
        start, start_unit = _scaled(hit, "a")
        end, end_unit = _scaled(hit, "b")
        words = measure_words(text[: hit.start()])
        if start is None or end is None or start_unit != end_unit or start == end or not words:
            continue
        taken.append((hit.start(), hit.end()))
        found.append(Asked(words, start, end, start_unit == "%", ceiling=end < start))
    for hit in PERCENT_RE.finditer(text):
        if any(start <= hit.start() < end for start, end in taken) or CHANGE_RE.search(
                text[: hit.start()]):
            continue
        for value, measure, ceiling in rates_in(text[: hit.end()])[-1:]:
            words = frozenset(measure) - SETTING_WORDS
            if words and value == percent_value(hit.group("n"), hit.group("unit")):
                taken.append((hit.start(), hit.end()))
                found.append(Asked(words, None, value, True, ceiling))
    for hit in BOUND_FIGURE_RE.finditer(text):
        if any(start <= hit.start() < end for start, end in taken):
            continue
        figure = _number(hit.group("n"))
        words = measure_words(text[: hit.start()])
        if figure is not None and words:
            taken.append((hit.start(), hit.end()))
            found.append(Asked(words, None, figure, False,
                               CEILING_RE.match(hit.group("bound")) is not None))
    return found if _compared_all(text, taken) else []


def _compared_all(text: str, taken: list[tuple[int, int]]) -> bool:
    """Whether every figure of ``text`` but a year lies in one of the ``taken`` spans."""
    for hit in FIGURE_RE.finditer(text):
        if any(start <= hit.start() < end for start, end in taken):
            continue
        value = _number(hit.group()) if hit.group()[:1].isdigit() else None
        if value is None or not (len(hit.group()) == 4 and 1900 <= value <= 2100):
            return False
    return True


def _names(words: frozenset[str], text: str) -> bool:
    """Whether ``text`` names one of the measure's words (stems)."""
    return bool(words & {stem(word) for word in re.findall(r"[a-z][\w-]*", text.lower())}
                | words & content_words(text))


def _changes(text: str, words: frozenset[str]) -> list[tuple[float, float, bool]]:
    """The changes a line states for a measure named before them in the line (from, to, whether
    in per cent)."""
    found = []
    for hit in FROM_TO_RE.finditer(text[:MAX_TEXT]):
        start, start_unit = _scaled(hit, "a")
        end, end_unit = _scaled(hit, "b")
        if start is None or end is None or start_unit != end_unit:
            continue
        if _names(words, text[: hit.start()]):
            found.append((start, end, start_unit == "%"))
    return found


LINE_CLAUSE_RE = re.compile(r"[;:]|,\s|\band\b|\bwhile\b", re.IGNORECASE)
"""What ends the clause of a line in which a measure's level is read."""
CHANGE_BEFORE_RE = re.compile(r"(?i)\b(?:by|up|down|from|cut|saving|saved|reduction|increase)\s*$")
"""Words just before a percentage that make it a change or the level a change starts from."""


def _levels(text: str, words: frozenset[str], percent: bool) -> list[float]:
    """The levels a line states for a measure: the ends of its changes, and in each clause that
    names the measure its percentages (not a change) or a figure right after the measure's
    name."""
    text = text[:MAX_TEXT]
    levels = [end for _, end, is_percent in _changes(text, words) if is_percent == percent]
    for clause in LINE_CLAUSE_RE.split(text):
        if not _names(words, clause):
            continue
        if percent:
            levels.extend(percent_value(hit.group("n"), hit.group("unit"))
                          for hit in PERCENT_RE.finditer(clause)
                          if not CHANGE_BEFORE_RE.search(clause[: hit.start()]))
            continue
        for word in re.finditer(r"[A-Za-z][\w-]*", clause):
            if not ({stem(word.group().lower())} | content_words(word.group())) & words:
                continue
            after = re.match(NAMED_FIGURE_RE, clause[word.end():])
            if after is None or after.group("unit"):
                continue
            value = _number(after.group("n"))
            if value is not None and not 1900 <= value <= 2100:
                levels.append(value)
    return levels


def _met(asked: Asked, text: str) -> bool:
    """Whether the line ``text`` moves the measure as far as asked or holds it at the level
    asked."""
    if not _names(asked.words, text):
        return False
    if asked.start is not None:
        want = asked.end - asked.start
        for start, end, percent in _changes(text, asked.words):
            if percent != asked.percent or (end - start) * want <= 0:
                continue
            if percent and (abs(end - start) >= MET * abs(want)
                            or (end >= asked.end if want > 0 else end <= asked.end)):
                return True
            if not percent and start > 0 and end > 0 and asked.start > 0 and asked.end > 0:
                shown = end / start if want > 0 else start / end
                need = asked.end / asked.start if want > 0 else asked.start / asked.end
                if shown - 1 >= MET * (need - 1):
                    return True
        return False
    levels = _levels(text, asked.words, asked.percent)
    if not levels:
        return False
    return min(levels) <= asked.end if asked.ceiling else max(levels) >= asked.end


def unwritten(text: str, resume_text: str) -> list[str]:
    """What else ``text`` names that the résumé never writes: a specific item (an acronym, a
    code; not a figure) or a proper name of two words or more, neither whole nor by its initials
    ("Total Productive Maintenance" is written as "TPM"). A single capitalised word ("the Group")
    names no framework."""
    missing = [item for item in specifics(text)
               if not item[:1].isdigit() and not item_pattern(item).search(resume_text)]
    lower = resume_text.lower()
    for name in proper_names(text):
        words = name.split()
        initials = "".join(word[0] for word in words).upper()
        if len(words) >= 2 and not all(word.lower() in lower for word in words) \
                and not re.search(rf"\b{initials}\b", resume_text):
            missing.append(name)
    return missing


def measure_moved(text: str, resume: ResumeProfile, roles: frozenset[int]) -> MeasureMoved | None:
    """The line of one of ``roles`` (positions in ``resume.roles``; no title, no profile) that
    moves or holds the first measure the requirement ``text`` asks, when every measure it asks is
    moved or held by such a line; None when it asks none or one is not."""
    asked = asked_measures(text)
    if not asked:
        return None
    titles = {role.line for role in resume.roles}
    lines = [line for line in resume.lines
             if line.role in roles and line.index not in titles and line.section != "summary"]
    shown = []
    for item in asked:
        line = next((line for line in lines if _met(item, line.text)), None)
        if line is None:
            return None
        shown.append(line)
    what = ", ".join("/".join(sorted(item.words)) for item in asked)
    return MeasureMoved(shown[0], what)
