"""A need of the role restated in a letter, and the evidence argued for it, read by the parse.

The letter says "You are looking for <need>: <evidence>". The need must read as a noun phrase
(its head a noun, or "someone to …"/"someone who …"), never as a clause cut from the advert
("knowledge of Gujarati will be"), and a counted award takes its article ("a Bac+5 degree").
The evidence must show the need: a duty is shown by something the candidate did, not by a
certificate or a language; a degree or a certification asked at a level is shown by one held at
that level or above; a name the need asks for by its initials ("USFDA audits") is named by the
evidence. The letter drafts with these tests and ``draft_check`` counts what breaks them.
"""

from __future__ import annotations

import re
from typing import Any

from poise.analysis.nlp import spacy_pipeline
from poise.fit.concerns.degrees import degree_ranks
from poise.fit.ladders import asked_rungs, shown_rungs
from poise.fit.lexicon import FitPatterns

COUNTED_HEADS = frozenset({"degree", "diploma", "certificate", "licence", "license",
                           "apprenticeship", "doctorate", "belt", "record", "mba", "accountant",
                           "engineer", "graduate", "practitioner", "professional", "member",
                           "nurse", "surveyor", "pharmacist", "architect", "auditor"})
"""Heads of a need counted one by one: said alone they take "a" or "an" ("a Bac+5 degree",
"a Lean Six Sigma Black Belt", "a proven track record")."""

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_DETERMINING = frozenset({"det", "nummod", "predet"})
_AUXILIARIES = frozenset({"be", "is", "are", "was", "were", "been", "am", "have", "has", "had",
                          "do", "does", "did", "will", "would", "shall", "should", "can", "could",
                          "may", "might", "must"})
"""Auxiliaries by their forms (the shared pipeline runs no lemmatiser)."""
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
_INITIALS = re.compile(r"\b[A-Z][A-Z0-9&-]*[A-Z][A-Z0-9&-]*\b")
"""A name by its initials ("USFDA", "CIPD", "EU-GMP"): two capitals or more."""

DUTY_OPENERS = ("someone to ", "someone who ")
"""How the letter names a need that is a duty or a record of doing something."""


def _parsed(text: str) -> list[Any]:
    return [token for token in spacy_pipeline(parse=True)(text[:300]) if not token.is_space]


def clause_subject(text: str) -> str:
    """The subject of a requirement worded as a clause ("Knowledge of Gujarati will be preferred"
    → "Knowledge of Gujarati", "Fluent English is expected" → "Fluent English"); "" when the line
    is no such clause (a noun phrase, a duty, a clause about the reader)."""
    tokens = _parsed(text)
    roots = [token for token in tokens if token.dep_ == "ROOT"]
    if len(roots) != 1 or not (roots[0].tag_.startswith("VB") or roots[0].tag_ == "MD"):
        return ""
    root = roots[0]
    subject = next((child for child in root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not subject.tag_.startswith("NN") or tokens[0].i not in {
            token.i for token in subject.subtree}:
        return ""  # the subject opens the line and is a noun ("Knowledge of …")
    words = list(subject.subtree)
    if any(word.lower_ in {"you", "we", "i", "they", "it", "this", "that"} for word in words[:1]):
        return ""
    if root.lower_ not in _AUXILIARIES and not any(child.dep_ in {"aux", "auxpass"}
                                                   for child in root.children):
        return ""  # a rule about the need ("is expected", "will be an advantage"), not an action
    doc = words[0].doc
    return doc[words[0].i:words[-1].i + 1].text.rstrip(" ,;:")


def need_problems(need: str) -> list[str]:
    """What keeps a restated need from reading as one ("" list when it reads well): a clause
    with its subject and verb or a verb with no subject ("faced USFDA audits"), an auxiliary left
    hanging at its end ("… will be"), a label before a colon, and a counted award with no
    article ("bac+5 degree")."""
    text = need.strip().rstrip(".")
    if not text:
        return ["empty need"]
    problems: list[str] = []
    if ":" in text:
        problems.append("a label or a list inside the need")
    if _SENTENCE_BREAK.search(text):
        problems.append("two sentences in one need")
    tokens = [token for token in _parsed(text) if not token.is_punct]
    if not tokens:
        return problems
    last = tokens[-1]
    if last.tag_ == "MD" or (last.lower_ in _AUXILIARIES and last.tag_.startswith("VB")
                             and last.dep_ in {"ROOT", "aux", "auxpass", "conj"}):
        problems.append(f"an auxiliary left hanging: {' '.join(t.text for t in tokens[-3:])!r}")
    if text.lower().startswith(DUTY_OPENERS):
        return problems
    root = next((token for token in tokens if token.dep_ == "ROOT"), tokens[0])
    if root.tag_ in _FINITE or (root.tag_.startswith("VB") and root.tag_ != "VBG"
                                and any(child.dep_ in _SUBJECTS for child in root.children)):
        problems.append(f"a clause, not a need: {text[:50]!r}")
    elif (tokens[0].tag_ in {"VBD", "VBZ", "VB"} and tokens[0].dep_ == "ROOT"
          and text[:1].islower() and not (len(tokens) > 1 and tokens[1].tag_.startswith("NN"))):
        problems.append(f"a verb with no subject: {text[:50]!r}")
    head = root if root.tag_.startswith("NN") else None
    if (head is not None and head.lower_ in COUNTED_HEADS and head.tag_ in {"NN", "NNP"}
            and not any(child.dep_ in _DETERMINING or child.tag_ == "PRP$"
                        for child in head.children)
            and tokens[0].tag_ not in {"DT", "PRP$", "CD"}):
        problems.append(f"no article before {head.text!r}")
    return problems


def is_duty(need: str) -> bool:
    """True for a need the letter names as a duty or a record ("someone to lead …")."""
    return need.lower().startswith(DUTY_OPENERS)


def evidence_gaps(need: str, evidence: str, patterns: FitPatterns, *, did: bool | None = None
                  ) -> list[str]:
    """Why ``evidence`` does not show ``need`` as the letter says it ([] when it may): a duty
    argued from something held (``did`` False, or evidence told as a qualification or a
    language), a degree or a rung below the one asked, initials the need names that the evidence
    never names."""
    gaps: list[str] = []
    held = did is False or bool(re.match(r"(?i)\s*(?:my qualifications include|I speak)\b", evidence))
    if is_duty(need) and held:
        gaps.append("a duty argued from something held, not something done")
    if re.match(r"(?i)\s*I speak\b", evidence) and _EXPERIENCE.search(need):
        gaps.append("a language argued for experience")
    elif held and _head_noun(need) in _DONE_HEADS:
        gaps.append("experience argued from something held")
    asked_degree = degree_ranks(need, patterns)
    shown_degree = degree_ranks(evidence, patterns)
    if asked_degree and shown_degree and max(shown_degree) < min(asked_degree):
        gaps.append("a degree below the level asked")
    shown = shown_rungs([evidence], patterns) if not gaps else {}
    for ladder, rung in asked_rungs(need, patterns).items():
        if ladder in shown and shown[ladder][0].rank < rung.rank:
            gaps.append(f"{shown[ladder][0].name} shown; {rung.name} asked")
    names = {hit.group(0) for hit in _INITIALS.finditer(need)}
    if names and not any(name.casefold() in evidence.casefold() for name in names):
        gaps.append(f"the evidence names none of {', '.join(sorted(names))}")
    return gaps


_COPULAS = frozenset({"am", "is", "are", "was", "were", "be", "been", "have", "has", "had"})


_DONE_HEADS = frozenset({"experience", "years", "record", "background", "history"})
"""Heads of a need that only something done shows ("experience in large-scale projects")."""


def _head_noun(need: str) -> str:
    """The head of a need as the parse reads it, lower-cased ("experience" for "experience in
    mixed-use projects"); "" when its root is no noun."""
    tokens = [token for token in _parsed(need) if not token.is_punct]
    for number, token in enumerate(tokens):
        if token.tag_ in {"DT", "JJ", "JJR", "JJS", "CD", "RB", "VBN", "POS"}:
            continue  # "proven", "10 years'", "extensive": words before the first noun
        following = tokens[number + 1] if number + 1 < len(tokens) else None
        if token.tag_.startswith("NN") and (following is None or following.tag_ in {"IN", "TO", "VBG"}):
            return token.lower_  # "experience in …" however the parser attaches the rest
        break
    root = next((token for token in tokens if token.dep_ == "ROOT"), None)
    return root.lower_ if root is not None and root.tag_.startswith("NN") else ""


_EXPERIENCE = re.compile(r"\b(?:experience|years?|track record)\b", re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\d–-])(?!(?:19|20)\d\d\b)\d")
"""A figure that is no year ("18%", "140 bots", "$62 million"; not "2023–2025")."""


def action_with_result(sentence: str) -> bool:
    """True when a sentence told as the candidate's own tells an action and its result: its
    main verb is no form of "be" or "have" ("I am a housing director", "I was the lead for …"
    name a post), nor a passive ("I was appointed …"), and it carries a figure ("I cut agency
    spend by 31%")."""
    if _FIGURE.search(sentence) is None:
        return False
    tokens = _parsed(sentence)
    root = next((token for token in tokens if token.dep_ == "ROOT"), None)
    return (root is not None and root.tag_.startswith("VB") and root.lower_ not in _COPULAS
            and not any(child.dep_ == "auxpass" for child in root.children))  # "I was appointed"


RESTATED_NEED = re.compile(r"\b(?:You are looking for|You also need)\s+(?P<need>.+?)"
                           r"(?::\s+(?P<shown>.+)|,\s+and\s+(?P<joined>(?:I|my)\b.+))$")
"""The letter's sentence that restates a need and argues it ("You are looking for <need>:
<evidence>", "You also need <need>, and <evidence>")."""
BROUGHT = re.compile(r"\bI would bring this:\s+(?P<result>.+)$")
"""The letter's sentence that adds one result when fewer than two needs are shown."""


def restated_problems(sentence: str, patterns: FitPatterns | None) -> list[tuple[str, str]]:
    """(kind, detail) for what a letter's need or result sentence gets wrong: a need that reads
    as no noun phrase, evidence that does not show the need, a result with no action or figure."""
    problems: list[tuple[str, str]] = []
    found = RESTATED_NEED.search(sentence.rstrip())
    if found is not None:
        need = found.group("need")
        problems.extend(("need not a noun", detail) for detail in need_problems(need))
        shown = found.group("shown") or found.group("joined") or ""
        if patterns is not None and shown:
            problems.extend(("evidence does not show the need", gap)
                            for gap in evidence_gaps(need, shown, patterns))
    brought = BROUGHT.search(sentence.rstrip())
    if brought is not None and not action_with_result(brought.group("result")):
        problems.append(("result with no action or figure", brought.group("result")[:60]))
    return problems


def inner_colon(evidence: str) -> bool:
    """True when told evidence holds a colon of its own outside brackets ("I owned NRR for the
    base: NRR up from …"): after the letter's own colon it makes two in one sentence."""
    return ": " in re.sub(r"\([^()]*\)", "", evidence)
