"""Sole credit and a rank above everyone read from the parse (analysis/claims.py, rule
tone.sole_credit): each shape with fresh positives and the near misses it must not take, and the
whole analyser (examples written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse, claims
from poise.analysis.text import parse


def _one(text: str):
    sentences = parse(text).sentences
    assert len(sentences) == 1, [sent.text for sent in sentences]
    return sentences[0]


@pytest.mark.parametrize(("reader", "text"), [
    (claims.sole_agency, "I single-handedly rebuilt the returns process for the northern depots."),
    (claims.sole_agency, "I pulled the renewal back from the brink pretty much single-handed."),
    # a split "single - handed" the parse hangs on the object
    (claims.sole_agency, "Honestly, I rescued that archive single-handed — no one else on the floor could."),
    (claims.counterfactual_credit, "Without me the Bremen office would have closed that spring."),
    (claims.counterfactual_credit, "The launch would never have happened without me."),
    (claims.ranked_above_all, "I read a tender better than anyone in the construction trade."),
    (claims.ranked_above_all, "I have hired more graduates than any other manager in the group."),
    (claims.ranked_above_all, "Nobody in retail banking closes a branch faster than I do."),
    (claims.ranked_above_all, "There is nobody in the county who knows the planning rules like I do."),
    (claims.nobody_else_could, "I was the only one in the firm who could have saved that account."),
    (claims.nobody_else_could, "No other site manager in the group has cut waste by that much."),
    (claims.top_of_all, "My chair told me I'm the best finance director she has ever had."),
    (claims.top_of_all, "It is the most successful recycling scheme any council in Wales has run."),
    # a rank over a place or a field, with no figure to show it
    (claims.top_of_all, "Honestly, we were the best-run cold store on the whole east coast."),
    (claims.top_of_all, "I'd say it's one of the best recoveries in Canadian grocery this century."),
    (claims.top_of_all, "It's probably the finest pharmacy service in the health board region."),
    (claims.top_of_all, "In a year I turned it into the most profitable branch in the region."),
    (claims.all_from_me, "Nearly every improvement the unit made in those years came from me."),
    (claims.always_the_one, "I have always been the person my peers turn to when a launch slips."),
    (claims.built_whole, "I basically built the whole analytics function at the bank."),
    (claims.none_i_could_not, "There isn't a hospital buyer in Scotland I couldn't call tomorrow."),
    (claims.none_i_could_not,
     "I have sold into the health service for years, and there isn't a trust in Wales I couldn't reach."),
])
def test_claim_read_when_the_speaker_takes_everything(reader, text: str) -> None:
    assert reader(_one(text))


@pytest.mark.parametrize(("reader", "text"), [
    # denied, or a maxim about anyone
    (claims.sole_agency, "Nobody turns a depot round single-handedly, and I certainly didn't."),
    (claims.sole_agency, "I did not do it single-handedly: two planners carried the data work."),
    # praise of a colleague
    (claims.sole_agency, "She rescued that archive single-handed, and nobody could have done it faster."),
    (claims.nobody_else_could, "Nobody could have run that shutdown faster than our planner did."),
    # delegation: what people could do without the speaker
    (claims.counterfactual_credit, "I wrote a matrix so the leads could sign off overtime without me."),
    (claims.counterfactual_credit, "The team now runs the Monday review without me."),
    # a count of one's own, not a rank over people
    (claims.ranked_above_all, "I rewrote the forecast more times than I can count."),
    (claims.ranked_above_all, "We recovered faster than most people expected after the flood."),
    (claims.ranked_above_all, "I ran the meetings like I would at home, and nobody disagreed."),
    # a fact of who was there, not who was able
    (claims.nobody_else_could, "I was the only engineer on site that night, so I ran the restart."),
    (claims.nobody_else_could, "There was nobody who could cover the late shift, so I took it."),
    # the speaker's own best, or a fact at the top
    (claims.top_of_all, "Hiring Priya was the best decision I ever made."),
    (claims.top_of_all, "It was the largest depot in Europe when I joined."),
    # the rank shown by its figure, a scope inside the speaker's own firm, or not ours
    (claims.top_of_all, "We were the best-run depot in the region, first of 14 on the 2023 audit."),
    (claims.top_of_all, "We were the best-run crew on the night shift."),
    (claims.top_of_all, "It's one of the best decisions I made in my time at the bank."),
    (claims.top_of_all, "I turned the old canteen into a training room for the region."),
    (claims.top_of_all, "They turned it into the most profitable branch in the region after I left."),
    (claims.all_from_me, "Every idea came from the supervisors; I only chose the order."),
    (claims.always_the_one, "I was the person the auditors called on the last day."),
    (claims.built_whole, "I built the whole rota with the two shift leads over a month."),
    (claims.none_i_could_not, "There wasn't a plan, and I couldn't get one approved until May."),
    (claims.none_i_could_not, "There was no budget left so I couldn't hire."),
])
def test_claim_not_read_in_near_misses(reader, text: str) -> None:
    assert not reader(_one(text))


def test_sole_credit_flags_the_whole_answer_and_quotes_its_sentence() -> None:
    answer = ("When I joined the Leeds contact centre in 2021, a third of calls were abandoned. "
              "I single-handedly rebuilt the rota and the training plan, and without me the "
              "client would have walked away that winter. Abandoned calls fell to 9% by June.")
    report = analyse("Tell me about a turnaround you led.", answer,
                     context=AnalysisContext(family="achievements"))
    found = [finding for finding in report.findings if finding.rule == "tone.sole_credit"]
    assert found, sorted(report.rules_fired())
    assert "single-handedly" in found[0].evidence[0].quote
    assert found[0].why and found[0].fix


def test_sole_credit_silent_on_a_shared_result() -> None:
    answer = ("When I joined the Leeds contact centre in 2021, a third of calls were abandoned. "
              "I rebuilt the rota with the two shift leads, and our trainer rewrote the induction "
              "so new starters could take calls without me. Abandoned calls fell to 9% by June.")
    report = analyse("Tell me about a turnaround you led.", answer,
                     context=AnalysisContext(family="achievements"))
    assert "tone.sole_credit" not in report.rules_fired()


def test_rank_over_a_field_without_a_figure_is_an_overclaim() -> None:
    answer = ("I took over the Harwich cold store in 2020 when it was losing two contracts a year. "
              "I rebuilt the slotting plan and moved the pickers onto two shifts. "
              "By the end, honestly, we were the best-run cold store on the whole east coast.")
    report = analyse("What's the result you're proudest of?", answer,
                     context=AnalysisContext(family="achievements"))
    found = [finding for finding in report.findings if finding.rule == "tone.sole_credit"]
    assert found, sorted(report.rules_fired())
    assert "best-run cold store" in found[0].evidence[0].quote


def test_rank_shown_by_its_figure_and_a_bid_led_with_its_numbers_are_not_overclaims() -> None:
    answer = ("I led the bid for the county's patient transport contract in 2022. "
              "I priced it on our own journey data and cut the overhead line by 6%. "
              "We won it at 4.1 million a year, and the store was the best-run site in the region, "
              "first of 14 on the 2023 audit.")
    report = analyse("What's the result you're proudest of?", answer,
                     context=AnalysisContext(family="achievements"))
    overclaims = {"tone.overclaim", "tone.sole_credit", "tone.pompous", "ownership.superhero",
                  "meaning.overclaiming"}
    assert not report.rules_fired() & overclaims, sorted(report.rules_fired())
