"""Flaws found by meaning: paraphrases no rule example uses must still be found, and calm,
well-evidenced answers must pass (adversarial cases written for these tests)."""

from __future__ import annotations

import pytest

from poise.analysis import AnalysisContext, analyse

FLAWS = {
    "badmouthing": {"tone.judges_others", "tone.badmouthing"},
    "blame": {"tone.blames_others", "tone.blame"},
    "job_complaint": {"tone.job_complaint", "tone.negativity"},
    "defensive": {"tone.defensive", "tone.curt", "concern.defensive", "concern.dismissive"},
    "overclaiming": {"tone.overclaim", "tone.pompous"},
    "self_praise": {"tone.self_praise", "tone.hackneyed"},
    "oversharing": {"tone.oversharing"},
    "unethical": {"tone.undermining"},
}

LEAVING = "Why do you want to leave your current company?"
FAILURE = "Tell me about a time something you were responsible for went wrong."
HIRE = "Why should we pick you over the other candidates?"

FLAGGED = [
    ("badmouthing", LEAVING, "stress_resistance",
     "The leadership team there is frankly chaotic. My manager has never understood how the plant "
     "actually runs, and the owners only care about the next quarter."),
    ("badmouthing", "What was your previous manager like?", "management_style",
     "She was arrogant and rather careless with people. Most of us learned to work around her."),
    ("blame", FAILURE, "failures",
     "Our launch in Poland was four months late because the agency missed every deadline we gave "
     "them. Procurement also refused to release the budget, so the date was lost anyway."),
    ("blame", FAILURE, "failures",
     "We lost the contract due to the economy; the client's budgets were frozen and nothing I "
     "could have done would have changed it."),
    ("job_complaint", "Why are you looking to move?", "stress_resistance",
     "I'm frustrated where I am. The role is tedious, the hours are ridiculous and management "
     "never listens to anything we suggest."),
    ("defensive", "Isn't five years in one role a sign you lack ambition?", "stress_resistance",
     "With respect, you don't understand how that industry works. Staying put was the smart move."),
    ("defensive", "Why did your region miss its target two years running?", "stress_resistance",
     "Honestly, that question is a bit pointless now. The market is different and it simply "
     "doesn't matter any more."),
    ("overclaiming", HIRE, "stress_resistance",
     "Because I am the most effective operations leader you will meet this year, and I solve "
     "every problem I am handed."),
    ("self_praise", "Describe yourself in a few words.", "leadership_qualities",
     "I'm energetic, ambitious and brilliant with people. I consider myself extremely creative "
     "and I'm honest and loyal too."),
    ("oversharing", LEAVING, "stress_resistance",
     "To be honest my health has not been great since the surgery, and my husband's depression "
     "means I need to be home more, so a new job closer to home makes sense."),
    ("unethical", "Tell me about a time you pushed a decision through.", "past_behaviour",
     "The committee would have taken months, so I bypassed it and signed the vendor myself. I "
     "told my boss afterwards and she came round once the savings appeared."),
    ("unethical", "Tell me about a time you pushed a decision through.", "past_behaviour",
     "My manager was blocking the reorganisation, so I went behind his back to the managing "
     "director, who approved it the same week. Costs fell by a fifth."),
]

PASSED = [
    (LEAVING, "stress_resistance",
     "I have enjoyed six years there and grew the service team from 12 to 40 people. What I want "
     "now is a role with a full P&L, and your expansion into the Nordics is exactly that."),
    (FAILURE, "failures",
     "Our launch in Poland was four months late. The agency missed two deadlines, but I had not "
     "built any slack into the plan, which was my mistake. I reset the plan with weekly "
     "checkpoints and the next launch, in Czechia, landed on the planned day."),
    ("What was your previous manager like?", "management_style",
     "She was demanding and very direct, which suited me: she gave feedback the same day and I "
     "learned to bring data to every discussion with her."),
    ("Isn't five years in one role a sign you lack ambition?", "stress_resistance",
     "That is a fair challenge. In those five years the role grew from one site to four, and I "
     "took on the budget for all of them in my third year, which is why I stayed."),
    ("Describe yourself in a few words.", "leadership_qualities",
     "Calm and practical. When our system failed at peak season I ran the floor on paper for two "
     "days, and we shipped 98% of orders on time."),
    ("Tell me about a time you pushed a decision through.", "past_behaviour",
     "The committee had doubts about the new vendor, so I asked for a one-month trial at one site "
     "and reported the results to them. They approved the switch and costs fell by a fifth."),
    ("Tell me about a time you turned a team around.", "past_behaviour",
     "In 2021 I took over a warehouse team that was demoralised and behind on every measure. I "
     "met each of the 30 people, fixed the shift rota with the supervisors and put the error "
     "figures on a board every morning. Within a year errors fell from 4% to 1.2%, and the team "
     "won the site award."),
]


@pytest.mark.parametrize(("flaw", "question", "family", "answer"), FLAGGED)
def test_flaw_found_in_a_paraphrase(flaw: str, question: str, family: str, answer: str) -> None:
    report = analyse(question, answer, context=AnalysisContext(family=family))
    fired = report.rules_fired()
    assert fired & FLAWS[flaw], f"{flaw} not found; fired: {sorted(fired)}"
    finding = next(f for f in report.findings if f.rule in FLAWS[flaw])
    assert finding.evidence and finding.why and finding.fix
    for item in finding.evidence:
        assert answer[item.start : item.end] == item.quote


@pytest.mark.parametrize(("question", "family", "answer"), PASSED)
def test_calm_evidenced_answer_raises_no_tone_flaw(question: str, family: str, answer: str) -> None:
    report = analyse(question, answer, context=AnalysisContext(family=family))
    tone = {f.rule for f in report.findings if f.rule in set().union(*FLAWS.values())}
    assert not tone, f"false alarm: {sorted(tone)}"
