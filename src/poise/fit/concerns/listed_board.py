"""Board concern for a post in a listed company: the advert says its employer's shares trade on
a stock exchange, and the post answers to the board or one of its committees, while the résumé's
board work is all for unlisted companies. The board ladder runs advisory < private < listed: a
listed board answers to shareholders and a market, with disclosure deadlines, tested controls,
independent directors and analysts' questions, which a private or a family board does not ask.
The résumé answers it by any work in a listed company (cues ``listed_employer`` and
``public_company`` in content/fit/cues.yaml).
"""

from __future__ import annotations

import re

from poise.fit.concerns.board import SELECTION_RE, answers_to_body, board_draft
from poise.fit.concerns.evidence import best_achievement
from poise.fit.concerns.model import Context, Draft
from poise.fit.lexicon import any_match

MAX_LINE_CHARS = 600
"""Longer advert lines are read up to this many characters: the cue sits in a sentence."""


def _clean(line: str) -> str:
    return re.sub(r"[*_]{2,3}", "", line).strip(" -*•|#")[:MAX_LINE_CHARS]


def listing_line(context: Context) -> str | None:
    """The first line of the advert saying that the employer is listed ("a JSE-listed hospital
    group", "listed on the stock exchange since 2011"), else None."""
    cues = context.patterns.evidence.get("listed_employer", ())
    for line in context.job.text.splitlines():
        text = _clean(line)
        if text and any_match(cues, text) is not None:
            return text
    return None


def answers_to_board(context: Context) -> bool:
    """Whether the post answers to the board or works with it: a line of the advert makes it
    answer to a governing body (``board.answers_to_body``), or a requirement or duty names the
    board (cue ``board``), not on a line about how candidates are chosen."""
    if any(answers_to_body(line) for line in context.job.text.splitlines()):
        return True
    board = context.patterns.evidence.get("board", ())
    return any(any_match(board, requirement.text) is not None
               and SELECTION_RE.search(requirement.text) is None
               for requirement in context.job.requirements)


PUBLIC_LIMITED_RE = re.compile(r"\b(?:plc|PLC|Plc)\b")
"""A public limited company by its legal form: a company whose shares may be offered to the
public, whose board answers to shareholders as a listed company's does."""


def listed_work_shown(context: Context) -> bool:
    """Whether any line of the résumé tells work in a listed company, a public limited company
    or a flotation."""
    evidence = context.patterns.evidence
    cues = (*evidence.get("listed_employer", ()), *evidence.get("public_company", ()))
    return any(any_match(cues, line.text) is not None or PUBLIC_LIMITED_RE.search(line.text)
               for line in context.resume.lines)


def board_line(context: Context) -> str | None:
    """The first line of the résumé's roles or summary telling board work, as the nearest."""
    board = context.patterns.evidence.get("board", ())
    for line in context.resume.lines:
        if line.section in ("experience", "summary") and any_match(board, line.text) is not None:
            return line.text
    return None


def listed_board_draft(context: Context, drafts: list[Draft]) -> Draft | None:
    """A board concern (variant ``not_listed``) for a post answering to a listed company's board
    when the résumé shows board work, but none in a listed company; None when another board
    concern is already raised, the employer is not said to be listed, the post does not answer
    to the board, the résumé shows no board work (the plain concern's case) or shows a listed
    company."""
    if any(draft.kind == "no_board_exposure" for draft in drafts):
        return None
    job_line = listing_line(context)
    if job_line is None or not answers_to_board(context) or listed_work_shown(context):
        return None
    nearest_text = board_line(context)
    if nearest_text is None:
        return None
    nearest = next(line for line in context.resume.lines if line.text == nearest_text)
    return board_draft(context, job_line, nearest, nearest or best_achievement(context, recent=True),
                       "not_listed")
