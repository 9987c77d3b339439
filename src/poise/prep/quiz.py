"""Key-facts quiz: cards from facts, tolerant answer checking, Leitner spaced repetition (pure)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from poise.errors import InputError
from poise.followup.voice import spoken_name
from poise.prep.numbers import AMOUNT_RE, CURRENCY_WORDS, amount_value, words_to_digits

Source = Literal["company", "record"]
SOURCES: tuple[str, ...] = ("company", "record")
PROMPT_MAX = 300
ANSWER_MAX = 500
MAX_FACTS = 500

BOXES = 5
INTERVALS: dict[int, timedelta] = {
    1: timedelta(minutes=10),
    2: timedelta(days=1),
    3: timedelta(days=3),
    4: timedelta(days=7),
    5: timedelta(days=21),
}
"""How long a card rests after landing in each Leitner box: a missed card (box 1) returns soonest."""

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_WORDS: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    MONTH_WORDS[_name] = _number
    MONTH_WORDS[_name[:3]] = _number
MONTH_WORDS["sept"] = 9
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
FILLER = frozenset({"the", "a", "an", "in", "on", "of", "at", "about", "around", "roughly",
                    "approximately", "approx", "it", "was", "is", "were", "we", "i", "they"})
NUMBER_TOKEN = re.compile(r"^\d+(?:\.\d+)?$")
MAX_PASSES = 50
"""Each pass that changes an answer uses up a word (a scale, a month, a number word): a few do."""
PRESENT = frozenset({"", "present", "now", "current", "today", "ongoing"})


@dataclass(frozen=True)
class FactDraft:
    """A fact to remember: the prompt shown, the answer expected, and where it comes from."""

    prompt: str
    answer: str
    source: Source = "company"

    def to_dict(self) -> dict[str, str]:
        """JSON-ready form."""
        return {"prompt": self.prompt, "answer": self.answer, "source": self.source}


@dataclass(frozen=True)
class CardState:
    """Where a card stands in the Leitner schedule."""

    box: int
    due_at: datetime
    last_result: str | None = None
    reviews: int = 0
    lapses: int = 0
    last_reviewed_at: datetime | None = None


@dataclass(frozen=True)
class Check:
    """The verdict on one typed answer."""

    correct: bool
    exact: bool
    expected: str
    given: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "correct": self.correct,
            "exact": self.exact,
            "expected": self.expected,
            "given": self.given,
            "note": self.note,
        }


# --- facts ------------------------------------------------------------------------------------


def clean_fact(prompt: str, answer: str, source: str = "company") -> FactDraft:
    """A fact trimmed and checked; ``InputError`` says what is wrong."""
    cleaned_prompt = " ".join(str(prompt).split())
    cleaned_answer = " ".join(str(answer).split())
    if not cleaned_prompt:
        raise InputError("A fact needs a prompt.", hint='Type what to remember, e.g. "Founded".',
                         field="prompt")
    if not cleaned_answer:
        raise InputError(
            f"The fact {cleaned_prompt!r} has no answer.", hint='Type the answer, e.g. "1962".',
            field="answer",
        )
    if len(cleaned_prompt) > PROMPT_MAX or len(cleaned_answer) > ANSWER_MAX:
        raise InputError(
            f"The fact {cleaned_prompt[:40]!r} is too long.",
            hint=f"Keep prompts under {PROMPT_MAX} and answers under {ANSWER_MAX} characters; "
            "a fact you can say in one breath is easier to recall.",
            field="prompt",
        )
    if source not in SOURCES:
        raise InputError(f"Unknown fact source {source!r}.", hint=f"Use one of: {', '.join(SOURCES)}.")
    return FactDraft(cleaned_prompt, cleaned_answer, source)  # type: ignore[arg-type]


def parse_facts(data: Any) -> list[FactDraft]:
    """Facts from loaded YAML or JSON: a list of {fact, answer}, a {fact: answer} mapping,
    or either under a top-level ``facts`` key."""
    if isinstance(data, Mapping) and set(data) == {"facts"}:
        data = data["facts"]
    facts: list[FactDraft] = []
    if isinstance(data, Mapping):
        for prompt, answer in data.items():
            if isinstance(answer, Mapping | list):
                raise InputError(
                    f"The fact {prompt!r} has a nested value.", hint="Give each fact one answer."
                )
            facts.append(clean_fact(str(prompt), "" if answer is None else str(answer)))
    elif isinstance(data, list):
        for index, item in enumerate(data, start=1):
            if not isinstance(item, Mapping) or "fact" not in item or "answer" not in item:
                raise InputError(
                    f"Item {index} is not a fact.",
                    hint='Write each item as {fact: "Founded", answer: "1962"}.',
                )
            unknown = set(item) - {"fact", "answer"}
            if unknown:
                raise InputError(
                    f"Item {index} has unknown keys: {', '.join(sorted(map(str, unknown)))}.",
                    hint="Each item has only 'fact' and 'answer'.",
                )
            answer = item["answer"]
            facts.append(clean_fact(str(item["fact"]), "" if answer is None else str(answer)))
    else:
        raise InputError(
            "The facts file holds neither a list nor a mapping of facts.",
            hint='Write a list such as:\n- fact: Founded\n  answer: "1962"',
        )
    if not facts:
        raise InputError("The facts file is empty.", hint="Add at least one fact and its answer.")
    if len(facts) > MAX_FACTS:
        raise InputError(f"More than {MAX_FACTS} facts.", hint="Keep the ones you need on the day.")
    return facts


def readable_date(value: Any) -> str:
    """A résumé date as said aloud: "2019-03" -> "March 2019", "2019" -> "2019"."""
    text = str(value or "").strip()
    match = re.match(r"^(\d{4})-(\d{1,2})(?:-\d{1,2})?$", text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{MONTHS[int(match.group(2)) - 1].title()} {match.group(1)}"
    match = re.match(r"^(\d{1,2})/(\d{4})$", text)
    if match and 1 <= int(match.group(1)) <= 12:
        return f"{MONTHS[int(match.group(1)) - 1].title()} {match.group(2)}"
    return text


def _text_of(item: Any) -> str:
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        for key in ("text", "line", "quote", "evidence", "achievement"):
            if isinstance(item.get(key), str) and item[key].strip():
                return str(item[key])
    return ""


_CLOZE_RE = re.compile(
    r"(?:(?:[A-Z]{1,3}\$|[$€£₹¥])\s?|(?-i:USD|EUR|GBP|AUD|NZD|CAD|SGD|HKD|INR|ZAR|CHF|SEK|NOK|DKK|"
    r"PLN|MXN|BRL|JPY|CNY|AED|SAR|MYR|PHP|KES|NGN)\s?)?"
    r"\d+(?:,\d{3})*(?:\.\d+)?\s?(?:%|k\b|m\b|mn\b|bn\b|million\b|billion\b|x\b)?",
    re.IGNORECASE,
)
"""A figure to blank, with the currency that is part of it ("NZ$31 million", "USD 9.2 Mn"): the
card asks the whole amount, never the number without its currency."""


_SENTENCE_END_RE = re.compile(r"(?<=[a-z)])[.;!?](?=\s+[A-Z(])")
"""Where a sentence of a long line ends: a stop after a word, before a capital."""


def _part_of_a_name(text: str, match: re.Match[str]) -> bool:
    """True when a figure is part of a name or a code ("OSFI E-21", "SAP S/4HANA", "ISO9001"): a
    letter joined to it before (directly or by a hyphen or a slash) or after it."""
    before = text[max(0, match.start() - 2): match.start()]
    end = match.start() + len(match.group(0).rstrip())  # the pattern may take a space after it
    after = text[end: end + 1]
    joined_before = bool(before) and (before[-1].isalpha() or (
        before[-1] in "-/" and before[:1].isalpha()))
    return joined_before or after.isalpha()


def cloze(text: str) -> tuple[str, str] | None:
    """The sentence with its most telling number blanked, and that number; None without one.

    A line of several sentences (a paragraph under a heading) is cut to the sentence holding the
    number, so the card asks one thing; a card longer than a prompt may be is no card (None)."""
    for match in _CLOZE_RE.finditer(text):
        figure = match.group(0).strip()
        if re.fullmatch(r"(?:19|20)\d\d", figure) or _part_of_a_name(text, match):
            continue
        start = max((end.end() for end in _SENTENCE_END_RE.finditer(text, 0, match.start())),
                    default=0)
        after = _SENTENCE_END_RE.search(text, match.end())
        stop = after.end() if after else len(text)
        blanked = text[start: match.start()] + "___" + text[match.start() + len(figure): stop]
        blanked = " ".join(blanked.split())
        if len(f"Fill the gap: {blanked}") > PROMPT_MAX:
            continue
        return blanked, figure
    return None


def record_facts(fit: Mapping[str, Any] | None, *, limit: int = 12) -> list[FactDraft]:
    """Facts about the candidate's own record from the fit's résumé: role dates, numbers."""
    if not fit:
        return []
    resume = fit.get("resume") or {}
    if not isinstance(resume, Mapping):
        return []
    facts: list[FactDraft] = []
    seen: set[str] = set()

    def add(prompt: str, answer: str) -> None:
        if prompt not in seen and answer.strip() and len(facts) < limit:
            seen.add(prompt)
            facts.append(clean_fact(prompt, answer, "record"))

    for role in resume.get("roles") or []:
        if not isinstance(role, Mapping):
            continue
        title = str(role.get("title") or "").strip()
        employer = str(role.get("employer") or "").strip()
        if not title:
            continue
        # the employer as a sentence says it ("Circle City Food Alliance", no list number)
        where = f"{title} at {spoken_name(employer, None)}" if employer else title
        start = readable_date(role.get("start"))
        if start:
            add(f"When did you start as {where}?", start)
        end = readable_date(role.get("end"))
        if end.lower() not in PRESENT:
            add(f"When did you leave your role as {where}?", end)
    for key in ("achievements", "team_sizes", "budgets"):
        for item in resume.get(key) or []:
            text = _text_of(item)
            found = cloze(text) if text else None
            if found is not None:
                add(f"Fill the gap: {found[0]}", found[1])
    return facts


def question_text(prompt: str, company: str = "") -> str:
    """How a card asks its fact: a prompt that is a question stays, else "Acme: Founded?"."""
    if prompt.rstrip().endswith("?") or prompt.startswith("Fill the gap:"):
        return prompt
    return f"{company}: {prompt}?" if company else f"{prompt}?"


# --- answer checking --------------------------------------------------------------------------


def _expand_amounts(text: str) -> str:
    def replace_amount(match: re.Match[str]) -> str:
        if not match.group("scale"):
            return match.group(0)
        value = amount_value(match.group("number"), match.group("scale"))
        if value is None:
            return match.group(0)
        return f"{value:.0f}" if value == int(value) else str(value)

    return AMOUNT_RE.sub(replace_amount, text)


def _months_beside_numbers(words: list[str]) -> None:
    """Turn month names next to a number ("march 2019", "5 may") into their number, in place,
    until none is left beside a number (so "march may 2019" turns both)."""
    changed = True
    while changed:
        changed = False
        for index, token in enumerate(words):
            if token not in MONTH_WORDS:
                continue
            beside = words[max(0, index - 1) : index] + words[index + 1 : index + 2]
            if any(NUMBER_TOKEN.match(other) for other in beside):
                words[index] = str(MONTH_WORDS[token])
                changed = True


def _reduce(text: str) -> str:
    """One pass of ``normalise``."""
    decomposed = unicodedata.normalize("NFKD", text)
    lowered = "".join(char for char in decomposed if not unicodedata.combining(char)).lower()
    lowered = lowered.replace("&", " and ").replace("%", " percent ")
    lowered = re.sub(r"\bper\s*cent\b", " percent ", lowered)
    lowered = re.sub(r"[$€£¥₹]", " ", lowered)
    lowered = re.sub(r"(?<=\d),(?=\d{3}\b)", "", lowered)
    lowered = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", lowered)
    lowered = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", lowered)
    lowered = re.sub(r"[^\w.\s]|_", " ", lowered)
    lowered = words_to_digits(_expand_amounts(lowered))
    words: list[str] = []
    for token in lowered.split():
        if token in ORDINALS:
            token = str(ORDINALS[token])
        if token not in CURRENCY_WORDS and token not in FILLER:
            words.append(token)
    _months_beside_numbers(words)
    tokens: list[str] = []
    for token in words:
        if NUMBER_TOKEN.match(token):
            token = token.lstrip("0") or "0"
            if "." in token:
                token = token.rstrip("0").rstrip(".") or "0"
            if token.startswith("."):
                token = "0" + token
        tokens.append(token)
    return " ".join(tokens)


def normalise(text: str) -> str:
    """An answer reduced to what matters: lowercase words and plain numbers, no punctuation.

    "Nineteen sixty-two" and "1962." become "1962"; "€2.5m" and "2.5 million euros" become
    "2500000"; "March 2019" and "03/2019" both keep the month as 3 (a month name counts as a
    number only next to one, so "it may be" keeps its "may"). Passes repeat until nothing
    changes, so normalising twice changes nothing.
    """
    current = _reduce(text)
    for _pass in range(MAX_PASSES):
        again = _reduce(current)
        if again == current:
            break
        current = again
    return current


def edit_distance(first: str, second: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions of one character."""
    if first == second:
        return 0
    previous = list(range(len(second) + 1))
    for row, char_a in enumerate(first, start=1):
        current = [row]
        for column, char_b in enumerate(second, start=1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[column] + 1, current[column - 1] + 1,
                               previous[column - 1] + cost))
        previous = current
    return previous[-1]


def allowed_typos(text: str) -> int:
    """Typos forgiven in the words of an answer: none for short words, more for long answers."""
    length = len(text.replace(" ", ""))
    if length <= 3:
        return 0
    if length <= 8:
        return 1
    if length <= 20:
        return 2
    return 3


def _split(normalised: str) -> tuple[list[str], list[str]]:
    numbers: list[str] = []
    words: list[str] = []
    for token in normalised.split():
        (numbers if NUMBER_TOKEN.match(token) else words).append(token)
    return sorted(numbers), words


def check_answer(given: str, expected: str) -> Check:
    """Is the typed answer right? Case, punctuation, filler words and number spelling do not
    matter; numbers must match exactly; words may carry a typo or two and come in any order."""
    given_norm = normalise(given)
    expected_norm = normalise(expected)
    if not given.strip():
        return Check(False, False, expected, given, "No answer given.")
    if given_norm == expected_norm:
        exact = " ".join(given.split()).lower() == " ".join(expected.split()).lower()
        return Check(True, exact, expected, given, "Right.")
    given_numbers, given_words = _split(given_norm)
    expected_numbers, expected_words = _split(expected_norm)
    if expected_numbers and given_numbers != expected_numbers:
        missing = [n for n in expected_numbers if n not in given_numbers]
        note = "The number is wrong." if given_numbers else "The answer needs a number."
        if missing and given_numbers:
            note = f"The numbers differ: expected {', '.join(expected_numbers)}."
        return Check(False, False, expected, given, note)
    if not expected_words:
        return Check(True, False, expected, given, "Right.")
    joined_given = " ".join(given_words)
    joined_expected = " ".join(expected_words)
    budget = allowed_typos(joined_expected)
    if edit_distance(joined_given, joined_expected) <= budget:
        return Check(True, False, expected, given, "Right, allowing for spelling.")
    if sorted(given_words) == sorted(expected_words):
        return Check(True, False, expected, given, "Right, in a different order.")
    if _covers(given_words, expected_words, budget):
        return Check(True, False, expected, given, "Right.")
    return Check(False, False, expected, given, "Not quite.")


def _covers(given: list[str], expected: list[str], budget: int) -> bool:
    """Every expected word appears (within the typo budget) and little else was added."""
    if len(given) > len(expected) + 2:
        return False
    spent = 0
    for word in expected:
        best = min((edit_distance(word, other) for other in given), default=len(word))
        if best > allowed_typos(word):
            return False
        spent += best
    return spent <= budget


# --- scheduling -------------------------------------------------------------------------------


def new_card(now: datetime) -> CardState:
    """A card that has never been asked: box 1, due now."""
    return CardState(box=1, due_at=now)


def review(state: CardState, *, correct: bool, now: datetime) -> CardState:
    """The card after one answer: up a box when right, back to box 1 (due soon) when wrong."""
    box = min(state.box + 1, BOXES) if correct else 1
    return replace(
        state,
        box=box,
        due_at=now + INTERVALS[box],
        last_result="right" if correct else "wrong",
        reviews=state.reviews + 1,
        lapses=state.lapses + (0 if correct else 1),
        last_reviewed_at=now,
    )


def next_due(cards: Sequence[tuple[int, CardState]], now: datetime) -> int | None:
    """The id of the card to ask now: the longest overdue, lower boxes first on a tie."""
    best: tuple[datetime, int, int] | None = None
    for card_id, state in cards:
        if state.due_at > now:
            continue
        key = (state.due_at, state.box, card_id)
        if best is None or key < best:
            best = key
    return best[2] if best is not None else None


def due_count(cards: Sequence[tuple[int, CardState]], now: datetime) -> int:
    """How many cards are due now."""
    count = 0
    for _card_id, state in cards:
        if state.due_at <= now:
            count += 1
    return count


def next_due_at(cards: Sequence[tuple[int, CardState]]) -> datetime | None:
    """When the next card falls due (None without cards)."""
    earliest: datetime | None = None
    for _card_id, state in cards:
        if earliest is None or state.due_at < earliest:
            earliest = state.due_at
    return earliest
