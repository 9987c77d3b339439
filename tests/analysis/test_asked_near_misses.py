"""Near misses of the answers-another-question readings and of the digression finding: a
sentence that names the asked thing in a word of its own family, a story whose sentence tells
what the speaker did beside an aside, "live with" as a compromise accepted, a doubt about the
speaker's own ability in a job, and a question on the speaker's past told in the present perfect
(texts written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, announced, asked, asked_terms
from poise.analysis.text import parse

# --- the asked thing named in another word of its family -------------------------------------


@pytest.mark.parametrize(("question", "text"), [
    ("How do you feel about relocating to Perth?", "On the relocation, we have talked it over."),
    ("How would you approach budgeting for a new site?", "The budget I drew up had three scenarios."),
    ("Tell me about a time you negotiated with a union.", "The negotiation ran over four evenings."),
])
def test_sentence_names_asked_thing_in_its_own_family(question: str, text: str) -> None:
    terms = asked_terms.question_terms(question)
    assert asked_terms.names_asked(parse(text).sentences[0], terms)


@pytest.mark.parametrize(("question", "text"), [
    ("How do you feel about relocating to Perth?", "My daughter plays hockey on Saturdays."),
    # light words of asking and doing ("tell", "time", "make") name nothing asked
    ("Tell me about a time you made a hard call.", "I tell my kids about the time we went camping."),
])
def test_sentence_without_asked_word_is_not_on_it(question: str, text: str) -> None:
    terms = asked_terms.question_terms(question)
    assert not asked_terms.names_asked(parse(text).sentences[0], terms)


RELOCATION_QUESTION = (
    "The post is based in our Tromsø office with a Norwegian and Polish crew. How have you led "
    "mixed teams, and how would you feel about relocating?"
)
RELOCATION_ANSWER = (
    "I have led mixed crews for most of the last decade. In 2020 I took over a dredging project "
    "in Gdańsk with Dutch engineers, Polish operators and a Danish client. The engineers changed "
    "the dig plan at night and the operators found out at the start of their shift. I set up a "
    "ten-minute handover at six each morning in two languages and I wrote the changes on one "
    "board. Rework fell by a third within two months. On relocation: my husband already works "
    "remotely and my daughter can start at the international school in August. What "
    "I took from Gdańsk is that the handover matters more than the language."
)
HOBBY_ANSWER = (
    "I have led mixed crews for most of the last decade. In 2020 I took over a dredging project "
    "in Gdańsk with Dutch engineers, Polish operators and a Danish client. The engineers changed "
    "the dig plan at night and the operators found out at the start of their shift. I set up a "
    "ten-minute handover at six each morning in two languages and I wrote the changes on one "
    "board. My wife and the children love sailing, and we spend most weekends on the water with "
    "our dog. Rework fell by a third within two months. What I took from Gdańsk is that the "
    "handover matters more than the language."
)


def _rules(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext(family=None)).rules_fired()


def test_relocation_sentence_answering_relocation_question_is_no_digression() -> None:
    assert "relevance.digression" not in _rules(RELOCATION_QUESTION, RELOCATION_ANSWER)


def test_family_aside_to_same_question_is_still_a_digression() -> None:
    assert "relevance.digression" in _rules(RELOCATION_QUESTION, HOBBY_ANSWER)


ACTIONS_ANSWER = (
    "I have led mixed crews for most of the last decade. In 2020 I took over a dredging project "
    "in Gdańsk with Dutch engineers, Polish operators and a Danish client. The engineers changed "
    "the dig plan at night and the operators found out at the start of their shift. I set up a "
    "ten-minute handover at six each morning, I wrote the changes on one board, and I moved the "
    "Friday meeting so I could still do the school run with my kids. Rework fell by a third "
    "within two months. What I took from Gdańsk is that the handover matters more than the "
    "language."
)


def test_sentence_of_own_actions_with_family_aside_is_no_digression() -> None:
    assert "relevance.digression" not in _rules(RELOCATION_QUESTION, ACTIONS_ANSWER)


# --- "live with": a compromise, not a life story ---------------------------------------------


@pytest.mark.parametrize("text", [
    "I offered her a version I could live with.",
    "We agreed on a date I can live with.",
])
def test_living_with_a_compromise_is_no_life_story(text: str) -> None:
    assert not asked.life_story(parse(text).sentences[0])


def test_living_somewhere_is_still_a_life_story() -> None:
    assert asked.life_story(parse("I lived in Lagos for nine years.").sentences[0])


# --- a doubt about the speaker's own ability in the job ---------------------------------------


@pytest.mark.parametrize("question", [
    "What makes you think you could cope with the hours in this job?",
    "Why do you believe you can lead this team?",
])
def test_own_ability_in_the_role_does_not_ask_about_the_organisation(question: str) -> None:
    assert not asked.asks_about_listener(question)


@pytest.mark.parametrize("question", [
    "What do you think this role needs in its first year?",
    "What do you know about us?",
])
def test_knowledge_of_the_organisation_is_still_asked(question: str) -> None:
    assert asked.asks_about_listener(question)


# --- the speaker's past asked in the present perfect -----------------------------------------


def test_present_perfect_reads_contracted_d_as_did() -> None:
    assert not asked.asks_plan("What's the hardest week you've had at work, and how'd you get through it?")


def test_contracted_d_without_a_past_still_asks_a_plan() -> None:
    assert asked.asks_plan("A key supplier goes bust on a Monday. What'd you do first?")


# --- a picture of oneself asked, a record offered instead ------------------------------------

ANIMAL_QUESTION = "If you were an animal, which one would you be, and why?"
TURNED_ANSWER = (
    "Hm, maybe an otter, they are busy animals. But what I'd really like you to know is how I run "
    "a warehouse. At Brightwater Foods I took over the Leeds depot in 2021 when picking errors "
    "were at four percent. I rebuilt the pick paths with the shift leads, I moved the fast "
    "sellers to the front aisles and I set a daily error review. Within a year errors were under "
    "one percent and we cut overtime by a fifth."
)
PICTURE_ANSWER = (
    "Probably an otter. What I'd say is that I'm a bit like one: busy, curious, happiest in a "
    "group. My team would tell you I can't walk past a problem without poking at it, and that I "
    "like to work things out together rather than alone. The flip side is that I can start too "
    "many things at once, so I keep a short list of three priorities on my desk and I check it "
    "every Monday with my deputy."
)


def test_record_offered_for_a_picture_is_another_answer() -> None:
    report = analyse(ANIMAL_QUESTION, TURNED_ANSWER, context=AnalysisContext(family=None))
    found = [f for f in report.findings if f.rule == "relevance.answers_another"]
    assert found and "picture of yourself" in found[0].message


def test_picture_given_with_a_habit_is_not_turned_away() -> None:
    report = analyse(ANIMAL_QUESTION, PICTURE_ANSWER, context=AnalysisContext(family=None))
    assert "relevance.answers_another" not in report.rules_fired()


@pytest.mark.parametrize("text", [
    "What I can say is that at the bakery I run two night shifts.",
    "Really, what I'd want you to hear is how I ran the depot.",
])
def test_cleft_offering_own_doing(text: str) -> None:
    assert announced.offered_doing(parse(text).sentences[0])


@pytest.mark.parametrize("text", [
    "What I'd say is that I'm a bit like an owl.",  # a likeness, not a record
    "What I can tell you is that I would start with the data.",  # a plan ahead
    "What they said is that I run a tight ship.",  # someone else's words
])
def test_cleft_without_own_doing(text: str) -> None:
    assert not announced.offered_doing(parse(text).sentences[0])
