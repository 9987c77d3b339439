"""Numbers as people write them: digits, words ("forty-five", "nineteen sixty-two") and amounts."""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SPECIAL: dict[str, int] = {"dozen": 12, "a dozen": 12, "half a dozen": 6, "a hundred": 100,
                           "a thousand": 1_000}

_WORDS = sorted([*UNITS, *TENS, "hundred", *SCALES], key=len, reverse=True)
_WORD = r"(?:" + "|".join(_WORDS) + r")"
# A run of number words ("one hundred and twenty", "twenty-five"): "and" only after a scale
# word, "oh" only inside a run.
NUMBER_WORDS = (
    r"(?:half a dozen|a dozen|a hundred|a thousand|dozen|"
    r"(?!oh\b)" + _WORD + r"(?:(?:(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+|"
    r"(?<=million)\s+and\s+|(?<=billion)\s+and\s+|[\s-]+)" + _WORD + r")*)"
)
# Digits ("1,200", "2.5", "45") or number words.
NUMBER = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|\b" + NUMBER_WORDS + r"\b)"
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

SCALE_SUFFIX: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mm": 1e6, "million": 1e6, "millions": 1e6,
    "bn": 1e9, "b": 1e9, "billion": 1e9, "billions": 1e9,
}
CURRENCY_SYMBOLS = "$€£¥₹"
CURRENCY_WORDS = (
    "dollars", "dollar", "euros", "euro", "pounds", "pound", "sterling", "francs", "franc",
    "yen", "rupees", "kronor", "kroner", "zloty", "usd", "eur", "gbp", "chf", "cad", "aud",
    "sek", "nok", "dkk", "pln", "jpy", "inr", "sgd", "hkd", "nzd", "zar",
)
_CURRENCY_WORD = r"(?:" + "|".join(CURRENCY_WORDS) + r")"
AMOUNT_RE = re.compile(
    r"(?P<pre>[" + CURRENCY_SYMBOLS + r"]\s?|\b" + _CURRENCY_WORD + r"\s?)?"
    r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?|\b" + NUMBER_WORDS + r"\b)"
    r"(?:\s?(?P<scale>k|mn|mm|m|bn|b|thousand|millions?|billions?)\b)?"
    r"(?:[\s-]?(?P<post>" + _CURRENCY_WORD + r")\b)?",
    re.IGNORECASE,
)


def _words_value(words: list[str]) -> int | None:
    """The value of number words already split into tokens (no "and")."""
    if not words:
        return None
    if not any(word == "hundred" or word in SCALES for word in words):
        chunks: list[int] = []
        index = 0
        while index < len(words):
            word = words[index]
            if word in TENS:
                value = TENS[word]
                following = words[index + 1] if index + 1 < len(words) else ""
                if 0 < UNITS.get(following, 0) < 10:
                    value += UNITS[following]
                    index += 1
                chunks.append(value)
            elif word in UNITS:
                chunks.append(UNITS[word])
            else:
                return None
            index += 1
        if len(chunks) == 1:
            return chunks[0]
        # "nineteen sixty two" -> 1962; "twenty nineteen" -> 2019; "two oh five" -> 205.
        text = str(chunks[0])
        for chunk in chunks[1:]:
            text += f"{chunk:02d}" if chunk >= 10 or len(chunks) == 2 else str(chunk)
        return int(text)
    total = 0
    current = 0
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def number_value(text: str) -> float | None:
    """The value of one number as written: "1,200" -> 1200, "forty-five" -> 45, "a dozen" -> 12."""
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    if cleaned[0].isdigit():
        try:
            return float(cleaned.replace(",", ""))
        except ValueError:
            return None
    if cleaned in SPECIAL:
        return float(SPECIAL[cleaned])
    words = [word for word in re.split(r"[\s-]+", cleaned) if word and word != "and"]
    if words[:1] == ["a"]:
        words = ["one", *words[1:]]
    value = _words_value(words)
    return float(value) if value is not None else None


def amount_value(number: str, scale: str | None) -> float | None:
    """An amount from its number and optional scale word: ("2.5", "m") -> 2,500,000."""
    value = number_value(number)
    if value is None:
        return None
    if scale:
        value *= SCALE_SUFFIX[scale.lower()]
    return value


def words_to_digits(text: str) -> str:
    """The text with every run of number words replaced by its digits ("forty five" -> "45")."""

    def replace(match: re.Match[str]) -> str:
        value = number_value(match.group(0))
        if value is None:
            return match.group(0)
        return str(int(value)) if value == int(value) else str(value)

    return re.sub(r"\b" + NUMBER_WORDS + r"\b", replace, text, flags=re.IGNORECASE)


def plain_amount(value: float) -> str:
    """A round, readable amount: 2500000 -> "2.5 million", 450000 -> "450,000"."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size:
            scaled = value / size
            text = f"{scaled:.1f}".rstrip("0").rstrip(".")
            return f"{text} {word}"
    return f"{value:,.0f}"
