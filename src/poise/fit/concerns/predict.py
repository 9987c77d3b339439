"""What may give an interviewer pause: concerns from unmet requirements and from résumé patterns,
ranked by severity.
"""

from __future__ import annotations

from poise.fit.concerns.board import board_reporting_draft
from poise.fit.concerns.career import employment_gap_draft, level_step_up, short_tenures_draft
from poise.fit.concerns.course_length import course_length_draft
from poise.fit.concerns.elected_board import elected_board_draft
from poise.fit.concerns.explained import drop_explained
from poise.fit.concerns.focus import most_severe_gaps
from poise.fit.concerns.footprint import footprint_draft
from poise.fit.concerns.jurisdiction import (
    jurisdiction_switch_draft,
    not_domestic_when_moving,
    regulator_abroad_draft,
)
from poise.fit.concerns.licence_place import licence_place_draft
from poise.fit.concerns.listed_board import listed_board_draft
from poise.fit.concerns.markets import market_asked_draft
from poise.fit.concerns.model import Concern, Context, Draft
from poise.fit.concerns.nation_regime import nation_regime_draft
from poise.fit.concerns.numbered import numbered_level_draft
from poise.fit.concerns.outsourced_service import outsourced_service_draft
from poise.fit.concerns.outsourcing import outsourcing_scale_draft
from poise.fit.concerns.place import international_draft, location_draft
from poise.fit.concerns.reason import asked_job
from poise.fit.concerns.recognition import recognition_draft, unheld_credential_draft
from poise.fit.concerns.regulator import regulator_switch_draft
from poise.fit.concerns.requirements import from_requirement, raises_concerns
from poise.fit.concerns.role_scale import role_scale_draft
from poise.fit.concerns.sector import industry_switch_draft
from poise.fit.concerns.state_regime import state_regime_draft
from poise.fit.concerns.subsector import subsector_switch_draft
from poise.fit.concerns.wished_language import wished_language_draft
from poise.fit.concerns.wording import merge_drafts, merge_same_title, word_drafts
from poise.fit.job_reader import JobProfile, Requirement
from poise.fit.lexicon import FitPatterns
from poise.fit.match import STRONG, Match, Similarity
from poise.fit.resume_reader import ResumeProfile


def predict_concerns(
    job: JobProfile,
    resume: ResumeProfile,
    matches: tuple[Match, ...],
    sim: Similarity,
    patterns: FitPatterns,
) -> tuple[Concern, ...]:
    """Concerns from unmet requirements and from résumé patterns, most severe first; one
    missing must-have at most (``focus``)."""
    asked, written = asked_job(job)  # each line's ask, without the reason it gives
    context = Context(asked, resume, sim, patterns)
    drafts: list[Draft] = []
    by_id = {match.requirement_id: match for match in matches}
    # whether each line is one a résumé could answer, read once for every reader below
    raising = {requirement.id: raises_concerns(requirement, context) for requirement in asked.requirements}
    for requirement in asked.requirements:
        match = by_id.get(requirement.id)
        if match is not None:
            from_line = from_requirement(requirement, match, context)
            drafts.extend(from_line)
            if not any(draft.kind == "certification_level" for draft in from_line) and (
                    raising[requirement.id]):
                # a licence or registration held only under another state or country, or
                # another country's body's credential of the field asked
                licence = licence_place_draft(requirement, match, context) or (
                    recognition_draft(requirement, match, context)) or (
                    unheld_credential_draft(requirement, match, context))
                if licence is not None:
                    drafts = [draft for draft in drafts if not (
                        draft.kind == "missing_must_have" and draft.requirement is not None
                        and draft.requirement.id == requirement.id)]
                    drafts.append(licence)  # says more than the credential missing outright
    makers = (industry_switch_draft, jurisdiction_switch_draft, regulator_abroad_draft,
              short_tenures_draft,
              employment_gap_draft, level_step_up, location_draft, international_draft,
              board_reporting_draft, numbered_level_draft, course_length_draft, outsourcing_scale_draft,
              subsector_switch_draft)
    for maker in makers:
        made = maker(context)
        if made is not None and not (made.kind == "certification_level" and made.requirement
                                     and _strong(by_id.get(made.requirement.id))):
            drafts.append(made)  # a level concern never contradicts a line the map rates strong
    market = None if any(draft.kind == "domestic_only" for draft in drafts) else (
        market_asked_draft(context, by_id)  # a record asked in the post's own market
        or footprint_draft(context))  # a career in one country for a group across several
    if market is not None:
        drafts.append(market)
    if not any(draft.kind == "industry_switch" for draft in drafts):
        # a switch of sector, sub-sector or country already read says more than its regulator
        regulator = (regulator_switch_draft(context) or state_regime_draft(context)
                     or nation_regime_draft(context))
        if regulator is not None:
            drafts.append(regulator)
    service = outsourced_service_draft(context, by_id, drafts, raising)
    if service is not None:
        drafts.append(service)
    wished = wished_language_draft(context, drafts,
                                   lambda requirement: raising.get(requirement.id, False))
    if wished is not None:  # a language the job welcomes that the résumé never names
        drafts.append(wished)
    elected = elected_board_draft(context, drafts)  # board work shown, never for voters
    if elected is not None:
        drafts.append(elected)
    listed = listed_board_draft(context, drafts)  # board work shown, never for a listed company
    if listed is not None:
        drafts.append(listed)
    scale = role_scale_draft(context, drafts)  # a role larger on several axes at once
    if scale is not None:
        drafts.append(scale)
    drafts = [_as_written(draft, written) for draft in drafts]
    merged = merge_drafts(drop_explained(not_domestic_when_moving(drafts, context), context))
    concerns = word_drafts(merged, context)
    concerns.sort(key=lambda concern: (-concern.score, concern.id))
    return tuple(most_severe_gaps(merge_same_title(concerns)))


def _as_written(draft: Draft, written: dict[str, Requirement]) -> Draft:
    """The draft quoting its requirement as the advert wrote it, reason and all."""
    requirement = draft.requirement
    original = written.get(requirement.id) if requirement is not None else None
    if requirement is None or original is None or original.text == requirement.text:
        return draft
    if draft.job_line == requirement.text:
        draft.job_line = original.text
    draft.requirement = original
    return draft


def _strong(match: Match | None) -> bool:
    return match is not None and match.strength == STRONG
