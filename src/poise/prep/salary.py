"""Salary prep: from a market range, a turn-it-back answer and a pressed answer, both judged (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from poise.analysis import AnalysisContext, Report, analyse
from poise.content.loader import KnowledgeBase
from poise.content.schema import SalaryFile
from poise.errors import InputError
from poise.prep.numbers import AMOUNT_RE, CURRENCY_SYMBOLS, amount_value

SYMBOLS: dict[str, str] = {"USD": "$", "EUR": "€", "GBP": "£"}
MAX_AMOUNT = 100_000_000
SOURCE_MAX = 200


@dataclass(frozen=True)
class MarketRange:
    """A market pay range the candidate found, with its source."""

    low: float
    high: float
    currency: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"low": self.low, "high": self.high, "currency": self.currency, "source": self.source}


@dataclass(frozen=True)
class DraftAnswer:
    """One drafted answer, the question it answers, and the analyser's report on it."""

    kind: str
    question: str
    answer: str
    report: Report

    @property
    def family_findings(self) -> list[str]:
        """Ids of findings from the family's own rules (salary.* or weaknesses.*)."""
        prefix = f"{self.report.family}."
        return [finding.rule for finding in self.report.findings if finding.rule.startswith(prefix)]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "kind": self.kind,
            "question": self.question,
            "answer": self.answer,
            "report": self.report.to_dict(),
        }


@dataclass(frozen=True)
class SalaryPrep:
    """The two salary answers and the tips that go with them."""

    market: MarketRange
    deflect: DraftAnswer
    pressed: DraftAnswer
    tips: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "market": self.market.to_dict(),
            "deflect": self.deflect.to_dict(),
            "pressed": self.pressed.to_dict(),
            "tips": list(self.tips),
        }


_PLAIN_AMOUNT = re.compile(r"(?P<n>\d+(?:[.,]\d+)?)(?P<unit>[km]?)")
_GROUPED = re.compile(r"\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*")


def parse_amount(text: str, *, field: str = "amount") -> float:
    """A yearly amount as people type it: 95000, 95,000, 95.000 (European grouping), 95k,
    1.2m, with or without a currency sign or code (€95.000, GBP 80k). InputError otherwise,
    naming ``field`` so a form can show it beside that field."""
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", text).lower()
    cleaned = cleaned.strip(CURRENCY_SYMBOLS).removesuffix("/year").removesuffix("peryear")
    for code in SYMBOLS:
        cleaned = cleaned.removeprefix(code.lower()).removesuffix(code.lower())
    if _GROUPED.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "").replace(".", "")
    found = _PLAIN_AMOUNT.fullmatch(cleaned)
    if found is None:
        raise InputError(f"{text.strip()[:40]!r} is not an amount.",
                         hint="Enter it as a number, such as 95000, 95,000 or 95k.", field=field)
    value = float(found.group("n").replace(",", "."))
    return value * {"k": 1_000, "m": 1_000_000}.get(found.group("unit"), 1)


CURRENCY_OF_SIGN = {sign: code for code, sign in SYMBOLS.items()} | {"¥": "JPY", "₹": "INR"}
CURRENCY_OF_WORD = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                    "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "rupees": "INR",
                    "yen": "JPY"}
MIN_YEARLY = 10_000
MAX_ADVERT_PAY = 5_000_000
"""An advert's figure above this is no one's yearly pay: a budget ("an annual investment budget
of EUR 8 million") or a turnover."""
EUROPEAN_GROUPING = re.compile(r"\b(\d{1,3})\.(\d{3})(?=\D|$)")
MAX_ADVERT_LINES = 2_000
MONTHLY_RE = re.compile(r"(?:\bper\s+month|\ba\s+month|\bmonthly|/\s*(?:month|mo)\b|\bp\.\s?m\.(?!\w)|"
                        r"\bpcm\b|\bmonatlich|\bpar\s+mois|\bmensuel)", re.IGNORECASE)
"""A pay line stating a monthly figure ("SGD 26,000 - 32,000 per month", "€6.500 brutto
monatlich"): the prep's range is yearly base pay, so each figure counts twelve times."""
MONTHS_A_YEAR = 12


@dataclass(frozen=True)
class AdvertisedRange:
    """The pay range a job advert states: the two ends, the currency and the line it is on."""

    low: float
    high: float
    currency: str
    quote: str


def _currency(pre: str | None, post: str | None) -> str:
    for mark in (pre, post):
        if not mark:
            continue
        text = mark.strip()
        if text in CURRENCY_OF_SIGN:
            return CURRENCY_OF_SIGN[text]
        word = text.lower()
        if word in CURRENCY_OF_WORD:
            return CURRENCY_OF_WORD[word]
        if len(word) == 3 and word.isalpha():
            return word.upper()
    return ""


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*")


def _shared_scale(found: re.Match[str], later: list[re.Match[str]]) -> str | None:
    """The scale word a range's second figure gives both ("SEK 140–175k": 140k to 175k), when
    the figure has none and only a dash or "to" stands between them."""
    if not later or not later[0].group("scale"):
        return None
    between = found.string[found.end():later[0].start()]
    return later[0].group("scale") if _RANGE_JOIN.fullmatch(between) else None


def advertised_range(job_text: str, cues: list[str]) -> AdvertisedRange | None:
    """The first line of the advert that states a pay range (a cue word, two yearly amounts,
    a currency), or None. Bounded: lines over 400 characters and lines past 2,000 are skipped."""
    wanted = [re.compile(rf"(?<![\w]){re.escape(cue.lower())}(?![\w])") for cue in cues]
    for line in job_text.splitlines()[:MAX_ADVERT_LINES]:
        lowered = line.lower()
        if len(line) > 400 or not any(cue.search(lowered) for cue in wanted):
            continue  # a cue as a word: "pay" is not "payroll", "base" not "database"
        amounts = []
        currency = ""
        months = MONTHS_A_YEAR if MONTHLY_RE.search(line) else 1  # "SGD 26,000 - 32,000 per month"
        # European grouping (95.000) read as thousands, like 95,000.
        found_all = list(AMOUNT_RE.finditer(EUROPEAN_GROUPING.sub(r"\1,\2", line)))
        for number, found in enumerate(found_all):
            scale = found.group("scale") or _shared_scale(found, found_all[number + 1:])
            value = amount_value(found.group("number"), scale)
            if value is not None:
                value *= months
            if value is None or value < MIN_YEARLY or value > MAX_ADVERT_PAY:
                continue  # a monthly figure, or a budget or turnover on the same line
            amounts.append(value)
            currency = currency or _currency(found.group("pre"), found.group("post"))
        if len(amounts) >= 2 and currency:
            low, high = sorted(amounts[:2])
            return AdvertisedRange(low, high, currency, " ".join(line.split()).lstrip("-*• "))
    return None


def check_range(low: float, high: float, currency: str, source: str) -> MarketRange:
    """A market range checked: positive, low ≤ high, a currency and a source; else InputError."""
    code = currency.strip().upper()
    for known_code, symbol in SYMBOLS.items():
        if code == symbol:
            code = known_code
    if not (code.isalpha() and len(code) == 3):
        raise InputError(
            f"{currency!r} is not a currency code.", hint="Use a three-letter code such as EUR, GBP or USD.",
            field="currency",
        )
    if low <= 0 or high <= 0:
        raise InputError("Both ends of the range must be above zero.", hint="Enter the yearly base salary.",
                         field="low" if low <= 0 else "high")
    if low > high:
        raise InputError(
            f"The low end ({low:,.0f}) is above the high end ({high:,.0f}).", hint="Swap the two figures.",
            field="low",
        )
    if high > MAX_AMOUNT:
        raise InputError("That range is too large to be a yearly salary.", hint="Enter yearly base pay.",
                         field="high")
    cleaned_source = " ".join(source.split())
    if not cleaned_source:
        raise InputError(
            "Say where the range comes from.",
            hint="Name the survey, guide or report, e.g. 'Hays 2026 salary guide'. A range with a "
            "source is what makes it credible when you are pressed.",
            field="source",
        )
    if len(cleaned_source) > SOURCE_MAX:
        raise InputError(f"The source is longer than {SOURCE_MAX} characters.", hint="Shorten it.",
                         field="source")
    return MarketRange(float(low), float(high), code, cleaned_source)


def money(amount: float, currency: str) -> str:
    """An amount as said in an interview: "€95,000", "95,000 CHF"."""
    figure = f"{amount:,.0f}"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{figure}" if symbol else f"{figure} {currency}"


def _fill(sentences: list[str], values: dict[str, str]) -> str:
    filled = [" ".join(sentence.split()).format(**values) for sentence in sentences]
    return " ".join(" ".join(filled).split())


def draft_salary(
    market: MarketRange,
    templates: SalaryFile,
    *,
    role: str = "",
    company: str = "",
) -> tuple[str, str]:
    """The turn-it-back answer and the pressed answer, filled from the templates."""
    values = {
        "role": " ".join(role.split()),
        "company": company.strip() or "the company",
        "low": money(market.low, market.currency),
        "high": money(market.high, market.currency),
        "source": market.source,
    }
    return _fill(templates.deflect, values), _fill(templates.pressed, values)


def salary_prep(
    market: MarketRange,
    kb: KnowledgeBase,
    templates: SalaryFile,
    *,
    role: str = "",
    company: str = "",
) -> SalaryPrep:
    """Both salary answers, each judged by the analyser with the salary family."""
    deflect_text, pressed_text = draft_salary(market, templates, role=role, company=company)
    context = AnalysisContext(family="salary")
    opening = templates.questions.opening
    pressed = templates.questions.pressed
    return SalaryPrep(
        market=market,
        deflect=DraftAnswer("deflect", opening, deflect_text,
                            analyse(opening, deflect_text, context=context, kb=kb)),
        pressed=DraftAnswer("pressed", pressed, pressed_text,
                            analyse(pressed, pressed_text, context=context, kb=kb)),
        tips=tuple(templates.tips),
    )
