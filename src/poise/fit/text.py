"""Text helpers the job and résumé readers share: cleaning lines, joining wrapped lines, words."""

from __future__ import annotations

import re

from poise.fit.dates import RANGE_RE, SINCE_RE

BULLET_RE = re.compile(r"^\s*(?:[-*+–](?=\s)|[•·・･▪◦‣●○■□►▸➢➤✓✔❖◆◇]|\d{1,2}[.)](?=\s)|"
                       r"\(?(?:[a-z]|[ivx]{2,4}|\d{1,2})\)(?=\s)|(?:[ivx]{1,4}|[a-h])\.(?=\s))\s*(?=\S)")
"""A list item's mark: a symbol (the middle dot of Japanese lists, "・", among them), "1." or
"1)", a letter or roman numeral in brackets ("a)", "(b)", "iv)"), or a small roman numeral or
letter with a full stop ("ii.", "vii.", "b.")."""
MARKUP_RE = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=[\w(])|(?<=[\w).])[*_](?!\w)")
"""Markdown emphasis and code marks; a single mark opens before a word or a bracket and closes
after one, or after a full stop ("*Acme B.V.*", "*Head of IT (Linz)*")."""
WRAPPED_HEADING_RE = re.compile(r"(?:【([^【】]+)】|\[([^\[\]]+)\]|〔([^〔〕]+)〕|〖([^〖〗]+)〗)\s*:?")
"""A line wholly inside a pair of brackets, as Japanese and Chinese adverts mark a section
("【Requirements (Must)】", "[Job Description]"): a heading by its form, as a bold line is."""
BOLD_HEADING_RE = re.compile(r"(\*\*|__)(.+?)\1\s*:?")


def marked_heading(line: str) -> str | None:
    """The text of a line marked as a heading by its form: markdown ("## Location"), bold
    ("**Location**") or wholly in brackets ("【Location】"); None for any other line."""
    stripped = line.strip()
    if stripped.startswith("#"):
        return stripped.lstrip("#").strip()
    bold = BOLD_HEADING_RE.fullmatch(stripped)
    if bold:
        return bold.group(2)
    wrapped = WRAPPED_HEADING_RE.fullmatch(stripped)
    if wrapped:
        return next(group for group in wrapped.groups() if group)
    return None
LINK_RE = re.compile(r"\[([^\]]+)\]\([^)]+\)")
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")
WORD_RE = re.compile(r"[^\W_]+(?:['’&.-][^\W_]+)*", re.UNICODE)
LONG_LINE_WORDS = 28

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12,
}
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(NUMBER_WORDS) + r")"
APPROX = (r"(?:(?:about|around|over|some|up to|nearly|almost|more than|approximately|approx\.?|roughly|circa|"
          r"ca\.|c\.|~)\s*)?")

STOPWORDS = frozenset(re.findall(r"\S+", """
a an and are as at be been being by can do for from has have having in into is it its of on or our
such that the their this to was we were will with within you your yours who whom which what while
about across also any based both each etc per plus than then there these they those through under
up via well more most other own same so some very just including include includes ideally
strong proven excellent good great solid deep broad clear demonstrable demonstrated track record
ability able experience experienced years year skills skill knowledge understanding role roles
must required requirement requirements essential preferred desirable nice plus bonus advantage
"""))


HEADING_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
"""The number of a numbered heading ("1. ", "2) ")."""


def clean(line: str) -> str:
    """A line without its bullet, markdown emphasis, links or extra spaces."""
    text = BULLET_RE.sub("", line.strip())
    if text.startswith("###"):
        # "### 1. General Manager": a numbered post's heading, its number no word of the title (a
        # numbered section heading, "## 3. Work experience", is read as it always was)
        text = HEADING_NUMBER_RE.sub("", text.lstrip("#").strip())
    text = text.lstrip("#").strip()
    text = LINK_RE.sub(r"\1", text)
    text = MARKUP_RE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" *_>")


WORD_AND_FIGURE_RE = re.compile(r"\b(?P<word>" + "|".join(NUMBER_WORDS) + r")\s*\(\s*(?P<figure>\d{1,3})"
                                r"\s*(?P<plus>\+?)\s*\)", re.IGNORECASE)
"""A number written in words with its figure after it ("Ten (10) years", "five (5) years"), as
contracts and public-sector adverts write them."""


def figures_for_words(text: str) -> str:
    """``text`` with each number written in words and then in figures ("Ten (10) years") written
    once, in figures ("10 years"), so every reading of numbers finds it; a figure that is not the
    word's own ("three (5)") is left as written."""
    def one(found: re.Match[str]) -> str:
        if NUMBER_WORDS[found.group("word").lower()] != int(found.group("figure")):
            return found.group(0)
        return found.group("figure") + found.group("plus")
    return WORD_AND_FIGURE_RE.sub(one, text)


def is_bullet(line: str) -> bool:
    """True for a list item."""
    return bool(BULLET_RE.match(line))


def plural(word: str) -> str:
    """A counted word in the plural ("student" → "students", "country" → "countries"); words
    that are plural already ("people", "staff", "personnel") unchanged."""
    if word in ("people", "staff", "personnel"):
        return word
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def to_number(text: str) -> float | None:
    """A number written in digits (with thousands separators) or as a word."""
    lowered = text.lower().strip()
    if lowered in NUMBER_WORDS:
        return float(NUMBER_WORDS[lowered])
    digits = lowered.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


def content_words(text: str) -> set[str]:
    """Lower-case, crudely stemmed content words (for lexical overlap)."""
    words = set()
    for word in WORD_RE.findall(text.lower()):
        if len(word) < 3 or word in STOPWORDS or word.isdigit():
            continue
        words.add(stem(word))
    return words


def stem(word: str) -> str:
    """A crude English stem: enough to match 'leading', 'leads' and 'led' with 'lead'."""
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


UNFINISHED_RE = re.compile(r"(?:,|&|\b(?:to|of|and|the|a|an|in|for|with|by|from|on|at|across|"
                           r"into|over|under|than|per|or))$", re.IGNORECASE)
SENTENCE_END_RE = re.compile(r"[.!?:;]$")
TAIL_CHARS = 40
"""How much of a growing joined line is looked at to decide whether the next line continues it:
the cues sit at its very end, and reading only the tail keeps joining linear in the text's size."""


CONTACT_START_RE = re.compile(r"(?i)[\w.+-]+@[\w-]+\.[\w.]+|(?:https?://|www\.)\S+|"
                              r"(?:[\w-]+\.)?linkedin\.com/\S*")
"""A line that opens with an e-mail address or a web address: a contact line of its own, never
the wrapped end of the line above ("ruth@example.org" under the postal address)."""


def join_wrapped(text: str, *, paragraphs: bool) -> list[tuple[int, str]]:
    """Lines with wrapped continuations joined to the line they continue, with the source index.

    An indented line after a list item continues it; with ``paragraphs`` (job texts) a line also
    continues the one before when that one does not end a sentence, as in text pulled from a PDF.
    Linear in the size of the text: a joined line is kept as its parts and only its tail is read.
    """
    starts: list[int] = []
    parts: list[list[str]] = []
    previous_open = False
    for index, raw in enumerate(text.splitlines()):
        stripped = raw.strip()
        if not stripped:
            previous_open = False
            continue
        has_range = RANGE_RE.search(stripped) is not None or SINCE_RE.search(stripped) is not None
        # a table row (intake writes cells joined by " | "; a copied table keeps its tabs)
        table_row = " | " in stripped or "\t" in stripped
        wrapped_heading = WRAPPED_HEADING_RE.fullmatch(stripped) is not None
        starts_block = (is_bullet(raw) or stripped.startswith("#") or has_range or table_row
                        or wrapped_heading or CONTACT_START_RE.match(stripped) is not None)
        indented = raw[:1].isspace()
        lower = stripped[:1].islower()
        last = _tail(parts[-1]) if parts else ""
        title_like = _title_like(stripped)
        tail_word = UNFINISHED_RE.search(last)
        # "Indianapolis, IN" ends with a state's code, not with the word "in"
        unfinished = tail_word is not None and not (tail_word.group(0).isupper()
                                                    and len(tail_word.group(0)) > 1)
        continues = previous_open and not starts_block and (
            indented or lower or unfinished
            or (paragraphs and not title_like and not SENTENCE_END_RE.search(last)))
        if continues and parts:
            parts[-1].append(stripped)
        else:
            starts.append(index)
            parts.append([raw])
        heading_like = (stripped.startswith("#") or wrapped_heading
                        or re.fullmatch(r"(\*\*|__).+?\1:?", stripped) is not None)
        wrapped_prose = len(stripped.split()) >= 6 and not SENTENCE_END_RE.search(stripped)
        heading_like = heading_like or (title_like and not continues and not is_bullet(raw))
        previous_open = not heading_like and not has_range and not table_row and (
            is_bullet(raw) or paragraphs or wrapped_prose or (previous_open and continues))
    joined: list[tuple[int, str]] = []
    for start, pieces in zip(starts, parts, strict=True):
        if len(pieces) == 1:
            joined.append((start, pieces[0]))
        else:
            joined.append((start, pieces[0].rstrip() + " " + " ".join(pieces[1:])))
    return joined


def _tail(pieces: list[str]) -> str:
    """The last characters of a joined line (its parts joined by spaces), without trailing space."""
    last = pieces[-1] if len(pieces) > 1 else pieces[-1].rstrip()
    if len(last) >= TAIL_CHARS or len(pieces) == 1:
        return last[-TAIL_CHARS:]
    return (pieces[-2].rstrip() + " " + last)[-TAIL_CHARS:]


def _title_like(line: str) -> bool:
    """A short line that starts with a capital and does not end a sentence: a heading or a title."""
    text = clean(line)
    return bool(text) and len(text.split()) <= 6 and text[:1].isupper() and not re.search(
        r"[.!?;,]$", text)


def sentences_of(text: str) -> list[str]:
    """A long paragraph split into sentences; a short line is one sentence."""
    if len(text.split()) <= LONG_LINE_WORDS:
        return [text]
    from poise.fit.lexicon import abbreviation_end

    parts: list[str] = []
    for part in SENTENCE_SPLIT_RE.split(text):
        if not part.strip():
            continue
        if parts and abbreviation_end().search(parts[-1]):
            parts[-1] = f"{parts[-1]} {part.strip()}"  # "Ringaskiddy, Co. Cork": one sentence
        else:
            parts.append(part.strip())
    return parts
