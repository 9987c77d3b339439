"""The advert's lines that say what the employer is and does, from which its sector is read.

An advert names other sectors in passing: a benefit ("school fees for your children", "family
health insurance"), the hiring process (a panel drawn from a university), a policy or a legal
line. The employer's sector comes from what it says it is and does: its own description (an
about-us section, the prose above the first heading) and the role's lines. Lines under a heading
of benefits, pay, the process or policy, or of the hiring's conditions, are left out by the kind
of their section (``job_reader.section_lines``); elsewhere a line is left out when it asks a
qualification (a degree names where one studied), when the benefit and condition cues read it
(``not_requirements``), or when its grammar says it offers a reward, gives the candidate or
their family something ("we pay school fees for your children"), or tells how to apply or what
happens after the hiring (``job_line_purpose``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from poise.fit.concerns.model import Context
from poise.fit.job_line_purpose import AFTER_HIRE, APPLYING, REWARD, gives_the_candidate, purpose_of
from poise.fit.job_reader import section_lines
from poise.fit.lexicon import any_match

AROUND_THE_POST = frozenset({"ignore", "conditions"})
"""Section kinds that tell what surrounds the post, never what the employer does: benefits and
pay, the hiring process and policy (``ignore``), checks and terms (``conditions``)."""
NOT_THE_WORK = frozenset({REWARD, APPLYING, AFTER_HIRE})
"""Purposes of a sentence that tell nothing of the employer's work: what it gives, how to apply,
what happens once someone is chosen."""


def employer_lines(context: Context, *, naming: Sequence[re.Pattern[str]]) -> list[str]:
    """The advert's lines that may tell what the employer is and does (see the module's
    docstring), in the advert's order. Only lines that one of ``naming`` finds (the words the
    caller counts) are parsed for their purpose; any other line is kept as it is."""
    job, patterns = context.job, context.patterns
    studied = [requirement.text for requirement in job.requirements
               if "education" in requirement.kinds]
    words = patterns.content.cues.not_asking
    kept: list[str] = []
    for line, section in section_lines(job.text, patterns):
        if section in AROUND_THE_POST:
            continue
        if any(asked in line or line in asked for asked in studied):
            continue
        if any_match(patterns.not_requirements, line):
            continue
        if any(regex.search(line) for regex in naming) and (
                purpose_of(line, section, words, patterns.work_mode_of(line)) in NOT_THE_WORK
                or gives_the_candidate(line, words)):
            continue
        kept.append(line)
    return kept
