"""The analyser's shortcuts give exactly what the long way gives: the per-sentence memory of
clause moods and third-party clauses, the repetition finder, the language check, and the sentence
embeddings and the question's embedding computed in a background thread (examples written for
these tests)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from poise.analysis import disfluency, grammar, indirect, language, nlp
from poise.analysis.meaning import WordClasses
from poise.analysis.text import Token, parse

TEXTS = [
    "Honestly, the deadline was unrealistic and my manager never really understood the numbers.",
    "I rebuilt the forecast with finance and cut late deliveries from 18% to 4% in two quarters.",
    "We kind of, we kind of tried to fix it, but the the supplier kept missing dates.",
    "",
    "Nothing here matches.",
]


def test_clause_mood_is_worked_out_once_and_unchanged() -> None:
    for text in TEXTS[:3]:
        for sentence in parse(text).sentences:
            fresh = parse(sentence.text).sentences[0]
            for position, token in enumerate(sentence.tokens):
                if token.pos in {"VERB", "AUX"}:
                    assert grammar.clause_mood(sentence, position) == grammar._clause_mood(fresh, position)
                    assert ("clause_mood", position) in sentence.memo


def test_third_party_clauses_are_kept_per_word_classes() -> None:
    sentence = parse("My manager changed the plan, and the board ignored us.").sentences[0]
    one = WordClasses(targets=frozenset({"manager", "board"}))
    other = WordClasses(targets=frozenset({"board"}))
    first = indirect.third_party_clauses(sentence, one)
    first.append(99)  # a caller's list is its own: the kept answer does not change
    assert indirect.third_party_clauses(sentence, one) == indirect._third_party_clauses(
        sentence, one, indirect.REPORTED)
    assert indirect.third_party_clauses(sentence, other) == indirect._third_party_clauses(
        sentence, other, indirect.REPORTED)
    assert len(indirect.third_party_clauses(sentence, one)) == 2
    assert len(indirect.third_party_clauses(sentence, other)) == 1


def test_embeddings_computed_ahead_are_the_same_vectors() -> None:
    ahead = parse(" ".join(TEXTS))
    ahead.embed_ahead()
    ahead.embed_ahead()  # already coming: nothing more is started
    direct = nlp.embedder().embed([sentence.text for sentence in ahead.sentences])
    assert np.array_equal(ahead.sentence_embeddings, direct)
    assert ahead._ahead is None
    known = parse(TEXTS[1])
    vectors = known.sentence_embeddings
    known.embed_ahead()  # known already: nothing to do
    assert known._ahead is None and known.sentence_embeddings is vectors



def test_a_question_embedded_ahead_is_embedded_once_and_the_same_vector(monkeypatch) -> None:
    question = "Tell me about a time you had to win over a sceptical finance director."
    model = nlp.embedder()  # a warm process: the question alone is embedded in the background
    direct = model.embed([question])[0]
    nlp.clear_caches()
    asked: list[tuple[str, list[str]]] = []
    embed = model.embed

    def counted(texts: list[str]) -> np.ndarray:
        asked.append((threading.current_thread().name, list(texts)))
        return embed(texts)

    monkeypatch.setattr(model, "embed", counted)
    nlp.preload_embedder((question,))
    assert np.array_equal(nlp.embed_one(question), direct)  # waits for it, or finds it cached
    # embedded once, on its own, in the background; not again on the spot
    assert asked == [("poise-embedder", [question])]
    assert question not in nlp._PENDING
    nlp.preload_embedder((question,))  # cached already: nothing is started
    assert question not in nlp._PENDING and len(asked) == 1
    nlp.clear_caches()


def test_a_text_not_asked_ahead_is_embedded_on_the_spot_while_another_comes() -> None:
    nlp.clear_caches()
    nlp.preload_embedder(("What would your first ninety days look like?",))
    other = "How do you handle a team member who keeps missing deadlines?"
    assert np.array_equal(nlp.embed_one(other), nlp.embedder().embed([other])[0])
    assert other not in nlp._PENDING
    nlp.clear_caches()

def _looks_english_letter_by_letter(text: str) -> bool:
    """``language.looks_english`` as it read every letter of an all-ASCII text too."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    if sum(1 for char in letters if char.isascii()) / len(letters) < language.MIN_LATIN_SHARE:
        return False
    words = [word.lower() for word in language.WORD_RE.findall(text)]
    if len(words) < language.MIN_WORDS_TO_JUDGE:
        return True
    function = sum(1 for word in words if word in language.ENGLISH_FUNCTION_WORDS)
    return function / len(words) >= language.MIN_FUNCTION_SHARE


def test_language_check_reads_plain_text_as_before() -> None:
    for text in [*TEXTS, "12 345 -- !!", "Wir haben das Budget gekürzt und die Lieferzeiten halbiert.",
                 "Nous avons réduit les délais de moitié en deux trimestres avec l'équipe.",
                 "Quarterly planning cadence synchronisation deliverables roadmap alignment",
                 "我们把交付时间缩短了一半", "I led the team — and we cut costs by 12%."]:
        assert language.looks_english(text) == _looks_english_letter_by_letter(text), text


def test_a_repetition_is_still_found_after_the_quick_first_word_check() -> None:
    text = "So I, um, I rang the supplier and the, the driver came back."
    cleaned = disfluency.clean(text, parse(text).sentences)
    assert cleaned.text == "So I rang the supplier and the driver came back."
    assert [(item.quote, item.kind) for item in cleaned.removed] == [
        ("I, um,", "repetition"), ("um", "filler"), ("the,", "repetition")]
    text = "We kind of, we kind of tried to fix it, but the the supplier kept missing dates."
    cleaned = disfluency.clean(text, parse(text).sentences)
    # "the the" with no pause between is grammar to the finder, not a restart
    assert cleaned.text == "We tried to fix it, but the the supplier kept missing dates."



def _clean_the_long_way(text: str) -> disfluency.Cleaned:
    """``disfluency.clean`` as it read every sentence for disfluencies of their own first."""
    sentences = parse(text).sentences
    spans = [span for sentence in sentences
             for span in disfluency._sentence_disfluencies(sentence, spoken=False)]
    if not spans:
        return disfluency.unchanged(text)
    spans = [span for sentence in sentences
             for span in disfluency._sentence_disfluencies(sentence, spoken=True)]
    return disfluency._cut(text, spans, sentences)


@pytest.mark.parametrize("text", [
    # the speech shows only in the last sentence: "like" and "basically" earlier still go
    "It took, like, four hours. We basically rebuilt the rota. Then, um, the depot agreed.",
    "It took like four hours. We basically rebuilt the rota. The depot agreed.",  # written: stays
    "Um, so the plan slipped. I mean, it was late. We - we fixed it.",
    "I like the team. It looks like the numbers were right.",  # no filler at all
    "",
])
def test_a_transcript_is_cleaned_as_the_long_way_cleans_it(text: str) -> None:
    assert disfluency.clean(text, parse(text).sentences) == _clean_the_long_way(text)

def test_tokens_compare_and_hash_by_every_field() -> None:
    fields = {"text": "cut", "lower": "cut", "tag": "VBD", "pos": "VERB", "lemma": "cut", "start": 4,
              "dep": "ROOT", "head": 1}
    token = Token(**fields)  # type: ignore[arg-type]
    assert token == Token(**fields) and hash(token) == hash(Token(**fields))  # type: ignore[arg-type]
    for name, value in [("text", "Cut"), ("lower", "cuts"), ("tag", "VBN"), ("pos", "AUX"),
                        ("lemma", "cutt"), ("start", 5), ("dep", "conj"), ("head", 2)]:
        assert token != Token(**{**fields, name: value}), name  # type: ignore[arg-type]
    assert token != ("cut", "cut", "VBD", "VERB", "cut", 4, "ROOT", 1)
    sentence = parse("We met, and then I cut the budget and cut the rota.").sentences[0]
    for position, item in enumerate(sentence.tokens):
        assert sentence.tokens.index(item) == position
