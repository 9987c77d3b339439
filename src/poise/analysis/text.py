"""An answer split into sentences with the token facts rules read, and embeddings computed on demand."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, wraps
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from poise.analysis import nlp, spoken_forms
from poise.analysis.tags import coarse_pos, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_ANALYSED_WORDS = 3000
"""Answers are analysed up to this many words; past it an answer is no interview answer at all."""
SELF_WORDS = frozenset({"i", "me", "my", "mine", "myself"})
TEAM_WORDS = frozenset({"we", "us", "our", "ours", "ourselves"})
STATIVE_LEMMAS = frozenset({
    "be", "have", "feel", "think", "know", "want", "like", "love", "seem", "believe", "guess",
    "hope", "wish", "mean", "need", "suppose", "get", "remember", "see", "hear", "find", "leave",
})
HYPOTHETICAL_MODALS = frozenset({"would", "'d", "will", "'ll", "should", "could", "might", "can"})
SAME_FORM_PAST = frozenset({
    "set", "put", "cut", "reset", "let", "hit", "shut", "quit", "split", "spread", "cast", "read",
    "upset", "bid", "broadcast", "forecast", "rid",
})
SPEAKER = frozenset({"i"})
TEAM = frozenset({"we"})
NEGATIONS = frozenset({"not", "n't", "never", "hardly", "barely"})
HABITUAL_ADVERBS = frozenset({"always", "usually", "normally", "generally", "typically", "often", "tend"})
NUMBER_RE = re.compile(
    r"(?<![\w.])(?:[$€£¥]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:%|percent|per cent|k\b|m\b|bn\b|million|billion|"
    r"thousand|x\b))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|hundred|dozen|half)\b",
    re.IGNORECASE,
)
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_SPELLED = (rf"(?:{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
            rf"nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:{_UNITS}))?)")
_SCALE = r"(?:\s(?:hundred|thousand|million|billion)\b)"
FIGURE_RE = re.compile(
    r"(?<![\w.])(?:[$€£¥]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:%|percent|per cent|k\b|m\b|bn\b|million|billion|"
    rf"thousand|x\b))?|\b{_SPELLED}\b{_SCALE}*(?:\s(?:percent|per cent)\b)?|\b(?:hundred|dozen|half)\b",
    re.IGNORECASE,
)
"""A figure as praise reads it (``figures.result_numbers``): digits with their unit or scale
("£4.2m", "38 percent"), or a number in words with its scale and unit ("four million",
"twenty-six thousand", "thirty per cent"). ``NUMBER_RE``, which the learned models' sentence facts
were trained on, keeps its narrower reading."""
TIME_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|q[1-4]|quarter|last (?:year|month|spring|summer|autumn|winter)|"
    r"(?:weeks?|months?|years?|days?) (?:later|ago|in)|within|deadline)\b",
    re.IGNORECASE,
)
# A sum of money: "$180k", "£95,000", "120 thousand euros a year".
CURRENCY_WORDS = (
    r"dollars|euros|pounds|usd|eur|gbp|rupees|rupiah|rand|naira|shillings|cedis|dirhams|riyals|"
    r"yen|yuan|renminbi|won|pesos|reais|francs|kronor|kroner|kronur|zloty|złoty|ringgit|baht|dong|"
    r"lira|leva|lei|forints?|kwacha|birr|pula|inr|idr|zar|ngn|kes|aed|sar|jpy|cny|krw|chf|sek|nok|"
    r"dkk|pln|myr|sgd|thb|huf|ron|aud|cad|nzd|hkd|brl|mxn")
"""Currencies said in words or by their code after a sum ("1.25 billion rupiah", "40 lakh INR")."""
MONEY_RE = re.compile(
    r"(?:[$€£¥₹₩]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\b|\b\d{2,3}(?:[,.]\d{3})+\b|"
    r"\b\d{2,3}\s?k\b|"
    r"\b\d[\d,.]*\s?(?:thousand|million|billion|bn|lakhs?|crores?|k)?\s?(?:" + CURRENCY_WORDS +
    r"|a year|per year|per annum|annually)\b)",
    re.IGNORECASE,
)
_SPELLED_RUN = rf"{_SPELLED}(?:\s(?:hundred|and)\b|\s{_SPELLED}\b)*"
_CURRENCY_NATION = (r"(?:(?:US|U\.S\.|Canadian|Australian|Singapore|Hong Kong|New Zealand|Namibian|"
                    r"Jamaican)\s)")
SPELLED_SUM_RE = re.compile(
    rf"\b{_SPELLED_RUN}\s(?:thousand|million|billion|grand)\b(?:\s{_CURRENCY_NATION}?(?:{CURRENCY_WORDS})\b)?"
    rf"|\b{_SPELLED_RUN}\s{_CURRENCY_NATION}?(?:{CURRENCY_WORDS})\b",
    re.IGNORECASE,
)
"""A sum said in words, with its scale or its currency ("ninety-two thousand US dollars", "between
one hundred and ten and one hundred and twenty thousand", "forty grand"): whether it is pay or a
count of things is for the parse to say (``pay_figure``)."""
WORD_RE = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*", re.UNICODE)



def clip(text: str, limit: int) -> str:
    """``text`` on one line, or, past ``limit`` characters, cut at the last whole word that fits
    and marked "…" (a word is never cut in half: "hiring the site leadershi…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if text[limit - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:–-") + "…"


def offset_of_word(text: str, count: int) -> int:
    """The character offset where word number ``count`` (from 0) starts; the text's length when
    it has no more words than that."""
    for index, match in enumerate(re.finditer(r"\S+", text)):
        if index == count:
            return match.start()
    return len(text)

@dataclass(frozen=True)
class Token:
    """One token: its text, lower case, part-of-speech tag, coarse POS and lemma, and offset."""

    text: str
    lower: str
    tag: str
    pos: str
    lemma: str
    start: int
    dep: str = ""
    head: int = -1

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def __eq__(self, other: object) -> bool:
        """Every field equal, as the generated comparison has it, the offset read first: rules
        look tokens up in their sentence (``sent.tokens.index(verb)``), where only the offset
        tells two tokens apart, and the generated one built two tuples for each token passed."""
        if not isinstance(other, Token) or other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start == other.start and self.text == other.text and self.lower == other.lower
                and self.tag == other.tag and self.pos == other.pos and self.lemma == other.lemma
                and self.dep == other.dep and self.head == other.head)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the answer with the facts the structure labeller and rules use."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]

    @cached_property
    def words(self) -> int:
        return len(WORD_RE.findall(self.text))

    @cached_property
    def parsed(self) -> bool:
        """Whether the dependency parse is available for this sentence."""
        return any(token.dep for token in self.tokens)

    @cached_property
    def child_map(self) -> tuple[tuple[int, ...], ...]:
        """For each token, the positions of its syntactic children (empty without a parse)."""
        children: list[list[int]] = [[] for _ in self.tokens]
        for position, token in enumerate(self.tokens):
            if 0 <= token.head != position:
                children[token.head].append(position)
        return tuple(tuple(items) for items in children)

    @cached_property
    def memo(self) -> dict[object, object]:
        """Values read from this sentence alone that several rules ask for (a clause's mood, the
        third-party clauses), kept by the first that works them out: the sentence never changes."""
        return {}

    @cached_property
    def starts_with_self(self) -> bool:
        for token in self.tokens:
            if token.pos in {"PUNCT", "SPACE"} or token.lower in {"so", "and", "then", "but"}:
                continue
            return token.lower in SELF_WORDS
        return False

    @cached_property
    def has_self(self) -> bool:
        return any(token.lower in SELF_WORDS for token in self.tokens)

    @cached_property
    def has_team(self) -> bool:
        return any(token.lower in TEAM_WORDS for token in self.tokens)

    def _subject_verbs(self, subjects: frozenset[str]) -> list[tuple[Token, tuple[Token, ...]]]:
        """Verbs that follow one of ``subjects`` within a few tokens, with what lies between."""
        found = []
        tokens = self.tokens
        for index, token in enumerate(tokens):
            if token.lower not in subjects or token.tag not in {"PRP", "PRP$"}:
                continue
            if token.lower in {"my", "our"}:
                continue
            between: list[Token] = []
            for follower in tokens[index + 1 : index + 5]:
                if follower.pos in {"VERB", "AUX"} and follower.tag != "MD" and follower.lemma != "have":
                    if follower.pos == "AUX" and follower.lemma == "be" and follower.tag != "VBG":
                        between.append(follower)
                        continue
                    if follower.tag == "VBN" and any(t.lemma == "be" for t in between):
                        break  # passive: "I was promoted" is something done to the speaker
                    found.append((follower, tuple(between)))
                    break
                if follower.pos in {"ADV", "PART", "AUX"} or follower.tag == "MD" or follower.lemma == "have":
                    between.append(follower)
                    continue
                break
        return found

    def _actions(self, subjects: frozenset[str]) -> tuple[list[Token], list[Token], list[Token]]:
        past, hypothetical, habitual = [], [], []
        for verb, between in self._subject_verbs(subjects):
            lowered = {token.lower for token in between}
            if lowered & NEGATIONS:
                continue
            if lowered & HYPOTHETICAL_MODALS:
                hypothetical.append(verb)
            elif lowered & HABITUAL_ADVERBS or verb.lemma == "tend":
                habitual.append(verb)
            elif verb.tag in {"VBD", "VBN"} and verb.lemma not in STATIVE_LEMMAS:
                past.append(verb)
            elif verb.lower in SAME_FORM_PAST and any(token.tag == "VBD" for token in self.tokens):
                past.append(verb)  # "When I was asked, I reset the plan": a tagger slip
            elif verb.tag in {"VBP", "VBZ"} and verb.lemma not in STATIVE_LEMMAS:
                habitual.append(verb)
        return past, hypothetical, habitual

    @cached_property
    def _own(self) -> tuple[list[Token], list[Token], list[Token]]:
        """The speaker's verbs, scanned once: (past, hypothetical, habitual)."""
        if self.parsed:
            from poise.analysis.grammar import subject_clauses

            return subject_clauses(self, SPEAKER)
        return self._actions(SPEAKER)

    @property
    def own_past_actions(self) -> list[Token]:
        """Verbs the speaker did in the past: "I met", "I personally rebuilt"."""
        return self._own[0]

    @property
    def own_hypothetical(self) -> list[Token]:
        """"I would...", "I'd...", "I will..."."""
        return self._own[1]

    @property
    def own_habitual(self) -> list[Token]:
        """"I always...", "I usually...", "I make sure..."."""
        return self._own[2]

    @cached_property
    def team_past_actions(self) -> list[Token]:
        """Verbs a team did: "we launched"."""
        if self.parsed:
            from poise.analysis.grammar import subject_clauses

            return subject_clauses(self, TEAM)[0]
        return self._actions(TEAM)[0]

    @cached_property
    def numbers(self) -> list[tuple[int, int, str]]:
        found = []
        for match in NUMBER_RE.finditer(self.text):
            found.append((self.start + match.start(), self.start + match.end(), match.group(0)))
        return found

    @cached_property
    def outcome_numbers(self) -> list[tuple[int, int, str]]:
        """Numbers that measure a result (see ``grammar.outcome_number``); none without a parse."""
        from poise.analysis.grammar import outcome_number

        return read_outcomes(self, self.numbers, outcome_number)

    @cached_property
    def proper_nouns(self) -> list[Token]:
        found = []
        for position, token in enumerate(self.tokens):
            if token.pos == "PROPN" and position > 0 and token.lower not in SELF_WORDS:
                found.append(token)
        return found


_Read = TypeVar("_Read")


def per_sentence(reading: Callable[[Sentence], _Read]) -> Callable[[Sentence], _Read]:
    """``reading`` (a pure function of one sentence) worked out once per sentence and kept in
    its ``memo``: several rules ask the same question of the same sentence."""

    @wraps(reading)
    def read(sent: Sentence) -> _Read:
        memo = sent.memo
        if reading in memo:
            return memo[reading]  # type: ignore[return-value]
        found = memo[reading] = reading(sent)
        return found

    return read


def per_position(reading: Callable[[Sentence, int], _Read]) -> Callable[[Sentence, int], _Read]:
    """``reading`` (a pure function of one sentence and a token's position in it) worked out once
    per token and kept in the sentence's ``memo``: several rules ask it of the same words."""

    @wraps(reading)
    def read(sent: Sentence, position: int) -> _Read:
        memo = sent.memo
        key = (reading, position)
        if key in memo:
            return memo[key]  # type: ignore[return-value]
        found = memo[key] = reading(sent, position)
        return found

    return read


def read_outcomes(sent: Sentence, numbers: list[tuple[int, int, str]],
                  judge: Callable[[Sentence, int, int, str], bool]) -> list[tuple[int, int, str]]:
    """The figures of ``numbers`` that ``judge`` reads as measuring a result; a change told as
    "from X to Y" or "X to Y" is quoted whole."""
    found: list[tuple[int, int, str]] = []
    skip_until = -1
    for index, item in enumerate(numbers):
        if item[0] < skip_until:
            continue
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        joined = following is not None and CHANGE_JOINER.fullmatch(
            sent.text[item[1] - sent.start: following[0] - sent.start]) is not None
        if joined and following is not None and (judge(sent, *following) or judge(sent, *item)):
            # "from 7.8% to 3.1%": the change as a whole, not the figure it started from.
            end = following[1]
            found.append((item[0], end, sent.text[item[0] - sent.start: end - sent.start]))
            skip_until = end
        elif judge(sent, *item):
            found.append(item)
    return found


CHANGE_JOINER = re.compile(r"\s*(?:%|per ?cent|percent|points?)?\s+to\s+(?:[$€£]\s?)?", re.IGNORECASE)
"""What stands between the two figures of a change: "7.8% to 3.1%", "£4m to £6m"."""


@dataclass
class AnalysedText:
    """The answer, its sentences and words, with embeddings computed only when asked for."""

    text: str
    sentences: tuple[Sentence, ...]
    words: int
    _embeddings: np.ndarray | None = field(default=None, repr=False)
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)
    """Values several rules read from this answer, computed once by the first that asks (the flaw
    model's sentence probabilities)."""

    _ahead: _Ahead | None = field(default=None, repr=False, compare=False)

    @property
    def sentence_embeddings(self) -> np.ndarray:
        """One unit vector per sentence (computed on first use, or taken from ``embed_ahead``)."""
        if self._embeddings is None:
            ahead, self._ahead = self._ahead, None
            found = ahead.result() if ahead is not None else None
            self._embeddings = found if found is not None else nlp.embedder().embed(
                [sent.text for sent in self.sentences])
        return self._embeddings

    def embed_ahead(self) -> None:
        """Start computing the sentence embeddings in a background thread (ONNX Runtime releases
        the interpreter while it runs), so that work which reads only the parse goes on meanwhile;
        ``sentence_embeddings`` then waits for them. The same vectors: the same texts, in the same
        call. Nothing is done when they are known or already coming."""
        if self._embeddings is None and self._ahead is None and self.sentences:
            self._ahead = _Ahead([sent.text for sent in self.sentences])

    @property
    def embeddings_coming(self) -> bool:
        """Whether the sentence embeddings are being computed in the background (``embed_ahead``)
        and not yet asked for."""
        return self._ahead is not None

    @cached_property
    def centroid(self) -> np.ndarray:
        """The answer's mean embedding, normalised."""
        vectors = self.sentence_embeddings
        if len(vectors) == 0:
            return np.zeros(nlp.embedder().dimension, dtype=np.float32)
        weights = np.array([max(sent.words, 1) for sent in self.sentences], dtype=np.float32)
        mean = (vectors * weights[:, None]).sum(axis=0)
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else mean

    def sentence_at(self, offset: int) -> int | None:
        """The index of the sentence that holds character ``offset``; None outside every one."""
        for index, sent in enumerate(self.sentences):
            if sent.start <= offset < sent.end:
                return index
        return None


class _Ahead:
    """Sentence embeddings being computed in a background thread."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._vectors: np.ndarray | None = None
        self._thread = threading.Thread(target=self._run, name="poise-embed-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._vectors = nlp.embedder().embed(self._texts)
        except Exception:  # computed again by the caller, which reports the error
            self._vectors = None

    def result(self) -> np.ndarray | None:
        """The vectors, once computed; None when computing them failed."""
        self._thread.join()
        return self._vectors


def parse(
    text: str, *, limit: int | None = None, parse_deps: bool = True, entities: bool = False
) -> AnalysedText:
    """Split ``text`` (its first ``limit`` characters) into sentences and tokens with spaCy.

    ``words`` always counts the whole text, so length rules see the true length.
    """
    doc = nlp.spacy_pipeline(parse=parse_deps, entities=entities)(spoken_forms.as_read(text[:limit]))
    return from_doc(text, doc)


def parse_many(texts: list[str], limits: list[int | None]) -> list[AnalysedText]:
    """``parse`` for many texts at once (spaCy batches them: about twice the throughput)."""
    pipeline = nlp.spacy_pipeline(parse=True)
    docs = pipeline.pipe([spoken_forms.as_read(text[:limit])
                          for text, limit in zip(texts, limits, strict=True)], batch_size=32)
    return [from_doc(text, doc) for text, doc in zip(texts, docs, strict=True)]


def embed_many(parsed: list[AnalysedText]) -> None:
    """Compute the sentence embeddings of many answers in shared batches."""
    texts = [sent.text for item in parsed for sent in item.sentences]
    vectors = nlp.embedder().embed(texts)
    start = 0
    for item in parsed:
        count = len(item.sentences)
        item._embeddings = vectors[start : start + count]
        start += count


def from_doc(text: str, doc: Doc) -> AnalysedText:
    """An AnalysedText from a spaCy Doc of ``text`` (or of its first part), or of the text as
    read (``spoken_forms.as_read``: the same length): the words are cut from ``text``, so every
    quote is the speaker's own."""
    sentences: list[Sentence] = []
    # each token's head as an offset from the token (spaCy hands signed offsets out as unsigned)
    heads = doc.to_array("HEAD").view(np.int64).tolist()
    for span in doc.sents:
        stripped = text[span.start_char:span.end_char].strip()
        if not stripped:
            continue
        kept = [tok for tok in span if not tok.is_space]
        position = {tok.i: index for index, tok in enumerate(kept)}
        tokens = []
        for tok in kept:
            tag, lower = tok.tag_, spoken_forms.reading(tok)
            pos, base = _pos_and_lemma(tag, lower)
            index = tok.i
            tokens.append(Token(text[tok.idx:tok.idx + len(tok.text)], lower, tag, pos, base,
                                tok.idx, tok.dep_, position.get(index + heads[index], -1)))
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        sentences.append(Sentence(len(sentences), start, start + len(stripped), stripped,
                                  tuple(tokens)))
    words = len(WORD_RE.findall(text))
    return AnalysedText(text=text, sentences=tuple(sentences), words=words)


@lru_cache(maxsize=65536)
def _pos_and_lemma(tag: str, lower: str) -> tuple[str, str]:
    """The coarse part of speech and the lemma of a word with its tag, worked out once per
    distinct pair (a parse asks for the same few hundred pairs again and again)."""
    return coarse_pos(tag, lower), lemma(tag, lower)
