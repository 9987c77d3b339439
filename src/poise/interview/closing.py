"""The closing phase: the pause question, the concern, and answers to the candidate's questions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from poise.analysis.matching import compile_matcher
from poise.analysis.report import Report
from poise.analysis.rules.code import job_lines, kind_to_avoid
from poise.content.loader import KnowledgeBase
from poise.content.schema import InterviewContent
from poise.interview.followups import NUMBER_RE
from poise.interview.judges import Similarity, projective_signals, short
from poise.interview.model import RoleContext, TurnRecord, seeded
from poise.interview.role import normalise_concern

QUOTED_RE = re.compile(r"“([^”]+)”")
QUESTION_SPLIT_RE = re.compile(r"(?<=[?.!])\s+")


def is_pause_question(content: InterviewContent, text: str) -> bool:
    """True when the candidate asks, in any wording, whether anything about them gives pause."""
    patterns = content.closing.pause_patterns
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def is_done(content: InterviewContent, text: str) -> bool:
    """True when the candidate says they have no more questions (and asks none in the same line:
    a one- or two-word "Thanks?" is an intonation, not a question)."""
    asked = [part for part in QUESTION_SPLIT_RE.split(text.strip()) if part.endswith("?")]
    if any(len(part.split()) > 2 for part in asked):
        return False
    patterns = content.closing.done_patterns
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in patterns)


def other_questions(content: InterviewContent, text: str) -> str:
    """The parts of a closing line that are questions other than the pause question."""
    kept = []
    for part in QUESTION_SPLIT_RE.split(text.strip()):
        if part.endswith("?") and not is_pause_question(content, part):
            kept.append(part)
    return " ".join(kept)


def choose_concern(
    kb: KnowledgeBase,
    content: InterviewContent,
    *,
    role: RoleContext | None,
    turns: Sequence[TurnRecord],
    plan_families: dict[int, str],
    seed: int,
    plan_areas: dict[int, str] | None = None,
) -> dict[str, Any]:
    """The concern to raise, as personal as the session allows.

    With an application: the fit map's top concern. Without one: a doubt drawn from what the
    candidate said (a gap several answers share, quoting the sentence that showed it; a doubt
    about the role after weak answers on it; the scale they described). Only when the session
    gives nothing is a generic concern drawn, and it is marked ``personal: False``.
    """
    generic = content.concerns
    if role is not None and role.concern:
        concern = dict(role.concern)
        concern["personal"] = True
        return _with_plan(content, concern)
    answers = _answer_turns(turns)
    found = _from_findings(content, answers, plan_families)
    if found is None:
        found = _from_weak_answers(content, answers, plan_families)
    if found is None:
        found = _from_projective(kb, content, answers, plan_areas or {})
    if found is None:
        found = _from_scale(content, answers)
    if found is None:
        found = _from_claims(content, answers, plan_families)
    if found is not None:
        return _with_plan(content, found)
    pool = [concern for concern in generic.concerns if not concern.when_weak] or list(generic.concerns)
    chosen = seeded(seed, "concern").choice(pool)
    data = chosen.model_dump(mode="json")
    normalised = normalise_concern(data, source="generic") or data
    normalised["personal"] = False
    normalised["note"] = " ".join(generic.generic_note.split())
    return _with_plan(content, normalised)


def _answer_turns(turns: Sequence[TurnRecord]) -> list[TurnRecord]:
    """The analysed answers of the question phase, the last (fullest) one per question."""
    last: dict[int, TurnRecord] = {}
    for turn in turns:
        if turn.kind in ("answer", "follow_up_answer") and turn.plan_index is not None \
                and turn.feedback.get("analysis"):
            last[turn.plan_index] = turn
    return [last[index] for index in sorted(last)]


def _sentence_of(analysis: dict[str, Any], start: int) -> str | None:
    for sent in analysis.get("structure") or []:
        if sent["start"] <= start < sent["end"]:
            return str(sent["quote"])
    return None


def _quote(text: str) -> str:
    words = text.strip().rstrip(".!?;:,").split()
    return " ".join(words) if len(words) <= 16 else " ".join(words[:14]).rstrip(",;:") + "…"


def _session_concern(template: Any, quote: str, evidence: list[str]) -> dict[str, Any]:
    return {
        "id": template.id, "kind": template.kind, "title": template.title,
        "why": " ".join(template.why.split()), "severity": template.severity,
        "question": " ".join(template.question.format(quote=quote).split()),
        "answer_plan": template.answer_plan.model_dump(mode="json"),
        "evidence": evidence, "source": "session", "quote": quote, "personal": True,
    }


def _from_findings(content: InterviewContent, answers: list[TurnRecord],
                   plan_families: dict[int, str]) -> dict[str, Any] | None:
    """The gap most answers share (at least one), quoting the sentence that showed it."""
    best: tuple[int, int, Any, str] | None = None
    for order, template in enumerate(content.concerns.from_session):
        if not template.rules:
            continue
        hits = 0
        quote = ""
        for turn in answers:
            if _family(plan_families, turn) in template.not_for:
                continue
            analysis = turn.feedback["analysis"]
            whole = len(analysis["answer"].strip())
            for finding in analysis["findings"]:
                if finding["rule"] not in template.rules:
                    continue
                hits += 1
                for item in finding["evidence"]:
                    narrow = item["end"] - item["start"] < whole * 0.9
                    sentence = _sentence_of(analysis, item["start"]) if narrow else None
                    if sentence and not quote:
                        quote = sentence
                if not quote:
                    quote = _claim_sentence(analysis) or ""
                break
        if hits and quote and (best is None or hits > best[0]):
            best = (hits, order, template, quote)
    if best is None:
        return None
    _, _, template, quote = best
    return _session_concern(template, _quote(quote), [quote])


def _claim_sentence(analysis: dict[str, Any]) -> str | None:
    """The sentence that claims most: a result, else an action, else the first long sentence."""
    for role in ("results", "actions", "circumstances"):
        for sent in analysis.get("structure") or []:
            if sent["role"] == role and len(sent["quote"].split()) >= 5:
                return str(sent["quote"])
    return None


def _from_weak_answers(content: InterviewContent, answers: list[TurnRecord],
                       plan_families: dict[int, str]) -> dict[str, Any] | None:
    """A doubt about the role itself when answers in the families that show it were weak."""
    generic = content.concerns
    for concern in generic.concerns:
        for turn in answers:
            family = plan_families.get(turn.plan_index if turn.plan_index is not None else -1, "")
            analysis = turn.feedback["analysis"]
            if family in concern.when_weak and analysis["overall"] < generic.weak_below:
                data = normalise_concern(concern.model_dump(mode="json"), source="session") or {}
                quote = _claim_sentence(analysis) or analysis["answer"]
                data["evidence"] = [short(quote, 200)]
                data["personal"] = True
                return data
    return None


def _from_projective(kb: KnowledgeBase, content: InterviewContent, answers: list[TurnRecord],
                     plan_areas: dict[int, str]) -> dict[str, Any] | None:
    """A projective answer the reading treats with care, quoted back."""
    template = next((item for item in content.concerns.from_session if item.projective), None)
    if template is None:
        return None
    for turn in answers:
        area = plan_areas.get(turn.plan_index if turn.plan_index is not None else -1)
        if not area:
            continue
        fired = [finding["rule"] for finding in turn.feedback["analysis"]["findings"]]
        signals = projective_signals(content, kb, turn.answer, area, fired)
        if any(signal["tone"] == "caution" for signal in signals):
            return _session_concern(template, _quote(turn.answer), [turn.answer])
    return None


def _family(plan_families: dict[int, str], turn: TurnRecord) -> str:
    return plan_families.get(turn.plan_index if turn.plan_index is not None else -1, "")


def _from_claims(content: InterviewContent, answers: list[TurnRecord],
                 plan_families: dict[int, str]) -> dict[str, Any] | None:
    """A claimed outcome that carries no number (not in answers about people in general)."""
    template = next((item for item in content.concerns.from_session if item.claims), None)
    if template is None:
        return None
    for turn in answers:
        if _family(plan_families, turn) in template.not_for:
            continue
        for sent in turn.feedback["analysis"].get("structure") or []:
            if sent["role"] == "results" and not NUMBER_RE.search(sent["quote"]) \
                    and len(sent["quote"].split()) >= 5:
                return _session_concern(template, _quote(sent["quote"]), [sent["quote"]])
    return None


AMOUNT = r"[$€£]?\d[\d.,]*(?:\s?(?:k|m|bn|million|billion|thousand)\b)?"


def _from_scale(content: InterviewContent, answers: list[TurnRecord]) -> dict[str, Any] | None:
    """The first scale the candidate stated: a number right before a scale noun ("120 people",
    "40 engineers") or after one ("a team of 40", "a budget of 14 million"); years and
    percentages are not scales."""
    template = next((item for item in content.concerns.from_session if item.scale), None)
    nouns = content.concerns.scale_nouns
    if template is None or not nouns:
        return None
    noun = "(?:" + "|".join(re.escape(item) for item in nouns) + ")"
    pattern = re.compile(
        rf"(?<![\w.]){AMOUNT}(?!\s?%)\s+(?:[a-z-]+\s+){{0,2}}?{noun}\b"
        rf"|\b{noun}\s+of\s+(?:about\s+|around\s+|over\s+|nearly\s+|some\s+)?{AMOUNT}(?!\s?%)",
        re.IGNORECASE)
    for turn in answers:
        analysis = turn.feedback["analysis"]
        for sent in analysis.get("structure") or []:
            for found in pattern.finditer(sent["quote"]):
                if not re.search(r"\b(?:19|20)\d\d\b", found.group(0)):
                    return _session_concern(template, _quote(sent["quote"]), [sent["quote"]])
    return None


PLAN_STEPS = ("acknowledge", "evidence", "plan", "check_back")


def _with_plan(content: InterviewContent, concern: dict[str, Any]) -> dict[str, Any]:
    """The concern with the answer plan and model reply for its kind (the kind's own plan
    replaces a plan written for another kind). A concern of the fit map keeps its own plan, and
    its model reply is that plan said in full (the candidate's figures, employer and dates), not
    the kind's template with "[your largest scope]" left to fill."""
    kind = str(concern.get("kind") or "")
    for plan in content.concerns.plans:
        if kind in plan.kinds:
            if not concern.get("answer_plan") or concern.get("source") != "fit":
                concern["answer_plan"] = plan.answer_plan.model_dump(mode="json")
            concern["model_reply"] = " ".join(plan.model_reply.split())
            break
    own = _fit_reply(concern)
    if own:
        concern["model_reply"] = own
    return concern


def _fit_reply(concern: dict[str, Any]) -> str:
    """The fit map's drafted reply to its own concern: the four steps of its plan joined, when
    every step is written; "" for any other concern."""
    steps = concern.get("answer_plan")
    if concern.get("source") != "fit" or not isinstance(steps, dict):
        return ""
    parts = [" ".join(str(steps.get(step) or "").split()) for step in PLAN_STEPS]
    return " ".join(parts) if all(parts) else ""


# --- speaking a concern ----------------------------------------------------------------------


def spoken(content: InterviewContent, text: str) -> str:
    """A concern's shorthand as a person says it: no arrows, no labels, money in words.

    A sentence holding "; "-separated pieces or arrows is said piece by piece, each through the
    first matching ``spoken.parts`` pattern, else the ``arrow`` line.
    """
    lines = content.closing.spoken
    text = text.strip()
    text = re.sub(r"\s+/\s+", " or ", text)
    said: list[str] = []
    for sentence in re.split(r"(?<=[.?!])\s+", text):
        if "→" not in sentence and ";" not in sentence:
            said.append(sentence)
            continue
        lead, colon, rest = sentence.partition(": ")
        if not colon:
            lead, rest = "", sentence
        end = rest[-1] if rest and rest[-1] in ".?!" else "."
        pieces = [piece.strip() for piece in rest.rstrip(".?!").split(";") if piece.strip()]
        if lead:
            said.append(lead.rstrip() + ".")
        for piece in pieces:
            said.append(_say_piece(content, piece))
        if end == "?" and said:
            said[-1] = said[-1].rstrip(".") + "?"
    result = " ".join(said)
    for suffix, words in lines.units.items():
        result = re.sub(rf"(\d(?:[\d.,]*\d)?){re.escape(suffix)}\b", rf"\1{words}", result)
    return " ".join(result.replace("→", "to").split())


def plain_title(content: InterviewContent, title: str) -> str:
    """A concern's title as a person would name it: "Step up in scope: team of 20 → 70" is
    "Step up in scope"; a title without shorthand is said as it is, without arrows."""
    label = re.match(content.closing.spoken.label_prefix, title)
    if label and ("→" in title or ";" in title):
        name = label.group(0).rstrip(": ")
        rest = title[label.end():]
        if ";" not in rest and rest.count("→") == 1 and not re.search(r"\d", rest):
            have, _, need = rest.partition("→")
            said = re.sub(r"\s+/\s+", " or ", f"from {have.strip()} to {need.strip()}")
            return f"{name}: {said}"
        return name
    return spoken(content, title).rstrip(".")


def _say_piece(content: InterviewContent, piece: str) -> str:
    lines = content.closing.spoken
    for part in lines.parts:
        found = re.match(part.match, piece)
        if found:
            return part.say.format(**found.groupdict())
    if "→" in piece:
        have, _, need = piece.partition("→")
        return lines.arrow.format(have=have.strip(), need=need.strip())
    piece = piece[0].upper() + piece[1:]
    return piece if piece.endswith((".", "?", "!")) else piece + "."


def voice_concern(content: InterviewContent, concern: dict[str, Any], *, stress: bool) -> str:
    """How the interviewer raises the concern."""
    lines = content.closing.pause
    opener = lines.stress_opener if stress else lines.opener
    said = str(concern.get("question") or "")
    if not said:
        title = re.sub(content.closing.spoken.label_prefix, "", str(concern.get("title", ""))).rstrip(".")
        why = str(concern.get("why", ""))
        said = f"{title}. {short(why, 280)}" if why else f"{title}."
    said = spoken(content, said)
    invite = "" if said.rstrip().endswith("?") else lines.invite_reply  # one question is enough
    return " ".join(f"{opener} {said} {invite}".split())


def _avoid_kind(kb: KnowledgeBase, text: str) -> str | None:
    """The kind of question to avoid the candidate asked (the analyser's own reading), if any."""
    found = kind_to_avoid(kb.questions_to_ask.avoid, text,
                          lambda matcher: compile_matcher(matcher, kb.lexicons), skip=("no_questions",))
    return found[0].id if found is not None else None


def _topic(content: InterviewContent, text: str) -> str | None:
    for topic in content.closing.topics:
        for pattern in topic.patterns:
            if re.search(pattern, text, re.IGNORECASE):
                return topic.id
    return None


def best_job_line(text: str, job_text: str, *, similarity: Similarity) -> tuple[str | None, float]:
    """The line of the job text closest in meaning to the candidate's question."""
    lines = list(job_lines(job_text))
    if not lines or not text.strip():
        return None, 0.0
    scores = similarity([text], lines)[0]
    best = int(scores.argmax())
    return lines[best], float(scores[best])


def answer_candidate_question(
    kb: KnowledgeBase,
    content: InterviewContent,
    *,
    text: str,
    report: Report | None,
    role: RoleContext | None,
    similarity: Similarity,
) -> tuple[str, list[dict[str, str]]]:
    """The interviewer's reply to a closing question, and the flags the question earned.

    Public facts get a pointed reply; questions the job text answers are answered by quoting it;
    otherwise the most relevant job line, a usual answer for the topic, or "next round".
    """
    replies = content.closing.replies
    topics = {topic.id: topic for topic in content.closing.topics}
    flags: list[dict[str, str]] = []
    fired = report.rules_fired() if report is not None else set()
    in_job_line = None
    if report is not None:
        for finding in report.findings:
            if finding.rule in ("closing.public_info", "closing.answered_in_job",
                                "closing.question_to_avoid"):
                flags.append({"id": finding.rule, "message": finding.message, "fix": finding.fix})
            if finding.rule == "closing.answered_in_job":
                quoted = QUOTED_RE.search(finding.message)
                in_job_line = quoted.group(1) if quoted else None
    avoid = _avoid_kind(kb, text)
    if avoid == "public_facts" and "closing.public_info" in fired:
        avoid = None
    if avoid is not None and "closing.question_to_avoid" not in fired:
        # public facts the analyser's own rule did not catch: flagged from the kind itself
        kind = next(item for item in kb.questions_to_ask.avoid if item.id == avoid)
        flags.append({"id": f"avoid.{avoid}", "message": kind.kind, "fix": " ".join(kind.why.split())})
    if "closing.public_info" in fired:
        return replies.public_info, flags
    if avoid is not None and avoid in replies.avoid:
        return replies.avoid[avoid], flags
    topic = _topic(content, text)
    if topic == "next_steps":
        return " ".join(topics[topic].reply.split()), flags
    said: list[str] = []
    if topic is not None:
        said.append(" ".join(topics[topic].reply.split()))
    if role is not None and role.job_text.strip():
        if in_job_line and not said:
            return replies.from_job.format(line=speak_job_line(in_job_line)), flags
        line, score = best_job_line(text, role.job_text, similarity=similarity)
        if line is not None and score >= replies.job_line_threshold:
            where = role.company or "here"
            said.append(replies.job_line.format(where=where, line=speak_job_line(short(line, 220))))
    if said:
        return " ".join(said), flags
    return " ".join(replies.next_round.split()), flags


SPEECH = (
    (re.compile(r"\byou will\b", re.IGNORECASE), "you'd"),
    (re.compile(r"\byou are\b", re.IGNORECASE), "you're"),
    (re.compile(r"\bwe are\b", re.IGNORECASE), "we're"),
    (re.compile(r"\bwe will\b", re.IGNORECASE), "we'll"),
    (re.compile(r"\bthe successful candidate will\b", re.IGNORECASE), "you'd"),
    (re.compile(r"\bthe role holder will\b", re.IGNORECASE), "you'd"),
)


def speak_job_line(line: str) -> str:
    """An advert line as the interviewer would say it mid-sentence: no markup or bullets, the
    advert's "you will" as "you'd", no capital or stop at the ends (acronyms kept)."""
    text = " ".join(re.sub(r"^[#>*\-•\s]+|\*\*|__|`", "", line).split()).rstrip(" .;:")
    for pattern, said in SPEECH:
        text = pattern.sub(said, text)
    first = text.split(" ", 1)[0] if text else ""
    if first and not first.isupper() and first[0].isupper():
        text = text[0].lower() + text[1:]
    return text
