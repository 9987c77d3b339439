"""Tell whether a text is English enough to analyse, without a language model."""

from __future__ import annotations

import re

ENGLISH_FUNCTION_WORDS = frozenset({
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be",
    "because", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had",
    "has", "have", "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "me", "more", "most", "my", "no", "not", "of", "on", "one", "or", "our", "out", "over",
    "she", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "to", "up", "us", "was", "we", "were", "what", "when", "which", "who",
    "will", "with", "would", "you", "your",
})
WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS_TO_JUDGE = 6
MIN_LATIN_SHARE = 0.6
MIN_FUNCTION_SHARE = 0.12


def looks_english(text: str) -> bool:
    """False only when the text is clearly not English (other script, or no English function words)."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    latin = sum(1 for char in letters if char.isascii())
    if latin / len(letters) < MIN_LATIN_SHARE:
        return False
    words = [word.lower() for word in WORD_RE.findall(text)]
    if len(words) < MIN_WORDS_TO_JUDGE:
        return True
    function = sum(1 for word in words if word in ENGLISH_FUNCTION_WORDS)
    return function / len(words) >= MIN_FUNCTION_SHARE
