# ruff: noqa: E501
"""Blame read from the parse (analysis/attribution.py) and polite criticism of people named by
their role (analysis/indirect.py): each mechanism alone and through the whole analyser, flagged
and passed (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import analyse, attribution, indirect
from poise.analysis.meaning import WordClasses
from poise.analysis.rules import flaws, grounded
from poise.analysis.rules.base import RuleInput
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base
from poise.content.schema import CodeRule


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _others() -> WordClasses:
    return WordClasses(targets=_words("third_parties") | _words("role_nouns") | _words("circumstances")
                       | {"he", "she", "they"})


def _people() -> WordClasses:
    return WordClasses(targets=_words("third_parties") | _words("role_nouns") | {"he", "she", "they"})


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _rules(question: str, answer: str) -> set[str]:
    return {finding.rule for finding in analyse(question, answer).findings}


FAILURE_Q = "Tell me about a project that did not go to plan."


@pytest.mark.parametrize("text", [
    "Most of the overspend came from the landlord's side.",
    "The delay was driven almost entirely by things outside our control.",
    "The root cause sat with the payroll provider.",
    "A good part of that was down to the subcontractor.",
    "Frankly, that one was on them.",
    "The real cause was a valve that our contractor had fitted the wrong way round.",
    "The main problem was that the night crew skipped the checks.",
])
def test_setback_placed_with_others(text: str) -> None:
    assert attribution.origin_placed(_sentence(text), _others(), _words("setback_nouns"))


@pytest.mark.parametrize("text", [
    "Most of the overspend came from my own estimate.",  # placed with the speaker
    "The delay came from our side: I had not booked the crane.",  # "our side" is the speaker's camp
    "That was on the agenda for the March board.",  # "that" stands for a thing, not a setback placed with a person
    "The problem came up in the second week.",  # no origin named
    "If the delay came from the supplier, we would claim the penalty.",  # a condition
    "The main problem was that I had not asked the users early enough.",  # the speaker's own cause
])
def test_setback_not_placed_with_others(text: str) -> None:
    assert not attribution.origin_placed(_sentence(text), _others(), _words("setback_nouns"))


@pytest.mark.parametrize("text", [
    "Honestly, none of that was about me.",
    "It had nothing to do with choices I made.",
    "I wouldn't call it my failure.",
    "That was more about the timing than me.",
    "It's not really me, it's the way the place is run.",
    # the share said with "of", and what happened put beyond the speaker's reach
    "It was not a mistake of ours; the carrier lost the pallets.",
    "Frankly, none of it was within my remit.",
    "That was never in our hands.",
])
def test_own_share_denied(text: str) -> None:
    assert attribution.share_denied(_sentence(text))


@pytest.mark.parametrize("text", [
    "Leading well is about the team; it has little to do with titles.",  # no denial of a share
    "That was my mistake, and I said so to the board.",  # a share owned
    "The plan was built with me and two analysts.",  # the speaker included, nothing denied
    "Recruitment was not in my remit, so I asked the director for help.",  # a fact of the role
    "The final call is in my hands now.",  # reach claimed, not denied
    "It was a mistake of mine and I told the board.",  # a share owned
    "If it is not in my hands, I say so early.",  # a case put, not a share denied
])
def test_own_share_not_denied(text: str) -> None:
    assert not attribution.share_denied(_sentence(text))


@pytest.mark.parametrize("text", [
    "Honestly, the late delivery was outside our control.",
    "A good part of the overrun was out of my hands.",
    "We had two strikes and a flood, which were beyond our control.",
    "Sadly the final sign-off was taken out of our hands.",
])
def test_what_happened_put_past_the_speakers_reach(text: str) -> None:
    assert attribution.beyond_own_reach(_sentence(text))


@pytest.mark.parametrize("text", [
    "The late delivery wasn't outside our control; I should have booked a second carrier.",  # owned
    "Some things are outside our control, so I plan around them.",  # a rule of thumb
    "If a delay is outside my control, I tell the client the same day.",  # a case put
    "The hiring budget was outside my remit, so I asked the director.",  # who decides, no cause
    "I kept the pricing decision out of their hands.",  # someone else's reach
    "We parked outside the depot and walked in.",  # a place
])
def test_nothing_put_past_the_speakers_reach(text: str) -> None:
    assert not attribution.beyond_own_reach(_sentence(text))


def test_a_setback_put_past_the_speakers_reach_is_blame() -> None:
    answer = ("The warehouse move ran five weeks late. The racking arrived damaged and the landlord "
              "changed the access dates twice, so honestly most of that was outside our control. "
              "We opened in the end and the team did well.")
    assert "tone.blames_others" in _rules("Tell me about a project that ran late.", answer)


def test_a_setback_put_past_the_speakers_reach_is_marked_grounded() -> None:
    kb = load_knowledge_base()
    rule = kb.rules["tone.blames_others"]
    assert isinstance(rule, CodeRule)
    text = ("The racking arrived damaged. The landlord changed the access dates twice. "
            "Most of that was outside our control. The move ran five weeks late.")
    data = RuleInput(answer=parse(text), question="Tell me about a project that ran late.",
                     family=None, behavioural=True, interview_format=None, phase="answer", role=(),
                     job_text="", shape=None, question_sims=None, answer_sim=None, kb=kb,
                     compile=lambda matcher: ())
    assert flaws.blames_others(rule, data)
    assert grounded.marked(data, "tone.blames_others") == frozenset({2})


@pytest.mark.parametrize("text", [
    "The contractor should have checked the wiring before handover.",
    "Their auditors ought to have spotted it in March.",
])
def test_third_party_reproached(text: str) -> None:
    assert attribution.reproached(_sentence(text), _people())


@pytest.mark.parametrize("text", [
    "I should have checked the wiring before handover.",  # the speaker's own share
    "The wiring should have been checked before handover.",  # nobody named
    "The contractor should have the parts by Friday.",  # a plan, not a reproach
])
def test_no_third_party_reproached(text: str) -> None:
    assert not attribution.reproached(_sentence(text), _people())


def test_blame_by_circumstance_and_a_third_party_is_found() -> None:
    answer = ("The opening slipped by a whole season because our main lender withdrew its offer at "
              "the last minute and the council then held the licence for months.")
    assert "tone.blames_others" in _rules("Tell me about a launch that slipped.", answer)


def test_a_setback_with_an_owned_share_is_not_blame() -> None:
    answer = ("The opening slipped by a whole season. Our main lender withdrew its offer at the last "
              "minute, but I should have had a second lender lined up. I now keep two offers open "
              "until the contracts are signed, and the next site opened on the planned day.")
    assert "tone.blames_others" not in _rules("Tell me about a launch that slipped.", answer)


# people named by a role noun, and polite criticism


def _polite_classes() -> WordClasses:
    return WordClasses(targets=_words("third_parties") | _words("role_nouns") | {"he", "she", "they"})


def _roles() -> frozenset[str]:
    return _words("role_nouns") | _words("third_parties") | {"person", "leader"}


def test_person_named_by_a_role_noun_is_judged() -> None:
    answer = ("The creative lead on that account was careless, and I ended up redoing most of the "
              "storyboards myself before the pitch.")
    assert "tone.judges_others" in _rules("How did you find working with the agency?", answer)


def test_role_noun_with_a_neutral_remark_passes() -> None:
    answer = ("The creative lead on that account was new to our sector, so I spent two mornings "
              "with her on the brief and the pitch won the account.")
    assert "tone.judges_others" not in _rules("How did you find working with the agency?", answer)


@pytest.mark.parametrize("text", [
    "The night crew was not where it needed to be on safety.",
    "Their finance team wasn't as quick as it should have been.",
    "The previous supervisor wasn't really a supervisor.",
    "The site lead is not a people person.",
    "Frankly, the crew was not the most careful group I have worked with.",
])
def test_falls_short_of_a_standard(text: str) -> None:
    assert indirect.falls_short(_sentence(text), _polite_classes(), _roles())


@pytest.mark.parametrize("text", [
    "The client was not sure what we should do next.",  # a state, not a standard
    "The night shift was not where it needed to be, so I rebuilt the rota with them.",  # set-up of an action
    "My manager wasn't a supervisor then; she joined the board later.",  # a plain fact of role
    "The client wasn't happy with the first draft.",  # a reaction
])
def test_does_not_fall_short(text: str) -> None:
    assert not indirect.falls_short(_sentence(text), _polite_classes(), _roles())


@pytest.mark.parametrize("text", [
    "My predecessor was a kind man, but his idea of a plan was a list on a napkin.",
    "The plant manager is pleasant enough, but he has never run a night shift.",
])
def test_faint_praise(text: str) -> None:
    assert indirect.faint_praise(_sentence(text), _polite_classes(), _words("warmth_words"))


@pytest.mark.parametrize("text", [
    "My predecessor was a kind man and a fine engineer.",  # praise with no turn
    "The client was friendly but firm on price.",  # no clause of its own after "but"
    "My manager was not friendly, but she was fair.",  # denied, not faint praise
])
def test_not_faint_praise(text: str) -> None:
    assert not indirect.faint_praise(_sentence(text), _polite_classes(), _words("warmth_words"))


@pytest.mark.parametrize("text", [
    "The planners were, to be blunt, guessing.",
    "The old board, to put it kindly, took its time.",
])
def test_candour_aside(text: str) -> None:
    assert indirect.candour_aside(_sentence(text), _polite_classes(), _words("candour_words"))


@pytest.mark.parametrize("text", [
    "To be honest, the board backed the plan within a week.",  # plain honesty, not a warning
    "I tried to be diplomatic in the meeting.",  # the speaker's own manner
])
def test_no_candour_aside(text: str) -> None:
    assert not indirect.candour_aside(_sentence(text), _polite_classes(), _words("candour_words"))


# a complaint about one's own job: carrying several people's work


@pytest.mark.parametrize("answer", [
    "For the last year I have been doing the job of three people, and the promotion never came.",
    "Since the freeze I'm covering two people's work on top of my own.",
])
def test_standing_overload_is_a_job_complaint(answer: str) -> None:
    assert "tone.job_complaint" in _rules("Why are you looking for a new role?", answer)


def test_one_push_is_not_a_job_complaint() -> None:
    answer = ("I did the work of three people over one weekend to hit the launch, and we shipped "
              "on time; I now want a role where I build the team that does it.")
    assert "tone.job_complaint" not in _rules("Why are you looking for a new role?", answer)


@pytest.mark.parametrize("answer", [
    "I run eight sites and took spend per head from 68 to 81 rand. Your job is that same problem at three times the scale, which is why I applied.",
    "My team lead told me her role was a mess when she started; we rebuilt the rota together and overtime fell by a third.",
])
def test_judging_someone_elses_job_is_not_a_complaint_about_ones_own(answer: str) -> None:
    assert "tone.job_complaint" not in _rules("Why this job rather than another one like it?", answer)


def test_judging_ones_own_job_is_still_a_complaint() -> None:
    answer = ("My job is a mess these days and nobody listens any more. "
              "I want somewhere that takes operations seriously.")
    assert "tone.job_complaint" in _rules("Why are you looking for a new role?", answer)


@pytest.mark.parametrize("text", [
    "The owners had no real interest in the depots beyond the next quarter.",
    "Frankly, the old board never had the discipline to stop a project.",
])
def test_capacity_denied_to_a_third_party(text: str) -> None:
    assert indirect.denied_capacity(_sentence(text), _polite_classes(), _words("capacity_nouns"))


@pytest.mark.parametrize("text", [
    "The client had no real grasp of cloud costs, so I ran a workshop and we cut the bill by a fifth.",  # set-up of an action
    "The customers had no interest in the old loyalty card.",  # a plain fact, not pointed
    "I had no real experience of unions then.",  # the speaker
])
def test_capacity_not_denied(text: str) -> None:
    assert not indirect.denied_capacity(_sentence(text), _polite_classes(), _words("capacity_nouns"))


@pytest.mark.parametrize("answer", [
    "Whenever the board is nervous, they cut the training budget first, so I now bring the numbers early.",  # a case put in general
    "I handled the talks with the two biggest customers who wanted to delay, and both signed by June.",  # a wish reported
    "What I learned is that I call lost customers before I touch the process.",  # a participle, not a verdict
    "If they still refuse after that, I escalate, because you cannot allow two people to wreck a team.",  # a principle
])
def test_general_cases_are_not_verdicts_on_someone(answer: str) -> None:
    assert "tone.judges_others" not in _rules("Tell me about a conflict you resolved.", answer)


def test_a_result_caused_by_what_was_done_to_people_is_no_blame() -> None:
    from poise.analysis import AnalysisContext, analyse

    answer = (
        "I moved our follow-up fittings to a remote protocol and trained every branch on it. "
        "Follow-up visits per patient fell from 3.4 to 1.6, and the return rate dropped from 14% "
        "to 8%, because patients were adjusted before they gave up on the device."
    )
    report = analyse("Tell us about a change you pushed through that people doubted.", answer,
                     context=AnalysisContext(family="innovation"))
    assert "tone.blames_others" not in report.rules_fired()


def test_a_setback_caused_by_a_third_party_is_still_blame() -> None:
    from poise.analysis import AnalysisContext, analyse

    answer = (
        "We missed the launch by six weeks because the supplier shipped the wrong parts. "
        "It was a frustrating quarter for everyone."
    )
    report = analyse("Tell me about a project that went wrong.", answer,
                     context=AnalysisContext(family="failures"))
    assert "tone.blames_others" in report.rules_fired()


# a failure undone in a counterfactual whose condition is someone else's doing


@pytest.mark.parametrize("text", [
    "I think if the data we'd been given had been right, and the hospital had been doing its job, it would've worked fine.",
    "If the supplier had delivered on time, the launch would have gone well.",
    "If the planners had listened, the new rota would have worked.",
])
def test_a_plan_that_would_have_worked_but_for_others(text: str) -> None:
    classes = WordClasses(targets=frozenset(), negative=frozenset(), positive=frozenset())
    assert attribution.fine_but_for_others(_sentence(text), classes)


@pytest.mark.parametrize("text", [
    "If I had listened earlier, it would have worked.",  # the speaker's own condition: an admission
    "If we had waited, it would have gone well.",  # the speaker's side
    "If the supplier had delivered late, we would have lost the contract.",  # a risk avoided
    "If the board had approved it, it would have cost twice as much.",  # no good outcome
    "If the client had not signed, it would have been fine for us.",  # a denied condition
    "The supplier delivered on time and the launch went well.",  # no counterfactual
])
def test_no_counterfactual_blame(text: str) -> None:
    classes = WordClasses(targets=frozenset(), negative=frozenset(), positive=frozenset())
    assert not attribution.fine_but_for_others(_sentence(text), classes)


def test_a_counterfactual_that_clears_the_speaker_is_blame_in_a_failure_story() -> None:
    answer = ("The rota change was the one I got wrong. We went live in November and response "
              "times dipped for a while. If the modelling we'd been given had been right, and the "
              "hospital had been doing its job on handovers, it would've worked fine.")
    assert "tone.blames_others" in _rules("What's a decision you got wrong?", answer)


def test_a_counterfactual_about_the_speakers_own_condition_is_no_blame() -> None:
    answer = ("The rota change was the one I got wrong. We went live in November and response "
              "times dipped for a while. If I had tested the modelling against a winter month, it "
              "would have worked; I now test every rota against our worst month first.")
    assert "tone.blames_others" not in _rules("What's a decision you got wrong?", answer)


# an excess ("too ...") said of someone is a verdict; a size against a load or a timing is not


@pytest.mark.parametrize("answer", [
    "The manager before me was way too soft, and there was zero accountability on that team.",
    "Our old supplier was far too slow, and the launch slipped by a month.",
])
def test_an_excess_said_of_someone_is_a_verdict(answer: str) -> None:
    assert "tone.judges_others" in _rules("Tell me about a team you inherited.", answer)


@pytest.mark.parametrize("answer", [
    "The team was too small for the volume, so I hired two planners and cut the backlog by half.",
    "My boss was too busy to meet every week, so I sent her a one-page note each Friday instead.",
])
def test_an_excess_of_size_or_a_reason_is_no_verdict(answer: str) -> None:
    assert "tone.judges_others" not in _rules("Tell me about a team you inherited.", answer)


SETBACKS = _words("setback_nouns")


@pytest.mark.parametrize("text", [
    "But honestly, the real cause was the courier.",
    "The actual problem was that the landlord changed the access dates twice.",
    "To be fair, the true issue was the software house in Leeds.",
])
def test_the_real_cause_named_as_something_else(text: str) -> None:
    assert attribution.contrasted_cause(_sentence(text), SETBACKS)


@pytest.mark.parametrize("text", [
    "The real problem was my own plan.",  # the speaker's own
    "The real problem was that I had not checked the drawings.",  # the speaker's own
    "The real problem wasn't the courier.",  # denied
    "The real problem is the funding model.",  # a view in the present
    "I sat with the drivers and found the real cause was the shift pattern.",  # the speaker's diagnosis
    "If the real cause was the courier, we would have seen it in March.",  # a case
    "The cause was the courier.",  # no contrast
])
def test_no_real_cause_named_against_the_speaker(text: str) -> None:
    assert not attribution.contrasted_cause(_sentence(text), SETBACKS)


@pytest.mark.parametrize("text", [
    "In the end the problem did not start in my department.",
    "The fault didn't come from our side.",
    "The error never lay with us.",
])
def test_a_setback_said_not_to_have_begun_with_the_speaker(text: str) -> None:
    assert attribution.origin_denied(_sentence(text), SETBACKS)


@pytest.mark.parametrize("text", [
    "The problem started in my department.",  # owned, not denied
    "My mistake did not come from the data.",  # the speaker's own setback
    "It did not start in my team.",  # no setback named
    "The delay did not start with a single decision.",  # no speaker's part
    "If the problem did not start in my department, I would say so.",  # a case
])
def test_no_setback_said_not_to_have_begun_with_the_speaker(text: str) -> None:
    assert not attribution.origin_denied(_sentence(text), SETBACKS)


def test_the_real_cause_named_as_the_courier_is_blame_whatever_follows() -> None:
    answer = ("The spring catalogue reached the shops two weeks late. But to be honest, the real "
              "cause was the courier. After that I moved the print run forward, I split the "
              "deliveries between two firms and I added a weekly check with the depot.")
    assert "tone.blames_others" in _rules("Tell me about a project that ran late.", answer)


def test_a_cause_the_speaker_found_and_fixed_is_no_blame() -> None:
    answer = ("Picking errors doubled over the winter. I sat with the night crew for a week and "
              "found the real cause was the lighting in aisle four. I had it replaced, I changed "
              "the labels, and errors fell back to the old level within a month.")
    assert "tone.blames_others" not in _rules("Tell me about a problem you solved.", answer)
