"""Board concern from the job's reporting line: a post that answers to the board itself (its
"Reports to" names the board) asks for a record of being accountable to one. Presenting to a
board, or staffing one of its committees, as someone who reported to a chief executive is
exposure to a board, not accountability to it, so it does not answer the concern. A post that
is appointed by the board and serves at its pleasure, that answers to an elected council and its
mayor, or that holds a seat on the board (a whole-time director on it) answers to a governing
body the same way; a résumé answers an elected body only by a role that reported to one.
"""

from __future__ import annotations

import re

from poise.fit.concerns.evidence import best_achievement, first_line
from poise.fit.concerns.model import Context, Draft, Values
from poise.fit.resume_reader import ResumeLine
from poise.fit.text import BULLET_RE

BOARD_WORDS = r"(?:board|trustees|governing body|supervisory board)"
ELECTED_WORDS = (r"(?:mayor|(?:elected|city|county|town|municipal|district|borough|regional)\s+"
                 r"council|council(?!\s*(?:lors?|members?|s)\b)|elected\s+members)")
"""An elected body a post may answer to ("the Mayor and the elected Council")."""
POST_BODY = r"(?:" + BOARD_WORDS + "|" + ELECTED_WORDS + ")"

NOT_A_COMMITTEE = r"\b(?!['’]s)(?!\s+(?:[\w&-]+\s+){0,2}(?:committee|sub-?committee)s?\b)"
"""The board itself: not "the board's …" and not a committee of it ("Board Audit Committee")."""

POST_REPORTS_RE = re.compile(
    r"(?i)(?:\breports?\s+(?:directly\s+)?to\s*:[\s*_]*|\breporting\s+(?:directly\s+)?to\s*:[\s*_]*|"
    r"\breports?\s+(?:directly\s+)?to\s+)(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + POST_BODY + NOT_A_COMMITTEE)
"""The post's own reporting line naming the board ("Reports to: Board of Trustees", "the
Chief Executive reports to a board of nine"), not a committee of it and not a line asking
for experience of reporting to one ("Experience of reporting to a Board")."""

OPENING_REPORTS_RE = re.compile(
    r"(?i)^[\s*_#|-]*reporting\s+(?:directly\s+)?to\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + POST_BODY + NOT_A_COMMITTEE)
APPOINTED_RE = re.compile(
    r"(?i)\b(?:appointed\s+by|serves?\s+at\s+the\s+pleasure\s+of)\s+(?:and\s+serves?\s+at\s+the\s+"
    r"pleasure\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?" + POST_BODY + NOT_A_COMMITTEE)
"""A post the board or an elected council appoints and keeps ("appointed by and serves at the
pleasure of the Board of Supervisors")."""
"""An advert's sentence opening with the post's reporting line ("Reporting to the Board of
Directors through the Chair, the Chief Executive…")."""

SEAT_RE = re.compile(
    r"(?i)(?<!non-)(?<!non )\b(?:(?:voting|executive)\s+(?:member|director)\s+(?:of|on)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?" + BOARD_WORDS + NOT_A_COMMITTEE
    + r"|member\s+of\s+the\s+(?:[\w-]+\s+){0,2}?" + BOARD_WORDS + NOT_A_COMMITTEE
    + r"|(?:sits?|seat)\s+on\s+the\s+(?:[\w-]+\s+){0,2}?" + BOARD_WORDS + NOT_A_COMMITTEE
    + r"|director\s+on\s+the\s+(?:[\w-]+\s+){0,2}?" + BOARD_WORDS + NOT_A_COMMITTEE + r")")
"""An advert's line giving the post a seat on the board ("a voting executive member of the
Board of Directors", "sits on the Board")."""

ACCOUNTABLE_RE = re.compile(
    r"(?i)\b(?:report(?:ed|ing|s)?|accountable|answer(?:ed|ing|s)?)\s+(?:directly\s+)?"
    r"(?:(?:monthly|quarterly|annually)\s+)?to\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?:[\w&'’.-]+\s+){0,4}?" + BOARD_WORDS + NOT_A_COMMITTEE)
"""A résumé line telling that the candidate reported to a board, not to a committee of it."""

TOP_POST_RE = re.compile(
    r"(?i)(?<!vice )(?<!vice-)(?<!deputy )(?<!assistant )(?<!associate )"
    r"\b(?:chief executive|ceo|executive director|managing director|president|secretary general)\b")
"""A title that heads an organisation and so answers to its board."""

BOARD_NEAR_RE = re.compile(
    r"(?i)(?<!on-)(?<!on )\b(?:board(?![- ]?(?:room|game))|trustees|committee|governance)\b")
"""A résumé line with the nearest board work, quoted as what the candidate has done so far:
a board of people, not a ship's or a train's "on-board" nor a boardroom."""


def board_reporting_draft(context: Context) -> Draft | None:
    """No board exposure when the post reports to the board and no role on the résumé did: no
    line of the roles or summary tells of reporting to a board, and no role's title heads an
    organisation. A requirement line that asks for board work is judged by the matcher; this
    concern merges with it (one per fit)."""
    job_line = next((re.sub(r"[*_]{2,3}", "", line).strip(" -*•|#")
                     for line in context.job.text.splitlines() if answers_to_body(line)), "")
    elected = re.search(r"(?i)" + ELECTED_WORDS, job_line) is not None and re.search(
        r"(?i)" + BOARD_WORDS, job_line) is None
    if not job_line or accountable_to_board(context, elected=elected):
        return None
    nearest = first_line(context, (BOARD_NEAR_RE,))
    support = nearest or best_achievement(context, recent=True)
    return board_draft(context, job_line, support, support,
                       "not_accountable" if nearest is not None else "")


def board_draft(context: Context, job_line: str, resume_line: ResumeLine | None,
                support: ResumeLine | None, variant: str) -> Draft:
    """The no-board-exposure concern on ``job_line``, quoting ``resume_line`` and answered from
    ``support``, in the wording ``variant`` names ("" for the plain one)."""
    template = context.template("no_board_exposure")
    return Draft(
        kind="no_board_exposure",
        key="no_board_exposure",
        score=float(template.score + template.must_bonus),
        values=Values(),
        job_line=job_line,
        resume_line=resume_line,
        support=support,
        variant=variant,
    )


def post_reports_to_board(line: str) -> bool:
    """True when a line of the advert gives the post's reporting line as the board: a label
    ("Reports to: Board of Directors") or "reports to" as a verb (opening a listed duty, or
    tagged as a verb in a sentence), never the noun ("present performance reports to the
    Board")."""
    if OPENING_REPORTS_RE.search(line):
        return True
    hit = POST_REPORTS_RE.search(line)
    if hit is None:
        return False
    if ":" in hit.group(0):
        return True
    bullet = BULLET_RE.match(line)
    if bullet is not None:
        # a duty in a list has the post as its unstated subject: "reports to" as its verb opens it
        return hit.start() == bullet.end()
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline()(line)
    span = doc.char_span(hit.start(), hit.start() + len(hit.group(0).split()[0]),
                         alignment_mode="expand")
    return span is not None and span[0].tag_ in ("VBZ", "VBP", "VB")


def answers_to_body(line: str) -> bool:
    """True when a line of the advert makes the post answer to a governing body: its reporting
    line names the board or an elected council (``post_reports_to_board``), the body appoints
    it and keeps it at its pleasure, or the post holds a seat on the board (``SEAT_RE``)."""
    if post_reports_to_board(line) or APPOINTED_RE.search(line):
        return True
    # a non-executive member named beside the post, or a board member on the selection panel,
    # holds no seat of the post's; a seat on an executive board is one on the management team
    seat = SEAT_RE.search(line)
    return (seat is not None and NON_EXECUTIVE_RE.search(line) is None
            and SELECTION_RE.search(line) is None
            and EXECUTIVE_BOARD_RE.search(seat.group(0)) is None)


NON_EXECUTIVE_RE = re.compile(r"(?i)\bnon[- ]executive\b")
SELECTION_RE = re.compile(r"(?i)\b(?:interview\w*|panel|shortlist\w*|assessment cent(?:re|er))\b")
"""A line about how candidates are chosen, naming the people who choose them."""
EXECUTIVE_BOARD_RE = re.compile(r"(?i)\b(?:executive|management|leadership)\s+board\b")
"""A management team called a board ("the University Executive Board")."""


ACCOUNTABLE_ELECTED_RE = re.compile(
    r"(?i)\b(?:report(?:ed|ing|s)?|accountable|answer(?:ed|ing|s)?)\s+(?:directly\s+)?"
    r"(?:(?:monthly|quarterly|annually)\s+)?to\s+(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?:[\w&'’.-]+\s+){0,4}?" + ELECTED_WORDS + NOT_A_COMMITTEE)
"""A résumé line telling that the candidate reported to an elected council or its mayor."""


def accountable_to_board(context: Context, *, elected: bool = False) -> bool:
    """Whether the résumé shows a role that answered to a board: a line of the roles or summary
    telling of reporting to one, or a role whose title heads an organisation; with ``elected``
    (the post answers to an elected council), a line telling of reporting to such a council
    answers it too."""
    resume = context.resume
    if any(TOP_POST_RE.search(role.title or "") for role in resume.roles):
        return True
    return any(ACCOUNTABLE_RE.search(line.text) or (elected and ACCOUNTABLE_ELECTED_RE.search(
        line.text)) for line in resume.lines if line.section in ("experience", "summary"))


def board_seat_asked(context: Context) -> bool:
    """Whether the post answers to the board itself or sits on it: its reporting line names the
    board (``post_reports_to_board``) or a line gives it a seat (``SEAT_RE``). Such a post asks
    more than a board committee's audience or a board's approval of one's work."""
    return any(post_reports_to_board(line) or SEAT_RE.search(line)
               for line in context.job.text.splitlines())
