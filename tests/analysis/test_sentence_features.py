"""The parse facts the flaw model reads beside the embedding: who is the subject, how the clause
is said, how negative its words are."""

from __future__ import annotations

import numpy as np

from poise.analysis import sentence_features
from poise.analysis.text import parse


def _facts(text: str) -> dict[str, float]:
    sent = parse(text).sentences[0]
    return dict(zip(sentence_features.NAMES[:sentence_features.ROW_DIMS],
                    sentence_features.parse_features(sent), strict=True))


def test_the_subject_says_whether_the_speaker_the_team_or_a_third_party_acts() -> None:
    assert _facts("I rebuilt the rota in March.")["speaker_subject"] == 1.0
    assert _facts("We rebuilt the rota in March.")["team_subject"] == 1.0
    third = _facts("The vendor shipped the parts three weeks late.")
    assert third["third_party_subject"] == 1.0 and third["speaker_subject"] == 0.0
    assert _facts("You can read that however you like.")["listener_subject"] == 1.0


def test_modal_conditional_negated_and_habitual_clauses_are_marked() -> None:
    assert _facts("I would sit everyone down first.")["modal"] == 1.0
    assert _facts("If the numbers slip, I step in.")["conditional"] == 1.0
    assert _facts("The board never backed the plan.")["negated"] == 1.0
    assert _facts("I always check the figures myself.")["habitual"] == 1.0
    plain = _facts("I checked the figures myself.")
    assert plain["modal"] == plain["conditional"] == plain["negated"] == plain["habitual"] == 0.0


def test_tense_and_numbers_are_read_from_the_parse() -> None:
    past = _facts("I cut the backlog by 40 percent.")
    assert past["past"] == 1.0 and past["present"] == 0.0 and past["number"] == 1.0
    present = _facts("The place feels tired these days.")
    assert present["present"] == 1.0 and present["past"] == 0.0 and present["number"] == 0.0


def test_sentiment_comes_from_the_published_lexicon_and_stays_within_zero_and_one() -> None:
    sour = _facts("The managers were useless, lazy and hopeless.")
    sweet = _facts("The launch was a great success and the team was delighted.")
    assert sour["negative_words"] > 0.5 > sour["positive_words"]
    assert sweet["positive_words"] > 0.5 > sweet["negative_words"]
    matrix = sentence_features.parse_matrix(parse("Awful, awful, awful, terrible, dreadful day.").sentences)
    assert matrix.shape == (1, sentence_features.DIMS)
    assert float(matrix.max()) <= 1.0 and float(matrix.min()) >= 0.0


def test_no_sentences_give_an_empty_matrix() -> None:
    assert sentence_features.parse_matrix(()).shape == (0, sentence_features.DIMS)
    assert np.array_equal(sentence_features.parse_matrix([]), np.zeros((0, sentence_features.DIMS)))


def test_a_third_party_denied_an_act_is_read_from_the_clause_not_from_a_negative_word() -> None:
    polite = _facts("The old owners never quite got to grips with the cash position.")
    assert polite["third_party_denied"] == 1.0
    assert _facts("I never lost sight of the cash position.")["third_party_denied"] == 0.0
    # something done to them judges whoever did it, and a condition reports nothing
    assert _facts("The planners were never told about the change.")["third_party_denied"] == 0.0
    assert _facts("If the owners don't read the figures, the bank will.")["third_party_denied"] == 0.0


def test_a_third_party_ranked_in_a_comparison_is_marked_but_the_speaker_is_not() -> None:
    ranked = _facts("Our regional director was happier at the awards dinner than at the audit.")
    assert ranked["third_party_compared"] == 1.0
    assert _facts("I was more worried about the audit than the launch.")["third_party_compared"] == 0.0
    assert _facts("Our regional director was keen on the audit.")["third_party_compared"] == 0.0


def test_a_third_party_judged_by_its_predicate_is_marked() -> None:
    assert _facts("The previous supplier was hopeless with deadlines.")["third_party_negative"] == 1.0
    assert _facts("The previous supplier was reliable with deadlines.")["third_party_negative"] == 0.0
    # a negative word in the speaker's own clause is the speaker's, not a verdict on others
    own = _facts("I was frustrated with the delays.")
    assert own["third_party_negative"] == 0.0


def test_the_speaker_acting_around_someone_is_marked_in_every_joined_clause() -> None:
    around = _facts("I rang the chair myself and took her through the figures without telling my director.")
    assert around["speaker_goes_around"] == 1.0
    assert _facts("I went around my line manager to the finance director.")["speaker_goes_around"] == 1.0
    assert _facts("I delivered the refit without any extra budget.")["speaker_goes_around"] == 0.0
    assert _facts("I worked around the supply problem for a month.")["speaker_goes_around"] == 0.0
    assert _facts("We finished the audit without working a weekend.")["speaker_goes_around"] == 0.0


def test_the_answer_facts_say_a_story_with_actions_never_reached_a_result() -> None:
    names = sentence_features.NAMES
    told = parse("I rewrote the rota in March. I met every supervisor one to one. "
                 "It was a big piece of work for everyone.").sentences
    matrix = sentence_features.parse_matrix(told)
    assert matrix.shape == (3, sentence_features.DIMS)
    assert matrix[:, names.index("acted_no_result")].tolist() == [1.0, 1.0, 1.0]
    assert matrix[:, names.index("closes_without_result")].tolist() == [0.0, 0.0, 1.0]
    ended = parse("I rewrote the rota in March. I met every supervisor one to one. "
                  "Overtime fell by a third within two months.").sentences
    closed = sentence_features.parse_matrix(ended)
    assert closed[:, names.index("answer_result")].tolist() == [1.0, 1.0, 1.0]
    assert closed[:, names.index("closes_without_result")].tolist() == [0.0, 0.0, 0.0]


def test_a_failure_is_read_from_the_verb_of_a_third_party_not_from_a_result_or_the_speaker() -> None:
    assert _facts("The agency missed the design deadline twice.")["third_party_failed"] == 1.0
    assert _facts("I missed the design deadline twice.")["third_party_failed"] == 0.0
    # a change verb reports a result, and a denied failure is no failure
    assert _facts("The supplier cut its prices by a tenth.")["third_party_failed"] == 0.0
    assert _facts("The agency never missed a deadline.")["third_party_failed"] == 0.0


def test_an_answer_of_one_sentence_has_no_answer_facts_as_a_training_sentence_has_none() -> None:
    alone = sentence_features.parse_matrix(parse("I rewrote the rota in March.").sentences)
    assert float(alone[0, sentence_features.ROW_DIMS:].max()) == 0.0


def test_an_aside_that_winks_about_a_third_party_is_marked_not_a_filler_or_a_relative() -> None:
    assert _facts("The trustees were, how do I put this, relaxed about deadlines.")[
        "third_party_aside"] == 1.0
    assert _facts("Our regional director, heaven help him, still prints every email.")[
        "third_party_aside"] == 1.0
    assert _facts("The auditors were, you know, very thorough that year.")["third_party_aside"] == 0.0
    assert _facts("The finance lead, who joined in May, rebuilt the forecast.")[
        "third_party_aside"] == 0.0
    assert _facts("The committee, I think, reached the right decision.")["third_party_aside"] == 0.0
    assert _facts("I was, let's say, slow to see it myself.")["third_party_aside"] == 0.0


def test_a_third_party_that_could_or_should_have_done_more_is_marked() -> None:
    assert _facts("Procurement could certainly be quicker about it.")["third_party_wanting"] == 1.0
    assert _facts("The landlord should have fixed the roof years ago.")["third_party_wanting"] == 1.0
    assert _facts("The landlord fixed the roof in a week.")["third_party_wanting"] == 0.0
    assert _facts("I should have fixed the roof sooner.")["third_party_wanting"] == 0.0
    assert _facts("No one else could have saved that account.")["third_party_wanting"] == 0.0


def test_the_speaker_disputing_what_was_put_to_them_is_marked_not_a_plan_or_an_assent() -> None:
    assert _facts("I don't think that's really the issue here.")["speaker_disputes"] == 1.0
    assert _facts("I'm not sure where you got that idea.")["speaker_disputes"] == 1.0
    assert _facts("I would take issue with that.")["speaker_disputes"] == 1.0
    assert _facts("I think that's an unfair summary.")["speaker_disputes"] == 1.0
    assert _facts("I think that's a fair summary.")["speaker_disputes"] == 0.0
    assert _facts("I would split it into two phases.")["speaker_disputes"] == 0.0
    assert _facts("I'd send the plan to you every Friday.")["speaker_disputes"] == 0.0
    assert _facts("I don't think we chose the wrong supplier.")["speaker_disputes"] == 0.0


def test_the_speaker_as_the_one_nothing_happens_without_is_marked_not_a_feeling_or_delegation() -> None:
    assert _facts("Frankly the merger would have collapsed without me.")["speaker_sole"] == 1.0
    assert _facts("No one else there could have landed that contract.")["speaker_sole"] == 1.0
    assert _facts("I was the best negotiator the firm had.")["speaker_sole"] == 1.0
    assert _facts("I have never lost a single client.")["speaker_sole"] == 1.0
    assert _facts("The project I'm proudest of is the depot move.")["speaker_sole"] == 0.0
    assert _facts("The supervisors now sign off rotas without me.")["speaker_sole"] == 0.0
    assert _facts("I was the youngest buyer in the team.")["speaker_sole"] == 0.0
    assert _facts("Nobody on the ward had used the system, so I trained them.")["speaker_sole"] == 0.0


def test_acting_without_someone_knowing_or_keeping_a_matter_from_them_goes_around_them() -> None:
    assert _facts("I signed the order without the director knowing.")["speaker_goes_around"] == 1.0
    assert _facts("I left the overspend out of the update to our trustees.")[
        "speaker_goes_around"] == 1.0
    assert _facts("I paid for the course out of my own budget.")["speaker_goes_around"] == 0.0
    assert _facts("I signed the order after the director approved it.")["speaker_goes_around"] == 0.0


def test_a_relative_pronoun_subject_is_read_as_the_noun_it_stands_for() -> None:
    # "who" is no third party by itself: the clause is said of the contractors
    facts = _facts("The agency sent temps who plainly never learned the system.")
    assert facts["third_party_denied"] == 1.0
    own = _facts("I hired analysts who never missed a deadline after that.")
    assert own["speaker_subject"] == 1.0
    # a passive relative clause is not read as the noun acting
    assert _facts("I kept the drafts that were never sent.")["third_party_denied"] == 0.0


def test_nobody_or_nothing_as_the_subject_of_a_present_clause_is_marked_not_a_past_one() -> None:
    assert _facts("Nobody in head office reads the weekly returns.")["nobody_acts"] == 1.0
    assert _facts("No one upstairs ever replies to the requests.")["nobody_acts"] == 1.0
    assert _facts("Nobody was hurt and the site reopened on Monday.")["nobody_acts"] == 0.0
    assert _facts("The board reads every return.")["nobody_acts"] == 0.0


def test_a_negative_word_deep_in_what_is_said_of_a_third_party_is_marked() -> None:
    deep = _facts("The previous forecast was close to worthless for planning.")
    assert deep["third_party_judged_deep"] == 1.0
    assert _facts("I was close to finishing the forecast.")["third_party_judged_deep"] == 0.0
    # a negative word in a clause of its own is that clause's, not the third party's
    assert _facts("The forecast held up, although I felt awful that week.")[
        "third_party_judged_deep"] == 0.0


def test_the_listener_as_the_subject_of_a_condition_is_marked_not_the_speaker() -> None:
    assert _facts("If you had checked the dates, you would see the overlap.")["listener_if"] == 1.0
    assert _facts("If I had checked the dates, I would have seen the overlap.")["listener_if"] == 0.0
    assert _facts("You will see the overlap in the dates.")["listener_if"] == 0.0


def test_facts_held_together_need_both_parts() -> None:
    sour = _facts("The regional managers were hopeless and lazy.")
    assert sour["third_party_sour"] > 0.0
    assert _facts("I was hopeless at the start.")["third_party_sour"] == 0.0
    assert _facts("The regional managers did not sign the plan.")["third_party_not"] == 1.0
    assert _facts("I did not sign the plan.")["third_party_not"] == 0.0
    assert _facts("I am tired of this awful commute.")["speaker_sour_now"] > 0.0
    assert _facts("I was tired of the awful commute.")["speaker_sour_now"] == 0.0
    assert _facts("We rebuilt the rota.")["team_not_speaker"] == 1.0
    assert _facts("We rebuilt the rota and I ran the pilot.")["team_not_speaker"] == 0.0
