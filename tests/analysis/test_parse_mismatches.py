# ruff: noqa: E501
"""Flaws read from the parse of one sentence or of the question against the answer: goals with
no measure (analysis/goals.py), conduct around a person or a control (analysis/conduct.py),
claims with no exception (analysis/claims.py), qualifier density (analysis/hedging.py) and
answers to another question (analysis/asked.py). Each mechanism alone, with adversarial
sentences it must not take, and through the whole analyser (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, asked, claims, conduct, goals, hedging
from poise.analysis.text import Sentence, parse


def _sentence(text: str) -> Sentence:
    return parse(text).sentences[0]


# --- goals with nothing to measure them by -------------------------------------------------

@pytest.mark.parametrize("text", [
    "My aim would be to lift the whole depot and make it a stronger place to work.",
    "Our goal was raising standards across every ward, really pushing quality up.",
    "I'd want to strengthen our ties with local schools and modernise the reading rooms.",
    "We set goals around improving the way we plan and building a more open culture.",
    "The ambition should be to become one of the leading carriers on the coast.",
    "I'd expect the night team to be more confident and the customers to feel better served.",
    "You'd see better handovers and a stronger grip on the backlog.",
    "The main goal I set was to take the warehouse up a level.",
])
def test_vague_goal(text: str) -> None:
    assert goals.vague_goal(_sentence(text))


@pytest.mark.parametrize("text", [
    "My aim would be to cut the repair backlog from 900 jobs to 300.",  # a measure
    "I'd want to open the Leeds depot before we take on the new contract.",  # something named
    "I'd like to think the team trusts me.",  # an opinion, not a goal
    "I'd want to know first whether fewer people come in or the same people buy less.",  # a question to settle
    "The inherited plan was to grow volume in every segment.",  # someone else's goal described
    "I wanted to energise the line in stages so we could start earning early.",  # a past wish in a story
    "I'd want to move the service from crisis visits towards prevention.",  # a named shift
    "I want you to take one thing from this story.",  # a request to the listener
    "I don't expect it to take long.",  # denied
    "We set goals around two numbers: first-time fixes at 85% and no job older than 28 days.",
])
def test_not_a_vague_goal(text: str) -> None:
    assert not goals.vague_goal(_sentence(text))


def test_vague_goal_found_by_the_analyser_and_not_in_a_measured_plan() -> None:
    question = "What would you want to have achieved after a year in this post?"
    vague = analyse(question, "After a year I would want the depot to be a far better place, with the team more "
                    "confident and the drivers feeling listened to. My aim would be to really lift standards.")
    assert "goal_setting.vague_aim" in vague.rules_fired()
    measured = analyse(question, "After a year I would want late deliveries down from 11% to 5%, and my aim would be "
                       "to open the second depot by September with 20 drivers recruited locally.")
    assert "goal_setting.vague_aim" not in measured.rules_fired()


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("My vision for the store is simple.", "Brighter, friendlier, a far better range on the shelves.", True),
    ("I want the depot to be a place people are proud of.", "Fewer delays, better handovers, a happier crew.", True),
    # measured or named: a plan, not a wish
    ("My aim for the first year is simple.", "Fewer delays at the Leeds depot, from 12% down to 5%.", False),
    # a result told after the story, not an aim announced
    ("We rebuilt the rota in March.", "Fewer delays, better handovers, a happier crew.", False),
    # a sentence with a verb is read by vague_goal, not as a list
    ("My aim is simple.", "We will be quicker and better than anyone.", False),
])
def test_a_verbless_list_of_comparatives_after_a_stated_aim(first: str, second: str, expected: bool) -> None:
    sentences = parse(f"{first} {second}").sentences
    assert goals.listed_aims(sentences[0], sentences[1]) is expected


def test_taking_is_lifting_only_with_a_particle() -> None:
    assert goals.vague_goal(_sentence("I'd want to take the whole depot up a level."))
    assert not goals.vague_goal(_sentence("In my first year I want to take a diploma in transport planning."))


def test_a_vague_development_plan_is_a_vague_goal() -> None:
    question = "What are your development plans for the next two years?"
    vague = analyse(question, "I did a lot of short courses last year. For the next two years my plan is to keep "
                    "growing, to learn more about leadership and to become more strategic in general.")
    assert "goal_setting.vague_aim" in vague.rules_fired()
    measured = analyse(question, "I did a lot of short courses last year. By next June I plan to finish the ILM "
                       "Level 5 certificate and to run one budget round with our finance director.")
    assert "goal_setting.vague_aim" not in measured.rules_fired()


def test_vague_goal_not_applied_to_a_career_wish() -> None:
    report = analyse("Tell me about yourself.", "I have run depots for twelve years, most recently a site of 300 "
                     "people near Bristol. I want to grow into a larger role and lead a stronger, bigger team.")
    assert "goal_setting.vague_aim" not in report.rules_fired()


# --- conduct that goes around a person, a record or a control -----------------------------

@pytest.mark.parametrize(("text", "test"), [
    ("I briefed the finance director privately without telling my manager, and he raised it at the board.", conduct.kept_uninformed),
    ("I put the plan to the directors, and I never said where it came from.", conduct.kept_uninformed),
    ("I coached the deputy to present the proposal as her own idea.", conduct.passed_off),
    ("We broke the purchase into four orders, each one just below the threshold.", conduct.split_under_limit),
    ("I had the team delay the credit notes until July so they would fall into the next quarter.", conduct.made_to_appear),
    ("We recorded the returns under a new code so that they counted as fresh sales.", conduct.made_to_appear),
    ("I marked the fault as a minor one so it didn't trigger the review.", conduct.made_to_appear),
])
def test_goes_around(text: str, test: object) -> None:
    sent = _sentence(text)
    assert test(sent)  # type: ignore[operator]
    assert conduct.goes_around(sent)


@pytest.mark.parametrize("text", [
    "We kept emissions under the limit at each site.",  # compliance, not a split
    "I rebuilt the rota so it didn't trigger overtime.",  # a cost avoided, not a check
    "I rebuilt the schedule so that the night shift showed up on the dashboard.",
    "I told her it was her own decision.",  # no passing off
    "I presented the plan to the board as my recommendation.",  # own work, openly
    "I didn't tell the team until the contract was signed.",  # confidentiality, not a hidden source
])
def test_does_not_go_around(text: str) -> None:
    assert not conduct.goes_around(_sentence(text))


def test_undermining_found_by_the_analyser() -> None:
    report = analyse("Tell me about a time you got a purchase through quickly.",
                     "The new scanners were urgent and the approval panel met only monthly. So I broke the "
                     "purchase into four orders, each one just below the threshold, and the scanners arrived "
                     "within a fortnight.")
    assert "tone.undermining" in report.rules_fired()


# --- claims with no exception -------------------------------------------------------------

@pytest.mark.parametrize(("text", "test"), [
    ("I have never met a budget I couldn't balance.", claims.no_exception),
    ("There is nothing in retail I haven't handled.", claims.no_exception),
    ("I don't think there's anything in a warehouse I haven't seen.", claims.no_exception),
    ("The recovery was my doing.", claims.whole_credit),
    ("That turnaround was entirely my work.", claims.whole_credit),
    ("The national scheme is largely built on the model I designed.", claims.whole_credit),
])
def test_claims_without_exception(text: str, test: object) -> None:
    assert test(_sentence(text))  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "I had a team I couldn't rely on.",  # no denial over a class
    "It was the first project I didn't lead.",  # a definite one
    "I never had a manager I couldn't learn from.",  # praise of others
    "The plan was my idea, but the team made it work.",  # a share, not the whole
    "The rota was based on my proposal.",  # no word totals it
])
def test_claims_with_a_limit(text: str) -> None:
    sent = _sentence(text)
    assert not claims.no_exception(sent) and not claims.whole_credit(sent)


def test_overclaim_from_an_ability_over_every_case() -> None:
    report = analyse("What do you think this job comes down to?",
                     "It comes down to running terminals well. I'm confident I could step in tomorrow and run "
                     "any terminal in the country.")
    assert "tone.overclaim" in report.rules_fired()
    routine = analyse("How do you run your week?", "I run every Monday review myself, and I visit every site "
                      "before we bid on a contract, because the numbers only tell half of it.")
    assert "tone.overclaim" not in routine.rules_fired()


# --- hedging density ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "least"), [
    ("I suppose it probably helped a little, I think.", 3),
    ("Maybe it could work, though I'm not sure.", 3),
    ("It might be worth looking at, to some extent.", 2),
])
def test_hedged_sentences(text: str, least: int) -> None:
    assert hedging.markers(_sentence(text)) >= least


@pytest.mark.parametrize("text", [
    "I think three things matter, and I will say which one I am most sure of.",
    "Retention rose from 81% to 90% over the year.",
    "I could not have done it without the two site leads.",  # a denied modal is no hedge
    "What kind of leader do you need here?",  # a kind of, not "kind of"
])
def test_careful_sentences_are_not_hedged(text: str) -> None:
    assert hedging.markers(_sentence(text)) < 2


def test_one_qualifier_in_a_clear_answer_is_not_hedging() -> None:
    report = analyse("Where is container shipping heading?",
                     "I think three things, and I will say which one I am most sure of. Consolidation will "
                     "continue: four carriers now hold 60% of the routes. Emissions rules will raise costs by "
                     "2027. And ports will compete on rail links.")
    assert "meaning.hedging" not in report.rules_fired()


# --- answers to another question -------------------------------------------------------------

@pytest.mark.parametrize(("question", "plan"), [
    ("What would you change first if you joined us?", True),
    ("Where do you want to be in three years?", True),
    ("What would you say is your biggest weakness?", False),  # a view asked, not a plan
    ("What's the piece of work you'd most want us to know about?", False),  # a story chosen
    ("Why do you want to run this hospital?", False),  # a motive
    ("Tell me about an initiative that didn't land the way you'd planned.", False),
    ("What would your priorities be in the first six months?", True),
    ("What are your goals for your first year here?", True),
    ("What were your goals last year?", False),  # a past record asked
    ("What are your goals for your team?", False),  # a practice, not a time ahead
])
def test_asks_plan(question: str, plan: bool) -> None:
    assert asked.asks_plan(question) is plan


@pytest.mark.parametrize(("question", "listener"), [
    ("What do you know about our council?", True),
    ("What do you understand this role to be?", True),
    ("What do you know about logistics?", False),
])
def test_asks_about_listener(question: str, listener: bool) -> None:
    assert asked.asks_about_listener(question) is listener


@pytest.mark.parametrize(("question", "setback"), [
    ("Tell me about a time you failed as a manager.", True),
    ("Tell me about an idea you decided not to pursue.", True),
    ("Tell me about a time you hit a difficult target.", False),  # a success asked
    ("Tell me about a time you led people who didn't report to you.", False),
])
def test_asks_setback(question: str, setback: bool) -> None:
    assert asked.asks_setback(question) is setback


PLAN_Q = "What would you change first if you joined us as head of logistics?"
RECORD = ("At my current firm I took over the depot network in 2021. I mapped every route with the planners "
          "and moved the night loading to two hubs. I also renegotiated the fuel contract with our main haulier. "
          "Late deliveries fell from 11% to 4% within a year.")


def test_past_record_given_for_a_plan_is_flagged() -> None:
    report = analyse(PLAN_Q, RECORD)
    assert "relevance.answers_another" in report.rules_fired()


def test_plan_backed_by_the_record_is_not_flagged() -> None:
    report = analyse(PLAN_Q, RECORD + " Here I would ride the routes for a month and then decide whether the "
                     "same change fits your network.")
    assert "relevance.answers_another" not in report.rules_fired()


def test_success_told_for_a_failure_is_flagged_and_a_real_failure_is_not() -> None:
    question = "Tell me about a time you failed as a manager."
    success = analyse(question, "In 2022 I planned the winter peak from August, with the leads on each shift. "
                      "I hired 90 seasonal staff early and trained them on a practice line before they reached the "
                      "floor. We shipped every order on time and the client renewed for three years.")
    assert "relevance.answers_another" in success.rules_fired()
    failure = analyse(question, "In 2022 I planned the winter peak too late, after the leads had warned me. I "
                      "hired seasonal staff in November and we missed the client's dates for two weeks. I now start "
                      "planning in August, with the leads on each shift.")
    assert "relevance.answers_another" not in failure.rules_fired()


def test_knowledge_of_the_organisation_is_not_flagged() -> None:
    report = analyse("What do you know about our council, and what do you see this role as?",
                     "From your annual report, you have about 9,000 homes and re-let times near 60 days. The job "
                     "as I read it is to get empty homes back into use faster. At my current authority I cut "
                     "re-let times from 70 days to 30, and I would start here the same way.",
                     context=AnalysisContext())
    assert "relevance.answers_another" not in report.rules_fired()


# --- a weakness worked on, shown by a measured change ------------------------------------------

def test_weakness_with_a_measured_change_has_steps() -> None:
    question = "What kind of colleague do you find hardest to work with?"
    worked = analyse(question, "People who agree in the room and then do something else. A planner of mine did "
                     "that for months in 2021. What I did in the end was start a short note after each meeting with "
                     "what we had agreed. His overdue actions went from twenty to four within a quarter.",
                     context=AnalysisContext(family="weaknesses"))
    assert "weaknesses.no_steps" not in worked.rules_fired()
    accepted = analyse(question, "People who agree in the room and then do something else. It has always annoyed "
                       "me and it probably always will; that is simply how I am, and people get used to it.",
                       context=AnalysisContext(family="weaknesses"))
    assert "weaknesses.no_steps" in accepted.rules_fired()


def test_the_organisation_named_as_the_question_names_it_counts() -> None:
    question = "What do you know about our hospital?"
    assert asked.named_in_question(question) == frozenset({"hospital"})
    knows = parse("The hospital has 500 beds and a long waiting list for hips. I worked in the hospital "
                  "for four years. I ran a ward of 30 nurses. I cut agency spend by a third.")
    assert asked.speaks_of_listener(knows, asked.named_in_question(question)) == 2
    own = parse("At my current hospital I ran a ward of 30 nurses. I cut agency spend by a third. "
                "I also led the move to electronic rostering.")
    assert asked.speaks_of_listener(own, asked.named_in_question(question)) == 0


SUPERIORS = frozenset({"manager", "director", "boss", "board"})
CONTACTS = frozenset({"meeting", "call", "visit"})


@pytest.mark.parametrize("text", [
    "I showed him the figures, and I did not tell my manager about this meeting.",
    "We never told the board about that call.",
    "I didn't mention that visit to my director.",
])
def test_a_superior_not_told_of_a_contact(text: str) -> None:
    assert conduct.superior_not_told(_sentence(text), SUPERIORS, CONTACTS)


@pytest.mark.parametrize("text", [
    "I did not tell my manager about this meeting until the Monday, and she agreed.",  # told later
    "I didn't tell my boss about my interview here.",  # private, not a way around them
    "I did not tell the suppliers about this meeting.",  # nobody above the speaker
    "My manager did not tell me about that call.",  # the speaker was the one kept out
    "I told my director about that visit the same day.",  # told
])
def test_no_superior_kept_out(text: str) -> None:
    assert not conduct.superior_not_told(_sentence(text), SUPERIORS, CONTACTS)
