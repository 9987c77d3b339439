"""Concerns that carry to new pairs: a line asking for bilingualism names a level; no gap concern
on a line the map rates strong; and two advert lines asking the same thing make one card citing
both."""

from __future__ import annotations

from tests.fit.conftest import TODAY, hash_embed

from poise.content.loader import knowledge_base
from poise.fit.concerns.model import AnswerPlan, Concern, Draft, Values
from poise.fit.concerns.requirements import not_against_strong
from poise.fit.concerns.wording import merge_same_title
from poise.fit.ladders import languages_in
from poise.fit.lexicon import patterns_for
from poise.fit.match import PARTIAL, STRONG, Match
from poise.fit.result import assess


def test_bilingualism_names_a_level_for_both_languages() -> None:
    patterns = patterns_for(knowledge_base())
    found = dict(languages_in("Bilingualism (Spanish and Portuguese) is an asset", patterns))
    assert found["Portuguese"] == found["Spanish"] == "C2"


BILINGUAL_JOB = ("# Director\n\n## Nice to have\n- Bilingualism (English and Spanish) is a strong asset\n\n"
                 "## Requirements\n- Experience running a regional service\n")
SPANISH_RESUME = ("# Ana Ruiz\nLeeds, UK\n\n## Experience\n### Service Manager — Harbour Foods, Leeds, UK\n"
                  "Mar 2015 – present\n- Run a regional service for 40,000 customers.\n\n"
                  "## Languages\nEnglish – native\nSpanish – {level}\n")


def test_a_bilingual_nice_to_have_raises_a_language_level_when_the_resume_shows_a_basic_level() -> None:
    resume = SPANISH_RESUME.format(level="basic (A2)")
    kinds = [concern.kind for concern in assess(BILINGUAL_JOB, resume, embed=hash_embed,
                                                today=TODAY).concerns]
    assert "language_level" in kinds


def test_a_bilingual_wish_in_words_is_answered_by_a_working_level() -> None:
    # a wish named only in words ("bilingualism … an asset") is no bar: working knowledge (B1 and
    # above) answers it, as the recruiters' keys have it (``requirements.wished_in_words``)
    resume = SPANISH_RESUME.format(level="intermediate (B1)")
    kinds = [concern.kind for concern in assess(BILINGUAL_JOB, resume, embed=hash_embed,
                                                today=TODAY).concerns]
    assert "language_level" not in kinds


def _draft(kind: str) -> Draft:
    return Draft(kind=kind, key=kind, score=60, values=Values())


def test_no_gap_concern_on_a_line_the_map_rates_strong() -> None:
    drafts = [_draft("no_leading_leaders"), _draft("scope_step_up"), _draft("language_level")]
    strong = Match(requirement_id="r1", strength=STRONG, quote="", score=0.9, reason="")
    partial = Match(requirement_id="r1", strength=PARTIAL, quote="", score=0.6, reason="")
    assert [draft.kind for draft in not_against_strong(drafts, strong)] == ["scope_step_up"]
    assert len(not_against_strong(drafts, partial)) == 3



def _concern(job_line: str, score: float, resume_line: str) -> Concern:
    plan = AnswerPlan("a", "b", "c", "d")
    return Concern(id=f"missing_must_have.{job_line[:3]}", kind="missing_must_have",
                   title='Missing must-have: "safeguarding adults"', why="", severity="high",
                   score=score, evidence=(job_line, resume_line), answer_plan=plan, question="q")


def test_two_lines_asking_the_same_thing_make_one_card_citing_both() -> None:
    first = _concern("Lead safeguarding adults practice", 80, "Ran a day centre.")
    second = _concern("Safeguarding adults experience", 70, "Ran a day centre.")
    other = Concern(id="location", kind="location", title="Location: A → B", why="",
                    severity="low", score=40, evidence=("B",), answer_plan=AnswerPlan("", "", "", ""),
                    question="")
    merged = merge_same_title([first, second, other])
    assert [concern.kind for concern in merged] == ["missing_must_have", "location"]
    assert merged[0].evidence[:2] == ("Lead safeguarding adults practice",
                                      "Safeguarding adults experience")
    assert merged[0].evidence.count("Ran a day centre.") == 1
    assert merged[0].score == 80


def test_units_each_under_their_own_leader_are_leading_leaders() -> None:
    from poise.fit.lexicon import any_match

    cues = patterns_for(knowledge_base()).evidence["leading_leaders"]
    assert any_match(cues, "Ran four depots, each headed by its own manager") is not None
    assert any_match(cues, "Three plants, each with its own plant manager") is not None
    assert any_match(cues, "I line-managed the three ward commanders and a support team") is not None
    assert any_match(cues, "Five clinics, each run by a volunteer") is None
    assert any_match(cues, "Each day I led by example") is None


def test_an_advert_asking_the_same_thing_twice_gets_one_card_with_both_lines() -> None:
    first = ("Experience of running a community transport scheme for older residents across a "
             "large rural county with volunteer drivers")
    second = ("Experience of running a community transport scheme for older residents across a "
              "large rural county with paid drivers")
    job = f"# Head of Service\n\n## Essential criteria\n- {first}\n- {second}\n"
    resume = ("# Sam Reid\nLeeds, UK\n\n## Experience\n### Distribution Manager — Harbour Foods, "
              "Leeds, UK\nMar 2015 – present\n- Ran night shifts at two depots.\n")
    concerns = assess(job, resume, embed=hash_embed, today=TODAY).concerns
    titles = [concern.title for concern in concerns]
    assert len(titles) == len(set(titles))
    card = next(concern for concern in concerns if "community transport" in concern.title)
    assert first in card.evidence and second in card.evidence
