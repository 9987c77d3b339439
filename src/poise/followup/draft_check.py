"""Every sentence Poise drafts for the candidate, checked as they would read it the night before.

A draft (a letter, a follow-up note, a concern answer, a salary answer) is split into its lines; a
line that ends like a sentence is parsed and each sentence checked for what would embarrass the
candidate: a placeholder left in, a word said twice, no verb, a résumé sentence pasted whole, a
company's legal form said aloud ("at Acme GmbH"), a lower-case start, broken punctuation, "a" before
a vowel, a sentence said twice, a certificate promised sooner than its study time allows, a step
of preparation claimed as taken ("I have booked lessons"), résumé shorthand said aloud (a
bracketed list, a list read out after a colon), and the analyser's tone rules. A line that is no sentence (a
greeting, a signature, a subject) is checked for placeholders, doubled words and punctuation only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from poise.analysis.article import either_article, needs_an
from poise.analysis.nlp import spacy_pipeline
from poise.analysis.tags import verb_lemma
from poise.content.loader import KnowledgeBase
from poise.fit.concerns.wording import PAST_IRREGULAR, PRESENT_VERBS, opens_with_duty
from poise.fit.dates import OPEN_END
from poise.fit.lexicon import FitPatterns
from poise.fit.places import known_places
from poise.followup.restated import restated_problems
from poise.followup.voice import opening_formula, result_splice, said_by_me_as_a_verb
from poise.prep.numbers import number_value
from poise.prep.quiz import ORDINALS

MIN_PASTED_WORDS = 6
"""A résumé sentence this long or longer found whole inside a drafted sentence is a paste."""

_PLACEHOLDER = re.compile(r"\[[^\]\n]{0,40}\]|\{[a-z_]*\}|\bTODO\b|\bXXX?\b|…|\.\.\.")
_DOUBLED = re.compile(r"\b([A-Za-z][a-z']*)\s+\1\b(?!\$)", re.IGNORECASE)
"""A word said twice; not an article before a currency's letter ("a A$1.2 billion grant")."""
_DOUBLED_OK = frozenset({"had", "that"})
"""Words English may say twice on purpose ("what it had had", "that that")."""
_PUNCTUATION = re.compile(r"\s[,.;:!?](?!\d)|[,;:]\s*[.!?]|\.\.(?!\.)|,,|\.\s*,|\(\s*\)|  +")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Za-z]{1,4}|[A-Z]+|[A-Z]*(?:[A-Za-z]\.)+[A-Za-z]?)\.$")
"""A word whose full stop is an abbreviation's: a short word, initials ("G.A.P."), or a name
that ends in initials ("GLOBALG.A.P.")."""
_TOLD_AS_MINE = re.compile(r"(?:\bI|\bI am|\bI was|\bmy remit covers(?: an?| the)?|"
                           r"\bmy remit covered(?: an?| the)?|\bI am the|\bI was the)\s$")
"""What a résumé line is told after when the draft restates it as the candidate's own clause."""
_SHOUTED = re.compile(r"\b[A-Z]{3,}[A-Z.&'-]*(?:\s+(?:&\s+)?[A-Z]{2,}[A-Z.&'-]*)+\b")
"""Two words or more in capitals ("CAPITOL LAKES HEALTH"): a name pasted as the résumé shouts it."""
_RUN_ON = re.compile(r",\s+and\s+I\s")
"""Clauses chained with ", and I": twice in a sentence reads as a pasted list."""
_ARTICLE = re.compile(r"(?<![&\w])(a|an)\s+([A-Za-z][\w'’-]*(?:\.[A-Za-z]+)*\.?)", re.IGNORECASE)
"""An article and the word after it ("FP&A and" holds none: the "A" closes a name)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a drafted sentence: its kind and what exactly."""

    kind: str
    detail: str


def _shouts(words: str) -> bool:
    """True for a name in capitals ("CAPITOL LAKES HEALTH"), not acronyms side by side ("NHS HR",
    "APICS CPIM"): a word of six letters or more, or three words with one of five."""
    lengths = [len(word.strip(".&'-")) for word in words.split()]
    return max(lengths) >= 6 or (len(lengths) >= 3 and max(lengths) >= 5)


COUNTED_AWARDS = frozenset({"degree", "diploma", "certificate", "licence", "license",
                            "qualification", "apprenticeship", "doctorate"})
"""Awards counted one by one: said alone ("a degree", "my diploma"), never bare."""
_BEFORE_A_BARE_NOUN = frozenset({"IN", "VB", "VBP", "VBZ", "VBD", "VBG", "VBN", ":"})
_ASKING_WORDS = frozenset({"looking", "need", "needs", "ask", "asks", "asked", "want", "wants"})
"""Words after which a need is named ("looking for", "a need for"): a duty's verb there reads as
a noun to the tagger in context, so the words from it are tagged again as a clause of their own."""
_VERB_AFTER_PREPOSITION = frozenset({"for", "of", "with", "about", "on", "in", "at", "from"})
"""Prepositions a verb's base form never follows with its object ("looking for track the
market"); "to" is no preposition here ("able to lead a team")."""
_REQUIREMENT_RULE = re.compile(
    r"\b(?:looking for|need|needs)\b[^,;:.]*?\s(?:is|are)\s+(?:(?:highly|strongly)\s+)?"
    r"(?:preferred|required|essential|desirable|mandatory|expected|welcome|a plus|an advantage)\b",
    re.IGNORECASE)
"""The advert's rule about a need left inside the sentence that names it ("You also need
proficiency in Mandarin is preferred to …")."""
_STUTTER_WORDS = frozenset({"about", "of", "for", "with", "on", "at", "by", "from", "that"})
_BARE_NEED = re.compile(r"\b(?:need|needs|needed|looking for|require|requires|asks? for)\s+"
                        r"(?:(?:proven|strong|demonstrable|successful|solid|clear|good)\s+)*"
                        r"(?:track record|E?MBA|MSc|BSc|PhD|DBA|MPA|MPH|LLM)\b")
"""A need named by a record or a degree's letters with no article ("You also need MBA", "looking
for proven track record of …"): a counted thing, said "an MBA", "a proven track record"."""
_BARE_MONEY = re.compile(r"\b(?:budget|budgets|P&L|turnover|revenue|spend|savings?|cost base|capex|opex)"
                         r"\s+(?:of\s+)?(?:about\s+|approx\.\s+|around\s+|up to\s+)?"
                         r"(?<![$£€¥₹])\b\d+(?:\.\d+)?(?:k|M|bn)\b", re.IGNORECASE)
"""An amount of money in the form Poise writes it ("9.2M", "850k") with no currency before it
("a step up from a P&L of 9.2M"): the currency the résumé or the advert stated was dropped."""
_SITE_WORDS = r"(?:campus|site|plant|office|headquarters|premises|depot|factory|mine|works)"
"""Common nouns that close a site's name ("Spokane campus"): a place of work, not a home."""
_NEED_IN_THE_ADVERTS_VOICE = re.compile(r"\b(?:You are looking for|You also need|you also need)\b[^:;]*?"
                                        r"\b(?:our|ours|us|we)\b")
"""A need read back with the advert's words for the employer ("You are looking for someone to
develop our ISO 13485 system"): in the candidate's letter the employer is "you"."""
_HOME_VERBS = r"(?:living|live|lives|move|moving|relocate|relocating|settle|settling)\s+(?:in|to)"


_SUBJECT_AS_OBJECT = re.compile(r"\b(?:the|a|an|my|our|your)\s+I\s+(?:am|was|have|had|lead|led|"
                                r"run|ran|hold|held|manage|managed|\w+ed)\b")
"""The candidate's "I" after a determiner ("I was the I am currently Head of …"): a first-person
résumé sentence told again inside a clause of Poise's own."""
_CLAUSE_BREAKS = frozenset({"CC", "IN", "WDT", "WP", "WRB", ":"})
_REMIT_OVER_A_PERSON = re.compile(r"\bmy remit cover(?:s|ed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                                  r"(?:holder|owner|manager|lead|head|director|member|user)\b",
                                  re.IGNORECASE)
"""A remit said to cover a person ("my remit covers a budget holder for …"): the candidate's part,
named by a noun, told as a scale."""
_NO_OBJECT_DUTY = re.compile(r"\bsomeone to (?:work|exist|emerge|evolve|function|live|remain)\s+"
                             r"(?!with\b|on\b|in\b|across\b|for\b|to\b|closely\b|alongside\b|"
                             r"as\b|at\b|under\b|within\b)[a-z]", re.IGNORECASE)
"""A need told as a duty whose verb takes no object ("someone to work knowledge of …"): an
adjective in -ing ("working knowledge") read as the duty's verb."""
_NEED_GLOSS = re.compile(r"\b(?:looking for|also need)\b[^:]*?\s[–—-]\s+(?:it|this|that|we|you|they)\s",
                         re.IGNORECASE)
"""The advert's own clause left after a need ("fluent English – it is our company language")."""
_IN_PROGRESS_RUNG = re.compile(r"\bmy certification is [^,.;]*\bin progress\b", re.IGNORECASE)
"""An award under way told as a certificate held one level down ("my certification is ACCA in
progress")."""
_SUBJECTLESS_ONGOING = re.compile(r"\b(?:and|but)\s+(?:currently|now|still)\s+[a-z]+ing\b")
"""A second action in -ing with no subject nor verb before it ("I completed the analysis and
currently leading the work")."""
_NUMBERED_NAME = re.compile(r"\b(?i:at|join|with|for)\s+\(?\d{1,2}[.)](?:\s+[A-Z][\w&'’-]*|$)")
"""An employer said with the résumé's list number ("at 1. Vistaar CX Solutions"); the sentences
are cut after "1.", so the number may end one."""
_HOLD_WITHIN = re.compile(r"\b(?:hold|pass|complete|obtain|gain|achieve|be awarded)\b[^.;]{0,80}?"
                          r"\bwithin (?:my|the) first (?:\w+ )?(?:days?|weeks?|months?|quarter)\b",
                          re.IGNORECASE)
"""A promise to hold an award within the first months: unrealistic for a degree or a chartered
qualification (content/fit/concerns.yaml, ``long_study``)."""


_PROMISE_TO_HOLD = re.compile(
    r"\b(?:hold|pass|complete|obtain|gain|achieve|earn|qualify|be awarded|"
    r"(?:be|become|get) (?:[\w-]+ )?(?:certified|qualified))\b", re.IGNORECASE)
"""A promise to hold an award ("hold it", "be change-management certified")."""
_UNIT_WEEKS = {"day": 1 / 7, "week": 1.0, "month": 52 / 12, "quarter": 13.0, "year": 52.0}
_WINDOW = re.compile(
    r"\b(?:within|in|over) (?:my|the) first (?P<count>\d+|[a-z]+)? ?(?P<unit>day|week|month|quarter|year)s?\b"
    r"|\bby the end of (?:my|the) (?P<nth>[a-z]+) (?P<nth_unit>week|month|quarter|year)\b"
    r"|\bby day (?P<day>\d+)\b|\bwithin (?P<within>\d+|[a-z]+) (?P<within_unit>day|week|month)s\b"
    r"|\b(?P<now>straight away|right away|immediately)\b", re.IGNORECASE)
"""The time a plan gives itself, counted in weeks from the start."""
STUDY_MARGIN_WEEKS = 2
"""Weeks a plan needs beyond a course's study time to book and sit the exam."""


def _window_weeks(found: re.Match[str]) -> float:
    """The weeks a matched window gives ("within my first 30 days" → 4.3, "by the end of my
    second month" → 8.7, "straight away" → 0)."""
    if found.group("now"):
        return 0.0
    if found.group("day"):
        return int(found.group("day")) / 7
    if found.group("nth"):
        number = ORDINALS.get(found.group("nth").lower(), 1)
        return number * _UNIT_WEEKS[found.group("nth_unit").lower()]
    count = found.group("count") or found.group("within") or "1"
    unit = (found.group("unit") or found.group("within_unit") or "month").lower()
    amount = number_value(count) or 1.0
    return amount * _UNIT_WEEKS[unit]


def too_soon_promise(sentence: str, study_times: tuple[tuple[str, int], ...]) -> str:
    """The award a sentence promises to hold sooner than its study time allows, with a margin to
    sit the exam ("be change-management certified within my first 30 days", "hold the Black
    Belt by the end of my first quarter"), or "". ``study_times`` holds each certificate's
    pattern and weeks (content/fit/concerns.yaml ``study_times``); an award it does not name
    counts as at least ``STUDY_MARGIN_WEEKS`` weeks."""
    promise = _PROMISE_TO_HOLD.search(sentence)
    if promise is None:
        return ""
    windows = [found for found in _WINDOW.finditer(sentence) if found.start() > promise.start()
               and not re.search(r"[,;]", sentence[promise.end():found.start()])]
    # the window of another clause ("complete the training before I start, and within my first
    # 30 days shadow your users") dates that clause's step, not the award
    if not windows:
        return ""
    weeks = next((study for pattern, study in study_times
                  if re.search(pattern, sentence, re.IGNORECASE)), 0)
    if not weeks and not re.search(r"\bcertif|\bqualif|\bexam\b", sentence, re.IGNORECASE):
        return ""
    if _window_weeks(windows[0]) < weeks + STUDY_MARGIN_WEEKS:
        return f"{promise.group(0)} … {windows[0].group(0)}"
    return ""


_INVENTED_STEPS = frozenset({"book", "start", "begin", "discuss", "talk", "enrol", "enroll",
                             "register", "arrange", "speak", "keep", "sign", "research", "look",
                             "visit", "agree"})
"""Steps of preparation a draft may not claim for the candidate ("I have booked lessons", "I have
discussed the move with my family"): Poise cannot know they were taken. A plan says what the
candidate will do; what they did already is theirs to add."""


def invented_step(doc: Any) -> str:
    """The words of a first-person claim that a preparatory step was already taken ("I have
    booked", "My partner and I have talked it through", "I already looked at"), or "": "I",
    then "have" (or "already" before a past form), adverbs, and the step's past form, read
    from the tagger's parts of speech."""
    tokens = [token for token in doc if not token.is_space]
    for number, token in enumerate(tokens):
        if token.text != "I" or (number and tokens[number - 1].tag_ in {"NN", "NNS", "NNP"}):
            continue  # "the market data I have looked at": a relative clause about a thing
        at = number + 1
        perfect = at < len(tokens) and tokens[at].lower_ in {"have", "'ve"}
        at += perfect
        already = False
        while at < len(tokens) and tokens[at].tag_ == "RB":
            already = already or tokens[at].lower_ == "already"
            at += 1
        if at >= len(tokens) or not (perfect or already):
            continue
        verb = tokens[at]
        if verb.tag_ in {"VBN", "VBD"} and verb_lemma(verb.lower_) in _INVENTED_STEPS:
            return " ".join(item.text for item in tokens[number:at + 1])
    return ""


_LISTED_ASIDE = re.compile(r"\((?=[^()]*,[^()]*,)[^()\d]*\)")
"""A bracket holding a list of three or more and no figure ("(SRE, Cloud Platform,
Observability)"): résumé shorthand, which nobody says aloud."""
_READ_OUT_LIST = re.compile(r",\s+I (?!would\b|will\b|could\b|can\b|might\b)[a-z]+\b[^:.;?]*"
                            r":\s(?!at\b|in\b|I\b|my\b)")
"""A told résumé clause ("at Pennine Housing, I lead …") followed by a colon and a list ("…
all landlord services: tenancy, income, …"): the résumé line read out. The templates' own
colons ("I understand why you ask: …") open no told clause."""


def _spoken_problems(sentence: str) -> list[Problem]:
    """What a sentence said aloud (a concern answer, a salary answer) may not hold: a bracketed
    list, or a list read out after a colon."""
    problems: list[Problem] = []
    aside = _LISTED_ASIDE.search(sentence)
    if aside is not None:
        problems.append(Problem("résumé shorthand", aside.group(0)[:60]))
    read_out = _READ_OUT_LIST.search(sentence)
    if read_out is not None:
        problems.append(Problem("résumé shorthand", read_out.group(0)[-60:]))
    return problems


def _comma_splice(tokens: list[Any]) -> bool:
    """True when a sentence that opens "I will …"/"I would …" goes on after a comma with another
    subject and its verb and nothing to join them ("I will make up for it, within 90 days I would
    agree …"): two sentences spliced with a comma."""
    if len(tokens) < 4 or tokens[0].text != "I" or tokens[1].tag_ != "MD":
        return False
    for number, token in enumerate(tokens):
        if token.text != ",":
            continue
        for later, item in enumerate(tokens[number + 1:], start=number + 1):
            if item.tag_ in _CLAUSE_BREAKS and item.lower_ not in {"in", "within", "by", "at",
                                                                    "on", "for", "during", "after"}:
                break
            if item.text == ",":
                break
            if (item.tag_ == "PRP" and item.lower_ in {"i", "we"} and later + 1 < len(tokens)
                    and tokens[later + 1].tag_ in {"MD", "VBD", "VBP"}):
                return True
    return False


def _grammar_problems(doc: Any) -> list[Problem]:
    """An award with no article ("You are looking for completed technical degree"), and a word
    that links a clause said again over a word of state ("your concern about worried about the
    move"); over a noun it is sound English ("looking for accountability for a budget")."""
    problems: list[Problem] = []
    tokens = [token for token in doc if not token.is_space]
    for pattern, kind in ((_REMIT_OVER_A_PERSON, "remit over a person"),
                          (_NO_OBJECT_DUTY, "need not a noun"), (_NEED_GLOSS, "need not a noun"),
                          (_IN_PROGRESS_RUNG, "award under way as a rung"),
                          (_SUBJECTLESS_ONGOING, "no verb")):
        found = pattern.search(doc.text)
        if found is not None:
            problems.append(Problem(kind, found.group(0)[:60]))
    said_twice = _SUBJECT_AS_OBJECT.search(doc.text)
    if said_twice is not None:
        problems.append(Problem("subject said twice", said_twice.group(0)))
    if _comma_splice(tokens):
        problems.append(Problem("comma splice", doc.text[:60]))
    spliced = result_splice(tokens)
    if spliced is not None:  # "I automated invoice entry, touchless rate increased from …"
        problems.append(Problem("comma splice",
                                " ".join(item.text for item in tokens[max(0, spliced - 3):spliced + 4])))
    for number, token in enumerate(tokens):
        if (token.lower_ in _ASKING_WORDS and number + 2 < len(tokens)
                and ((tokens[number + 1].lower_ == "for" and tokens[number + 2].lower_ == "you")
                     or (tokens[number + 1].tag_ == "JJ" and tokens[number + 1].is_lower
                         and tokens[number + 2].tag_ == "IN"
                         and tokens[number + 2].lower_ != "of" and token.lower_.startswith("need")))):
            # "You are looking for you've shipped …", "You also need fluent in English": the
            # advert's words about the reader, pasted where the need's noun should be
            problems.append(Problem("need not a noun",
                                    " ".join(item.text for item in tokens[number:number + 3])))
        if token.lower_ in COUNTED_AWARDS and token.tag_ == "NN" and token.text.islower():
            back = number - 1
            while back >= 0 and tokens[back].tag_ in {"JJ", "VBN", "NN", "HYPH", "RB"} \
                    and tokens[back].text.islower():
                back -= 1
            if back >= 0 and back < number - 1 and tokens[back].tag_ in _BEFORE_A_BARE_NOUN \
                    and tokens[back].lower_ not in {"or", "and", "of"}:
                words = " ".join(item.text for item in tokens[back:number + 1])
                problems.append(Problem("article", words))
        if (token.tag_ == "IN" and token.lower_ in _VERB_AFTER_PREPOSITION and number + 2 < len(tokens)
                and tokens[number + 1].tag_ in {"VB", "NN"} and tokens[number + 1].is_lower
                and tokens[number - 1].lower_ in _ASKING_WORDS
                and opens_with_duty(doc.text[tokens[number + 1].idx:])):
            # "You are looking for track brand health": a duty's verb read as the need's noun
            problems.append(Problem("verb after a preposition",
                                    " ".join(item.text for item in tokens[number:number + 3])))
        if (number + 2 < len(tokens) and token.lower_ in _STUTTER_WORDS and token.tag_ == "IN"
                and tokens[number + 2].lower_ == token.lower_ and tokens[number + 2].tag_ == "IN"
                and tokens[number + 1].tag_ in {"JJ", "VBN", "VBD"}):  # "for budgets for" is sound
            problems.append(Problem("stutter", " ".join(item.text for item in tokens[number:number + 3])))
    return problems


def _unbalanced(sentence: str) -> bool:
    """True when a bracket opens and never closes, or closes with none open: a line cut inside
    its aside ("… for 2 clients (US Telecom – Billing.")."""
    depth = 0
    for char in sentence:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return True
    return depth != 0


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


UNSTOPPED_WORDS = 8
"""A line this long is prose even without a full stop (and then lacks one), not a label."""


def _is_sentence_line(line: str) -> bool:
    """A line that reads as prose (ends like a sentence and has several words, or is long), not a
    label such as a greeting, a signature or a subject."""
    return (line[-1] in ".!?\"”" and len(line.split()) >= 4) or len(line.split()) >= UNSTOPPED_WORDS


_FULL_NAME_GREETING = re.compile(r"^Dear (?P<first>[A-Z][\w'’.-]*) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*,$")
_GREETING_TITLES = frozenset({"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir",
                              "dame", "lord", "lady", "rev", "cllr", "councillor"})
_NOT_ORDERS = frozenset({"thank", "let", "please", "have", "do", "be", "see", "note"})
_ENDS_A_SENTENCE = frozenset({"that", "this", "these", "those", "each", "both", "all", "either",
                              "neither", "another", "any"})
"""Determiners that end a whole sentence as words of their own ("1.2 million smolts each",
"I kept them all"); any other at the end means a line cut short ("approved by the.")."""
_OPENS_A_NOUN = frozenset({"the", "a", "an", "my", "our", "your", "their", "its"})
"""Words that only open a noun phrase, whatever the tagger calls them ("… reported to my.")."""
REPEAT_WORDS = 8
"""A run of this many words said twice in one draft is a repeat (one degree argued for two needs,
one clause for two concerns)."""


def line_problems(line: str) -> list[Problem]:
    """The problems any line can have, prose or not: placeholders, doubled words, punctuation,
    a greeting by full name ("Dear Maria Lopez," rather than "Dear Maria," or "Dear Dr Lopez,")."""
    problems: list[Problem] = []
    greeting = _FULL_NAME_GREETING.match(line)
    if greeting and greeting.group("first").rstrip(".").casefold() not in _GREETING_TITLES:
        problems.append(Problem("full-name greeting", line))
    for found in _PLACEHOLDER.finditer(line):
        problems.append(Problem("placeholder", found.group(0)))
    for found in _DOUBLED.finditer(line):
        if found.group(1).lower() not in _DOUBLED_OK:
            problems.append(Problem("doubled word", found.group(0)))
    for found in _PUNCTUATION.finditer(line):
        if found.group(0).startswith(".") and _ABBREVIATION.search(line[:found.start() + 1]):
            continue  # "Ltd.," "Co.,": an abbreviation's full stop before a comma
        problems.append(Problem("punctuation", repr(found.group(0))))
    return problems


def _resume_sentences(resume: str) -> list[str]:
    """The résumé's lines and their sentences, without bullets, long enough to count as pasted,
    as they open (with a capital): a clause the draft restates is lower-cased after "I "."""
    pieces: list[str] = []
    for raw in resume.splitlines():
        line = re.sub(r"^[\s\-–—•*·●▪◦>#|]+", "", raw).strip().strip("*_ ")
        for part in (piece for sentence in _sentences(line) for piece in sentence.split(";")):
            part = part.strip().rstrip(".;:, ")
            if len(part.split()) >= MIN_PASTED_WORDS and part[:1].isupper() and not _a_name(part):
                pieces.append(part)
    return pieces


NAME_JOINERS = frozenset({"of", "and", "the", "&", "for", "de", "la", "du", "und", "y"})


def _a_name(text: str) -> bool:
    """A line that is only a name ("Ashbrook Valley Hospitals NHS Foundation Trust"): saying it
    in a draft ("at Ashbrook Valley … Trust, I led …") names the employer, it pastes nothing."""
    return all(word[:1].isupper() or word.lower() in NAME_JOINERS for word in text.split())


@lru_cache(maxsize=4)
def _spoken_forms(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """A legal form said after a capitalised name ("at Acme Components GmbH, I led",
    "join Northwind Ltd", "at Mhondoro Platinum (Pvt)"): a company is said aloud without its form."""
    if not forms:
        return None
    spellings = {variant for form in forms for variant in (form, form.upper())}
    alternation = "|".join(re.escape(form).replace(r"\ ", r"\s+")
                           for form in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"\b[A-Z][\w&'’-]*,?\s+(?:&\s+)?(?:\((?:{alternation})\)|(?:{alternation})(?![\w]))")


def _legal_form_problems(sentence: str, forms: tuple[str, ...]) -> list[Problem]:
    pattern = _spoken_forms(forms)
    if pattern is None:
        return []
    for found in pattern.finditer(sentence):
        if not _town_and_state(found.group(0)):
            return [Problem("legal form", found.group(0))]
    return []


def _town_and_state(text: str) -> bool:
    """True when a legal form's letters after a name are the state or province of the town
    before them ("Calgary, AB": Alberta, not an aktiebolag)."""
    parts = [part.strip() for part in text.split(",")]
    return len(parts) == 2 and known_places().is_state(parts[1])


def long_study_promise(sentence: str, long_study: tuple[str, ...]) -> bool:
    """True when ``sentence`` promises to hold an award within the first days or months and names
    a qualification of long study (a degree, a chartered grade: ``long_study`` patterns)."""
    promise = _HOLD_WITHIN.search(sentence)
    if promise is None or not long_study:
        return False
    return any(re.search(pattern, sentence, re.IGNORECASE) for pattern in long_study)


@dataclass(frozen=True)
class Names:
    """What the checker knows of names from the content: institutions said with "the"
    (``names_with_the``) and the words that make a name an organisation's."""

    opening: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def _names_patterns(names: Names) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                                            re.Pattern[str] | None]:
    """The institution said without "the" ("at Department of Health", "in British Army"), and a
    home said to be an organisation ("living in Goulburn Base Hospital")."""
    def alternation(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(word.title()).replace(r"\ ", r"\s+")
                        for word in sorted(words, key=len, reverse=True))

    bare_opening = bare_closing = home = None
    if names.opening:
        bare_opening = re.compile(rf"\b(?:at|in|for|with|from|join|joined|joining)\s+"
                                  rf"(?:{alternation(names.opening)})\s+(?:of|for)\s+[A-Z]")
    if names.closing:
        bare_closing = re.compile(rf"\b(?:at|in|for|with|from|join|joined|joining)\s+"
                                  rf"(?!the\b|The\b|my\b|our\b|your\b)(?:[A-Z][\w'’-]*\s+){{1,2}}"
                                  rf"(?:{alternation(names.closing)})\b(?!\s+[A-Z])")
    if names.organisations:
        home = re.compile(rf"\b{_HOME_VERBS}\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}"
                          rf"(?:{alternation(names.organisations)}|{_SITE_WORDS})\b")
    return bare_opening, bare_closing, home


def _name_problems(sentence: str, names: Names) -> list[Problem]:
    """An institution's name said without its "the" ("at Department of Health", "in British
    Army"), and a home said to be a site ("living in Goulburn Base Hospital")."""
    problems: list[Problem] = []
    bare_opening, bare_closing, home = _names_patterns(names)
    for pattern in (bare_opening, bare_closing):
        found = pattern.search(sentence) if pattern is not None else None
        if found is not None:
            problems.append(Problem("name without its article", found.group(0)))
            break
    found = home.search(sentence) if home is not None else None
    if found is not None:
        problems.append(Problem("home at an organisation", found.group(0)))
    return problems


_ACTION_WITH_ARTICLE = re.compile(r"\bI (?P<verb>[a-z]+) (?:a|an|the) (?P<noun>[a-z]+) (?P<head>[a-z]+)\b")


def resume_compounds(resume: str) -> frozenset[str]:
    """The résumé's runs of three words, folded ("batch record review"): a draft that tells one as
    "I batch a record review" has read the first noun of a compound as a verb."""
    words = re.findall(r"[a-z]+", resume.casefold())
    return frozenset(" ".join(words[start:start + 3]) for start in range(len(words) - 2))


def _compound_as_action(sentence: str, compounds: frozenset[str]) -> str:
    """The words of a first-person action whose verb, object and head were one noun compound on
    the résumé ("I batch a record review" from "Batch record review and release of …"), or ""."""
    if not compounds:
        return ""
    for found in _ACTION_WITH_ARTICLE.finditer(sentence):
        verb = found.group("verb")
        if verb in PRESENT_VERBS or verb in PAST_IRREGULAR or verb.endswith(("ed", "s")):
            continue  # "I led a site team" from "Led site team": an action the article completes
        if f"{verb} {found.group('noun')} {found.group('head')}" in compounds:
            return found.group(0)
    return ""


_HOME_RE = re.compile(r"\bI (?:live|am based|am living) in (?P<place>(?:[^.;:]|\.(?=\s+[A-Z]))+?)"
                      r"(?:\s+today\b|[;:]|\.(?!\s+[A-Z])|$)")
_DATE_WORD_RE = re.compile(rf"(?i){OPEN_END}|(?:19|20)\d\d")
_LETTERS_PART_RE = re.compile(r"[A-Z][A-Za-z]*")


def home_not_a_place(sentence: str) -> str:
    """Where the candidate says they live, when it is no place: a date's open end or a year
    ("I live in Present today"), letters after a name ("I live in RN, BN, PGCert today") or a
    name in capitals ("I live in JANE DOE today"); "" otherwise."""
    found = _HOME_RE.search(sentence)
    if found is None:
        return ""
    place = found.group("place").strip()
    first = place.split(",")[0].strip()
    if not re.search(r"[^\W\d_]", first) or _DATE_WORD_RE.fullmatch(first):
        return place
    parts = [part.strip() for part in place.split(",") if part.strip()]
    if len(parts) >= 2 and all(_LETTERS_PART_RE.fullmatch(part) and sum(
            char.isupper() for char in part) >= 2 for part in parts):
        return place  # "RN, BN, PGCertHealthLeadership": letters after a name
    words = first.replace(".", " ").split()
    if len(words) >= 3 and all(word.isupper() and word.isalpha() for word in words):
        return place  # "MD. JANE ANN DOE": the name in capitals
    return ""


def sentence_problems(sentence: str, *, resume_sentences: list[str] = (),  # type: ignore[assignment]
                      legal_forms: tuple[str, ...] = (), long_study: tuple[str, ...] = (),
                      names: Names | None = None, resume_compounds: frozenset[str] = frozenset(),
                      patterns: FitPatterns | None = None,
                      study_times: tuple[tuple[str, int], ...] = (), spoken: bool = False
                      ) -> list[Problem]:
    """The problems of one prose sentence (besides ``line_problems``); with ``patterns`` a
    letter's need is also checked against the evidence argued for it (levels as data).
    ``study_times``: each certificate's pattern and weeks of study; ``spoken``: the sentence is
    said aloud (a concern answer), where résumé shorthand reads as pasted."""
    problems: list[Problem] = _legal_form_problems(sentence, legal_forms)
    if spoken:
        problems.extend(_spoken_problems(sentence))
    too_soon = too_soon_promise(sentence, study_times)
    if too_soon:
        problems.append(Problem("unrealistic plan", too_soon))
    problems.extend(Problem(kind, detail) for kind, detail in restated_problems(sentence, patterns))
    if len(re.findall(r":\s", re.sub(r"\([^()]*\)", "", sentence))) >= 2:
        # "a certification: IFMA … or RICS: my …" (a colon inside a name's brackets is the name's)
        problems.append(Problem("two colons", sentence[:60]))
    if names is not None:
        problems.extend(_name_problems(sentence, names))
    voice = _NEED_IN_THE_ADVERTS_VOICE.search(sentence)
    if voice is not None:
        problems.append(Problem("the advert's voice", voice.group(0)[-50:]))
    money = _BARE_MONEY.search(sentence)
    if money is not None:
        problems.append(Problem("money without its currency", money.group(0)))
    bare = _BARE_NEED.search(sentence)
    if bare is not None:
        problems.append(Problem("article", bare.group(0)))
    if long_study_promise(sentence, long_study):
        problems.append(Problem("unrealistic plan", sentence[:60]))
    stripped = sentence.lstrip("\"“'‘(")
    if stripped and stripped[0].isalpha() and stripped[0].islower():
        problems.append(Problem("capital", sentence[:30]))
    for found in _ARTICLE.finditer(sentence):
        article, word = found.group(1).lower(), found.group(2)
        if word.lower() in {"i"} or sentence.startswith("$", found.end()):
            continue  # "a A$410 million budget": a currency's letters, read as the sum
        if either_article(word):
            continue  # "a SOX-style framework" said as a word, "an SOX audit" letter by letter
        if (article == "a" and needs_an(word)) or (article == "an" and not needs_an(word)):
            problems.append(Problem("article", found.group(0)))
    shouted = next((found for found in _SHOUTED.finditer(sentence) if _shouts(found.group(0))), None)
    if shouted is not None:  # acronyms side by side ("NHS HR") are no shouting
        problems.append(Problem("capitals", shouted.group(0)))
    if _unbalanced(sentence):
        problems.append(Problem("bracket", sentence[:60]))
    numbered = _NUMBERED_NAME.search(sentence)
    if numbered is not None:
        problems.append(Problem("list number in a name", numbered.group(0)))
    home = home_not_a_place(sentence)
    if home:
        problems.append(Problem("home not a place", home))
    if "|" in sentence:  # "my remit covered 2018 | Lean Six Sigma …": a table's row pasted
        problems.append(Problem("table row", sentence[:60]))
    rule = _REQUIREMENT_RULE.search(sentence)
    if rule is not None:
        problems.append(Problem("requirement's rule", rule.group(0)[-60:]))
    if len(_RUN_ON.findall(sentence)) >= 2:
        problems.append(Problem("run-on", sentence[:60]))
    doc = spacy_pipeline()(sentence)
    opening = [token for token in doc if not token.is_punct and not token.is_space][:2]
    if (len(opening) == 2 and opening[0].tag_ == "VB" and opening[0].lower_ not in _NOT_ORDERS
            and not sentence.rstrip().endswith("?") and opening[1].tag_ in {"DT", "PRP$", "PRP"}):
        problems.append(Problem("plan as an order", sentence[:60]))
    elif (len(opening) == 2 and opening[0].tag_ in {"NN", "NNP"} and opening[1].tag_ in {"NNP", "NNPS"}
          and opening[0].lower_ not in _NOT_ORDERS and not sentence.rstrip().endswith("?")
          and not any(token.tag_ in {"VBD", "VBZ", "VBP", "MD"} for token in doc)
          and any(token.tag_ == "VB" for token in doc) and said_by_me_as_a_verb(opening[0].text)):
        # "Join Toastmasters and give a talk every month": an order, its verb read as a name
        problems.append(Problem("plan as an order", sentence[:60]))
    problems.extend(_grammar_problems(doc))
    invented = invented_step(doc)
    if invented:
        problems.append(Problem("invented step", invented))
    words_only = [token for token in doc if not token.is_punct and not token.is_space]
    if (len(words_only) >= 4 and sentence.rstrip().endswith(".")
            and (words_only[-1].tag_ in {"DT", "CC", "PRP$"} or words_only[-1].lower_ in _OPENS_A_NOUN)
            and words_only[-1].lower_ not in _ENDS_A_SENTENCE):
        # "… the business case approved by the.": a line cut before the words its last one opens
        problems.append(Problem("cut short", " ".join(token.text for token in words_only[-4:])))
    words = [token for token in doc if token.is_alpha]
    if len(words) >= 3 and not any(token.tag_.startswith("VB") or token.tag_ == "MD" for token in doc):
        problems.append(Problem("no verb", sentence[:60]))
    compound = _compound_as_action(sentence, resume_compounds)
    if compound:
        problems.append(Problem("noun compound told as an action", compound))
    for piece in resume_sentences:
        at = sentence.find(piece)
        if at < 0 or _TOLD_AS_MINE.search(sentence[:at]):
            continue  # not there, or restated: "Led 9 sites" told as "I led 9 sites"
        problems.append(Problem("pasted from the résumé", piece[:80]))
        break
    return problems


_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "st", "co", "ltd", "inc", "corp", "no", "prof",
                            "rev", "vs", "mt", "jr", "sr", "approx", "dept", "e.g", "i.e", "etc", "incl",
                            "excl", "est", "p.a", "ca", "pvt", "pty", "plc", "llc", "llp", "bhd",
                            "sdn", "gmbh", "ag", "sa", "nv", "bv", "kg", "intl", "bros", "dipl",
                            "dipl.-ing", "ing"})
"""Titles, company forms and degrees ("Pvt. Ltd.", "Pty.", "Bros.", "Dipl.-Ing.") whose full stop
ends no sentence."""
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?=\s+[\"“‘(]?[A-Z0-9])")


def _sentences(line: str) -> list[str]:
    """A line's sentences: cut after a full stop, question or exclamation mark before a capital,
    unless the stop ends an abbreviation ("Dr.", "Ltd.", "U.S.")."""
    sentences: list[str] = []
    start = 0
    for found in _SENTENCE_END.finditer(line):
        words = line[start:found.end()].split()
        before = words[-1] if words else ""
        if found.group(0) == "." and (before[:-1].casefold().lstrip("(") in _ABBREVIATIONS
                                      or re.fullmatch(r"\(?(?:[A-Za-z]\.)+[A-Za-z]?\.?", before)
                                      or re.fullmatch(r"\(?(?:[A-Za-z]{1,4}\.){2,}", before)):
            continue  # "Dr.", "Co.", "U.S.", "B.Eng.": an abbreviation, not a sentence's end
        sentences.append(line[start:found.end()].strip())
        start = found.end()
    sentences.append(line[start:].strip())
    return [sentence for sentence in sentences if sentence]


def check_text(text: str, *, resume: str = "", kb: KnowledgeBase | None = None,
               spoken: bool = False) -> list[tuple[str, list[Problem]]]:
    """Every sentence (or non-prose line) of a draft with its problems; with ``kb`` the
    analyser's tone rules run over the whole draft and each finding goes to its sentence.
    ``spoken``: the draft is said aloud (a concern answer), so résumé shorthand is a problem."""
    from poise.fit.lexicon import patterns_for
    from poise.followup.letter import tone_findings

    pasted = _resume_sentences(resume) if resume else []
    compounds = resume_compounds(resume) if resume else frozenset()
    content = patterns_for(kb).content
    forms = tuple(content.lexicons.legal_forms)
    long_study = tuple(content.concerns.long_study)
    study_times = tuple((entry.pattern, entry.weeks) for entry in content.concerns.study_times)
    with_the = content.lexicons.names_with_the
    names = Names(tuple(with_the.opening), tuple(with_the.closing),
                  tuple(content.lexicons.organisation_words))
    checked: list[tuple[str, list[Problem]]] = []
    seen: set[str] = set()
    for line in _lines(text):
        if not _is_sentence_line(line):
            checked.append((line, line_problems(line)))
            continue
        for sentence in _sentences(line):
            problems = line_problems(sentence) + sentence_problems(
                sentence, resume_sentences=pasted, legal_forms=forms, long_study=long_study,
                names=names, resume_compounds=compounds, patterns=patterns_for(kb),
                study_times=study_times, spoken=spoken)
            if sentence is not None and sentence == line and line[-1] not in ".!?\"”:":
                problems.append(Problem("no full stop", sentence[-30:]))
            key = sentence.casefold()
            if key in seen and len(sentence.split()) >= 4:
                problems.append(Problem("repeated sentence", sentence[:60]))
            seen.add(key)
            checked.append((sentence, problems))
    said: dict[tuple[str, ...], int] = {}
    for number, (sentence, problems) in enumerate(checked):
        words = tuple(re.findall(r"[\w'’$£€%.-]+", sentence.casefold()))
        for start in range(len(words) - REPEAT_WORDS + 1):
            run = words[start:start + REPEAT_WORDS]
            if said.setdefault(run, number) != number:
                problems.append(Problem("repeated phrase", " ".join(run)))
                break
    for number, problem in _partners_as_a_team(checked, tuple(content.lexicons.served_people_nouns)):
        checked[number][1].append(problem)
    if kb is not None and any(_is_sentence_line(line) for line in _lines(text)):
        for finding in tone_findings(text, kb=kb):
            for evidence in finding.evidence:
                for sentence, problems in checked:
                    if evidence.quote and evidence.quote in sentence:
                        problems.append(Problem(f"tone ({finding.rule})", evidence.quote))
                        break
    return checked


_TEAM_OF = re.compile(r"\b(?:team|staff|workforce|organi[sz]ation) of (?P<count>\d[\d,]*)\b")


def _partners_as_a_team(checked: list[tuple[str, list[Problem]]], served: tuple[str, ...]
                        ) -> list[tuple[int, Problem]]:
    """A team size the draft says ("a step up from a team of 14") that its own words count as
    people served or worked with ("I managed 14 distributors"): partners read as staff. Each
    problem comes with the number of the sentence that states the team."""
    if not served:
        return []
    text = " ".join(sentence for sentence, _ in checked)
    nouns = "|".join(re.escape(noun) for noun in served)
    problems: list[tuple[int, Problem]] = []
    for number, (sentence, _) in enumerate(checked):
        for found in _TEAM_OF.finditer(sentence):
            count = re.escape(found.group("count"))
            counted = re.search(rf"(?<![\d,.]){count}\s+(?:[\w-]+\s+)?(?:{nouns})\b", text,
                                re.IGNORECASE)
            if counted is not None:
                problems.append((number, Problem("count read as a team", counted.group(0))))
                break
    return problems


def _word_runs(text: str) -> list[tuple[str, ...]]:
    """Every run of ``REPEAT_WORDS`` words in a text, folded."""
    words = tuple(re.findall(r"[\w'’$£€%.-]+", text.casefold()))
    return [words[start:start + REPEAT_WORDS] for start in range(len(words) - REPEAT_WORDS + 1)]


def shares_a_run(text: str, other: str) -> bool:
    """Whether two texts share a run of ``REPEAT_WORDS`` words: said one after the other, the
    second reads as the first said again (the check's "repeated phrase")."""
    return bool(set(_word_runs(text)) & set(_word_runs(other)))


_AT_EMPLOYER = re.compile(r"\bat (?:[A-Z][\w&'’.-]*|and|of|the|for|&)(?:\s+(?:[A-Z][\w&'’.-]*|and|of|the|"
                          r"for|&))*,")
"""Where a draft names the employer before the result ("at Tamar and Exe Valley Hospitals NHS
Foundation Trust, I …"): a long name said in two answers is no result said twice."""


def repeated_evidence(texts: list[str], *, resume: str) -> list[tuple[int, Problem]]:
    """Evidence from the résumé said again in another draft read alongside (one concern answer
    after another, the brief's answers): a run of ``REPEAT_WORDS`` words the résumé holds, found
    in an earlier draft of the set. The stock words of the templates are no evidence and may
    repeat; the same result argued for three concerns reads as the only thing the candidate has
    done. Each problem comes with the number of the draft that says it again."""
    held = set(_word_runs(" ".join(_lines(resume))))
    first_said: dict[tuple[str, ...], int] = {}
    problems: list[tuple[int, Problem]] = []
    for number, text in enumerate(texts):
        for run in _word_runs(_AT_EMPLOYER.sub("at the employer,", text)):
            if run not in held:
                continue
            if first_said.setdefault(run, number) != number:
                problems.append((number, Problem("evidence said again", " ".join(run))))
                break
    return problems


SAID_AGAIN_WORDS = 6
"""A statement this long said word for word in two drafts of a set is one answer said twice."""


def repeated_statements(texts: list[str]) -> list[tuple[int, Problem]]:
    """A statement said word for word in two drafts read one after another (two concern answers
    that open, argue and plan alike read as one answer pasted twice, and a stock claim in every
    answer as nothing to show). Questions back to the interviewer may repeat. Each problem comes
    with the number of the draft that says it again."""
    first_said: dict[str, int] = {}
    problems: list[tuple[int, Problem]] = []
    for number, text in enumerate(texts):
        for line in _lines(text):
            for sentence in _sentences(line):
                if sentence.endswith("?") or len(sentence.split()) < SAID_AGAIN_WORDS:
                    continue
                if first_said.setdefault(sentence.casefold(), number) != number:
                    problems.append((number, Problem("statement said again", sentence[:60])))
                    break
    return problems


def repeated_openings(texts: list[str]) -> list[tuple[int, Problem]]:
    """A draft read after another that opens with the same formula ("That's a fair point: …",
    then "That is a fair question: …"): answers that all open on one concession read as stock
    wording rather than as the candidate's own. Each problem comes with the number of the draft
    that opens the same way again."""
    said: set[frozenset[str]] = set()
    problems: list[tuple[int, Problem]] = []
    for number, text in enumerate(texts):
        formula = opening_formula(text)
        if not formula:
            continue
        if formula in said:
            problems.append((number, Problem("stock opening", text.split(":", 1)[0][:40])))
        said.add(formula)
    return problems
