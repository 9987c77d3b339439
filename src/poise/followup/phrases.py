"""What a debrief's short phrases are, read before a letter or a reminder says them (pure).

A person types a debrief in their own words: a topic may be the interviewer's request ("Tell me
about the Line 2 ramp"), a promise may carry its deadline ("the ramp curve by Friday"), and a
next step may be a whole clause ("They will decide on a second round within two weeks") where
the drafts expect a noun ("a panel with the CEO"). These helpers say which is which, so a draft
never pastes a request after "our discussion of" or a deadline after "I have attached"."""

from __future__ import annotations

import re

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WHEN = (
    rf"(?:(?:next|this|on)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|today|tonight|tomorrow(?:\s+(?:morning|afternoon|evening))?|eod|cob|end\s+of\s+(?:day|play)"
    r"|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month)"
    r"|(?:next|this)\s+(?:week|month)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
)
_DURATION = r"(?:a|one|two|three|four|five|\d+)\s+(?:working\s+|business\s+)?(?:days?|hours?|weeks?)"
# a span is a deadline only after "within" or "in" ("within two days"); "the plan for the first
# 90 days" names what the plan covers, not when it is due
_DEADLINE = re.compile(
    rf"[\s,]+(?:(?:(?:by|before|until|within|no\s+later\s+than|in)\s+(?:the\s+)?)?(?:{_WHEN})"
    rf"|(?:within|in)\s+(?:the\s+next\s+)?{_DURATION})[\s.]*$",
    re.IGNORECASE,
)

_REQUEST = re.compile(
    r"^(?:(?:can|could|would)\s+you\s+|please\s+)?"
    r"(?:tell|walk|talk|take)\s+(?:me|us)\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?(?:about|through)(?:\s+|$)",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^(?:what|why|how|when|where|which|who|whom|whose|do|does|did|is|are|was|were|have|has|had|"
    r"can|could|would|will|should)\b",
    re.IGNORECASE,
)

_SUBJECT_PRONOUN = r"(?:they|we|she|he|you|i|it|there)"
_FINITE = (r"(?:will|would|shall|should|'ll|’ll|are|is|were|was|plans?|intends?|hopes?|expects?|"
           r"wants?|needs?|said|says|told|promised|might|may|can|could|hope)")
_CLAUSE = re.compile(
    rf"^(?:{_SUBJECT_PRONOUN}(?:['’]\w+)?\s+\w"
    rf"|(?:the\s+|a\s+|an\s+|their\s+|our\s+)?[\w&-]+(?:\s+[\w&-]+)?\s+{_FINITE}\b)",
    re.IGNORECASE,
)


def split_deadline(text: str) -> tuple[str, str]:
    """The thing promised and the deadline said with it: "the ramp curve by Friday" gives
    ("the ramp curve", "by Friday"); a text with no deadline at its end gives (text, "")."""
    found = _DEADLINE.search(text)
    if found is None or found.start() == 0:
        return text, ""
    return text[:found.start()].rstrip(" ,"), text[found.start():].strip(" ,.")


def topic_phrase(text: str) -> str | None:
    """A topic as a noun to name after "our discussion of": the interviewer's request is reduced
    to its object ("Tell me about the Line 2 ramp" gives "the Line 2 ramp"); a question typed as
    the topic gives None (it is quoted as a question instead); any other topic is kept."""
    stripped = text.strip()
    request = _REQUEST.match(stripped)
    if request is not None:
        rest = stripped[request.end():].rstrip(" ?.!")
        return rest or None
    if stripped.endswith("?") or _QUESTION_START.match(stripped):
        return None
    return stripped


def is_clause(text: str) -> bool:
    """True when a next step is a clause with its own subject and verb ("They will decide on a
    second round", "HR will call me") rather than a noun ("a panel with the CEO")."""
    return _CLAUSE.match(text.strip()) is not None
