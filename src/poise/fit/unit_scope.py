"""The organisational unit a requirement asks its holder to lead, against the units the résumé
shows led: a team does not show a division led.

Units are ranked by the ladder of content data ``unit_ladder`` (team < department < division or
function < organisation), compared by position. A unit counts only where a word of leading
governs it in the dependency parse: the object of a leading verb ("head the logistics division"),
the object of "of" under a leading noun ("leader of a department"), or a compound of a leading
noun ("division head"). A unit named otherwise ("across the division", "the division's finance
team") asks nothing of its lead, and a leading word under a verb of another's part ("report to
the head of division", "support the division director") is not the holder's.

The résumé's units come from the same reading of every line, and from its roles' titles: a title
whose leadership level (``leadership_levels``) is a head or director shows at least a division
or function led, a chief executive's an organisation (unless the title names a smaller unit:
"Head of Department"). Pure: one parse per text, kept.
"""

from __future__ import annotations

from functools import lru_cache

from poise.analysis.tags import lemma
from poise.fit.ladders import leadership_rank
from poise.fit.lexicon import FitPatterns, any_match
from poise.fit.parsed_lines import parsed_words
from poise.fit.resume_reader import ResumeProfile

LEADING_VERBS = frozenset({"lead", "head", "run", "manage", "direct", "oversee", "supervise",
                           "steer", "command", "helm", "chair"})
"""Lemmas of verbs whose object is a unit its subject leads."""
LEADING_NOUNS = frozenset({"head", "leader", "lead", "director", "manager", "chief", "leadership",
                           "management", "supervisor", "helm", "charge"})
"""Lemmas of nouns whose "of" object or compound is a unit led ("head of department")."""
SCALE_MODIFIERS = frozenset({"entire", "whole", "wider", "global", "full"})
"""Modifiers that leave an organisation the whole organisation ("the entire organisation")."""
TITLE_RUNGS = {"head_or_director": "division or function", "executive": "organisation"}
"""The unit a role's leadership level shows led when its title names none."""


def _rungs(patterns: FitPatterns) -> dict[str, int]:
    """Each noun lemma of the ladder and its rung's position (smallest unit 0)."""
    return {noun: rank for rank, rung in enumerate(patterns.content.lexicons.unit_ladder)
            for noun in rung.nouns}


def _names(patterns: FitPatterns) -> tuple[str, ...]:
    return tuple(rung.name for rung in patterns.content.lexicons.unit_ladder)


def _others_part(tokens: tuple[tuple[str, str, str, int], ...], start: int,
                 patterns: FitPatterns) -> bool:
    """Whether a verb of another's part (supporting or joint work, "report") stands on the way
    from ``start`` up to its root."""
    seen = set()
    i = start
    while i not in seen:
        seen.add(i)
        _text, word, tag, head = tokens[i]
        if i != start and tag.startswith("VB") and (
                word == "report"
                or any_match(patterns.evidence.get("supporting_verbs", ()), word)
                or any_match(patterns.evidence.get("joint_verbs", ()), word)):
            return True
        if head == i:
            break
        i = head
    return False


@lru_cache(maxsize=4096)
def _parsed(text: str) -> tuple[tuple[str, str, str, int], ...]:
    return tuple((word.lower, lemma(word.tag, word.lower), word.tag, word.head)
                 for word in parsed_words(text))


def _deps(text: str) -> tuple[str, ...]:
    return tuple(word.dep for word in parsed_words(text))


def units_led(text: str, patterns: FitPatterns) -> int:
    """The highest rung of the unit ladder a leading word of ``text`` governs; -1 when none."""
    rungs = _rungs(patterns)
    if not rungs or not text.strip():
        return -1
    tokens = _parsed(text)
    deps = _deps(text)
    top = len(patterns.content.lexicons.unit_ladder) - 1
    best = -1
    for i, (lower, word, tag, _head) in enumerate(tokens):
        if not tag.startswith("NN"):
            continue
        rank = rungs.get(word, rungs.get(lower, -1))
        for j in range(len(tokens)):  # a unit of two words: "business unit"
            if tokens[j][3] == i and deps[j] == "compound":
                rank = max(rank, rungs.get(f"{tokens[j][0]} {word}", -1))
        if rank < 0:
            continue
        first = i
        while deps[first] == "conj" and tokens[first][3] != first:
            first = tokens[first][3]  # "a business unit or division": led as its first conjunct
        governor = _governor(tokens, deps, first)
        if governor < 0 or _others_part(tokens, governor, patterns):
            continue
        if rank == top and deps[first] == "compound":
            continue  # "a business lead" leads a piece of work, not the business
        if rank == top and any(deps[j] in ("compound", "amod") and tokens[j][3] == i
                               and tokens[j][1] not in SCALE_MODIFIERS
                               and not tokens[j][2].startswith("CD")
                               and not tokens[j][0][:1].isdigit()
                               for j in range(len(tokens))):
            # "the engineering organisation" is a function of one, not the whole organisation
            rank -= 1
        best = max(best, rank)
    return best


def _governor(tokens: tuple[tuple[str, str, str, int], ...], deps: tuple[str, ...], i: int) -> int:
    """The leading word that governs the unit noun at ``i`` (its verb, or its noun through "of"
    or as a compound); -1 when none does. A unit that is itself a compound of another noun
    ("a department budget") names that noun's unit, not one led, unless that noun leads."""
    head = tokens[i][3]
    dep = deps[i]
    if dep in ("dobj", "obj", "nsubjpass") and tokens[head][2].startswith("VB") \
            and tokens[head][1] in LEADING_VERBS:
        return head
    if dep == "compound" and tokens[head][1] in LEADING_NOUNS:
        return head
    if dep == "pobj" and head != i:
        preposition = head
        above = tokens[preposition][3]
        if tokens[preposition][0] in ("of", "for", "over") and above != preposition:
            if tokens[above][1] in LEADING_NOUNS and not tokens[above][2].startswith("VB"):
                return above
            if tokens[above][0] in ("responsible", "charge", "accountable") or (
                    tokens[above][2].startswith("VB") and tokens[above][1] in LEADING_VERBS):
                return above
    return -1


def asked_unit(text: str, patterns: FitPatterns) -> int:
    """The rung of the unit a requirement asks its holder to lead; -1 when it names none."""
    return units_led(text, patterns)


def shown_unit(resume: ResumeProfile, patterns: FitPatterns) -> int:
    """The highest rung of unit the résumé shows led: by the parse of its lines and titles, or by
    the leadership level of a role's title that names no unit; -1 when nothing shows one."""
    names = _names(patterns)
    best = -1
    for line in resume.lines:
        best = max(best, units_led(line.text, patterns))
    for role in resume.roles:
        named = units_led(role.title, patterns) if role.title else -1
        if named < 0 and role.title:
            named = _title_unit(role.title, patterns)
        if named < 0:
            implied = next((name for level, name in TITLE_RUNGS.items()
                            if leadership_rank(role.level, patterns) == leadership_rank(level, patterns)
                            and leadership_rank(level, patterns) >= 0), "")
            named = names.index(implied) if implied in names else -1
        best = max(best, named)
    return best


def _title_unit(title: str, patterns: FitPatterns) -> int:
    """The rung a title names by a unit noun beside a leading noun ("Department Manager", "Team
    Lead"), read by words when the title is too short to parse as a sentence; -1 when none."""
    rungs = _rungs(patterns)
    words = [lemma("NN", word) for word in title.lower().replace(",", " ").split()]
    if not any(word in LEADING_NOUNS for word in words):
        return -1
    return max((rungs[word] for word in words if word in rungs), default=-1)


def unit_shortfall(requirement: str, resume: ResumeProfile, patterns: FitPatterns) -> str:
    """What the résumé shows short of the unit asked ("a team led shown; a division or function
    asked"); "" when the requirement asks no unit above a team, when the résumé shows no unit
    led, or when it shows one as large or larger."""
    asked = asked_unit(requirement, patterns)
    if asked <= 0:
        return ""
    shown = shown_unit(resume, patterns)
    if shown < 0 or shown >= asked:
        return ""
    names = _names(patterns)
    return f"{_article(names[shown])} {names[shown]} led shown; {_article(names[asked])} {names[asked]} asked"


def _article(name: str) -> str:
    return "an" if name[:1].lower() in "aeiou" else "a"
