"""The thank-you letter: drafted from a debrief and the fit map with the project's templates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from email.headerregistry import Address, Group
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from poise.analysis import AnalysisContext, Finding, analyse
from poise.analysis.article import with_indefinite_article
from poise.analysis.nlp import spacy_pipeline
from poise.analysis.rules.engine import RuleConfig
from poise.analysis.tags import verb_lemma
from poise.content.loader import KnowledgeBase
from poise.content.schema import LetterFile
from poise.errors import Advice, InputError, NextStep
from poise.fit.concerns.wording import first_person_clause, opens_with_duty
from poise.fit.lexicon import patterns_for
from poise.fit.resume_facts import institution_only
from poise.followup.application import (
    ApplicationView,
    FitLanguage,
    FitResume,
    FitView,
    read_fit,
)
from poise.followup.debrief import AskedQuestion, Debrief, Interviewer, concern_plan
from poise.followup.draft_check import shares_a_run
from poise.followup.one_line import one_line, plain_newlines
from poise.followup.phrases import is_clause, split_deadline, topic_phrase
from poise.followup.restated import (
    action_with_result,
    clause_subject,
    evidence_gaps,
    inner_colon,
    need_problems,
)
from poise.followup.voice import as_sentence, commitment, spoken_name
from poise.wire import wire_fields

MAX_NEEDS = 2
"""The letter restates the fit against two of the role's needs."""

MAX_CONCERNS = 2
"""At most this many open concerns are answered, to keep the letter short."""

MAX_PHRASE = 170
"""Requirement lines longer than this are cut at a clause boundary."""

TONE_QUESTION = "Why should we hire you?"
"""The question a letter is read against when the tone rules run over it."""

_BULLET = re.compile(r"^[\s\-–—•*·●▪◦>]+")
_NEED_OPENERS = re.compile(
    r"^(?:you (?:have|bring|will have|['’]ll have|will bring|need|are|should have|hold|possess|"
    r"will hold)|you['’]re|we need|"
    r"we are looking for|we['’]re looking for|must have|must-have:?|requirements?:|required:|"
    r"essential:?|desirable:|preferred:)\s+",
    re.IGNORECASE,
)

_FIRST_PERSON = ("i", "i've", "i’ve", "i'm", "i’m", "i'd", "i’d", "my", "we", "our")


@dataclass(frozen=True)
class LetterNeed:
    """One need of the role the letter restates, with the résumé line that shows it."""

    requirement_id: str
    need: str
    quote: str
    strength: str
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class LetterConcern:
    """An open concern the letter answers, how it was handled, and the plan it commits to."""

    concern: str
    handled: str
    plan: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the fields (``poise.wire``)."""
        return wire_fields(self)


@dataclass(frozen=True)
class Letter:
    """A drafted thank-you letter and what it was built from."""

    application_id: int
    interviewer: str
    interviewer_role: str
    interviewer_email: str | None
    subject: str
    body: str
    sender: str
    held_on: date
    round: int
    topic: str
    needs: tuple[LetterNeed, ...] = ()
    concerns: tuple[LetterConcern, ...] = ()
    promises: tuple[str, ...] = ()
    warnings: tuple[Advice, ...] = ()
    tone: tuple[Finding, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "application_id": self.application_id,
            "to": {"name": self.interviewer, "role": self.interviewer_role,
                   "email": self.interviewer_email},
            "subject": self.subject,
            "body": self.body,
            "sender": self.sender,
            "held_on": self.held_on.isoformat(),
            "round": self.round,
            "topic": self.topic,
            "needs": [need.to_dict() for need in self.needs],
            "concerns": [item.to_dict() for item in self.concerns],
            "promises": list(self.promises),
            "warnings": [warning.text for warning in self.warnings],
            "tone": [finding.to_dict() for finding in self.tone],
        }


def long_date(day: date) -> str:
    """``Friday 17 May`` (the year only when it is not the current one is the caller's call)."""
    return f"{day:%A} {day.day} {day:%B}"


def _when(held_on: date, today: date) -> str:
    """How the letter refers to the interview day, seen from ``today``."""
    days = (today - held_on).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"on {held_on:%A}"
    return f"on {held_on.day} {held_on:%B}"


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the first word is an acronym or a name like "P&L"."""
    if not text:
        return text
    first = text.split()[0]
    if first == "I" or first.startswith(("I'", "I’")):
        return text
    if any(char.isdigit() or char == "+" for char in first):
        return text  # a code ("Bac+5", "PRINCE2"): its capitals are part of its name
    if patterns_for().languages.fullmatch(first.strip(",;:")):
        return text  # a language ("German at C1 level") keeps its capital
    if len(first) > 1 and (any(char.isupper() for char in first[1:]) or not first[1].isalpha()):
        return text  # "P&L", "PhD", "McKinsey": capitals inside the word make it a name
    content = [word for word in text.split()[:6] if word.lower() not in _NAME_JOINERS][:3]
    if _ABSTRACT_NOUN.match(text):
        return text[0].lower() + text[1:]  # "Fluency in Spanish and English": the languages are
        # capitalised, the phrase is no name
    if (len(content) == 3 and all(word[:1].isupper() for word in content)
            and first.lower() not in _DETERMINERS and not _commands(text)):
        # a name in capitals ("Lean Six Sigma", "Master of Science in Nursing"), not a phrase
        # that starts a sentence ("Fluent Spanish", "Experience in SaaS") nor a duty whose
        # objects are names ("Maintain GLOBALG.A.P., GRASP and … accreditation")
        return text
    return text[0].lower() + text[1:]


def _commands(text: str) -> bool:
    """True when the parse reads a line as a command: its first word a verb in the base form at
    the root, with a direct object ("Maintain GLOBALG.A.P. and GRASP accreditation"); a name
    that opens on a word that can be a verb ("Lean Six Sigma Black Belt") has none."""
    tokens = [token for token in spacy_pipeline(parse=True)(text[:200]) if not token.is_space]
    if not tokens or tokens[0].tag_ != "VB" or tokens[0].dep_ != "ROOT":
        return False
    return any(child.dep_ == "dobj" for child in tokens[0].children)


_ABSTRACT_NOUN = re.compile(r"^[A-Z][a-z]+(?:cy|ity|ness|ence|ance|edge)\s+(?:in|of|with)\s")
"""A need that opens with an abstract noun and its preposition ("Fluency in", "Knowledge of",
"Experience with"): a phrase, whatever capitals the words after it carry."""

_NAME_JOINERS = frozenset({"of", "in", "and", "for", "the", "&"})
_DETERMINERS = frozenset({"no", "a", "an", "the", "any", "some", "our", "your", "their", "its",
                          "this", "that"})


def _clean(text: str) -> str:
    """One line, no bullet, no trailing full stop or semicolon."""
    line = " ".join(text.split())
    line = _BULLET.sub("", line)
    return line.rstrip(" .;:,")


def _clause(text: str) -> str:
    """Text that continues a sentence after a colon: lower-case start, a full stop at the end."""
    text = _lower_first(" ".join(text.split()))
    return text if not text or text[-1] in ".!?" else text + "."


def _shorten(text: str) -> str:
    """Cut a long line at a clause boundary so the sentence stays readable."""
    if len(text) <= MAX_PHRASE:
        return text
    for mark in ("; ", " – ", " - ", ", "):
        cut = text.find(mark, 20)
        while cut >= 0 and text[:cut].count("(") != text[:cut].count(")"):
            cut = text.find(mark, cut + 1)  # never inside brackets: the aside would stay open
        if 20 <= cut <= MAX_PHRASE:
            if mark == ", " and " and " in text[cut:]:
                # a list cut after its first item ("420 staff across ICU, surgery and …"): end
                # before the words that open the list, not inside it
                listed = _LIST_OPENER.search(text[:cut])
                if listed is not None and listed.start() >= 20:
                    return text[:listed.start()]
            return text[:cut]
    cut = text.rfind(" ", 0, MAX_PHRASE)
    short = _without_loose_end(text[: cut if cut > 20 else MAX_PHRASE])
    if short.count("(") > short.count(")"):  # cut inside an aside: end before it opens
        opened = short.rfind("(")
        if opened > 20:
            short = short[:opened].rstrip(" ,;:–-")
    return short


_LOOSE_END = re.compile(r"(?:\s+(?:a|an|the|and|or|of|by|to|for|in|on|at|with|from|as|its|their|"
                        r"our|your|my|that|which|who))+$", re.IGNORECASE)
"""Words a cut line must not end on ("… approved by the"): they open what the cut left out."""


def _without_loose_end(text: str) -> str:
    """A line cut between words, without the function words it was cut after."""
    return _LOOSE_END.sub("", text)


_LIST_OPENER = re.compile(r"\s(?:across|in|for|at|including|covering|spanning|on|with)\s[^,]*$")
"""The words that open a list cut after its first item ("… across ICU")."""

_IMPERATIVE_OPENERS = frozenset({
    "lead", "own", "manage", "deliver", "build", "drive", "run", "develop", "set", "coach",
    "define", "shape", "grow", "oversee", "head", "establish", "create", "implement", "ensure",
    "partner", "represent", "champion", "design", "launch", "steer", "direct", "improve",
    "transform", "support", "turn", "scale", "negotiate", "secure", "hire", "recruit", "modernise",
    "modernize", "integrate", "migrate", "consolidate", "reduce", "increase", "open", "take",
})


_NEED_CLOSERS = re.compile(
    r"\s+(?:is|are)\s+(?:(?:absolutely|highly|strongly)\s+)?(?:mandatory|essential|required|"
    r"a must|a must-have|desirable|preferred|expected|an? (?:added |real |big )?(?:advantage|plus|asset)"
    r")\s*$"
    r"|\s*[,(–-]?\s*\(?(?:strongly\s+)?(?:as\s+(?:required|needed|necessary|appropriate)|"
    r"mandatory|essential|required|desirable|preferred|appreciated|welcome|a plus)\)?\s*$"
    r"|\s+(?:would|will|is|are)\s+(?:be\s+)?(?:an?\s+)?(?:real\s+|distinct\s+|added\s+)?"
    r"(?:advantage|asset|plus|bonus)\b.*$"
    r"|\s+(?:is|are)\s+(?:(?:highly|strongly)\s+)?(?:preferred|required|essential|desirable|"
    r"expected|mandatory)\s+(?:to|for|in|when|as)\s.*$",
    re.IGNORECASE)
"""How a requirement line says it is required ("PMP certification is mandatory", "Bachelor's
degree required", "CFRE (preferred)"): the letter names the need, not the advert's rule about it."""

_COUNTED_CREDENTIAL = re.compile(
    r"^(?:(?!(?:and|or|of|in|no|any|the|a|an|your|our)\s)[a-z][a-z'’-]*\s+"
    r"(?:or\s+(?!(?:a|an|the)\s)[a-z][a-z'’-]*\s+)?){0,3}"
    r"(?:degree|diploma|doctorate|qualification|certificate|certification|licen[cs]e|apprenticeship|"
    r"track\s+record)"
    r"(?![\w-])"
    r"|^(?i:bachelor|master|doctor)\s+of\s"
    r"|^(?:E?MBA|MSc|BSc|MPA|MPH|DBA|PhD|LLM)\b")
"""A need that names one credential or record with no article, after up to three words that
describe it ("bachelor's degree", "project or programme management qualification", "proven track
record of …"), or a degree by its letters ("MBA or Master's degree"): it takes "a" or "an"."""


_NEED_ASIDE = re.compile(
    r"\s*\((?:[^()]*\b(?:advantage|desirable|preferred|essential|required|plus|asset|ideally|"
    r"or equivalent|such as|including)\b[^()]*|\s*e\.g\.[^()]*)\)", re.IGNORECASE)
"""An aside in brackets about how much a need counts or what it includes ("(postgraduate
qualification an advantage)", "(e.g. SAP, Oracle)"): the advert's note, not the need."""


_LONG_ASIDE = re.compile(r"\s*\((?:[^()\s]+\s+){3,}[^()]*\)")
"""An aside in brackets of four words or more ("(university or university of applied
sciences)"): the advert's gloss; the letter names the need without reading it out."""


_LISTED = re.compile(r",?\s+(?:including|incl\.|such as|e\.g\.|for example|covering)\s", re.IGNORECASE)
"""Where a requirement turns to what it includes: the letter names the need, not its list."""


_GLOSS_DASH = re.compile(r"\s[–—-]\s+(?=(?:it|this|that|which|we|you|they|our|your|as|because|"
                         r"since|so|ideally)\b)", re.IGNORECASE)
"""A spaced dash before the advert's own clause about a need ("– it is our company language",
"– we work across three countries"): the need ends before it."""


def _head(text: str) -> str:
    """A requirement line up to its first colon or semicolon outside brackets, or up to
    "including": "Own operational risk: RCSA, incidents and continuity" names its need before the
    colon and lists it after; "ensure release is robust; oversee the QP team" holds two needs, and
    the letter names one."""
    depth = 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and char in ":;" and len(text[:position].split()) >= 3:
            return text[:position].rstrip()
    gloss = _GLOSS_DASH.search(text)
    if gloss is not None and len(text[:gloss.start()].split()) >= 2:
        return text[:gloss.start()].rstrip()  # "Fluent English – it is our company language"
    listed = _LISTED.search(text)
    if listed is not None and len(text[:listed.start()].split()) >= 3:
        return text[:listed.start()].rstrip()  # "lead safe staffing, including reviews": the need
    return text


_ADVERT_VOICE = {"our": "your", "ours": "yours", "us": "you"}
"""The advert's words for the employer, said back to it by the candidate ("develop our ISO 13485
system" → "develop your ISO 13485 system")."""
_ADVERT_VOICE_RE = re.compile(r"\b(?:our|ours|us)\b")


def need_phrase(requirement: str) -> str:
    """A requirement line as a noun phrase to follow "You are looking for", in the candidate's
    voice: the employer the advert calls "our" or "us" is "your" or "you"."""
    cleaned = _ADVERT_VOICE_RE.sub(lambda hit: _ADVERT_VOICE[hit.group(0)], _clean(requirement))
    # "You've shipped …", "Must have faced …": what the reader has done (after "have" the
    # advert's verb is a participle, whatever the tagger reads alone)
    done = _DONE_OPENER.match(cleaned) or _HAVE_OPENER.match(cleaned)
    line = _LONG_ASIDE.sub("", _NEED_ASIDE.sub("", _NEED_OPENERS.sub("", cleaned[
        done.end():] if done else cleaned)))
    head = _head(line)
    subject = clause_subject(head)  # "Knowledge of Gujarati will be preferred": its subject
    text = _lower_first(_shorten(_NEED_CLOSERS.sub("", subject or head).rstrip(" ,")))
    first = text.split(" ", 1)[0] if text else ""
    described = _described_by(text)
    if done and described == "done":
        return f"someone who has {text}"  # "you've shipped X" → "someone who has shipped X"
    did = _action_done(text)
    if did == "VB":  # "plan and carry out process audits": a duty the tagger reads as a verb
        return f"someone to {text}"
    if did:  # "Must have faced USFDA audits as site head", "ensures compliance with …": a
        # record of doing, or a duty in the third person, said of a person
        return f"someone who {text}"
    if described == "quality" and patterns_for().languages.fullmatch(first.capitalize()):
        # "German at C1 level": a language, named as one with its capital, no quality of a person
        return first.capitalize() + text[len(first):]
    if described == "quality":
        # "Fluent in English" → "someone fluent in English"
        return f"someone {first.lower() if first[1:].islower() else first}{text[len(first):]}"
    if first.lower() in _IMPERATIVE_OPENERS or (first.islower() and opens_with_duty(text)):
        # "Lead the site managers" → "someone to lead the …"; a duty whose verb the list does not
        # hold ("track brand health") is known by its tag, never read as a noun after "for"
        return f"someone to {first.lower()}{text[len(first):]}"
    if _CAPITAL_AWARD.match(text):  # "Degree in Law, Finance …": a common noun, not a name
        text = text[:1].lower() + text[1:]
    base = _gerund_verb(text)
    if base:  # "Representing the service at committees" → "someone to represent the service …"
        return f"someone to {base}{text[len(first):]}"
    if _COUNTED_CREDENTIAL.match(text) or any(problem.startswith("no article")
                                              for problem in need_problems(text)):
        # "bachelor's degree" → "a bachelor's degree", "Bac+5 degree" → "a Bac+5 degree"
        return with_indefinite_article(text)
    if _DEFINITE_NEED.match(text):
        return f"the {text}"  # "ability to communicate in Spanish" → "the ability to …"
    return text


_DEFINITE_NEED = re.compile(r"(?:ability|capacity|willingness|readiness|flexibility|freedom)\s+to\b")
"""A need opening on a noun of capacity with "to" ("ability to communicate in Spanish"), said
with its article after "You are looking for"."""


def _action_done(text: str) -> str:
    """The tag of a need's first word when the parse reads the need as an action on an object
    with no subject: "VBD" for a past action ("faced USFDA audits as site head"), "VBZ" for a
    duty in the third person ("ensures compliance with …"), "VB" for one in the base form
    ("plan and carry out audits"); "" otherwise ("proven experience", "educated to degree
    level", a noun phrase)."""
    if len(text.split()) < 2 or not text[:1].islower():
        return ""
    tokens = [token for token in spacy_pipeline(parse=True)(text[:200]) if not token.is_space]
    first = tokens[0]
    if first.tag_ not in {"VBD", "VBZ", "VB"} or first.dep_ != "ROOT":
        return ""  # "Proven track record of …" opens with a participle that describes
    if first.tag_ in {"VB", "VBD"} and len(tokens) > 1 and tokens[1].tag_.startswith("NN"):
        return ""  # "change management experience": the first noun of a compound, read as a verb
    if first.tag_ == "VBD" and verb_lemma(first.lower_) == first.lower_:
        return "VB"  # "cut the scrap rate": a duty whose past is its base form
    verbs = [first, *(child for child in first.children if child.dep_ == "conj")]
    if not any(child.dep_ == "dobj" for verb in verbs for child in verb.children):
        return ""  # "plan and carry out audits": the object may follow the second verb
    return first.tag_


_DONE_OPENER = re.compile(r"^you(?:['’]ve| have)\s+", re.IGNORECASE)
_HAVE_OPENER = re.compile(r"^(?:must|should)(?: also)? have\s+(?=[a-z]+ed\b|[a-z]+en\b)", re.IGNORECASE)


def _described_by(text: str) -> str:
    """How a need opens, as the tagger reads its first two words: "done" for a past participle
    ("shipped AI features to customers"), "quality" for an adjective and its preposition ("fluent
    in English", "comfortable with ambiguity", "experienced in SAP"), "" otherwise."""
    if len(text.split()) < 3:
        return ""
    tokens = [token for token in spacy_pipeline()(text[:120]) if not token.is_space]
    if len(tokens) < 2:
        return ""
    if tokens[0].tag_ in {"JJ", "VBN"} and tokens[1].tag_ in {"IN", "TO"} and tokens[1].lower_ != "of":
        return "quality"
    if tokens[0].tag_ in {"VBN", "VBD"}:
        return "done"
    return ""


def _gerund_verb(text: str) -> str:
    """The verb of a line that opens with one in -ing and its object ("Representing the service
    …" → "represent"), as the tagger reads it; "" otherwise ("Leading-edge methods", "Training
    budget")."""
    first = text.split(" ", 1)[0]
    if not first.lower().endswith("ing") or "-" in first or len(text.split()) < 3:
        return ""
    tokens = [token for token in spacy_pipeline()(text[:200]) if not token.is_space]
    if len(tokens) < 2 or tokens[0].tag_ != "VBG":
        return ""
    if tokens[1].tag_.startswith("VB") or tokens[1].tag_ == "MD":
        return ""  # "Managing is ...": the -ing word is the subject, not a duty
    if tokens[1].tag_ not in {"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "IN", "RP"}:
        return ""
    if tokens[1].tag_.startswith("NN") and len(tokens) > 2 and tokens[2].tag_.startswith("NN"):
        return ""  # "Training budget management": a noun compound, not a duty
    lemma = verb_lemma(tokens[0].lower_)
    if lemma in NO_OBJECT_VERBS and tokens[1].tag_.startswith("NN"):
        return ""  # "Working knowledge of …": the -ing word describes the noun, no duty
    return lemma if lemma and lemma != tokens[0].lower_ else ""


NO_OBJECT_VERBS = frozenset({"work", "exist", "emerge", "evolve", "function", "live", "rise",
                             "fall", "remain", "belong", "happen", "occur", "arrive", "matter"})
"""Verbs that take no direct object: their -ing form before a noun ("working knowledge",
"existing customers", "emerging markets") is an adjective, and the line names no duty."""


LANGUAGE_KINDS = frozenset({"languages", "language"})


def _names(need: str, told: str) -> bool:
    """True when the need names a language the told phrase speaks ("fluent Spanish")."""
    return any(re.search(rf"\b{re.escape(word)}\b", need, re.IGNORECASE)
               for word in re.findall(r"[A-Z][\w-]+", told))


LEVEL_ADJECTIVES = frozenset({"fluent", "native", "basic", "conversational", "business",
                              "professional", "intermediate", "advanced", "bilingual", "excellent",
                              "proficient", "good"})

QUALIFICATION_KINDS = frozenset({"education", "certification"})

MAX_QUALIFICATION_WORDS = 12


def _spoken(language: FitLanguage, line: str) -> str:
    """A language the résumé reader found, with its level in the résumé's own words: "fluent
    Spanish" where the line says "Spanish (fluent)", "German (C1)" where it gives the code. The
    reader stores "fluent" as the rung C1; the letter never claims a code the candidate did not
    write, so a level the line does not word is left out."""
    level = language.level.strip()
    if not level:
        return language.language
    if level.lower() in LEVEL_ADJECTIVES:
        return f"{level.lower()} {language.language}"
    if re.search(rf"\b{re.escape(level)}\b", line):
        return f"{language.language} ({level})"
    named = re.search(rf"\b{re.escape(language.language)}\b", line, re.IGNORECASE)
    if named is not None:
        after = re.split(r"[,;|]", line[named.end():], maxsplit=1)[0]
        before = re.split(r"[,;|]", line[:named.start()])[-1]
        for part in (after, before):
            word = next((w for w in re.findall(r"[A-Za-z]+", part) if w.lower() in LEVEL_ADJECTIVES),
                        "")
            if word:
                return f"{word.lower()} {language.language}"
    return language.language


def _language(line: str, resume: FitResume, need: str) -> str:
    """The language a quoted line names, as the résumé reader stored it with its level (the one
    the need asks for when the line lists several); "" when the line names none of them, or
    names only languages other than the one the need asks for."""
    named = [item for item in resume.languages if item.language and re.search(
        rf"\b{re.escape(item.language)}\b", line, re.IGNORECASE)]
    if not named:
        return ""
    for item in named:
        if re.search(rf"\b{re.escape(item.language)}\b", need, re.IGNORECASE):
            return _spoken(item, line)
    patterns = patterns_for()
    if patterns.languages.search(need):
        return ""  # English asked, "Arabic – Native" quoted: another language proves nothing
    return _spoken(named[0], line)


def _qualification(line: str, resume: FitResume) -> str:
    """The degree or certificate a quoted line names, as the résumé reader stored it, without its
    school or grade ("MSc Supply Chain Management, 2:1 – Cranfield University" → "MSc Supply
    Chain Management"); "" when the line holds none of them, or it is too long to tell."""
    folded = " ".join(line.split()).casefold()
    held_items = (*resume.education, *resume.certifications)
    for number, item in enumerate(held_items):
        held = " ".join(item.split())
        if not held or (held.casefold() not in folded and folded not in held.casefold()):
            continue
        if _school_only(held) and number + 1 < len(resume.education):
            # "National University of Singapore" over "Bachelor of Business Administration": the
            # school's line names no award; the award is the line the reader kept after it
            held = " ".join(held_items[number + 1].split())
        text = _as_named(_without_long_aside(_first_piece(held).strip(" .;:,")))
        if _school_only(text) or len(text.split()) < 2:
            continue  # a school, or a bare "Member": no qualification to name
        if len(text.split()) <= MAX_QUALIFICATION_WORDS and text.count("(") == text.count(")"):
            return text
    return ""


_DEGREE = re.compile(
    r"^(?:(?i:bachelor|master|doctor|diploma|certificate|postgraduate|graduate|higher national|"
    r"advanced|executive mba)\b|(?:B|M|D)(?:A|S|Sc|Eng|Ed|Phil|BA|PA|Com|Tech|Arch|Res|SN|HA|PH|N)\b|MBA\b|"
    r"EMBA\b|PhD\b|DBA\b|DNP\b|LLB\b|LLM\b|JD\b|CPA\b|ACA\b|ACCA\b|CIMA\b|"
    r"(?:B|M)\.\s?(?:A|E|S|Sc|Eng|Com|Tech|Arch|Ed)\.)")
"""A degree, diploma or chartered qualification named on its own: it is one of them, so it
takes an article ("a Bachelor of Commerce", "an MSc in Logistics", "an MBA")."""

_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")
"""Capitals whose spoken name opens with a vowel sound ("an MSc", "an LLB", "an HNC")."""


def with_article(qualification: str) -> str:
    """A degree named on its own with "a" or "an" before it ("MSc Spatial Planning" → "an MSc
    Spatial Planning", "Bachelor of Commerce" → "a Bachelor of Commerce"); a certificate's name
    ("PRINCE2 Practitioner"), a plural or a phrase with its own article is left as it is."""
    text = qualification.strip()
    if _COMMON_AWARD.match(text) and text[:1].islower():
        return with_indefinite_article(text)  # "a degree programme in …"
    if not _DEGREE.match(text) or re.match(r"(?:a|an|the|my)\s", text, re.IGNORECASE):
        return text
    first = text.split()[0]
    acronym = (len(first) > 1 and (first[1].isupper() or first[1] == ".")) or first.isupper()
    vowel = first[0] in _VOWEL_LETTER_NAMES if acronym else first[0].lower() in "aeiou"
    return f"{'an' if vowel else 'a'} {text}"


_CREDENTIAL_PARTICIPLE = re.compile(r"^(?i:certified|accredited|qualified)\s+(?=[A-Z0-9])")
_NAMED_BY_A_PERSON = re.compile(
    r"\b(?:accountants?|auditors?|examiners?|planners?|professionals?|analysts?|engineers?|"
    r"managers?|consultants?|specialists?|practitioners?|administrators?|architects?|coach|"
    r"treasurers?|technicians?|nurses?|therapists?|directors?|masters?|officers?)\b(?:\s*\([^()]*\))?\s*$",
    re.IGNORECASE)
"""An award named by the person who holds it ("Certified Public Accountant (CPA)", "Certified
Internal Auditor"): the participle is part of the name and stays."""
_CAPITAL_AWARD = re.compile(r"^(?:Degree|Diploma|Certificate|Qualification|Licen[cs]e)\s+(?:in|of)\s")
"""A need that opens with an award's common noun in capitals, as an advert's list writes it."""
_COMMON_AWARD = re.compile(r"^(?:degree|diploma|certificate|apprenticeship|traineeship)\s+(?=[a-z])")


def _as_named(text: str) -> str:
    """An award as a sentence names it: without the participle the résumé puts before its name
    ("Certified Lean Six Sigma Green Belt" → "Lean Six Sigma Green Belt"), and with a common noun
    that opens it in lower case ("Degree programme in Plastics Engineering" → "degree programme
    in Plastics Engineering"), so "a" can go before it."""
    if not _NAMED_BY_A_PERSON.search(_first_piece(text)):
        text = _CREDENTIAL_PARTICIPLE.sub("", text, count=1)
    if _COMMON_AWARD.match(text.lower()) and text[:1].isupper() and not text[:2].isupper():
        return text[:1].lower() + text[1:]
    return text


def _without_long_aside(text: str) -> str:
    """A qualification without a closing aside that describes it rather than names it ("MSc in
    Logistics (Master's degree, faculty of Management)" → "MSc in Logistics"); a short one that
    is part of the name stays ("(Honours)", "(DNP)", "(RTPI accredited)")."""
    found = re.match(r"^(?P<name>[^()]+?)\s*\((?P<aside>[^()]*)\)$", text)
    if found is None or len(found.group("name").split()) < 2:
        return text
    aside = found.group("aside")
    return found.group("name") if "," in aside or len(aside.split()) > 3 else text


def _first_piece(text: str) -> str:
    """A line up to its first separator outside brackets ("MSc in Logistics (Master's degree,
    Management), 2009" → "MSc in Logistics (Master's degree, Management)")."""
    depth = 0
    for position, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and (text.startswith((" – ", " — ", " | ", " - "), position)
                           or text.startswith((", ", "; "), position)):
            return text[:position]
    return text


def _school_only(text: str) -> bool:
    """True when a line names a school and no award ("Poznań University of Economics"), as the
    résumé reader tells them apart."""
    return institution_only(text, patterns_for())


def evidence_sentence(quote: str, templates: LetterFile, kind: str = "", *,
                      resume: FitResume | None = None, need: str = "") -> str:
    """A résumé line as the candidate's own words: "Led 9 sites" becomes "I led 9 sites."; a line
    naming a language the résumé reader found "I speak fluent Spanish." (its stored level); a
    degree or certificate it found, for an education or certification need, "My qualifications
    include …". "" for a line that cannot be told in the first person (a skills list, a profile
    blurb): the letter argues from it no more than it would paste it."""
    return _told(quote, templates, kind, resume or FitResume(), need)[0]


def _told(quote: str, templates: LetterFile, kind: str, resume: FitResume, need: str
          ) -> tuple[str, bool]:
    """``evidence_sentence``, and whether it tells something the candidate did (an action, a
    remit, a sentence of their own) rather than something they hold (a language, a degree)."""
    line = _shorten(_clean(quote))
    if not line:
        return "", False
    first = line.split()[0]
    if first.lower().strip(",") in _FIRST_PERSON or first == "I":
        return templates.evidence.statement.format(statement=line), True
    # a line under the role still held is told in the present ("I lead 95 engineers"), never as
    # if the candidate had left it
    current = _clean(quote) in {_clean(text) for text in resume.current_lines}
    told = first_person_clause(line, current=current) if first[0].isupper() else ""
    if told.startswith("I "):
        return templates.evidence.action.format(action=told[2:]), True
    if told:  # "P&L of €40m" → "My remit covered a P&L of €40m."
        return templates.evidence.statement.format(statement=told[:1].upper() + told[1:]), True
    language = _language(_clean(quote), resume, need)
    if language and (kind in LANGUAGE_KINDS or _names(need, language)):
        # Only a need about languages is argued from one: a line naming "Irish Management
        # Institute" shows no Irish to a need for experience in Ireland.
        return templates.evidence.language.format(what=language), False
    qualification = _qualification(_clean(quote), resume) if kind in QUALIFICATION_KINDS else ""
    if qualification and _names_an_award(with_article(qualification)):
        return templates.evidence.qualification.format(what=with_article(qualification)), False
    return "", False


_AWARD_NAMED = re.compile(r"^(?:a|an|the)\s|\d|\b[A-Z][A-Za-z.]*[A-Z]")
"""An award named so a reader knows it: with its article ("a Master of Public Health"), a level
or a number ("CIPD Level 7"), or its initials ("Certified Facility Manager (CFM)", "B.E.")."""


def _names_an_award(what: str) -> bool:
    """True when a qualification said after "My qualifications include" names an award; a grade
    or a title on its own ("Associate Fellow", "Chartered Member", "Green Belt") says of what
    body or scheme only on the résumé's line, so the letter does not argue from it."""
    return _AWARD_NAMED.search(what) is not None


def _table_row(text: str) -> bool:
    """True for a line that is a row of a table ("| | Member of IHEEM … | Postgraduate … | A |"):
    its cells are several needs and the marks that score them, not one need a sentence names."""
    return text.count("|") >= 2


def choose_needs(view: FitView, templates: LetterFile) -> list[LetterNeed]:
    """Two of the role's needs the résumé shows strongly: a letter argues fit only from evidence
    that proves it (a partial match would claim what the résumé does not show), told in the first
    person. Something the candidate did comes before something they hold (a degree, a language),
    a must-have before a nice-to-have, and a line with a figure before one without."""
    ranked: list[tuple[tuple[int, int, int, float, int], LetterNeed]] = []
    seen: set[str] = set()
    for order, match in enumerate(view.matches):
        if match.strength != "strong" or not match.quote.strip() or break_line(match.quote, view):
            continue
        if match.requirement_id in seen:
            continue
        requirement = view.requirement(match.requirement_id)
        if requirement is None or not requirement.text.strip() or _table_row(requirement.text):
            continue  # a row of an advert's table holds several needs and its marks: never one
        # the evidence answers the need as the letter says it: "English; Arabic is an
        # advantage" is said "excellent English", which an Arabic line does not show
        need = need_phrase(requirement.text)
        sentence, did = _told(match.quote, templates, requirement.kind, view.resume, need)
        if (not sentence or inner_colon(sentence) or need_problems(need)
                or evidence_gaps(need, sentence, patterns_for(), did=did)):
            continue  # a need that reads as no noun phrase, or evidence that does not show it
        seen.add(match.requirement_id)
        did = did and requirement.kind not in {*QUALIFICATION_KINDS, "languages"}
        # what the candidate did comes first, a must-have before a nice-to-have among those: a
        # letter that argues a director's fit from a degree or a language says least
        key = (0 if did else 1, 0 if requirement.must else 1,
               0 if any(char.isdigit() for char in match.quote) else 1, -match.score, order)
        ranked.append((key, LetterNeed(
            requirement_id=requirement.id,
            need=need,
            quote=_clean(match.quote),
            strength=match.strength,
            sentence=sentence,
        )))
    ranked.sort(key=lambda item: item[0])
    distinct: list[LetterNeed] = []
    for _, item in ranked:
        # one line of the résumé, or one degree, proves one need: told twice it reads as padding
        if any(item.quote == other.quote or item.sentence == other.sentence for other in distinct):
            continue
        distinct.append(item)
    chosen: list[LetterNeed] = []
    for position, item in enumerate(distinct[:MAX_NEEDS]):
        # ``sentence`` held the evidence alone until the need's own sentence is written here.
        template = templates.fit.need if position == 0 else templates.fit.need_again
        if position and ", and " in item.sentence:
            template = templates.fit.need_again_joined  # no third "and" in one sentence
        line = as_sentence(template.format(need=item.need, evidence=_lower_first(item.sentence)))
        chosen.append(replace(item, sentence=line))
    return chosen


def break_line(quote: str, view: FitView) -> bool:
    """True when a quoted line is the one that explains a career break: time out of work is
    never argued from as proof of a need or told as a result."""
    line = _clean(quote).casefold()
    return bool(line) and any(_clean(told).casefold() == line for period in view.resume.breaks
                              for told in (period.quote, *period.lines) if told)


def fallback_result(view: FitView, templates: LetterFile, used: set[str]) -> str:
    """One result from the résumé for a letter with fewer than two needs shown strongly: a line
    quoted by the fit map (strong or partial) that tells something the candidate did, one with a
    figure first, then the strongest; "" when no line can be told. It is told as what they
    bring, never as proof that a need is met."""
    best: tuple[tuple[int, int, float], str] | None = None
    for match in view.matches:
        quote = _clean(match.quote)
        if match.strength == "none" or not quote or quote in used or break_line(quote, view):
            continue
        sentence, did = _told(match.quote, templates, "", view.resume, "")
        if not sentence or not did or not action_with_result(sentence) or inner_colon(sentence):
            continue  # a profile line or a remit with no result ("I am a housing director")
        key = (0 if any(char.isdigit() for char in quote) else 1,
               0 if match.strength == "strong" else 1, -match.score)
        if best is None or key < best[0]:
            best = (key, sentence)
    if best is None:
        return ""
    return as_sentence(templates.fit.result.format(evidence=_lower_first(best[1])))


MAX_DETAIL_WORDS = 6
"""A title's detail longer than this is an advert line, not a name to say in a letter."""


def _detail(title: str) -> str:
    """What a fit map title names after its colon ("Missing must-have: PRINCE2" → "PRINCE2"),
    or "" when that is a quoted or cut advert line rather than a short name."""
    _, colon, detail = title.partition(": ")
    detail = detail.strip()
    if not colon or not detail or any(mark in detail for mark in '"“”…;:'):
        return ""
    return detail if len(detail.split()) <= MAX_DETAIL_WORDS else ""


def titled_kind(text: str, fit: dict[str, Any] | None) -> str:
    """The kind of the fit map's concern the debrief names by its title, or ""."""
    wanted = _clean(text).casefold()
    return next((concern.kind for concern in read_fit(fit).concerns
                 if concern.title and _clean(concern.title).casefold() == wanted), "")


def titled_clause(text: str, fit: dict[str, Any] | None, templates: LetterFile) -> str:
    """The concern said in words (``concern.by_kind``, or ``by_kind_named`` with what the title
    names) when the debrief names it by a title of the fit map ("Step up in scope: team of 9 →
    17"); "" for a concern in the user's words."""
    wanted = _clean(text).casefold()
    for concern in read_fit(fit).concerns:
        if concern.title and _clean(concern.title).casefold() == wanted:
            named = templates.concern.by_kind_named.get(concern.kind, "")
            detail = _detail(_clean(concern.title))
            if named and detail:
                return named.format(detail=_lower_first(detail))
            by_kind = templates.concern.by_kind
            return by_kind.get(f"{concern.kind}.{concern.variant}", by_kind.get(concern.kind, ""))
    return ""


def _said_by_kind(kind: str, templates: LetterFile) -> set[str]:
    """Every clause ``by_kind`` says a concern of this kind in (its own and its variants')."""
    return {text for key, text in templates.concern.by_kind.items()
            if key == kind or key.startswith(f"{kind}.")}


FIRST_PERSON_VERB = {"has": "have", "is": "am", "was": "was", "does": "do", "hasn't": "haven't",
                     "isn't": "am not", "doesn't": "don't", "wasn't": "wasn't"}
"""A concern noted about the candidate in the third person, said back in the first."""


def concern_clause(concern: str) -> str:
    """A concern as it reads on from "your concern": what the debrief noted the candidate lacks
    becomes "that I have not led a team of 200" ("Has not led…", "Lacks…", "No formal…", "Never
    worked…"); anything else "about <the concern>"."""
    text = _lower_first(_clean(concern))
    tokens = [token for token in spacy_pipeline()(text[:300]) if not token.is_space]
    if not tokens:
        return ""
    first = tokens[0]
    rest = text[first.idx + len(first.text):]
    if first.text == "I":
        return f"that {text}"
    worry = _worry_opening(tokens)
    if worry:  # "Worried about the time away": "about the time away", not "about worried about"
        return worry
    if first.lower_ in FIRST_PERSON_VERB:
        return f"that I {FIRST_PERSON_VERB[first.lower_]}{rest}"
    if first.tag_ == "VBZ":  # "lacks board exposure": "that I lack board exposure"
        return f"that I {first.lemma_ or first.lower_[:-1]}{rest}"
    if first.lower_ in {"no", "never", "only", "little", "limited"}:
        return f"that I have {text}"
    return f"about {text}"


_WORRY_NOUNS = frozenset({"concern", "concerns", "worry", "worries", "doubt", "doubts",
                          "question", "questions", "reservation", "reservations"})
_WORRY_LINKS = frozenset({"about", "that", "whether", "over", "regarding", "around", "on", "if"})


def _worry_opening(tokens: list[Any]) -> str:
    """A concern noted with the interviewer's state or the word for a concern before what it is
    about ("Worried about the time away", "Concerned that I have not led…", "Doubts over the
    budget"): the clause from the link word on ("about the time away", "that I have not led…");
    "" when the concern opens otherwise."""
    if len(tokens) < 3:
        return ""
    first, link = tokens[0], tokens[1]
    if link.lower_ not in _WORRY_LINKS:
        return ""
    stated = first.tag_ in {"JJ", "VBN", "VBD", "NNP", "RB"} or first.lower_ in _WORRY_NOUNS
    if not stated and not (link.lower_ in {"whether", "that"} and first.tag_.startswith("VB")):
        return ""  # "Travel about 40% of the time": the concern itself, said as it is
    rest = tokens[0].doc.text[link.idx + len(link.text):].strip()
    if link.lower_ == "that":
        return f"that {rest}"
    if link.lower_ in {"whether", "if"}:
        return f"about whether {rest}"
    return f"about {rest}"


def _addressee(debrief: Debrief, interviewer: str | None) -> Interviewer:
    """The interviewer the letter goes to: the one named, else the first on the panel."""
    if interviewer is None:
        return debrief.interviewers[0]
    person = debrief.interviewer(interviewer)
    if person is None:
        names = ", ".join(item.name for item in debrief.interviewers)
        raise InputError(
            f"{interviewer!r} is not one of the interviewers in the round {debrief.round} debrief.",
            hint=f"Use one of: {names}.",
        )
    return person


GOOD_ENOUGH = 3
"""A question is thanked for by quoting it only if the answer went at least this well."""


def _best(questions: list[AskedQuestion], *, least: int = 1) -> AskedQuestion | None:
    """The question that went best (the first of equals), if it went at least ``least``."""
    best: AskedQuestion | None = None
    for question in questions:
        if question.text and question.rating >= least and (best is None or question.rating > best.rating):
            best = question
    return best


def _quoted(question: str) -> str:
    """A question's words to quote inside a sentence: no closing full stop."""
    return question.strip().rstrip(".")


def _thanks(debrief: Debrief, person: Interviewer, templates: LetterFile, values: dict[str, str]) -> str:
    """The opening thanks, naming something specific this interviewer discussed.

    In order: a topic of their own question, a topic of the whole interview, their question that
    went well, anyone's topic, anyone's question that went well, then their question that went best.
    """
    own = [question for question in debrief.questions if question.asked_by == person.name]
    choices: list[tuple[str, str]] = []
    for question in own:
        if question.topic:
            choices.append(("topic", question.topic))
    for topic in debrief.topics:
        choices.append(("topic", topic))
    everyone = list(debrief.questions)
    own_good = _best(own, least=GOOD_ENOUGH)
    if own_good is not None:
        choices.append(("question", own_good.text))
    for question in everyone:
        if question.topic:
            choices.append(("topic", question.topic))
    for fallback in (_best(everyone, least=GOOD_ENOUGH), _best(own), _best(everyone)):
        if fallback is not None:
            choices.append(("question", fallback.text))
    # a topic typed as a number or a stray key ("4") names nothing to thank anyone for
    choices = [(kind, text) for kind, text in choices
               if kind != "topic" or re.search(r"[^\W\d_]{3,}", text)]
    if not choices:
        values["topic"] = ""
        return ""
    kind, text = choices[0]
    if kind == "topic":
        phrase = topic_phrase(_clean(text))  # "Tell me about X" names X; a question is quoted
        if phrase is not None:
            values["topic"] = phrase
            return templates.thanks.topic.format(**values)
    values["topic"] = _quoted(text)
    return templates.thanks.question.format(**{**values, "question": _quoted(text)})


def _addition(debrief: Debrief, person: Interviewer, templates: LetterFile, values: dict[str, str]) -> str:
    """One point added to this interviewer's weakest answer, when the debrief says what to add."""
    weakest: AskedQuestion | None = None
    for question in debrief.questions:
        if not question.add_now or not question.text:
            continue
        if question.asked_by not in (None, person.name):
            continue
        if weakest is None or question.rating < weakest.rating:
            weakest = question
    if weakest is None:
        return ""
    text = " ".join(weakest.add_now.split())
    if ":" in text and templates.addition_sentence:  # "a 90-day plan: …" after "one point:" reads twice
        return templates.addition_sentence.format(**{**values, "question": _quoted(weakest.text),
                                                     "addition": as_sentence(text)})
    return templates.addition.format(**{**values, "question": _quoted(weakest.text),
                                        "addition": _clause(weakest.add_now)})


def draft_letter(
    app: ApplicationView,
    debrief: Debrief,
    templates: LetterFile,
    *,
    today: date,
    interviewer: str | None = None,
    sender: str | None = None,
) -> Letter:
    """Draft the thank-you letter to one interviewer (default: the first) from one debrief.

    Pure: the same inputs give the same letter. What could not be filled in (no fit map,
    an open concern without a plan, no name to sign with) is listed in ``warnings``.
    """
    person = _addressee(debrief, interviewer)
    warnings: list[Advice] = []
    signature = (sender or app.candidate or "").strip()
    if not signature:
        signature = templates.missing_sender
        warnings.append(Advice("Sign the letter: give your name as the sender, or save it in your "
                               "profile.", NextStep.SIGN_LETTER))
    values: dict[str, str] = {
        "interviewer": person.greeting_name,
        "company": spoken_name(app.company, patterns_for().legal_forms),  # no "join Acme GmbH"
        "title": app.title,
        "when": _when(debrief.held_on, today),
        "candidate": signature,
    }
    if person.needs_title:
        warnings.append(Advice(f"You chose to greet {person.name} by title and surname, but the "
                               "debrief gives no title: add it (Dr, Ms, Mr), or the letter uses "
                               "the full name."))
    paragraphs: list[str] = []
    thanks = _thanks(debrief, person, templates, values)
    if thanks:
        paragraphs.append(thanks)
    else:
        warnings.append(Advice("Nothing specific to thank them for: add a topic you discussed to "
                               "the debrief."))

    view = read_fit(app.fit)
    needs = choose_needs(view, templates)
    # The intro claims a close match: only two needs shown strongly earn it. With fewer, one
    # result of the candidate's is added, told as what they bring.
    fit_lines = [templates.fit.intro.format(**values)] if len(needs) >= MAX_NEEDS else []
    fit_lines += [need.sentence for need in needs]
    result = ""
    if len(needs) < MAX_NEEDS:
        result = fallback_result(view, templates, {need.quote for need in needs})
        if result:
            fit_lines.append(result)
    if fit_lines:
        paragraphs.append(" ".join(fit_lines))
    if len(needs) < MAX_NEEDS:
        found = "no requirement" if not needs else "only one requirement"
        added = (" It adds one of your results instead, without claiming it meets a need."
                 if result else "")
        strong = len({match.requirement_id for match in view.matches
                      if match.strength == "strong" and match.quote.strip()})
        lead = (f"The fit map has {found} matched strongly with a quote from your résumé"
                if strong <= len(needs) else
                f"Of the {strong} requirement{'s' if strong > 1 else ''} the fit map matches strongly, "
                f"the letter can tell {len(needs) or 'none'} in your own words (a profile or title "
                "line is not something you did)")
        warnings.append(Advice(
            f"{lead}, so the letter restates the fit against fewer than two of the role's needs." + added +
            (" Map the job description against your résumé first." if app.fit is None else
             " Check the fit map: a requirement you meet in full may be missing from your résumé.")
        ))

    addition = _addition(debrief, person, templates, values)
    if addition:
        paragraphs.append(addition)

    concerns: list[LetterConcern] = []
    concern_lines: list[str] = []
    said: set[tuple[str, str]] = set()
    kinds_said: set[str] = set()
    for raised in debrief.open_concerns:
        if raised.raised_by and raised.raised_by != person.name:
            warnings.append(Advice(
                f"{raised.raised_by} raised {raised.text!r}: answer it in your letter to them.",
                NextStep.LETTER_TO, raised.raised_by,
            ))
            continue
        plan = concern_plan(raised, app.fit)
        if not plan:
            warnings.append(Advice(
                f"The concern {raised.text!r} is still {raised.handled} and has no plan: add one "
                "to the debrief (a concrete step and when), and the letter will answer it."
            ))
            continue
        if len(concerns) >= MAX_CONCERNS:
            continue
        template = templates.concern.open if raised.handled == "open" else templates.concern.partly
        committed = commitment(plan)
        clause = titled_clause(raised.text, app.fit, templates) or concern_clause(raised.text)
        if any(committed == earlier for _, earlier in said):
            continue  # two concerns answered by one plan: the plan is said once
        kind = titled_kind(raised.text, app.fit)
        generic = kind in kinds_said and clause in _said_by_kind(kind, templates)
        if any(clause == earlier for earlier, _ in said) or generic:
            said.add((clause, committed))
            clause = templates.concern.another  # two concerns of one kind would open alike
        else:
            said.add((clause, committed))
        kinds_said.add(kind)
        if templates.concern.same_steps and any(shares_a_run(committed, earlier)
                                                for _, earlier in said if earlier != committed):
            # the plan would say again what an earlier plan said: name the concern, once
            concern_lines.append(templates.concern.same_steps.format(**{**values, "concern": clause}))
            concerns.append(LetterConcern(raised.text, raised.handled, committed))
            continue
        told = committed
        if raised.handled == "open" and concern_lines and templates.concern.open_again:
            template = templates.concern.open_again
            told = _lower_first(committed)  # it follows a colon
        concern_lines.append(template.format(**{**values, "concern": clause, "plan": told}))
        concerns.append(LetterConcern(raised.text, raised.handled, committed))
    if concern_lines:
        paragraphs.append(" ".join(concern_lines))

    promise_lines: list[str] = []
    promises: list[str] = []
    for promise in debrief.promises:
        if promise.to and promise.to != person.name:
            continue
        what = _clean(promise.what)
        if promise.delivery == "attached":  # attached now: "by Friday" said then is no longer true
            what = split_deadline(what)[0]
            line = templates.promise.attached.format(**{**values, "what": what})
        elif promise.by is not None:  # the date given replaces the deadline typed with it
            what = split_deadline(what)[0]
            line = templates.promise.to_follow_dated.format(
                **{**values, "what": what, "by": long_date(promise.by)})
        else:
            line = templates.promise.to_follow.format(**{**values, "what": what})
        if promise_lines:
            promise_lines.append(as_sentence(line))
        else:
            promise_lines.append(f"{templates.promise.opening} {_lower_first(line)}")
        promises.append(what)
    if promise_lines:
        paragraphs.append(" ".join(promise_lines))

    closing = [templates.more_information.format(**values)]
    step = debrief.next_step
    reported = templates.interest.said if step is not None and is_clause(step.what) else None
    if step is not None and reported is not None:  # "They will decide …": a clause, not a noun
        line = reported.dated if step.by is not None and step.by >= today else reported.plain
        closing.append(line.format(**{**values, "next_step": _lower_first(_clean(step.what)),
                                      "by": long_date(step.by) if step.by is not None else ""}))
    elif step is not None and step.by is not None and step.by >= today:
        closing.append(templates.interest.next_step_dated.format(
            **{**values, "next_step": _lower_first(_clean(step.what)), "by": long_date(step.by)}))
    elif step is not None and step.by is not None:  # its day has passed: no date looked forward to
        closing.append(templates.interest.next_step_passed.format(
            **{**values, "next_step": _lower_first(_clean(step.what))}))
    elif step is not None:
        closing.append(templates.interest.next_step.format(
            **{**values, "next_step": _lower_first(_clean(step.what))}))
    else:
        closing.append(templates.interest.plain.format(**values))
    paragraphs.append(" ".join(closing))

    greeting = templates.greeting.format(**values)
    sign_off = f"{templates.sign_off.format(**values)}\n{signature}"
    body = "\n\n".join([greeting, *paragraphs, sign_off]) + "\n"
    return Letter(
        application_id=app.id,
        interviewer=person.name,
        interviewer_role=person.role,
        interviewer_email=person.email,
        subject=templates.subject.format(**values),
        body=body,
        sender=signature,
        held_on=debrief.held_on,
        round=debrief.round,
        topic=values.get("topic", ""),
        needs=tuple(needs),
        concerns=tuple(concerns),
        promises=tuple(promises),
        warnings=tuple(warnings),
    )


def filler_in(text: str, templates: LetterFile) -> list[str]:
    """The generic-letter phrases (``filler`` in letter.yaml) that appear in ``text``."""
    lowered = text.lower().replace("’", "'")
    return [phrase for phrase in templates.filler if phrase.lower() in lowered]


def tone_findings(text: str, *, kb: KnowledgeBase) -> list[Finding]:
    """The analyser's tone findings (clichés, pompous claims, blame, badmouthing) on a text."""
    enabled: dict[str, bool] = {}
    for rule_id in kb.rules:
        enabled[rule_id.split(".")[0]] = False
    enabled["tone"] = True
    context = AnalysisContext(family="stress_resistance",
                              rules=RuleConfig(enabled=enabled, whole_answer=False))
    report = analyse(TONE_QUESTION, text, context=context, kb=kb)
    return [finding for finding in report.findings if finding.rule.startswith("tone.")]


def letter_text(letter: Letter) -> str:
    """The letter as plain text with its address and subject on top."""
    to = letter.interviewer
    if letter.interviewer_email:
        to += f" <{letter.interviewer_email}>"
    return f"To: {to}\nSubject: {letter.subject}\n\n{letter.body}"


def letter_eml(letter: Letter, *, written_at: datetime) -> bytes:
    """The letter as an unsent email (.eml) to open in a mail program, check and send."""
    message = EmailMessage()
    if letter.interviewer_email:
        username, _, domain = letter.interviewer_email.partition("@")
        message["To"] = Address(display_name=one_line(letter.interviewer),
                                username=one_line(username), domain=one_line(domain))
    else:
        # No address yet: an empty group keeps the name and stays a valid header.
        message["To"] = Group(display_name=one_line(letter.interviewer))
    message["Subject"] = one_line(letter.subject)
    message["Date"] = format_datetime(written_at)
    message["X-Unsent"] = "1"
    message.set_content(plain_newlines(letter.body))
    return message.as_bytes()
