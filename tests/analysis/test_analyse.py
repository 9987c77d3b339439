"""analyse(): honest scoring, structure labels, bad input, determinism and thread safety."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from poise.analysis import AnalysisContext, Report, analyse
from poise.analysis.report import DIMENSIONS, SCHEMA_VERSION
from poise.errors import InputError

QUESTION = "Tell me about a time you turned around an underperforming team."
STRONG = (
    "In 2022 I took over a 14-person support team in Lisbon that was missing its response target "
    "by a wide margin. I met every agent in my first two weeks and found that half the tickets "
    "were being routed to the wrong queue. I rebuilt the routing rules with our two senior agents, "
    "introduced a fifteen-minute daily huddle and asked finance for budget to train three new "
    "specialists. Within four months my team cut the average first response from 19 hours to 4, "
    "and customer satisfaction rose from 71% to 88%. The lesson I took was to look at the flow of "
    "work before judging the people in it."
)
WEAK = (
    "I'm a hard worker and a real team player, so I always make sure the team is motivated. "
    "I would set clear goals and I would control progress. Things got better over time."
)


def test_strong_answer_scores_above_weak_answer() -> None:
    strong = analyse(QUESTION, STRONG, context=AnalysisContext(family="past_behaviour"))
    weak = analyse(QUESTION, WEAK, context=AnalysisContext(family="past_behaviour"))
    assert strong.overall > weak.overall + 20
    assert not strong.findings or all(f.severity != "high" for f in strong.findings)
    assert {"tone.hackneyed", "structure.no_past_example"} <= weak.rules_fired()


def test_structure_labels_circumstances_actions_results_lesson() -> None:
    report = analyse(QUESTION, STRONG, context=AnalysisContext(family="past_behaviour"))
    roles = [item.role for item in report.structure]
    assert roles[0] == "circumstances"
    assert "actions" in roles and "results" in roles
    assert roles[-1] == "lesson"
    assert roles.index("results") > roles.index("actions")


def test_report_has_the_documented_shape() -> None:
    data = analyse(QUESTION, WEAK, context=AnalysisContext(family="past_behaviour")).to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert set(data["dimensions"]) == set(DIMENSIONS)
    for dimension in data["dimensions"].values():
        assert 1 <= dimension["score"] <= 5 and dimension["anchor"]
    assert 0 <= data["overall"] <= 100
    for finding in data["findings"]:
        assert {"rule", "severity", "message", "why", "fix", "evidence"} <= set(finding)
        assert finding["evidence"]
    assert len(data["top_fixes"]) <= 3


def test_strengths_always_quote_their_evidence() -> None:
    report = analyse(QUESTION, STRONG, context=AnalysisContext(family="past_behaviour"))
    assert report.strengths
    for strength in report.strengths:
        assert strength.evidence
        for item in strength.evidence:
            assert STRONG[item.start : item.end] == item.quote


def test_thin_answer_gets_insufficient_evidence_not_polite_praise() -> None:
    report = analyse(QUESTION, "It went fine.", context=AnalysisContext(family="past_behaviour"))
    assert report.state == "insufficient_evidence"
    assert report.overall <= 20
    assert not report.strengths
    assert "length.too_short" in report.rules_fired()


def test_same_input_same_report() -> None:
    first = analyse(QUESTION, STRONG).to_dict()
    second = analyse(QUESTION, STRONG).to_dict()
    assert first == second


def test_family_detected_from_free_text() -> None:
    report = analyse("What would you say is your biggest weakness as a manager?",
                     "I am not a natural public speaker, so I joined a speaking club last year.")
    assert report.family == "weaknesses"
    assert report.family_source in {"bank", "detected"}


@pytest.mark.parametrize("answer", ["", "   ", "\n\t"])
def test_empty_answer_is_a_clear_error(answer: str) -> None:
    with pytest.raises(InputError, match="empty"):
        analyse(QUESTION, answer)


def test_non_english_answer_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="English"):
        analyse(QUESTION, "Als ich das Team übernahm, war die Stimmung schlecht und wir haben "
                          "gemeinsam die Abläufe neu organisiert und die Ziele erreicht.")
    with pytest.raises(InputError, match="English"):
        analyse(QUESTION, "Когда я возглавил команду, мы перестроили процессы и выросли на 20%.")


def test_very_long_answer_is_flagged_not_hung() -> None:
    answer = " ".join([STRONG] * 60)  # about 6,000 words
    report = analyse(QUESTION, answer, context=AnalysisContext(family="past_behaviour"))
    finding = next(f for f in report.findings if f.rule == "length.too_long")
    assert "too long to be an interview answer" in finding.message
    for item in finding.evidence:
        assert answer[item.start : item.end] == item.quote


def test_threads_give_the_same_reports() -> None:
    answers = [STRONG, WEAK, STRONG[:300], WEAK + " " + STRONG] * 3
    expected = [analyse(QUESTION, answer).to_dict() for answer in answers]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda answer: analyse(QUESTION, answer).to_dict(), answers))
    assert got == expected


def test_unknown_family_is_an_input_error() -> None:
    with pytest.raises(InputError, match="Unknown question family"):
        analyse(QUESTION, STRONG, context=AnalysisContext(family="astrology"))


text_strategy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400
).filter(lambda text: text.strip() != "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=text_strategy, noise=text_strategy)
def test_arbitrary_unicode_never_crashes_and_spans_stay_inside(prefix: str, noise: str) -> None:
    answer = prefix + " I led the team and we cut costs by 10%. " + noise + " 🚀\x00\x07 " + "x" * 300
    try:
        report = analyse(QUESTION, answer)
    except InputError as exc:  # mostly another script: refused with a message, never a crash
        assert "English" in exc.message
        return
    for finding in report.findings:
        for item in finding.evidence:
            assert 0 <= item.start <= item.end <= len(answer)
            assert answer[item.start : item.end] == item.quote
    for sentence in report.structure:
        assert answer[sentence.start : sentence.end] == sentence.quote


def test_wire_schema_doc_lists_every_report_field() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "wire-schema.md").read_text(encoding="utf-8")
    data = analyse(QUESTION, STRONG).to_dict()
    for key in data:
        assert f"| `{key}` |" in doc, f"docs/wire-schema.md does not document `{key}`"
    finding = analyse(QUESTION, WEAK).to_dict()["findings"][0]
    for key in finding:
        assert f"`{key}`" in doc, f"docs/wire-schema.md does not document finding field `{key}`"


def test_rules_configured_by_prefix_most_specific_wins() -> None:
    from poise.analysis.rules.engine import RuleConfig

    answer = "I'm a hard worker and a team player. Um, you know, basically, um, I always deliver."
    base = analyse("What makes you a good leader?", answer).rules_fired()
    assert {"tone.hackneyed", "delivery.fillers"} <= base
    config = RuleConfig.parse(disable=["tone", "delivery"], enable=["delivery.fillers"])
    fired = analyse("What makes you a good leader?", answer,
                    context=AnalysisContext(rules=config)).rules_fired()
    assert "tone.hackneyed" not in fired and "delivery.fillers" in fired
    high_only = analyse("What makes you a good leader?", answer,
                        context=AnalysisContext(rules=RuleConfig.parse(floor="high"))).findings
    assert all(finding.severity == "high" for finding in high_only)


ABROAD = (
    "I spent four years running a sales team in Japan for a German machinery maker, based in Osaka. "
    "The main lesson was that decisions are made before the meeting, not in it, so I had to learn to "
    "do the groundwork with every stakeholder one to one. Once I did, our approval time for large "
    "orders dropped from about three months to five weeks. On Sundays my cycling club rode along the "
    "river to the old castle and back, and I still miss those rides. "
    "I also learned to be far more patient in building relationships with distributors."
)


def test_a_personal_aside_is_a_digression_unless_the_question_invites_it() -> None:
    asked = analyse("What did you learn from working abroad?", ABROAD,
                    context=AnalysisContext(family="international"))
    found = [f for f in asked.findings if f.rule == "relevance.digression"]
    assert found and "cycling club" in found[0].evidence[0].quote
    invited = analyse("What did working abroad teach you, at work and in your free time?", ABROAD,
                      context=AnalysisContext(family="international"))
    assert "relevance.digression" not in invited.rules_fired()


def test_report_from_dict_rebuilds_the_same_report() -> None:
    report = analyse(QUESTION, STRONG)
    # The wire shape carries no dimension evidence or reasons (they ride in the anchor text), so
    # the rebuilt report equals the original in everything the wire shape holds.
    assert Report.from_dict(report.to_dict()).to_dict() == report.to_dict()


GENERAL_ACCOUNT = (
    "I have let people go a few times over the years. My approach never changes. I would meet the "
    "person with HR the day before the decision is final, so the paperwork is ready. I always hold "
    "the conversation myself and keep it short. I would tell the rest of the team the same "
    "afternoon, without details. I normally offer a reference for the work the person did well."
)
TOLD_STORY = (
    "In March 2022 I had to let a shift manager go after two written warnings. I met him with HR "
    "on a Tuesday morning, told him the decision in the first minute and walked him through the "
    "package. I briefed his team that afternoon and promoted his deputy the next week. I always "
    "hold that conversation myself, and this time it kept the team steady: nobody else left."
)


def test_a_general_account_with_a_passing_past_mention_is_not_an_example() -> None:
    question = "Tell me about a time you had to let someone go. How did you handle it?"
    general = analyse(question, GENERAL_ACCOUNT)
    told = analyse(question, TOLD_STORY)
    assert "structure.no_past_example" in general.rules_fired()
    assert "structure.no_past_example" not in told.rules_fired()
    finding = next(f for f in general.findings if f.rule == "structure.no_past_example")
    assert any("I would" in item.quote or "I always" in item.quote for item in finding.evidence)


def test_a_way_of_speaking_is_not_a_hypothetical_answer() -> None:
    question = "Tell me about a time you worked with a supplier to fix a problem."
    answer = ("The one I'd talk about is our agency staffing. The three trusts set up a shared bank "
              "in 2022, and the ward managers signed everyone up over the summer. Agency shifts "
              "fell from 30% to under 5%.")
    assert "structure.no_past_example" not in analyse(question, answer).rules_fired()


def test_a_situation_to_reason_about_asks_for_a_plan_not_a_past_example() -> None:
    question = "Say you start on Monday and sales are down 12% on last year. What do you do in week one?"
    answer = ("First I'd find where the 12% is: footfall, conversion or basket size. On Tuesday I'd "
              "check the top forty lines are on the shelf and priced right, and by Friday I'd want "
              "one fix live and measured, with a plan for week two agreed with my area manager.")
    assert "structure.no_past_example" not in analyse(question, answer).rules_fired()
    told = "Tell me about a time sales fell and you turned them around."
    assert "structure.no_past_example" in analyse(told, answer).rules_fired()
