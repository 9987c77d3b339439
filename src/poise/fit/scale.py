"""The scale a résumé shows as the candidate's own: the largest team led and the largest budget
held, less the numbers that only describe an employer (a blurb under the company's name, "supplier,
revenue EUR 1.2 bn, 4,500 employees"), budgets ranked by what they come to in one currency.

Both the shortfall cap (``poise.fit.shortfall``) and the scope concern
(``poise.fit.concerns.requirements``) compare a requirement's team or budget with these, so a
company's head-count never stands for the candidate's team and "€22M" is never read as more than
"£60M" because its figure is smaller. Pure.
"""

from __future__ import annotations

from poise.content.schema import FitCurrenciesFile
from poise.fit.currency import in_reference
from poise.fit.quantities import Quantity
from poise.fit.resume_reader import ResumeLine, ResumeProfile
from poise.fit.role_header import is_description

ACTION_TAGS = frozenset({"VBD", "VBP", "VB", "MD"})
"""Tags of a verb that tells an action (past, first-person present, base form after a modal),
as opposed to a company's "serves" or "employing"."""


def company_fact(line: ResumeLine | None) -> bool:
    """A line inside a role, not a bullet, that describes the company and tells no action of the
    candidate's: no "I" or "my", and no verb in the past or in the present of a first person
    ("Led", "manage"); "serves" and "employing" tell what the company does."""
    if line is None or line.bullet or line.role is None or not is_description(line.text):
        return False
    from poise.analysis.nlp import spacy_pipeline

    doc = spacy_pipeline()(line.text)  # tags only: the pipeline sets no coarse parts of speech
    return not any(token.tag_ in ACTION_TAGS or token.lower_ in ("i", "my") for token in doc)


def largest_held(resume: ResumeProfile, what: str, rates: FitCurrenciesFile) -> Quantity | None:
    """The largest team (``what`` = "team") or budget ("budget") the candidate held, numbers on
    lines about a company left out; budgets in several currencies are ranked by what they come
    to in one (content/fit/currencies.yaml)."""
    quantities = resume.team_sizes if what == "team" else resume.budgets
    by_index = {line.index: line for line in resume.lines}
    held = [item for item in quantities if not company_fact(by_index.get(item.line))]
    return max(held, key=lambda item: in_reference(item.value, item.currency, rates), default=None)
