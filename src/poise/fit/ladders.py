"""Levels as data: certification ladders, tool modules and language levels, compared by position."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from poise.analysis.matching import phrase_regex
from poise.content.schema import Tool
from poise.fit.dates import DASH, OPEN_END, YEAR
from poise.fit.lexicon import FLAGS, FitPatterns, Patterns, any_match


@dataclass(frozen=True)
class Rung:
    """A certification at one level of its ladder, as found in a text."""

    ladder: str
    ladder_name: str
    rank: int
    name: str


@dataclass(frozen=True)
class _Ladder:
    id: str
    name: str
    family: Patterns
    rungs: tuple[tuple[str, Patterns], ...]
    held_by: str = "person"


@lru_cache(maxsize=4)
def _ladders(patterns: FitPatterns) -> tuple[_Ladder, ...]:
    compiled = []
    for ladder in patterns.content.lexicons.ladders:
        rungs = []
        for rung in ladder.rungs:
            rungs.append((rung.name, tuple(re.compile(p, FLAGS) for p in rung.patterns)))
        family = tuple(re.compile(p, FLAGS) for p in ladder.family)
        compiled.append(_Ladder(ladder.id, ladder.name, family, tuple(rungs), ladder.held_by))
    return tuple(compiled)


CHOICE_RE = re.compile(r"\bor\b|\bequivalent\b|/|\be\.g\.|\bsuch as\b|\bsimilar\b|\brelated\b"
                       r"|\bcomparable\b", re.IGNORECASE)
"""Words by which a requirement accepts another award than the one it names."""


def named_award(text: str, rung: Rung, held: list[str], patterns: FitPatterns) -> str:
    """The award of ``rung`` that ``text`` asks for by name alone ("MBA") and that no line of
    ``held`` names; "" when it names none, offers a choice, or the résumé holds it."""
    if CHOICE_RE.search(text):
        return ""
    for ladder in patterns.content.lexicons.ladders:
        if ladder.id != rung.ladder:
            continue
        for award, award_patterns in ladder.rungs[rung.rank].awards.items():
            compiled = tuple(re.compile(pattern, FLAGS) for pattern in award_patterns)
            if any_match(compiled, text) and not any(any_match(compiled, line) for line in held):
                return award
    return ""


def raises_level_concern(ladder_id: str, patterns: FitPatterns) -> bool:
    """Whether a lower rung of this ladder than asked is a concern to prepare for (content data:
    a ladder's ``level_concern``)."""
    for ladder in patterns.content.lexicons.ladders:
        if ladder.id == ladder_id:
            return ladder.level_concern
    return True


def family_words(text: str, ladder_id: str, patterns: FitPatterns) -> str:
    """The words of ``text`` that name the ladder ``ladder_id`` ("ISO/IEC 27001"), joined."""
    for ladder in _ladders(patterns):
        if ladder.id == ladder_id:
            return " ".join(hit.group(0) for pattern in ladder.family for hit in pattern.finditer(text))
    return ""


def names_ladder(text: str, ladder_id: str, patterns: FitPatterns) -> bool:
    """True when ``text`` names the ladder itself ("ILM", "Lean Six Sigma"): a word of its family,
    not another qualification."""
    for ladder in _ladders(patterns):
        if ladder.id == ladder_id:
            return any_match(ladder.family, text) is not None
    return False


SEGMENT_RE = re.compile(r"[,;|]")
"""Where one item of a list of qualifications ends ("PRINCE2 Practitioner, MSP Foundation")."""


def rungs_in(text: str, patterns: FitPatterns) -> list[Rung]:
    """Every ladder rung a text shows ("Lean Six Sigma Green Belt" → six_sigma, Green Belt). On a
    text naming several schemes, a rung counts for a scheme only within the item of the list that
    names it: "PRINCE2 Practitioner, MSP Foundation" shows no MSP Practitioner."""
    ladders = _ladders(patterns)
    named = [ladder for ladder in ladders if ladder.family and any_match(ladder.family, text)]
    segments = SEGMENT_RE.split(text) if len(named) > 1 else [text]
    found = []
    for ladder in ladders:
        if ladder.family and ladder not in named:
            continue
        for rank, (name, rung_patterns) in enumerate(ladder.rungs):
            if any((not ladder.family or any_match(ladder.family, segment))
                   and _grade_named(rung_patterns, segment, patterns) for segment in segments):
                found.append(Rung(ladder.id, ladder.name, rank, name))
    return found


def _grade_named(rung_patterns: Patterns, text: str, patterns: FitPatterns) -> bool:
    """True when a rung's words in ``text`` name a grade held, not the awarding body's own name:
    "Chartered" opening "Chartered Institute of ..." (an institution's opening noun of the content
    lexicon ``names_with_the``, then "of" or "for") names the institute, so a line naming only the
    body shows none of its grades."""
    body = _body_after(patterns)
    for pattern in rung_patterns:
        for hit in pattern.finditer(text):
            if not body.match(text, hit.end()):
                return True
    return False


@lru_cache(maxsize=4)
def _body_after(patterns: FitPatterns) -> re.Pattern[str]:
    """The start of an institution's name right after a rung's words (" Institute of")."""
    nouns = sorted(patterns.content.lexicons.names_with_the.opening, key=len, reverse=True)
    alternation = "|".join(re.escape(noun).replace(r"\ ", r"\s+") for noun in nouns)
    return re.compile(rf"\s+(?:{alternation})\s+(?:of|for)\b", FLAGS)


def personal_rungs_in(text: str, patterns: FitPatterns) -> list[Rung]:
    """The rungs a text shows of ladders a person holds (a belt, a licence), leaving out the
    standards a site is certified to ("achieved ISO 9001 certification for the team")."""
    held_by_sites = {ladder.id for ladder in _ladders(patterns) if ladder.held_by == "organisation"}
    return [rung for rung in rungs_in(text, patterns) if rung.ladder not in held_by_sites]


def asked_rungs(text: str, patterns: FitPatterns) -> dict[str, Rung]:
    """Per ladder, the lowest rung a requirement accepts."""
    asked: dict[str, Rung] = {}
    for rung in rungs_in(text, patterns):
        if rung.ladder not in asked or rung.rank < asked[rung.ladder].rank:
            asked[rung.ladder] = rung
    return asked


def shown_rungs(lines: list[str], patterns: FitPatterns) -> dict[str, tuple[Rung, str]]:
    """Per ladder, the highest rung the résumé shows, with the line that shows it. A rung named
    after the words that say it is still being worked for ("AssocRICS; working towards MRICS")
    is not held yet."""
    shown: dict[str, tuple[Rung, str]] = {}
    for line in lines:
        for rung in rungs_in(held_part(line, patterns), patterns):
            if rung.ladder not in shown or rung.rank > shown[rung.ladder][0].rank:
                shown[rung.ladder] = (rung, line)
    return shown


def held_part(line: str, patterns: FitPatterns) -> str:
    """The part of a résumé line naming what is held: before the words saying something is still
    being worked for ("AssocRICS; working towards MRICS" → "AssocRICS") or finished ("currently
    completing a DNP"); nothing when those words follow the only qualification named ("DNP
    (expected 2027)")."""
    held = line
    for pattern in (*patterns.evidence.get("in_progress", ()),
                    *patterns.evidence.get("still_studying", ())):
        hit = pattern.search(held)
        if hit and not _inside_a_rung(held, hit.start(), hit.end(), patterns):
            after = held[hit.end():]
            held = held[: hit.start()] if _names_a_rung(after, patterns) else ""
    return held


class SectionLine(Protocol):
    """A résumé line as the ladders read it (``resume_reader.ResumeLine``)."""

    @property
    def text(self) -> str: ...

    @property
    def section(self) -> str: ...


STILL_OPEN_RE = re.compile(rf"{YEAR}\s*(?:{DASH}|to|until)\s*{OPEN_END}\b", FLAGS)
"""A course's dates still running ("2023 – present")."""
FOLLOWING = 2
"""How many lines after a qualification may still describe it (its dates, its stage)."""


def held_texts(lines: Sequence[SectionLine], patterns: FitPatterns) -> list[str]:
    """The résumé's lines as its held rungs are read from them: a qualification of the education
    section whose own dates are still running or whose next lines (naming no other rung) say it is
    still being studied for ("2023 – present", "dissertation due 2026") holds nothing yet."""
    texts = [line.text for line in lines]
    for number, line in enumerate(lines):
        if line.section != "education" or not _names_a_rung(line.text, patterns):
            continue
        if STILL_OPEN_RE.search(line.text):
            texts[number] = ""
            continue
        for follow in lines[number + 1: number + 1 + FOLLOWING]:
            if follow.section != line.section or _names_a_rung(follow.text, patterns):
                break
            if STILL_OPEN_RE.search(follow.text) or any_match(
                    patterns.evidence.get("in_progress", ()), follow.text):
                texts[number] = ""
                break
    return texts


def _inside_a_rung(text: str, start: int, end: int, patterns: FitPatterns) -> bool:
    """True when ``text[start:end]`` lies inside the name of a rung: a grade that is itself a
    stage before a higher one ("Candidate Engineer") is held, not still being worked for."""
    for ladder in _ladders(patterns):
        for _name, rung_patterns in ladder.rungs:
            for pattern in rung_patterns:
                if any(hit.start() <= start and end <= hit.end() for hit in pattern.finditer(text)):
                    return True
    return False


def _names_a_rung(text: str, patterns: FitPatterns) -> bool:
    for ladder in _ladders(patterns):
        for _name, rung_patterns in ladder.rungs:
            if any_match(rung_patterns, text):
                return True
    return False


# --- Tool modules ---------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _modules(patterns: FitPatterns) -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    compiled: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
    for tool in patterns.content.lexicons.tools:
        entries = []
        for module in tool.modules:
            names = sorted({module.name, *module.aliases}, key=len, reverse=True)
            source = "|".join(f"(?:{phrase_regex(name)})" for name in names)
            entries.append((module.name, re.compile(source, re.UNICODE)))
        if entries:
            compiled[tool.name] = tuple(entries)
    return compiled


def modules_in(text: str, tool: Tool, patterns: FitPatterns) -> list[str]:
    """The modules of ``tool`` a text names (only meaningful on a line that names the tool)."""
    found = []
    for name, regex in _modules(patterns).get(tool.name, ()):
        if regex.search(text) and name not in found:
            found.append(name)
    return found


# --- Language levels ------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _levels(patterns: FitPatterns) -> tuple[tuple[str, Patterns], ...]:
    levels = []
    for level in patterns.content.lexicons.language_levels:
        levels.append((level.name, tuple(re.compile(p, FLAGS) for p in level.patterns)))
    return tuple(levels)


def level_rank(name: str, patterns: FitPatterns) -> int:
    """The position of a language level (A1 = 0 … native); -1 when unknown."""
    for rank, (level, _) in enumerate(_levels(patterns)):
        if level == name:
            return rank
    return -1


def languages_in(text: str, patterns: FitPatterns, *, any_case: bool = False
                 ) -> list[tuple[str, str]]:
    """(language, level) pairs in a text; a level is read from the words between a language and
    the next one ("Polish (native), English (C1)"; "very good German (C1) and good English").
    With ``any_case`` (a line labelled as languages) a name in lower case counts too."""
    names = patterns.languages_any_case if any_case and patterns.languages_any_case else (
        patterns.languages)
    hits = list(names.finditer(text))
    found: list[tuple[str, str]] = []
    for number, hit in enumerate(hits):
        after_end = hits[number + 1].start() if number + 1 < len(hits) else len(text)
        after = text[hit.end(): min(after_end, hit.end() + 40)]
        previous_end = hits[number - 1].end() if number else 0
        opening = max(previous_end, hit.start() - 25)
        while opening > previous_end and text[opening - 1].isalnum():
            opening -= 1  # a whole word, not its tail ("…llent written")
        before = text[opening: hit.start()]
        # "excellent written and spoken English": the skills joined are one language's, so the
        # level before them is still that language's
        before = re.split(r"[,;]|\band\b", SKILLS_JOINED_RE.sub(r"\1 \2", before))[-1]
        said = after.split(",")[0].split(";")[0]
        head, bracket, explained = said.partition("(")
        if bracket and _level_in(head, patterns) and not CEFR_RE.search(explained):
            # "Danish – good understanding (reads professional texts)": the level said before
            # the bracket, not a word of its explanation (a CEFR code in it still wins)
            said = head
        level = _level_in(said, patterns) or _level_in(before, patterns)
        lead = text[:hit.start()].strip(" -•*:,")
        if not level and not number and lead and len(lead.split()) <= LEAD_WORDS:
            level = _level_in(lead, patterns)  # "Bilingualism, French and English": the line's lead
        if level and _denied(text[previous_end: hit.start()], after):
            level = ""  # "I do not yet speak Norwegian at a professional level": no level held
        joined = text[previous_end: hit.start()] if number else ""
        if not level and found and re.fullmatch(r"\s*(?:and|&|or|,|/)\s*", joined):
            level = found[-1][1]  # "fluent French and English": one level for both
        name = patterns.language_of(hit.group(0))
        if all(name != language for language, _ in found):
            found.append((name, level))
        elif level:
            # "Deutsch / German | native": the language named twice, its level after the second
            found = [(language, given or (level if language == name else ""))
                     for language, given in found]
        if level and number and BRACKET_CLOSED_RE.match(after):
            # "Chinese (Cantonese, Mandarin) – Conversational": the level after the bracket is
            # every language's in it, and the one the bracket follows
            opened = text.rfind("(", 0, hit.start())
            if opened >= 0 and ")" not in text[opened:hit.start()]:
                inside = {patterns.language_of(other.group(0)) for other in hits[:number]
                          if other.start() > opened}
                before_bracket = [patterns.language_of(other.group(0)) for other in hits[:number]
                                  if other.end() <= opened and not text[other.end():opened].strip()]
                if inside:
                    found = [(language, given or (level if language in inside or language in
                                                  before_bracket else ""))
                             for language, given in found]
        if level and number and SHARED_LEVEL_RE.match(after) and _listed_together(
                text, hits[:number + 1]):
            # "Hindi, English and Marathi (all fluent)": the bracket after the list gives the
            # level of every language in it that has none of its own
            found = [(language, given or level) for language, given in found]
    return found


SKILLS_JOINED_RE = re.compile(r"\b(written|spoken|oral|verbal)\s+(?:and|&|or)\s+"
                              r"(written|spoken|oral|verbal)\b", re.IGNORECASE)
"""Two skills of one language joined ("written and spoken"), not two languages."""
LEAD_WORDS = 2
"""A level word this short before a line's first language, set off by a comma or a colon,
is the level the line asks ("Bilingualism, French and English", "Fluency: German")."""
NEGATION_RE = re.compile(r"(?i)\b(?:not|no|never|cannot|can't|can’t|don't|don’t|doesn't|"
                         r"doesn’t|yet to)\b")
"""Words that deny the level a clause names ("I do not yet speak or write it professionally")."""


def _denied(before: str, after: str) -> bool:
    """True when the clause a language is named in denies what it says of it: a negation in the
    clause before the name ("I do not yet write Norwegian at a professional level") or opening
    the words after it ("Norwegian: not yet professional")."""
    clause = re.split(r"[,;.:()]|\bbut\b", before)[-1]
    opening = re.split(r"[,;.()]", after.lstrip(" :–—-"))[0][:20]
    return NEGATION_RE.search(clause) is not None or NEGATION_RE.match(opening) is not None


def language_groups_in(text: str, patterns: FitPatterns) -> list[tuple[str, tuple[str, ...], str]]:
    """(family, members, level) for each family of languages ``text`` asks for as a group ("a
    Scandinavian language is an advantage", "fluent in a Slavic language"): the level is read
    from the words around it as for a named language ("" when none is given)."""
    found = []
    for group, members, hit in patterns.groups_in(text):
        after = text[hit.end(): hit.end() + 40].split(",")[0].split(";")[0]
        before = re.split(r"[,;]|\band\b", text[max(0, hit.start() - 25): hit.start()])[-1]
        found.append((group, members, _level_in(after, patterns) or _level_in(before, patterns)))
    return found


BRACKET_CLOSED_RE = re.compile(r"^\s*\)")
"""The bracket that lists languages closes right after this one ("(Cantonese, Mandarin) – …")."""
SHARED_LEVEL_RE = re.compile(r"(?i)^\s*(?:\(\s*(?:all|both|each)\b|:)")
"""A level in brackets said of every language before it ("(all fluent)", "(both C1)"), or after
a colon closing a list of them ("Norwegian and Swedish: understand well")."""


def _listed_together(text: str, hits: list[re.Match[str]]) -> bool:
    """True when the languages found so far stand in one list, separated only by commas, "and",
    "&" or slashes."""
    return all(re.fullmatch(r"\s*(?:,|and|&|/)?\s*(?:and\s+)?", text[first.end(): second.start()])
               for first, second in pairwise(hits))


CEFR_RE = re.compile(r"\b[ABC][12]\b")


def _level_in(text: str, patterns: FitPatterns) -> str:
    """The level a text gives a language: a CEFR code when it names one ("basic (A1)"), else
    the highest level its words name."""
    code = CEFR_RE.search(text)
    if code is not None and level_rank(code.group(0), patterns) >= 0:
        return code.group(0)
    best = ""
    best_rank = -1
    for rank, (name, level_patterns) in enumerate(_levels(patterns)):
        if any_match(level_patterns, text) and rank > best_rank:
            best, best_rank = name, rank
    return best or _test_level(text, patterns)


SCORE_RE = re.compile(r"\d{1,3}(?:[.,]\d)?")


def _test_level(text: str, patterns: FitPatterns) -> str:
    """The level a language test's score shows ("TOEIC 920" → B2, "IELTS 7.5" → C1), from the
    score bands of the tests content (fit/lexicons.yaml: language_tests); "" without one."""
    for test in patterns.content.lexicons.language_tests:
        named = re.search(test.pattern, text, FLAGS)
        if named is None:
            continue
        score = SCORE_RE.search(text, named.end())
        if score is None or score.start() - named.end() > SCORE_GAP:
            continue
        value = float(score.group(0).replace(",", "."))
        for band in sorted(test.bands, key=lambda band: -band.min):
            if value >= band.min:
                return band.level
    return ""


SCORE_GAP = 12
"""How far after a test's name its score may stand ("TOEIC: 920", "IELTS Academic 7.5")."""


# --- Regulatory regimes ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _regimes(patterns: FitPatterns) -> tuple[tuple[str, str, Patterns], ...]:
    compiled = []
    for regime in patterns.content.lexicons.regimes:
        compiled.append((regime.id, regime.name, tuple(re.compile(p, FLAGS) for p in regime.patterns)))
    return tuple(compiled)


def regimes_in(text: str, patterns: FitPatterns) -> list[tuple[str, str]]:
    """(id, name) of every regulatory regime a text names."""
    found = []
    for regime_id, name, regime_patterns in _regimes(patterns):
        if any_match(regime_patterns, text):
            found.append((regime_id, name))
    return found


# --- Leadership levels ----------------------------------------------------------------------------

MANAGER_OF_MANAGERS = "manager_of_managers"


@lru_cache(maxsize=4)
def _leadership(patterns: FitPatterns) -> tuple[tuple[str, Patterns, Patterns], ...]:
    compiled = []
    for level in patterns.content.lexicons.leadership_levels:
        evidence = tuple(re.compile(p, FLAGS) for p in level.evidence)
        if level.id == MANAGER_OF_MANAGERS:
            evidence += patterns.evidence["leading_leaders"]
        compiled.append((level.id, tuple(re.compile(p, FLAGS) for p in level.titles), evidence))
    return tuple(compiled)


def leadership_rank(level_id: str, patterns: FitPatterns) -> int:
    """The position of a leadership level (individual contributor = 0); -1 when unknown."""
    for rank, (name, _, _) in enumerate(_leadership(patterns)):
        if name == level_id:
            return rank
    return -1


def level_names(patterns: FitPatterns) -> tuple[str, ...]:
    """The leadership levels' names, lowest first (their positions are ``leadership_rank``'s)."""
    return tuple(level.name for level in patterns.content.lexicons.leadership_levels)


def leadership_level(title: str, lines: list[str], patterns: FitPatterns) -> str:
    """The highest leadership level a role's title or its own lines show ("" without the data)."""
    best, best_rank = "", -1
    for rank, (level_id, titles, evidence) in enumerate(_leadership(patterns)):
        shown = bool(title) and any_match(titles, title) is not None
        if not shown and evidence:
            shown = any(any_match(evidence, line) for line in lines)
        if shown and rank > best_rank:
            best, best_rank = level_id, rank
    return best


REPORTS_RE = re.compile(
    r"(?i)\b((?:[\w-]+ ){0,2}(?P<core>heads? of(?: [\w-]+)?|(?<=\w )heads(?! of| up)|directors?|"
    r"managers?|team ?leads?|team ?leaders?|supervisors?|vice[- ]presidents?|vps))\b")
"""A group of people named by their title ("five Heads of Claims", "7 engineering managers",
"4 department heads": a unit's name before "heads" names its heads, read by the title ladder)."""


COUNTED_RE = re.compile(r"(?i)(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|"
                        r"through|via))\s+$")


COUNTED_BEFORE_RE = re.compile(r"(?i)(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
                               r"twelve))\s+(?:[\w-]+\s+)?$")
"""A count just before a title, one word between at most ("Manage 3 team leads", "6 regional
managers"), wherever the words before the title start."""


def reports_rank(text: str, patterns: FitPatterns, *, counted: bool = False) -> int:
    """The highest leadership level among the people ``text`` names by title, in the plural
    ("through five operations managers" → manager of managers); -1 when it names none. With
    ``counted``, only people counted or led through ("7 engineering managers", "through heads")
    count: a résumé's "presented to directors" names no one led."""
    best = -1
    for hit in REPORTS_RE.finditer(text):
        phrase = hit.group(1)
        if counted and not COUNTED_RE.search(text[: hit.start()]) and not re.match(
                r"(?i)\d+|two|three|four|five|six|seven|eight|nine|ten", phrase) and not (
                COUNTED_BEFORE_RE.search(text[: hit.start("core")])):
            continue
        if not re.search(r"(?i)s\b|heads of", phrase):
            continue  # one title in the singular is the role itself, not the people led
        single = re.sub(r"(?i)\bheads of\b", "head of", phrase)
        single = re.sub(r"(?i)(directors|managers|leads|leaders|supervisors|presidents|vps|heads)\b",
                        lambda found: found.group(1)[:-1], single)
        level = leadership_level(single, [], patterns)
        best = max(best, leadership_rank(level, patterns) if level else -1)
    return best
