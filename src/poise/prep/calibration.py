"""Level calibration: read a story's scope signals and say which level it reads at (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from poise.content.schema import SCOPE_SIGNALS, LevelsFile, LevelThresholds
from poise.errors import InputError
from poise.prep.numbers import AMOUNT_RE, NUMBER, amount_value, number_value, plain_amount

Verdict = Literal["below", "matches", "above", "unlinked"]

LEVEL_IDS: tuple[str, ...] = ("manager", "director", "executive")
MAX_LAYERS = 8
MONTHS_PER_UNIT = {"week": 12 / 52, "month": 1.0, "quarter": 3.0, "year": 12.0}
MULTI_YEAR_MONTHS = 24
# Words around an amount that make it a result (money saved), not a budget held.
SAVING_BEFORE = re.compile(
    r"\b(?:saved|saving|savings of|cut|cutting|reduced|reducing|lowered|trimmed|freed up|"
    r"recovered|by)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
REPORTING_UP = re.compile(
    r"\b(?:report(?:ed|ing|s)?\s+(?:directly\s+)?to|worked\s+for|under|alongside|with\s+the|"
    r"of\s+the|for\s+the|peers?\s+(?:were|are)?|other)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
MANAGER_OF_MANAGERS = re.compile(
    r"\b(?:(?P<lead>led|managed|ran|headed|through)\s+(?:\w+\s+){0,3})?"
    r"(?:managers?|leaders?|leads?)\s+of\s+(?:managers|leaders|leads|team leads)\b",
    re.IGNORECASE,
)
LAYERS_RE = re.compile(
    r"\b(?P<n>" + NUMBER + r")\s+(?:management\s+|reporting\s+)?(?:layers?|levels?)\b"
    r"(?:\s+of\s+(?:management|managers|leadership|the organi[sz]ation))?",
    re.IGNORECASE,
)
HORIZON_RE = re.compile(
    r"\b(?P<n>" + NUMBER + r"|a|one)\s*(?:-|\s)?(?:full\s+|whole\s+|long\s+)?"
    r"(?P<unit>weeks?|months?|quarters?|years?)\b(?!\s+(?:ago|old|earlier|of (?:experience|service)))",
    re.IGNORECASE,
)
MULTI_YEAR_RE = re.compile(r"\bmulti[- ]?year\b|\bseveral years\b|\bover the years\b", re.IGNORECASE)
SENTENCE_RE = re.compile(r"[^.!?;\n]+(?:[.!?;]+|$)")


@dataclass(frozen=True)
class Signal:
    """One scope signal read from a story: its value, the level it reaches and the words behind it."""

    name: str
    found: bool
    value: float
    level: str | None
    detail: str
    evidence: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "found": self.found,
            "value": self.value,
            "level": self.level,
            "detail": self.detail,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class Lift:
    """What to add to a story to lift one signal to the target level."""

    signal: str
    advice: str

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"signal": self.signal, "advice": self.advice}


@dataclass(frozen=True)
class Calibration:
    """How a story reads against the target role's level, and what would lift it."""

    target: str
    reads_as: str
    reads_as_name: str
    verdict: Verdict
    summary: str
    thin: bool
    signals: tuple[Signal, ...]
    lifts: tuple[Lift, ...]

    def signal(self, name: str) -> Signal:
        """One signal by name."""
        for item in self.signals:
            if item.name == name:
                return item
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "target": self.target,
            "reads_as": self.reads_as,
            "reads_as_name": self.reads_as_name,
            "verdict": self.verdict,
            "summary": self.summary,
            "thin": self.thin,
            "signals": [item.to_dict() for item in self.signals],
            "lifts": [item.to_dict() for item in self.lifts],
        }


@dataclass(frozen=True)
class _Found:
    value: float
    quote: str


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of phrases, longest first, each matched as whole words."""
    ordered = sorted({word.strip() for word in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) + ")"


@dataclass(frozen=True)
class _Patterns:
    """The regexes built from one levels file."""

    unit_size: re.Pattern[str]
    sized_unit: re.Pattern[str]
    people: re.Pattern[str]
    leaders: tuple[tuple[int, re.Pattern[str]], ...]
    budget_cue: re.Pattern[str]
    sites: re.Pattern[str]
    countries: re.Pattern[str]
    global_cue: re.Pattern[str]
    decisions: tuple[tuple[str, str, str, tuple[re.Pattern[str], ...]], ...]


def _patterns(levels: LevelsFile) -> _Patterns:
    """The regexes of one levels file (``re`` caches the compiled patterns)."""
    units = _alternation(levels.unit_nouns)
    people = _alternation(levels.people_nouns)
    approx = r"(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|roughly\s+)?"
    leaders: list[tuple[int, re.Pattern[str]]] = []
    for tier in levels.leaders:
        pattern = re.compile(
            r"\b(?P<n>" + NUMBER + r"|my|our|through|via|several|all|the)\s+"
            r"(?:[a-z-]+\s+)?(?P<noun>" + _alternation(tier.nouns) + r")\b",
            re.IGNORECASE,
        )
        leaders.append((tier.tier, pattern))
    decisions = []
    for right in levels.decisions:
        compiled = tuple(re.compile(pattern, re.IGNORECASE) for pattern in right.patterns)
        decisions.append((right.id, right.level.value, right.label, compiled))
    return _Patterns(
        unit_size=re.compile(r"\b" + units + r"\s+of\s+" + approx + r"(?P<n>" + NUMBER + r")\b",
                             re.IGNORECASE),
        sized_unit=re.compile(
            r"\b(?P<n>" + NUMBER + r")\s*[- ]\s*(?:strong|person|people|head)\s+" + units + r"\b",
            re.IGNORECASE,
        ),
        people=re.compile(
            r"\b(?P<n>" + NUMBER + r")\+?\s+(?:[a-z-]+\s+){0,2}?" + people + r"\b", re.IGNORECASE
        ),
        leaders=tuple(leaders),
        budget_cue=re.compile(r"(?<!\w)" + _alternation(levels.budget_cues) + r"(?!\w)",
                              re.IGNORECASE),
        sites=re.compile(
            r"\b(?P<n>" + NUMBER + r")\s+(?:[a-z-]+\s+)?" + _alternation(levels.site_nouns) + r"\b",
            re.IGNORECASE,
        ),
        countries=re.compile(
            r"\b(?P<n>" + NUMBER + r")\s+(?:[a-z-]+\s+)?" + _alternation(levels.country_nouns)
            + r"\b",
            re.IGNORECASE,
        ),
        global_cue=re.compile(r"\b" + _alternation(levels.global_cues) + r"\b", re.IGNORECASE),
        decisions=tuple(decisions),
    )


def _count(text: str) -> float | None:
    """A count of things (people, sites): not a year, not a fraction."""
    if YEAR_RE.match(text.strip()):
        return None
    value = number_value(text)
    if value is None or value != int(value) or value <= 0:
        return None
    return value


def _best(found: list[_Found]) -> _Found | None:
    best: _Found | None = None
    for item in found:
        if best is None or item.value > best.value:
            best = item
    return best


def _people(text: str, patterns: _Patterns) -> list[_Found]:
    found: list[_Found] = []
    for pattern in (patterns.unit_size, patterns.sized_unit, patterns.people):
        for match in pattern.finditer(text):
            value = _count(match.group("n"))
            if value is not None:
                found.append(_Found(value, match.group(0)))
    for _tier, pattern in patterns.leaders:
        for match in pattern.finditer(text):
            value = _count(match.group("n"))
            if value is not None and not REPORTING_UP.search(text[: match.start()]):
                found.append(_Found(value, match.group(0)))
    return found


def _layers(text: str, patterns: _Patterns, people_found: bool) -> list[_Found]:
    found: list[_Found] = []
    if people_found:
        found.append(_Found(1, ""))
    for tier, pattern in patterns.leaders:
        for match in pattern.finditer(text):
            if REPORTING_UP.search(text[: match.start()]):
                continue
            lead = match.group("n").lower()
            if lead == "the" and not re.search(r"\b(?:led|managed|through|coached)\s+$",
                                               text[: match.start()], re.IGNORECASE):
                continue
            found.append(_Found(tier, match.group(0)))
    for match in MANAGER_OF_MANAGERS.finditer(text):
        found.append(_Found(3 if match.group("lead") else 2, match.group(0)))
    for match in LAYERS_RE.finditer(text):
        value = _count(match.group("n"))
        if value is not None:
            found.append(_Found(min(value, MAX_LAYERS), match.group(0)))
    return found


def _budget(text: str, patterns: _Patterns) -> list[_Found]:
    found: list[_Found] = []
    for sentence in SENTENCE_RE.finditer(text):
        part = sentence.group(0)
        if not patterns.budget_cue.search(part):
            continue
        for match in AMOUNT_RE.finditer(part):
            money = match.group("pre") or match.group("post") or match.group("scale")
            number = match.group("number")
            if not money and ("," not in number or not _next_to_cue(part, match, patterns)):
                continue
            if SAVING_BEFORE.search(part[: match.start()]):
                continue
            if YEAR_RE.match(number) and not money:
                continue
            value = amount_value(number, match.group("scale"))
            if value is not None and value >= 1000:
                found.append(_Found(value, match.group(0).strip()))
    return found


def _next_to_cue(part: str, match: re.Match[str], patterns: _Patterns) -> bool:
    """True when a bare number ("400,000") sits within a few words of a budget word."""
    before = part[max(0, match.start() - 30) : match.start()]
    after = part[match.end() : match.end() + 30]
    near = " ".join(before.split()[-3:] + after.split()[:3])
    return bool(patterns.budget_cue.search(near))


def _span(text: str, patterns: _Patterns, countries_for_global: int) -> tuple[
    list[_Found], list[_Found]
]:
    sites: list[_Found] = []
    countries: list[_Found] = []
    for match in patterns.sites.finditer(text):
        value = _count(match.group("n"))
        if value is not None:
            sites.append(_Found(value, match.group(0)))
    for match in patterns.countries.finditer(text):
        value = _count(match.group("n"))
        if value is not None:
            countries.append(_Found(value, match.group(0)))
    for match in patterns.global_cue.finditer(text):
        countries.append(_Found(countries_for_global, match.group(0)))
    return sites, countries


def _horizon(text: str) -> list[_Found]:
    found: list[_Found] = []
    for match in HORIZON_RE.finditer(text):
        raw = match.group("n").lower()
        value = 1.0 if raw in ("a", "one") else number_value(raw)
        if value is None or YEAR_RE.match(raw):
            continue
        unit = match.group("unit").lower().rstrip("s")
        found.append(_Found(value * MONTHS_PER_UNIT[unit], match.group(0)))
    for match in MULTI_YEAR_RE.finditer(text):
        found.append(_Found(MULTI_YEAR_MONTHS, match.group(0)))
    return found


def _level_for(value: float, field: str, levels: LevelsFile) -> str | None:
    """The highest level whose threshold on ``field`` the value meets (None: below them all)."""
    reached: str | None = None
    for thresholds in levels.levels:
        if value >= getattr(thresholds, field):
            reached = thresholds.id.value
    return reached


def _index(level: str | None) -> int:
    return LEVEL_IDS.index(level) if level is not None else -1


def _signal(name: str, best: _Found | None, field: str, levels: LevelsFile, detail: str,
            quotes: list[_Found]) -> Signal:
    if best is None:
        return Signal(name, False, 0.0, None, "not shown", ())
    evidence = _quotes(quotes)
    return Signal(name, True, best.value, _level_for(best.value, field, levels), detail, evidence)


def _quotes(found: list[_Found], limit: int = 3) -> tuple[str, ...]:
    quotes: list[str] = []
    for item in sorted(found, key=lambda entry: -entry.value):
        if item.quote and item.quote not in quotes:
            quotes.append(item.quote)
        if len(quotes) == limit:
            break
    return tuple(quotes)


def read_signals(text: str, levels: LevelsFile) -> tuple[Signal, ...]:
    """The six scope signals of a story, in the order of ``SCOPE_SIGNALS``."""
    patterns = _patterns(levels)
    people = _people(text, patterns)
    best_people = _best(people)
    layers = _layers(text, patterns, people_found=best_people is not None)
    best_layers = _best(layers)
    budget = _budget(text, patterns)
    best_budget = _best(budget)
    director = levels.levels[1]
    sites, countries = _span(text, patterns, countries_for_global=director.countries)
    horizon = _horizon(text)
    best_horizon = _best(horizon)

    signals: dict[str, Signal] = {}
    signals["people"] = _signal(
        "people", best_people, "people", levels,
        f"{best_people.value:,.0f} people" if best_people else "", people,
    )
    signals["layers"] = _signal(
        "layers", best_layers, "layers", levels,
        f"{best_layers.value:.0f} layer{'s' if best_layers and best_layers.value != 1 else ''}"
        if best_layers else "",
        layers,
    )
    signals["budget"] = _signal(
        "budget", best_budget, "budget", levels,
        plain_amount(best_budget.value) if best_budget else "", budget,
    )
    signals["decisions"] = _decisions(text, patterns)
    signals["span"] = _span_signal(sites, countries, levels)
    signals["horizon"] = _signal(
        "horizon", best_horizon, "horizon_months", levels,
        _months_text(best_horizon.value) if best_horizon else "", horizon,
    )
    return tuple(signals[name] for name in SCOPE_SIGNALS)


def _months_text(months: float) -> str:
    if months >= 12 and months % 12 == 0:
        years = int(months // 12)
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{months:.0f} months" if months >= 1 else "under a month"


def _decisions(text: str, patterns: _Patterns) -> Signal:
    labels: list[str] = []
    quotes: list[str] = []
    top: str | None = None
    for _right_id, level, label, compiled in patterns.decisions:
        for pattern in compiled:
            match = pattern.search(text)
            if match is None:
                continue
            labels.append(label)
            quotes.append(match.group(0))
            if _index(level) > _index(top):
                top = level
            break
    if not labels:
        return Signal("decisions", False, 0.0, None, "not shown", ())
    return Signal("decisions", True, float(len(labels)), top, ", ".join(labels), tuple(quotes[:3]))


def _span_signal(sites: list[_Found], countries: list[_Found], levels: LevelsFile) -> Signal:
    best_sites = _best(sites)
    best_countries = _best(countries)
    if best_sites is None and best_countries is None:
        return Signal("span", False, 0.0, None, "not shown", ())
    level_sites = _level_for(best_sites.value, "sites", levels) if best_sites else None
    level_countries = (
        _level_for(best_countries.value, "countries", levels) if best_countries else None
    )
    level = level_sites if _index(level_sites) >= _index(level_countries) else level_countries
    parts: list[str] = []
    if best_sites:
        parts.append(f"{best_sites.value:.0f} sites")
    if best_countries:
        parts.append(f"{best_countries.value:.0f}+ countries")
    value = max(best_sites.value if best_sites else 0, best_countries.value if best_countries else 0)
    return Signal("span", True, value, level, ", ".join(parts), _quotes([*sites, *countries]))


def _counted(number: int, one: str, many: str) -> str:
    """A threshold said with its noun: "1 site", "3 sites"."""
    return f"{number} {one if number == 1 else many}"


def _threshold_values(thresholds: LevelThresholds) -> dict[str, str]:
    return {
        "target": thresholds.name,
        "people": f"{thresholds.people:,}",
        "layers": _counted(thresholds.layers, "layer", "layers"),
        "budget": plain_amount(thresholds.budget),
        "sites": _counted(thresholds.sites, "site", "sites"),
        "countries": _counted(thresholds.countries, "country", "countries"),
        "horizon": str(thresholds.horizon_months),
    }


def calibrate(text: str, *, target: str, levels: LevelsFile, linked: bool = True) -> Calibration:
    """Read ``text`` (a story) and say how it reads against a ``target`` level role.

    ``linked=False``: the story belongs to no role; the verdict is "unlinked" and ``target`` (the
    lowest level) only sets the lifts of a story that does not reach it."""
    if target not in LEVEL_IDS:
        raise InputError(f"Unknown level {target!r}.", hint=f"Use one of: {', '.join(LEVEL_IDS)}.")
    if not text.strip():
        raise InputError("The story is empty.", hint="Write its circumstances, actions and results.")
    signals = read_signals(text, levels)
    reads = 0
    thin = True
    for index in range(len(LEVEL_IDS) - 1, -1, -1):
        reaching = 0
        for signal in signals:
            if _index(signal.level) >= index:
                reaching += 1
        if reaching >= levels.min_signals:
            reads = index
            thin = False
            break
    target_index = LEVEL_IDS.index(target)
    verdict: Verdict = "matches"
    if not linked:
        verdict = "unlinked"  # no role to compare with: ``target`` only sets the lifts' floor
    elif reads < target_index:
        verdict = "below"
    elif reads > target_index:
        verdict = "above"
    thresholds = levels.levels[target_index]
    values = _threshold_values(thresholds)
    lifts: list[Lift] = []
    for signal in signals:
        if _index(signal.level) >= target_index:
            continue
        lift = levels.lifts[signal.name]  # type: ignore[index]
        template = lift.missing if not signal.found or lift.below is None else lift.below
        lifts.append(Lift(signal.name, template.format(**values)))
    if verdict == "unlinked" and reads >= target_index:
        lifts = []  # it reaches the floor level; what lifts it depends on a role it is not linked to
    reads_name = levels.levels[reads].name
    summary = _summary(reads_name, thresholds.name, verdict, thin=thin, lifts=lifts)
    return Calibration(
        target=target,
        reads_as=LEVEL_IDS[reads],
        reads_as_name=reads_name,
        verdict=verdict,
        summary=summary,
        thin=thin,
        signals=signals,
        lifts=tuple(lifts),
    )


def _summary(reads: str, target: str, verdict: Verdict, *, thin: bool, lifts: list[Lift]) -> str:
    if thin:
        opening = (
            "The story shows too little scope to read a level: it does not say how many people, "
            "how much money, how far or how long."
        )
    else:
        opening = f"Reads as {reads} for a {target} role"
        if verdict == "unlinked":
            opening = (f"Reads as {reads}; the story is not linked to a role, so there is no level to "
                       "compare it with. Link it to an application to see whether it matches.")
        elif verdict == "matches":
            opening += ": it matches the level."
        elif verdict == "above":
            opening += ": it shows more scope than the role asks for."
        else:
            opening += ": it undersells the level the role needs."
    if lifts and verdict != "above":
        opening += f" First lift: {lifts[0].advice}"
    return opening
