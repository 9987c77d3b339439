"""A sentence that sounds like overclaiming, oversharing or a vague goal, and whose parse shows
it is not: a lack conceded, a family member named as context, a sentence beside a measured goal
(``analysis/claim_context.py``), with near-misses that must stay flagged."""

from __future__ import annotations

import pytest

from poise.analysis import claim_context
from poise.analysis.text import Sentence, parse


def _one(text: str) -> Sentence:
    return parse(text).sentences[0]


@pytest.mark.parametrize("text", [
    "Strictly speaking I never had supervisors reporting to me.",
    "I was never inside a ministry.",
    "I still never switch a new system on for every site on the first day.",
    "I haven't run a listed company.",
    "I've never held a revenue budget of my own.",
    "I never had a growth target in that post.",
])
def test_a_lack_conceded_or_a_restraint_kept_is_not_an_overclaim(text: str) -> None:
    assert claim_context.conceded_lack(_one(text))


@pytest.mark.parametrize("text", [
    "I don't panic, I never have.",
    "I have never lost a customer in nine years.",
    "I never needed anyone's help.",
    "I have never failed to deliver a project.",
    "I never had a bad audit.",
    "I've never been anything but brilliant with clients.",
    "There is nothing on that site I haven't touched.",
    "I never had the best team, I built it.",
    "I ran the depot for nine years.",
    "I've never had great results questioned.",
    "I have never missed a revenue forecast.",
])
def test_a_perfect_record_or_a_claim_is_not_a_concession(text: str) -> None:
    assert not claim_context.conceded_lack(_one(text))


@pytest.mark.parametrize("text", [
    "Even my family keeps asking me why I stay there.",
    "I have always been like this, and my mother is the same.",
    "My father is a retired engineer.",
    "My husband says I talk about turbines too much.",
])
def test_a_family_member_named_as_context_is_not_oversharing(text: str) -> None:
    assert claim_context.family_as_context(_one(text))


@pytest.mark.parametrize("text", [
    "My wife was ill for a year and my son was struggling at school.",
    "That spring my partner had just left and I was on sleeping pills.",
    "I moved my parents in with us after the fall.",
    "My brother lent me the money for the deposit.",
    "The family business went under in 2019.",
    "That month my wife and I were in the middle of fertility treatment.",
    "My mother was in hospital for most of that year.",
])
def test_a_private_event_or_trouble_is_still_oversharing(text: str) -> None:
    assert not claim_context.family_as_context(_one(text))


def test_a_goal_with_a_number_that_measures_it_is_a_measured_target() -> None:
    assert claim_context.target_measured(
        _one("My priority would be to cut the backlog to 300 jobs by September."))
    assert claim_context.target_measured(
        _one("My aim is to bring our largest buyer down to 40% of sales within three years."))


@pytest.mark.parametrize("text", [
    "My aim is to take the service to the next level.",
    "In three years I want the staff to be proud of the plant.",
    "My goal for 2027 is a happier, stronger team.",
    "The depot will become more about repairs than storage.",
])
def test_a_goal_with_only_a_date_or_no_number_is_not_a_measured_target(text: str) -> None:
    assert not claim_context.target_measured(_one(text))


STRATEGY = ("My priority would be to cut our reliance on the one supermarket to under 40% of sales "
            "within three years. The market will become less about volume and more about "
            "traceability. I'd also want the buyers to think like owners.")


def test_a_forecast_beside_a_measured_goal_is_not_a_vague_goal() -> None:
    sentences = parse(STRATEGY).sentences
    assert claim_context.goal_elsewhere(sentences, 1)


def test_the_measured_goal_itself_and_an_answer_without_one_are_read_as_before() -> None:
    sentences = parse(STRATEGY).sentences
    assert not claim_context.goal_elsewhere(sentences, 0)
    vague = parse("My priority would be to take the plant up a level. The market will become "
                  "less about volume and more about traceability.").sentences
    assert not claim_context.goal_elsewhere(vague, 1)


def _verb_of(sent: Sentence, word: str) -> object:
    return next(token for token in sent.tokens if token.text == word)


@pytest.mark.parametrize(("text", "verb"), [
    ("So I changed two concrete things.", "changed"),
    ("I did a few things.", "did"),
    ("Then I changed some things.", "changed"),
])
def test_acts_only_announced_are_no_act_shown(text: str, verb: str) -> None:
    from poise.analysis.praise_gates import act_shown
    sent = _one(text)
    assert not act_shown(sent, _verb_of(sent, verb))


@pytest.mark.parametrize(("text", "verb"), [
    ("So I changed two things in the night rota.", "changed"),
    ("I changed the two shift patterns.", "changed"),
    ("I fixed the thing that kept jamming the press.", "fixed"),
])
def test_an_act_with_its_object_named_is_still_shown(text: str, verb: str) -> None:
    from poise.analysis.praise_gates import act_shown
    sent = _one(text)
    assert act_shown(sent, _verb_of(sent, verb))


@pytest.mark.parametrize("text", [
    "The archive will become less about storage and more about access for schools.",
    "We would move the depots from paper job cards to tablets.",
])
def test_a_move_named_at_both_ends_is_not_vague(text: str) -> None:
    assert claim_context.named_shift(_one(text))


@pytest.mark.parametrize("text", [
    "The team will be less reactive and more proactive.",
    "The archive will become more about people.",
    "I want us to move to the next level.",
])
def test_a_betterment_with_one_end_or_no_thing_named_is_no_shift(text: str) -> None:
    assert not claim_context.named_shift(_one(text))


class _Answer:
    def __init__(self, text: str) -> None:
        self.sentences = parse(text).sentences


class _Data:
    def __init__(self, text: str) -> None:
        from poise.content.loader import load_knowledge_base
        self.answer = _Answer(text)
        self.kb = load_knowledge_base()  # the composure words the overclaiming test reads


@pytest.mark.parametrize(("rule_id", "flaw", "kept", "dropped"), [
    ("meaning.overclaiming", "overclaiming", "I have never lost a customer.",
     "I never had supervisors reporting to me."),
    ("meaning.overclaiming", "overclaiming", "I have never missed a delivery date.",
     "I have never lost my temper with a driver."),
    ("meaning.oversharing", "oversharing", "My wife was ill for a year.", "My father is a retired engineer."),
    ("meaning.vague_goals", "vague_goals", "The archive will become more about people.",
     "The archive will become less about storage and more about access for schools."),
])
def test_the_sensed_rules_drop_only_what_the_parse_shows_is_not_their_flaw(
        rule_id: str, flaw: str, kept: str, dropped: str) -> None:
    from poise.analysis.rules.sensed import _in_context
    from poise.content.loader import load_knowledge_base
    rule = load_knowledge_base().rules[rule_id]
    assert not _in_context(rule, _Data(kept), flaw, 0)  # type: ignore[arg-type]
    assert _in_context(rule, _Data(dropped), flaw, 0)  # type: ignore[arg-type]
