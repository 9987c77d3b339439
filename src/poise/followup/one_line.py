"""Text bound for a header line (.eml headers, .ics summaries): line breaks folded to spaces.

Names, companies and titles are stored as typed; only the exported header carries the folded
form, so a pasted line break never breaks an export."""

from __future__ import annotations

import re

LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


def one_line(text: str) -> str:
    """``text`` on one line: every run of line breaks becomes one space."""
    return LINE_BREAKS.sub(" ", text).strip()


def plain_newlines(text: str) -> str:
    """``text`` with CR LF and lone CR turned into LF, for multi-line fields."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
