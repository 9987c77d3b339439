"""Who did what and which numbers measure a result, read from the dependency parse (adversarial cases)."""

from __future__ import annotations

import pytest

from poise.analysis.text import parse


def _own_past(text: str) -> list[str]:
    return [verb.text for sent in parse(text).sentences for verb in sent.own_past_actions]


def _outcomes(text: str) -> list[str]:
    return [quote for sent in parse(text).sentences for *_, quote in sent.outcome_numbers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I rewrote the rota and phoned every supervisor myself.", ["rewrote", "phoned"]),
        ("I have chaired the steering group since the spring.", ["chaired"]),
        ("When the warehouse flooded, I drove in and moved the stock upstairs.", ["drove", "moved"]),
        ("When I was asked to help, I reset the schedule with both leads.", ["reset"]),
    ],
)
def test_own_action_found_when_i_did_something(text: str, expected: list[str]) -> None:
    assert _own_past(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If I said yes to every request, the team would drown.",  # a condition, no event
        "I think the roadmap was too ambitious.",  # an opinion
        "I never reviewed the contract before it was signed.",  # a denial
        "I was moved to the Leeds office.",  # a passive: done to the speaker
        "I wish I had asked for help sooner.",  # a wish
        "I would start by meeting every team lead.",  # a plan
        "I always check the figures twice.",  # a habit
    ],
)
def test_no_own_action_when_the_clause_reports_no_event(text: str) -> None:
    assert _own_past(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Complaints fell from 40 a week to 12.", ["40", "12"]),
        ("We trimmed overtime by 18% and saved $250k.", ["18%", "$250k"]),
        ("Margin grew 3 percent over the year.", ["3 percent"]),
        ("We won nine new accounts that spring.", ["nine"]),
        ("We hit all three targets: online sales rose from 2 to 3 million.", ["2 to 3 million"]),
    ],
)
def test_outcome_number_when_the_number_measures_a_result(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 I took over a group of 25 analysts.",  # a year and a set-up head-count
        "The rollout took about five weeks.",  # a duration
        "I looked after a budget of 3 million pounds.",  # scale, not a result
        "I have managed 60 people across four depots.",  # scale
        "I spent two years in the Madrid office.",  # a duration
    ],
)
def test_no_outcome_number_for_years_durations_and_scale(text: str) -> None:
    assert _outcomes(text) == []


def test_a_change_is_quoted_whole_not_by_the_figure_it_started_from() -> None:
    from poise.analysis import analyse

    report = analyse("Tell me about a result you are proud of.",
                     "Our stores ran out of fresh products every weekend. In 2023 my team cut store "
                     "out-of-stocks from 7.8% to 3.1%, after I changed how we forecast and replenish.")
    quotes = [item.quote for strength in report.strengths for item in strength.evidence
              if strength.what == "Puts a number on the outcome"]
    # the whole change, quoted with the clause it measures (not the reason hung after it)
    assert quotes == ["In 2023 my team cut store out-of-stocks from 7.8% to 3.1%"]


def _praised_actions(text: str) -> list[str]:
    from poise.analysis.grammar import reported_action

    return [verb.text for sent in parse(text).sentences for verb in sent.own_past_actions
            if reported_action(sent, verb)]


@pytest.mark.parametrize(
    "text",
    [
        "The project was the launch of the clinic where I led patient access.",  # a relative clause
        "The apprenticeship scheme I set up is still running.",  # a relative clause
        "When I ran the claims department, churn was our biggest worry.",  # the time around it
        "I ran a leisure centre in Kirklees for three years.",  # the job, not an action in it
        "I've managed large teams and complex budgets.",  # a career-long claim, nothing measured
        "I wouldn't claim I built the pricing model on my own.",  # said under a denial
        "Our auditors needed far more access than I allowed them in the first month.",  # a comparison
        "Looking back, I underestimated how long the migration would take.",  # a misjudgement owned
        "What I took from it was to test the plan on one site first.",  # a frame for a lesson
    ],
)
def test_no_praised_action_for_scene_setting_or_career_claims(text: str) -> None:
    assert _praised_actions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I rebuilt the rota and called every supervisor.", ["rebuilt", "called"]),
        ("When the audit failed, I rewrote the checklist myself.", ["rewrote"]),
        ("I've cut agency spend by 30% since March.", ["cut"]),
        ("I led the pilot in six stores.", ["led"]),
        # the job is scene, the joined same-form verb the act ("cut" tagged as a participle)
        ("I ran the depot for four years and cut overtime by 12 percent.", ["cut"]),
    ],
)
def test_praised_action_for_what_happened_in_the_story(text: str, expected: list[str]) -> None:
    assert _praised_actions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We were losing about 19% of our customers every year.",  # the scene, in the background
        "Second, first-contact resolution from 68% to 75% by December.",  # a list of aims
        "I set a target to cut waste from 9% to 4% within the year.",  # an aim
        "I made a second signature compulsory on anything over £50.",  # a threshold
        "The one I'd pick is the turnaround at Fieldline.",  # a pronoun, not a count
        "We lost a county contract worth about $600,000 in the spring.",  # a loss in the set-up
        "If we cut 10% of the stock, we would free up cash.",  # a condition
        "I brought in two contractors and sat with the call centre lead every morning.",  # resources added
        "I changed the morning meeting, with four numbers on a board.",  # an instrument, not a result
        "For 2023 I set my team three targets: grow online sales from 2 to 3 million and cut "
        "returns from 9% to 6%.",
    ],
)
def test_no_outcome_number_for_aims_thresholds_and_the_scene(text: str) -> None:
    assert _outcomes(text) == []


@pytest.mark.parametrize(
    ("question", "answer", "rule"),
    [
        ("Tell me about your current role.",
         "Since 2020 I have run distribution for the group: 11 warehouses and 300 odd people.",
         "tone.judges_others"),  # "300 odd" is a rough count, not a verdict on the staff
        ("Tell me about a time you had to let someone go.",
         "I would never let a dismissal come as a surprise to the person.", "tone.overclaim"),
        ("Tell me about a hard decision.",
         "I cut the marketing budget by a third in 2023, which our finance director was nervous "
         "about at first.", "tone.judges_others"),  # a feeling, not a verdict on her
        ("Your delivery record slipped last year. What happened?",
         "On-time delivery fell to 86% on two routes, and that's not good, so I rebuilt the "
         "schedule with the depot leads in March.", "tone.defensive"),  # owning a bad result
        ("How would you raise sales in your first week?",
         "I wouldn't cut prices in week one, because you don't know yet which products are the "
         "real problem.", "tone.defensive"),  # "you" is anyone, not the interviewer
    ],
)
def test_no_verdict_or_overclaim_read_into_a_count_or_a_principle(question: str, answer: str,
                                                                  rule: str) -> None:
    from poise.analysis import analyse

    assert rule not in analyse(question, answer).rules_fired()


@pytest.mark.parametrize(
    "text",
    [
        "My manager felt I rushed the decision.",  # someone else's view of the speaker
        "He told me I had overruled the panel twice.",  # reported by someone else
        "I kept putting off the conversation with her.",  # how it went on, not an act
        "I ran procurement for four hospitals for five years.",  # the job, with its size
        "I ran a $30 million programme in Leeds.",  # the job, with its size
    ],
)
def test_no_praised_action_for_others_words_habits_of_mind_and_jobs(text: str) -> None:
    assert _praised_actions(text) == []


def test_a_career_milestone_is_the_scene_not_an_act() -> None:
    from poise.analysis.grammar import told_actions

    sent = parse("I qualified as an accountant in Bristol.").sentences[0]
    assert told_actions(sent) == []


def test_a_same_form_verb_among_present_clauses_is_a_habit_not_an_event() -> None:
    assert _own_past("I read widely, and I listen to two management podcasts.") == []
    assert _own_past("When the audit came back, I read every finding myself.") == ["read"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By the spring, staff turnover was down to 11 percent.", ["11 percent"]),
        ("Arrears were up from 2% to 5% in a year.", ["2% to 5%"]),
        ("Defects went from six a week to none in the following month.", ["six"]),
    ],
)
def test_a_state_said_to_have_changed_is_an_outcome(text: str, expected: list[str]) -> None:
    assert _outcomes(text) == expected


def test_a_correction_is_not_a_change() -> None:
    assert _outcomes("They said it was fifteen percent, but it was more like 4.") == []


def _later(text: str) -> list[str]:
    from poise.analysis.grammar import later_state

    sent = parse(text).sentences[0]
    return [quote for start, end, quote in sent.numbers if later_state(sent, start, end, quote)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By day ninety the error rate was at 1.5 percent.", ["1.5 percent"]),
        ("Within a year absence was around 3 percent.", ["3 percent"]),
        ("By October we were back to 82.", ["82"]),
        # the opening time, wherever the parser hangs the month
        ("By November first-pass yield was 91 percent.", ["91 percent"]),
        ("After six months accuracy was 98.5 percent.", ["98.5 percent"]),
    ],
)
def test_a_level_reached_later_in_the_story(text: str, expected: list[str]) -> None:
    assert _later(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Absence was around 9 percent when I arrived.",  # no later time: the starting level
        "She came back with two options over those three months.",  # "came back", a span
        "We were at 61 percent and I set 70 by June as the target.",  # the date belongs to the aim
        "After we merged the two desks, costs were 40% of revenue.",  # a clause, not a time
        "By then the grant was 40 percent spent.",  # no time named
    ],
)
def test_no_later_level_for_the_start_or_a_span(text: str) -> None:
    assert _later(text) == []


def _lesson(text: str) -> bool:
    from poise.analysis.grammar import applied_lesson

    return applied_lesson(parse(text).sentences[0])


@pytest.mark.parametrize(
    "text",
    [
        "I learned to agree the standard first, and I now do it on every project.",
        "The lesson I still apply is to test a change on one site before the rest.",
        "Since then I have run every launch as a small pilot first.",
        "What I took from it is that I check the data before I judge the person.",
        "The lesson I took is to agree the scope in writing before work starts.",
    ],
)
def test_a_lesson_still_applied(text: str) -> None:
    assert _lesson(text)


@pytest.mark.parametrize(
    "text",
    [
        "Looking back, I let the review run two months too long.",  # a regret in the past
        "What I'd do differently is involve finance much earlier.",  # a wish, nothing applied
        "I think the lesson for the board was that it moved too fast.",  # a lesson for others
        "I learned from a supplier that their prices were rising.",  # news, not a lesson
        "Last year I realised I had become the bottleneck.",  # a realisation in the story
    ],
)
def test_no_lesson_for_a_regret_a_criticism_or_news(text: str) -> None:
    assert not _lesson(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 I took a break to care for my father.",  # time away, not an act in the story
        "I took four months off after the merger.",  # time away
        "I've done a version of this before: in 2021 we grew the region from 10 to 14 sites.",
        "By then I'd done everything the board had asked of me.",  # a claim, told as backstory
    ],
)
def test_no_praised_action_for_time_away_or_a_claim_of_having_done_it(text: str) -> None:
    assert _praised_actions(text) == []


def test_taking_the_time_to_do_something_is_still_an_act() -> None:
    assert _praised_actions("I took the time to meet every supplier myself.") == ["took"]


@pytest.mark.parametrize(
    "text",
    [
        # an example made up under a condition, however far the figure sits below it
        "If we're weighing a takeover, I'd show the board what the deal does to our debt under a bad "
        "case, say a 10 percent fall in sales.",
        # money drawn from a budget to spend, not a result
        "I secured £40,000 from the training budget and hired two coaches.",
    ],
)
def test_no_outcome_number_for_an_imagined_case_or_money_to_spend(text: str) -> None:
    assert _outcomes(text) == []


def test_what_someone_would_say_happened_keeps_its_numbers() -> None:
    text = "My director would say that our audit went from eleven findings to two in my first year."
    assert _outcomes(text) == ["eleven", "two"]


def test_a_sentence_that_announces_a_list_is_not_the_lesson() -> None:
    assert not _lesson("Since then I have done two things.")
    assert _lesson("Since then I check every plan with the site leads first.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scrap went from 7.1% to 3.8% over the year.", ["7.1% to 3.8%"]),  # decimals in a change
        ("Missed collections went down to about 640 a month.", ["640"]),  # a verb of motion
        ("We were awarded £780,000 over three years.", ["£780,000"]),  # money won
    ],
)
def test_a_change_told_with_decimals_motion_or_an_award_is_an_outcome(text: str,
                                                                       expected: list[str]) -> None:
    assert _outcomes(text) == expected


def test_a_place_gone_to_is_not_a_change() -> None:
    text = "In 2020 I went to a devices company with a turnover of around 60 million dollars."
    assert _outcomes(text) == []


def test_the_next_year_places_a_level_later_in_the_story() -> None:
    assert _later("The next year attrition was 19 percent.") == ["19 percent"]


def test_told_actions_are_read_once_and_each_caller_gets_its_own_list() -> None:
    """The speaker's told actions are worked out once per sentence; a caller that changes the list
    it was given changes nothing for the next."""
    from poise.analysis.grammar import reported_action, told_actions

    sent = parse("I rang every supplier and I rebuilt the rota myself.").sentences[0]
    first = told_actions(sent)
    assert [verb.lower for verb in first] == ["rang", "rebuilt"]
    assert all(reported_action(sent, verb) for verb in first)
    first.clear()
    assert [verb.lower for verb in told_actions(sent)] == ["rang", "rebuilt"]
    scene = parse("When I ran the claims team, the backlog was huge.").sentences[0]
    verb = next(token for token in scene.tokens if token.lower == "ran")
    assert not reported_action(scene, verb) and not reported_action(scene, verb)
