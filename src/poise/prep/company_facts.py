"""Facts about the employer that the job advert states (size, founding, headquarters, reach,
revenue, ownership, the strategic move under way), as key-facts quiz cards and brief lines.

Pure: the patterns come from ``content/prep/company_facts.yaml``; each sentence of the advert is
tried against every pattern, and each kind of fact gives one card at most (its first mention).
Bounded: at most
2,000 sentences of at most 600 characters are read.
"""

from __future__ import annotations

import re

from poise.content.schema import CompanyFactsFile
from poise.prep.quiz import FactDraft, clean_fact

MAX_SENTENCES = 2_000
MAX_SENTENCE_CHARS = 600
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n+")
WRAPPED = re.compile(r"(?<!\n)\n(?![\n#*•-]|\s*[-*•]\s|\s*\d+[.)]\s)")
"""A line break inside a paragraph (not before a blank line, a heading or a list item)."""


def _no_full_stop(answer: str) -> str:
    """The answer without the sentence's full stop ("Marlin Industrie AG." → "… AG"); an
    abbreviation's own dot stays ("Halvorsen Systems Inc.", "Brook & Co.")."""
    if not answer.endswith("."):
        return answer
    last = answer.rsplit(" ", 1)[-1].rstrip(".")
    abbreviation = len(last) <= 3 and not last.isupper()
    return answer if abbreviation else answer[:-1]


def advert_facts(job_text: str, company: str, content: CompanyFactsFile) -> list[FactDraft]:
    """The company facts the advert states, one card per kind, from the sentences about the
    employer (naming it, or speaking as it)."""
    name = company.strip() or "the company"
    compiled = [(pattern, re.compile(pattern.pattern)) for pattern in content.facts]
    voices = [re.escape(word) for word in content.speaking_as]
    for part in {company.strip(), company.strip().split(" ")[0]}:
        if len(part) >= 3:  # the full name, and its first word ("Kessler" of Kessler Home Appliances)
            voices.append(re.escape(part))
    about_employer = re.compile(r"(?i)\b(?:" + "|".join(voices) + r")\b")
    found: dict[str, FactDraft] = {}
    for count, sentence in enumerate(SENTENCE_END.split(WRAPPED.sub(" ", job_text))):
        if count >= MAX_SENTENCES:
            break
        if len(sentence) > MAX_SENTENCE_CHARS or not about_employer.search(sentence):
            continue
        for pattern, regex in compiled:
            if pattern.id in found:
                continue
            match = regex.search(sentence)
            if match is None:
                continue
            answer = _no_full_stop(" ".join(match.group("answer").split()).strip(" ,;:-"))
            if answer:
                prompt = pattern.question.format(company=name)
                found[pattern.id] = clean_fact(prompt, answer, "company")
    return list(found.values())
