"""A verdict on someone the word classes do not name, read from the parse (analysis/others_verdict.py),
and a plan question beside a question on the speaker's practice (asked.asks_own_practice): alone
and through the whole analyser (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import (
    AnalysisContext,
    analyse,
    aside,
    asked,
    confidential,
    others_verdict,
    word_valence,
)
from poise.analysis.meaning import WordClasses
from poise.analysis.text import parse
from poise.content.loader import load_knowledge_base


def _words(*names: str) -> frozenset[str]:
    kb = load_knowledge_base()
    return frozenset(entry.phrase.lower() for name in names for entry in kb.lexicons[name].entries)


def _judged(sentence: str) -> str | None:
    classes = WordClasses(targets=_words("third_parties", "role_nouns") | {"he", "she", "they"},
                          negative=_words("verdict_words"))
    sent = parse(sentence).sentences[0]
    sent = aside.without_aside(sent) or sent
    word = others_verdict.judged_other(sent, classes, _words("passing_states"), word_valence.estimate)
    return None if word is None else word.lower


@pytest.mark.parametrize("sentence", [
    # a casual noun for a person, called "his" later in the sentence
    "Honestly the chap was clueless, never once on a rig in his life.",
    # a noun a "who" clause speaks of
    "The buyer, who was careless with every forecast, cost us the season.",
    # a firm named by what it does
    "The subcontractor was useless at paying anyone on time.",
    # a positive trait denied (litotes), joined to a negative one
    "Frankly the crew I took over were sloppy and not very bright about the basics.",
    "To be fair, the owners were not strong on planning.",
    # the trait on the noun of "one of those ..."
    "She was one of those lazy planners who wait for the deadline to move.",
    # a person by what they do
    "The dispatcher was incompetent from the first week.",
    # a "there" after the noun, read by the parse as an empty subject, points at a place
    "I can tell you the buying team there is pretty careless.",
    # two clauses run together: the verb after the comma has its own object, it reports nothing
    "The planners were careless, they only call the depot when a van is already late.",
    # a "who" clause told in the past describes one particular person, not anyone of a kind
    "The site lead was a man who was lazy and a coward.",
    "I took over from a fellow who honestly was a nightmare.",
    # the clause broken by the speaker's aside is read as meant
    "The site lead was a man who was, I must say it plainly, lazy and a coward.",
    # a department or a firm taken as its people by a plural verb
    "To be fair, HR at the plant were hopeless with every case.",
    "Honestly Procurement were careless with the specification.",
    # a "they" another clause shows to be people (a verb of a mind)
    "The inspectors were polite, but they are arrogant, they think the rules are theirs.",
])
def test_a_verdict_on_someone_else_is_heard(sentence: str) -> None:
    assert _judged(sentence) is not None


@pytest.mark.parametrize("sentence", [
    # the speaker judges themself
    "I was careless with the handover and I own that.",
    # a real "there is": what is there is the thing judged, not the people told
    "I told the team there was a careless slip in the file.",
    # a verdict someone else reported, and a kind of person defined by a clause of its own
    "He was careless with the forecast, the auditors said.",
    "A planner who never checks the stock is careless, and he is a risk.",
    # a passing state, not a trait
    "The dispatcher was frustrated and stretched after two strikes.",
    "The chap was not happy about the new rota, so I sat down with him.",
    "The planner was not keen on the change at first.",
    "The dispatcher was uncomfortable raising it in front of the client.",
    # things, not people; a name that need not be a person
    "The rollout was late and the budget was weak.",
    "Black Friday was a disaster for us, with queues and stock missing.",
    # a comparison ranks; the speaker's own weak spot; "his" inside the subject's own words
    "The new standard is stricter on validation than the old one.",
    "Budgets are my weak spot, so she took me through the spend line by line.",
    "His mother was sick, so he was going to the hospital after every night shift.",
    # anyone of a kind, then "he"
    "A director who never changes his mind is not a leader, he is a dictator.",
    # what others said or believed of them
    "The other staff were already saying he was lazy.",
    "Everybody assumed the pharmacists were careless.",
    # anyone at all; a kind of people in general; a temper; an attitude to a proposal
    "Anyone who claims to know where the market is going is probably overconfident.",
    "Auditors are very strict about the wording of a deviation.",
    "He was mad at first, really mad.",
    "The board was not so positive about the plan at first.",
    # a thing with a doer's ending
    "The handover at the border was a big problem for the drivers.",
    # anyone, not someone
    "A supervisor who is careless with safety has no place on a rig.",
    # a condition and a prediction
    "If the buyer had been careless, we would have lost the account.",
    "The buyer would be useless without the data.",
    # a positive trait, not denied
    "The dispatcher was very bright and quick to learn.",
    # a past "who" clause with praise, and an aside before praise
    "We hired a woman who was brilliant with suppliers.",
    "The site lead was, I must say, a very calm man.",
    # a singular name with a singular verb, a common noun with a slip of grammar
    "HR is useless without a clear brief from the line.",
    "The old equipment were useless by the end of the season.",
    "Kilns are useless in a wet winter.",
    # "they" are things; "they" of the other clause report what others say
    "They are dangerous roads, they think the council will fix them.",
    "They were useless machines, and they say the new ones are no better.",
])
def test_no_verdict_where_none_is_passed(sentence: str) -> None:
    assert _judged(sentence) is None


def _rules(question: str, answer: str) -> set[str]:
    return analyse(question, answer, context=AnalysisContext()).rules_fired()


def test_the_whole_analyser_hears_a_verdict_on_a_predecessor_in_casual_words() -> None:
    fired = _rules(
        "Tell me about a time you disagreed with your boss.",
        "At the depot my area manager, honestly the chap was clueless, he had never driven a forklift "
        "in his life, wanted to cut the night shift to save money. I ran the numbers on overtime "
        "and showed him the cut would cost more than it saved, and he dropped it.")
    assert fired & {"tone.judges_others", "meaning.badmouthing", "tone.heard_criticism"}


def test_a_factual_account_of_a_hard_situation_is_not_badmouthing() -> None:
    fired = _rules(
        "Tell me about taking over a team that was in a bad way.",
        "When I took over the depot, the dispatchers were stretched and two of them were new. I "
        "rebuilt the rota with them, paired each new starter with a senior, and late loads fell "
        "from 14% to 3% in a quarter.")
    assert not fired & {"tone.judges_others", "meaning.badmouthing", "tone.heard_criticism"}


@pytest.mark.parametrize("question", [
    "How do you set targets with your store managers? And what would your own targets be here?",
    "What goals would you set yourself in the first year, and how have you tracked goals before?",
])
def test_a_question_on_practice_beside_a_plan_is_met_by_a_record(question: str) -> None:
    assert asked.asks_own_practice(question)
    answer = ("In my last role I set three quarterly targets with each store manager, each with one "
              "number. I met every manager monthly for thirty minutes on those numbers alone, and I "
              "published the results for all stores in one table.")
    assert "relevance.answers_another" not in _rules(question, answer)


@pytest.mark.parametrize("question", [
    "What would your first priorities be here?",
    "How do you plan to grow the team?",
    "Where do you want to be in five years?",
    "How would you handle a supplier who misses deadlines?",
])
def test_a_plan_alone_asks_no_practice(question: str) -> None:
    assert not asked.asks_own_practice(question)


def test_a_record_told_for_a_plan_alone_is_still_off_topic() -> None:
    fired = _rules(
        "What would your own goals be for the first year here?",
        "In my last role I set three quarterly targets with each store manager. I met every manager "
        "monthly on those numbers, and I published the results for all stores in one table. I also "
        "ran a review with each of them every quarter.")
    assert "relevance.answers_another" in fired


@pytest.mark.parametrize("question", [
    "How do you develop yourself as a leader?",
    "How do you keep yourself learning while running a busy site?",
])
def test_a_question_on_the_speaker_alone_is_no_practice_a_team_story_meets(question: str) -> None:
    assert not asked.asks_own_practice(question)


@pytest.mark.parametrize("sentence", [
    # someone on another side passes the speaker a third party's figure
    "I had a contact on their buying side share the rival's pricing with me, so I knew where to land.",
    # a leak of the other side's internal figure
    "Over lunch he let slip what their floor price really was.",
    # the speaker shows one party's figure to another party
    "I showed the current supplier's sales director the other bidder's sealed bid.",
])
def test_another_partys_figure_passed_through_the_speaker_is_heard(sentence: str) -> None:
    assert confidential.figure_passed(parse(sentence).sentences[0])


@pytest.mark.parametrize("sentence", [
    # a party sharing its own figure, the speaker sharing their own side's
    "The client shared their budget with me, so I could scope the work properly.",
    "She sent me her rate card the next morning.",
    "I shared our prices with the distributor.",
    # a supplier's quote shown inside the speaker's own organisation
    "I showed the board the supplier's revised quote and we signed.",
    # a claim about a rival's bid, a condition, and costs let slip that are no figure of another
    "The buyer told me the competitor's bid was lower.",
    "If he had shared their pricing, I would have refused.",
    "The supplier let slip that their costs had gone up.",
])
def test_no_figure_passed_where_it_is_ordinary_business(sentence: str) -> None:
    assert not confidential.figure_passed(parse(sentence).sentences[0])


def test_the_whole_analyser_flags_a_rivals_bid_shown_to_win_a_deal() -> None:
    fired = _rules(
        "Tell me about a contract you negotiated with a supplier.",
        "The renewal was worth two million a year. In the last round I showed the current supplier's "
        "sales director the other bidder's sealed bid, and he matched it within the hour. We saved 9% on the "
        "contract.")
    assert "tone.undermining" in fired


@pytest.mark.parametrize("sentence", [
    "We moved to four-day rotas quickly because the engineers were desperate for it.",
    "The warehouse staff were hungry for the new scanners.",
])
def test_a_longing_for_a_thing_is_no_verdict(sentence: str) -> None:
    assert _judged(sentence) is None


@pytest.mark.parametrize("sentence", [
    # an adjective with no "for" of a thing: a verdict
    "The engineers were desperate and careless with the logs.",
    # under "for", a person keeps the verdict
    "The supervisor was dreadful for the team.",
])
def test_a_trait_not_aimed_at_a_thing_still_judges(sentence: str) -> None:
    assert _judged(sentence) is not None


@pytest.mark.parametrize("sentence", [
    # a milder trait, graded by a word of degree
    "Honestly the surveyors were very slow, every report came back a month late.",
    # "they" called a kind of person, with a graded trait on that noun
    "The night planners, frankly, they are very slow people.",
])
def test_a_graded_trait_or_a_trait_of_a_kind_of_person_judges(sentence: str) -> None:
    assert _judged(sentence) is not None


@pytest.mark.parametrize("sentence", [
    # a graded word that is no fault
    "They are very busy people, so I kept the updates short.",
    "The new hires were very young people from the college.",
    # a graded passing state
    "The drivers were a bit tired after the night run.",
    # "they" with no person named in the predicate: things
    "They were very slow months for the whole shop.",
])
def test_a_graded_word_that_is_no_fault_does_not_judge(sentence: str) -> None:
    assert _judged(sentence) is None


@pytest.mark.parametrize("sentence", [
    # a subject joined to a thing: the verdict may be the thing's
    "I took over the desk, nine reporters, and morale was very low after the cuts.",
    # a price word, graded: what they charge, not what they are
    "The haulier was very cheap, which is why we signed them.",
])
def test_a_graded_word_on_a_thing_or_a_price_does_not_judge(sentence: str) -> None:
    assert _judged(sentence) is None


@pytest.mark.parametrize(("sentence", "kept"), [
    ("The site lead was, I will say it plainly, careless with the keys.",
     "The site lead was careless with the keys."),
    # the verb of saying holds the clause it says: no aside to take out
    ("It went well, though I must say the depot crew was, frankly, slow.", None),
    # an aside at the start leaves the clause whole
    ("I must say, the depot crew was slow.", None),
])
def test_an_aside_inside_a_clause_is_taken_out(sentence: str, kept: str | None) -> None:
    read = aside.without_aside(parse(sentence).sentences[0])
    assert (None if read is None else read.text) == kept


def _judged_with_virtues(sentence: str) -> str | None:
    classes = WordClasses(targets=_words("third_parties", "role_nouns") | {"he", "she", "they"},
                          negative=_words("verdict_words"), positive=_words("conduct_virtues"))
    sent = parse(sentence).sentences[0]
    word = others_verdict.judged_other(sent, classes, _words("passing_states"), word_valence.estimate)
    return None if word is None else word.lower


@pytest.mark.parametrize(("sentence", "word"), [
    # a quality of conduct denied, which the sentiment lexicon rates as neutral
    ("The drivers at the depot are not serious people.", "serious"),
    ("Frankly the dispatcher was not very reliable.", "reliable"),
    # part of a group stands for the group
    ("Many of the new drivers are not serious, they come for a week and leave.", "serious"),
])
def test_a_quality_of_conduct_denied_judges(sentence: str, word: str) -> None:
    assert _judged_with_virtues(sentence) == word


@pytest.mark.parametrize("sentence", [
    # a remit, not a quality: "responsible for" a thing
    "He was not responsible for the budget, so I took it on.",
    # a feeling denied
    "Most of the crew were not happy with the rota.",
    # a thing, not a person
    "The forecasts were not reliable.",
    # the quality granted
    "The drivers at the depot are serious people.",
])
def test_a_remit_a_feeling_or_a_thing_is_no_denied_quality(sentence: str) -> None:
    assert _judged_with_virtues(sentence) is None
