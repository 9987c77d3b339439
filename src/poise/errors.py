"""Every error Poise shows a person: a code, what went wrong, where, and what to do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class NextStep(StrEnum):
    """Something the person can do next, named once. Hints say it in words; each edge adds its
    own way to do it: the CLI its command, the web its link (``cli/next_steps.py``,
    ``web/next_steps.py``). ``subject`` (an id, a name) completes it where needed."""

    LIST_APPLICATIONS = "list_applications"
    LIST_STORIES = "list_stories"
    LIST_SESSIONS = "list_sessions"
    SHOW_SESSION = "show_session"
    LIST_DEBRIEFS = "list_debriefs"
    PRACTICE_QUEUE = "practice_queue"
    RECORD_DEBRIEF = "record_debrief"
    SIGN_LETTER = "sign_letter"
    LETTER_TO = "letter_to"
    CHECK_CONTENT = "check_content"


@dataclass(frozen=True)
class Advice:
    """A piece of advice in words, with the next step that carries it out (if there is one)."""

    text: str
    step: NextStep | None = None
    subject: str = ""

    def __str__(self) -> str:
        return self.text


class PoiseError(Exception):
    """Base class: ``code`` identifies the error, ``message`` says what and ``hint`` what to do
    (in words; ``next_step`` names the step each edge renders its own way), ``field`` which input
    it is about."""

    code: str = "E000"

    def __init__(self, message: str, *, hint: str = "", field: str = "",
                 next_step: NextStep | None = None, subject: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field
        self.next_step = next_step
        self.subject = subject

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f" {self.hint}"
        return text


@dataclass(frozen=True)
class ContentProblem:
    """One problem in a content file, located by file and line."""

    file: str
    line: int
    what: str
    todo: str = ""

    def __str__(self) -> str:
        text = f"{self.file}:{self.line}: {self.what}"
        if self.todo:
            text += f"; {self.todo}"
        return text


class ContentError(PoiseError):
    """The knowledge base has problems; nothing is loaded until all are fixed."""

    code = "E100"

    def __init__(self, problems: list[ContentProblem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(
            f"{len(self.problems)} problem(s) in the content files:\n{lines}",
            hint="Fix each file at the line shown, then check the content again.",
            next_step=NextStep.CHECK_CONTENT,
        )


class StoreUnavailableError(PoiseError):
    """The database cannot be reached, opened or written."""

    code = "E200"


class StoreLockedError(PoiseError):
    """The database is locked by another program."""

    code = "E201"


class NotFoundError(PoiseError):
    """A record the user named does not exist."""

    code = "E202"


class InputError(PoiseError):
    """Input from the user cannot be used as given (empty, too long, wrong language...)."""

    code = "E300"


class DocumentError(PoiseError):
    """An uploaded document cannot be read (wrong type, encrypted, scanned, empty, too big)."""

    code = "E301"


class ModelMissingError(PoiseError):
    """A bundled language model package is not installed."""

    code = "E400"


class AudioError(InputError):
    """A recording cannot be used: empty, too long, not audio, silent, noise, not English."""

    code = "E330"


# --- Documents (job descriptions and résumés read from files) --------------------------------


class DocumentEmptyError(DocumentError):
    """A document holds no text at all."""

    code = "E302"


class DocumentTooLargeError(DocumentError):
    """A document is over the size Poise reads (5 MB)."""

    code = "E303"


class DocumentTypeError(DocumentError):
    """A document's content is not what its file name says, or its type is not supported."""

    code = "E304"


class DocumentEncryptedError(DocumentError):
    """A PDF is protected by a password."""

    code = "E305"


class DocumentScannedError(DocumentError):
    """A PDF has no text layer (a scan or a photo of pages)."""

    code = "E306"


class DocumentEncodingError(DocumentError):
    """A text file is not UTF-8."""

    code = "E307"


class DocumentLanguageError(DocumentError):
    """A document is written in a language Poise does not read (it reads English)."""

    code = "E308"


class DocumentUnusableError(DocumentError):
    """A document has text, but none of what Poise needs from it (no requirements, no roles)."""

    code = "E309"


# --- Follow-up (debriefs read from files) ----------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """One problem in a file a person wrote, located by file, line and field."""

    file: str
    line: int
    field: str
    what: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.what}"


class DebriefFileError(InputError):
    """A debrief file cannot be used: each problem names the file, the line and the field."""

    code = "E320"

    def __init__(self, problems: list[FieldProblem], *, hint: str = "") -> None:
        self.problems = list(problems)
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(
            f"{len(self.problems)} problem(s) in the debrief:\n{lines}",
            hint=hint or "Fix each field at the line shown and run the command again; "
            "`poise debrief --help` shows an example file.",
        )


# --- Prep: the brief's PDF and the quiz -----------------------------------------------------


class RenderError(PoiseError):
    """A document Poise prints (the prep brief's PDF) cannot be produced."""

    code = "E500"


class QuizCardError(InputError):
    """An answer names a quiz card that is not this application's, or not due."""

    code = "E330"


# --- Mock interviews ---------------------------------------------------------------------------


class SessionEndedError(PoiseError):
    """An answer was sent to a mock interview that has already ended."""

    code = "E340"


class SessionInProgressError(PoiseError):
    """A real-mode session's report was asked for before the interview ended."""

    code = "E341"


# --- Accounts and sign-in (organisation mode) --------------------------------------------------


class SignInRequiredError(PoiseError):
    """The request needs a signed-in account (organisation mode), or the sign-in has ended."""

    code = "E210"


class SignInError(PoiseError):
    """The e-mail and password do not match an account that may sign in (one message for all)."""

    code = "E211"


class TooManyAttemptsError(PoiseError):
    """Too many failed sign-ins for this account or from this address: wait before trying again."""

    code = "E212"

    def __init__(self, message: str, *, retry_after: int, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.retry_after = retry_after


class AccountError(InputError):
    """An account cannot be added or changed as asked (bad e-mail, role, password; duplicate)."""

    code = "E213"
