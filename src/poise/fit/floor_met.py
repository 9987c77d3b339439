"""Quantities a requirement asks at a floor ("volumes of 8 million units or more", "a budget above
€5m", "at least 3 sites", "1,000+ employees"), read with their unit however either side writes the
figure, and compared with what the candidate's recent roles state in the same unit.

A recruiter reads such a requirement as met when the candidate's recent work states the same
quantity at or above the floor, and as short when it states a smaller one. The checks read team
sizes, budgets and counts of a few kinds of unit, but a figure written with a scale word or a
decimal ("2,9 million t", "1.2m TEU"), in another format ("1.500 trucks") or with its unit before
it ("throughput: 1.2 million") was compared with nothing. This module reads both sides by one small
grammar:

- **a figure**: digits with thousands separators ("1,500", "1.500", "1 500"), a decimal point or
  comma ("2.9", "2,9"), a range (its lower end: "300-400 staff" asks 300), a scale word after it
  ("k", "m", "million", "bn", the scale words of ``quantities.UNIT``), a currency before or after
  (money, ``quantities.AMOUNT_RES``);
- **its unit**: money; people (the fit's people nouns, compared with the teams the candidate led,
  ``resume.team_sizes``); else the noun after the figure (up to two words between: "8.5 million
  knitted pieces") or, when none follows, the noun just before it ("throughput of 1.2 million"),
  in the singular and by the aliases of content data ``measured_units`` ("t" is a tonne), with the
  period it is counted in ("a day", "per year", "/yr"): tonnes a day are not tonnes a year;
- **a floor**: a bound word before the figure ("at least", "more than", "above", "minimum") or
  after it ("+", "or more", "and above").

``floor_met`` says whether every floor a requirement asks is met on a line of a role of the last
decade that is no employer's description (``verdict_head.apply_head`` makes such a requirement
strong when it names nothing the résumé never writes); a budget, a P&L and money of no stated kind
are left to the head (``HEAD_WEIGHS``). ``measured_shortfalls`` names a quantity of a measured unit
asked (not people, not money: the team and money comparisons of ``poise.fit.shortfall`` weigh
those) that the résumé's largest figure in the same unit and period falls short of. A requirement
offering a choice between figures ("3 plants or 500 staff") is left to the head. Pure; bounded
(each text is read to ``MAX_TEXT`` characters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from poise.content.schema import FitCurrenciesFile
from poise.fit.currency import converted, is_converted
from poise.fit.lexicon import FitPatterns
from poise.fit.quantities import (
    AMOUNT_CUES,
    AMOUNT_RES,
    CURRENCY,
    CURRENCY_NAMES,
    DESIGNATION_BEFORE_RE,
    DESIGNATION_DIGITS,
    UNIT,
    UNIT_SCALE,
    amounts_in,
    counts_in,
    singular,
)
from poise.fit.resume_reader import ResumeLine, ResumeProfile, describes_employer
from poise.fit.scale import company_fact
from poise.fit.text import STOPWORDS, content_words

MAX_TEXT = 600
"""Texts are read only this far (bounded work on odd input)."""
NEAR = 0.9
"""Share of a floor asked loosely ("about 1,000 or more") that meets it."""
NUMBER = r"\d{1,3}(?:(?:,|\.|\s)\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?"
"""Digits with thousands separators ("1,500", "1.500", "1 500") or a decimal ("2.9", "2,9")."""
NUMBERS_RE = re.compile(rf"(?<![\w.,])(?:{NUMBER})(?:\s?[-–—]\s?(?:{NUMBER}))?")
"""Every figure of a text (a range once), to tell whether each is a floor read."""
FLOOR_BEFORE = (r"(?:at least|a minimum of|minimum of|minimum|min\.|more than|over|above|in excess of|"
                r"exceeding|upwards of|no less than|not less than|greater than)")
FLOOR_AFTER = r"(?:\s?\+|\s+or more\b|\s+or above\b|\s+and above\b|\s+or greater\b|\s+or higher\b|\s+plus\b)"
FLOOR_AFTER_RE = re.compile(FLOOR_AFTER, re.IGNORECASE)
"""A floor written after the unit ("8 million units or more")."""
FIGURE_RE = re.compile(
    rf"(?P<floor>\b{FLOOR_BEFORE}\s+)?(?:(?P<cur>{CURRENCY})\s?|(?<![\w.,/-]))"
    rf"(?P<num>{NUMBER})(?:\s?[-–—]\s?(?:{NUMBER}))?(?:\s?(?P<scale>{UNIT}))?"
    rf"(?P<after>{FLOOR_AFTER})?", re.IGNORECASE)
"""A figure with what may bound it: "at least 300", "R5 billion or more", "50,000+", "2,9 million"."""
WORD_RE = re.compile(r"\s*(?P<word>[A-Za-z][A-Za-z/-]*)")
PERIOD_RE = re.compile(r"^\s*(?:(?:a|an|per|each|every)\s+|/\s?)(?P<period>day|week|month|year|yr|"
                       r"annum|hour|hr|shift|night)\b|^\s*(?P<adverb>daily|weekly|monthly|annually|"
                       r"yearly|hourly)\b", re.IGNORECASE)
"""The period a quantity is counted in, right after its unit ("1,100 truckloads a day", "64,000
t/yr", "9.000 t/día" read as far as the slash)."""
PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
           "yearly": "year", "annum": "year", "yr": "year", "hourly": "hour", "hr": "hour"}
NOT_UNITS = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days",
                       "hour", "hours", "time", "times", "x", "percent", "per", "cent", "pct", "bps",
                       "level", "levels", "grade", "band", "step", "stage", "phase", "point", "points"})
"""Words after a figure that make it a span of time, a share or a rank: no unit counted."""
OR_RE = re.compile(r"\bor\b(?! (?:more|above|higher|greater|over|better)\b)|\beither\b",
                   re.IGNORECASE)
"""A choice of alternatives ("3 plants or 500 staff"); "or more" only raises a floor."""
CUES = dict(AMOUNT_CUES)
"""The words that say what an amount of money measures (``quantities.AMOUNT_CUES``)."""
CLAUSE_RE = re.compile(r"[,;:()]|\band\b|\bwhile\b|\bwith\b|\bincluding\b", re.IGNORECASE)
"""What ends the clause an amount is read in."""
GENERIC_WORDS = frozenset({"experience", "manag", "lead", "proven", "record", "oversee", "deliver",
                           "respons", "annual", "total", "valu", "worth", "million", "billion"})
"""Stems that say nothing of what an amount is the value of."""
HEAD_WEIGHS = frozenset({"budget", "pnl", "other"})
"""Kinds of money whose floor met does not settle a requirement: a budget or a P&L held is not
the one run as the post asks (``tests/fit/test_agreed_strong.py``), and an amount of no stated kind
(a gift, a deal, a project) turns on the part the candidate played."""
AND_DEMAND_RE = re.compile(r"\band\s+(?:of\s+)?[a-z]+ing\b", re.IGNORECASE)
"""A second demand joined to the quantity ("… and delivering savings"), which no figure shows."""
LOOSE_RE = re.compile(r"\b(?:about|around|approx\w*\.?|roughly|some|nearly|c\.)\s*$|~\s*$",
                      re.IGNORECASE)
MONEY = "money"
PEOPLE = "people"


@dataclass(frozen=True)
class Figure:
    """A quantity read from a text: its value (scaled, money in its currency), what it counts
    (``MONEY``, ``PEOPLE`` or a measured unit in the singular), the period it is counted in, the
    currency of money, whether a floor bounds it, and its words."""

    value: float
    unit: str
    period: str
    currency: str
    floor: bool
    loose: bool
    quote: str
    kind: str = ""
    """What an amount of money measures (``quantities.amounts_in``: budget, revenue, saving…),
    when a word of that kind stands in the amount's own clause; "other" otherwise."""
    written: str = ""
    """The unit as the text writes it ("TEU", "t", "spindles")."""
    words: frozenset[str] = frozenset()
    """The content words of the clause an amount of no stated kind stands in ("vendor contracts
    valued at $25 million"): what it is the value of."""


@dataclass(frozen=True)
class FloorMet:
    """Every floor a requirement asks met: the line of a recent role that meets the first, and in
    words what was compared ("1.2 million TEU shown; 1 million asked")."""

    line: ResumeLine
    what: str


def _number(written: str, scale: str) -> float | None:
    """The value of digits as written: "1,500", "1.500" and "1 500" are thousands; "2,9" and "2.9"
    decimals; a single dot before three digits is a decimal only when an English scale word
    follows ("1.500m" is 1.5 million; "1.500 trucks" fifteen hundred)."""
    text = written.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text) or re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", text):
        text = text.replace(",", "").replace(".", "")
    elif re.fullmatch(r"\d{1,3}\.\d{3}", text) and scale.lower() not in UNIT_SCALE_ENGLISH:
        text = text.replace(".", "")
    else:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


UNIT_SCALE_ENGLISH = frozenset({"k", "m", "mn", "mm", "million", "millions", "bn", "b", "billion",
                                "billions"})
"""Scale words of English: before them a single dot is a decimal point ("1.500m")."""


@lru_cache(maxsize=4)
def _aliases(patterns: FitPatterns) -> dict[str, str]:
    """Each written form of a measured unit and the unit it stands for ("t" → "tonne")."""
    found = {}
    for unit, forms in patterns.content.lexicons.measured_units.items():
        for form in (unit, *forms):
            found[form.lower()] = unit
    return found


@lru_cache(maxsize=4)
def _people(patterns: FitPatterns) -> frozenset[str]:
    return frozenset(noun.split()[-1].lower() for noun in patterns.content.lexicons.people_nouns)


def _unit_after(text: str, end: int) -> tuple[str, int] | None:
    """The noun a figure counts, read after it (up to two words between: "8.5 million knitted
    pieces"; a compound "36,000-spindle mill" by its first word), and where it ends; ("", end)
    when a function word, a stop or nothing follows; None when a span of time, a share or a rank
    follows ("7,000 flight hours", "3 levels"): the figure counts no unit."""
    compound = re.match(r"-(?P<word>[A-Za-z]{2,})\b", text[end:])
    if compound is not None:
        word = compound.group("word")
        return (None if word.lower() in NOT_UNITS else (word, end + compound.end()))
    at = end
    last, last_end = "", end
    for _ in range(3):
        hit = WORD_RE.match(text, at)
        if hit is None:
            break
        word = hit.group("word").split("/")[0]
        if word.lower() in NOT_UNITS:
            return None
        if word.lower() in STOPWORDS:
            break
        at = hit.end()
        if word.lower().endswith(("ed", "ing", "ly")):
            if last:
                break  # "4.2 million t crushed": the unit is before the verb
            continue  # "8.5 million knitted pieces": a participle describes the unit after it
        last, last_end = word, hit.start("word") + len(word)
        if not re.match(r"\s+[A-Za-z]", text[at:]):
            break
    return last, last_end


def _unit_before(text: str, start: int) -> str:
    """The noun just before a figure that names what it counts ("throughput of 1.2 million",
    "volume: 8m"), read only across "of", a colon or "at"."""
    hit = re.search(r"([A-Za-z][A-Za-z-]{2,})\s*(?::|\bof\b|\bat\b)\s*$", text[:start])
    if hit is None or hit.group(1).lower() in STOPWORDS:
        return ""
    return hit.group(1)


def figures_in(text: str, patterns: FitPatterns) -> list[Figure]:
    """The quantities ``text`` states with their unit: money, people or a measured unit (see the
    module's docstring); a year, a percentage, a span of time or a figure with no unit left out."""
    text = text[:MAX_TEXT]
    money_spans = [(hit.start(), hit.end()) for regex in AMOUNT_RES for hit in regex.finditer(text)]
    money_values = {round(value, 2): (currency, kind) for value, currency, kind in amounts_in(text)}
    found = []
    for hit in FIGURE_RE.finditer(text):
        written, scale = hit.group("num"), hit.group("scale") or ""
        if re.fullmatch(r"(?:19|20)\d\d", written) and not scale:
            continue  # a year
        if re.match(r"\s?(?:%|per ?cent\b)", text[hit.end("num"):]):
            continue
        value = _number(written, scale)
        if value is None or value <= 0:
            continue
        value *= UNIT_SCALE.get(scale.lower(), 1.0)
        floor = bool(hit.group("floor") or hit.group("after"))
        loose = LOOSE_RE.search(text[max(0, hit.start() - 12):hit.start()]) is not None
        quote = hit.group(0).strip()
        money = next(((start, end) for start, end in money_spans if start <= hit.start("num") < end),
                      None)
        if money is not None:
            currency, kind = money_values.get(round(value, 2), ("", "other"))
            if not currency and hit.group("cur"):
                currency = CURRENCY_NAMES.get(hit.group("cur").lower(), hit.group("cur").upper())
            clause = _clause(text, *money)
            if kind not in CUES or not CUES[kind].search(clause):
                kind = "other"  # "a $148m budget and $1.9bn of grants": the grants are no budget
            amount = text[money[0]:money[1]]
            words = frozenset(content_words(clause.replace(amount, " ")) - GENERIC_WORDS)
            found.append(Figure(value, MONEY, "", currency, floor, loose, quote, kind=kind,
                                words=words))
            continue
        if len(written) >= DESIGNATION_DIGITS and DESIGNATION_BEFORE_RE.search(text[:hit.start()]):
            continue  # "ISO 45001", "IATF 16949": a standard's number
        after = _unit_after(text, hit.end())
        if after is None:
            continue
        word, word_end = after
        if not word:
            word, word_end = _unit_before(text, hit.start()), hit.end()
        if not word or word.lower() in NOT_UNITS:
            continue
        floor = floor or FLOOR_AFTER_RE.match(text, word_end) is not None
        lowered = word.lower()
        one = singular(lowered)
        people = _people(patterns)
        if lowered in people or one in people or lowered in ("staff", "fte", "ftes", "headcount"):
            unit = PEOPLE
        else:
            aliases = _aliases(patterns)
            unit = aliases.get(lowered) or aliases.get(one) or one
        period = PERIOD_RE.match(text[word_end:word_end + 20])
        when = ""
        if period is not None:
            named = (period.group("period") or period.group("adverb")).lower()
            when = PERIODS.get(named, named)
        quote = text[hit.start():max(hit.end(), word_end)].strip()
        found.append(Figure(value, unit, when, "", floor, loose, quote, written=word))
    return found


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` the words from ``start`` to ``end`` stand in (``shortfall.CLAUSE_RE``
    ends it: a comma, "and", "with"...)."""
    before = [hit.end() for hit in CLAUSE_RE.finditer(text, 0, start)]
    after = CLAUSE_RE.search(text, end)
    return text[before[-1] if before else 0:after.start() if after else len(text)]


def offers_choice(text: str) -> bool:
    """True when a requirement offers a choice between figures ("3 plants or 500 staff"); an "or"
    between the names of one figure ("a budget or program expenditures of $25M") offers none."""
    return OR_RE.search(text) is not None and len(NUMBERS_RE.findall(text[:MAX_TEXT])) > 1


def asked_floors(text: str, patterns: FitPatterns) -> list[Figure]:
    """The quantities a requirement asks at a floor; [] when it offers a choice between figures."""
    if offers_choice(text):
        return []
    return [figure for figure in figures_in(text, patterns) if figure.floor]


def _comparable(asked: Figure, shown: Figure, rates: FitCurrenciesFile,
                line_words: frozenset[str] = frozenset()) -> float | None:
    """``shown``'s value in ``asked``'s terms, or None when they count different things (an amount
    of no stated kind is the value of the same thing when the line ``shown`` stands on, of content
    words ``line_words``, names a word of its clause)."""
    if asked.unit != shown.unit or asked.period != shown.period:
        return None
    if asked.unit != MONEY:
        return shown.value
    if asked.kind != shown.kind:
        return None  # a budget is not a turnover, a contract's value not a budget
    if asked.kind == "other" and not asked.words & line_words:
        return None  # an amount of no stated kind compares only with the value of the same thing
    if asked.currency and shown.currency and asked.currency != shown.currency:
        if not is_converted(shown.currency, asked.currency, rates):
            return None
        return converted(shown.value, shown.currency, asked.currency, rates)
    return shown.value


def _met(have: float, asked: Figure) -> bool:
    return have >= asked.value * (NEAR if asked.loose else 1.0)


def recent_lines(resume: ResumeProfile, roles: frozenset[int]) -> list[ResumeLine]:
    """The lines of ``roles`` (positions in ``resume.roles``) that tell the candidate's own work:
    no title, no summary, no line that only describes an employer."""
    titles = {role.line for role in resume.roles}
    return [line for line in resume.lines
            if line.role in roles and line.index not in titles and line.section != "summary"
            and re.search(r"\d", line.text) and not company_fact(line)
            and not describes_employer(line, resume.roles)]


def floor_met(text: str, resume: ResumeProfile, roles: frozenset[int],
              patterns: FitPatterns) -> FloorMet | None:
    """The line of a role of ``roles`` that meets the first floor the requirement ``text`` asks,
    when every floor it asks is met by such a line (a team by a team the candidate led on that
    line); None when it asks none, or one is not met or not compared."""
    asked = asked_floors(text, patterns)
    if not asked or len(NUMBERS_RE.findall(text[:MAX_TEXT])) != len(asked):
        return None  # every figure asked is a floor compared ("15 years … a hotel of 300+ keys": no)
    if any(floor.unit == MONEY and floor.kind in HEAD_WEIGHS for floor in asked):
        return None  # a budget held is not the budget run as the post asks; a gift or a project
        # of no stated kind turns on the part played: the head weighs them
    if AND_DEMAND_RE.search(text[:MAX_TEXT]):
        return None  # "budgets of £2m+ and delivering savings": a second demand no figure shows
    rates = patterns.content.currencies
    lines = recent_lines(resume, roles)
    teams: dict[int, list[Figure]] = {}
    for item in resume.team_sizes:
        teams.setdefault(item.line, []).append(
            Figure(item.value, PEOPLE, "", "", False, False, item.quote))
    met: list[tuple[ResumeLine, str]] = []
    for floor in asked:
        hit = None
        for line in lines:
            # a team is one the candidate led (the résumé reader's own reading of the line)
            shown = teams.get(line.index, []) if floor.unit == PEOPLE else figures_in(line.text,
                                                                                     patterns)
            words = frozenset(content_words(line.text))
            values = [value for figure in shown
                      if (value := _comparable(floor, figure, rates, words)) is not None]
            if values and _met(max(values), floor):
                hit = (line, _phrase(floor, max(values)))
                break
        if hit is None:
            return None
        met.append(hit)
    return FloorMet(met[0][0], "; ".join(what for _, what in met))


def _phrase(floor: Figure, have: float) -> str:
    """What was compared, in the words the requirement uses ("3.4 million TEU shown; 5,5 million
    TEU asked")."""
    if floor.unit == MONEY:
        unit = ""
    elif floor.unit == PEOPLE:
        unit = " people"
    else:
        unit = f" {floor.written}" if have != 1 or not floor.written.endswith("s") else \
            f" {floor.written[:-1]}"
    return f"{_plain(have)}{unit} shown; {floor.quote} asked"


def _plain(value: float) -> str:
    if value >= 1e9:
        return f"{value / 1e9:.3g} billion"
    if value >= 1e6:
        return f"{value / 1e6:.3g} million"
    return f"{value:,.0f}"


def measured_shortfalls(text: str, resume: ResumeProfile, patterns: FitPatterns) -> list[str]:
    """Each quantity of a measured unit (not people, not money) ``text`` asks, at a floor or as a
    target ("Crush 2,9 million t in 2025"), that the largest figure in the same unit and period on
    the résumé falls short of ("1.2 million tonnes shown; 2,9 million t asked"); units the résumé
    never states are left to the head, and counts ``poise.fit.shortfall`` already weighs (a count
    in plain figures, a unit of ``counted_units``) are left to it."""
    if offers_choice(text):
        return []
    counted = set(counts_in(text))
    units = {unit for key, members in patterns.content.lexicons.counted_units.items()
             for unit in (key, *members)}
    asked = [figure for figure in figures_in(text, patterns)
             if figure.unit not in (MONEY, PEOPLE) and figure.unit not in units
             and (figure.value, figure.unit) not in counted]
    if not asked:
        return []
    shown = [figure for line in resume.lines for figure in figures_in(line.text, patterns)]
    found = []
    rates = patterns.content.currencies
    for need in asked:
        values = [value for figure in shown
                  if (value := _comparable(need, figure, rates)) is not None]
        if values and not _met(max(values), need):
            found.append(_phrase(need, max(values)))
    return found
