"""The parts of a requirement: the separate things one line asks for ("clinical governance,
patient safety and accreditation"), each of which the résumé may show or not.

A recruiter rates a requirement strong when every part is shown and partial when some are; a
single best line, compared with the whole requirement, cannot tell these apart. The parts are
cut at the list layout of the line (semicolons, commas, "and", "including", "as well as"); a
piece too short to stand alone (one content word: "Lead, grow and retain a team") joins the
piece after it, so every part names something. The fit map embeds the parts with the
requirements and compares each with every résumé line (``match.Similarity.part_scores``).
"""

from __future__ import annotations

import re

from poise.fit.text import STOPWORDS, WORD_RE

SPLIT_RE = re.compile(r"\s*;\s*|,\s*(?:and|or|as well as|including|plus)\s+|\s*,\s*"
                      r"|\s+(?:and|or|as well as|including|plus|together with)\s+"
                      r"|\s*\(\s*|\s*\)\s*", re.IGNORECASE)
"""Where a requirement's list breaks: a semicolon, a comma, a coordinating or including word,
a bracket."""
NUMBER_COMMA_RE = re.compile(r"(?<=\d),(?=\d{3}\b)")
MIN_WORDS = 2
"""Content words a piece needs to be a part on its own."""
MAX_PARTS = 6
"""At most this many parts per requirement (the last takes the rest): a long list is judged by
its first items and the whole line."""


def requirement_parts(text: str) -> list[str]:
    """The parts of ``text`` it asks for separately, in order; [] when it asks for one thing."""
    protected = NUMBER_COMMA_RE.sub("", text)
    pieces = [piece.strip(" .:-–") for piece in SPLIT_RE.split(protected)]
    parts: list[str] = []
    carry = ""
    for piece in pieces:
        if not piece:
            continue
        piece = f"{carry}, {piece}" if carry else piece
        if _content_count(piece) < MIN_WORDS:
            carry = piece
            continue
        carry = ""
        parts.append(piece)
    if carry and parts:
        parts[-1] = f"{parts[-1]} and {carry}"  # "lean methods and clear targets"
    if len(parts) > MAX_PARTS:
        parts = [*parts[: MAX_PARTS - 1], " ".join(parts[MAX_PARTS - 1:])]
    return parts if len(parts) >= 2 else []


def _content_count(text: str) -> int:
    """How many content words ``text`` holds, repeats counted."""
    return sum(1 for word in WORD_RE.findall(text.lower())
               if len(word) >= 3 and word not in STOPWORDS and not word.isdigit())
