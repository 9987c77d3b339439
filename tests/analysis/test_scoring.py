"""Scores earned by evidence: the worked examples of docs/philosophy.md, and a reason per missing point."""

from __future__ import annotations

from poise.analysis import AnalysisContext, analyse

QUESTION = "Tell me about a time you improved how your team worked."
CONTEXT = AnalysisContext(family="past_behaviour")
STRONG = (
    "In 2023 I took over the accounts-payable team at a Leeds food distributor, where invoices took "
    "19 days to approve. I mapped the approval chain with the two team leads, cut the sign-off levels "
    "from four to two and set up a Monday review of anything older than a week. I also trained the "
    "three clerks on the new matching rules myself. By the end of the year approval time was down to "
    "6 days, late-payment fees fell by 40%, and the team's idea of a shared exceptions queue is now "
    "used across finance. The lesson I took is to fix the flow before adding people."
)
COMPETENT = (
    "Last year our invoice approvals were slow and suppliers were complaining. I looked at the "
    "process with the team leads and we removed some unnecessary approval steps. I set up a weekly "
    "review of old invoices and trained the clerks on the new rules. Approvals became noticeably "
    "faster and the complaints mostly stopped. The team was happy with the change."
)
GENERIC = (
    "Process improvement is something I really care about, and I'd say I'm a natural at it. In my "
    "experience the key is communication and getting everyone aligned. Teams often resist change, "
    "so you need to bring them along. I always try to listen first and then act, and I believe in "
    "continuous improvement. Things got better over time and people were happier overall."
)


def test_competent_but_unremarkable_lands_between_60_and_75() -> None:
    report = analyse(QUESTION, COMPETENT, context=CONTEXT)
    assert 60 <= report.overall <= 75
    evidence = report.dimension("evidence")
    assert evidence.score == 3 and "no number tied to an outcome" in evidence.reasons


def test_85_or_more_needs_evidence_on_every_dimension() -> None:
    report = analyse(QUESTION, STRONG, context=CONTEXT)
    assert report.overall >= 85
    for dimension in report.dimensions:
        if dimension.name != "concision":
            assert dimension.evidence and dimension.score >= 4, dimension.name


def test_no_flaw_and_no_evidence_is_the_middle_not_the_top() -> None:
    report = analyse(QUESTION, GENERIC, context=CONTEXT)
    assert report.overall < 60
    assert report.dimension("tone").score <= 3


def test_every_point_below_5_has_a_reason_and_quotes_are_exact() -> None:
    for answer in (STRONG, COMPETENT, GENERIC):
        report = analyse(QUESTION, answer, context=CONTEXT)
        for dimension in report.dimensions:
            if dimension.score < 5:
                assert dimension.reasons, f"{dimension.name} {dimension.score}/5 without a reason"
                assert "Short of 5" in dimension.anchor
            for item in dimension.evidence:
                assert answer[item.start : item.end] == item.quote


def test_short_answers_are_insufficient_but_still_ranked_by_content() -> None:
    measured = analyse(QUESTION, "I brought invoice approval time down from 19 days to 6.", context=CONTEXT)
    empty = analyse(QUESTION, "We fixed some processes. It went fine.", context=CONTEXT)
    assert measured.insufficient and empty.insufficient
    assert measured.overall > empty.overall


def test_no_number_means_no_outcome_number_strength() -> None:
    report = analyse(QUESTION, COMPETENT, context=CONTEXT)
    assert "Puts a number on the outcome" not in {s.what for s in report.strengths}
    assert report.dimension("evidence").score <= 3


def test_strengths_claim_only_what_their_quotes_show() -> None:
    answer = (
        "In 2022 I joined a team of 12 planners for what became three years. If I said no to a "
        "request, the director escalated it, and I think that was the real problem. What I learned "
        "there is that my director never really understood planning at all."
    )
    report = analyse(QUESTION, answer, context=CONTEXT)
    kinds = {strength.what for strength in report.strengths}
    assert "Puts a number on the outcome" not in kinds  # a year, a head-count, a duration
    assert "Says what you did yourself" not in kinds  # scene-setting, a condition, an opinion
    assert "Draws a lesson you still apply" not in kinds  # the "lesson" criticises the boss


def test_a_dimension_lowered_by_a_finding_never_says_nothing_was_found() -> None:
    from poise.analysis import analyse

    report = analyse("Why are you leaving your current employer?",
                     "I have run the northern region for four years and grew revenue from 18 million "
                     "to 26 million pounds. Head office is full of people who have never run a store "
                     "and it shows in every decision they make. I want a role where I own the full "
                     "P&L, and this one offers that.")
    tone = next(item for item in report.dimensions if item.name == "tone")
    assert report.findings and any(f.dimension == "tone" for f in report.findings)
    assert "Nothing wrong found" not in tone.anchor and "see the findings" in tone.anchor
    for item in report.dimensions:
        quotes = item.anchor.split("“")[1:]
        assert len(quotes) == len(set(quotes)), item.anchor  # each quote once


def test_a_success_story_earns_a_family_point_only_when_it_is_of_the_kind_asked() -> None:
    story = (
        "In 2022 our depot in Derby kept missing its van departure times. I timed every loading "
        "step for a week, I moved the scanners next to the bays and I rewrote the shift rota with "
        "the two supervisors. Late departures fell from 21% to 4% in two months."
    )
    across = analyse("Tell me about working with colleagues from another culture.", story,
                     context=AnalysisContext(family="international"))
    family = across.dimension("family")
    assert family.score == 3 and not family.evidence
    assert "nothing yet shows cross-border reach" in family.reasons
    told = analyse("Tell me about a problem you solved at work.", story,
                   context=AnalysisContext(family="past_behaviour"))
    assert told.dimension("family").score >= 4
    assert any("4%" in item.quote for item in told.dimension("family").evidence)


def _outcome_quotes(answer: str) -> list[str]:
    report = analyse(QUESTION, answer, context=CONTEXT)
    return [item.quote for strength in report.strengths for item in strength.evidence
            if strength.what == "Puts a number on the outcome"]


def test_a_figure_before_anything_was_done_is_the_problem_not_the_outcome() -> None:
    answer = (
        "In 2022 the head office cut our training budget by 30 percent, and complaints had climbed "
        "to 80 a month. I sat with each shift lead, rewrote the call scripts with them and coached "
        "the two newest agents myself. By the autumn complaints were at 35 a month, and the shift "
        "leads now run the coaching themselves."
    )
    # the level complaints stood at once the work was done is the outcome; the set-up figures
    # (the budget cut, the climb to 80) are no result
    assert _outcome_quotes(answer) == ["By the autumn complaints were at 35 a month"]
    measured = answer.replace("complaints were at 35 a month", "complaints were at 4 percent of calls")
    # quoted with the clause it measures, not the set-up figures
    assert _outcome_quotes(measured) == ["By the autumn complaints were at 4 percent of calls"]


def test_a_lesson_that_is_a_regret_is_not_praised_as_applied() -> None:
    regret = STRONG.replace("The lesson I took is to fix the flow before adding people.",
                            "Looking back, I let the old queue run a month too long.")
    report = analyse(QUESTION, regret, context=CONTEXT)
    assert "Draws a lesson you still apply" not in [strength.what for strength in report.strengths]


def test_a_lesson_stated_as_a_principle_is_praised() -> None:
    report = analyse(QUESTION, STRONG, context=CONTEXT)
    assert "Draws a lesson you still apply" in [strength.what for strength in report.strengths]


def test_saying_the_questions_words_back_shows_nothing() -> None:
    from poise.analysis.scoring import _echoes, _stem

    asked = {_stem(word) for word in ("how", "did", "you", "secure", "outside", "funding")}
    assert _echoes("funders", asked) and _echoes("Fund", asked)
    assert not _echoes("grant", asked) and not _echoes("partnership", asked)


def test_structure_quotes_a_sentence_that_tells_what_was_done() -> None:
    answer = (
        "I have a great deal of experience with change of this kind across many sites. Change is "
        "always hard for people and you have to bring them along. In the end it went well and "
        "everyone was happier with the new way of working."
    )
    structure = analyse(QUESTION, answer, context=CONTEXT).dimension("structure")
    assert structure.score <= 3
    assert any("tells what you did" in reason for reason in structure.reasons)


def test_85_is_never_reached_by_points_above_a_ceiling() -> None:
    from poise.analysis.report import DimensionScore, Evidence
    from poise.analysis.scoring import overall_score

    quote = (Evidence(0, 5, "I cut"),)
    names = ("structure", "evidence", "ownership", "relevance", "concision", "tone", "family")
    proven = tuple(DimensionScore(name, name, 5, "", quote, ()) for name in names)
    assert overall_score(proven, story=True, insufficient=False) == 100
    # one dimension at its top level with nothing quoted: held below 85 however high the rest
    unquoted = tuple(item if item.name != "structure" else DimensionScore("structure", "s", 5, "", (), ())
                     for item in proven)
    assert overall_score(unquoted, story=True, insufficient=False) == 84


def test_no_praise_from_words_a_tone_finding_faults() -> None:
    answer = (
        "In my current job I brought stock accuracy up from 88 to 97 percent in 2022. I raised the "
        "staffing problem in three appraisals, nothing happens, nobody listens. So I want a place "
        "where decisions get made."
    )
    report = analyse("Why do you want to leave your current job?", answer)
    faulted = [item for finding in report.findings if finding.dimension == "tone"
               and finding.severity in {"medium", "high"} for item in finding.evidence]
    assert faulted
    for strength in report.strengths:
        if strength.what in {"Says what you did yourself", "Puts a number on the outcome"}:
            for item in strength.evidence:
                assert not any(item.start < other.end and other.start < item.end for other in faulted)


def test_habits_alone_earn_no_more_than_4_for_ownership() -> None:
    answer = (
        "I always try to listen first, and I usually walk the floor every morning with the team "
        "leads, together with the team. I make time for each of my managers every week and I go "
        "through their numbers with them."
    )
    report = analyse("How would your team describe your management style?", answer,
                     context=AnalysisContext(family="management_style"))
    ownership = report.dimension("ownership")
    assert ownership.score <= 4
    assert "only what you usually do, not a time you did it" in ownership.reasons


def test_a_topic_word_alone_is_not_a_sign_of_what_the_question_tests() -> None:
    vague = "We should be bold with the customer and stay close to the customer in everything we do."
    shown = ("In 2023 I moved our four biggest customers onto quarterly reviews, and two of them "
             "doubled their orders.")
    question = "Where would you take this business in the next five years?"
    context = AnalysisContext(family="strategy_vision")
    named = analyse(question, vague, context=context).dimension("family")
    # no evidence: the middle anchor at most (lower when a finding, such as a goal with nothing
    # to measure it by, gives its reason)
    assert named.score <= 3 and not named.evidence
    assert analyse(question, shown, context=context).dimension("family").score >= 4


def test_low_likeness_to_the_question_alone_is_the_middle_anchor_not_a_low_score() -> None:
    import numpy as np

    from poise.analysis.scoring import _relevance
    from poise.analysis.text import parse

    answer = parse("In 2022 I moved the breakfast round forty minutes later. Falls halved by June.")
    item = _relevance(answer, 0.04, np.array([0.04, 0.02]))
    assert item.value == 3  # words far from the question's prove nothing; a detour is a finding
    assert item.missing and "loosely to the question" in item.missing[0]


FAILURE_WITH_BLAME = (
    "The launch of our new booking system in 2022 slipped by four months. Honestly the supplier let "
    "us down badly, they kept missing deadlines and their developers were not up to it. The board "
    "was frustrated. In the end we went live in the spring and things settled down."
)


def test_a_finding_that_is_the_familys_trap_lowers_the_family_dimension_with_its_reason() -> None:
    report = analyse("Tell me about a time something you led failed.", FAILURE_WITH_BLAME,
                     context=AnalysisContext(family="failures"))
    assert any(finding.rule in {"tone.blames_others", "tone.blame", "meaning.blame"}
               for finding in report.findings)
    family = report.dimension("family")
    assert family.score <= 2
    assert "Nothing wrong found" not in family.anchor
    assert any(reason.startswith("falls into this question's trap") for reason in family.reasons)


def test_the_same_finding_outside_its_family_leaves_the_family_dimension_alone() -> None:
    report = analyse("Tell me about a time you improved how your team worked.", FAILURE_WITH_BLAME,
                     context=CONTEXT)
    family = report.dimension("family")
    assert not any("trap" in reason for reason in family.reasons)


def test_every_trap_names_a_rule_that_exists() -> None:
    from poise.content.loader import load_knowledge_base

    kb = load_knowledge_base()
    for family in kb.families.values():
        assert all(rule_id in kb.rules for rule_id in family.traps), family.id


CONDUCT = STRONG.replace(
    "I also trained",
    "Procurement were slow to approve the matching software, so I signed the licence myself "
    "without their authorisation and told them once it was live. I also trained",
)


def test_conduct_holds_the_strong_story_under_the_competent_band_and_says_why() -> None:
    from poise.analysis.scoring import CONDUCT_BAND, CONDUCT_REASON

    report = analyse(QUESTION, CONDUCT, context=CONTEXT)
    assert "tone.undermining" in report.rules_fired()
    assert 40 <= report.overall < CONDUCT_BAND
    assert CONDUCT_REASON in report.dimension("tone").anchor
    # the same story without it stays at the top
    assert analyse(QUESTION, STRONG, context=CONTEXT).overall >= 85


def test_the_evidence_dimension_quotes_a_figure_or_a_name_before_a_bare_number_word() -> None:
    from poise.analysis import analyse

    answer = ("All my sites were in one country. At the Oran depot in 2023 I led the twinning "
              "with Sfax, and their breakdowns fell by about a quarter the next year.")
    report = analyse("Tell me about a time you worked across borders.", answer)
    [evidence] = [item for item in report.dimensions if item.name == "evidence"]
    assert "one" not in [item.quote for item in evidence.evidence]
