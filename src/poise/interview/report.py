"""The session report: every turn, averages, fixes, timing and the format's own verdict."""

from __future__ import annotations

from statistics import mean
from typing import Any

from poise.analysis.report import DIMENSIONS, SEVERITY_ORDER
from poise.content.loader import KnowledgeBase
from poise.content.schema import InterviewContent
from poise.interview.closing import plain_title
from poise.interview.judges import (
    interview_content,
    projective_signals,
    sentence_around,
    short,
    worst_finding,
)
from poise.interview.model import ANSWER_KINDS, PersonaInfo, PlanItem, SessionState, TurnRecord

REPORT_VERSION = 1
FIX_FIRST = 3
TIMED_KINDS = frozenset({"answer", "follow_up_answer", "silence", "pause_question",
                         "candidate_question", "concern_reply"})
SEVERITY_WEIGHT = {"high": 3, "medium": 2, "low": 1}


def _round(value: float) -> float:
    return round(value, 1)


def final_answers(state: SessionState) -> list[tuple[int, PlanItem, TurnRecord]]:
    """For each question asked, the last analysed answer (the answer with its follow-ups)."""
    last: dict[int, TurnRecord] = {}
    for turn in state.turns:
        if turn.kind in ANSWER_KINDS and turn.plan_index is not None and turn.feedback.get("analysis"):
            last[turn.plan_index] = turn
    return [(index, state.plan[index], last[index]) for index in sorted(last)]


def _asked_as(kb: KnowledgeBase, item: PlanItem) -> str:
    """The question in the words the interviewer actually used (a persona's own opening line,
    not the bank wording it stands for)."""
    return item.text


def unanswered(state: SessionState) -> list[int]:
    """Plan indices of questions met with silence to the limit and never answered."""
    answered = {turn.plan_index for turn in state.turns
                if turn.kind in ANSWER_KINDS and turn.feedback.get("analysis")}
    found = []
    for turn in state.turns:
        if turn.kind == "silence" and turn.plan_index is not None and turn.plan_index not in answered:
            found.append(turn.plan_index)
    return sorted(set(found))


def _asked_indices(state: SessionState) -> list[int]:
    seen: list[int] = []
    for turn in state.turns:
        if turn.plan_index is not None and turn.plan_index not in seen:
            seen.append(turn.plan_index)
    return seen


def _dimensions(kb: KnowledgeBase, finals: list[tuple[int, PlanItem, TurnRecord]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name in DIMENSIONS:
        scores = []
        lowest: dict[str, Any] | None = None
        for _, item, turn in finals:
            judged = turn.feedback["analysis"]["dimensions"].get(name)
            if judged is None:
                continue  # not a dimension this answer is judged on (a pay answer has no story)
            score = judged["score"]
            scores.append(score)
            if score < 5 and (lowest is None or score < lowest["score"]):
                lowest = {"question": _asked_as(kb, item), "score": score}
        anchors = kb.anchors.get(name)
        result[name] = {
            "label": anchors.label if anchors else name.title(),
            "average": _round(mean(scores)) if scores else None,
            "answers": len(scores),
            "lowest": lowest,
        }
    return result


def _families(kb: KnowledgeBase, finals: list[tuple[int, PlanItem, TurnRecord]]) -> dict[str, Any]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for _, item, turn in finals:
        grouped.setdefault(item.family, []).append(turn.feedback["analysis"])
    result: dict[str, Any] = {}
    for family, analyses in grouped.items():
        info = kb.families.get(family)
        result[family] = {
            "name": info.name if info else family,
            "answers": len(analyses),
            "overall": _round(mean(analysis["overall"] for analysis in analyses)),
            "dimensions": {
                name: _round(mean(scores)) if scores else None
                for name in DIMENSIONS
                for scores in [[analysis["dimensions"][name]["score"] for analysis in analyses
                                if name in analysis["dimensions"]]]
            },
        }
    return result


def _timing(kb: KnowledgeBase, state: SessionState) -> dict[str, Any]:
    answers = []
    measured = []
    over = 0
    for turn in state.turns:
        if turn.kind not in TIMED_KINDS:
            continue
        asked = turn.prompt.text
        if turn.kind == "answer" and turn.plan_index is not None:
            asked = _asked_as(kb, state.plan[turn.plan_index])
        elif turn.kind in ("pause_question", "candidate_question"):
            asked = f"Your question: {turn.answer}"
        elif turn.kind == "concern_reply" and state.closing.concern:
            asked = f"The concern: {state.closing.concern.get('title', '')}"
        item = {
            "turn": turn.index,
            "kind": turn.kind,
            "question": short(asked, 120),
            "seconds": turn.seconds,
            "time_limit_s": turn.prompt.time_limit_s,
            "over_time": bool(turn.feedback.get("over_time")),
            "no_answer": turn.kind == "silence",
            "cut_off": bool(turn.feedback.get("cut")),
        }
        answers.append(item)
        if turn.seconds is not None:
            measured.append(turn.seconds)
        over += 1 if item["over_time"] else 0
    return {
        "answers": answers,
        "no_answer": sum(1 for item in answers if item["no_answer"]),
        "cut_off": sum(1 for item in answers if item["cut_off"]),
        "measured": len(measured),
        "average_s": _round(mean(measured)) if measured else None,
        "total_s": _round(sum(measured)) if measured else None,
        "over_limit": over,
    }


def _turns(state: SessionState) -> list[dict[str, Any]]:
    return [
        {
            "turn": turn.index,
            "prompt": turn.prompt.to_dict(),
            "kind": turn.kind,
            "answer": turn.answer,
            "seconds": turn.seconds,
            "feedback": turn.feedback,
        }
        for turn in state.turns
    ]


class _FixTally:
    """Findings across the session, ranked by severity and then by how often they recur."""

    def __init__(self) -> None:
        self.items: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        self.resolved: dict[str, int] = {}  # times a later answer to the same question lost it

    def add(self, *, rule: str, severity: str, message: str, fix: str, why: str, quote: str | None,
            question: str, resolved: bool = False) -> None:
        if rule not in self.items:
            self.order.append(rule)
            self.items[rule] = {"rule": rule, "severity": severity, "message": message, "fix": fix,
                                "why": " ".join(why.split()), "count": 0,
                                "example": {"quote": quote, "question": short(question, 120)}}
            self.resolved[rule] = 0
        self.items[rule]["count"] += 1
        self.resolved[rule] += resolved

    def top(self, count: int) -> list[dict[str, Any]]:
        ranked = sorted(
            self.order,
            key=lambda rule: (SEVERITY_ORDER[self.items[rule]["severity"]],
                              -self.items[rule]["count"], self.order.index(rule)),
        )
        chosen = []
        for rule in ranked[:count]:
            item = self.items[rule]
            if self.resolved[rule] == item["count"]:
                # every time, a follow-up put it right: said so, as the session itself did
                item = {**item, "message": f"{item['message']} (put right after a follow-up, "
                                           "which a real interviewer may not ask)"}
            chosen.append(item)
        return chosen


def _fix_first(kb: KnowledgeBase, content: InterviewContent, state: SessionState,
               finals: list[tuple[int, PlanItem, TurnRecord]]) -> list[dict[str, Any]]:
    tally = _FixTally()
    if state.ended and not state.closing.asked_pause:
        tally.add(rule="closing.no_pause_question", severity="high",
                  message="You never asked whether anything about you gives them pause",
                  fix=" ".join(content.closing.pause.never_asked.split()),
                  why="A doubt you never hear is a doubt you cannot answer.", quote=None,
                  question="Closing phase")
    # Every analysed answer counts, first answers included: a follow-up that rescued an answer
    # is a prompt a real interviewer may not give. Each rule counts once per question.
    seen: set[tuple[int, str]] = set()
    final_rules = {index: {finding["rule"] for finding in turn.feedback["analysis"]["findings"]}
                   for index, _, turn in finals}
    for turn in state.turns:
        analysis = turn.feedback.get("analysis")
        if not analysis or turn.kind not in ANSWER_KINDS | {"concern_reply", "candidate_question"}:
            continue
        if turn.plan_index is not None:
            asked = _asked_as(kb, state.plan[turn.plan_index])
            key = turn.plan_index
        else:
            asked = turn.prompt.text
            key = -1 - turn.index
        for finding in analysis["findings"]:
            if (key, finding["rule"]) in seen:
                continue
            seen.add((key, finding["rule"]))
            evidence = finding["evidence"]
            tally.add(rule=finding["rule"], severity=finding["severity"], message=finding["message"],
                      fix=finding["fix"], why=finding["why"],
                      quote=short(evidence[0]["quote"], 140) if evidence else None,
                      question=asked,
                      resolved=key in final_rules and finding["rule"] not in final_rules[key])
    for _, item, turn in finals:
        case = turn.feedback.get("case")
        if not case:
            continue
        for criterion in case["criteria"]:
            if not criterion["met"]:
                tally.add(rule=f"case.{criterion['id']}", severity="medium",
                          message=f"Case answer without {criterion['name'].lower()}",
                          fix=criterion["fix"], why=criterion["why"], quote=None,
                          question=_asked_as(kb, item))
    for turn in state.turns:
        composure = turn.feedback.get("composure") or {}
        for lapse in composure.get("lapses", []):
            if lapse["rule"] == "stress.defensive":
                policy = content.engine.stress
                tally.add(rule="stress.defensive", severity="high", message=lapse["message"],
                          fix=lapse["fix"], why=policy.defensive_why, quote=lapse["quote"],
                          question=turn.prompt.text)
    over = [turn for turn in state.turns if turn.kind in ANSWER_KINDS and turn.feedback.get("over_time")]
    if len(over) >= 2 and state.format != "projective":
        for turn in over:
            tally.add(rule="timing.over_limit", severity="medium",
                      message="Answers run past the time limit",
                      fix="Give one example: two sentences of context, your main actions, the result.",
                      why="Leaders are expected to be clear and to the point; long answers lose "
                      "the listener.", quote=None, question=turn.prompt.text)
    return tally.top(FIX_FIRST)


# --- closing ---------------------------------------------------------------------------------


def _closing(kb: KnowledgeBase, content: InterviewContent, state: SessionState) -> dict[str, Any]:
    closing = state.closing
    questions = []
    reply: dict[str, Any] | None = None
    for turn in state.turns:
        if turn.kind in ("candidate_question", "pause_question"):
            info = turn.feedback.get("closing") or {}
            questions.append({"text": turn.answer, "pause": turn.kind == "pause_question",
                              "flags": info.get("flags", []), "reply": info.get("reply")})
        if turn.kind == "concern_reply" and turn.feedback.get("analysis"):
            analysis = turn.feedback["analysis"]
            findings = [
                {"rule": finding["rule"], "message": finding["message"], "fix": finding["fix"],
                 "quote": short(finding["evidence"][0]["quote"], 140) if finding["evidence"] else None}
                for finding in analysis["findings"]
            ]
            good = analysis["overall"] >= content.closing.pause.good_reply_min
            reply = {"answer": turn.answer, "overall": analysis["overall"], "findings": findings,
                     "handled": good,
                     "verdict": "Handled well: the concern was met calmly, with evidence and a plan."
                     if good else "Needs work: see what the reply missed."}
    concern = None
    if closing.concern:
        concern = {key: closing.concern.get(key) for key in ("id", "kind", "title", "why", "severity",
                                                              "source", "answer_plan", "model_reply",
                                                              "quote", "note")}
        concern["title"] = plain_title(content, str(concern.get("title") or ""))
        default = closing.concern.get("source") != "generic"
        concern["personal"] = bool(closing.concern.get("personal", default))
        concern["raised_as"] = closing.concern_prompt
    if not closing.asked_pause:
        result = " ".join(content.closing.pause.never_asked.split())
    elif reply is None:
        result = "You asked what gives the interviewer pause, but did not answer the concern raised."
    else:
        title = concern["title"] if concern else ""
        result = (f"You asked what gives the interviewer pause; they raised “{title}”, "
                  f"and your reply scored {reply['overall']}/100. {reply['verdict']}")
    if concern is not None and not concern["personal"] and concern.get("note"):
        result += " " + str(concern["note"])
    asked = sum(1 for item in questions if not item["pause"])
    notes = []
    if state.ended and not questions:
        for kind in kb.questions_to_ask.avoid:
            if kind.id == "no_questions":
                notes.append(f"You asked no questions at all. {' '.join(kind.why.split())}")
    return {"asked_pause": closing.asked_pause, "concern": concern, "reply": reply,
            "questions": questions, "asked": asked, "ended_by": closing.ended_by, "result": result,
            "notes": notes}


# --- format verdicts -------------------------------------------------------------------------


STRENGTHS_FOR = {
    "evidence": ("Puts a number on the outcome",),
    "ownership": ("Says what you did yourself", "Credits the team"),
    "structure": ("Says what you did yourself", "Puts a number on the outcome"),
    "family": ("Shows what this question is testing", "Draws a lesson you still apply"),
    "tone": ("Credits the team", "Draws a lesson you still apply"),
    "relevance": ("Shows what this question is testing",),
    "concision": (),
}
"""Which proven strengths speak to each dimension, best first (for a panellist's evidence)."""


def _quote_for(kb: KnowledgeBase, persona: PersonaInfo,
               finals: list[tuple[int, PlanItem, TurnRecord]], score: int) -> dict[str, Any] | None:
    """The words that best justify a panellist's score: the worst lapse on their criterion for a
    low score, else the best proof of it, from answers to their own questions first."""
    dimension = persona.dimension
    if score <= 3:
        candidates = []
        for _, item, turn in finals:
            analysis = turn.feedback["analysis"]
            for finding in analysis["findings"]:
                if finding["dimension"] == dimension and finding["evidence"]:
                    candidates.append({**finding, "item": item, "text": analysis["answer"]})
        worst = worst_finding(candidates)
        if worst is not None:
            evidence = worst["evidence"][0]
            quote = evidence["quote"]
            if len(quote.split()) < 6:
                quote = sentence_around(worst["text"], evidence["start"], evidence["end"])
            return {"quote": short(quote, 160), "question": _asked_as(kb, worst["item"]),
                    "why": worst["message"]}
    def score_of(entry: tuple[int, PlanItem, TurnRecord]) -> int:
        judged = entry[2].feedback["analysis"]["dimensions"].get(dimension)
        return int(judged["score"]) if judged else 0

    own = [entry for entry in finals if entry[1].persona == persona.id]
    pools = [own, [entry for entry in finals if entry[1].persona != persona.id]]
    for pool in pools:
        ranked = sorted(pool, key=lambda entry: -score_of(entry))
        for _, item, turn in ranked:
            analysis = turn.feedback["analysis"]
            by_what = {strength["what"]: strength for strength in analysis["strengths"]}
            for wanted in STRENGTHS_FOR.get(dimension, ()):
                strength = by_what.get(wanted)
                if strength and strength["evidence"]:
                    evidence = strength["evidence"][0]
                    quote = sentence_around(analysis["answer"], evidence["start"], evidence["end"])
                    return {"quote": short(quote, 160), "question": _asked_as(kb, item),
                            "why": strength["what"]}
    # No strength shows the criterion: the best the panellist can cite is a sentence where the
    # candidate reports what they did or what came of it, in an answer to their own questions.
    for _, item, turn in sorted(own, key=lambda entry: -score_of(entry)):
        analysis = turn.feedback["analysis"]
        for sent in analysis.get("structure") or []:
            if sent["role"] in ("actions", "results") and len(sent["quote"].split()) >= 6:
                return {"quote": short(sent["quote"], 160), "question": _asked_as(kb, item),
                        "why": None}
    return None


def _panel(kb: KnowledgeBase, content: InterviewContent, state: SessionState,
           finals: list[tuple[int, PlanItem, TurnRecord]], closing: dict[str, Any],
           *, overall: int | None, weak: list[str]) -> dict[str, Any]:
    panellists: list[dict[str, Any]] = []
    for persona in state.personas:
        scores = [turn.feedback["analysis"]["dimensions"][persona.dimension]["score"]
                  for _, _, turn in finals
                  if persona.dimension in turn.feedback["analysis"]["dimensions"]]
        asked = [item.text for item in state.plan[: state.cursor + 1] if item.persona == persona.id]
        if not scores:
            panellists.append({"persona": persona.id, "name": persona.name, "role": persona.role,
                               "criterion": persona.criterion, "dimension": persona.dimension,
                               "score": None, "reason": "No answers to judge yet.", "evidence": None,
                               "asked": asked})
            continue
        score = max(1, min(5, round(mean(scores))))
        anchors = kb.anchors.get(persona.dimension)
        anchor = anchors.levels[score] if anchors else ""
        evidence = _quote_for(kb, persona, finals, score)
        reason = anchor
        if evidence is not None:
            label = "Weakest point" if score <= 3 else "Best evidence"
            why = f" ({evidence['why']})" if evidence.get("why") else ""
            asked_about = short(evidence["question"], 90)
            reason = f"{anchor} {label}: “{evidence['quote']}”{why}, answering “{asked_about}”."
        panellists.append({"persona": persona.id, "name": persona.name, "role": persona.role,
                           "criterion": persona.criterion, "dimension": persona.dimension,
                           "score": score, "reason": reason, "evidence": evidence, "asked": asked})
    scored = [item["score"] for item in panellists if item["score"] is not None]
    average = _round(mean(scored)) if scored else None
    policy = content.engine.panel
    recommendation = policy.recommendations[-1].verdict
    for index, band in enumerate(policy.recommendations):
        if weak and index < policy.weak_answer_cap:
            continue
        if (average is not None and average >= band.min_average
                and overall is not None and overall >= band.min_overall):
            recommendation = band.verdict
            break
    role = state.role
    subject = "The candidate"
    if role is not None and role.title:
        subject = f"The candidate for {role.title}" + (f" at {role.company}" if role.company else "")
    memo = [f"To: {policy.director}",
            f"From: the interview panel ({', '.join(item['name'] for item in panellists)})",
            f"Re: {subject}",
            f"Recommendation: {recommendation}"
            + (f" Panel average {average}/5" if average is not None else "")
            + (f", answers {overall}/100 on average." if overall is not None else "."),
            ""]
    if weak:
        memo.insert(-1, "Reservation: " + "; ".join(weak) + ".")
    for item in panellists:
        score_text = f"{item['score']}/5" if item["score"] is not None else "not scored"
        memo.append(f"- {item['name']}, {item['role']}. {item['criterion']}: {score_text}. {item['reason']}")
    memo += ["", f"Closing: {closing['result']}"]
    return {"director": policy.director, "recommendation": recommendation, "average": average,
            "overall": overall, "reservations": list(weak), "panellists": panellists,
            "memo": "\n".join(memo)}


def _stress(state: SessionState) -> dict[str, Any]:
    answers = []
    lapses = []
    for turn in state.turns:
        composure = turn.feedback.get("composure")
        if turn.kind not in ANSWER_KINDS or composure is None:
            continue
        answers.append({"turn": turn.index, "question": short(turn.prompt.text, 120),
                        "score": composure["score"], "kept": composure["kept"]})
        for lapse in composure["lapses"]:
            lapses.append({**lapse, "turn": turn.index})
    challenges = [turn.prompt.text for turn in state.turns if turn.prompt.kind == "follow_up"]
    cut_off = sum(1 for turn in state.turns if turn.kind in ANSWER_KINDS | {"silence"}
                  and turn.feedback.get("over_time"))
    average = _round(mean(item["score"] for item in answers)) if answers else None
    if average is None:
        verdict = "No answers to judge yet."
    elif not lapses:
        verdict = "Composure kept throughout: courteous, on topic, no excuses and no pushback."
    else:
        verdict = (f"Composure slipped {len(lapses)} time(s); the interviewer will remember those "
                   "moments more than your facts.")
    return {"average": average, "answers": answers, "lapses": lapses, "challenges": challenges,
            "cut_off": cut_off, "verdict": verdict}


def _cases(kb: KnowledgeBase, finals: list[tuple[int, PlanItem, TurnRecord]]) -> dict[str, Any] | None:
    cases = []
    covered: dict[str, dict[str, Any]] = {}
    for _, item, turn in finals:
        case = turn.feedback.get("case")
        if not case:
            continue
        cases.append({"question": _asked_as(kb, item), "score": case["score"], "met": case["met"],
                      "of": case["of"], "criteria": case["criteria"]})
        for criterion in case["criteria"]:
            entry = covered.setdefault(criterion["id"], {"name": criterion["name"], "covered": 0,
                                                         "of": 0})
            entry["of"] += 1
            entry["covered"] += 1 if criterion["met"] else 0
    if not cases:
        return None
    missed = [entry["name"].lower() for entry in covered.values() if entry["covered"] < entry["of"]]
    noun = "case" if len(cases) == 1 else "cases"
    summary = (f"Cases: {len(cases)} {noun}, average {_round(mean(case['score'] for case in cases))}/5."
               + (f" Missing: {', '.join(missed)}." if missed else " Every criterion covered."))
    return {"cases": cases, "criteria": covered, "summary": summary}


def _projective(kb: KnowledgeBase, content: InterviewContent, state: SessionState) -> dict[str, Any]:
    limit = kb.formats[state.format].time_limit_s
    areas = []
    for area in content.projective.areas:
        entries = []
        signals: list[dict[str, Any]] = []
        slow = 0
        for turn in state.turns:
            if turn.plan_index is None or turn.kind not in ANSWER_KINDS:
                continue
            item = state.plan[turn.plan_index]
            if item.area != area.id.value:
                continue
            analysis = turn.feedback.get("analysis") or {}
            fired = [finding["rule"] for finding in analysis.get("findings", [])]
            found = projective_signals(content, kb, turn.answer, area.id.value, fired)
            signals.extend({**signal, "question": item.text} for signal in found)
            slow += 1 if turn.seconds is not None and turn.seconds > limit else 0
            entries.append({"question": item.text, "answer": turn.answer, "seconds": turn.seconds,
                            "how_read": " ".join((item.reading or "").split()), "signals": found})
        cautions = [signal for signal in signals if signal["tone"] == "caution"]
        positives = [signal for signal in signals if signal["tone"] == "positive"]
        if not entries:
            summary = "Not reached in this session."
        elif cautions:
            unique = list(dict.fromkeys(signal["reading"] for signal in cautions))
            summary = "Read with care. " + " ".join(unique)
        elif positives:
            unique = list(dict.fromkeys(signal["reading"] for signal in positives))
            summary = " ".join(unique)
        else:
            summary = " ".join(area.settled.split())
        if slow:
            summary += " " + " ".join(content.projective.slow.format(count=slow, limit=limit).split())
        areas.append({"area": area.id.value, "name": area.name, "what_it_reads": area.what_it_reads,
                      "questions": entries, "cautions": len(cautions), "summary": summary})
    return {"areas": areas,
            "note": "A reading of how answers may come across, not a diagnosis: projective "
                    "answers are heard as statements about the candidate."}


def _biographical(state: SessionState, finals: list[tuple[int, PlanItem, TurnRecord]]) -> dict[str, Any]:
    answers: list[dict[str, Any]] = []
    touched: dict[str, str] = {}
    for _, item, turn in finals:
        vacancy = turn.feedback.get("vacancy") or {}
        for hit in vacancy.get("touched", []):
            touched.setdefault(hit["requirement"], hit["quote"])
        answers.append({"question": item.text, "relevance": vacancy.get("relevance"),
                        "words": vacancy.get("words"), "seconds": turn.seconds,
                        "brevity": vacancy.get("brevity"), "touched": len(vacancy.get("touched", []))})
    requirements: dict[str, Any] | None = None
    if state.role is not None and state.role.requirements:
        missed = [text for text in state.role.requirements if text not in touched]
        requirements = {"touched": [{"requirement": key, "quote": value} for key, value in touched.items()],
                        "missed": missed}
    long_answers = sum(1 for answer in answers if answer["brevity"] == "too long")
    relevance = [answer["relevance"] for answer in answers if answer["relevance"] is not None]
    summary = (f"Relevance to the vacancy {_round(mean(relevance))}/5 on average" if relevance
               else "No answers judged yet")
    if requirements is not None:
        total = len(state.role.requirements) if state.role else 0
        summary += f"; {len(requirements['touched'])} of {total} requirements of the role were spoken to"
    summary += f"; {long_answers} answer(s) too long." if long_answers else "; every answer kept brief."
    return {"answers": answers, "requirements": requirements, "summary": summary}


# --- the report ------------------------------------------------------------------------------


def _verdict(content: InterviewContent, overall: int | None, weak: list[str]) -> str | None:
    """The session's verdict: the first band its mean answer score reaches, capped by weak answers."""
    if overall is None:
        return None
    policy = content.engine.verdict
    for index, band in enumerate(policy.bands):
        if weak and index < policy.weak_answer_cap:
            continue
        if overall >= band.min_overall:
            return band.verdict
    return policy.bands[-1].verdict


def _weak_answers(content: InterviewContent, state: SessionState,
                  finals: list[tuple[int, PlanItem, TurnRecord]], silent: list[int]) -> list[str]:
    """Why the session cannot earn the top verdict: answers too thin to judge, weak or off the
    question, and questions left unanswered."""
    policy = content.engine.verdict
    weak = []
    for _, item, turn in finals:
        analysis = turn.feedback["analysis"]
        asked = short(item.text, 70)
        fired = {finding["rule"] for finding in analysis.get("findings", [])}
        if analysis.get("state") == "insufficient_evidence":
            weak.append(f"too little to judge in the answer to “{asked}”")
        elif analysis["overall"] < policy.weak_below:
            weak.append(f"a weak answer ({analysis['overall']}/100) to “{asked}”")
        elif fired & set(policy.weak_rules):
            weak.append(f"the answer to “{asked}” did not answer the question")
    for index in silent:
        weak.append(f"no answer to “{short(state.plan[index].text, 70)}”")
    return weak



def build_session_report(
    kb: KnowledgeBase, state: SessionState, *, meta: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The whole session as the candidate reads it afterwards; JSON-ready.

    ``headline`` comes first, and when the session ended without the "gives you pause"
    question, its first line says so.
    """
    content = interview_content(kb)
    fmt = kb.formats[state.format]
    finals = final_answers(state)
    dimensions = _dimensions(kb, finals)
    fixes = _fix_first(kb, content, state, finals)
    closing = _closing(kb, content, state)
    silent = unanswered(state)
    scores = [turn.feedback["analysis"]["overall"] for _, _, turn in finals] + [0] * len(silent)
    overall = round(mean(scores)) if scores else None
    weak = _weak_answers(content, state, finals, silent)
    reply = closing.get("reply")
    if reply is not None and reply["overall"] < content.closing.pause.good_reply_min:
        # The concern they raised, met badly, is the last thing the panel remembers.
        weak.append(f"a reply to their concern that did not meet it ({reply['overall']}/100)")
    cases = _cases(kb, finals)
    panel = (_panel(kb, content, state, finals, closing, overall=overall, weak=weak)
             if len(state.personas) > 1 else None)
    stress = _stress(state) if state.format == "stress" else None
    projective = _projective(kb, content, state) if state.format == "projective" else None
    biographical = _biographical(state, finals) if state.format == "biographical" else None

    headline: list[str] = []
    if not state.ended:
        headline.append("This session is still in progress; the report covers the answers so far.")
    elif not state.closing.asked_pause:
        headline.append(" ".join(content.closing.pause.never_asked.split()))
    if state.closing.asked_pause:
        headline.append(closing["result"])
    if silent:
        noun = "question" if len(silent) == 1 else "questions"
        headline.append(f"No answer to {len(silent)} {noun} before the time ran out; each counts as "
                        "0 in your average.")
    if finals and overall is not None:
        averaged = [(name, item["average"]) for name, item in dimensions.items()
                    if item["average"] is not None]
        best = max(averaged, key=lambda pair: pair[1])
        worst = min(averaged, key=lambda pair: pair[1])
        noun = "question" if len(finals) == 1 else "questions"
        headline.append(f"{len(finals)} {noun} answered, average {overall}/100; strongest on "
                        f"{dimensions[best[0]]['label'].lower()} ({best[1]}/5), weakest on "
                        f"{dimensions[worst[0]]['label'].lower()} ({worst[1]}/5).")
    for fix in fixes:
        if fix["rule"] != "closing.no_pause_question":
            headline.append(f"Fix first: {fix['message'][0].lower() + fix['message'][1:]}. {fix['fix']}")
            break
    verdict = _verdict(content, overall, weak)
    held_back = ""
    if weak:
        more = f" (and {len(weak) - 1} more)" if len(weak) > 1 else ""
        held_back = f" Held back by {weak[0]}{more}."
    if verdict is not None and panel is None:
        headline.append(f"Verdict: {verdict}{held_back}")
    if panel is not None:
        headline.append(f"Panel verdict: {panel['recommendation']}{held_back}")
    if stress is not None:
        headline.append(stress["verdict"])
    if cases is not None:
        headline.append(cases["summary"])
    if projective is not None:
        flagged = [area["name"].lower() for area in projective["areas"] if area["cautions"]]
        headline.append("Projective reading: read with care on " + ", ".join(flagged) + "."
                        if flagged else "Projective reading: nothing that would worry an interviewer.")
    if biographical is not None:
        headline.append(biographical["summary"])

    asked = _asked_indices(state)
    role = state.role
    meta = meta or {}
    return {
        "headline": headline,
        "version": REPORT_VERSION,
        "session": {
            "id": meta.get("id"),
            "format": state.format,
            "format_name": fmt.name,
            "mode": state.mode,
            "seed": state.seed,
            "status": "ended" if state.ended else "in_progress",
            "started_at": meta.get("started_at"),
            "ended_at": meta.get("ended_at"),
            "application": {"id": role.application_id, "company": role.company, "title": role.title}
            if role is not None else None,
            "personas": [{"id": p.id, "name": p.name, "role": p.role, "criterion": p.criterion}
                         for p in state.personas],
            "questions_planned": len(state.plan),
            "questions_asked": len(asked),
            "notes": list(state.notes),
        },
        "pause_question": {"asked": state.closing.asked_pause,
                           "message": closing["result"] if state.closing.asked_pause
                           else " ".join(content.closing.pause.never_asked.split())},
        "overall": overall,
        "verdict": verdict,
        "reservations": weak,
        "dimensions": dimensions,
        "fix_first": fixes,
        "timing": _timing(kb, state),
        "families": _families(kb, finals),
        "closing": closing,
        "panel": panel,
        "stress": stress,
        "cases": cases,
        "projective": projective,
        "biographical": biographical,
        "turns": _turns(state),
    }
