"""Merging drafts into one concern per kind and wording them: titles, reasons and the answer plan in
the candidate's voice.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from poise.analysis.nlp import spacy_pipeline
from poise.analysis.tags import verb_lemma
from poise.fit.concerns.evidence import recent_results
from poise.fit.concerns.model import AnswerPlan, Concern, Context, Draft, Values, severity_of
from poise.fit.resume_reader import ResumeLine
from poise.fit.text import content_words
from poise.followup.voice import (
    at_employer,
    join_splice,
    opening_formula,
    spoken_name,
    undouble,
    with_object_article,
    without_formula,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from poise.content.schema.fit import FitConcernsFile, StudyTime

PAST_IRREGULAR = frozenset({
    "led", "ran", "built", "grew", "cut", "won", "set", "drove", "took", "made", "brought", "oversaw",
    "wrote", "taught", "began", "kept", "sold", "spent", "held", "found", "rebuilt", "undertook",
    "chose", "gave", "put", "saw", "met", "shut", "split", "lost", "rewrote", "became", "hit",
})


IRREGULAR_PAST = {
    "lead": "led", "run": "ran", "build": "built", "oversee": "oversaw", "drive": "drove",
    "set": "set", "head": "headed",
}
"""Past forms of the present verbs below that do not take -ed."""


PRESENT_VERBS = frozenset({
    "lead", "run", "manage", "own", "build", "oversee", "direct", "drive", "deliver", "head",
    "coordinate", "develop", "design", "negotiate", "launch", "supervise", "coach", "hire",
    "report", "plan", "set", "chair", "advise", "support", "handle", "present", "create", "serve", "act",
})


def merge_drafts(drafts: list[Draft]) -> list[Draft]:
    """One concern per key; the strongest draft wins and the others add their quotes."""
    kept: dict[str, Draft] = {}
    order: list[str] = []
    for draft in drafts:
        current = kept.get(draft.key)
        if current is None:
            kept[draft.key] = draft
            order.append(draft.key)
            continue
        winner, loser = (draft, current) if draft.score > current.score else (current, draft)
        if draft.kind == "tool_mismatch" and current.kind == "tool_mismatch":
            tools = [*winner.values["tool_required"].split(" and "),
                     *loser.values["tool_required"].split(" and ")]
            winner.values["tool_required"] = " and ".join(dict.fromkeys(t for t in tools if t))
        if draft.kind == "scope_step_up" and current.kind == "scope_step_up":
            parts = dict(loser.parts)
            for name, part in winner.parts.items():
                if name not in parts or part[0] >= parts[name][0]:
                    parts[name] = part
            if set(parts) != set(winner.parts):
                winner.score = max(winner.score, loser.score) + 4
            winner.parts = parts
        winner.quotes.extend(q for q in [loser.job_line, *loser.quotes] if q)
        kept[draft.key] = winner
    return [kept[key] for key in order]


def merge_same_title(concerns: list[Concern]) -> list[Concern]:
    """One card per title: two advert lines that ask the same thing ("Missing must-have: …" twice)
    become the first (most severe) concern, citing the lines of both, the advert's lines first."""
    kept: dict[tuple[str, str], Concern] = {}
    for concern in concerns:
        title = " ".join(concern.title.lower().split())
        first = kept.get((concern.kind, title))
        if first is None:
            kept[(concern.kind, title)] = concern
            continue
        quotes = (_job_line(first), _job_line(concern), *first.evidence, *concern.evidence)
        evidence = tuple(dict.fromkeys(quote for quote in quotes if quote))
        kept[(concern.kind, title)] = replace(first, evidence=evidence)
    return list(kept.values())


def _job_line(concern: Concern) -> str:
    """The advert line a concern quotes first (its evidence opens with it)."""
    return concern.evidence[0] if concern.evidence else ""


def word_drafts(drafts: list[Draft], context: Context) -> list[Concern]:
    """Every draft worded, the most severe first, each arguing from evidence no earlier answer has
    told: one résumé line said in three answers reads as the only thing the candidate has done.
    A line is told again only when no other can be (the concern's own point, or nothing else)."""
    told: set[str] = set()

    def turn(draft: Draft) -> int:
        """0: a kind whose evidence must show its point and a line does (a savings target and a
        saving); 1: a kind any line will do for; 2: a kind whose point no line shows, which
        then tells what the candidate brings from what is left, never taking the line another
        answer needs (a board answer had taken the team line a team step-up argues from)."""
        if draft.kind in OWN_LINE_KINDS:
            return 0  # its line shows the figure it names: no earlier answer may take it
        cues = context.template(draft.kind).evidence_cues
        if not cues:
            return 1
        return 0 if _fitting_evidence(draft, context, cues, may_repeat=False)[1] else 2

    # The kinds that argue from a line showing their point choose first (a savings target needs
    # the saving); then the others, the most severe first, from what is left.
    turns = [turn(draft) for draft in drafts]
    order = sorted(range(len(drafts)), key=lambda number: (
        turns[number], -drafts[number].score, drafts[number].key))
    worded: dict[int, Concern] = {}
    for number in order:
        worded[number] = word_draft(drafts[number], context, told=told)
    return [worded[number] for number in range(len(drafts))]


def word_draft(draft: Draft, context: Context, *, told: set[str] | None = None) -> Concern:
    """One draft worded with its kind's templates; ``told`` holds the evidence sentences and the
    steps earlier answers used (the ones chosen here are added)."""
    told = set() if told is None else told
    template = context.template(draft.kind)
    values = Values(draft.values)
    plan_step = draft.plan_step
    if draft.parts:
        order = ("team", "budget", "pnl", "sites", "level")
        values["scope_change"] = "; ".join(draft.parts[name][1] for name in order if name in draft.parts)
        if "team" in draft.parts and ({"pnl", "budget"} & set(draft.parts)):
            # the step covers both things that grow: the people and the money
            plans = context.patterns.content.concerns.scope_plans
            plan_step = plans["team_pnl"] if "pnl" in draft.parts else plans["team_budget"]
    values["job_line"] = draft.job_line
    values["resume_line"] = draft.resume_line.text if draft.resume_line else "nothing directly related"
    variant = draft.variant or _level_variant(values, template.variants)
    texts = template.wording(variant)
    _study_step(draft, values, texts, context)
    if plan_step and STUDY_NAMES & _plan_names(plan_step) and not values["study_by"]:
        plan_step = context.patterns.content.concerns.study_unknown_plan or plan_step
    chosen = template.variants.get(variant) if variant else None
    own_evidence = chosen is not None and chosen.evidence is not None
    if template.evidence_cues and not own_evidence:
        sentence, fits = _fitting_evidence(draft, context, template.evidence_cues, told,
                                           may_repeat=template.evidence_unrelated is None)
        values["evidence_sentence"] = sentence
        if not fits and template.evidence_unrelated:
            texts["evidence"] = template.evidence_unrelated
    else:
        values["evidence_sentence"] = _evidence_sentence(draft.support, context, told,
                                                         earlier_only=draft.kind in BEFORE_KINDS,
                                                         own_line_only=draft.kind in OWN_LINE_KINDS)
        if template.evidence_unrelated and not own_evidence and not variant and \
                not _shares_the_point(draft, values["evidence_sentence"]):
            # "What I can show is close to it" only before a line about the same thing: a
            # certification missing is not "close to" a line about a warehouse roll-out
            texts["evidence"] = template.evidence_unrelated
    if template.evidence_unrelated and texts["evidence"] == template.evidence_unrelated \
            and values["evidence_sentence"] in told:
        # a line another answer argued from, told here only as "what I bring": said twice it
        # reads as the one thing the candidate has done, and it shows nothing of this point
        values["evidence_sentence"] = ""
    if "{evidence_sentence}" in texts["evidence"]:
        if not values["evidence_sentence"]:
            texts["evidence"] = ""  # nothing on the résumé can be told: no bridge to nothing
        told.add(values["evidence_sentence"])
    values["plan_step"] = plan_step.format_map(values) if plan_step else ""
    if not values["plan_step"]:
        values["plan_step"] = context.patterns.content.concerns.plans["other"].format_map(values)
    if "{plan_step}" in texts["plan"]:
        if values["plan_step"] in told:  # a step an earlier answer said: another, if one is left
            again = [step.format_map(values) for step in context.patterns.content.concerns.plans_again]
            values["plan_step"] = next((step for step in again if step not in told), values["plan_step"])
        told.add(values["plan_step"])
    spoken = _spoken_values(values)
    plan = AnswerPlan(
        acknowledge=_fresh_opening(undouble(texts["acknowledge"].format_map(spoken)), told),
        evidence=undouble(texts["evidence"].format_map(spoken)),
        plan=undouble(texts["plan"].format_map(spoken)),
        check_back=undouble(texts["check_back"].format_map(spoken)),
    )
    quotes = []
    for quote in [draft.job_line, values["resume_line"] if draft.resume_line else "", *draft.quotes]:
        if quote and quote not in quotes:
            quotes.append(quote)
    if draft.support is not None and draft.support.text not in quotes:
        quotes.append(draft.support.text)
    score = max(0.0, min(100.0, draft.score))
    requirement = draft.requirement
    return Concern(
        id=draft.key,
        kind=draft.kind,
        title=texts["title"].format_map(values),
        why=texts["why"].format_map(values),
        severity=severity_of(score),
        score=score,
        evidence=tuple(quotes),
        answer_plan=plan,
        question=texts["question"].format_map(values),
        requirement_id=requirement.id if requirement else None,
        requirement_kind=requirement.kind if requirement else None,
        variant=variant if variant in template.variants else "",
    )


STUDY_NAMES = frozenset({"study_time", "study_by"})
"""The values a plan commits to a certificate's date with (content/fit/concerns.yaml,
``study_times`` and ``study_deadlines``)."""


def _plan_names(text: str) -> set[str]:
    """The {names} a template uses."""
    return set(re.findall(r"\{(\w+)\}", text))


def _study_step(draft: Draft, values: Values, texts: dict[str, str], context: Context) -> None:
    """Sets ``study_time`` and ``study_by`` from the certificate's usual study time (its name, else
    the requirement's words): a plan holds a week's course by the end of the first month and a
    Black Belt by the eighth, never either "within six months" alike. A plan of the kind's own
    that uses them, for a certificate whose time is not known, becomes ``study_unknown_plan``."""
    concerns = context.patterns.content.concerns
    named = str(values.get("cert", ""))
    asked = draft.requirement.text if draft.requirement is not None else draft.job_line
    said, by = study_deadline(named, concerns)
    if not by:
        said, by = study_deadline(asked, concerns)
    if by:
        values["study_time"], values["study_by"] = said, by
    if STUDY_NAMES & _plan_names(texts["plan"]) and not values["study_by"] \
            and concerns.study_unknown_plan:
        texts["plan"] = concerns.study_unknown_plan


def study_deadline(name: str, concerns: FitConcernsFile) -> tuple[str, str]:
    """How long the certificate ``name`` takes and the deadline a plan says for it ("about five
    months of study and a project", "the end of my eighth month"), or ("", "") when its study
    time is not known."""
    found = study_time(name, concerns.study_times)
    if found is None:
        return "", ""
    by = next((rung.said for rung in concerns.study_deadlines if found.weeks <= rung.weeks), "")
    return (found.said, by) if by else ("", "")


def study_time(name: str, times: Iterable[StudyTime]) -> StudyTime | None:
    """The first entry of ``times`` whose pattern names ``name`` (a certificate), or None."""
    if not name:
        return None
    for entry in times:
        if _study_pattern(entry.pattern).search(name):
            return entry
    return None


@lru_cache(maxsize=64)
def _study_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _fresh_opening(acknowledge: str, told: set[str]) -> str:
    """The acknowledgement, said without its opening formula when an earlier answer of the set
    opened on the same one ("That's a fair point: …" then "That is a fair question: …" reads as
    stock wording): the second says its point plainly ("My roles so far …"). The formula is added
    to ``told``."""
    formula = opening_formula(acknowledge)
    if not formula:
        return acknowledge
    key = "opening: " + " ".join(sorted(formula))
    if key in told:
        return without_formula(acknowledge)
    told.add(key)
    return acknowledge


SPOKEN_TOPIC = "this part of the role"
"""What the answer says for a topic that is only a quoted advert line: a card may quote the
advert, but an answer never reads a line (often cut with "…") back to the interviewer."""


NAMED_BY_A_COMMON_NOUN = re.compile(r"\b(?:programme|program|course|certificate|diploma|award|"
                                    r"scheme|qualification)$", re.IGNORECASE)
"""A credential's name that ends on a common noun ("Mary Seacole programme"): said with "the"."""
CREDENTIAL_VALUES = ("cert", "cert_have")
PLACE_VALUES = ("resume_location", "job_location", "live_in")
"""Places an answer says: a bracketed gloss ("Brisbane (Paddington)") is the résumé's, not speech."""
BRACKET_RE = re.compile(r"\s*\([^()]*\)")


def _spoken_values(values: Values) -> Values:
    """The values an answer is said with: a quoted topic ('"Oversee warehouse, fleet…"') becomes
    ``SPOKEN_TOPIC``; a credential named by a common noun takes "the" ("my certification is the
    Mary Seacole programme"). The title and the reason on the card keep the words as read."""
    spoken = Values(values)
    if str(values.get("topic", "")).startswith(('"', "“")):
        spoken["topic"] = SPOKEN_TOPIC
    for name in PLACE_VALUES:  # "Antwerpen (Antwerp) (Belgium)": said "Antwerpen"
        if "(" in str(values.get(name, "")):
            spoken[name] = " ".join(BRACKET_RE.sub("", str(values[name])).split()).rstrip(" ,")
    for name in CREDENTIAL_VALUES:
        value = str(values.get(name, ""))
        if NAMED_BY_A_COMMON_NOUN.search(value) and not re.match(r"(?:the|a|an|my)\s", value, re.IGNORECASE):
            spoken[name] = "the " + value
    return spoken


BEFORE_KINDS = frozenset({"employment_gap"})
"""Kinds whose answer tells what the candidate did before a period ("Before it I was fully in the
work: …"): the evidence comes from the concern's own role or an earlier one, never a later one."""


FIGURE_FIRST_RE = re.compile(r"^(?:~|c\.\s*|ca\.\s*|approx\.?\s*|approximately\s+|about\s+|"
                             r"circa\s+|some\s+)?(?=\d[\d,.]*\s*\+?\s*[A-Za-z])", re.IGNORECASE)
"""A clause that opens on a figure and its unit ("~640 FTEs", "approx. 1,400 staff"), with its
hedge said as "about"."""
OWN_LINE_KINDS = frozenset({"scope_step_up"})
"""Kinds whose answer names a figure of the résumé ("a step up from a team of 640") and argues
from the line that shows it, or from nothing: another result told after it (a smaller team, a
revenue figure) argues the step from weaker evidence than the candidate has."""


def _evidence_sentence(line: ResumeLine | None, context: Context, told: Collection[str] = (),
                       *, earlier_only: bool = False, own_line_only: bool = False) -> str:
    """A résumé line told in the first person, with where it happened. A line that is not an
    action or a remit (a title, dates, a company blurb, a tool list) is never pasted: the next
    measured result of the most recent roles is told instead, or "" when none can be (the answer
    then leaves its evidence out: a stock claim such as "I have done the underlying work in every
    role" proves nothing and reads the same in every answer). A sentence in ``told`` (an earlier
    answer's) is passed over while another can be said. ``earlier_only``: the others come from
    the line's role and the roles before it."""
    others = recent_results(context)
    if told:  # the newest results may all be told already: the older roles' bullets follow
        others = [*others, *_role_bullets(context)[:MAX_EVIDENCE_LINES]]
    if earlier_only and line is not None and line.role is not None:
        others = _bullets_up_to(context, line.role)
    elif earlier_only:
        others = []  # no line of the role before: a later role's result would tell the wrong time
    if own_line_only:
        others = []
    sentences: list[str] = []
    for candidate in _by_sentence(item for item in [line, *others] if item is not None):
        if _private(candidate.text, context):
            continue
        sentence = _first_person(candidate, context)
        if sentence and sentence not in told:
            return sentence
        if sentence:
            sentences.append(sentence)
    return sentences[0] if sentences else ""


ASKING_WORDS = frozenset(content_words(
    "experience experienced knowledge ability able skills proven strong demonstrable required "
    "essential desirable preferred understanding working years year relevant excellent good "
    "track record level minimum hold holding current certification certified qualification "
    "qualified degree background exposure similar role"))
"""Words an advert asks with, whatever it asks for ("proven experience of …", "a current … "):
two lines that share only these share no point."""


def _shares_the_point(draft: Draft, told: str) -> bool:
    """True when the sentence an answer tells shares a word of substance with what the concern
    is about (its requirement, else the advert's line): only then is it "close to it"."""
    asked = draft.requirement.text if draft.requirement is not None else draft.job_line
    if not told or not asked:
        return False
    return bool((content_words(asked) - ASKING_WORDS) & content_words(told))


PARAGRAPH_SENTENCES = 3
"""A résumé line of this many sentences or more is a paragraph of duties: each of its sentences
is a line of its own to argue from."""


def _by_sentence(lines: Iterable[ResumeLine]) -> list[ResumeLine]:
    """The lines, once each, with a paragraph (a role told in prose, as federal résumés are)
    cut into its sentences: told whole it reads as the résumé pasted, and every answer would
    tell the same paragraph. A line of one or two sentences stays whole."""
    found: list[ResumeLine] = []
    for line in dict.fromkeys(lines):
        sentences = line_sentences(CAPITAL_LABEL_RE.sub("", line.text.strip(), count=1))
        if len(sentences) >= PARAGRAPH_SENTENCES:
            found.extend(replace(line, text=sentence) for sentence in sentences)
        else:
            found.append(line)
    return list(dict.fromkeys(found))


def _private(text: str, context: Context) -> bool:
    """True when a line holds a word the analyser's tone rules read as a private matter
    ("surgery", "custody"): said in an interview it reads as oversharing, whatever the résumé
    meant by it, so another line is told."""
    private = context.patterns.private_words
    return private is not None and private.search(text) is not None


def _bullets_up_to(context: Context, role_index: int) -> list[ResumeLine]:
    """The bullets of one role and of the roles that started before it, that role first, then
    the newest of the earlier ones, measured bullets first within each role."""
    roles = context.resume.roles
    start = roles[role_index].start_min or 0
    earlier = sorted((number for number, role in enumerate(roles)
                      if number != role_index and (role.start_min or 0) < start),
                     key=lambda number: roles[number].start_min or 0, reverse=True)
    found: list[ResumeLine] = []
    for number in (role_index, *earlier):
        owned = [item for item in context.resume.lines
                 if item.index in roles[number].lines and item.bullet]
        found += sorted(owned, key=lambda item: not any(char.isdigit() for char in item.text))
    return found[:MAX_EVIDENCE_LINES]


CEFR_RUNGS = ("A1", "A2", "B1", "B2", "C1", "C2")
NATIVE_AS = frozenset({"native", "mother tongue", "bilingual", "native-like", "near-native"})
"""Levels asked in words that no exam certifies: a plan never promises to "sit the native
exam"."""
LONG_WAY = "long_way"
"""The variant of a language concern whose level asked is two rungs or more above the one held."""


def _level_variant(values: Values, variants: Mapping[str, object]) -> str:
    """``LONG_WAY`` when the language level asked is two rungs or more above the one held (B1
    against C2), setting ``language_next`` to the rung after the one held; "" otherwise."""
    have, wanted = values.get("language_have", ""), values.get("language_wanted", "")
    if wanted.casefold() in NATIVE_AS and LONG_WAY in variants and have in CEFR_RUNGS:
        # "native" asked: no exam certifies it, so the plan names the next exam and keeps going
        values["language_next"] = CEFR_RUNGS[min(CEFR_RUNGS.index(have) + 1, len(CEFR_RUNGS) - 1)]
        return LONG_WAY
    if LONG_WAY not in variants or have not in CEFR_RUNGS or wanted not in CEFR_RUNGS:
        return ""
    step = CEFR_RUNGS.index(have) + 1
    if CEFR_RUNGS.index(wanted) - step < 1:
        return ""
    values["language_next"] = CEFR_RUNGS[step]
    return LONG_WAY


def _fitting_evidence(draft: Draft, context: Context, cues: list[str],
                      told: Collection[str] = (), *, may_repeat: bool = True) -> tuple[str, bool]:
    """The first line that shows the concern's point (it holds one of the kind's cue words or a
    known tool's name) and can be told in the first person, searched from the concern's own lines
    through every role's bullets, newest role first: (the sentence, True). When no line shows it:
    the usual sentence and False, so the answer does not claim the line proves the point (a
    plant's headcount told as "the method" behind a savings target). A line an earlier answer
    told (in ``told``) is passed over while another line shows the point; when none does, a kind
    that can say what it brings without claiming the point (not ``may_repeat``) tells another
    result that way, and one that cannot tells the line again."""
    wanted = {cue.casefold() for cue in cues}
    names = _tool_names(context) if wanted & TOOL_CUES else frozenset()
    ignored = _ignored_patterns(tuple(context.template(draft.kind).evidence_ignored))
    candidates = [draft.support, draft.resume_line, *_role_bullets(context)[:MAX_EVIDENCE_LINES]]
    again = ""
    for candidate in _by_sentence(item for item in candidates if item is not None):
        if not _holds_cue(_without_ignored(candidate.text, ignored), wanted, names) \
                or _private(candidate.text, context):
            continue
        if "relocate" in wanted and _moves_others(candidate.text):
            continue  # "a relocation of staff during the floods": others moved, not the candidate
        sentence = _first_person(candidate, context)
        if sentence and sentence not in told:
            return sentence, True
        again = again or sentence
    if again and may_repeat:
        return again, True
    return _evidence_sentence(draft.support, context, told), False


MAX_EVIDENCE_LINES = 40
"""Bullets searched for a line that shows the point, newest role first: a bound on the parsing
a very long résumé would cost."""
TOOL_WORD = re.compile(r"[\w+#.-]+")
TOOL_CUES = frozenset({"system", "platform", "software", "tool"})
"""Cue words that ask for a line naming a tool: a known tool's name shows it too."""


def _role_bullets(context: Context) -> list[ResumeLine]:
    """Every bullet under a role, the newest role first."""
    roles = sorted(context.resume.roles, key=lambda role: role.start_min or 0, reverse=True)
    return [item for role in roles for item in context.resume.lines
            if item.index in role.lines and item.bullet]


def _tool_names(context: Context) -> frozenset[str]:
    """Every tool's name and alias the fit content knows, folded."""
    return frozenset(name.casefold() for tool in context.patterns.content.lexicons.tools
                     for name in (tool.name, *tool.aliases))


OWN_MOVE_NEXT = frozenset({"to", "from", "with", "back", "abroad", "overseas", "internationally",
                           "twice", "in", "across", "between", "for"})
"""Words after "relocated"/"relocation" that tell the candidate's own move ("relocated to
Dubai", "relocation with my family"); any other word names what was moved ("relocation of
staff", "relocated the warehouse")."""
RELOCATE_RE = re.compile(r"\brelocat(?:e|ed|es|ing|ion|ions)\b\W*(\w*)", re.IGNORECASE)


def _moves_others(text: str) -> bool:
    """True when every "relocate" in a line moves something else: its object follows it."""
    nexts = [found.group(1).lower() for found in RELOCATE_RE.finditer(text)]
    return bool(nexts) and all(word and word not in OWN_MOVE_NEXT for word in nexts)


@lru_cache(maxsize=64)
def _ignored_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def _without_ignored(text: str, ignored: tuple[re.Pattern[str], ...]) -> str:
    """``text`` without the wordings a kind ignores ("chair of the works council" holds
    "chair" and "council", and shows no board work)."""
    for pattern in ignored:
        text = pattern.sub(" ", text)
    return text


def _holds_cue(text: str, cues: set[str], tool_names: frozenset[str]) -> bool:
    """True when a line holds one of ``cues`` as a word or a lemma, or names a known tool."""
    lemmas = _lemmas(text)
    if lemmas & cues:
        return True
    words = [word.strip(".") for word in TOOL_WORD.findall(text.casefold())]
    folded = " " + " ".join(words) + " "
    return any(f" {name} " in folded for name in tool_names)


@lru_cache(maxsize=2048)
def _lemmas(text: str) -> frozenset[str]:
    """The words of a line with their base forms, folded ("suppliers" → "supplier", "saved" →
    "save"), without the tagger: a cue is a word, and this runs over many lines."""
    forms: set[str] = set()
    for word in re.findall(r"[a-z]+", text.casefold()):
        forms.update((word, verb_lemma(word)))
        if word.endswith("s") and len(word) > 3:
            forms.add(word[:-1])
    return frozenset(forms)


# Nouns that name an action ("Leadership of 640 staff" is "I led 640 staff"): (present, past);
# the words after "of" follow the verb.
NOMINAL_ACTIONS = {
    "leadership": ("lead", "led"), "management": ("manage", "managed"),
    "implementation": ("implement", "implemented"), "command": ("command", "commanded"),
    "delivery": ("deliver", "delivered"), "introduction": ("introduce", "introduced"),
    "development": ("develop", "developed"), "ownership": ("own", "owned"),
    "supervision": ("supervise", "supervised"), "coordination": ("coordinate", "coordinated"),
    "direction": ("direct", "directed"), "oversight": ("oversee", "oversaw"),
    "creation": ("create", "created"), "negotiation": ("negotiate", "negotiated"),
    "launch": ("launch", "launched"), "rollout": ("roll out", "rolled out"),
    "roll-out": ("roll out", "rolled out"), "design": ("design", "designed"),
    "savings": ("deliver savings of", "delivered savings of"),
    "reduction": ("reduce", "reduced"), "increase": ("increase", "increased"),
    "improvement": ("improve", "improved"), "expansion": ("expand", "expanded"),
    "integration": ("integrate", "integrated"), "establishment": ("establish", "established"),
    "restructuring": ("restructure", "restructured"), "migration": ("migrate", "migrated"),
    "consolidation": ("consolidate", "consolidated"), "automation": ("automate", "automated"),
    "standardisation": ("standardise", "standardised"),
    "standardization": ("standardize", "standardized"),
    "optimisation": ("optimise", "optimised"), "optimization": ("optimize", "optimized"),
    "digitalisation": ("digitalise", "digitalised"), "digitalization": ("digitalize", "digitalized"),
    "transformation": ("transform", "transformed"), "reorganisation": ("reorganise", "reorganised"),
    "reorganization": ("reorganize", "reorganized"), "execution": ("execute", "executed"),
    "preparation": ("prepare", "prepared"), "acquisition": ("acquire", "acquired"),
}
ONGOING_ACTIONS = frozenset({"leadership", "management", "command", "delivery", "development",
                             "ownership", "supervision", "coordination", "direction", "oversight"})
"""Nouns of a remit held over time: told in the present under the current role ("Management of
5 heads" → "I manage 5 heads"). The others name a piece of work done once, told in the past
whatever the role ("Roll-out of the MES" → "I rolled out the MES")."""


REMIT_RE = re.compile(r"^(?:(?:disciplinary|overall|full|sole|budget|direct)\s+)?(?:responsib(?:le|ility)|"
                      r"accountab(?:le|ility))\s+for\s+(?P<rest>.+)$", re.IGNORECASE)


ROLE_NOUN_RE = re.compile(r"^(?P<what>(?:[\w-]+\s+){0,3}(?:user|owner|lead|sponsor|champion|"
                          r"manager|head|holder))\s+(?:of|for)\s+(?P<rest>.+)$", re.IGNORECASE)
"""A person's part named by a noun ("Budget holder for the nursing establishment"): told as "I am
the budget holder for …", never as a remit that "covers a budget holder"."""


HELD_SCALE_RE = re.compile(r"^(?P<what>P&L|budget|profit and loss|cost centre|cost center)\s+"
                           r"(?:responsibility|accountability|ownership)\s*(?::\s*(?P<listed>.+)|"
                           r"\s+(?:for|of)\s+(?P<rest>.+))$", re.IGNORECASE)
"""A scale held, named as a responsibility ("Budget responsibility: annual budget PLN 61m")."""


def _with_article(phrase: str) -> str:
    """"a"/"an" before a phrase that opens with an adjective or a singular noun and no article
    ("annual operating budget …" → "an annual operating budget …"); a figure, a plural or a
    determiner is left as it is."""
    first = phrase.split(" ", 1)[0].casefold() if phrase else ""
    if not first or not first[0].isalpha() or first in {"a", "an", "the", "my", "our", "its"} \
            or first.endswith("s"):
        return phrase
    return ("an " if first[0] in "aeio" else "a ") + phrase


DATED_ENTRY_RE = re.compile(r"^(?:19|20)\d\d(?:\s*[-–—/]\s*(?:(?:19|20)?\d\d|present|today))?"
                            r"\s*[|:–—-]\s")
"""A line that opens with a year and a separator ("2018 | Lean Six Sigma Green Belt", "2015 –
MBA"): a dated entry of a list or a table, not a figure the candidate's remit covers."""


SIZE_OF_PLACE_RE = re.compile(r"^\d[\d,.]*-[^\W\d_]+\s", re.IGNORECASE)
"""A figure joined to a noun opening a line ("268-bed hospital", "1,200-seat venue")."""
SCALE_RE = re.compile(r"^(?:\d|p&l\b|budget\b|turnover\b|revenue\b|headcount\b)", re.IGNORECASE)


BARE_FIGURE_RE = re.compile(r"[+-]?(?:[$£€¥₹][\d.,]+|[\d.,]+\s*%|[\d.,]+x$)")
"""A percentage, a sum or a multiple: a result's size, never the object of an action."""


def _in_the_past(clause: str) -> str:
    """A present clause about the speaker ("7 HODs report to me") in the simple past, "" when its
    verb is not one whose past Poise can spell."""
    for word in clause.split():
        bare = word.lower().rstrip(",.;")
        verb = bare[:-1] if bare.endswith("s") and bare[:-1] in PRESENT_VERBS else bare
        if verb in PRESENT_VERBS or verb in IRREGULAR_PAST:
            return clause.replace(word, _past(verb), 1)
    return ""


def _told_to_the_speaker(text: str) -> bool:
    """True when a line opening on a figure is a whole clause about the speaker ("7 HODs report
    to me", "40 engineers work under me"): its root is a finite verb with a subject, and "me"
    depends on it. Told as a remit it reads "my remit covers 7 HODs report to me"."""
    doc = spacy_pipeline(parse=True)(text[:160])
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or not any(token.lower_ == "me" and root in token.ancestors for token in doc):
        return False
    if root.tag_ in {"VBP", "VBZ", "VBD"}:
        return any(child.dep_ in ("nsubj", "nsubjpass") for child in root.children)
    # "7 HODs report to me": an unknown plural makes the tagger read the verb as the head noun
    # of a compound; the word is a verb when a plain subject before it makes it one
    if root.tag_ != "NN" or root.i == 0 or doc[root.i - 1].tag_ != "NNS":
        return False
    return spacy_pipeline()(f"They {root.lower_} to us")[1].tag_ == "VBP"


def _remit_sentence(text: str, current: bool) -> str:
    """A noun-phrase bullet as a first-person clause ("" when it is not one Poise can restate):
    "Leadership of 45 staff" → "I lead 45 staff", "Responsibility for X" → "I am responsible
    for X", "Business owner of the upgrade" → "I was the business owner of the upgrade",
    "P&L of ₹140 crore" → "my remit covers a P&L of ₹140 crore"."""
    if DATED_ENTRY_RE.match(text) or "|" in text:
        return ""  # "2018 | Lean Six Sigma Green Belt": a table's row (a year, an award), no remit
    words = text.split()
    first = words[0].lower() if words else ""
    if first in NOMINAL_ACTIONS and len(words) > 2 and words[1].lower() in {"of", "for"}:
        if _named_object(words[2:]):
            return ""  # "Leadership for Senior Managers – IMI": a course's name
        present, past = NOMINAL_ACTIONS[first]
        if BARE_FIGURE_RE.match(words[2]) and not present.endswith(" of"):
            return ""  # "(Productivity) improvement of 17%": the figure is no object to "improve"
        tense = present if current and first in ONGOING_ACTIONS else past
        return f"I {tense} " + " ".join(words[2:])
    remit = REMIT_RE.match(text)
    if remit:
        kind = "accountable" if "accountab" in text[:30].lower() else "responsible"
        return f"I {'am' if current else 'was'} {kind} for {remit.group('rest')}"
    role_noun = ROLE_NOUN_RE.match(text)
    if role_noun:
        what = role_noun.group("what")
        lead = what if what[:2].isupper() else what[:1].lower() + what[1:]  # "HR lead" stays
        return f"I {'am' if current else 'was'} the {lead} " + text[len(what):].strip()
    if SIZE_OF_PLACE_RE.match(text):
        return ""  # "268-bed community hospital": the employer's size, not the candidate's remit
    if re.match(r"^\d[\d.,]*\s*%", text):
        return ""  # "100% gas compliance at year end": a result without its action, no remit
    held = HELD_SCALE_RE.match(text)
    if held:  # "P&L responsibility for plant turnover of ₹140 Cr": the remit, not a "responsibility"
        covers = "covers" if current else "covered"
        if held.group("listed"):
            listed = held.group("listed")
            listed = listed if listed[:2].isupper() else listed[:1].lower() + listed[1:]
            return f"my remit {covers} {_with_article(listed)}"
        return f"my remit {covers} the {held.group('what')} for {held.group('rest')}"
    if SCALE_RE.match(text) and _told_to_the_speaker(text):
        # "7 HODs report to me": already a clause with the speaker in it, told in the past under
        # a role that has ended when Poise can spell its verb, else not told
        return text if current else _in_the_past(text)
    if SCALE_RE.match(text):
        lead = text[:1].lower() + text[1:] if not text[:3].isupper() else text
        article = "a " if re.match(r"(?:p&l|budget|turnover|revenue)\b", lead, re.IGNORECASE) else ""
        return f"my remit {'covers' if current else 'covered'} {article}{lead}"
    return ""


_SPEAKER_WORDS = frozenset({"i", "i'm", "i've", "i'd", "my", "we", "we're", "we've", "our"})
"""Words a line opens with when it is already written in the first person."""


def first_person_clause(text: str, *, current: bool) -> str:
    """A résumé line as a first-person clause (``_first_person_clause``), a result spliced on with
    a comma joined with "and" ("…, and touchless rate increased from 18% to 61%")."""
    clause = _first_person_clause(text, current=current)
    return join_splice(clause) if "," in clause else clause


def _first_person_clause(text: str, *, current: bool) -> str:
    """A résumé line as a first-person clause, "" when it opens with no action or remit Poise can
    restate: "Led 9 sites" → "I led 9 sites", "Lead 95 engineers" under an ended role → "I led 95
    engineers", "Leading 4 cluster managers" → "I lead 4 cluster managers", "Responsibility for
    X" → "I am responsible for X" (``current``: the line's role is the present one). A line of
    several clauses ("Budget of £22m; cut cost per case by 7%") is told clause by clause and
    joined ("my remit covers a budget of £22m, and I cut cost per case by 7%"), two at most; a
    clause that cannot be told is left out rather than pasted."""
    text = text.strip().lstrip("-•*· ").rstrip(" .;")
    text = CAPITAL_LABEL_RE.sub("", text, count=1)  # "BRANCH SUPERVISION: Led …": a heading
    sentences = line_sentences(text)
    if len(sentences) > 1:
        return _told_sentences([first_person_clause(sentence, current=current)
                                for sentence in sentences])
    parts = split_outside_brackets(text, ";")
    if len(parts) > 1:
        told = [first_person_clause(part, current=current) for part in parts]
        if not told[0]:
            return ""
        # A later clause whose first word the tagger reads as no verb is a metric, not an action
        # ("…; lead time down from 6 days to 2"): left out, never told as "I led time …".
        told = [told[0], *(clause if clause and not _opens_with_a_modifier(part) else ""
                           for part, clause in zip(parts[1:], told[1:], strict=True))]
        # Two clauses at most ("I chaired X, and I cut Y by 9%"): a third ", and I" reads as the
        # résumé's list pasted. The second is the first that holds a figure, else the next.
        sized = [FIGURE_FIRST_RE.sub(lambda hit: "about " if hit.group(0) else "", part.strip(),
                                     count=1).strip()
                 for part in parts[1:] if FIGURE_FIRST_RE.match(part.strip())]
        if sized:
            # "Lead 11 nurse managers; ~640 FTEs": the size is told with the action, never lost
            # nor told as a remit of its own ("and my remit covers 640 FTEs")
            told = [told[0], *(clause if not FIGURE_FIRST_RE.match(part.strip()) else ""
                               for part, clause in zip(parts[1:], told[1:], strict=True))]
            told[0] = f"{told[0]}, with {sized[0]}"
        rest = [clause for clause in told[1:] if clause]
        second = next((clause for clause in rest if any(char.isdigit() for char in clause)),
                       "" if sized else rest[0] if rest else "")
        return ", and ".join(clause for clause in (told[0], second) if clause)
    as_title = AS_TITLE_RE.match(text)
    if as_title and as_title.group("rest")[:1].islower():
        text = as_title.group("rest")  # "As Chief of the Branch, serve as …": the action follows
    words = text.split()
    first = words[0].lower() if words else ""
    if first.replace("’", "'") in _SPEAKER_WORDS:
        return ""  # "I am currently Head of …", "My remit …": a profile already in the first
        # person is the résumé's own sentence; told again it is pasted or doubled ("I was the I am")
    if _modified_nominal(words):  # "Direct management of 14 staff": "I manage 14 staff"
        return with_object_article(_remit_sentence(" ".join(words[1:]), current))
    if first in CREDENTIALS:
        return ""  # "Registered Nurse", "Certified PMP": a title held, not an action
    if _done_to(words):
        return "I was " + " ".join([first, *words[1:]])  # "Promoted to" → "I was promoted to"
    if REMIT_RE.match(text):  # "Direct responsibility for …": a remit, "direct" no verb here
        return with_object_article(_remit_sentence(text, current))
    if _describes_a_person(words) or PROFILE_YEARS_RE.match(text):
        return ""  # "Experienced HR leader …", "Head of service with 19 years in …": who, not what
    past = first in PAST_IRREGULAR or (first.endswith("ed") and len(first) > 3
                                       and first.replace("-", "").isalpha())
    present = first in PRESENT_VERBS or (first.endswith("s") and first[:-1] in PRESENT_VERBS)
    acronym = len(words[0]) > 1 and words[0].isupper() if words else False
    if not (past or present) and current and not acronym and tagged_present_verb(text):
        present = True  # "Prepare the board packs" under the current role: "I prepare …"
        # ("GPCB consent compliance": a body's initials open a noun, never a verb)
    if not (past or present):
        base = _gerund_base(first)
        if not base:
            return with_object_article(_remit_sentence(text, current))
        if _named_object(words[1:]):
            return ""  # "Leading Senior Managers – IMI": a programme's name, not people led
        words = [base, *words[1:]]  # "Leading 4 cluster managers": "I lead 4 cluster managers"
        first, present = base, True
    verb = first[:-1] if present and first.endswith("s") and first[:-1] in PRESENT_VERBS else first
    if len(words) > 2 and words[1].lower() == "of":  # "Support of month-end closing": a noun
        words = [words[0], *words[2:]]
    if present and not current:  # "Lead 95 engineers" under a role that has ended: "I led ..."
        verb = _past(verb)
    # "Designed new labour model": "I designed a new labour model", not the résumé's shorthand
    clause = with_object_article("I " + " ".join([verb, *words[1:]]))
    if past or (present and not current):
        clause = _second_action_in_tense(clause, current=current)
    # "… in 2025 and currently leading the readiness work": the second action keeps its subject
    return ONGOING_SECOND_RE.sub(lambda hit: f"{hit.group(1)} I am {hit.group(2)} {hit.group(3)}", clause)


SAME_FORM_PAST = frozenset({"cut", "set", "put", "hit", "let", "cost", "cast", "shut", "split",
                            "spread", "quit", "bid", "forecast", "broadcast", "upset", "read",
                            "hurt", "reset", "input", "offset", "output"})
"""Verbs whose past is spelt as their present: after a past verb they are read as past."""


def _second_action_in_tense(clause: str, *, current: bool) -> str:
    """A told clause whose first action is past and whose second, joined by "and", is in the
    present ("I reported termly to the governors and attend its committees"): under the present
    role the second keeps its own subject, a current habit beside a past act ("…, and I attend
    its committees"); under a role that has ended it is told in the past when Poise can spell
    that ("…and chaired the committee"), and left as the résumé put it otherwise. Read from the
    parse: a present verb that is a conjunct of the clause's past main verb."""
    doc = spacy_pipeline(parse=True)(clause)
    root = next((token for token in doc if token.dep_ == "ROOT"), None)
    if root is None or root.tag_ != "VBD":
        return clause
    second = next((token for token in root.children if token.dep_ == "conj"
                   and token.tag_ in {"VBP", "VB"} and token.i > 0
                   and token.lower_ not in SAME_FORM_PAST
                   and doc[token.i - 1].lower_ == "and"), None)
    if second is None or _nouns_joined(doc, second):
        return clause
    start, end = second.idx, second.idx + len(second.text)
    if current:
        joiner = doc[second.i - 1]
        before = clause[:joiner.idx].rstrip(" ,")
        return f"{before}, and I {clause[start:]}"
    lemma = second.lower_
    if lemma in IRREGULAR_PAST or lemma in PRESENT_VERBS:
        return clause[:start] + _past(lemma) + clause[end:]
    return clause


def _nouns_joined(doc: Doc, second: Token) -> bool:
    """Whether the "and" before ``second`` more likely joins two nouns than two actions: a noun
    before it, and a bare noun right after ``second`` ("through district metering and leak
    detection", where the tagger can read "leak" as a verb), not a determiner or a pronoun ("…to
    the governors and attend its committees")."""
    before = doc[second.i - 2] if second.i >= 2 else None
    after = doc[second.i + 1] if second.i + 1 < len(doc) else None
    return (before is not None and before.tag_.startswith("NN")
            and after is not None and after.tag_ in {"NN", "NNS"})


ONGOING_SECOND_RE = re.compile(r"\b(and|but) (currently|now|still) ([a-z]+ing)\b")
"""A second action of a résumé line said in -ing with no subject ("Completed the gap analysis and
currently leading the readiness work"): told with "I am" ("…, and I am currently leading …")."""


_LINE_SENTENCE_END = re.compile(r"(?<=[\w%)\]])\.\s+(?=[\"“(]?[A-Z])")
_NO_SENTENCE_END = frozenset({"dr", "mr", "mrs", "ms", "st", "co", "ltd", "inc", "corp", "no", "prof",
                              "approx", "dept", "incl", "excl", "est", "ca", "pvt", "pty", "plc",
                              "llc", "vs", "jr", "sr", "bros", "intl"})
"""Words whose full stop ends no sentence ("approx. 350", "Pvt. Ltd.")."""


def line_sentences(text: str) -> list[str]:
    """A résumé line's sentences ("Joined through the merger. Led 26 engineers." is two): cut at a
    full stop before a capital, unless the stop ends an abbreviation ("Dr.", "U.S.", "approx.")."""
    pieces: list[str] = []
    start = 0
    for found in _LINE_SENTENCE_END.finditer(text):
        before = text[start:found.start()].split()
        word = before[-1] if before else ""
        if word.casefold().lstrip("(") in _NO_SENTENCE_END or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
            continue
        pieces.append(text[start:found.start()].strip())
        start = found.end()
    pieces.append(text[start:].strip().rstrip("."))
    return [piece for piece in pieces if piece]


def _told_sentences(told: list[str]) -> str:
    """A line of several sentences told as one clause: the sentences that hold a figure (the
    results), two at most and in their order, else the first. A sentence Poise cannot tell is left
    out, never pasted; the context before a result ("I joined through the merger") gives way to
    it. A line whose first sentence cannot be told (a company blurb) is not told at all."""
    if not told or not told[0]:
        return ""  # a blurb that opens the line ("Ledgerly: B2B SaaS …") is the company's, not mine
    said = [clause for clause in told if clause]
    measured = [clause for clause in said if any(char.isdigit() for char in clause)]
    chosen = measured[:2] or said[:1]
    if len(chosen) == 2 and ", and " in chosen[0]:
        chosen = chosen[:1]  # no third "and": a clause already joined stays alone
    return ", and ".join(chosen)


def _opens_with_a_modifier(clause: str) -> bool:
    """True when the tagger reads a clause's first word as an adjective or a noun before another
    noun ("lead time for changes down …"), so it is not the verb of an action."""
    tokens = [token for token in spacy_pipeline()(clause.strip()[:80]) if not token.is_space]
    return len(tokens) >= 2 and tokens[0].tag_ in {"JJ", "NN"} and tokens[1].tag_ in {"NN", "NNS"}


def split_outside_brackets(text: str, mark: str) -> list[str]:
    """``text`` cut at each ``mark`` that stands outside brackets: "Heading 680 FTEs (US –
    Billing; US – Orders)" is one clause, not two halves of a bracket."""
    parts: list[str] = []
    depth, start = 0, 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
        if char == mark and depth <= 0:
            parts.append(text[start:position])
            start = position + 1
    parts.append(text[start:])
    return parts


@lru_cache(maxsize=2048)
def tagged_present_verb(text: str) -> bool:
    """True when the tagger reads a line's first word as a present verb with an object after it
    ("Prepare monthly board packs", "Chair the risk committee"), not as a noun or an adjective.
    Only the present is told this way: a past form Poise cannot spell is never guessed."""
    tokens = [token for token in spacy_pipeline()(text[:120]) if not token.is_space]
    if len(tokens) < 3 or tokens[0].tag_ not in {"VB", "VBP"} or not tokens[0].is_alpha:
        return False
    if verb_lemma(tokens[0].lower_) != tokens[0].lower_:
        return False
    if tokens[0].lower_ not in PRESENT_VERBS and _names_an_activity(tokens):
        return False
    return tokens[1].tag_ in {"DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "RB"}


def _names_an_activity(tokens: list[Token]) -> bool:
    """True when a line's first word opens a noun compound that names an activity, "… of" what
    ("Batch record review and release of 2,000 batches"): two nouns or more after it, perhaps
    joined to another, then "of". Told as a verb it reads "I batch a record review"."""
    end = 1
    while end < len(tokens) and tokens[end].tag_ in {"NN", "NNS"}:
        end += 1
    if end < 3:
        return False
    if end + 1 < len(tokens) and tokens[end].tag_ == "CC" and tokens[end + 1].tag_ in {"NN", "NNS"}:
        end += 2
    return end < len(tokens) and tokens[end].lower_ == "of"


NEED_HEADS = frozenset({"experience", "skills", "skill", "knowledge", "background", "expertise",
                        "record", "ability", "abilities", "understanding", "qualification",
                        "qualifications", "exposure", "capability", "capabilities", "mindset",
                        "competence", "competencies", "credentials", "degree", "certification"})
"""Nouns a need ends on when it names what the candidate has ("change management experience"):
the word before them is a noun, whatever its tag."""


def opens_with_duty(text: str) -> bool:
    """True when a phrase opens with a duty's verb and its object ("track brand health and
    market share", "set the strategy"), not with a noun phrase whose first word can be a verb
    ("change management experience", "project management skills")."""
    if not tagged_present_verb(text):
        return False
    first_part = re.split(r"[,;:(]|\s(?:and|or|to|in|for|with|across)\s", text, maxsplit=1)[0]
    words = [word.strip(".").casefold() for word in first_part.split()]
    return not (words and words[-1] in NEED_HEADS)


def _modified_nominal(words: list[str]) -> bool:
    """True when a line opens with a word describing an action noun ("Direct management of",
    "Strategic leadership of", "Full ownership of"): the noun is the action, the first word no
    verb. A verb before the noun ("Drove implementation of", "Lead development of the app") is
    read as the tagger reads it."""
    if len(words) < 4 or words[1].lower() not in NOMINAL_ACTIONS or words[2].lower() not in {"of", "for"}:
        return False
    first = words[0].lower()
    if first in PAST_IRREGULAR or (first.endswith("ed") and len(first) > 3):
        return False  # "Oversaw implementation of", "Managed delivery of": a verb
    if first not in PRESENT_VERBS and not first.endswith("ing"):
        return True  # "Strategic", "Day-to-day", "Overall": no verb
    tokens = [token for token in spacy_pipeline()(" ".join(words[:4])) if not token.is_space]
    return bool(tokens) and tokens[0].tag_ == "JJ"  # "Direct management of": an adjective


CREDENTIALS = frozenset({"certified", "registered", "licensed", "qualified", "chartered",
                         "accredited"})
"""Participles that open the name of a credential ("Registered Nurse", "Certified PMP")."""
DONE_TO = frozenset({"awarded", "nominated", "invited", "named", "elected", "seconded",
                     "recognised", "recognized", "shortlisted", "honoured", "honored", "commended"})
"""Past participles that tell what was done to the candidate: "Named QP" is "I was named QP"."""
DONE_TO_BEFORE = frozenset({"promoted", "appointed", "selected", "chosen", "transferred", "asked",
                            "hired", "recruited", "moved"})
"""Verbs that tell what was done to the candidate when a title or "to"/"as" follows ("Promoted
to Senior Director", "Appointed Head of Quality"), and an action of the candidate's otherwise
("Promoted 5 team leads")."""
PASSIVE_NEXT = frozenset({"to", "as", "by", "into", "onto", "from", "in", "under"})


PERSON_NOUNS = frozenset({
    "leader", "manager", "director", "negotiator", "auditor", "professional", "executive",
    "officer", "nurse", "engineer", "specialist", "consultant", "practitioner", "advisor",
    "adviser", "administrator", "analyst", "accountant", "controller", "coordinator",
    "supervisor", "expert", "generalist", "strategist", "planner", "clinician", "physician",
    "pharmacist", "trustee", "sponsor", "champion", "coach", "mentor", "trainer", "facilitator",
    "representative", "veteran", "graduate", "operator", "builder", "communicator", "all-rounder",
    "assessor", "inspector", "examiner", "investigator",
})
"""Nouns for a person (singular): a line that opens "Experienced HR leader" or "Lead negotiator"
describes the candidate, so its first word is an adjective, not an action to tell as "I …"."""
_BEFORE_AN_OBJECT = frozenset({"a", "an", "the", "my", "our", "their", "his", "her", "its", "new",
                               "each", "every", "one", "two", "three", "four", "five", "six",
                               "as"})  # "Serve as first-line supervisor": the post an action holds


CAPITAL_LABEL_RE = re.compile(r"^[A-Z][A-Z&/ -]{2,40}:\s+(?=[A-Z])")
"""A label in capitals opening a paragraph of duties ("BRANCH SUPERVISION: "), as federal and
some public-sector résumés write them: a heading, not part of the action."""
AS_TITLE_RE = re.compile(r"^As\s+(?:the\s+|an?\s+)?[A-Z][^,]{2,80},\s+(?P<rest>.+)$")
"""A line opening with the post held ("As Chief of the Branch, serve as …")."""
PROFILE_YEARS_RE = re.compile(r"^(?:[\w&/'’-]+\s+){1,6}with\s+(?:over\s+|more\s+than\s+|almost\s+|"
                              r"nearly\s+)?\d+\+?\s+years\b", re.IGNORECASE)
"""A profile's opening ("Head of service with 19 years in local government"): a person and
their years, told as an action it reads "I headed a service with 19 years …"."""


def _describes_a_person(words: list[str]) -> bool:
    """True when a person noun (singular) follows the first word within three words, with no
    article, possessive or figure before it: "Experienced HR leader", "Lead auditor for ISO 9001"
    describe; "Coached 4 managers", "Hired a new finance manager", "Mentored junior engineers"
    are actions."""
    for word in words[1:4]:
        bare = word.lower().strip(",.;:()")
        if bare in _BEFORE_AN_OBJECT or any(char.isdigit() for char in bare):
            return False
        if bare in PERSON_NOUNS:
            return True
    return False


def _done_to(words: list[str]) -> bool:
    """True when a line opens with what was done to the candidate ("Promoted to Director",
    "Named QP on the licence"), so it reads "I was …", never "I promoted to …"."""
    if not words:
        return False
    first = words[0].lower()
    if first in DONE_TO:
        return True
    if first not in DONE_TO_BEFORE or len(words) < 2:
        return False
    nxt = words[1]
    return nxt.lower() in PASSIVE_NEXT or (nxt[:1].isupper() and not nxt.isupper())


def _named_object(words: list[str]) -> bool:
    """True when the words after an -ing verb open with two capitalised words that are neither
    acronyms nor figures ("Senior Managers – IMI"): the name of a programme or a course."""
    head = [word for word in words[:2] if word not in ("–", "-", "—")]
    return len(head) == 2 and all(word[:1].isupper() and not word.isupper() for word in head)


def _first_person(line: ResumeLine, context: Context) -> str:
    """The line as "at Employer, I led …" ("" when it does not open with an action or a remit)."""
    role = context.resume.roles[line.role] if line.role is not None else None
    current = role is not None and role.current
    if any(getattr(other, "line", None) == line.index and not getattr(other, "in_prose", False)
           for other in context.resume.roles):
        return ""  # a post's own header ("*Head of Credit Risk* | Feb 2016 – Date") tells no act
    body = said_aloud(first_person_clause(line.text, current=current))
    if not body:
        return ""
    employer = (spoken_name(role.employer, context.patterns.legal_forms)
                if role is not None and _plausible_employer(role.employer)
                else "")  # "CAPITOL LAKES HEALTH GMBH" is said "Capitol Lakes Health"
    if employer:
        names = context.patterns.content.lexicons.names_with_the
        return f"{at_employer(employer, tuple(names.opening), tuple(names.closing))}, {body}."
    return f"in my current role, {body}." if current else f"in my previous roles, {body}."


LISTED_ASIDE_RE = re.compile(r"\s*\((?=[^()]*,)[^()\d]*\)")
"""A bracket holding a list and no figure ("a 42-person organisation (SRE, Cloud Platform,
Observability)"): the résumé's shorthand, which nobody says aloud."""
LIST_COLON_RE = re.compile(r":\s+")


def said_aloud(clause: str) -> str:
    """A told résumé clause as a person says it: a bracketed list with no figure left out, and a
    colon before the résumé's list said as ", with" when the list holds a figure ("the division:
    11 specialties, 2,100 staff" → "the division, with 11 specialties, 2,100 staff"), else the
    clause ends before it (a list of duties read out is the résumé pasted). Figures are kept."""
    clause = LISTED_ASIDE_RE.sub("", clause)
    found = LIST_COLON_RE.search(clause)
    if found is None or ("(" in clause[:found.start()] and ")" not in clause[:found.start()]):
        return clause
    rest = clause[found.end():]
    if any(char.isdigit() for char in rest):
        return f"{clause[:found.start()]}, with {rest}"
    return clause[:found.start()].rstrip(" ,;")


def _gerund_base(word: str) -> str:
    """The present verb of an -ing form of one of PRESENT_VERBS ("managing" → "manage",
    "running" → "run"), or ""."""
    if not word.endswith("ing"):
        return ""
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if base in PRESENT_VERBS:
            return base
    return ""


def _past(verb: str) -> str:
    """The simple past of one of PRESENT_VERBS."""
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    if verb in {"plan"}:
        return verb + "ned"
    return verb + "ed"


def _plausible_employer(name: str) -> bool:
    """False for what a misread can leave as an employer: dates, several clauses, a long blurb,
    half of a bracket ("West (Maharashtra")."""
    cleaned = name.strip()
    if NOT_AN_EMPLOYER_RE.match(cleaned):
        return False  # "at Self-employed, I built…"
    return bool(cleaned) and len(cleaned.split()) <= 8 and not any(mark in cleaned for mark in ";·|") \
        and not DATE_LIKE.search(cleaned) and cleaned.count("(") == cleaned.count(")")


NOT_AN_EMPLOYER_RE = re.compile(r"^(?:self[- ]employed|freelance|independent|various|confidential|"
                                r"career break|sabbatical)\b", re.IGNORECASE)
"""What a résumé writes where an employer's name goes when there is none to give."""
DATE_LIKE = re.compile(
    r"\b\d+\s*(?:years?|yrs?|months?|mos?)\b|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d",
    re.IGNORECASE,
)
"""A year, a month and a number, or a duration ("3 years 2 months"): a date left where an
employer's name should be."""
