"""Conduct told as a win and pushback, each read from the parse (examples written for these
tests): a boss named once with the role and then not told of the speaker's contact
(analysis/behind_superior.py); care taken that an act left nothing in writing
(analysis/record_avoided.py); a disclosure weighed against a loss, then the fault mentioned
only in passing (analysis/deception.py); the interviewer dared to say the remark again in the
hard case (analysis/mock_reply.py); a quoted word judged unfair (analysis/aimed_reply.py); the
concern promised away "for long" (analysis/gap_waved.py). Each has near-misses that must stay
silent."""

from __future__ import annotations

import pytest

from poise.analysis import (
    AnalysisContext,
    aimed_reply,
    analyse,
    behind_superior,
    deception,
    gap_waved,
    mock_reply,
    record_avoided,
)
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _lexicon(name: str) -> frozenset[str]:
    return frozenset(entry.phrase.lower() for entry in load_knowledge_base().lexicons[name].entries)


def _not_told(text: str) -> list[bool]:
    sentences = parse(text).sentences
    superiors, contacts = _lexicon("superiors"), _lexicon("contact_occasions")
    names = behind_superior.superior_names(sentences, superiors)
    return [behind_superior.not_told_of_contact(sentences, position, superiors, contacts, names)
            for position in range(len(sentences))]


@pytest.mark.parametrize("text", [
    "My line manager, Ms. Okafor, vetoed the change. I never told Okafor that I had phoned the vendor.",
    "Petra Lind, our chief executive, wanted the deal signed. I did not tell Petra I visited the site.",
    "The plan was blocked. I didn't tell my supervisor about the call with the regulator.",
])
def test_superior_not_told_of_contact(text: str) -> None:
    assert any(_not_told(text))


@pytest.mark.parametrize("text", [
    # the same name, but not set beside a role above the speaker
    "My colleague, Ms. Okafor, vetoed the change. I never told Okafor that I had phoned the vendor.",
    # kept from the boss, but no contact of the speaker's: a job search is their own affair
    "My director, Mr. Lind, was away. I did not tell Lind I was applying elsewhere.",
    # a silence bounded in time
    "My director, Mr. Lind, was away. I did not tell Lind I had called them until the Monday.",
    # owned afterwards as a fault
    "I didn't tell my boss I had phoned the client. That was my mistake, I should have told him.",
])
def test_superior_not_told_near_misses(text: str) -> None:
    assert not any(_not_told(text))


@pytest.mark.parametrize("text", [
    "I was careful not to put anything in writing.",
    "We made sure nothing was put in writing.",
    "I avoided putting any of it in an email.",
    "I took care never to write it down.",
])
def test_kept_unwritten(text: str) -> None:
    assert record_avoided.kept_unwritten(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "I was careful not to put anything in writing that could identify the nurse who raised it.",
    "I was careful not to put anything in writing until legal had reviewed the draft.",
    "She was careful not to put anything in writing.",
    "I made sure everything was put in writing.",
    "I was careful not to put pressure on the team.",
    "I avoided making promises in the meeting.",
])
def test_kept_unwritten_near_misses(text: str) -> None:
    assert not record_avoided.kept_unwritten(parse(text).sentences[0])


def _weighed(text: str) -> bool:
    sentences = parse(text).sentences
    return any(deception.fault_kept_after_weighing(sentences, position) for position in range(len(sentences)))


def test_fault_mentioned_only_in_passing_after_weighing() -> None:
    assert _weighed("If we declared the shortfall, the grant was at risk. So I reported the targets "
                    "as agreed, and I mentioned the missed visits only as a footnote.")


@pytest.mark.parametrize("text", [
    # told after all
    "If we declared the shortfall, the grant was at risk. So I reported it to them the same week.",
    # "just" says how plainly it was told, not that it was played down
    "If we declared the shortfall, the grant was at risk. So I just told them straight away.",
    # no weighing: a note in passing about something else
    "The grant was at risk for a while. I mentioned the weather only as a footnote.",
])
def test_weighing_near_misses(text: str) -> None:
    assert not _weighed(text)


@pytest.mark.parametrize("text", [
    "I'd love to see you tell that to my crew at 3 a.m. in a storm.",
    "I'd like to see you do a night shift on the river in January and then tell me about easy.",
    "I would love to see you say that to the drivers on a winter night.",
])
def test_dare(text: str) -> None:
    assert mock_reply.dare(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "I'd love to see you visit the plant and tell me what you think.",
    "I'd like to see you come to the site sometime.",
    "They'd love to see you tell them about the plan.",
])
def test_dare_near_misses(text: str) -> None:
    assert not mock_reply.dare(parse(text).sentences[0])


@pytest.mark.parametrize(("text", "judged"), [
    ("I am not sure 'careless' is a fair characterisation of a team you have never met.", True),
    ("'Failure' is not the right word for it.", True),
    ("I'm not sure 'ten years' is accurate, it was eight.", False),  # a figure corrected
    ("I think 'stubborn' is a fair description, to be honest.", False),  # the word granted
    ("I am not sure that is a fair characterisation.", False),  # no word of the question quoted
])
def test_quoted_word_judged(text: str, judged: bool) -> None:
    assert bool(aimed_reply.quoted_word_judged(parse(text).sentences[0])) is judged


@pytest.mark.parametrize(("text", "gone"), [
    ("I am confident that, with some support, this would not be a concern for very long.", True),
    ("It won't be an issue for long.", True),
    ("This has not been a concern for long.", False),  # looks back
    ("It would not be a problem for the team.", False),
])
def test_soon_gone(text: str, gone: bool) -> None:
    assert bool(gap_waved.soon_gone(parse(text).sentences[0], _lexicon("concern_words"))) is gone


def test_undermining_reads_a_named_boss_kept_out() -> None:
    answer = ("My director, Mr. Lind, wanted the cheaper design and the decision was made. I knew the "
              "client's engineer well, so I called him privately and suggested he ask for a review. "
              "I did not tell Lind I called. The client asked, Lind agreed, and we changed the design.")
    report = analyse("Tell me about a time you disagreed with your manager.", answer)
    assert "tone.undermining" in report.rules_fired()


def test_dare_heard_in_a_stress_reply_only() -> None:
    question = "Your depot sounds sleepy. What would you know about pressure?"
    answer = ("I'd love to see you tell that to my drivers at 3 a.m. in a snowstorm. In 2022 we lost "
              "two lorries on the same night and I rerouted forty deliveries by dawn.")
    stressed = analyse(question, answer, context=AnalysisContext(interview_format="stress"))
    assert "tone.defensive" in stressed.rules_fired() or "tone.curt_in_stress" in stressed.rules_fired()
