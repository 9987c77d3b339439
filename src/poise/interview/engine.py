"""The interviewer as a pure state machine: ``start_interview``, then ``respond`` until ``end``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from poise.analysis import AnalysisContext, Report, analyse
from poise.content.loader import KnowledgeBase
from poise.content.schema import Format, InterviewContent
from poise.errors import InputError, SessionEndedError
from poise.interview import closing as closing_phase
from poise.interview.clock import clock
from poise.interview.followups import (
    QUOTE_PREFIX,
    FollowUp,
    choose_challenge,
    choose_follow_up,
    clarifying_reply,
    is_clarifying,
    resolved_findings,
)
from poise.interview.judges import (
    Similarity,
    brevity,
    embedding_similarity,
    interview_content,
    judge_case,
    judge_composure,
    judge_vacancy,
    sentences,
    short,
)
from poise.interview.model import (
    MODES,
    PersonaInfo,
    PlanItem,
    Prompt,
    RoleContext,
    SessionState,
    Thread,
    TurnRecord,
    seeded,
)
from poise.interview.plan import build_plan, personas_of
from poise.interview.report import build_session_report

MAX_ANSWER_CHARS = 20_000

Analyser = Callable[[str, str, AnalysisContext], Report]


@dataclass(frozen=True)
class Tools:
    """The engine's only dependencies beyond the knowledge base, replaceable in tests."""

    analyse: Analyser
    similarity: Similarity


def default_tools(kb: KnowledgeBase) -> Tools:
    """The real analyser and the bundled sentence-embedding similarity."""

    def run(question: str, answer: str, context: AnalysisContext) -> Report:
        return analyse(question, answer, context=context, kb=kb)

    return Tools(analyse=run, similarity=embedding_similarity)


@dataclass(frozen=True)
class Step:
    """The result of one move: the new state, the interviewer's next prompt, the turn just
    completed (with its feedback) and, once the session ends, the session report."""

    state: SessionState
    prompt: Prompt
    turn: TurnRecord | None = None
    report: dict[str, Any] | None = None

    @property
    def ended(self) -> bool:
        """True when the interviewer has closed the session."""
        return self.prompt.kind == "end"


def start_interview(
    kb: KnowledgeBase,
    *,
    interview_format: str,
    seed: int,
    mode: str = "practice",
    role: RoleContext | None = None,
    queue: Sequence[str] = (),
    tools: Tools | None = None,
) -> Step:
    """A new session: the plan is drawn (deterministically from ``seed``) and the first question asked.

    ``tools`` gives the similarity that keeps near-duplicate questions out of the plan (the
    bundled sentence embeddings by default).
    """
    content = interview_content(kb)
    fmt = kb.formats.get(interview_format)
    if fmt is None:
        raise InputError(
            f"Unknown interview format {interview_format!r}.",
            hint=f"Use one of: {', '.join(kb.formats)}.",
        )
    if mode not in MODES:
        raise InputError(f"Unknown mode {mode!r}.", hint="Use practice (feedback after each answer) "
                         "or real (feedback only at the end).")
    tools = tools or default_tools(kb)
    plan, notes = build_plan(kb, fmt, content, seed=seed, role=role, queue=queue,
                             similarity=tools.similarity)
    if role is not None and not role.has_fit:
        notes.append("This application has no fit map yet, so the concern raised at the end comes "
                      "from what you say in this session; build the fit map to rehearse the one the "
                      "employer is likely to raise.")
    personas = personas_of(fmt, content, role)
    placeholder = Prompt("question", personas[0].name, personas[0].role, personas[0].id, "", None)
    state = SessionState(
        format=interview_format, mode=mode, seed=seed, personas=personas, plan=plan, role=role,
        phase="questions", cursor=0, pending=placeholder, thread=Thread(plan_index=0), notes=notes,
    )
    engine = _Engine(kb, content, state, tools)
    state.pending = engine.question_prompt(0, interrupted=False)
    return Step(state=state, prompt=state.pending)


def respond(
    kb: KnowledgeBase,
    state: SessionState,
    text: str,
    *,
    seconds: float | None = None,
    tools: Tools | None = None,
) -> Step:
    """The candidate's words in reply to ``state.pending``; returns the next step.

    ``state`` is not changed: the step carries a new one. ``seconds`` is how long the answer
    took (None when not measured). An empty answer is an InputError, except in the stress
    format when the time ran out (the candidate said nothing in time).
    """
    if state.ended:
        raise SessionEndedError(
            "This practice session has ended.",
            hint="Read its report, or start a new session.",
        )
    if seconds is not None and seconds < 0:
        raise InputError("The answer time cannot be negative.", hint="Send the seconds the answer took.")
    if len(text) > MAX_ANSWER_CHARS:
        raise InputError(
            f"The answer is longer than {MAX_ANSWER_CHARS:,} characters.",
            hint="A spoken answer is a few hundred words; send the part you would say.",
        )
    copy = SessionState.from_dict(state.to_dict())
    engine = _Engine(kb, interview_content(kb), copy, tools or default_tools(kb))
    return engine.respond(text.strip(), seconds)


class _Engine:
    """One move of the interviewer over a private copy of the state."""

    def __init__(self, kb: KnowledgeBase, content: InterviewContent, state: SessionState,
                 tools: Tools) -> None:
        self.kb = kb
        self.content = content
        self.state = state
        self.tools = tools
        self.fmt = kb.formats[state.format]

    # -- helpers -------------------------------------------------------------------------------

    @property
    def stress(self) -> bool:
        return self.state.format == Format.STRESS.value

    @property
    def lead(self) -> PersonaInfo:
        return self.state.personas[0]

    def prompt(self, kind: str, persona: PersonaInfo, text: str, limit: int | None,
               question_id: str | None = None) -> Prompt:
        return Prompt(kind=kind, speaker=persona.name, speaker_role=persona.role, persona=persona.id,
                      text=" ".join(text.split()), time_limit_s=limit, question_id=question_id)

    def context(self, *, family: str | None, phase: str) -> AnalysisContext:
        role = self.state.role
        return AnalysisContext(
            family=family,
            interview_format=self.state.format,
            role=role.requirements if role else (),
            job_text=role.job_text if role else "",
            phase=phase,
        )

    def over(self, seconds: float | None) -> bool:
        """True when the answer ran past its limit (a client that cuts an answer off at the limit
        reports a time just past it)."""
        limit = self.state.pending.time_limit_s
        return seconds is not None and limit is not None and seconds > limit

    def feedback(self, kind: str, seconds: float | None, *, analysis: Report | None,
                 notes: list[str] | None = None) -> dict[str, Any]:
        pending = self.state.pending
        over = self.over(seconds)
        all_notes = list(notes or [])
        if over and kind in ("answer", "follow_up_answer", "concern_reply"):
            limit = pending.time_limit_s or 0
            if self.stress:
                all_notes.append(f"Cut off: the interviewer stopped you at the {limit}-second limit.")
            else:
                all_notes.append(f"Over time: {clock(seconds)} against a limit of {clock(limit)}. "
                                 "The interviewer waited, but in a real interview attention fades.")
        return {
            "turn": len(self.state.turns),
            "kind": kind,
            "question": pending.text,
            "speaker": pending.speaker,
            "analysis": analysis.to_dict() if analysis is not None else None,
            "seconds": seconds,
            "time_limit_s": pending.time_limit_s,
            "over_time": over,
            "notes": all_notes,
            "case": None,
            "composure": None,
            "vacancy": None,
            "closing": None,
            "follow_up": None,
        }

    def record(self, text: str, seconds: float | None, kind: str, feedback: dict[str, Any],
               plan_index: int | None) -> TurnRecord:
        turn = TurnRecord(index=len(self.state.turns), prompt=self.state.pending, answer=text,
                          seconds=seconds, kind=kind, plan_index=plan_index, feedback=feedback)
        self.state.turns.append(turn)
        return turn

    def analysed_text(self, item: PlanItem) -> str:
        """The question as the analyser should read it: a persona's opening line is judged as
        the bank question it stands for (greetings would blur relevance and hide that the
        question asks for a past example)."""
        if item.source == "opening" and item.question_id in self.kb.questions:
            return self.kb.questions[item.question_id].text
        return item.text

    def question_prompt(self, index: int, *, interrupted: bool) -> Prompt:
        """The prompt for plan item ``index``, with the lines an interviewer says before it."""
        item = self.state.plan[index]
        persona = self.state.persona(item.persona)
        before: list[str] = []
        if interrupted:
            before.append(self.content.engine.stress.interruption)
        if index == _first_index(self.state, persona.id) and not persona.opening_is_question:
            before.append(persona.opening)
        if self.stress and index > 0 and not interrupted:
            before.append(seeded(self.state.seed, "transition", index).choice(
                self.content.engine.stress.transitions))
        parts = [*before, item.text]
        if index == 0 and len(self.state.personas) > 1:
            parts = self.with_panel_introduction(" ".join(parts))
        text = " ".join(parts)
        return self.prompt("question", persona, text, self.fmt.time_limit_s, item.question_id)

    def with_panel_introduction(self, text: str) -> list[str]:
        """The chair's first words with the panel introduced after the greeting, if any."""
        names = _names([f"{p.name} ({p.role.split(',')[0]})" for p in self.state.personas])
        introduction = self.content.engine.panel.introduction.format(
            count=_count_word(len(self.state.personas)), names=names)
        found = sentences(text)
        if len(found) >= 2 and "?" not in found[0][2]:
            greeting_end = found[0][1]
            return [text[:greeting_end], introduction, text[greeting_end:].strip()]
        return [introduction, text]

    # -- the moves -----------------------------------------------------------------------------

    def respond(self, text: str, seconds: float | None) -> Step:
        phase = self.state.phase
        if phase == "questions":
            return self.answer_question(text, seconds)
        if phase == "concern":
            return self.concern_reply(text, seconds)
        return self.closing_line(text, seconds)

    def answer_question(self, text: str, seconds: float | None) -> Step:
        state = self.state
        thread = state.thread or Thread(plan_index=state.cursor)
        state.thread = thread
        item = state.plan[thread.plan_index]
        persona = state.persona(item.persona)
        over = self.over(seconds)
        if not text:
            if over:
                return self.silence(thread, seconds)
            raise InputError("The answer is empty.", hint="Type what you would say, then send it.")
        policy = self.content.engine.clarifying
        if thread.clarifications < policy.max_per_question and is_clarifying(self.content, text):
            thread.clarifications += 1
            feedback = self.feedback("clarification", seconds, analysis=None, notes=[
                "A clarifying question: answered from what the interviewer is really asking, and "
                "not counted as an answer."])
            turn = self.record(text, seconds, "clarification", feedback, thread.plan_index)
            reply = clarifying_reply(self.content, item, stress=self.stress)
            state.pending = self.prompt("reply", persona, reply, state.pending.time_limit_s,
                                        item.question_id)
            return Step(state=state, prompt=state.pending, turn=turn)

        cut = cut_at_limit(text, seconds, state.pending.time_limit_s) if self.stress and over else None
        spoken = len(text.split())
        if cut is not None:
            text = cut["said"]
        kind = "follow_up_answer" if thread.follow_ups else "answer"
        earlier = self.last_analysis(thread.plan_index) if thread.follow_ups else None
        offset = sum(len(answer) + 1 for answer in thread.answers)
        thread.answers.append(text)
        combined = " ".join(thread.answers)
        report = self.tools.analyse(self.analysed_text(item), combined,
                                    self.context(family=item.family, phase="answer"))
        feedback = self.feedback(kind, seconds, analysis=report)
        if cut is not None:
            feedback["cut"] = cut
            if cut["unsaid"]:
                feedback["notes"].append(f"The interviewer stopped you after “{short(cut['last'], 80)}”; "
                                         "the rest was not heard and is not judged.")
        if thread.follow_ups:
            feedback["notes"].append("Judged together with your earlier answer to this question.")
            feedback["resolved"] = resolved_findings(earlier, report)
        case = judge_case(self.kb, combined) if item.case else None
        feedback["case"] = case
        if self.stress:
            alone = None
            if thread.follow_ups and text.strip():
                # a follow-up reply is judged alone too: joined to the first answer, a clipped
                # or sarcastic reply is no longer short
                alone = self.tools.analyse(self.analysed_text(item), text,
                                           self.context(family=item.family, phase="answer"))
            feedback["composure"] = judge_composure(self.kb, report, text, offset=offset, alone=alone)
        if state.format == Format.BIOGRAPHICAL.value:
            feedback["vacancy"] = self.vacancy(item.family, combined, report, seconds)
        if self.stress:
            follow_up = choose_challenge(
                self.content, item=item, thread=thread, report=report, over_time=over,
                used=state.challenges_used, seed=state.seed, turn=len(state.turns), offset=offset,
                spoken_words=spoken)
        else:
            follow_up = choose_follow_up(self.content, interview_format=state.format, item=item,
                                         thread=thread, report=report, case=case,
                                         used=state.challenges_used, offset=offset)
        turn = self.record(text, seconds, kind, feedback, thread.plan_index)
        if follow_up is not None:
            feedback["follow_up"] = follow_up.text
            feedback["follow_up_quote"] = follow_up.quote
            return self.ask_follow_up(follow_up, persona, interrupted=self.stress and over)
        return self.advance(interrupted=self.stress and over, turn=turn)

    def last_analysis(self, plan_index: int) -> dict[str, Any] | None:
        """The analysis of the latest answer to the question at ``plan_index``, if any."""
        for turn in reversed(self.state.turns):
            if turn.plan_index == plan_index and turn.kind in ("answer", "follow_up_answer"):
                analysis = turn.feedback.get("analysis")
                return analysis if isinstance(analysis, dict) else None
        return None

    def silence(self, thread: Thread, seconds: float | None) -> Step:
        """Nothing said before the limit: recorded as no answer, and the interviewer moves on."""
        note = ("No answer before the limit. In a stress round, one calm sentence beats silence."
                if self.stress else
                "No answer before the limit: recorded as no answer. If you need a moment, say so, "
                "or ask a clarifying question.")
        feedback = self.feedback("silence", seconds, analysis=None, notes=[note])
        feedback["over_time"] = True
        turn = self.record("", seconds, "silence", feedback, thread.plan_index)
        return self.advance(interrupted=False, turn=turn)

    def vacancy(self, family: str, answer: str, report: Report, seconds: float | None) -> dict[str, Any]:
        info = self.kb.families.get(family)
        result: dict[str, Any] = {
            "relevance": report.dimension("relevance").score,
            "words": report.words,
            "brevity": brevity(report.words, seconds, min_words=info.min_words if info else 25,
                               max_words=info.max_words if info else 320,
                               time_limit_s=self.state.pending.time_limit_s),
            "touched": [],
        }
        role = self.state.role
        if role is not None and role.requirements:
            threshold = self.content.engine.biographical.requirement_threshold
            touched = judge_vacancy(answer, role.requirements, similarity=self.tools.similarity,
                                    threshold=threshold)
            result["touched"] = touched["touched"]
        return result

    def ask_follow_up(self, follow_up: FollowUp, persona: PersonaInfo, *, interrupted: bool,
                      turn: TurnRecord | None = None) -> Step:
        state = self.state
        thread = state.thread
        if thread is not None:
            thread.follow_ups += 1
            thread.asked.append(follow_up.key)
            if follow_up.quote:
                thread.asked.append(QUOTE_PREFIX + follow_up.quote)
        item = state.plan[state.cursor]
        state.challenges_used.append(follow_up.line or follow_up.text)
        if self.stress:
            limit = self.content.engine.stress.challenge_time_limit_s
        else:
            limit = self.content.engine.follow_ups.time_limit_s.get(Format(state.format),
                                                                    self.fmt.time_limit_s)
        text = follow_up.text
        if interrupted:
            text = f"{self.content.engine.stress.interruption} {text}"
        state.pending = self.prompt("follow_up", persona, text, limit, item.question_id)
        return Step(state=state, prompt=state.pending, turn=turn or state.turns[-1])

    def advance(self, *, interrupted: bool, turn: TurnRecord) -> Step:
        state = self.state
        state.cursor += 1
        if state.cursor < len(state.plan):
            state.thread = Thread(plan_index=state.cursor)
            state.pending = self.question_prompt(state.cursor, interrupted=interrupted)
            return Step(state=state, prompt=state.pending, turn=turn)
        state.thread = None
        state.phase = "closing"
        invite = self.content.closing.invite[Format(state.format)]
        if interrupted:
            invite = f"{self.content.engine.stress.interruption} {invite}"
        state.pending = self.prompt("closing", self.lead, invite, self.content.closing.time_limit_s)
        return Step(state=state, prompt=state.pending, turn=turn)

    # -- the closing phase ---------------------------------------------------------------------

    def closing_line(self, text: str, seconds: float | None) -> Step:
        state = self.state
        closing = state.closing
        lines = self.content.closing
        if not text:
            raise InputError(
                "The question is empty.",
                hint="Ask the interviewer a question, or say you have no more questions to finish.",
            )
        limit = lines.time_limit_s
        if closing_phase.is_pause_question(self.content, text):
            report = self.tools.analyse("", text, self.context(family=None, phase="candidate_question"))
            feedback = self.feedback("pause_question", seconds, analysis=report, notes=[
                "You asked what gives the interviewer pause: the best question to end on."])
            feedback["closing"] = {"pause": True, "flags": []}
            closing.asked_pause = True
            turn = self.record(text, seconds, "pause_question", feedback, None)
            if closing.concern_raised:
                reply = f"{lines.pause.repeat} {lines.replies.more}"
                state.pending = self.prompt("reply", self.lead, reply, limit)
                return Step(state=state, prompt=state.pending, turn=turn)
            before = ""
            rest = closing_phase.other_questions(self.content, text)
            if rest:
                before, flags = closing_phase.answer_candidate_question(
                    self.kb, self.content, text=rest, report=None, role=state.role,
                    similarity=self.tools.similarity)
                feedback["closing"]["flags"] = flags
            plan_families = {index: item.family for index, item in enumerate(state.plan)}
            plan_areas = {index: item.area for index, item in enumerate(state.plan) if item.area}
            concern = closing_phase.choose_concern(self.kb, self.content, role=state.role,
                                                   turns=state.turns, plan_families=plan_families,
                                                   seed=state.seed, plan_areas=plan_areas)
            voiced = closing_phase.voice_concern(self.content, concern, stress=self.stress)
            closing.concern = concern
            closing.concern_raised = True
            closing.concern_prompt = voiced
            state.phase = "concern"
            state.pending = self.prompt("concern", self.lead, f"{before} {voiced}",
                                        lines.concern_time_limit_s)
            return Step(state=state, prompt=state.pending, turn=turn)
        if closing_phase.is_done(self.content, text):
            feedback = self.feedback("closing_done", seconds, analysis=None)
            turn = self.record(text, seconds, "closing_done", feedback, None)
            closing.ended_by = "candidate"
            return self.end(turn, out_of_time=False)
        if "?" not in text:
            closing.statements += 1
            feedback = self.feedback("statement", seconds, analysis=None, notes=[
                "Not a question. The closing phase is your time to ask; end it by saying you have "
                "no more questions."])
            turn = self.record(text, seconds, "statement", feedback, None)
            if closing.statements >= 3:
                closing.ended_by = "time"
                return self.end(turn, out_of_time=True)
            state.pending = self.prompt("reply", self.lead, lines.replies.statement, limit)
            return Step(state=state, prompt=state.pending, turn=turn)
        report = self.tools.analyse("", text, self.context(family=None, phase="candidate_question"))
        reply, flags = closing_phase.answer_candidate_question(
            self.kb, self.content, text=text, report=report, role=state.role,
            similarity=self.tools.similarity)
        feedback = self.feedback("candidate_question", seconds, analysis=report)
        feedback["closing"] = {"pause": False, "flags": flags, "reply": reply}
        closing.questions += 1
        turn = self.record(text, seconds, "candidate_question", feedback, None)
        if closing.questions >= lines.max_questions:
            closing.ended_by = "time"
            return self.end(turn, out_of_time=True, reply=reply)
        state.pending = self.prompt("reply", self.lead, f"{reply} {lines.replies.more}", limit)
        return Step(state=state, prompt=state.pending, turn=turn)

    def concern_reply(self, text: str, seconds: float | None) -> Step:
        state = self.state
        closing = state.closing
        lines = self.content.closing
        if not text:
            raise InputError("The reply is empty.", hint="Answer the concern the interviewer raised.")
        concern = closing.concern or {}
        if not closing.concern_clarified and is_clarifying(self.content, text):
            closing.concern_clarified = True
            feedback = self.feedback("concern_clarification", seconds, analysis=None, notes=[
                "A clarifying question about the concern: not judged."])
            turn = self.record(text, seconds, "concern_clarification", feedback, None)
            why = str(concern.get("why") or concern.get("title") or "")
            reply = lines.pause.clarify.format(why=why)
            state.pending = self.prompt("reply", self.lead, reply, lines.concern_time_limit_s)
            return Step(state=state, prompt=state.pending, turn=turn)
        report = self.tools.analyse(closing.concern_prompt, text,
                                    self.context(family=None, phase="concern_reply"))
        feedback = self.feedback("concern_reply", seconds, analysis=report)
        feedback["closing"] = {"pause": False, "flags": [], "concern": concern.get("title")}
        turn = self.record(text, seconds, "concern_reply", feedback, None)
        if state.mode == "real":
            after = lines.pause.after_reply_neutral
        elif report.overall >= lines.pause.good_reply_min:
            after = lines.pause.after_reply_good
        else:
            after = lines.pause.after_reply_weak
        state.phase = "closing"
        state.pending = self.prompt("reply", self.lead, after, lines.time_limit_s)
        return Step(state=state, prompt=state.pending, turn=turn)

    def end(self, turn: TurnRecord, *, out_of_time: bool, reply: str = "") -> Step:
        state = self.state
        lines = self.content.closing
        words = [reply] if reply else []
        if out_of_time:
            words.append(lines.out_of_time)
        words.append(lines.end[Format(state.format)])
        state.phase = "ended"
        state.thread = None
        state.pending = self.prompt("end", self.lead, " ".join(words), None)
        report = build_session_report(self.kb, state)
        return Step(state=state, prompt=state.pending, turn=turn, report=report)


def cut_at_limit(text: str, seconds: float | None, limit: int | None) -> dict[str, Any] | None:
    """An answer cut where the limit fell: the words said by then, at the answer's own pace.

    Returns None when the answer ended within its limit (or was not timed).
    """
    if not seconds or not limit or seconds < limit:
        return None
    words = text.split()
    keep = min(len(words), max(1, round(len(words) * limit / seconds)))
    said = " ".join(words[:keep])
    unsaid = " ".join(words[keep:])
    last = " ".join(words[max(0, keep - 8):keep])
    return {"at_s": limit, "said": said, "unsaid": unsaid, "last": last,
            "words_said": keep, "words_unsaid": len(words) - keep}


def _first_index(state: SessionState, persona_id: str) -> int:
    for index, item in enumerate(state.plan):
        if item.persona == persona_id:
            return index
    return -1


def _names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _count_word(count: int) -> str:
    return {2: "two", 3: "three", 4: "four"}.get(count, str(count))


