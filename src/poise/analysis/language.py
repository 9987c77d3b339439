"""Tell whether a text is English enough to analyse, without a language model."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
MIN_WORDS_TO_JUDGE = 6
MIN_LATIN_SHARE = 0.6
MIN_FUNCTION_SHARE = 0.12


def looks_english(text: str) -> bool:
    """False only when the text is clearly not English (other script, or no English function words)."""
    if text.isascii():  # every letter Latin: only the function words are left to count
        if ASCII_LETTER_RE.search(text) is None:
            return True
    else:
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


OTHER_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "German": frozenset({"der", "die", "das", "und", "mit", "für", "von", "den", "dem", "des", "ein",
                         "eine", "einer", "ist", "sind", "wir", "sie", "auf", "bei", "zur", "zum",
                         "im", "nicht", "auch", "sowie", "über", "ich", "als"}),
    "French": frozenset({"le", "la", "les", "et", "des", "du", "pour", "avec", "une", "dans", "est",
                         "sur", "nous", "vous", "au", "aux", "je", "par", "qui", "que", "ou", "ses",
                         "de", "en", "un", "à", "d", "l"}),
    "Spanish": frozenset({"el", "los", "las", "y", "para", "con", "una", "del", "por", "es", "en",
                          "que", "como", "su", "sus", "yo", "nosotros", "al", "de"}),
    "Italian": frozenset({"il", "gli", "e", "della", "delle", "per", "con", "una", "nel", "sono",
                          "che", "di", "da", "io", "noi", "alla"}),
    "Dutch": frozenset({"de", "het", "een", "en", "van", "voor", "met", "op", "zijn", "wij", "ik",
                        "niet", "ook", "bij", "naar"}),
    "Portuguese": frozenset({"o", "os", "e", "para", "com", "uma", "do", "da", "dos", "das", "em",
                             "que", "por", "eu", "nós", "não", "de"}),
    "Indonesian or Malay": frozenset({"dan", "yang", "di", "ke", "dari", "untuk", "dengan", "pada",
                                      "ini", "itu", "sebagai", "dalam", "atau", "tidak", "saya",
                                      "kami", "oleh", "akan", "juga", "telah", "bagi", "serta"}),
}
"""Frequent function words of the languages most often met instead of English in a document; a
word several languages share ("de", "en") counts for each of them, so a French text full of "de" is
not taken for Dutch."""
MIN_DOCUMENT_SIGNAL = 8
"""Function words a document needs, in any language, before its language is judged."""


def document_language(text: str) -> str:
    """"English", another language's name, or "" when unsure.

    Meant for documents (adverts, résumés), whose telegraphic lines carry few function words:
    the language is the one whose function words are most frequent, claimed only when another
    language has clearly more of them than English (twice as many, and at least
    ``MIN_DOCUMENT_SIGNAL``), or when the text is mostly in another script.
    """
    letters = [char for char in text if char.isalpha()]
    if letters and sum(1 for char in letters if char.isascii() or char in "äöüßéèêàâçñóíúãõ") / len(
        letters
    ) < MIN_LATIN_SHARE:
        return "a language in another script"
    words = [word.lower() for word in WORD_RE.findall(text)]
    english = sum(1 for word in words if word in ENGLISH_FUNCTION_WORDS)
    counts = {
        name: sum(1 for word in words if word in vocabulary and word not in ENGLISH_FUNCTION_WORDS)
        for name, vocabulary in OTHER_FUNCTION_WORDS.items()
    }
    best, count = max(counts.items(), key=lambda item: item[1])
    if count >= MIN_DOCUMENT_SIGNAL and count >= 2 * english:
        return best
    return "English" if english >= MIN_DOCUMENT_SIGNAL else ""


MIN_ENGLISH_SHARE = 0.3
"""The share of a document's lines an English version must hold to be read on its own."""
MIN_OTHER_BLOCK = 1 / 3
"""The share of a document's told lines (those with a function word) that one unbroken run of
another language must hold to be a version of its own; headings or a paragraph in French among
English lines are read with the rest."""


@dataclass(frozen=True)
class EnglishPart:
    """The English lines of a document, and what was set aside to keep them."""

    text: str
    other_language: str = ""
    """The language of the lines set aside ("" when nothing was)."""
    set_aside: int = 0
    """How many non-empty lines were set aside."""


def _line_language(line: str) -> tuple[str, int]:
    """"English", another language's name, or "" for a line with no function word to tell; and
    how many function words of that language the line holds."""
    words = [word.lower() for word in WORD_RE.findall(line)]
    english = sum(1 for word in words if word in ENGLISH_FUNCTION_WORDS)
    best, count = max(((name, sum(1 for word in words if word in vocabulary
                                  and word not in ENGLISH_FUNCTION_WORDS))
                       for name, vocabulary in OTHER_FUNCTION_WORDS.items()),
                      key=lambda item: item[1])
    if english > count:
        return "English", english
    return (best, count) if count > english else ("", 0)


def english_part(text: str) -> EnglishPart:
    """The English version inside a bilingual document (a Québec or Swiss advert that gives each
    section in French, then in English): the lines told in English, each line without a function
    word (a heading, a figure) going with the next line that has one. The whole text, nothing set
    aside, when the lines of another language are no version of their own (no unbroken run of
    ``MIN_OTHER_BLOCK`` of the told lines, or fewer than ``MIN_DOCUMENT_SIGNAL`` of its function
    words), or when what is left is no English version (``MIN_ENGLISH_SHARE`` of the lines and
    ``MIN_DOCUMENT_SIGNAL`` English function words)."""
    if document_language(text) == "a language in another script":
        return EnglishPart(text)
    lines = text.splitlines()
    told = [_line_language(line) if line.strip() else ("", 0) for line in lines]
    run = longest = 0
    other, previous = "", ""
    for language, _count in told:
        if not language:
            continue
        run = run + 1 if language == previous else 1
        previous = language
        if language != "English" and run > longest:
            longest, other = run, language
    told_lines = sum(1 for language, _count in told if language)
    signal = sum(count for language, count in told if language == other)
    if not other or longest < MIN_OTHER_BLOCK * told_lines or signal < MIN_DOCUMENT_SIGNAL:
        return EnglishPart(text)
    following = ""
    kept: list[str] = []
    for line, (language, _count) in reversed(list(zip(lines, told, strict=True))):
        following = language or following  # an untold line goes with the next told one
        if not line.strip() or following == "English":
            kept.append(line)
    kept.reverse()
    filled = sum(1 for line in lines if line.strip())
    dropped = filled - sum(1 for line in kept if line.strip())
    english = "\n".join(kept).strip()
    if ((filled - dropped) < MIN_ENGLISH_SHARE * filled
            or document_language(english) != "English"):
        return EnglishPart(text)
    return EnglishPart(english, other, dropped)
