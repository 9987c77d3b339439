"""Fit content: headings and cues for job and résumé extraction, lexicons, concern templates."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal, get_args

from pydantic import Field, StringConstraints, model_validator

from poise.content.schema.base import Slug, Strict, Text, check_patterns

# --- Fit: reading a job description and a résumé (content/fit/) -----------------------------

REQUIREMENT_KINDS: tuple[str, ...] = (
    "years_experience",
    "scope_pnl",
    "leadership",
    "scope_budget",
    "scope_team",
    "stakeholders",
    "education",
    "certification",
    "languages",
    "tools",
    "change_management",
    "stage",
    "geography",
    "domain",
    "outsourcing",
    "savings",
    "regulation",
    "development",
    "other",
)
CONCERN_KINDS: tuple[str, ...] = (
    "missing_must_have",
    "scope_step_up",
    "industry_switch",
    "short_tenures",
    "employment_gap",
    "no_leading_leaders",
    "no_board_exposure",
    "domestic_only",
    "tool_mismatch",
    "certification_level",
    "language_level",
    "location",
    "outsourcing_vendor",
    "savings_target",
)
FIT_PLACEHOLDERS: frozenset[str] = frozenset({
    "topic", "job_line", "resume_line", "evidence_sentence", "plan_step", "scope_change",
    "scope_from", "switch_kind", "switch_from", "switch_to", "count", "tenure_list", "gap_months",
    "gap_period", "gap_span", "years_since", "home_market", "tool_required", "tool_have_title",
    "tool_have_phrase",
    "category", "cert", "language", "cert_have", "language_have", "language_wanted",
    "job_location", "resume_location", "saving_asked", "saving_have", "shown_gap", "job_markets",
    "language_next", "language_first", "live_in", "outsourcing_asked", "outsourcing_have",
    "study_time", "study_by",
})
Regexes = Annotated[list[str], Field(min_length=1)]


def _placeholders(text: str) -> set[str]:
    """The {names} a template uses."""
    import string

    names = set()
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None:
            names.add(name)
    return names


class FitHeadings(Strict):
    """Patterns for the section headings of a job description."""

    conditions: list[str] = Field(
        default_factory=list,
        description="Headings over the conditions of hiring and of the work (checks before "
                    "appointment, working conditions): tried first, and their lines are read as "
                    "no requirements, even when the heading holds a requirements word.")
    nice: Regexes
    must: Regexes
    duties: Regexes
    ignore: Regexes
    about: list[str] = Field(
        default_factory=list,
        description="Headings over what the employer says it is and does (about us, who we are, "
                    "facts and figures): no requirements are read there, as under ``ignore``, but "
                    "the employer's sector is, unlike benefits, the hiring process or policy.")


class ResumeHeadings(Strict):
    """Patterns for the section headings of a résumé."""

    experience: Regexes
    education: Regexes
    side: Regexes
    summary: Regexes
    works: Regexes = Field(default_factory=list, description=(
        "Side headings that list the candidate's works (publications, talks), set between the "
        "jobs of an academic history: a dated line with a job title after one is the history again."))


class ResumeTableColumns(Strict):
    """What the head cell of a résumé table's column says the column holds: a table whose head
    names a post's title and its dates lists one role per row."""

    title: Regexes
    employer: Regexes = Field(default_factory=list)
    unit: Regexes = Field(default_factory=list, description=(
        "The unit the post was held on (a vessel, a site, a project): written beside the title."))
    start: Regexes
    end: Regexes = Field(default_factory=list)
    period: Regexes = Field(default_factory=list, description="A column holding a whole range.")


class FitLevels(Strict):
    """Title patterns for each target level."""

    executive: Regexes
    director: Regexes
    manager: Regexes


class KindCues(Strict):
    """The patterns that give a requirement line one kind."""

    kind: Literal[REQUIREMENT_KINDS]  # type: ignore[valid-type]
    patterns: Regexes


class FitEvidence(Strict):
    """Résumé patterns for the concerns no single requirement settles."""

    leading_leaders: Regexes
    flat_team: Regexes = Field(default_factory=list, description=(
        "A résumé line saying its team has no layer of leaders ('all direct reports', 'a flat "
        "structure'): whatever titles it lists, no leaders report in through it."))
    units_led: Regexes = Field(default_factory=list, description=(
        "Units counted on a résumé line ('three depots', '4 teams'): on a line that also counts "
        "a workforce, each unit has a leader of its own who reports in."))
    direct_reports: Regexes = Field(default_factory=list, description=(
        "Direct reports counted on a résumé line ('six direct reports'), the count in group "
        "`count`: where the role counts a workforce several times larger, they lead the rest."))
    developing_leaders: Regexes
    time_out_owner: Regexes = Field(default_factory=list, description=(
        "A word that, standing before a cue of time out between jobs, says the time out is the "
        "candidate's own ('family relocation', 'personal sabbatical'); any other noun there makes "
        "the cue a thing worked on ('an office relocation')."))
    board: Regexes
    board_adjacent: Regexes
    international: Regexes
    pnl: Regexes
    change: Regexes
    stage: Regexes
    gap_explained: Regexes
    break_titles: list[str] = Field(
        default_factory=list,
        description="Words that, as the whole title of a dated row with no employer beside it, "
                    "name time out rather than a job ('Career pause', 'Retraining').")
    leave_of_absence: list[str] = Field(
        default_factory=list,
        description="A leave taken from a job one keeps ('unpaid leave', 'parental leave', "
                    "'sabbatical'): time out of work even when it is dated inside the role's "
                    "range, unlike a board seat or a course held beside the job.")
    short_by_design: Regexes
    degree: list[str] = Field(default_factory=list, description="A completed degree on a résumé.")
    course_of_study: list[str] = Field(
        default_factory=list,
        description="A course attended, named by its head word: training in a work history, not a "
                    "role held.")
    training: list[str] = Field(
        default_factory=list,
        description="Words of training taken (a workshop, a programme, an internal or online "
                    "course): a signal, weighed by the certificate filter, that a listed item "
                    "was attended rather than a certificate held.")
    schooling: list[str] = Field(
        default_factory=list,
        description="A school-leaving qualification (A levels, Abitur): education, not a degree.")
    public_company: list[str] = Field(default_factory=list, description="A listed company, an IPO.")
    elected_members: list[str] = Field(default_factory=list, description="Work with politicians.")
    listed_employer: list[str] = Field(
        default_factory=list,
        description="An employer whose shares trade on a stock exchange (\"JSE-listed\", \"listed "
                    "on the stock exchange\", an exchange named in its own language): a board "
                    "that answers to shareholders and a market, above a private board.")
    elected_board: list[str] = Field(
        default_factory=list,
        description="A governing body chosen by a vote (of the public, of a co-operative's or an "
                    "association's members) or meeting in public: a board whose members answer "
                    "to voters, not to owners.")
    outsourcing: list[str] = Field(default_factory=list, description="An outside supplier managed.")
    confirmed_condition: list[str] = Field(
        default_factory=list,
        description="A condition of the post the candidate confirms rather than argues from a "
                    "record (a driving licence, the right to work, a background check): a line "
                    "asking it raises no missing must-have when the résumé is silent.")
    customer_nouns: list[str] = Field(
        default_factory=list,
        description="Nouns (a whole lower-case word) for an employer's customers: a sector word "
                    "inside their noun phrase names whom the employer serves, not its sector.")
    attends_only: list[str] = Field(
        default_factory=list,
        description="Verbs (matched on the word's start) of taking part in a meeting rather than "
                    "running what it is about: outsourcing words governed by one (a contract "
                    "review attended) show no contract managed.")
    provider_side: list[str] = Field(
        default_factory=list,
        description="A résumé line on the provider's side of outsourcing: work done for clients, "
                    "or an employer that sells outsourced services.")
    cost_cut: list[str] = Field(
        default_factory=list,
        description="A clause cutting a cost by a share ('reduce claims costs by 20%', 'an 8% "
                    "reduction in cost per unit'): the per cent named group 'n' is the cut, "
                    "judged against the largest such cut on the résumé.")
    cost_ratio_cut: list[str] = Field(
        default_factory=list,
        description="A clause taking a cost or efficiency ratio down from one share to a lower "
                    "one ('the cost-to-income ratio from 60% to 52%'): groups 'a' and 'b' are the "
                    "shares, and the cut is their fall against 'a', judged like 'cost_cut'.")
    outsourced_party: list[str] = Field(
        default_factory=list,
        description="The lemma of a party delivering for the employer (a partner, supplier, "
                    "contractor): what an advert's line asks to govern.")
    governs_party: list[str] = Field(
        default_factory=list,
        description="A verb (its lemma or form) that governs a party: manage, oversee, hold.")
    party_generic: list[str] = Field(
        default_factory=list,
        description="Modifiers of a party naming no service of its own (key, strategic, local).")
    savings_sized: list[str] = Field(
        default_factory=list,
        description="Nouns that size a saving when they follow an amount ('a £9m cost-out "
                    "programme'): a savings target on any advert line, a saving on the résumé.")
    counted_work: list[str] = Field(
        default_factory=list,
        description="Plural nouns that count the work or people of an outsourced service (FTEs, "
                    "claims, calls, agents): the same noun on both sides compares their size.")
    relocation: list[str] = Field(default_factory=list, description="A job line asking to move.")
    learning: list[str] = Field(
        default_factory=list, description="Courses, programmes and qualifications taken.")
    leads_people: list[str] = Field(
        default_factory=list, description="One parsed word saying the people under it are led.")
    aspiration: list[str] = Field(
        default_factory=list, description="A line saying what the candidate wants, not has done.")
    in_progress: list[str] = Field(
        default_factory=list, description="A qualification still being studied for.")
    lapsed: list[str] = Field(
        default_factory=list,
        description="A credential held once and no longer current ('expired 2021', 'lapsed'): "
                    "the line shows it was held, not that it is (fit/credential_state.py).")
    eligible: list[str] = Field(
        default_factory=list,
        description="A credential the candidate may sit or apply for but does not hold "
                    "('eligible for', 'board-eligible'; fit/credential_state.py).")
    organisation_certified: list[str] = Field(
        default_factory=list,
        description="Words by which a standard is something an organisation is certified to "
                    "('certified', 'certification', 'accredited'): a line naming the standard "
                    "with them and no personal certificate shows a certified system; a job "
                    "naming them asks for one (fit/credential_state.py).")
    organisation_system: list[str] = Field(
        default_factory=list,
        description="Words by which a résumé line names a standard as the system an "
                    "organisation runs to it ('responsible for the ISO 13485 quality management "
                    "system'): with no personal certificate on the line, it shows the organisation's "
                    "system, as a certification does (fit/credential_state.py).")
    system_words: list[str] = Field(
        default_factory=list,
        description="A line speaking of a software system: its implementation, a move onto it.")
    exposure: list[str] = Field(
        default_factory=list,
        description="A line showing a part in others' work (a pilot, a pre-study, testing).")
    still_studying: list[str] = Field(
        default_factory=list,
        description="Words saying a course named after them is still being finished ('currently "
                    "completing a DNP'): read for the rungs a résumé holds only.")
    supporting_verbs: list[str] = Field(
        default_factory=list,
        description="Lemmas of verbs telling a supporting part in a duty's work ('supported', "
                    "'assisted'), matched on the way from the duty's object up a line's parse.")
    joint_verbs: list[str] = Field(
        default_factory=list,
        description="Lemmas of verbs of joint work that tell a supporting part when they take "
                    "'with' ('worked with the CFO on the budget'), matched like supporting_verbs.")
    supporting_roles: list[str] = Field(
        default_factory=list,
        description="Nouns a line stands on that tell a supporting part ('member of', 'exposure "
                    "to'), matched like supporting_verbs.")
    denying: list[str] = Field(
        default_factory=list,
        description="Lower-case words that deny what they govern in a line's parse ('no', 'not', "
                    "'never', 'without'): a line saying 'no greenfield experience' is never "
                    "evidence of greenfield work.")
    denied_holdings: list[str] = Field(
        default_factory=list,
        description="Lower-case nouns of having or knowing ('experience', 'exposure') whose denial "
                    "('no greenfield experience') denies their phrase; a denied outcome ('no "
                    "lost-time incidents') denies nothing asked.")
    supporting_part: list[str] = Field(
        default_factory=list,
        description="A line telling a part played beside or under the one who led the work "
                    "('alongside the HR Director', 'co-led', 'contributed to', 'as subject-matter "
                    "expert'): the work shown, not led.")
    protected_leave: list[str] = Field(
        default_factory=list, description="Leave the law protects (parental): no concern.")
    union_asked: list[str] = Field(
        default_factory=list,
        description="A job line asking for work with trade unions (bargaining, labour relations).")
    funding_source: list[str] = Field(
        default_factory=list,
        description="A word for money or partnership a sector word may only qualify ('funding "
                    "from government', 'NHS partners'): the source or partner, not the employer's "
                    "own sector.")
    approval: list[str] = Field(
        default_factory=list,
        description="A word of a regulator's approval of a person ('acceptance by', 'approved "
                    "by', 'acceptable to'): the body named with it approves; it is no certificate.")
    project_work: list[str] = Field(
        default_factory=list,
        description="A noun of a piece of work a sector word may qualify ('construction "
                    "projects', 'a capital works programme'): that kind of work, not a career in "
                    "the sector.")
    credential_grant: list[str] = Field(
        default_factory=list,
        description="A line about a licence, a registration or a membership a state, a country "
                    "or its professional body grants ('licensed', 'registered with', 'member of').")
    not_credential: list[str] = Field(
        default_factory=list,
        description="A permit that is no profession's credential (a driving licence): never read "
                    "as a registration held under another jurisdiction.")
    union_work: list[str] = Field(
        default_factory=list, description="A résumé line showing work with trade unions.")
    union_absent: list[str] = Field(
        default_factory=list,
        description="A résumé line saying the staff were not in a union: no union work shown.")
    union_lead_asked: list[str] = Field(
        default_factory=list,
        description="A job line asking to lead the negotiations with unions ('leading collective "
                    "bargaining', 'lead formal negotiations with recognised trade unions'), not "
                    "only to work beside them.")
    union_led: list[str] = Field(
        default_factory=list,
        description="A résumé line on union work telling negotiations the candidate led or "
                    "concluded ('Negotiated a three-year pay deal', 'lead negotiator'), not a seat "
                    "on the team or consultation.")
    self_employed: list[str] = Field(
        default_factory=list, description="A role worked for oneself: its employer is the candidate.")
    not_a_requirement: list[str] = Field(
        default_factory=list,
        description="A line read among the requirements that no résumé answers: an offer, a "
                    "personal attribute, a check of the post, how to apply. It raises no concern.")
    travel: list[str] = Field(
        default_factory=list,
        description="A job line asking for frequent travel: nights away, a large share of time.")
    work_place: list[str] = Field(
        default_factory=list,
        description="A job line saying where the work is done: an office, a site, on-site days.")
    location_label: list[str] = Field(
        default_factory=list,
        description="The label of an advert's field that says where the job is ('Location', "
                    "'Workplace location', 'Base'), matched against the whole label.")
    language_test: list[str] = Field(
        default_factory=list,
        description="The name of a language test or a language-level certificate ('IELTS', a "
                    "national institute's certificate of a level): a résumé's item naming one "
                    "shows a language's level, not a professional certification.")
    place_intro: list[str] = Field(
        default_factory=list,
        description="Words in an advert's text that introduce where the job is ('based in', "
                    "'located in'): the capitalised place after them is the job's place.")
    start_told: list[str] = Field(
        default_factory=list,
        description="Words in a role's own lines that tell when the post began, right before a "
                    "month and year ('since', 'joined in'): they give the month a heading dated "
                    "by years leaves out.")
    end_told: list[str] = Field(
        default_factory=list,
        description="Words in a role's own lines that tell when the post ended, right before a "
                    "month and year ('until', 'left in'): they give the month a heading dated by "
                    "years leaves out.")
    benefit_terms: list[str] = Field(
        default_factory=list,
        description="What the employer gives the holder ('pension', 'parking', 'annual leave'): "
                    "a line naming one is the post's terms, not an ask, unless it opens with a "
                    "duty's verb ('Oversees parking management and shuttle operations').")
    area_words: list[str] = Field(
        default_factory=list,
        description="Words after a town that name a zoned area of it ('business park', "
                    "'industrial estate', 'free zone'): the town before them is the job's place.")
    site_words: list[str] = Field(
        default_factory=list,
        description="Words beside a town that name the kind of site, not the place ('head "
                    "office', 'headquarters'): dropped from the job's place.")
    skills_label: list[str] = Field(
        default_factory=list,
        description="A résumé heading or line label over a list of skills ('Core competencies'): "
                    "a certificate named among them is a skill, not a certificate held.")
    institution: list[str] = Field(
        default_factory=list,
        description="A place of study (a university, a college, a school): a line awarded by "
                    "one is education, never a professional certificate.")
    academic_award: list[str] = Field(
        default_factory=list,
        description="An award a place of study confers (a degree, a graduate certificate): with "
                    "an `institution` on the line it is education.")
    study_programme: list[str] = Field(
        default_factory=list,
        description="A programme of study for managers that a place of study runs (an "
                    "executive programme): listed dated under an education heading, a study.")
    membership: list[str] = Field(
        default_factory=list,
        description="A line saying the candidate belongs to a body, a group or a rota: a "
                    "membership, a certificate only when it carries a grade (`member_grade`).")
    member_grade: list[str] = Field(
        default_factory=list,
        description="A grade of membership a professional body confers (chartered, fellow, "
                    "the grade's letters): a membership that is a qualification.")
    registration: list[str] = Field(
        default_factory=list,
        description="A licence to practise from a regulator ('registered nurse'), or a professional "
                    "title conferred: a certification.")
    attended: list[str] = Field(
        default_factory=list,
        description="Training or an event attended: learning shown, not a certificate held.")
    certificate_earned: list[str] = Field(
        default_factory=list,
        description="A verb telling a certificate was earned: a duty naming a certificate with "
                    "it shows the certificate held.")
    course_length: list[str] = Field(
        default_factory=list,
        description="A course told by its length ('3 days', '5 modules'): training attended, "
                    "neither a certificate held nor a study.")


Lemmas = Annotated[list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]],
                   Field(min_length=1)]


class NotAsking(Strict):
    """Lemmas that show, through a sentence's parse, that an advert's sentence asks nothing of the
    candidate: it tells them how to apply, what happens once they are chosen, where and when the
    work is done, or keeps the post's duties open. Each is read with the sentence's grammar (its
    subject, its mood, what a word modifies), never as a phrase."""

    applying: Lemmas = Field(description="Nouns of the application itself (the papers a candidate "
                                         "sends): read as the applicant's when 'your' owns them.")
    contact: Lemmas = Field(description="Verbs of hearing from someone: with the employer as "
                                        "subject and 'from you', an invitation to apply.")
    hired: Lemmas = Field(description="Nouns for the person once chosen (with 'successful').")
    vetting: Lemmas = Field(description="Nouns of a check made before or on appointment.")
    screened: Lemmas = Field(default_factory=list, description=(
        "What a check before appointment screens for ('drug', 'alcohol', 'security'): a vetting "
        "noun they modify, to be passed or undergone, is a condition of the hire, not a skill."))
    start: Lemmas = Field(description="Nouns of taking up the post: 'within N days of' one "
                                      "is a condition met after hiring, not shown before.")
    post: Lemmas = Field(description="Nouns for the post itself, as the subject of a sentence "
                                     "that describes its terms.")
    terms: Lemmas = Field(description="Words that, said of the post, give its terms: where it is "
                                      "based, what regime it is subject to.")
    work_time: Lemmas = Field(description="Times outside the working day that a sentence about "
                                          "attending or working names (an arrangement).")
    open_duties: Lemmas = Field(description="Nouns of duties: 'any other' of them is a catch-all.")
    rewards: Lemmas = Field(default_factory=list, description=(
        "Nouns of what the post gives (pay, leave, a pension): a line with no verb whose head "
        "noun, or a noun compounded with it, is one of them lists a benefit, not an ask."))
    engagement: Lemmas = Field(default_factory=list, description=(
        "Nouns of the terms the post is held on ('contract', 'tenure', 'employment'): a line with "
        "no verb headed by one, or a sentence with one as its subject, gives the terms."))
    giving: Lemmas = Field(default_factory=list, description=(
        "Verbs of the employer giving something ('pay', 'offer', 'cover'): given to the "
        "candidate or their family ('we pay school fees for your children') they tell a "
        "benefit, not what the employer does."))
    receiving: Lemmas = Field(default_factory=list, description=(
        "Verbs of getting or feeling rather than doing: 'you'll enjoy', 'you'll get' tell what "
        "the post gives, not what it asks."))
    requiring: Lemmas = Field(default_factory=list, description=(
        "Verbs and adjectives of needing or requiring: negated ('you don't need to', 'not "
        "required'), the sentence says what is not asked."))
    reporting: Lemmas = Field(default_factory=list, description=(
        "Verbs of the post's line of report ('report', 'answer'): with 'to' whom, a sentence that "
        "says nothing else states the post's place in the organisation, not an ask."))
    reporting_times: Lemmas = Field(default_factory=list, description=(
        "How often reports are made ('monthly', 'quarterly'): reporting at a rhythm is a duty of "
        "producing reports ('report monthly to the board'), not the post's line of report."))
    membership: Lemmas = Field(default_factory=list, description=(
        "Nouns and verbs of belonging to a body ('member', 'sit', 'serve'): said of the post "
        "beside its line of report ('and sits on the executive team'), its place again."))
    seeking: Lemmas = Field(default_factory=list, description=(
        "Verbs of the employer seeking or wanting someone ('look', 'seek', 'want'): with the "
        "employer as subject the sentence describes the person asked for, never the employer."))
    announcing: Lemmas = Field(default_factory=list, description=(
        "Verbs of announcing the vacancy or inviting people to apply ('announce', 'invite', "
        "'encourage'): the employer's notice of the hiring, not an ask."))
    appointing: Lemmas = Field(default_factory=list, description=(
        "Verbs of putting someone in the post ('appoint', 'elect'): said of the post beside what "
        "it is, its standing, not a duty."))
    hiring_process: Lemmas = Field(default_factory=list, description=(
        "Nouns of the hiring itself ('procedure', 'recruitment', 'search'): one held 'for' or "
        "'of' the post names the process, not an ask."))


class FitCuesFile(Strict):
    """fit/cues.yaml: how requirement lines, headings, levels and résumé evidence are recognised."""

    must_cues: Regexes
    nice_cues: Regexes
    role_cues: Regexes
    traits: Regexes
    not_requirements: list[str] = Field(
        default_factory=list,
        description="Lines that state a hiring condition or a benefit, never a requirement.")
    not_asking: NotAsking | None = None
    headings: FitHeadings
    resume_headings: ResumeHeadings
    resume_table_columns: ResumeTableColumns | None = None
    levels: FitLevels
    title_words: Regexes
    kinds: list[KindCues] = Field(min_length=1)
    evidence: FitEvidence
    work_modes: dict[Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)],
                     list[str]] = Field(
        default_factory=dict,
        description="How the work is done, by the name shown ('Hybrid', 'On-site', 'Remote', "
                    "'Field-based'), and the words an advert says it with: kept apart from the "
                    "place, never read as one.")

    @model_validator(mode="after")
    def _patterns_compile(self) -> FitCuesFile:
        groups: dict[str, list[str]] = {
            "must_cues": self.must_cues,
            "nice_cues": self.nice_cues,
            "role_cues": self.role_cues,
            "traits": self.traits,
            "title_words": self.title_words,
            "not_requirements": self.not_requirements,
        }
        for section in (self.headings, self.resume_headings, self.levels, self.evidence):
            for name, value in section:
                groups[name] = value
        for name, value in self.resume_table_columns or ():
            groups[f"resume_table_columns.{name}"] = value
        for cues in self.kinds:
            groups[f"kinds.{cues.kind}"] = cues.patterns
        for mode, patterns in self.work_modes.items():
            groups[f"work_modes.{mode}"] = patterns
        for where, patterns in groups.items():
            check_patterns(patterns, where=where)
        seen = [cues.kind for cues in self.kinds]
        for kind in REQUIREMENT_KINDS:
            if kind != "other" and kind not in seen:
                raise ValueError(f"requirement kind {kind!r} has no cues; add it under 'kinds'")
        if len(set(seen)) != len(seen):
            raise ValueError("each requirement kind may appear only once under 'kinds'")
        return self


class Industry(Strict):
    """An industry, its usual business model and the words that reveal it."""

    id: Slug
    name: Text
    model: Literal["b2b", "b2c", "public", "mixed"]
    keywords: list[Text] = Field(min_length=3)
    related: list[Slug] = Field(
        default_factory=list, description="Industries close enough that moving between them is no switch."
    )


class BusinessModels(Strict):
    """Words that say who the customer is."""

    b2b: list[Text] = Field(min_length=3)
    b2c: list[Text] = Field(min_length=3)


class ToolModule(Strict):
    """A separately learned part of a tool (an ERP suite's finance module, a CRM's service cloud)."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]
    aliases: list[Annotated[str, StringConstraints(min_length=2)]] = Field(default_factory=list)


class Tool(Strict):
    """A tool or platform; tools in one category are rivals (SAP and Oracle are both ERP)."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]
    category: Slug
    aliases: list[Annotated[str, StringConstraints(min_length=2)]] = Field(default_factory=list)
    modules: list[ToolModule] = Field(
        default_factory=list, description="Parts of the tool that are learned separately.")


class LadderRung(Strict):
    """One level of a certification scheme and the patterns that show it."""

    name: Text
    patterns: Regexes
    awards: dict[Text, Regexes] = Field(
        default_factory=dict,
        description="Awards of this level a job may ask for by name ('MBA'), each with the "
        "patterns that name it: a job naming one with no alternative is met in full only by that "
        "award; another of the same level shows the level, not the award.")


class UnitRung(Strict):
    """One rung of the ladder of organisational units a person leads (a team, a department...)."""

    name: Text
    nouns: list[Annotated[str, StringConstraints(min_length=3)]] = Field(
        min_length=1, description="Lemmas of the nouns that name a unit of this rung when a "
        "leading word governs them ('lead the finance department', 'head of the division').")


class Ladder(Strict):
    """A certification scheme's levels, lowest first, compared by position."""

    id: Slug
    name: Text
    family: list[str] = Field(
        default_factory=list, description="Patterns naming the scheme; a rung counts on a line "
        "that names its family (any rung, when empty).")
    rungs: list[LadderRung] = Field(min_length=2)
    level_concern: bool = Field(
        default=True, description="Whether a lower rung than asked raises a certification-level "
        "concern (false for academic degrees: a recruiter weighs them, rarely asks about them).")
    held_by: Literal["person", "organisation"] = Field(
        default="person", description="Who holds a rung: the candidate (a belt, a licence) or the "
        "site or company the candidate worked for (a quality standard it is certified to), which "
        "a résumé line names as a result, never as the candidate's own certificate.")


class NationalCredential(Strict):
    """One body's credential in a field of practice, and the country (and state or province)
    whose body grants it."""

    name: Text
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    state: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)] | None = None
    patterns: Regexes


class CredentialField(Strict):
    """A field of practice whose credentials are granted country by country (or province by
    province): one body's credential does not stand for another's until that body recognises it
    (fit/concerns/recognition.py)."""

    id: Slug
    name: Text
    credentials: list[NationalCredential] = Field(min_length=2)


class Regime(Strict):
    """A regulatory regime of a sector and the patterns that name it."""

    id: Slug
    name: Text
    patterns: Regexes
    sectors: list[Slug] = Field(default_factory=list)
    """The industries this regime governs: a career in one has worked under it."""


class DevolvedRegime(Strict):
    """A country whose regions each run their own regime for some sectors (the nations of the
    United Kingdom for health, schools, housing and local government): a move between two of
    its regions in one of those sectors is a move of regime (fit/concerns/nation_regime.py)."""

    country: Annotated[str, StringConstraints(min_length=2, max_length=2)]
    """The country's ISO code."""
    sectors: list[Slug]
    """The sectors each region runs under its own laws, inspectors and funding."""
    regions: dict[Annotated[str, StringConstraints(min_length=2)], Text]
    """The regions by their GeoNames first-level code ("WLS") → name ("Wales")."""


class Regulator(Strict):
    """A national regulator or inspectorate: the country whose rules it enforces and the sectors
    it governs. A post under it and a career under another country's is a move of regime."""

    name: Text
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    """ISO 3166 alpha-2 code."""
    sectors: list[Slug] = Field(min_length=1)
    patterns: Regexes


class SubSector(Strict):
    """A part of an industry whose work, rules and regulators differ from its neighbours'."""

    id: Slug
    name: Text
    sector: Slug
    """The industry it belongs to."""
    patterns: Regexes
    """Its work, products, standards and regulators."""


class LeadershipLevel(Strict):
    """One rung of the leadership ladder and the titles and résumé lines that show it."""

    id: Slug
    name: Text
    titles: Regexes
    evidence: list[str] = Field(default_factory=list)
    heads_organisation: list[str] = Field(
        default_factory=list,
        description="Titles of this rung that head the whole organisation the advert describes "
        "(a chief executive, a managing director): the organisation's own people and money are "
        "then the role's scale (fit/concerns/role_scale.py).")


class LanguageLevel(Strict):
    """A level of a spoken language (CEFR or the words résumés use), lowest first."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]
    patterns: Regexes


class ScoreBand(Strict):
    """The lowest score of a language test that shows a level."""

    min: float = Field(ge=0)
    level: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]


class LanguageTest(Strict):
    """A language test whose score a résumé gives ("TOEIC 920"), with the level each band of
    scores shows."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]
    pattern: Annotated[str, StringConstraints(min_length=2)]
    bands: list[ScoreBand] = Field(min_length=1)


class RegionMembers(Strict):
    """A region a line may ask a record in ("GCC experience", "the North American market"): the
    names and adjectives that name it and the countries (ISO codes) that lie in it."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]
    names: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=1)
    countries: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]] = Field(min_length=2)


class State(Strict):
    """A state, province or territory an address names after its town ("Lane Cove NSW 2066",
    "Hyderabad – 500090, Telangana"): read as the region around the town, never as the town."""

    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3)]
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,3}$")] | None = None
    country: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]


class PostcodeCity(Strict):
    """A city whose metropolitan postcodes form one numeric range within a state: an address in
    a suburb ("Essendon VIC 3040") is read as living in that city."""

    city: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2)]
    state: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,3}$")]
    low: int = Field(ge=0, le=999999)
    high: int = Field(ge=0, le=999999)


class NamesWithThe(Strict):
    """Institutions whose name a sentence says with "the": "at the Department of Health", "in
    the British Army" (never "at Department of Health"); a company's name takes none."""

    opening: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list,
        description="A name's first word that, before 'of' or 'for', makes it an institution's "
        "('Department of …', 'Office for …').")
    closing: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list,
        description="A short name's last words that make it a service of a state ('… Army', "
        "'… Navy', '… Police').")


class FitLexiconsFile(Strict):
    """fit/lexicons.yaml: industries, business models, tools, places, languages, certifications."""

    industries: list[Industry] = Field(min_length=5)
    business_models: BusinessModels
    tool_categories: dict[Slug, Text]
    tools: list[Tool] = Field(min_length=5)
    category_words: dict[Slug, list[Annotated[str, StringConstraints(min_length=2)]]]
    countries: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=10)
    country_adjectives: dict[
        Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")],
        list[Annotated[str, StringConstraints(min_length=2)]]] = Field(
        default_factory=dict,
        description="The adjectives naming a country's people and institutions ('Mexican', "
        "'Dutch'), by ISO code: a line asking for a country's rules may name it so.")
    regions: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    region_members: list[RegionMembers] = Field(default_factory=list)
    states: list[State] = Field(default_factory=list)
    postcode_cities: list[PostcodeCity] = Field(default_factory=list)
    languages: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    computer_languages: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list,
        description="Programming and query languages a list of languages may name ('Python "
        "(advanced)', 'SQL'): never read as a language the candidate speaks.")
    language_names: dict[str, list[Annotated[str, StringConstraints(min_length=2)]]] = Field(
        default_factory=dict,
        description="Other names a language of `languages` is written with, in the languages "
        "résumés are written in ('Deutsch', 'Englisch', 'Anglais'): read as that language.")
    language_groups: dict[str, list[Annotated[str, StringConstraints(min_length=2)]]] = Field(
        default_factory=dict,
        description="Families of languages a job may ask for as a group ('a Scandinavian "
        "language'): any member of `languages` held meets the line.")
    certifications: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    people_nouns: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    served_people_nouns: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list,
        description="People a team serves rather than staff it ('customers', 'users'): a job "
        "noun ending like one who does something ('adjusters', 'cashiers') counts as staff when "
        "led, unless it is one of these.",
    )
    functions: list[Annotated[str, StringConstraints(min_length=2)]] = Field(min_length=3)
    organisation_words: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list)
    """Nouns that make a name an organisation's ("… Hospital", "… Council", "… Bank")."""
    names_with_the: NamesWithThe = Field(default_factory=lambda: NamesWithThe())
    """Names of institutions a sentence says with "the" ("the Department of Health")."""
    title_initials: list[Annotated[str, StringConstraints(min_length=2, max_length=8)]] = Field(
        default_factory=list)
    """Posts written by their initials alone ("GM", "SE", "HR BP"), matched case-sensitively:
    in a role's header beside an employer's name they are the title, not a place, a legal form
    or the employer."""
    regulator_words: list[Annotated[str, StringConstraints(min_length=3)]] = Field(
        default_factory=list)
    """Nouns that close the name of a body that regulates, licenses or inspects ("… Civil
    Aviation Authority", "… Energy Commission"): initials an advert defines in brackets after
    such a name ("the Maritime Safety Authority (MSA)") name the body, not a qualification."""
    credential_nouns: list[Annotated[str, StringConstraints(min_length=3)]] = Field(
        default_factory=list)
    """Nouns that close the name of a document a person holds ("… medical certificate", "…
    licence", "… rating"): the credential a regulator's initials stand before."""
    then_words: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list)
    """Words for "then" that join two posts in a title line ("Analyst, then Manager")."""
    installation_words: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list)
    """Nouns that close the name of a military installation ("… Air Force Base", "… Barracks"):
    a place a service posts its people to, not the employer (the service or its unit is)."""
    promoted_from_words: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list)
    """Words a role's note uses to name the post held before its title ("promoted from Analyst
    in 2019"): the role is two posts, split at that date."""
    promoted_to_words: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list)
    """Words that lead the later post an aside names ("promoted to Manager in 2019", "elevated to
    GM in Apr'19"): what follows is a post of the same career, not a duty."""
    abbreviations: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list)
    """Abbreviations whose full stop ends no sentence ("Co. Cork", "approx. 35"), without it."""
    legal_forms: list[Annotated[str, StringConstraints(min_length=2)]] = Field(
        default_factory=list)
    """A company's legal forms ("GmbH", "Ltd", "S.A."): a draft says a name without them."""
    ladders: list[Ladder] = Field(default_factory=list)
    counted_units: dict[Annotated[str, StringConstraints(min_length=2)],
                        list[Annotated[str, StringConstraints(min_length=2)]]] = Field(
        default_factory=dict,
        description="Units a job counts ('three sites', '4 plants'), each with the units a résumé "
        "may count instead that are one of it (a plant is a site; a site is not a plant): a "
        "requirement's count is compared with the largest count of any of them, like a team's "
        "head-count (fit/unit_counts.py).")
    measured_units: dict[Annotated[str, StringConstraints(min_length=2)],
                         list[Annotated[str, StringConstraints(min_length=1)]]] = Field(
        default_factory=dict,
        description="Measured units a figure may count ('tonne'), each with the forms a job or a "
        "résumé writes it in ('t', 'ton'): a floor asked in a unit is compared with the largest "
        "figure a recent role states in the same unit and period (fit/floor_met.py).")
    language_levels: list[LanguageLevel] = Field(default_factory=list)
    language_tests: list[LanguageTest] = Field(default_factory=list)
    regimes: list[Regime] = Field(default_factory=list)
    devolved_regimes: list[DevolvedRegime] = Field(default_factory=list)
    national_credentials: list[CredentialField] = Field(default_factory=list)
    sub_sectors: list[SubSector] = Field(default_factory=list)
    leadership_levels: list[LeadershipLevel] = Field(default_factory=list)
    unit_ladder: list[UnitRung] = Field(
        default_factory=list, description="The organisational units a person leads, smallest "
        "first, compared by position (fit/unit_scope.py): a requirement to lead a unit of one rung "
        "is met only by a role that led a unit of that rung or higher.")

    @model_validator(mode="after")
    def _references_resolve(self) -> FitLexiconsFile:
        known = set(self.languages)
        for group, members in self.language_groups.items():
            unlisted = [member for member in members if member not in known]
            if unlisted or not members:
                raise ValueError(f"language_groups.{group}: {unlisted or 'no members'} not among "
                                 "`languages`")
        codes = {state.code for state in self.states if state.code}
        for city in self.postcode_cities:
            if city.state not in codes:
                raise ValueError(f"postcode_cities.{city.city}: state {city.state} is not a code "
                                 "of `states`")
            if city.low > city.high:
                raise ValueError(f"postcode_cities.{city.city}: low is above high")
        for ladder in self.ladders:
            check_patterns(ladder.family, where=f"ladders.{ladder.id}.family")
            for rung in ladder.rungs:
                check_patterns(rung.patterns, where=f"ladders.{ladder.id}.{rung.name}")
                for award, award_patterns in rung.awards.items():
                    check_patterns(award_patterns,
                                   where=f"ladders.{ladder.id}.{rung.name}.awards.{award}")
        if len({ladder.id for ladder in self.ladders}) != len(self.ladders):
            raise ValueError("ladder ids must be unique")
        for language, names in self.language_names.items():
            if language not in self.languages:
                raise ValueError(f"language_names.{language}: not one of `languages`")
            if language in names:
                raise ValueError(f"language_names.{language}: lists the language's own name")
        for level in self.language_levels:
            check_patterns(level.patterns, where=f"language_levels.{level.name}")
        level_names = {level.name for level in self.language_levels}
        for test in self.language_tests:
            check_patterns([test.pattern], where=f"language_tests.{test.name}")
            for band in test.bands:
                if band.level not in level_names:
                    raise ValueError(f"language_tests.{test.name}: level {band.level!r} is not "
                                     "one of `language_levels`")
        for regime in self.regimes:
            check_patterns(regime.patterns, where=f"regimes.{regime.id}")
            unknown = set(regime.sectors) - {industry.id for industry in self.industries}
            if unknown:
                raise ValueError(f"regimes.{regime.id}.sectors: unknown industries {sorted(unknown)}")
        for credential_field in self.national_credentials:
            for credential in credential_field.credentials:
                check_patterns(credential.patterns, where=f"national_credentials."
                               f"{credential_field.id}.{credential.name}")
        if len({item.id for item in self.national_credentials}) != len(self.national_credentials):
            raise ValueError("national_credentials ids must be unique")
        industry_ids = {industry.id for industry in self.industries}
        for sub in self.sub_sectors:
            check_patterns(sub.patterns, where=f"sub_sectors.{sub.id}")
            if sub.sector not in industry_ids:
                raise ValueError(f"sub_sectors.{sub.id}.sector: unknown industry {sub.sector!r}")
        for leadership in self.leadership_levels:
            check_patterns(leadership.titles, where=f"leadership_levels.{leadership.id}.titles")
            check_patterns(leadership.evidence, where=f"leadership_levels.{leadership.id}.evidence")
            check_patterns(leadership.heads_organisation,
                           where=f"leadership_levels.{leadership.id}.heads_organisation")
        ids = [industry.id for industry in self.industries]
        if len(set(ids)) != len(ids):
            raise ValueError("industry ids must be unique")
        for industry in self.industries:
            for other in industry.related:
                if other not in ids:
                    raise ValueError(f"industry {industry.id!r} names unknown related industry {other!r}")
        for tool in self.tools:
            if tool.category not in self.tool_categories:
                raise ValueError(
                    f"tool {tool.name!r} has unknown category {tool.category!r}; "
                    "add it to tool_categories"
                )
        for category in self.category_words:
            if category not in self.tool_categories:
                raise ValueError(f"category_words names unknown category {category!r}")
        return self


class ConcernVariant(Strict):
    """Other wording for one case of a concern kind (a career break is not an unexplained gap)."""

    title: Text | None = None
    question: Text | None = None
    why: Text | None = None
    acknowledge: Text | None = None
    evidence: Text | None = None
    plan: Text | None = None
    check_back: Text | None = None


class ConcernTemplate(Strict):
    """One kind of concern: its severity and the templates of its answer plan."""

    kind: Literal[CONCERN_KINDS]  # type: ignore[valid-type]
    aliases: list[Slug] = Field(default_factory=list, description="Other names for this kind.")
    score: int = Field(ge=0, le=100, description="Starting severity; high >= 70, medium >= 50.")
    must_bonus: int = Field(ge=0, le=40, description="Added when the job states it as a must-have.")
    title: Text
    question: Text = Field(description="The concern as an interviewer would put it.")
    why: Text
    acknowledge: Text
    evidence: Text
    plan: Text
    check_back: Text
    variants: dict[Slug, ConcernVariant] = Field(default_factory=dict)
    evidence_cues: list[str] = Field(
        default_factory=list,
        description="Lemmas (or tool names) a résumé line holds when it is evidence of this kind "
                    "(a saving for a savings target); none: any line the concern chose will do.")
    evidence_ignored: list[str] = Field(
        default_factory=list,
        description="Patterns (case-insensitive) of wordings that hold a cue word without showing "
                    "the kind's point (a works council or a safety committee for board work): "
                    "taken out of a line before its cues are read.")
    evidence_unrelated: Text | None = Field(
        default=None,
        description="The evidence sentence when no résumé line holds a cue: it must not claim the "
                    "line shows the kind's point.")

    def wording(self, variant: str = "") -> dict[str, str]:
        """The seven texts of this kind, with a variant's overrides when it names one."""
        texts = {}
        chosen = self.variants.get(variant) if variant else None
        for name in ("title", "question", "why", "acknowledge", "evidence", "plan", "check_back"):
            override = getattr(chosen, name) if chosen is not None else None
            texts[name] = override or getattr(self, name)
        return texts

    @model_validator(mode="after")
    def _known_placeholders(self) -> ConcernTemplate:
        texts = [(name, getattr(self, name)) for name in
                 ("title", "question", "why", "acknowledge", "evidence", "plan", "check_back")]
        if self.evidence_unrelated:
            texts.append(("evidence_unrelated", self.evidence_unrelated))
        for variant_name, variant in self.variants.items():
            for name, value in variant:
                if value is not None:
                    texts.append((f"variants.{variant_name}.{name}", value))
        for name, text in texts:
            unknown = _placeholders(text) - FIT_PLACEHOLDERS
            if unknown:
                raise ValueError(
                    f"{name} uses unknown placeholder(s) {sorted(unknown)}; "
                    f"use only {sorted(FIT_PLACEHOLDERS)}"
                )
        if not self.check_back.rstrip().endswith("?"):
            raise ValueError("check_back must be a question (end with '?')")
        return self


ScopePlan = Literal["team", "budget", "pnl", "level", "team_budget", "team_pnl"]
"""What grows in a step up in scope, each with its own step (both people and money together)."""
SwitchPlan = Literal["market", "public", "regulation", "model", "jurisdiction", "nation"]
"""Where a sector switch leads: a market, public or non-profit service, a regulator, a model,
another country's laws and regulators."""


class DegreeLevel(Strict):
    """One rung of the degree ladder and the names countries give it (fit/concerns/degrees.py)."""

    level: str = Field(description="The rung: bachelor, master or doctorate.")
    patterns: Regexes


class NumberedLevels(Strict):
    """How a degree answers a qualification asked at a numbered level (fit/concerns/numbered.py)."""

    degree_level: int = Field(ge=1, le=8, description="The level a master's degree stands at.")
    degree_pattern: str = Field(description="A regex naming a master's degree or higher.")

    @model_validator(mode="after")
    def _compiles(self) -> NumberedLevels:
        check_patterns([self.degree_pattern])
        return self


class StudyTime(Strict):
    """How long a certificate takes from enrolling to the award (fit/concerns/wording.py): the
    date an answer plan commits to holding it by."""

    name: str = Field(description="The certificate, in the project's words.")
    pattern: str = Field(description="A regex naming it (any case unless the pattern says otherwise).")
    weeks: int = Field(ge=1, le=52, description="Usual study time with the exam, in weeks.")
    said: str = Field(description="The study time as the candidate says it ('about a month').")


class StudyDeadline(Strict):
    """One rung of the deadline ladder: a study time up to ``weeks`` is held by ``said``."""

    weeks: int = Field(ge=1, le=52)
    said: str = Field(description="The deadline as a plan says it ('the end of my second month').")


class SubjectPlan(Strict):
    """A subject a requirement of no known kind can be about, in a sentence, and the step that
    answers it: its own ``plan``, or the step of ``uses`` (a key of ``plans``, or ``union`` for
    ``union_plan``)."""

    about: Text = Field(description="What requirements on this subject ask for, in a sentence: "
                                    "compared by meaning with the requirement's words.")
    plan: Text | None = None
    uses: str | None = None

    @model_validator(mode="after")
    def _one_step(self) -> SubjectPlan:
        if (self.plan is None) == (self.uses is None):
            raise ValueError("a subject needs either its own plan or the plan it uses")
        return self


class FitConcernsFile(Strict):
    """fit/concerns.yaml: every concern kind, and the time-bound steps answer plans draw on."""

    concerns: list[ConcernTemplate]
    plans: dict[Literal[REQUIREMENT_KINDS], Text]  # type: ignore[valid-type]
    scope_plans: dict[ScopePlan, Text]
    switch_plans: dict[SwitchPlan, Text] = Field(
        description="Steps for a sector switch, by where the move leads: a market with competitors "
                    "and customers, the public or non-profit sector, a new regulator, another "
                    "business model.")
    plans_again: list[Text] = Field(
        default_factory=list,
        description="Steps said instead when an answer's step was already said by an earlier "
                    "answer of the same fit map (two gaps answered with one step read as one "
                    "answer pasted twice); the first not yet said is used.")
    union_plan: Text | None = Field(
        default=None, description="The step for a missing must-have of work with trade unions.")
    subject_plans: list[SubjectPlan] = Field(
        default_factory=list,
        description="Subjects a requirement of no known kind can be about (fit/concerns/"
                    "plan_subject.py): the nearest by meaning, when near enough, gives the step "
                    "instead of the fallback (`plans.other`).")
    subject_plan_min: float = Field(
        default=0.38, ge=0, le=1,
        description="The least cosine similarity of a requirement to a subject for its step.")
    subject_plan_margin: float = Field(
        default=0.03, ge=0, le=1,
        description="How far the nearest subject must lead the next one (a tie is no reading).")
    jurisdiction_sectors: list[Slug] = Field(
        default_factory=list,
        description="Sectors whose laws and regulators are national (industry ids of "
                    "fit/lexicons.yaml): a post in one of them, in a country where no role of the "
                    "résumé lies, is a regulation switch (fit/concerns/jurisdiction.py).")
    regulators: list[Regulator] = Field(
        default_factory=list,
        description="National regulators and inspectorates with their country and sectors "
                    "(fit/concerns/regulator.py): an advert's regulator of one country against "
                    "the résumé's of another, in a shared sector, is a regulation switch.")
    numbered_levels: NumberedLevels | None = Field(
        default=None, description="A qualification asked at a numbered level, against a degree "
                                  "held (fit/concerns/numbered.py).")
    degree_levels: list[DegreeLevel] = Field(
        default_factory=list,
        description="Degrees by level, lowest first (fit/concerns/degrees.py): a degree asked by "
                    "its level is answered by one held at that level or higher, whatever the "
                    "country names it.")
    long_study: list[str] = Field(
        default_factory=list,
        description="Patterns (regexes, any case unless the pattern says otherwise) naming a "
                    "qualification of a year or more of study, examinations or supervised "
                    "practice (a degree, a chartered or professional accountancy qualification, "
                    "a membership grade): a plan never promises to hold one within months.")
    long_study_plan: Text | None = Field(
        default=None,
        description="The step for a missing must-have that names a qualification of long study "
                    "(`long_study`): a realistic commitment to enrol and to report progress by "
                    "a date, instead of holding it.")
    union_gap: Text | None = Field(
        default=None,
        description="What a partly shown line asking for union work lacks, when the résumé shows "
                    "none ('but no work with a trade union').")
    union_lead_gap: Text | None = Field(
        default=None,
        description="What a line asking to lead union negotiations lacks when the résumé shows "
                    "union work but no negotiation led ('but not as the one leading the "
                    "negotiations').")
    study_times: list[StudyTime] = Field(
        default_factory=list,
        description="Certificates of weeks or months of study, each with its usual study time: a "
                    "plan that uses {study_time} and {study_by} commits to the date it allows, "
                    "never to a certificate within days.")
    study_deadlines: list[StudyDeadline] = Field(
        default_factory=list,
        description="Study times (weeks, shortest first) and the deadline a plan says for them, "
                    "counted from a start with the course booked before it.")
    approval_plan: Text | None = Field(
        default=None,
        description="The step for a missing must-have that is a regulator's approval of the "
                    "post holder ({cert}: the body): prepare the file the body asks for, never "
                    "enrol for the body as if it were a course.")
    study_unknown_plan: Text | None = Field(
        default=None,
        description="The step said instead of a plan using {study_time} or {study_by} when the "
                    "certificate's study time is not in `study_times`: enrol, then give a dated "
                    "exam date, never a guessed one.")

    @model_validator(mode="after")
    def _complete(self) -> FitConcernsFile:
        kinds = [template.kind for template in self.concerns]
        for kind in CONCERN_KINDS:
            if kinds.count(kind) != 1:
                raise ValueError(f"concern kind {kind!r} must be described exactly once")
        if "other" not in self.plans:
            raise ValueError("plans needs an 'other' entry (the fallback step)")
        for name, steps, keys in (("scope_plans", self.scope_plans, get_args(ScopePlan)),
                                  ("switch_plans", self.switch_plans, get_args(SwitchPlan))):
            for key in keys:
                if key not in steps:
                    raise ValueError(f"{name} needs a {key!r} entry")
        for pattern in self.long_study:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"long_study pattern {pattern!r} is no regex: {exc}") from exc
        check_patterns([study.pattern for study in self.study_times], where="study_times")
        weeks = [deadline.weeks for deadline in self.study_deadlines]
        if weeks != sorted(weeks):
            raise ValueError("study_deadlines must run from the shortest study time to the longest")
        longest = weeks[-1] if weeks else 0
        for study in self.study_times:
            if study.weeks > longest:
                raise ValueError(f"study_times {study.name!r}: {study.weeks} weeks is past the last "
                                 f"study_deadlines rung ({longest}); add a rung or use long_study")
        for subject in self.subject_plans:
            if subject.uses is not None and subject.uses not in self.plans and not (
                    subject.uses == "union" and self.union_plan):
                raise ValueError(f"subject_plans: {subject.uses!r} is no plan")
        for text in [*self.plans.values(), *self.scope_plans.values(), *self.switch_plans.values(),
                     *[subject.plan for subject in self.subject_plans if subject.plan],
                     *([self.union_plan] if self.union_plan else []),
                     *([self.study_unknown_plan] if self.study_unknown_plan else []),
                     *([self.approval_plan] if self.approval_plan else []),
                     *([self.long_study_plan] if self.long_study_plan else [])]:
            unknown = _placeholders(text) - FIT_PLACEHOLDERS
            if unknown:
                raise ValueError(f"plan {text[:40]!r}... uses unknown placeholder(s) {sorted(unknown)}")
        aliases: list[str] = []
        for template in self.concerns:
            aliases.extend(template.aliases)
        clashes = (set(aliases) & set(CONCERN_KINDS)) | {a for a in aliases if aliases.count(a) > 1}
        if clashes:
            raise ValueError(f"aliases must be unique and differ from kind ids: {sorted(clashes)}")
        return self


class DutyQuestions(Strict):
    """How many likely questions come from the advert's duties, and how they are asked."""

    count: int = Field(ge=0, le=10)
    family: str
    template: str

    @model_validator(mode="after")
    def _one_placeholder(self) -> DutyQuestions:
        if re.findall(r"\{(\w*)\}", self.template) != ["duty"]:
            raise ValueError("template must use {duty} once and no other placeholder")
        return self


class FitQuestionsFile(Strict):
    """fit/questions.yaml: likely questions drawn from the advert's duties."""

    duty_questions: DutyQuestions


CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


class FitCurrenciesFile(Strict):
    """fit/currencies.yaml: fixed reference rates for comparing amounts stated in different
    currencies (a budget in euros against one in pounds). Approximate by design: they rank a
    record against an ask, they are no quote."""

    as_of: date = Field(description="The day the rates are from.")
    note: Text = Field(description="What the rates are for, and that they are approximate.")
    reference: CurrencyCode = Field(description="The currency every rate is expressed in.")
    rates: dict[CurrencyCode, float] = Field(
        description="What one unit of each currency is worth in the reference currency.")

    @model_validator(mode="after")
    def _consistent(self) -> FitCurrenciesFile:
        if self.rates.get(self.reference) != 1.0:
            raise ValueError(f"the reference currency {self.reference!r} must have the rate 1.0")
        for code, rate in self.rates.items():
            if not 0 < rate < 1e4:
                raise ValueError(f"the rate of {code!r} must be a positive number, not {rate!r}")
        if "approximate" not in self.note.lower():
            raise ValueError("the note must say the rates are approximate")
        return self


class SiblingMember(Strict):
    """One named thing of a family of siblings and the patterns that name it."""

    name: Text
    patterns: Regexes


class SiblingFamily(Strict):
    """Named things of one kind that are not the same thing (food-safety schemes, accreditation
    programmes, grid operators): a résumé showing one member where the job asks for another shows
    the kind, not the thing asked."""

    id: Slug
    name: Text
    family: list[str] = Field(
        default_factory=list, description="Patterns naming the kind itself ('GFSI', 'JCI'): a "
        "résumé naming it without the member asked shows the kind, not the member.")
    members: list[SiblingMember] = Field(min_length=2)


class FitSiblingsFile(Strict):
    """fit/siblings.yaml: families of named things that stand beside each other, compared by name:
    the member asked, shown only as a sibling or as the family, is a partial match ("BRCGS shown;
    SQF asked")."""

    families: list[SiblingFamily] = Field(min_length=1)

    @model_validator(mode="after")
    def _patterns_compile(self) -> FitSiblingsFile:
        for family in self.families:
            check_patterns(family.family, where=f"families.{family.id}.family")
            for member in family.members:
                check_patterns(member.patterns, where=f"families.{family.id}.{member.name}")
        if len({family.id for family in self.families}) != len(self.families):
            raise ValueError("sibling family ids must be unique")
        return self


class FitContent(Strict):
    """The fit files together."""

    cues: FitCuesFile
    lexicons: FitLexiconsFile
    concerns: FitConcernsFile
    questions: FitQuestionsFile
    currencies: FitCurrenciesFile
    siblings: FitSiblingsFile

    def template(self, kind: str) -> ConcernTemplate:
        """The template of one concern kind."""
        for template in self.concerns.concerns:
            if template.kind == kind:
                return template
        raise KeyError(kind)
