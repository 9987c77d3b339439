"""Board concern for a post that works for an elected board, or one meeting in public: the
advert says its governing body is chosen by a vote (of residents, of a co-operative's members) or
decides in open session, and the résumé's board work is all behind closed doors. A board that
answers to voters asks more than papers for an appointed or a private board: agenda reports
are published, questions come in public, decisions stand before residents and the press. The
résumé answers it by work with elected members or officials, or with meetings in public
(cues ``elected_members`` and ``elected_board`` in content/fit/cues.yaml).
"""

from __future__ import annotations

import re

from poise.fit.concerns.board import BOARD_NEAR_RE, board_draft
from poise.fit.concerns.evidence import best_achievement, first_line
from poise.fit.concerns.model import Context, Draft
from poise.fit.lexicon import any_match

MAX_LINE_CHARS = 600
"""Longer advert lines are read up to this many characters: the cue sits in a sentence."""


def elected_board_line(context: Context) -> str | None:
    """The first line of the advert telling that its governing body is elected or meets in
    public ("governed by a five-member board elected countywide", "present reports to the Board
    at its public meetings"), else None."""
    cues = context.patterns.evidence.get("elected_board", ())
    if not cues:
        return None
    for line in context.job.text.splitlines():
        text = re.sub(r"[*_]{2,3}", "", line).strip(" -*•|#")[:MAX_LINE_CHARS]
        if text and any_match(cues, text) is not None:
            return text
    return None


def elected_work_shown(context: Context) -> bool:
    """Whether a line of the résumé's roles or summary tells work with elected members or
    officials, or with a body meeting in public."""
    evidence = context.patterns.evidence
    cues = (*evidence.get("elected_members", ()), *evidence.get("elected_board", ()))
    return any(any_match(cues, line.text) is not None for line in context.resume.lines
               if line.section in ("experience", "summary"))


def elected_board_draft(context: Context, drafts: list[Draft]) -> Draft | None:
    """A board concern (variant ``not_elected``) for a post working for an elected board when
    the résumé shows board work only with appointed or private boards; None when another board
    concern is already raised, the advert names no elected board, the résumé shows no board work
    at all (the plain concern's case) or shows work with elected members."""
    if any(draft.kind == "no_board_exposure" for draft in drafts):
        return None
    job_line = elected_board_line(context)
    if job_line is None or elected_work_shown(context):
        return None
    nearest = first_line(context, (BOARD_NEAR_RE,))
    if nearest is None:
        return None
    return board_draft(context, job_line, nearest, nearest or best_achievement(context, recent=True),
                       "not_elected")
