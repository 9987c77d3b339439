"""The disfluency reader: fillers, repetitions and abandoned starts of a spoken answer are left out
of what the analyser reads, and every quote maps back to the candidate's own words (adversarial
cases: the same words used as verbs, for emphasis or as genuine hedges stay)."""

from __future__ import annotations

import pytest

from poise.analysis import analyse
from poise.analysis.disfluency import Cleaned, clean
from poise.analysis.text import WORD_RE, parse


def _clean(text: str) -> Cleaned:
    return clean(text, parse(text).sentences)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # hesitation sounds, also inside a number phrase
        ("We cut the wait from, um, twelve weeks to five.", "We cut the wait from twelve weeks to five."),
        ("Um, the audit passed in March.", "The audit passed in March."),
        # discourse "like" between commas or before a bare quantity
        ("We cut the backlog from, like, 40 days to 9.", "We cut the backlog from 40 days to 9."),
        ("Um, I was covering nights for like three months.", "I was covering nights for three months."),
        # "you know" and "I mean" followed by a pause
        ("The rota was, you know, broken.", "The rota was broken."),
        ("I mean, the rota failed in the second week.", "The rota failed in the second week."),
        ("We lost two planners that spring, you know?", "We lost two planners that spring."),
        ("Uh, it basically ran itself after that.", "It ran itself after that."),
        # a word or phrase said again after a pause
        ("We - we rebuilt the plan with the leads.", "We rebuilt the plan with the leads."),
        ("I rewrote the, uh, the handover sheet.", "I rewrote the handover sheet."),
        ("I moved it to a, to a weekly review.", "I moved it to a weekly review."),
        # an abandoned start, restarted with a new subject
        ("So I was - we agreed a new rota with the union.", "So we agreed a new rota with the union."),
        # "sort of" right after a restart is searching for words, not a hedge
        ("I - I sort of led the review of the contracts.", "I led the review of the contracts."),
    ],
)
def test_disfluencies_are_left_out(said: str, read: str) -> None:
    assert _clean(said).text == read


@pytest.mark.parametrize(
    "text",
    [
        "I like to walk the floor before the morning meeting.",  # "like" as a verb
        "It looked like a staffing gap, so I checked the rota.",  # "looks like"
        "We handled something like 300 orders a day.",  # an approximation kept as said
        "People like her carried the night shift.",  # "like" as a preposition
        "What I mean is that the rota failed.",  # "I mean" as the clause's verb
        "I mean it when I say the team did the work.",
        "You know the figures better than I do.",  # "you know" with an object
        "As you know, the site closed in May.",
        "It was a very, very long night.",  # repetition for emphasis
        "No, no, the review was my decision.",
        "We had had two resets before I arrived.",  # grammar, not a restart
        "I knew that that plan would fail.",
        "Three sites — two of them in Leeds — closed that year.",  # a written aside
        "I sort of led the review, but the chair made the call.",  # a genuine hedge stays
        "What kind of leader am I? A patient one.",
        # words that are fillers only in speech stay in an answer that shows no sign of speech
        "It basically ran itself after that.",
        "Like-for-like sales were down 8% that quarter.",
        "The one-to-one reviews moved to a weekly slot.",
        "When I came in, in 2020, the backlog was growing.",
        "Nobody on the line could have spotted it, it took a lab test.",
    ],
)
def test_fluent_words_stay(text: str) -> None:
    cleaned = _clean(text)
    assert not cleaned.changed, [item.quote for item in cleaned.removed]
    assert cleaned.text == text


def test_every_cleaned_character_comes_from_the_original() -> None:
    said = "So, um, I - I rebuilt the, uh, the rota, you know, and we cut overtime from, like, 30% to 12%."
    cleaned = _clean(said)
    assert cleaned.changed
    for index, char in enumerate(cleaned.text):
        assert said[cleaned.origin[index]].lower() == char.lower()
    start = cleaned.text.index("30% to 12%")
    assert cleaned.quote(start, start + len("30% to 12%")) == "30% to 12%"
    start = cleaned.text.index("rebuilt the rota")
    assert cleaned.quote(start, start + len("rebuilt the rota")) == "rebuilt the, uh, the rota"


def test_kinds_are_named() -> None:
    kinds = {item.kind for item in _clean("So I was - we - we cut it, um, by half.").removed}
    assert kinds == {"false_start", "repetition", "filler"}


SPOKEN = (
    "So, um, the warehouse was - was missing most of its delivery slots when I took it over in 2021. "
    "I - I rebuilt the, uh, the picking rota with the two shift leads, and we took late orders from, "
    "like, 18% down to 4% in a quarter, you know? I mean, I met every picker myself, and I set up a "
    "ten-minute huddle at the start of each shift. What I learned is that, um, you fix the basics "
    "first, and I still do that now."
)
QUESTION = "Tell me about a time you turned around an underperforming operation."


def test_spoken_report_quotes_the_original_words() -> None:
    report = analyse(QUESTION, SPOKEN)
    assert report.answer == SPOKEN
    quotes = [item for finding in report.findings for item in finding.evidence]
    quotes += [item for strength in report.strengths for item in strength.evidence]
    quotes += [item for dimension in report.dimensions for item in dimension.evidence]
    assert quotes
    for item in quotes:
        assert SPOKEN[item.start : item.end] == item.quote
    for sentence in report.structure:
        assert SPOKEN[sentence.start : sentence.end] == sentence.quote


def test_a_number_with_a_filler_inside_is_an_outcome() -> None:
    report = analyse(QUESTION, SPOKEN)
    numbers = [item.quote for strength in report.strengths if strength.what.startswith("Puts a number")
               for item in strength.evidence]
    assert any("18%" in quote for quote in numbers), numbers
    assert "structure.no_result" not in report.rules_fired()
    assert "meaning.no_result" not in report.rules_fired()


def test_fillers_are_a_delivery_note_quoting_what_was_said() -> None:
    report = analyse(QUESTION, SPOKEN)
    fillers = [finding for finding in report.findings if finding.rule == "delivery.fillers"]
    assert len(fillers) == 1 and fillers[0].severity == "low"
    assert all(SPOKEN[item.start : item.end] == item.quote for item in fillers[0].evidence)
    # a filler inside the lesson does not hide the lesson
    assert any(strength.what.startswith("Draws a lesson") for strength in report.strengths)


def test_genuine_hedges_are_still_found() -> None:
    said = ("Um, I think maybe we sort of improved retention, I guess by around ten percent, kind of "
            "depending on how you count it, you know, and I suppose the team, uh, the team was happier.")
    report = analyse("What was the result of the change you led?", said)
    assert report.rules_fired() & {"delivery.hedges", "meaning.hedging"}
    for finding in report.findings:
        for item in finding.evidence:
            assert said[item.start : item.end] == item.quote


def test_written_answer_is_read_as_it_is() -> None:
    text = ("I rebuilt the picking rota with the two shift leads. Late orders fell from 18% to 4% in a "
            "quarter, and I still run the same huddle at the start of each shift.")
    assert not _clean(text).changed


def test_batch_reads_a_transcript_as_a_single_analysis_does() -> None:
    from poise.analysis.analyse import AnalysisContext, analyser_for
    from poise.content.loader import knowledge_base

    analyser = analyser_for(knowledge_base())
    written = "I rebuilt the picking rota with the two shift leads, and late orders fell from 18% to 4%."
    context = AnalysisContext()
    batch = analyser.analyse_many([(QUESTION, SPOKEN, context), (QUESTION, written, context)])
    assert [report.to_dict() for report in batch] == [  # type: ignore[union-attr]
        analyse(QUESTION, SPOKEN).to_dict(), analyse(QUESTION, written).to_dict()]


def test_length_counts_the_words_as_said() -> None:
    report = analyse(QUESTION, SPOKEN)
    assert report.words == len(WORD_RE.findall(SPOKEN)) > len(WORD_RE.findall(_clean(SPOKEN).text))
