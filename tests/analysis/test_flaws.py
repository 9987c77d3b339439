# ruff: noqa: E501
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


# A second round, in other voices (spoken, British, terse), for every flaw of the neutral
# taxonomy in benchmarks/data/flaw_map.yaml, and calm answers that must raise nothing serious.
MORE_FLAGGED = [
("badmouthing","Why are you leaving?","stress_resistance","Um, so, the thing is, my line manager is, like, completely out of touch, you know? She rarely bothers to read the reports we send her, and the directors above her are just as hopeless."),
("badmouthing","What was it like working for your last boss?","management_style","He was a nice enough bloke but frankly useless at planning, and the rest of the leadership team were even worse."),
("badmouthing","Tell me about your current team.","people_management","To be honest the team I inherited is lazy. Half of them would rather chat than work, and my predecessor let them get away with everything."),
("blame","Tell me about a target you missed.","failures","We missed the Q3 number because the marketing team never delivered the leads they promised, and the product was late as well, so sales had nothing to sell."),
("blame","Describe a project that failed.","failures","The system migration failed mainly due to the vendor. Their consultants kept changing and nobody on their side owned the data, so it was doomed from the start."),
("blame","What's the biggest mistake you've made?","failures","Honestly, the biggest issue last year wasn't really down to me: head office cut our budget in March, so the whole rollout stalled."),
("job_complaint","Why do you want this job?","motivation","Mainly because I'm fed up where I am. The work is repetitive, the pay hasn't moved in three years and nobody upstairs cares what we think."),
("job_complaint","What motivates you to move?","stress_resistance","I'm bored, basically. My job has become dull and I'm not learning anything any more."),
("defensive","Your sales numbers dropped last year. Why?","stress_resistance","I'm not sure why you're focusing on that. Everyone's numbers dropped, it's hardly a fair question."),
("defensive","You seem to have limited experience with budgets.","stress_resistance","That's simply not true. I've managed budgets for years, you just haven't asked about them."),
("defensive","Convince me in one line.","stress_resistance","You asked for one line, so there it is."),
("overclaiming","What's your biggest strength?","leadership_qualities","I've never lost a negotiation, and I'm the best people manager in the company by a distance."),
("overclaiming","Why you?","stress_resistance","Because I can turn round any business, whatever the sector, in under a year."),
("self_praise","How would colleagues describe you?","leadership_qualities","They'd say I'm inspiring, passionate and incredibly dedicated. I'm also very creative and brilliant at motivating people."),
("oversharing","Why the gap in your CV?","stress_resistance","I had a breakdown after my divorce and spent months in therapy, and then my father's dementia got worse so I was caring for him full time."),
("unethical","Tell me about a time you used initiative.","past_behaviour","The regional manager wouldn't sign off the discount, so I went over his head to the sales director and closed the deal. We booked 200k that quarter."),
("unethical","Tell me about a time you broke a rule.","past_behaviour","Our travel policy was too slow, so I ignored the policy and booked the flights myself without approval. It saved the client meeting."),
("hypothetical","Tell me about a time you handled a difficult employee.","people_management","I would first sit down with them privately and listen. Then I'd agree clear expectations and follow up weekly. If nothing changed I would involve HR."),
("hypothetical","Give me an example of when you disagreed with your manager.","past_behaviour","I always try to raise disagreements early and privately. I usually prepare data and I make sure I understand their view first."),
("hedging","What result are you proudest of?","achievements","I guess probably the logistics project, kind of. We sort of reduced costs, maybe by around ten percent or so, I think, more or less."),
("weakness_no_plan","What's your greatest weakness?","weaknesses","I can be quite impatient with people who work slowly, and I sometimes interrupt in meetings. It's just the way I'm wired."),
("vague_goals","How do you set goals for your team?","goal_setting","I make sure every person has clear and ambitious goals that are aligned with the company strategy, and I check in regularly to see how they are getting on."),
("salary_evasive","I really need a figure. What's the lowest you'd accept?","salary","I'd prefer not to say at this stage. I'm sure it won't be a problem if we both want this to work."),
("no_result","Tell me about a time you led a change.","past_behaviour","In 2021 our warehouse moved to a new system. I set up training for the 40 staff, ran daily stand-ups and personally handled escalations with the vendor for six weeks."),
("no_own_action","Tell me about your biggest achievement.","achievements","We launched the new platform in 2022. We migrated 300 customers, we trained the support team and we hit the go-live date. Customer satisfaction went from 70% to 85%."),
("off_topic","How do you prioritise when everything is urgent?","stress_resistance","My family is really important to me. We go camping every summer in the Lake District and the kids love it. I also play five-a-side football every Thursday."),
]
MORE_PASSED = [
("Why are you leaving?","stress_resistance","I've had four good years and built the service team from 8 to 30. I'm looking for a wider remit, which your regional role offers."),
("Tell me about a target you missed.","failures","We missed the Q3 number by 8%. Marketing's leads arrived late, but I had not checked the pipeline weekly, which was on me. I now review it every Monday, and we beat Q4 by 5%."),
("Your sales numbers dropped last year. Why?","stress_resistance","That's a fair question. Two large clients cut spending, and I had too much revenue concentrated in them. I've since added 14 mid-size accounts, and this year we're 9% up."),
("What's your greatest weakness?","weaknesses","I can be impatient in meetings. Last year I started asking a colleague to flag when I interrupt, and I now summarise others' points before giving mine."),
("Tell me about a time you used initiative.","past_behaviour","The regional manager was cautious about the discount, so I built a margin model and walked him through it. He approved it, and we booked 200k that quarter."),
("How do you set goals for your team?","goal_setting","Every January I agree three targets with each manager, for example cutting overdue tickets from 300 to under 100 by June, and we review progress on a dashboard every fortnight."),
("What do you do when a project slips?","past_behaviour","Last spring our ERP upgrade slipped three weeks because a supplier delivered late. I re-planned testing with the team, told the board the new date the same day and we went live with no data loss."),
]


def _flaw_rules() -> dict[str, set[str]]:
    from pathlib import Path

    import yaml

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "flaw_map.yaml"
    return {flaw: set(rules) for flaw, rules in yaml.safe_load(path.read_text())["flaws"].items()}


@pytest.mark.parametrize(("flaw", "question", "family", "answer"), MORE_FLAGGED)
def test_flaw_of_the_taxonomy_found(flaw: str, question: str, family: str, answer: str) -> None:
    context = AnalysisContext(family=None if family == "motivation" else family)
    fired = analyse(question, answer, context=context).rules_fired()
    assert fired & _flaw_rules()[flaw], f"{flaw} not found; fired: {sorted(fired)}"


@pytest.mark.parametrize(("question", "family", "answer"), MORE_PASSED)
def test_sound_answer_raises_nothing_serious(question: str, family: str, answer: str) -> None:
    report = analyse(question, answer, context=AnalysisContext(family=family))
    serious = [f.rule for f in report.findings if f.severity in {"high", "medium"}]
    assert not serious, f"false alarms: {serious}"


STRONG_WITH_HARD_CONTEXT = [
    ("Tell me about a time you managed a difficult stakeholder.", "past_behaviour",
     "In 2022 our finance director was sceptical of every forecast we sent and often rejected them late on a Friday. I asked for a standing Thursday slot, walked her through the assumptions line by line and invited her analyst to build the model with us. Within two months she signed off the forecast first time, and month-end closed a day earlier."),
    ("Tell me about a time a supplier let you down.", "past_behaviour",
     "In 2023 our packaging supplier missed three deliveries in a month and the line stopped twice. I set up a weekly call with their plant manager, qualified a second supplier within six weeks and built a ten-day buffer. We have not lost a shift to packaging since."),
    ("Describe a failure.", "failures",
     "We lost a two-million tender in 2020. The client chose a cheaper rival, but the real reason was that I had not visited their sites before bidding, so our plan missed their night-shift needs. Since then I visit every site before we bid, and we have won four of the last six tenders."),
]


@pytest.mark.parametrize(("question", "family", "answer"), STRONG_WITH_HARD_CONTEXT)
def test_setbacks_caused_by_others_and_dealt_with_are_not_blame(question: str, family: str, answer: str) -> None:
    report = analyse(question, answer, context=AnalysisContext(family=family))
    tone = [f.rule for f in report.findings if f.dimension in {"tone", "relevance"} and f.severity == "high"]
    assert not tone, f"false alarms: {tone}"
