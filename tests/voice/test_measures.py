"""Delivery measures on hand-made timed transcripts: pace, filled-pause bursts, silences, fillers."""

from __future__ import annotations

import pytest

from poise.content.loader import knowledge_base
from poise.voice import Recording, Span, Word, measure_delivery
from poise.voice.measures import Ending


def timed(text: str, *, start: float = 0.0, step: float = 0.4, gaps: dict[int, float] | None = None
          ) -> tuple[Word, ...]:
    """Words spoken one every ``step`` seconds; ``gaps`` adds silence before a word's index."""
    words = []
    at = start
    for index, token in enumerate(text.split()):
        at += (gaps or {}).get(index, 0.0)
        words.append(Word(token, at, at + step * 0.8))
        at += step
    return tuple(words)


def measure(words: tuple[Word, ...], **options: object):
    kb = knowledge_base()
    assert kb.voice is not None
    recording = Recording(words, (), words[-1].end + 0.5)
    return measure_delivery(recording, content=kb.voice, lexicons=kb.lexicons, **options)  # type: ignore[arg-type]


SENTENCE = "We cut the backlog by half in six weeks and kept every client we had. "


def test_pace_in_band_gives_no_pace_finding() -> None:
    report = measure(timed(SENTENCE * 4, step=0.43))  # about 140 words a minute
    assert 130 <= report.wpm <= 150
    assert not [finding for finding in report.findings if finding.id.startswith("pace")]


@pytest.mark.parametrize(("step", "finding"), [(0.7, "pace_slow"), (0.3, "pace_fast")])
def test_pace_outside_band_is_flagged(step: float, finding: str) -> None:
    report = measure(timed(SENTENCE * 4, step=step))
    assert finding in {item.id for item in report.findings}
    assert str(report.wpm) in next(item.message for item in report.findings if item.id == finding)


def test_a_fast_window_is_named_with_its_time() -> None:
    calm = timed(SENTENCE * 6, step=0.46)
    rushed = timed(SENTENCE * 2, start=calm[-1].end + 0.2, step=0.25)
    report = measure(calm + rushed)
    fast = [finding for finding in report.findings if finding.id == "window_fast"]
    assert fast and fast[0].at is not None and fast[0].at >= 15


def test_three_ums_in_a_few_seconds_are_a_burst_but_spread_ums_are_not() -> None:
    burst = timed("So um we um looked at um the numbers " + SENTENCE * 3, step=0.43)
    found = measure(burst)
    assert "filler_burst" in {item.id for item in found.findings}
    assert found.filled_pauses == 3
    spread = timed(("um " + SENTENCE * 2) * 3, step=0.43)  # one um every ~12 s: under five a minute
    calm = measure(spread)
    assert calm.filled_pauses == 3
    assert not [item for item in calm.findings if item.id.startswith("filler")]


def test_a_stall_mid_sentence_is_told_apart_from_a_pause_between_sentences() -> None:
    text = "I met every shift lead and we rebuilt the schedule together. Then we reached our target."
    stall = measure(timed(text, gaps={8: 3.5}))  # after "rebuilt": inside the sentence
    stalls = [item for item in stall.findings if item.id == "stall"]
    assert len(stalls) == 1 and stalls[0].quote == "rebuilt" and "3.6-second" in stalls[0].message
    between = measure(timed(text, gaps={11: 3.5}))  # after "together.": between sentences
    kinds = {mark.kind for mark in between.marks}
    assert "pause" in kinds and "stall" not in kinds
    assert "stall" not in {item.id for item in between.findings}


def test_a_thinking_pause_before_the_first_word_is_fine_unless_very_long() -> None:
    short = measure(timed(SENTENCE * 2, start=3.0, step=0.43))
    assert "thinking" in {mark.kind for mark in short.marks}
    assert "thinking_long" not in {item.id for item in short.findings}
    long = measure(timed(SENTENCE * 2, start=9.0, step=0.43))
    assert "thinking_long" in {item.id for item in long.findings}


def test_verbal_fillers_and_hedges_are_counted_with_their_words() -> None:
    text = "I guess we basically, you know, kind of fixed it. I think maybe it worked, you know, basically."
    report = measure(timed(text, step=0.43))
    quotes = {mark.quote.lower() for mark in report.marks if mark.kind in {"filler", "hedge"}}
    assert {"basically", "i guess"} <= quotes
    assert "verbal_fillers" in {item.id for item in report.findings}


def test_over_the_formats_limit_is_flagged() -> None:
    words = timed(SENTENCE * 5, step=0.43)
    assert "over_time" in {item.id for item in measure(words, time_limit=20).findings}
    assert "over_time" not in {item.id for item in measure(words, time_limit=150).findings}


def test_an_answer_that_ends_without_a_result_trails_off() -> None:
    words = timed(SENTENCE * 3, step=0.43)
    ending = Ending(4, "And then there was the other thing", "actions")
    trailing = measure(words, ending=ending)
    assert "trailing_off" in {item.id for item in trailing.findings}
    landed = measure(words, ending=Ending(4, "Churn fell to 4%.", "results"))
    assert "trailing_off" not in {item.id for item in landed.findings}


def test_voice_activity_spans_bound_the_speaking_time() -> None:
    words = timed(SENTENCE * 2, start=2.0, step=0.43)
    kb = knowledge_base()
    assert kb.voice is not None
    recording = Recording(words, (Span(2.0, 8.0), Span(8.0, words[-1].end)), words[-1].end + 3)
    report = measure_delivery(recording, content=kb.voice, lexicons=kb.lexicons)
    assert report.speaking_time == pytest.approx(words[-1].end - 2.0)


def test_low_confidence_words_are_marked() -> None:
    words = (Word("We", 0, 0.3), Word("revealed", 0.4, 0.8, 0.2), Word("it.", 0.9, 1.2))
    report = measure(words)
    assert report.low_confidence == (1,)


def test_pieces_are_cut_in_silences_and_never_longer_than_the_limit() -> None:
    from poise.voice.chunks import pieces, settled

    speech = [Span(0.5, 9.0), Span(9.6, 20.0), Span(21.0, 27.0), Span(28.0, 40.0), Span(41.0, 100.0)]
    cut = pieces(speech, max_s=28.0)
    assert all(piece.length <= 28.0 for piece in cut)
    assert cut[0] == Span(0.5, 27.0)
    assert cut[1].start == 28.0
    assert sum(1 for piece in cut if piece.start >= 41.0) == 3  # a 59 s stretch in three parts
    assert settled(speech, heard_until=40.3) == 27.0  # the stretch ending at 40.0 may go on
    assert settled(speech, heard_until=40.7) == 40.0
