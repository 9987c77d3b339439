"""Follow-up content: thank-you letter and follow-up schedule templates."""

from __future__ import annotations

from pydantic import Field, model_validator

from poise.content.schema.base import Strict, Text

# --- After the interview: thank-you letter and follow-up schedule (content/followup/) ---------

LETTER_PLACEHOLDERS: frozenset[str] = frozenset(
    {"interviewer", "company", "title", "when", "topic", "question", "need", "evidence",
     "action", "statement", "quote", "concern", "plan", "what", "by", "next_step", "candidate",
     "addition", "detail"}
)
SCHEDULE_PLACEHOLDERS: frozenset[str] = frozenset(
    {"interviewer", "address_as", "everyone", "company", "title", "held_on", "next_step", "by",
     "candidate", "round", "window_end", "thanked_on"}
)


def _template_names(text: str) -> set[str]:
    """The {names} a follow-up template uses (ValueError on a malformed brace)."""
    import string

    names: set[str] = set()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            names.add(name)
    return names


def _check_template(text: str, allowed: frozenset[str], *, needs: tuple[str, ...] = ()) -> None:
    """Raise ValueError for an unknown placeholder, or a required one that is missing."""
    try:
        names = _template_names(text)
    except ValueError as exc:
        raise ValueError(f"template {text!r} has a stray brace: {exc}") from exc
    for name in sorted(names):
        if name not in allowed:
            raise ValueError(f"unknown placeholder {{{name}}}; use {', '.join(sorted(allowed))}")
    for name in needs:
        if name not in names:
            raise ValueError(f"template {text!r} must use {{{name}}}")


class LetterThanks(Strict):
    """The opening thanks: naming a topic discussed, or quoting a question asked."""

    topic: Text
    question: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterThanks:
        _check_template(self.topic, LETTER_PLACEHOLDERS, needs=("topic",))
        _check_template(self.question, LETTER_PLACEHOLDERS, needs=("question",))
        return self


class LetterFit(Strict):
    """The fit paragraph: an opening line, then one sentence per need of the role."""

    intro: Text
    need: Text
    need_again: Text
    result: Text
    """When fewer than two needs are shown strongly: one result of the candidate's told as what
    they bring, without claiming it meets a need."""
    need_again_joined: Text = "You also need {need}: {evidence}"
    """The second need when its evidence already joins two clauses with "and": one more "and"
    would chain three."""

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterFit:
        _check_template(self.intro, LETTER_PLACEHOLDERS)
        for text in (self.need, self.need_again, self.need_again_joined):
            _check_template(text, LETTER_PLACEHOLDERS, needs=("need", "evidence"))
        _check_template(self.result, LETTER_PLACEHOLDERS, needs=("evidence",))
        return self


class LetterEvidence(Strict):
    """How a résumé line becomes evidence: a past-tense action, a first-person sentence, a
    language with its level, a qualification held (a line that is none of these is not argued
    from: a letter never pastes a résumé line)."""

    action: Text
    statement: Text
    language: Text
    qualification: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterEvidence:
        _check_template(self.action, LETTER_PLACEHOLDERS, needs=("action",))
        _check_template(self.statement, LETTER_PLACEHOLDERS, needs=("statement",))
        _check_template(self.language, LETTER_PLACEHOLDERS, needs=("what",))
        _check_template(self.qualification, LETTER_PLACEHOLDERS, needs=("what",))
        return self


class LetterConcern(Strict):
    """Answering a concern left open, or only partly answered, with its plan."""

    open: Text
    partly: Text
    open_again: Text | None = None
    """A second open concern in the same letter, so the paragraph does not open twice alike."""
    by_kind: dict[str, Text] = Field(
        default_factory=dict,
        description="What follows 'your concern' for a concern the debrief names by the fit "
                    "map's own title ('Step up in scope: team of 9 → 17'), by its kind.")

    by_kind_named: dict[str, Text] = Field(
        default_factory=dict,
        description="As by_kind, naming what the title names after its colon ({detail}, 'Missing "
                    "must-have: PRINCE2' → PRINCE2) when that is a short name, not an advert line.")
    another: Text = Field(
        default="about the other point you raised",
        description="What follows 'your concern' when two concerns would read alike.")
    same_steps: Text | None = Field(
        default=None,
        description="A later concern whose plan would repeat the words of a plan already said "
                    "in the letter: named, and answered by those steps ({concern}).")

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterConcern:
        for text in (self.open, self.partly, *([self.open_again] if self.open_again else [])):
            _check_template(text, LETTER_PLACEHOLDERS, needs=("concern", "plan"))
        for text in (*self.by_kind.values(), self.another):
            _check_template(text, LETTER_PLACEHOLDERS)
        if self.same_steps:
            _check_template(self.same_steps, LETTER_PLACEHOLDERS, needs=("concern",))
        for text in self.by_kind_named.values():
            _check_template(text, LETTER_PLACEHOLDERS, needs=("detail",))
        return self


class LetterPromise(Strict):
    """Delivering promises: an opening for the first, then attached now or following later."""

    opening: Text
    attached: Text
    to_follow_dated: Text
    to_follow: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterPromise:
        for text in (self.attached, self.to_follow):
            _check_template(text, LETTER_PLACEHOLDERS, needs=("what",))
        _check_template(self.to_follow_dated, LETTER_PLACEHOLDERS, needs=("what", "by"))
        return self


class LetterStepSaid(Strict):
    """The closing when the next step was noted as a clause ("They will decide within two
    weeks"): it is reported, not named as a noun."""

    dated: Text
    plain: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterStepSaid:
        _check_template(self.dated, LETTER_PLACEHOLDERS, needs=("next_step", "by"))
        _check_template(self.plain, LETTER_PLACEHOLDERS, needs=("next_step",))
        return self


class LetterInterest(Strict):
    """The closing statement of interest, with the next step when the interviewers gave one."""

    next_step_dated: Text
    next_step: Text
    next_step_passed: Text = Field(description="The next step whose given date has passed.")
    plain: Text
    said: LetterStepSaid | None = None

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterInterest:
        _check_template(self.next_step_dated, LETTER_PLACEHOLDERS, needs=("next_step", "by"))
        _check_template(self.next_step, LETTER_PLACEHOLDERS, needs=("next_step",))
        _check_template(self.next_step_passed, LETTER_PLACEHOLDERS, needs=("next_step",))
        _check_template(self.plain, LETTER_PLACEHOLDERS)
        return self


class LetterFile(Strict):
    """followup/letter.yaml: every sentence of the thank-you letter, and the filler it must avoid."""

    subject: Text
    greeting: Text
    thanks: LetterThanks
    fit: LetterFit
    evidence: LetterEvidence
    addition: Text = Field(description="Adding to an answer that went weakly (seed 003).")
    addition_sentence: Text | None = Field(
        default=None, description="The same when the point has a colon of its own: it follows as a sentence.")
    concern: LetterConcern
    promise: LetterPromise
    more_information: Text
    interest: LetterInterest
    sign_off: Text
    missing_sender: Text
    filler: list[Text] = Field(min_length=5)

    @model_validator(mode="after")
    def _placeholders_known(self) -> LetterFile:
        for text in (self.subject, self.greeting, self.more_information, self.sign_off):
            _check_template(text, LETTER_PLACEHOLDERS)
        _check_template(self.greeting, LETTER_PLACEHOLDERS, needs=("interviewer",))
        _check_template(self.addition, LETTER_PLACEHOLDERS, needs=("question", "addition"))
        if self.addition_sentence:
            _check_template(self.addition_sentence, LETTER_PLACEHOLDERS, needs=("question", "addition"))
        sentences = [self.subject, self.greeting, self.thanks.topic, self.thanks.question, self.addition,
                     self.fit.intro, self.fit.need, self.fit.need_again, self.concern.open,
                     self.concern.partly,
                     self.promise.opening, self.promise.attached, self.promise.to_follow_dated,
                     self.promise.to_follow,
                     self.more_information, self.interest.next_step_dated,
                     self.interest.next_step, self.interest.next_step_passed, self.interest.plain,
                     self.sign_off]
        for phrase in self.filler:
            for sentence in sentences:
                if phrase.lower() in sentence.lower():
                    raise ValueError(f"template {sentence!r} uses the filler phrase {phrase!r}")
        return self


class ScheduleMessage(Strict):
    """One follow-up step: the reminder's title, why it is due then, and the draft message."""

    title: Text
    why: Text
    subject: Text
    body: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> ScheduleMessage:
        for text in (self.title, self.why, self.subject, self.body):
            _check_template(text, SCHEDULE_PLACEHOLDERS)
        return self


class ScheduleTiming(Strict):
    """When the check-in falls, in working days (Saturdays and Sundays skipped)."""

    after_given_date: int = Field(ge=1, le=5)
    without_date: tuple[int, int]

    @model_validator(mode="after")
    def _window(self) -> ScheduleTiming:
        low, high = self.without_date
        if not 1 <= low <= high <= 20:
            raise ValueError("without_date must be [first, last] working day, 1 <= first <= last <= 20")
        return self


class ScheduleSteps(Strict):
    """The drafts of every step after the thank-you letter."""

    thank_you: ScheduleMessage
    check_in_dated: ScheduleMessage
    check_in_said: ScheduleMessage | None = Field(
        default=None, description="check_in_dated when the next step was noted as a clause.")
    check_in: ScheduleMessage
    keep_in_touch: ScheduleMessage
    last_note: ScheduleMessage

    @model_validator(mode="after")
    def _dated_uses_date(self) -> ScheduleSteps:
        for message in (self.check_in_dated, *([self.check_in_said] if self.check_in_said else [])):
            _check_template(message.body, SCHEDULE_PLACEHOLDERS, needs=("next_step", "by"))
        return self


class ScheduleLate(Strict):
    """Why a step is due today when its own day has passed (a debrief filed late)."""

    thank_you: Text
    check_in: Text

    @model_validator(mode="after")
    def _placeholders_known(self) -> ScheduleLate:
        for text in (self.thank_you, self.check_in):
            _check_template(text, SCHEDULE_PLACEHOLDERS)
        return self


class ScheduleFile(Strict):
    """followup/schedule.yaml: the timing of the check-ins and the draft of each step."""

    check_in: ScheduleTiming
    later: list[int] = Field(min_length=0, max_length=2, description="Gaps in working days.")
    steps: ScheduleSteps
    late: ScheduleLate

    @model_validator(mode="after")
    def _growing(self) -> ScheduleFile:
        previous = self.check_in.without_date[1]
        for gap in self.later:
            if gap <= previous:
                raise ValueError(
                    f"later gaps must grow: {gap} working days is not more than {previous}"
                )
            previous = gap
        return self


class FollowupContent(Strict):
    """Everything under content/followup/, validated together."""

    letter: LetterFile
    schedule: ScheduleFile
