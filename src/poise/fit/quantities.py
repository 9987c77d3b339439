"""Quantities: team sizes and money read from a line (regular patterns and spaCy's parser), and
the one way Poise writes an amount of money."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.text import APPROX, NUM, NUMBER_WORDS, STOPWORDS, to_number

if TYPE_CHECKING:
    from spacy.tokens import Token

CURRENCY = (r"(?:US\$|(?<![A-Za-z])(?:A\$|C\$|S\$|NZ\$|HK\$)|[€$£₹₦¥]|"
            r"EUR\b|USD\b|GBP\b|CHF\b|SEK\b|NOK\b|DKK\b|AUD\b|"
            r"CAD\b|INR\b|NGN\b|SGD\b|MYR\b|HKD\b|NZD\b|ZAR\b|AED\b|JPY\b|CNY\b|"
            r"SAR\b|QAR\b|KWD\b|BHD\b|OMR\b|PLN\b|CZK\b|HUF\b|RON\b|MXN\b|BRL\b|KES\b|"
            r"UGX\b|TZS\b|THB\b|IDR\b|KRW\b|ILS\b|EGP\b|BDT\b|PKR\b|VND\b|"
            r"MAD\b|TND\b|DZD\b|JOD\b|TRY\b|PHP\b|TWD\b|CLP\b|COP\b|PEN\b|GHS\b|LKR\b|"
            r"RM(?=\s?\d)|Rs\.?(?=\s?\d)|N(?=\d+(?:\.\d+)?\s?(?:m|bn|million|billion)\b)|"
            r"(?<![\w&])R(?=\s?\d+(?:[.,]\d+)?\s?(?:m|bn|million|billion)\b))")
"""Currencies before an amount; a bare letter (South African "R", Nigerian "N") only with a scale
word after the number ("R95 million"), so "R2" or "N5" alone is never money. "US$" is the US
dollar: its "S$" is never read as Singapore's."""
UNIT = (r"(?:k|K|m|M|mn|Mn|MM|[Mm]illions?|bn|BN|[Bb]illions?|b|crores?|Cr|cr|lakhs?|lacs?|[Mm]io|[Mm]rd|Mia|"
        r"[Mm]iljoen|[Mm]iljon(?:er)?|[Mm]illones|[Mm]illionen|[Mm]ilioni|mln|"
        r"[Mm]iljard(?:er)?|[Mm]illiard(?:s|en?)?|[Mm]iliardi|mld)\b")
"""Scale words after an amount, as English, Indian and German-speaking adverts write them
("USD 60 Million" capitalised as a title would), and the million and billion of the languages
a bilingual advert keeps beside English ("€ 35 miljoen", "1,1 miljard", "MAD 90 millones")."""
AMOUNT_RES = (
    re.compile(rf"(?P<cur>{CURRENCY})\s?(?P<num>\d+(?:[.,]\d+)*)\s?(?P<unit>{UNIT})?"),
    re.compile(
        rf"(?<![\w.])(?P<num>\d+(?:[.,]\d+)?)\s?(?P<unit>{UNIT})\s?"
        rf"(?P<cur>{CURRENCY}|euros?\b|dollars?\b|pounds?\b(?!\s+of\s+(?!savings?\b|revenue\b|sales\b)))",
        re.IGNORECASE,
    ),
)
UNIT_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9,
              "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
              "billion": 1e9, "mio": 1e6, "mrd": 1e9, "mia": 1e9, "millions": 1e6, "billions": 1e9,
              "miljoen": 1e6, "miljon": 1e6, "miljoner": 1e6, "millones": 1e6, "millionen": 1e6,
              "milioni": 1e6, "mln": 1e6, "miljard": 1e9, "miljarder": 1e9, "milliard": 1e9,
              "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9, "miliardi": 1e9, "mld": 1e9}
CURRENCY_NAMES = {"€": "EUR", "$": "USD", "£": "GBP", "₹": "INR", "rs": "INR", "rs.": "INR",
                  "₦": "NGN", "n": "NGN", "¥": "JPY", "us$": "USD", "s$": "SGD", "nz$": "NZD", "hk$": "HKD",
                  "rm": "MYR", "r": "ZAR",
                  "a$": "AUD", "c$": "CAD", "euro": "EUR", "euros": "EUR",
                  "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP"}
AMOUNT_CUES = (
    ("pnl", re.compile(r"\bP\s?&\s?L\b|\bprofit (?:and|&) loss\b|\bbottom[- ]line\b|\bprofit[- ]cent",
                       re.IGNORECASE)),
    ("profit", re.compile(r"\bEBITDA\b|\bEBIT\b|\b(?:operating|net|gross|pre-tax|pretax)\s+"
                          r"(?:profit|income|margin)\b|\bprofits?\s+(?:of|before)\b", re.IGNORECASE)),
    ("budget", re.compile(r"\bbudgets?\b|\bspend\b|\bcost base\b|\bopex\b|\bcapex\b|\bcost cent|"
                          r"\bcosts? of\b|\bportfolio of\b|\bprogramme of\b|\bprogram of\b",
                          re.IGNORECASE)),
    ("saving", re.compile(r"\bsav(?:ed|ing|ings)\b|\bcut\b|\breduc|\blower(?:ed)?\b|\bavoid|"
                          r"\befficienc(?:y|ies)\b|\bdeficits?\b",
                          re.IGNORECASE)),
    ("revenue", re.compile(r"\brevenue|\bsales\b|\bturnover\b|\bARR\b|\bbookings\b|\bGMV\b|\bgrew\b|"
                           r"\bpipeline\b|\braised\b|\bfunding\b|\bvaluation\b|\bfundrais|"
                           r"\b(?:capital|fundraising|donor|giving|major gifts?) campaign\b|\bdonations?\b",
                           re.IGNORECASE)),
)

@dataclass(frozen=True)
class Quantity:
    """A number read from a line: a team size, or an amount of money with what it measures."""

    value: float
    quote: str
    kind: str = "team"
    currency: str = ""
    line: int = -1

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"value": _plain(self.value), "quote": self.quote}
        if self.kind != "team":
            data["kind"] = self.kind
            data["currency"] = self.currency
        return data


def _plain(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


HIRING_RE = re.compile(r"\b(?:add|adding|hire|hiring|recruit|recruiting|onboard|onboarding|train|"
                       r"training|serve|serving|support|supporting|with|alongside|partner|partnering)\b",
                       re.IGNORECASE)


ENTITY_RE = re.compile(r"\b(?:plants?|company|companies|business|division|group|sites?|stores?|"
                       r"organi[sz]ation|hospitals?|factory|factories|employer|country|region|"
                       r"network|centres?|centers?)\s+with\b", re.IGNORECASE)


FIRST_PERSON_RE = re.compile(r"(?:^|\bI|\band|\bthen|[;,:])\s*$")


LEAD_VERBS = (r"(?:led|lead|leads|leading|managed|manage|manages|managing|ran|run|runs|running|"
              r"supervised|supervise|supervising|oversaw|oversee|oversees|overseeing|built|build|"
              r"building|grew|grow|growing|scaled|scale|scaling|headed|head|heading|directed|direct|"
              r"directing|responsible for|in charge of)")


DIRECT_ENTITY_RE = re.compile(
    rf"^{LEAD_VERBS}\s+(?:the\s+|a\s+|an\s+|our\s+|its\s+|this\s+|my\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:plants?|sites?|stores?|hospitals?|factory|factories|division|business|organi[sz]ation|"
    r"network|centres?|centers?)\s+with\b", re.IGNORECASE)
"""A leading verb whose own object is the place or unit with its people ("Lead the harbour plant
with 900 operators", "Ran the north site with 300 staff"): its people are the ones led, unlike a
company merely named with its size ("joined a group with 5,000 staff")."""


GAP_WORD = r"(?!(?:years?|months?|weeks?|days?)\b)[\w-]+"
"""A word between a number and a people noun ("45 software engineers"), never a unit of time:
"8+ years leading managers" states experience, not a team of eight."""


@lru_cache(maxsize=4)
def _loose_team_re(people: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?P<n>{NUM})\s*\+?\s*(?:{GAP_WORD}\s+){{0,2}}?(?:{people})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _team_res(people: str) -> tuple[re.Pattern[str], ...]:
    verbs = LEAD_VERBS
    return (
        re.compile(rf"\b(?:team|organi[sz]ation|department|function|workforce|unit|group|division|"
                   rf"staff|crew|headcount|practice|office|branch|operation)\s+of\s+{APPROX}(?P<n>{NUM})\b(?!\s*(?:%|years?|"
                   rf"months?|sites|countries|stores|clients|customers|projects))", re.IGNORECASE),
        re.compile(rf"\b(?P<n>{NUM})\s*\+?\s*[- ]?(?:person|people|strong|member|FTE|headcount)\s+"
                   r"(?:[\w-]+\s+)?(?:team|organi[sz]ation|org\b|function|department|unit|workforce|"
                   r"group|operation|practice)", re.IGNORECASE),
        re.compile(rf"\b{verbs}\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?:(?:[\w-]+\s+){{0,3}}?"
                   rf"(?:team|organi[sz]ation|function|department|group|office|branch|practice)s?\s+of\s+)?"
                   rf"{APPROX}"
                   rf"(?P<n>{NUM})\s*\+?\s*(?:{GAP_WORD}\s+){{0,2}}?(?:{people})\b", re.IGNORECASE),
        # the people after a counted group of leaders in one list: "manage 4 supervisors, 30 staff"
        re.compile(rf"\b{verbs}\s+{NUM}\s+(?:[\w-]+\s+){{0,2}}?[\w-]+\s*(?:,|\band\b|&|plus)\s*"
                   rf"{APPROX}(?P<n>{NUM})\s*\+?\s*(?:{GAP_WORD}\s+){{0,2}}?(?:{people})\b", re.IGNORECASE),
        re.compile(rf"\b(?P<n>{NUM})\s+(?:direct\s+and\s+indirect\s+|direct\s+|indirect\s+|total\s+)?"
                   r"reports\b", re.IGNORECASE),
        re.compile(rf"\bheadcount\s*:?\s+(?:of\s+|from\s+{NUM}\s+to\s+)?{APPROX}(?P<n>{NUM})\b",
                   re.IGNORECASE),
        re.compile(rf"\b(?:team|organi[sz]ation|function|department|headcount)\s+(?:\w+\s+)?from\s+"
                   rf"{NUM}\s+to\s+(?P<n>{NUM})\b", re.IGNORECASE),
        re.compile(rf"\bfrom\s+{NUM}\s+to\s+(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\b",
                   re.IGNORECASE),
        re.compile(rf"\b{verbs}\s+[^.;]{{0,40}}?\band\s+{APPROX}(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\b",
                   re.IGNORECASE),
        re.compile(rf"\b(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\s+(?:through|via|reporting|who report|"
                   r"in (?:my|the) team|under me)\b", re.IGNORECASE),
        re.compile(rf"^{verbs}\b[^.;]{{0,80}}?[:–—-]\s*{APPROX}(?P<n>{NUM})\s+(?:[\w-]+\s+)?(?:{people})\b",
                   re.IGNORECASE),
        # an item of a remit listed without a verb: "26 stores, turnover £118m, c.1,050 colleagues"
        re.compile(rf"(?:^|[,;]\s*)(?:c\.|ca\.|approx\.|~)?\s*(?P<n>{NUM})\s+(?:[\w-]+\s+)?"
                   rf"(?:{people})\s*(?:[,;]|$)", re.IGNORECASE),
        re.compile(rf"\b{verbs}\b[^.;]{{0,60}}?\bwith\s+(?:a\s+team\s+of\s+)?{APPROX}(?P<n>{NUM})\s+"
                   rf"(?:[\w-]+\s+)?(?:{people})\b", re.IGNORECASE),
    )


@lru_cache(maxsize=4)
def _composition_re(people: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?:team|organi[sz]ation|function|department)\s+of|{LEAD_VERBS})\s+(?P<a>{NUM})\s+"
        rf"(?:[\w-]+\s+){{0,3}}?"
        rf"(?:{people})\s*(?:,|and|&|plus)\s*(?P<b>{NUM})\s+(?:[\w-]+\s+){{0,3}}?(?:{people})\b",
        re.IGNORECASE)


EMPLOYER_NOUNS = frozenset({"company", "companies", "group", "groups", "firm", "firms", "employer",
                           "corporation", "organisation", "organization", "population", "community",
                           "region", "country", "city", "county", "market", "partner", "partners"})
"""Nouns a "with" and its people may follow without those people being led: an employer's or a
place's size ("a company with 14,500+ employees", "a region with 2 million people")."""


def _unit_with(text: str, start: int) -> bool:
    """True when the people counted at ``start`` follow a "with" that hangs on a noun naming the
    unit to lead ("a plant with 800+ employees", "the business unit with 1,200+ engineers"), read
    from the parse; a "with" under a verb ("work with 20 engineers") or after an employer or a
    place (``EMPLOYER_NOUNS``), or after a unit that is itself worked with or served ("partnered
    with a plant with 900 operators"), names people worked with or served."""
    from poise.fit.parsed_lines import parsed_words

    words = parsed_words(text)
    before = [i for i, word in enumerate(words) if word.at < start]
    if not before or words[before[-1]].lower != "with":
        return False
    from poise.analysis.tags import lemma

    at = words[before[-1]].head
    if not words[at].tag.startswith("NN") or words[at].lower in EMPLOYER_NOUNS:
        return False
    seen = set()
    while at not in seen:  # the unit itself worked with, served or partnered is no unit led
        seen.add(at)
        if HIRING_RE.fullmatch(lemma(words[at].tag, words[at].lower)) or HIRING_RE.fullmatch(
                words[at].lower):
            return False
        at = words[at].head
    return True


def _hiring_before(before: str) -> bool:
    """True when the word just before a number says the people are hired, served or worked with
    ("hire 20 engineers", "supporting 200 staff"), not led ("support directors, 260 agents")."""
    words = re.findall(r"[\w-]+", before)
    return bool(words) and HIRING_RE.fullmatch(words[-1]) is not None


def year_like(written: str, value: float) -> bool:
    """True when a number could be a year ("since 2019"): four digits between 1950 and 2049
    written without a thousands separator; "2,000 staff" is a head-count."""
    return 1950 <= value <= 2049 and "," not in written and "." not in written


def team_sizes_in(text: str, patterns: FitPatterns, *, loose: bool = False) -> list[float]:
    """Team sizes stated in a line ("team of 12", "led 45 people"); ``loose`` adds bare
    "45 engineers" (job lines only: in a résumé "trained 200 staff" is not a team)."""
    found: list[float] = []
    res = _team_res(patterns.people)
    extra = (_loose_team_re(patterns.people),) if loose else ()
    for regex in (*res, *extra):
        for hit in regex.finditer(text):
            if regex in extra and _hiring_before(text[max(0, hit.start() - 25): hit.start()]) \
                    and not _unit_with(text, hit.start()):
                continue
            if regex is res[-1] and ((ENTITY_RE.search(hit.group(0)) and not DIRECT_ENTITY_RE.search(
                    hit.group(0))) or not FIRST_PERSON_RE.search(text[: hit.start()])):
                continue
            value = to_number(hit.group("n"))
            plausible = (value is not None and 2 <= value <= 500_000
                         and not year_like(hit.group("n"), value))
            if plausible and value is not None and value not in found:
                found.append(value)
    for hit in _composition_re(patterns.people).finditer(text):
        first, second = to_number(hit.group("a")), to_number(hit.group("b"))
        if first is not None and second is not None and first + second not in found:
            found.append(first + second)
    return found


RANGE_RE = re.compile(rf"(?<![\d.,])(?P<low>{NUM})\s?[-–—]\s?(?P<high>{NUM})(?![\d.,]\d)", re.IGNORECASE)
"""A span of two numbers a post states its size by ("300-400 staff", "8–10 directors")."""


def range_floor(text: str, value: float) -> float:
    """The size a requirement asks when ``value`` is the top of a span it states: the span's
    lower end ("300-400 staff" is met by 300); ``value`` itself otherwise."""
    for hit in RANGE_RE.finditer(text):
        low, high = to_number(hit.group("low")), to_number(hit.group("high"))
        if low is not None and high == value and low < high:
            return low
    return value


def amounts_in(text: str) -> list[tuple[float, str, str]]:
    """Money amounts in a line as (value, currency, kind) with kind pnl/profit/budget/saving/revenue/
    other: a profit figure ("EBITDA of A$31m") is what a business earned, never a budget held."""
    found: list[tuple[float, str, str]] = []
    spans: list[tuple[int, int]] = []
    for regex in AMOUNT_RES:
        for hit in regex.finditer(text):
            if any(start <= hit.start() < end for start, end in spans):
                continue
            number = hit.group("num")
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+", number):
                number = number.replace(",", "")
            value = to_number(number.replace(",", ".")) if "," in number else to_number(number)
            if value is None:
                continue
            unit = (hit.group("unit") or "").lower()
            value *= UNIT_SCALE.get(unit, 1.0)
            if value < 1000:
                continue
            currency_raw = hit.group("cur")
            currency = CURRENCY_NAMES.get(currency_raw.lower(), currency_raw.upper())
            spans.append((hit.start(), hit.end()))
            found.append((value, currency, _amount_kind(text, hit.start(), hit.end())))
    return found


SIZE_OF_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:brand|business|company|category|account|market|"
                        r"turnover|revenue|retailer|group)\b", re.IGNORECASE)


DEFICIT_AFTER_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?deficits?\b", re.IGNORECASE)
"""An amount that is a deficit ("£6m funding deficit"): money to find, as a saving is."""


def _amount_kind(text: str, start: int, end: int) -> str:
    if SIZE_OF_RE.match(text[end:end + 40]):
        return "revenue"
    if DEFICIT_AFTER_RE.match(text[end:end + 40]):
        return "saving"
    if re.search(r"\b(?:by|of up to|saving|savings of)\s*$", text[:start], re.IGNORECASE):
        return "saving"
    best, best_distance = "other", 10_000
    for kind, regex in AMOUNT_CUES:
        for hit in regex.finditer(text):
            if hit.end() <= start:
                distance = start - hit.end()
            elif hit.start() >= end:
                distance = hit.start() - end + 5  # a cue before the amount reads more naturally
            else:
                distance = 0
            if distance < best_distance:
                best, best_distance = kind, distance
    return best if best_distance <= 60 else "other"


CURRENCY_SIGNS = {"GBP": "£", "EUR": "€", "USD": "$", "INR": "₹", "AUD": "A$", "NZD": "NZ$",
                  "CAD": "C$", "SGD": "S$", "HKD": "HK$"}
"""How Poise writes a currency before an amount; another dollar keeps its country ("NZ$22M")."""


def money(value: float, currency: str = "") -> str:
    """An amount as Poise writes it: "850k", "€4.5M", "INR 1.2bn" (no sign when no currency)."""
    if value >= 1e9:
        amount = f"{value / 1e9:.1f}bn".replace(".0bn", "bn")
    elif value >= 1e6:
        amount = f"{value / 1e6:.1f}M".replace(".0M", "M")
    else:
        amount = f"{value / 1e3:.0f}k"
    if not currency:
        return amount
    sign = CURRENCY_SIGNS.get(currency)
    return f"{sign}{amount}" if sign else f"{currency} {amount}"


# --- Head-counts from the parse ------------------------------------------------------------------

MAX_ANCESTORS = 4
"""How far up the parse a people noun may sit below the word that says it is led."""


def _value(text: str) -> float | None:
    lowered = text.lower().replace(",", "")
    if lowered in NUMBER_WORDS:
        return float(NUMBER_WORDS[lowered])
    try:
        return float(lowered)
    except ValueError:
        return None


def _people_words(patterns: FitPatterns) -> frozenset[str]:
    words = set()
    for noun in patterns.content.lexicons.people_nouns:
        words.add(noun.split()[-1].lower())
    return frozenset(words)


AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ees")
"""Plural endings of a noun naming people by what they do ("adjusters", "cashiers", "analysts")."""


def _staff_noun(token: Token, people: frozenset[str], served: frozenset[str]) -> bool:
    """A noun naming staff: a listed people noun, or a plural agent noun that is not someone a
    team serves ("145 adjusters" yes, "300 users" no)."""
    lowered = token.text.lower()
    if lowered in people:
        return True
    return token.tag_ == "NNS" and lowered.endswith(AGENT_ENDINGS) and lowered not in served


def led_headcounts(texts: Iterable[str], patterns: FitPatterns) -> list[list[float]]:
    """Per text, the numbers of people it says are led or managed: a number modifying a people
    noun ("180 employees", "38 engineers") under a word of leading ("responsibility for",
    "leadership of", "lead 4 teams (…)"), found through the dependency parse."""
    from poise.analysis.nlp import spacy_pipeline

    leads = patterns.evidence.get("leads_people", ())
    people = _people_words(patterns)
    served = frozenset(noun.lower() for noun in patterns.content.lexicons.served_people_nouns)
    items = list(texts)
    found: list[list[float]] = [[] for _ in items]
    wanted = [number for number, text in enumerate(items)
              if re.search(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", text, re.I)
              and (any(word in text.lower() for word in people)
                   or re.search(r"\w(?:" + "|".join(AGENT_ENDINGS) + r")\b", text, re.I))]
    if not wanted or not leads:
        return found
    nlp = spacy_pipeline(parse=True)
    for number, doc in zip(wanted, nlp.pipe(items[number] for number in wanted), strict=True):
        for token in doc:
            if token.dep_ != "nummod" or not _staff_noun(token.head, people, served):
                continue
            if _apart_from(token, token.head):
                continue  # "380,000 sq ft, 180 staff": the parse hung a floor area on the staff
            value = _value(token.text)
            if value is None or value < 2 or year_like(token.text, value):
                continue
            if _led(token.head, leads) and value not in found[number]:
                found[number].append(value)
    return found


def _apart_from(number: Token, noun: Token) -> bool:
    """True when a comma, a bracket, a semicolon or another number stands between a number and
    the noun the parse hangs it on: each counts something else ("380,000 sq ft, 180 staff");
    a hyphen joins words of one phrase ("a 212-FTE department", "38 year-round staff")."""
    low, high = sorted((number.i, noun.i))
    return any(word.text in SEPARATING or word.like_num for word in number.doc[low + 1:high])


SEPARATING = frozenset({",", ";", ":", "(", ")", "[", "]"})


def _coordinated_with_lead(verb: Token, leads: tuple[re.Pattern[str], ...]) -> bool:
    """True when a verb shares its object with a word of leading ("built and led 40 staff")."""
    return any(any_match(leads, partner.text) for partner in verb.conjuncts)


def _led(noun: Token, leads: tuple[re.Pattern[str], ...]) -> bool:
    """True when a word of leading governs the noun within a few steps up the parse, or modifies
    one of those steps (a line-initial "Lead" the tagger reads as a noun: "Lead 4 teams")."""
    node, steps = noun, 0
    while steps <= MAX_ANCESTORS:
        if node is not noun and any_match(leads, node.text):
            # "Carebridge runs 28 homes with 1,900 staff": someone else is the subject.
            return not any(child.dep_ in ("nsubj", "nsubjpass") and child.text.lower() not in
                           ("i", "we") for child in node.children)
        if node is not noun and node.tag_.startswith("VB") and not _coordinated_with_lead(node, leads):
            # "Led the programme …, supporting 2,400 people a year": the people are what another
            # verb does something for, not whom the leading word leads
            return False
        for child in node.children:
            if child.dep_ in ("nmod", "compound", "amod") and child.i < node.i and any_match(
                    leads, child.text):
                return True
        if node.head is node:
            return False
        node = node.head
        steps += 1
    return False


# --- Figures compared ----------------------------------------------------------------------------

PERCENT_UNIT = r"(?P<unit>%|per ?cent\b|percentage points?\b|bps\b|basis points?\b)"
"""A percentage's unit; basis points are hundredths of one ("300 bps" = 3 points)."""
PERCENT_RE = re.compile(rf"(?<![\d.,])(?P<n>\d{{1,4}}(?:[.,]\d+)?)\s?{PERCENT_UNIT}", re.IGNORECASE)


def percent_value(number: str, unit: str) -> float:
    """The percentage a number and its unit state: "300" "bps" → 3.0, "12,5" "%" → 12.5."""
    value = float(number.replace(",", "."))
    return value / 100 if unit.lower().startswith(("bp", "basis")) else value


def percents_in(text: str) -> list[float]:
    """The percentages a line names ("20%", "5 per cent", "300 bps")."""
    found = []
    for hit in PERCENT_RE.finditer(text):
        value = percent_value(hit.group("n"), hit.group("unit"))
        if value < 1000:  # four digits before the sign are a count of basis points, not a share
            found.append(value)
    return found


def figure_ratio(asked: str, shown: Iterable[str]) -> float | None:
    """How the largest comparable figure of the ``shown`` lines compares with the largest one
    ``asked`` names, as shown / asked: money against money of the same kind (a budget against a
    budget; an amount whose kind is not said against any) and currency (when both say it), else
    a percentage against a percentage. None when the requirement names no figure or no shown line
    has one to compare."""
    shown = list(shown)
    wanted = amounts_in(asked)
    if wanted:
        need, currency, kind = max(wanted)
        have = [value for text in shown for value, cur, what in amounts_in(text)
                if (not currency or not cur or cur == currency)
                and (kind == "other" or what == "other" or what == kind)]
        if have:
            return max(have) / need
    percent = [value for value in percents_in(asked) if value > 0]
    if percent:
        have_percent = [value for text in shown for value in percents_in(text)]
        if have_percent:
            return max(have_percent) / max(percent)
    return None


COUNT_RE = re.compile(r"(?<![\w.,/$£€¥₹-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<scale>k|K)?"
                      r"\s?\+?(?:\s+(?:or more|and above|plus))?\s+"
                      r"(?P<words>[A-Za-z][A-Za-z-]+(?:\s+[A-Za-z][A-Za-z-]+)?)")
"""A number counting something, with the one or two words after it ("15,000+ students", "12 acute
sites", "3k employees")."""
TIME_WORDS = frozenset({"year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days",
                        "hour", "hours", "hr", "hrs", "minute", "minutes", "time", "times", "x"})
"""Words after a number that make it a span of time or a multiple: it counts no thing."""
SCALE_WORDS = frozenset({"percent", "per", "cent", "pct", "bps", "basis", "point", "points",
                         "million", "billion", "thousand", "m", "mn", "bn", "k", "mio", "crore",
                         "crores", "lakh", "lakhs", "level", "levels", "grade", "band", "step",
                         "steps", "stage", "stages", "phase", "phases"})
"""Words after a number that make it a share, a scale or a rank: it counts no thing."""


DESIGNATION_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z]{2,}[A-Z&/-]*\s+(?:\d{3,}\s*(?:,|/|&|and|or)\s*)*$")
"""A code in capitals just before a number, or before a list of such numbers ("ISO 45001", "IATF
16949", "ISO/IEC 27001", "ISO 9001, 14001 and 45001"): the number is part of a standard's or a
scheme's name, not a count of the word after it."""
DESIGNATION_DIGITS = 4
"""Digits a standard's number has at least (ISO 9001, IATF 16949); a shorter number after capitals
still counts ("EMEA 12 countries", "FTE 250 staff")."""


def _counted(word: str) -> str:
    """A counted word in its singular (``singular``)."""
    return singular(word)


def singular(word: str) -> str:
    """A counted word in its singular ("students" → "student", "facilities" → "facility")."""
    lowered = word.lower()
    if lowered.endswith("ies") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith(("ses", "xes", "ches", "shes")):
        return lowered[:-2]
    if lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3:
        return lowered[:-1]
    return lowered


def counts_in(text: str) -> list[tuple[float, str]]:
    """The things a line counts, as (number, counted word in the singular): "15,000+ students" →
    (15000, "student"); of two words, the second unless it is a function word or a verb's form
    ("4 acute hospitals" → (4, "hospital"); "26 engineers in" → (26, "engineer")). A year, a span of time, a
    share, a rank or an amount of money counts nothing here (money is read by ``amounts_in``)."""
    money_spans = [(hit.start(), hit.end()) for regex in AMOUNT_RES for hit in regex.finditer(text)]
    found: list[tuple[float, str]] = []
    for hit in COUNT_RE.finditer(text):
        if any(start <= hit.start() < end for start, end in money_spans):
            continue
        number = hit.group("num")
        if re.fullmatch(r"(?:19|20)\d\d", number) or text[hit.end("num"):hit.end("num") + 1] == "%":
            continue
        if (re.fullmatch(rf"\d{{{DESIGNATION_DIGITS},}}", number)
                and DESIGNATION_BEFORE_RE.search(text[: hit.start()])):
            continue  # "ISO 45001 certification", "IATF 16949 audits": a standard's number
        value = float(number.replace(",", ""))
        if hit.group("scale"):
            value *= 1e3
        words = [word.lower() for word in hit.group("words").split()]
        if _skipped(words[0]):
            continue
        word = words[0]
        if len(words) > 1 and not _skipped(words[1]) and not words[1].endswith(("ing", "ed", "ly")):
            word = words[1]  # "4 acute hospitals", "3 new sites": the thing is the last word
        found.append((value, _counted(word)))
    return found


def _skipped(word: str) -> bool:
    return word in STOPWORDS or word in TIME_WORDS or word in SCALE_WORDS


def count_ratio(asked: str, shown: Iterable[str]) -> float | None:
    """How the ``shown`` lines' count of a thing the requirement counts compares with the number
    asked, as shown / asked (the largest count of the same thing over the lines; of several things
    asked and shown, the worst ratio): "38 store directors" asked, "14 store directors" shown →
    0.37. None when the requirement counts nothing the lines also count."""
    wanted = [(value, thing) for value, thing in counts_in(asked) if value > 0]
    if not wanted:
        return None
    have: dict[str, float] = {}
    for text in shown:
        for value, thing in counts_in(text):
            have[thing] = max(value, have.get(thing, 0.0))
    ratios = [have[thing] / value for value, thing in wanted if thing in have]
    return min(ratios) if ratios else None
