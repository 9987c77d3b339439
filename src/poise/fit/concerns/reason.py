"""The ask of a requirement without the reason it gives for it ("Fluent French, since our
workforce and union work in French"; "Fluent English, which is the working language of our
management team"): the reason names who the work is with or why, not a second thing asked, so
the concern readers read the ask alone and no concern fires from the reason.

A reason is a clause after a stop that opens with a connective of cause or purpose ("since",
"because", "as", "given that", "so that", "which is/are") and has a subject and a finite verb of
its own, read through the dependency parse: "as well as production planning", "as required by
Title VI", "as a Gold commander" or "since 1962" have none and stay part of the ask.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from poise.fit.concerns.parsed_line import parsed_line
from poise.fit.job_reader import JobProfile, Requirement

if TYPE_CHECKING:
    from spacy.tokens import Doc

REASON_START_RE = re.compile(
    r"\s*[,;:—–-]\s+(?=(?:since|because|as|given that|so that|which (?:is|are|will be))\b)",
    re.IGNORECASE)
"""A stop, then a connective of cause or purpose: where a reason clause may begin."""

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _is_clause(text: str) -> bool:
    """True when ``text`` (the words after the stop) holds a subject of its own, read with its
    connective and without it (a parse may take "since a large part…" for a preposition and its
    object): a clause, not a phrase that goes on with the ask."""
    words = text.split(maxsplit=2 if text.lower().startswith(("given that", "so that")) else 1)
    bare = words[-1] if len(words) > 1 and not text.lower().startswith("which") else text
    doc = parsed_line(text)
    if not text.lower().startswith("as ") and any(token.tag_ in FINITE_TAGS for token in doc):
        return True  # "since", "because", "so that", "which is": a finite verb after them
    if doc and doc[0].dep_ == "mark" and doc[0].head.tag_ != "VBN":
        return True  # the connective marks a clause ("since our union … work"), not a passive
        # participle ("as required by…", "as directed")
    return any(_has_subject(parsed_line(variant)) for variant in dict.fromkeys((text, bare)))


def _has_subject(doc: Doc) -> bool:
    """True when a token is the subject of a verb, a modal or the sentence's root."""
    return any(token.dep_ in SUBJECT_DEPS and (token.head.tag_.startswith("VB")
                                                or token.head.tag_ == "MD"
                                                or token.head.dep_ == "ROOT")
               for token in doc)


def without_reason(text: str) -> str:
    """The line cut before the first reason clause it gives for its ask; the line as written
    when it gives none (or when the cut would leave nothing)."""
    for hit in REASON_START_RE.finditer(text):
        if hit.start() == 0:
            continue
        if _is_clause(text[hit.end():]):
            return text[: hit.start()].rstrip(" ,;:—–-")
    return text


def asked_job(job: JobProfile) -> tuple[JobProfile, dict[str, Requirement]]:
    """The job with every requirement's text cut to its ask, and the requirements as written by
    id (so a concern still quotes the whole line)."""
    written = {requirement.id: requirement for requirement in job.requirements}
    cut = tuple(replace(requirement, text=asked) if (asked := without_reason(requirement.text))
                != requirement.text else requirement for requirement in job.requirements)
    return replace(job, requirements=cut), written
