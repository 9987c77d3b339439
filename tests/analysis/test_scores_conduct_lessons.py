"""A lesson still applied, told in the present after a past story; conduct that holds a score
under the competent band; the quotes a score shows, never the words a finding faults.

Near misses for each: a lesson told but never applied, a past habit that stopped and a duty held
now are no lesson; a strong answer without the conduct finding keeps its score; a sentence a
finding faults is quoted only when nothing else shows the same.
"""

from __future__ import annotations

import numpy as np
import pytest

from poise.analysis import AnalysisContext, analyse
from poise.analysis.analyse import analyser_for
from poise.analysis.grammar import applied_lesson, carried_practice
from poise.analysis.report import DimensionScore, Evidence, Finding
from poise.analysis.scoring import (
    CONDUCT_BAND,
    CONDUCT_REASON,
    Assessment,
    Signals,
    _relevance,
    overall_score,
    score_dimensions,
    without_faulted,
)
from poise.analysis.text import Sentence, parse
from poise.content.loader import knowledge_base


def _first(text: str) -> Sentence:
    return parse(text).sentences[0]


# --- a lesson still applied ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the practice named by what it is, the marker on the clause that names it
        "What I still do is check the stock count myself before I promise a date.",
        "The thing I do now, on every job, is I walk the site before I price it.",
        "What I still do: when a case is strong, follow the full process even if it is slow.",
        "The principle I still hold to: show the plan to the site before the board.",
        # "do" standing alone on what the story told (the tagger reads it as an auxiliary)
        "I still do that check before any launch, however small.",
        # "since" with a noun that points back at the story
        "Since that day I ask every supplier for a stock count before I sign.",
        # a present misread as a base form after "I"
        "I still never switch a supplier in the last month of a quarter.",
        # a rule kept, put as an instruction
        "My rule since: test on one branch, then roll it out.",
    ],
)
def test_a_practice_carried_forward_from_the_story_is_a_lesson_applied(text: str) -> None:
    sent = _first(text)
    assert carried_practice(sent)
    assert applied_lesson(sent)


@pytest.mark.parametrize(
    "text",
    [
        "I still do the payroll for the whole region.",  # a duty held now, named afresh
        "What I still do is the payroll.",  # a name with no practice after it
        "What I now run is the Leeds depot.",  # the job held
        "What I still do is run the Leeds depot.",
        "What I did then was ring the client myself.",  # the past, nothing carried forward
        "Since the merger I do the rotas for both sites.",  # a date, not the story
        "My rule was to ask the site manager first.",  # a rule that was, not one kept
        "My rule would be to test on one branch first.",  # imagined
        "Since that day the team has asked for a weekly count.",  # someone else's practice
        "I used to check every invoice myself.",  # a past habit that stopped
        "Back then I always checked the stock myself.",
        "I learned a lot from that project.",  # a lesson told, never applied
    ],
)
def test_no_lesson_applied_from_a_duty_the_past_or_a_lesson_only_named(text: str) -> None:
    assert not carried_practice(_first(text))


FAILURE = "Tell me about a time something you were responsible for went wrong."
FAILURE_STORY = (
    "In 2022 I moved our two warehouses onto a new picking system in one weekend. I had not run a "
    "trial on a single aisle first, and on the Monday the scanners rejected a third of the orders. "
    "I called the vendor in, put the night shift back on paper lists and rang our six biggest "
    "customers myself before they noticed. We cleared the backlog in four days and lost no account. "
)


def test_a_failure_story_closed_on_a_practice_still_done_draws_its_lesson() -> None:
    report = analyse(FAILURE, FAILURE_STORY + "What I still do is run one aisle for a week before "
                     "any system goes live.", context=AnalysisContext(family="failures"))
    assert "failures.no_lesson" not in report.rules_fired()
    lessons = [strength for strength in report.strengths
               if strength.what == "Draws a lesson you still apply"]
    assert lessons and "run one aisle" in lessons[0].evidence[0].quote


def test_a_failure_story_that_only_names_a_lesson_is_still_found_to_draw_none() -> None:
    report = analyse(FAILURE, FAILURE_STORY + "I used to check every go-live plan myself after that.",
                     context=AnalysisContext(family="failures"))
    assert not any(strength.what == "Draws a lesson you still apply" for strength in report.strengths)


# --- conduct that holds the score under the competent band -----------------------------------

NAMES = ("structure", "evidence", "ownership", "relevance", "concision", "tone", "family")
QUOTE = (Evidence(0, 5, "I cut"),)


def _finding(rule: str, severity: str) -> Finding:
    return Finding(rule=rule, severity=severity, dimension="tone", message="m", why="w", fix="f",
                   source="s", evidence=QUOTE)


def test_a_high_conduct_finding_holds_an_otherwise_strong_answer_under_the_band() -> None:
    levels = dict.fromkeys(NAMES, 5) | {"tone": 3, "family": 4}
    dimensions = tuple(DimensionScore(name, name, level, "", QUOTE, ()) for name, level in levels.items())
    conduct = frozenset({"tone.undermining"})
    held = overall_score(dimensions, story=True, insufficient=False, conduct=conduct,
                         findings=(_finding("tone.undermining", "high"),))
    assert held < CONDUCT_BAND
    # the same finding on a rule that is not about conduct keeps the flawed-answer bound only
    other = overall_score(dimensions, story=True, insufficient=False, conduct=conduct,
                          findings=(_finding("tone.defensive", "high"),))
    assert other >= CONDUCT_BAND
    # and a conduct rule found only at medium severity (the family was inferred) is no bar
    medium = overall_score(dimensions, story=True, insufficient=False, conduct=conduct,
                           findings=(_finding("tone.undermining", "medium"),))
    assert medium >= CONDUCT_BAND


def test_held_answers_keep_their_order() -> None:
    conduct = frozenset({"tone.badmouthing"})
    findings = (_finding("tone.badmouthing", "high"),)
    scores = []
    for level in (3, 4, 5):
        dimensions = tuple(DimensionScore(name, name, level, "", QUOTE, ()) for name in NAMES)
        scores.append(overall_score(dimensions, story=True, insufficient=False, conduct=conduct,
                                    findings=findings))
    assert scores == sorted(scores) and len(set(scores)) == 3 and scores[-1] < CONDUCT_BAND


def test_the_dimension_a_conduct_finding_lowers_says_why_the_whole_answer_is_held() -> None:
    assessed = {name: Assessment(5.0, list(QUOTE), []) for name in NAMES}
    anchors_source = analyse("Tell me about a time you delivered under a tight budget.",
                             "To fudge the overtime figures, I moved the hours into the next "
                             "quarter without telling finance. Nobody noticed, and we reported "
                             "the project on budget.", context=AnalysisContext(family="past_behaviour"))
    assert "tone.undermining" in anchors_source.rules_fired()
    assert CONDUCT_REASON in anchors_source.dimension("tone").reasons
    assert anchors_source.overall < CONDUCT_BAND
    anchors = analyser_for(knowledge_base()).anchors["answer"]
    plain = score_dimensions(assessed, (_finding("tone.defensive", "high"),), anchors,
                             family_label="Family", insufficient=False,
                             conduct=frozenset({"tone.undermining"}))
    assert all(CONDUCT_REASON not in item.reasons for item in plain)


# --- the quotes a score shows ------------------------------------------------------------------


def test_relevance_quotes_the_closest_sentence_no_finding_faults() -> None:
    answer = parse("With respect, that is an odd question. I cut the approval time from 19 days to 6. "
                   "The team now runs the review alone.")
    sims = np.array([0.9, 0.6, 0.3])
    first = answer.sentences[0]
    alone = _relevance(answer, 0.3, sims)
    assert alone.evidence[0].start == first.start
    faulted = (Evidence(first.start, first.end, first.text),)
    shown = _relevance(answer, 0.3, sims, faulted)
    assert shown.evidence[0].start == answer.sentences[1].start
    assert shown.value == alone.value  # the quote changes, not the level


def test_an_act_said_again_inside_faulted_words_is_not_quoted_for_ownership() -> None:
    text = "I told the board the plan. Later I told the client the parts had shipped when they had not."
    answer = parse(text)
    first = answer.sentences[0]
    second = answer.sentences[1]
    told = text.index("I told")
    signals = Signals(numbers=(), specifics=(), own_actions=(Evidence(told, told + 6, "I told"),),
                      team_credit=(), result=(), lesson=(), family_positive=())
    lie = Finding(rule="tone.undermining", severity="high", dimension="tone", message="m", why="w",
                  fix="f", source="s", evidence=(Evidence(second.start, second.end, second.text),))
    assert without_faulted(signals, (lie,)).own_actions == ()
    # near miss: when the finding faults other words, the act stays
    claim = text.index("the parts had shipped")
    other = Finding(rule="tone.undermining", severity="high", dimension="tone", message="m",
                    why="w", fix="f", source="s",
                    evidence=(Evidence(claim, second.end, text[claim:second.end]),))
    assert without_faulted(signals, (other,)).own_actions == signals.own_actions
    assert first.start == 0


def test_a_lesson_that_points_back_is_quoted_with_what_it_points_at() -> None:
    from poise.analysis.scoring import _whole_lesson

    answer = parse("When a launch slips I write the three risks on one page first. I still do that.")
    last = answer.sentences[-1]
    quote = _whole_lesson(answer, Evidence(last.start, last.end, last.text)).quote
    assert quote.startswith("When a launch slips") and quote.endswith("I still do that.")
    # near miss: "from it" says where the lesson came from; the lesson is the sentence itself
    answer = parse("We lost the bid by a week. What I took from it is to ask the client early.")
    last = answer.sentences[-1]
    assert _whole_lesson(answer, Evidence(last.start, last.end, last.text)).quote == last.text
