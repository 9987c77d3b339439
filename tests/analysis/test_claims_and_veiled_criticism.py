"""Overclaiming, polite criticism and information kept back, read from the parse
(analysis/claims.py, analysis/indirect.py, analysis/conduct.py), and the gates that keep the
meaning rules quiet where the flaw cannot be (analysis/rules/sensed.py): each shape with fresh
positive examples and near misses that must stay quiet (all written for these tests)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from poise.analysis import claims, conduct, indirect
from poise.analysis.meaning import WordClasses
from poise.analysis.rules import sensed
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _words(*names: str) -> frozenset[str]:
    lexicons = load_knowledge_base().lexicons
    found: set[str] = set()
    for name in names:
        if name in lexicons:
            found.update(entry.phrase.lower() for entry in lexicons[name].entries)
        else:
            found.add(name)
    return frozenset(found)


def _classes() -> WordClasses:
    return WordClasses(targets=_words("third_parties", "role_nouns", "he", "she", "they"),
                       negative=_words("verdict_words"))


# --- overclaiming -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Honestly, the growth in that region was mine.",
    "People forget it now, but the recovery was all mine.",
    "That rescue of the Bristol contract was mine.",
])
def test_a_result_called_mine_is_a_whole_claim(text: str) -> None:
    assert claims.result_owned(_sentence(text))


@pytest.mark.parametrize("text", [
    "The call to close the depot was mine.",
    "The mistake was mine, and I said so at the review.",
    "The decision was mine, the delivery was the team's.",
])
def test_a_decision_or_a_fault_owned_is_not_a_claim(text: str) -> None:
    assert not claims.result_owned(_sentence(text))


@pytest.mark.parametrize("text", [
    "No one who has reported to me has ever resigned because of me.",
    "Not one engineer who worked under me has ever failed an audit.",
])
def test_a_record_about_the_speakers_people_with_no_exception(text: str) -> None:
    assert claims.spotless_record(_sentence(text))


@pytest.mark.parametrize("text", [
    "Nobody had ever run the stock count in a single weekend before.",
    "No one on the night shift has ever been trained on the new scanners.",
])
def test_a_plain_fact_of_nobody_ever_is_no_record_claimed(text: str) -> None:
    assert not claims.spotless_record(_sentence(text))


@pytest.mark.parametrize("text", [
    "Nobody in UK housing had offered evening repairs before us.",
    "It was the first time anyone in the whole insurance market had priced it that way.",
])
def test_a_first_in_a_whole_field(text: str) -> None:
    assert claims.first_in_field(_sentence(text))


@pytest.mark.parametrize("text", [
    "It was the first time anyone on my team had led a tender.",
    "Nobody had done a zero-based budget there before.",
])
def test_a_first_inside_the_speakers_own_team_is_no_field_claim(text: str) -> None:
    assert not claims.first_in_field(_sentence(text))


@pytest.mark.parametrize("text", [
    "Within a year it had changed how the whole sector thinks about late payments.",
    "That pilot transformed the way the industry prices flood cover.",
])
def test_a_field_changed_by_the_speakers_work(text: str) -> None:
    assert claims.field_transformed(_sentence(text))


@pytest.mark.parametrize("text", [
    "It changed how the board reads the monthly pack.",
    "The new rota transformed the way my supervisors plan their week.",
])
def test_the_speakers_own_organisation_changed_is_a_result(text: str) -> None:
    assert not claims.field_transformed(_sentence(text))


# --- criticism put politely -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nine audits had been missed in a row, which tells you something about the management before I joined.",
    "Half the fleet had no service history, and that says a lot about how the depot was run.",
])
def test_a_fact_left_to_speak_against_others(text: str) -> None:
    assert indirect.telling_remark(_sentence(text), _classes())


@pytest.mark.parametrize("text", [
    "The night team covered every shift through the winter, which says a lot about their loyalty.",
    "It says something about my own planning that we missed the date twice.",
    "She said something about the freight costs at the review.",
    "The backlog had grown for a year, which says a lot about how thin the team was, so I hired two temps.",
])
def test_praise_own_side_reported_speech_or_a_set_up_is_no_telling_remark(text: str) -> None:
    assert not indirect.telling_remark(_sentence(text), _classes())


@pytest.mark.parametrize("text", [
    "We leaned on the surveyors, who were never the most organised people.",
    "It's not the most ambitious crowd, let's say.",
])
def test_a_third_party_denied_a_superlative_through_a_pronoun(text: str) -> None:
    assert indirect.falls_short(_sentence(text), _classes(), _words("role_nouns", "third_parties"))


@pytest.mark.parametrize("text", [
    "It's not the most exciting part of the job, but the reconciliations matter.",
    "The new starters were not the most experienced group, so I paired each with a mentor.",
])
def test_a_task_or_a_set_up_is_no_verdict_on_a_group(text: str) -> None:
    assert not indirect.falls_short(_sentence(text), _classes(), _words("role_nouns", "third_parties"))


# --- information kept back told as a win ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I held back the April figures until the merger vote had gone through.",
    "We kept the overspend to ourselves until the funding was signed.",
    "I sat on the complaint for six weeks so the contract could close first.",
    "I buried the variance in an appendix nobody reads.",
])
def test_information_held_back_by_the_speaker(text: str) -> None:
    assert conduct.held_back(_sentence(text))


@pytest.mark.parametrize("text", [
    "I held back the launch until the fix passed its tests.",
    "I didn't hold anything back at the review.",
    "The supplier held back the invoices until the audit.",
])
def test_a_plan_held_back_a_denial_or_someone_elses_act_is_not(text: str) -> None:
    assert not conduct.held_back(_sentence(text))


def test_the_speaker_made_sure_someone_did_not_see_a_report() -> None:
    assert conduct.kept_from_knowing(_sentence(
        "I made sure the finance director didn't see the overtime report before the budget round."))


def test_a_disruption_nobody_noticed_is_no_secret() -> None:
    assert not conduct.kept_from_knowing(_sentence(
        "I made sure the tenants didn't notice any disruption during the move."))


# --- the gate that keeps defensiveness to answers under challenge -----------------------------

def _input(**fields: Any) -> Any:
    base = {"interview_format": None, "phase": "answer", "family": None}
    base.update(fields)
    return SimpleNamespace(**base)


def test_pushback_is_read_only_where_something_challenges_the_speaker() -> None:
    plain = SimpleNamespace(id="innovation")
    challenging = SimpleNamespace(id="stress_resistance")
    assert sensed.GATES["unchallenged"](_input(family=plain))
    assert not sensed.GATES["unchallenged"](_input(family=challenging))
    assert not sensed.GATES["unchallenged"](_input(family=plain, interview_format="stress"))
    assert not sensed.GATES["unchallenged"](_input(family=plain, phase="concern_reply"))
    assert not sensed.GATES["unchallenged"](_input(family=None))


@pytest.mark.parametrize("text", [
    "I reported the error to the audit committee within three days of finding it.",
    "I told the client we would not recover the full six weeks.",
    "I put our access assumptions into the bid so the client could see what the dates depended on.",
])
def test_a_matter_put_openly_in_front_of_the_people_it_concerns(text: str) -> None:
    assert conduct.discloses(_sentence(text))


@pytest.mark.parametrize("text", [
    "I told the board the site was ready for the inspection.",
    "I reported the pilot as complete although two wards were still on paper.",
    "I signed the order without telling my director.",
    "I didn't report it until the quarter had closed.",
])
def test_a_claim_a_presentation_or_a_telling_withheld_is_not_disclosure(text: str) -> None:
    assert not conduct.discloses(_sentence(text))


@pytest.mark.parametrize(("text", "judged"), [
    ("Their budgeting was unrealistic from the first quarter.", True),
    ("The founders' planning was dysfunctional from the start.", True),
    ("When I took over, their morale was low, so I started weekly one-to-ones.", False),
    ("Her grasp of the contracts was excellent.", False),
])
def test_something_a_third_party_owns_judged_is_a_verdict_on_them(text: str, judged: bool) -> None:
    from poise.analysis.meaning import judged_targets

    found = judged_targets(_sentence(text), _classes(), judgement_verbs=frozenset())
    assert bool(found) is judged


@pytest.mark.parametrize(("text", "judged"), [
    ("Lenders punish surprises far more than bad news.", False),
    ("Half the warehouse were saying he was lazy, but he had never been trained on the scanners.", False),
    ("The lenders we had were useless at anything outside a template.", True),
    ("I always felt he was useless with the numbers.", True),
    # a clause run on with a comma before a verb of thinking that has its own complement
    ("They were careless, they think the paperwork will sort itself out.", True),
    ("She was careless, they told me.", False),
])
def test_a_class_in_general_or_a_verdict_others_gave_is_not_the_speakers(text: str, judged: bool) -> None:
    from poise.analysis.meaning import judged_targets

    classes = WordClasses(targets=_classes().targets | {"lender", "lenders"},
                          negative=_classes().negative)
    found = judged_targets(_sentence(text), classes, judgement_verbs=frozenset())
    assert bool(found) is judged


@pytest.mark.parametrize("text", [
    "My manager would say I sit on bad news for too long.",
    "How you handle a redundancy says a lot about you as a manager.",
])
def test_a_habit_owned_or_a_remark_about_anyone_is_neither_conduct_nor_criticism(text: str) -> None:
    sent = _sentence(text)
    assert not conduct.held_back(sent)
    assert not indirect.telling_remark(sent, _classes())


@pytest.mark.parametrize("text", [
    # a member of a set ranked against the others named
    "We picked an applicant who was not the most senior one, and she ran the pilot well.",
    # a set phrase for a relation, with no determiner: not a rank
    "The two shift leads are not best mates, though they share an office now.",
])
def test_a_superlative_that_ranks_a_member_or_names_a_relation_is_no_verdict(text: str) -> None:
    assert not indirect.falls_short(_sentence(text), _classes(), _words("role_nouns", "third_parties"))


@pytest.mark.parametrize("text", [
    # the same shapes with "the": a verdict on them
    "The contractors were not the best engineers around.",
    "Honestly the night crew were not the most careful people.",
])
def test_a_denied_superlative_with_its_article_still_falls_short(text: str) -> None:
    assert indirect.falls_short(_sentence(text), _classes(), _words("role_nouns", "third_parties"))


@pytest.mark.parametrize(("text", "judged"), [
    ("The suppliers were far too slow with the parts.", True),
    # an amount weighs a load; a bad thing counted to none did not happen
    ("Each delay was manageable alone; together they were simply too many.", False),
    ("That side of it went fine, and the tenants were happy, not one complaint.", False),
    ("The installers were great, zero complaints from the families.", False),
])
def test_an_amount_or_a_bad_thing_counted_to_none_is_no_verdict(text: str, judged: bool) -> None:
    from poise.analysis.meaning import judged_targets

    found = judged_targets(_sentence(text), _classes(), judgement_verbs=frozenset())
    assert bool(found) is judged
