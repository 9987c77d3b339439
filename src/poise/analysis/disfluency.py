"""The disfluencies of a spoken answer, and the answer without them mapped back to the original.

A transcript of speech carries hesitation sounds ("um", "uh"), discourse words that are not part
of the clause ("like", "you know", "I mean" used as fillers), repeated words and phrases ("the,
the depot", "we - we had") and abandoned starts ("I was - we decided"). They break the parse and
the readers that follow it, so the analyser reads ``Cleaned.text`` instead and maps every quote
back through ``Cleaned.span`` to the candidate's own words (fillers inside a quote stay in it).

Everything is read from the tagged and parsed words (part of speech, tag, lemma, arc) and the
pauses around them, never from a list of phrases:

- a hesitation sound is a word made of hesitation letters only ("um", "uhh", "erm");
- "like" is a filler when it is no verb and stands between pauses ("from, like, 19 days");
  in an answer that shows it is speech (a hesitation or a restart somewhere) also when the
  tagger reads it as an interjection or it comes before a bare quantity ("for like four hours");
  never "I like to", "looks like", "something like 40", "people like her";
- "you know" and "I mean" are fillers when a pause or the sentence's end follows them and they
  do not complete a question or a clause: not "you know the numbers", "as you know", "what I
  mean is";
- "basically" as an adverb adds nothing, in an answer that shows it is speech;
- "sort of" and "kind of" before a verb or adjective are hedges and stay (the hedging readers
  must still see them); they are fillers only where the speaker is visibly searching for words,
  right after a hesitation sound or a restart ("I - I sort of led");
- a word or short phrase said twice with only a pause between ("the, uh, the", "we - we") is
  one occurrence; words said twice for emphasis ("very, very", "no, no") stay, and so do grammar
  ("had had", "that that") and a word that completes its phrase before the comma ("came in, in
  2020", "spotted it, it took");
- an abandoned start is a short stretch at the start of a clause that breaks off at a dash
  after a word that cannot end a phrase ("we had the -", "I was -") and restarts with a subject
  or a determiner; a written aside between dashes stays.

Pure functions over the project's tokens; nothing here loads a model.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from poise.analysis.text import Sentence, Token

HESITATION_RE = re.compile(r"^(?:u+[hm]+|e+r+m*|e+h+|h+m+|m+h*m+|a+h+|u+h+m+)$", re.IGNORECASE)
"""A hesitation sound: letters of hesitation only ("um", "uhh", "erm", "hmm")."""
PAUSE = frozenset({",", "-", "–", "—", "--", "...", "…"})
"""Punctuation that marks a pause in a transcript."""
BREAK = frozenset({"-", "–", "—", "--", "...", "…"})
"""Punctuation where a speaker breaks off."""
END = frozenset({".", "?", "!"})
"""Punctuation that ends a sentence."""
EMPHASIS_POS = frozenset({"ADJ", "ADV", "INTJ", "NUM"})
"""Parts of speech a speaker repeats for emphasis ("very, very", "many, many")."""
EMPHASIS_WORDS = frozenset({"no", "yes", "never", "much", "many", "far", "so", "too", "more", "again"})
UNFINISHED_POS = frozenset({"DET", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "PRON"})
"""A phrase cannot end on these: a break right after one is an abandoned start."""
NEGATIONS = frozenset({"n't", "n’t", "not"})
"""After an auxiliary these end a clause said in full ("we didn't", "it wasn't")."""
OBJECT_TAKERS = frozenset({"VERB", "ADP"})
"""After one of these, "it" or "this" is an object and ends its phrase."""
STANDALONE_DETERMINERS = frozenset({"this", "that", "these", "those", "all", "both", "each", "some", "any",
                                    "none", "either", "neither", "much", "many", "enough"})
"""Determiners that can end a phrase on their own ("I still use this")."""
POSSESSIVES = frozenset({"my", "our", "their", "his", "your", "its"})
SUBJECTS = frozenset({"i", "we", "he", "she", "they", "it", "you"})
CLAUSE_OPENERS = frozenset({"and", "but", "so", "then", "because"})
LIKENESS_LEMMAS = frozenset({"look", "seem", "sound", "feel", "be"})
"""Verbs "like" completes ("looks like", "was like"): then it is no filler."""
MAX_PHRASE = 4
"""The longest phrase counted as said twice."""
MAX_FALSE_START = 5
"""The most words an abandoned start runs to."""


@dataclass(frozen=True)
class Disfluency:
    """Words of the original answer left out of the cleaned text, and why."""

    start: int
    end: int
    kind: str
    """"filler", "repetition" or "false_start"."""
    quote: str


@dataclass(frozen=True)
class Cleaned:
    """The answer without its disfluencies, and the way back to the original characters.

    ``text[i]`` is ``original[origin[i]]`` (up to case at the start of a sentence), so a span of
    the cleaned text maps to the original span that covers the same words and every disfluency
    between them.
    """

    original: str
    text: str
    removed: tuple[Disfluency, ...]
    origin: tuple[int, ...]

    @property
    def changed(self) -> bool:
        return bool(self.removed)

    def position(self, index: int) -> int:
        """The original offset of cleaned offset ``index`` (the end maps to the original's end)."""
        if index >= len(self.origin):
            return len(self.original)
        return self.origin[max(index, 0)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the cleaned span ``[start, end)``."""
        if end <= start:
            at = self.position(start)
            return at, at
        return self.position(start), self.position(end - 1) + 1

    def quote(self, start: int, end: int) -> str:
        """The candidate's own words behind the cleaned span ``[start, end)``."""
        first, last = self.span(start, end)
        return self.original[first:last]

    def fillers(self) -> tuple[Disfluency, ...]:
        return tuple(item for item in self.removed if item.kind == "filler")


def unchanged(text: str) -> Cleaned:
    """A text with nothing left out."""
    return Cleaned(text, text, (), tuple(range(len(text))))


def clean(text: str, sentences: Sequence[Sentence]) -> Cleaned:
    """``text`` without the disfluencies its parsed ``sentences`` show (see the module docstring).

    Words that are fillers only in speech ("like", "you know", "I mean", "basically") are left
    out only when the answer shows it is speech: a hesitation sound or a restart somewhere in it.
    """
    # whether it shows speech is settled by the first sentence with a disfluency of its own
    if not any(_sentence_disfluencies(sentence, spoken=False) for sentence in sentences):
        return unchanged(text)
    spans: list[tuple[int, int, str]] = []
    for sentence in sentences:
        spans.extend(_sentence_disfluencies(sentence, spoken=True))
    return _cut(text, spans, sentences)


def _sentence_disfluencies(sentence: Sentence, *, spoken: bool) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each disfluent token run in one sentence; ends are token ends."""
    tokens = sentence.tokens
    fillers = _fillers(tokens, spoken=spoken)
    found: list[tuple[int, int, str]] = [(first, last, "filler") for first, last in fillers]
    gone = {index for first, last in fillers for index in range(first, last + 1)}
    restarts = _repetitions(tokens, gone) + _false_starts(tokens, gone)
    for first, last, kind in restarts:
        found.append((first, last, kind))
        gone.update(range(first, last + 1))
    # "sort of" / "kind of" right after a hesitation or a restart: searching for words, not hedging.
    searching: set[int] = set()
    for _, last, _ in list(found):
        following = _next_word(tokens, last, gone)
        searching.update({following, _next_word(tokens, following, gone)})
    for index in sorted(searching):
        if index not in gone and _vague_of(tokens, index):
            found.append((index, index + 1, "filler"))
            gone.update({index, index + 1})
    return [(tokens[first].start, tokens[last].end, kind) for first, last, kind in found]


def _next_word(tokens: Sequence[Token], index: int, gone: set[int] | frozenset[int] = frozenset()) -> int:
    """The position of the next token after ``index`` that is no pause and not left out."""
    index += 1
    while index < len(tokens) and (tokens[index].text in PAUSE or index in gone):
        index += 1
    return index


def _fillers(tokens: Sequence[Token], *, spoken: bool) -> list[tuple[int, int]]:
    """Token runs (first, last) that are fillers: hesitation sounds, discourse words set off by
    pauses, and when the answer is ``spoken``, the words that are fillers only in speech
    ("basically", "like" read as such by the tagger or before a bare quantity)."""
    found: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if _filler_word(tokens, index, spoken=spoken):
            found.append((index, index))
        elif after is not None and _discourse_verb(tokens, index):
            last = index + 1
            # "you know what I mean" as one filler
            tail = [item.lower for item in tokens[index + 2 : index + 5]]
            if token.lower == "you" and tail[:3] == ["what", "i", "mean"]:
                last = index + 4
            found.append((index, last))
    return found


def _filler_word(tokens: Sequence[Token], index: int, *, spoken: bool) -> bool:
    """A hesitation sound, a discourse "like", or "basically" in speech."""
    token = tokens[index]
    if HESITATION_RE.match(token.text):
        return True
    if token.lower == "like":
        return _filler_like(tokens, index, spoken=spoken)
    return spoken and token.lower == "basically" and token.pos == "ADV"


def _pause(tokens: Sequence[Token], index: int) -> bool:
    """A comma, or a dash or ellipsis where the speaker broke off; a sentence's edge."""
    if index < 0 or index >= len(tokens):
        return True
    return tokens[index].text == "," or _is_break(tokens, index)


def _filler_like(tokens: Sequence[Token], index: int, *, spoken: bool) -> bool:
    token = tokens[index]
    if token.pos in {"VERB", "AUX"} or token.tag.startswith("VB"):
        return False  # "I like to", "we'd like the"
    before = tokens[index - 1] if index else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and (before.lemma in LIKENESS_LEMMAS or (before.pos in {"PRON", "ADV"}
                               and before.lower.startswith(("some", "any", "no", "every", "more")))):
        return False  # "looks like", "was like", "something like 40", "more like"
    if before is not None and before.pos in {"ADJ", "NOUN"} and not _pause(tokens, index + 1):
        return False  # "people like her", "a place like this"
    if after is not None and _pause(tokens, index - 1) and _pause(tokens, index + 1):
        return True  # ", like, ..."
    if not spoken:
        return False
    if token.tag == "UH" or token.dep in {"intj", "discourse"}:
        return True
    # "for like four hours": an approximation said as a filler
    return after is not None and after.pos == "NUM" and (
        before is None or before.pos in {"VERB", "ADP"} or before.text in PAUSE)


def _discourse_verb(tokens: Sequence[Token], index: int) -> bool:
    """Whether tokens ``index``, ``index + 1`` are "you know" or "I mean" used as a filler."""
    token, verb = tokens[index], tokens[index + 1]
    if (token.lower, verb.lower) not in {("you", "know"), ("i", "mean")}:
        return False
    before = tokens[index - 1] if index else None
    if before is not None and (before.lower in {"what", "which", "that", "if", "as", "do", "did", "don't",
                                                "whether", "how", "who", "'d", "would", "will"}
                               or before.pos in {"AUX", "VERB"}):
        return False  # "what I mean is", "as you know", "do you know", "if you know"
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return after is None or after.text in END or _pause(tokens, index + 2)


def _vague_of(tokens: Sequence[Token], index: int) -> bool:
    """"sort of" / "kind of" used as an adverb at ``index``."""
    if index + 1 >= len(tokens):
        return False
    word, of = tokens[index], tokens[index + 1]
    if word.lower not in {"sort", "kind"} or of.lower != "of":
        return False
    before = tokens[index - 1] if index else None
    return before is None or before.pos not in {"DET", "ADJ", "NUM"}


def _same(tokens: Sequence[Token], first: Sequence[int], second: Sequence[int]) -> bool:
    return len(first) == len(second) and all(
        tokens[a].lower == tokens[b].lower for a, b in zip(first, second, strict=True))


def _repetitions(tokens: Sequence[Token], gone: set[int]) -> list[tuple[int, int, str]]:
    """A word or short phrase said again after a pause or a hesitation: the first saying goes.

    After a bare comma only a phrase that opens on a function word counts ("the, the", "as a, as
    a", "I was, I was"), never one that completes its phrase ("came in, in 2020", "spotted it, it
    took") or a list of nouns; a dash or a hesitation between makes any word a restart; with
    nothing between, only a subject said twice ("I I").
    """
    found: list[tuple[int, int, str]] = []
    words = [index for index, token in enumerate(tokens)
             if index not in gone and token.text not in PAUSE and token.pos != "PUNCT"]
    taken: set[int] = set()
    position = 0
    while position < len(words):
        matched = False
        for size in range(MAX_PHRASE, 0, -1):
            if position + 2 * size > len(words) or (
                    tokens[words[position]].lower != tokens[words[position + size]].lower):
                continue  # no room for a second saying, or it opens on another word
            first = words[position : position + size]
            second = words[position + size : position + 2 * size]
            if len(second) < size or not _same(tokens, first, second) or taken & set(first):
                continue
            between = range(first[-1] + 1, second[0])
            if any(index not in gone and tokens[index].text not in PAUSE for index in between):
                continue  # something else was said in between
            broken = any(index in gone or _is_break(tokens, index) for index in between)
            paused = broken or any(tokens[index].text in PAUSE for index in between)
            head = tokens[first[0]]
            following = tokens[second[-1] + 1] if second[-1] + 1 < len(tokens) else None
            if following is not None and following.lower == "n't":
                continue  # "what I did, I didn't": the second saying is another phrase
            if size == 1 and _emphasis(head):
                continue
            if not paused:
                if not (size == 1 and head.lower in SUBJECTS - {"it", "you"}):
                    continue  # "had had", "that that": grammar, not a restart
            elif not broken and not (_unfinished(tokens, first[0]) if size == 1
                                     else head.pos not in {"NOUN", "PROPN", "NUM", "ADJ"}):
                continue
            found.append((first[0], second[0] - 1, "repetition"))
            taken.update(first)
            position += size
            matched = True
            break
        if not matched:
            position += 1
    return found


def _unfinished(tokens: Sequence[Token], index: int) -> bool:
    """Whether a phrase cannot end on the word at ``index``: a determiner, a conjunction, an
    auxiliary, a subject or possessive pronoun, a preposition still waiting for its object. A
    particle ("came in") or an object pronoun ("spotted it") ends its phrase. The parse of
    disfluent words is unreliable, so this reads the word's tag and its neighbour, not its arc."""
    token = tokens[index]
    if token.pos not in UNFINISHED_POS:
        return False
    if token.lower in NEGATIONS and index and tokens[index - 1].pos == "AUX":
        return False  # "we didn't -", "it wasn't -": a clause said in full, a denial
    if token.pos == "ADP":
        return token.tag != "RP" and token.dep != "prt"
    if token.pos == "DET":
        return token.lower not in STANDALONE_DETERMINERS
    if token.pos == "PRON":
        if token.lower in SUBJECTS - {"it", "you"} or token.tag == "PRP$" or token.lower in POSSESSIVES:
            return True
        before = tokens[index - 1] if index else None
        return before is None or before.pos not in OBJECT_TAKERS
    return True


def _is_break(tokens: Sequence[Token], index: int) -> bool:
    """A dash or an ellipsis where the speaker broke off (not a hyphen inside a word)."""
    token = tokens[index]
    if token.text not in BREAK:
        return False
    if token.text in {"-", "–"}:
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        joined_before = before is not None and before.end == token.start
        joined_after = after is not None and token.end == after.start
        return not (joined_before and joined_after)
    return True


def _emphasis(token: Token) -> bool:
    return token.pos in EMPHASIS_POS or token.lower in EMPHASIS_WORDS


def _false_starts(tokens: Sequence[Token], gone: set[int]) -> list[tuple[int, int, str]]:
    """Abandoned starts: a clause opening that breaks off at a dash after an unfinished word."""
    found: list[tuple[int, int, str]] = []
    for index in range(1, len(tokens)):
        if not _is_break(tokens, index):
            continue
        last = index - 1
        while last >= 0 and last in gone:
            last -= 1
        if last < 0 or not _unfinished(tokens, last):
            continue
        restart = _next_word(tokens, index, gone)
        if restart >= len(tokens):
            continue
        # where the abandoned clause began: the sentence start, a pause or a clause opener
        begin = last
        while begin > 0 and not _pause(tokens, begin - 1) and tokens[begin - 1].lower not in CLAUSE_OPENERS:
            begin -= 1
        stretch = [item for item in range(begin, last + 1) if item not in gone]
        if not stretch or len(stretch) > MAX_FALSE_START:
            continue
        new = tokens[restart]
        if not (new.lower in SUBJECTS or new.pos == "DET" or new.lower == tokens[stretch[0]].lower):
            continue
        if tokens[stretch[0]].lower == new.lower and len(stretch) == 1:
            continue  # a plain repetition, read as one
        found.append((stretch[0], restart - 1, "false_start"))
    return found


def _cut(text: str, spans: list[tuple[int, int, str]], sentences: Sequence[Sentence]) -> Cleaned:
    """Leave out ``spans`` with the pause that goes with each, keeping one space between words."""
    removed = tuple(Disfluency(start, end, kind, text[start:end]) for start, end, kind in sorted(spans))
    cuts = sorted(_with_pause(text, item.start, item.end, item.kind) for item in removed)
    merged: list[list[int]] = []
    for start, end in cuts:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    origin: list[int] = []
    position = 0
    for start, end in merged:
        origin.extend(range(position, start))
        position = end
    origin.extend(range(position, len(text)))
    cleaned = [text[index] for index in origin]
    # "..., you know?" asks nothing once the tag is gone: the sentence ends in a full stop
    for start, end in merged:
        index = bisect_left(origin, end)
        if start > 0 and index < len(cleaned) and cleaned[index] == "?" and _tag_filler(text[start:end]):
            cleaned[index] = "."
    # a sentence that lost its first words starts with a capital again
    starts = {sent.start for sent in sentences}
    for start, end in merged:
        if start in starts:
            index = bisect_left(origin, end)
            if index < len(cleaned) and cleaned[index].isalpha():
                cleaned[index] = cleaned[index].upper()
    return Cleaned(text, "".join(cleaned), removed, tuple(origin))


TAG_RE = re.compile(r"^\W*(?:you know|i mean|like|right)\W*$", re.IGNORECASE)


def _tag_filler(cut: str) -> bool:
    """Whether the words cut before a question mark were a filler tag ("..., you know?")."""
    return TAG_RE.match(cut) is not None


AFTER_RE = re.compile(r"[ \t]*(?:([,;]|--|[-–—]|\.\.\.|…)[ \t]*)?")
BEFORE_RE = re.compile(r"(,)?[ \t]*$")


def _with_pause(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """The characters to cut for the words ``[start, end)``: the pause after them goes too ("um, ",
    "the - "); a filler between commas takes the first comma ("from, like, 19" -> "from 19"); words
    before the end of a sentence take the pause before them ("..., you know?" -> "...?")."""
    after = AFTER_RE.match(text, end)
    after_end = after.end() if after else end
    before = BEFORE_RE.search(text, 0, start)
    comma_before = before is not None and before.group(1) is not None
    if after is not None and after.group(1):
        if kind == "filler" and comma_before and after.group(1) == "," and before is not None:
            return before.start(), after.start(1) + 1
        return start, after_end
    if after_end >= len(text) or text[after_end] in ".?!":
        if before is not None and before.start() > 0:
            return before.start(), end
        return start, after_end
    return start, after_end
