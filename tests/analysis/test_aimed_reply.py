"""Remarks aimed back at the interviewer read from the parse (analysis/aimed_reply.py): curiosity
feigned, an implied view refused, "why do you say that?", the question's word refused, the test
called easy, the concern denied; and the near-misses a composed reply says (examples written for
these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, aimed_reply, analyse
from poise.analysis.text import Sentence, parse
from poise.content.loader import load_knowledge_base


def _words(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


def _readings(text: str) -> set[str]:
    sent = _sentence(text)
    found = {
        "curiosity": aimed_reply.feigned_curiosity(sent),
        "implied": aimed_reply.implied_view_refused(sent),
        "why": aimed_reply.view_questioned(sent),
        "label": aimed_reply.label_refused(sent),
        "easy": aimed_reply.difficulty_denied(sent, _words("difficulty_words")),
        "denied": aimed_reply.concern_denied(sent, _words("concern_words")),
    }
    return {name for name, hit in found.items() if hit}


@pytest.mark.parametrize(("text", "reading"), [
    ("Well, I'd love to know how that happens, since the whole region was shut down.", "curiosity"),
    ("If it was that easy, I wonder why nobody before me managed it.", "curiosity"),
    ("Three plants aren't quite the small shop you're suggesting.", "implied"),
    ("It wasn't the failure you're describing.", "implied"),
    ("Why do you say that?", "why"),
    ("Why would you assume that?", "why"),
    ("I'm not sure 'failure' is the word I would use.", "label"),
    ("That isn't the term I'd choose.", "label"),
    ("That's not a difficult question, honestly.", "easy"),
    ("This isn't a tough call for anyone who has run a warehouse.", "easy"),
    ("Honestly, I think there is no real gap here.", "denied"),
    ("There's no problem with my notice period.", "denied"),
])
def test_a_remark_aimed_back_is_read_from_the_parse(text: str, reading: str) -> None:
    assert reading in _readings(text)


@pytest.mark.parametrize("text", [
    "I'd love to know how your team plans its year.",  # a wish to learn, no grounds given
    "I'm curious how you measure retention here, since it matters to me.",  # the speaker's own interest
    "I wonder why the rollout stalled, so I asked the three site leads.",  # wondering in a story
    "It was eighteen months, not two years: I joined in March 2021.",  # a firm correction of a fact
    "That isn't the number you have in your notes: it was twelve percent.",  # a correction, no view credited
    "Why do you think I moved? Because the plant was closing.",  # sets up the speaker's answer
    "Failure is the word I'd use, and it was mine.",  # the word granted
    "That's not a word I'd use lightly, but yes, it was a failure.",  # the speaker's care with words
    "It's not an easy call, and I'd want the data first.",  # the difficulty granted
    "It wasn't a hard decision at the time, which was my mistake.",  # a past decision, owned
    "There was no gap in cover while I was away.",  # a past event told
    "There's no longer a gap: I finished the certificate in May.",  # a difficulty named and handled
    "Fair question, and the record answers it: I stayed six years at each of my last two firms.",
    "I laugh at myself now, but I was the last person to learn the new rota system.",  # humour at oneself
])
def test_near_misses_are_not_aimed_back(text: str) -> None:
    assert not _readings(text)


DEFENSIVE_RULES = frozenset({"tone.defensive", "tone.curt", "concern.defensive",
                             "concern.dismissive", "meaning.defensive", "tone.curt_in_stress",
                             "tone.heard_pushback"})
RECORD = (" At the Hull depot I cut missed deliveries from 9% to 2% in a year: I rebuilt the routes "
          "with the drivers myself and met the three biggest customers every month.")


def _defensive(question: str, answer: str, **context: str) -> set[str]:
    report = analyse(question, answer, context=AnalysisContext(**context))  # type: ignore[arg-type]
    return report.rules_fired() & DEFENSIVE_RULES


def test_feigned_curiosity_in_a_stress_reply_is_defensive() -> None:
    answer = "Well, if anyone could have done it, I'm curious why the other two firms didn't." + RECORD
    assert _defensive("Anyone could have grown those numbers. What did you actually do?", answer,
                      interview_format="stress")


def test_a_difficulty_named_and_handled_in_a_stress_reply_is_not() -> None:
    answer = ("It was a hard year, and the late deliveries were mine to fix." + RECORD
              + " The next winter we held that rate without extra staff.")
    assert not _defensive("Your depot missed its targets. Why should we trust you?", answer,
                          interview_format="stress")


def test_a_judged_question_is_defensive_whatever_was_asked() -> None:
    answer = ("Honestly, this is a bit of a stock question. Every manager has done it." + RECORD)
    assert _defensive("Tell me about a time you had to give a customer bad news.", answer)


def test_a_fair_question_granted_before_a_record_is_not() -> None:
    answer = ("That's a fair question, and my record is the best answer I have." + RECORD)
    assert not _defensive("Tell me about a time you had to give a customer bad news.", answer)


def test_a_polite_correction_in_a_stress_reply_is_not() -> None:
    answer = ("One correction, if I may: it was eighteen months, not two years, and the delay was "
              "on my plan." + RECORD)
    assert not _defensive("Your last project ran two years late. Why would we hire you?", answer,
                          interview_format="stress")


@pytest.mark.parametrize(("text", "expected"), [
    ("These made-up puzzles, honestly: no one plans a shutdown that way.", True),
    ("Nobody runs a warehouse like that.", True),
    ("Nobody on my team works like that any more, since we changed the rota in 2022.", False),
    ("Nobody ran the plant like that before I came.", False),  # a story
    ("Nobody likes that, and I told the crew so.", False),  # no manner pointed back
])
def test_a_scenario_said_to_happen_to_no_one_is_read_from_the_parse(text: str, expected: bool) -> None:
    assert bool(aimed_reply.premise_denied(_sentence(text))) is expected


def test_a_scenario_called_unreal_in_a_stress_reply_is_defensive() -> None:
    answer = "Honestly, nobody runs a depot like that." + RECORD
    assert _defensive("It's Friday, three drivers are off and the client is on the phone. Go.", answer,
                      interview_format="stress")
