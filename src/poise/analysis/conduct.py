"""Conduct that goes around a person, a record or a control, read from the parse.

Each test reads one sentence and says whether the speaker tells of doing one of these:
- keeping someone uninformed while acting ("...without telling her", "...without mentioning it
  came from me"), hiding where an idea came from ("I didn't say where it came from") or not
  telling someone of one's own act because they would have stepped in;
- passing something off as someone's own ("raise it as their own concern");
- splitting an amount so that each part stays just under a limit that would call for a check
  ("each just under the threshold");
- arranging a record so that it reads as something else or sets off no check ("...so they
  showed as new starters", "...so it didn't trigger the review");
- doing away with a record when someone else was to check it ("I had the team purge the access
  logs before the auditors asked for them": ``erased_before_check``);
- keeping information from the people it was due to ("I held back the figures until after the
  vote", "I sat on the report", "I made sure the director didn't see the audit"), unless it was
  entrusted to the speaker to keep ("a colleague told me in confidence...; I kept it to
  myself": ``confidence_kept``).
``owns_fault`` and ``told_as_miss`` hear the opposite: a sentence in which the speaker takes a
miss as their own ("that one is on me", "it was my mistake", "I should have checked") or tells
their own side falling short ("by which point we were ten weeks behind"), which is an admission,
not conduct told as a win.
The words are classes of verbs and nouns (saying, appearing, limits, checks), not phrases.
"""

from __future__ import annotations

from poise.analysis.meaning import WordClasses, children, hangs_under, negated, subtree, valence
from poise.analysis.text import Sentence, Token, per_sentence

SPEAKERS = frozenset({"i", "we"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
TELLING = frozenset({"tell", "mention", "inform", "say", "disclose", "reveal", "flag", "admit",
                     "credit", "bring", "let", "explain", "acknowledge"})
ORIGIN_NOUNS = frozenset({"idea", "source", "origin", "author", "credit"})
STATES = frozenset({"be", "feel", "worry", "think", "know", "want", "hope", "struggle", "fear",
                    "wonder", "plan", "consider", "leave", "apply"})
"""What one may keep to oneself without going around anyone: a feeling, a thought, a plan, a
move of one's own career."""
REASON_MARKS = frozenset({"because", "as", "since"})
WOULD = frozenset({"would", "'d", "might", "could"})
LIMITS = frozenset({"limit", "threshold", "ceiling", "cap", "trigger"})
BELOW = frozenset({"under", "below", "beneath"})
APPEARING = frozenset({"show", "count", "appear", "fall", "look", "register", "read", "land",
                       "sit", "pass", "qualify"})
SETTING_OFF = frozenset({"trigger", "flag", "breach", "hit", "cross", "need", "require"})
CHECKS = frozenset({"hold", "review", "audit", "tender", "alert", "alarm", "investigation",
                    "escalation", "inspection", "approval", "sign-off", "signoff", "report",
                    "panel", "committee", "board", "warning", "check", "procurement"})


def _observing(sent: Sentence, verb: int) -> bool:
    """The verb a "without ..." phrase belongs to (``_without_anchor``) is one of watching or
    listening."""
    return 0 <= verb < len(sent.tokens) and sent.tokens[verb].lemma in OBSERVING


def _without_anchor(sent: Sentence, without: int) -> int:
    """The verb a "without ..." phrase belongs to: the one it hangs from, or, when a comma sets it
    off after a clause opened by "if" or "whether", the clause that one hangs from ("I suggested
    their funding might be reconsidered if the clearing went ahead, without mentioning this to
    the chair": the parse hangs the phrase on "went", but the comma has closed the condition)."""
    tokens = sent.tokens
    verb = tokens[without].head
    if without == 0 or tokens[without - 1].text != ",":
        return verb
    while 0 <= verb < len(tokens) and tokens[verb].head != verb and any(
            tokens[child].dep == "mark" and tokens[child].lower in QUESTION_MARKS
            for child in children(sent, verb)):
        verb = tokens[verb].head
    return verb


def subject_climb(sent: Sentence, verb: int, *, joins: frozenset[str] = frozenset({"conj"}),
                  steps: int = 4) -> tuple[list[int], list[int]]:
    """The clauses climbed from ``verb`` to the first that has a subject of its own (through
    the joins named: "I had the lab run it and sent them the certificate"), and that subject's
    positions; no subjects when the climb leaves a join or runs out of ``steps``."""
    path: list[int] = []
    current = verb
    for _step in range(steps):
        path.append(current)
        subjects = [c for c in children(sent, current) if sent.tokens[c].dep in SUBJECTS]
        if subjects:
            return path, subjects
        head = sent.tokens[current].head
        if sent.tokens[current].dep not in joins or head == current \
                or not 0 <= head < len(sent.tokens):
            break
        current = head
    return path, []


def speaker_subject(sent: Sentence, verb: int, *, joins: frozenset[str] = frozenset({"conj"}),
                    steps: int = 4) -> bool:
    """The act at ``verb`` has "I" or "we" as its subject, or as the subject of the clause it is
    joined to (``subject_climb``)."""
    _path, subjects = subject_climb(sent, verb, joins=joins, steps=steps)
    return any(sent.tokens[c].lower in SPEAKERS for c in subjects)


def _speaker_led(sent: Sentence, position: int) -> bool:
    """The clause at ``position``, or one it hangs from, has "I" or "we" as its subject."""
    seen: set[int] = set()
    current = position
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        subjects = [sent.tokens[c] for c in children(sent, current) if sent.tokens[c].dep in SUBJECTS]
        if any(subject.lower in SPEAKERS for subject in subjects):
            return True
        if subjects and sent.tokens[current].dep == "relcl":
            return False  # "the supplier, who changed it without telling us": its own subject acts
        if sent.tokens[current].head == current:
            break
        current = sent.tokens[current].head
    return False


OBSERVING = frozenset({"watch", "observe", "listen", "look", "shadow", "note", "notice"})
"""Verbs of watching or listening: done "without saying anything", they are attention, not an
act kept from someone ("I watched the line for three mornings without saying anything"). Not
"see" or "sit": "I arranged to see her privately, without telling the COO" is a meeting."""


def kept_uninformed(sent: Sentence) -> bool:
    """The speaker acted "without telling" someone, or did not say where an idea came from; not
    watching or listening in silence (``OBSERVING``)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lemma not in TELLING:
            continue
        head = token.head
        if token.dep == "pcomp" and 0 <= head < len(sent.tokens) and sent.tokens[head].lower == "without":
            verb = _without_anchor(sent, head)
            anchor = head if verb == sent.tokens[head].head else verb  # the phrase, or its clause
            if _speaker_led(sent, anchor) and not _asked_about(sent, anchor) \
                    and not _observing(sent, verb):
                return True
        if negated(sent, position) and _speaker_led(sent, position) and (
                _about_origin(sent, position) or _own_act_withheld(sent, position)):
            return True
    return False


QUESTION_MARKS = frozenset({"whether", "if"})


def _asked_about(sent: Sentence, position: int) -> bool:
    """The clause at ``position`` hangs from an indirect question ("I check whether we changed
    the job on somebody without telling them"): it is asked about, not told as done."""
    return hangs_under(sent, position, QUESTION_MARKS)


def _own_act_withheld(sent: Sentence, verb: int) -> bool:
    """What the speaker did not tell is an act of their own ("I didn't tell my director I was
    running it"), and the sentence gives the reason that the one not told would have stepped
    in ("because she would have stopped it"): a clause of "because"/"as" with a modal of what
    would have happened. A feeling withheld ("I didn't tell them I was worried") is no act."""
    acted = False
    for child in children(sent, verb):
        clause = sent.tokens[child]
        if clause.dep != "ccomp" or clause.lemma in STATES:
            continue
        if any(sent.tokens[c].lower in SPEAKERS and sent.tokens[c].dep in SUBJECTS
               for c in children(sent, child)):
            acted = True
    if not acted:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "advcl" or not any(sent.tokens[c].lower in REASON_MARKS and
                                           sent.tokens[c].dep == "mark"
                                           for c in children(sent, position)):
            continue
        if any(sent.tokens[c].lower in WOULD and sent.tokens[c].dep == "aux"
               for c in subtree(sent, position)):
            return True  # "because she'd have stopped it", "as I knew he would block it"
    return False


def _about_origin(sent: Sentence, verb: int) -> bool:
    """What is not told is where something came from: "where it came from", "whose idea it was"."""
    for child in children(sent, verb):
        if sent.tokens[child].dep not in {"ccomp", "dobj", "prt", "prep", "pobj"}:
            continue
        for inner in subtree(sent, child):
            word = sent.tokens[inner]
            if word.lemma == "come" and any(sent.tokens[c].lower == "from" for c in children(sent, inner)):
                return True
            if word.lemma in ORIGIN_NOUNS:
                return True
    return False


def passed_off(sent: Sentence) -> bool:
    """Something put forward "as their own" (or "as if it were his own") by the speaker's doing."""
    if not sent.parsed:
        return False
    for token in sent.tokens:
        if token.lower != "own" or token.dep != "amod":
            continue
        noun = token.head
        if not 0 <= noun < len(sent.tokens):
            continue
        if not any(sent.tokens[c].dep == "poss" for c in children(sent, noun)):
            continue
        holder = sent.tokens[noun].head
        if not 0 <= holder < len(sent.tokens):
            continue
        as_prep = sent.tokens[holder].lower == "as" and sent.tokens[noun].dep == "pobj"
        as_if = sent.tokens[noun].dep == "attr" and any(
            sent.tokens[c].lower == "as" and sent.tokens[c].dep == "mark" for c in children(sent, holder))
        if (as_prep or as_if) and _speaker_led(sent, holder):
            return True
    return False


def split_under_limit(sent: Sentence) -> bool:
    """Parts that each stay just under a limit: "split into three orders, each just under the
    threshold"."""
    # "each" standing for the parts ("each just under", "each one just under"), not "at each site"
    if not sent.parsed or not any(token.lower == "each" and (
            token.dep != "det" or sent.tokens[token.head].lower == "one") for token in sent.tokens):
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower not in BELOW or token.dep != "prep":
            continue
        if any(sent.tokens[c].lemma in LIMITS and sent.tokens[c].dep == "pobj"
               for c in children(sent, position)) and _speaker_led(sent, position):
            return True
    return False


def made_to_appear(sent: Sentence) -> bool:
    """An action of the speaker's whose stated purpose is how a record reads ("so they showed
    as new enrolments", "so they'd fall into next year's costs") or that no check is set off
    ("so it didn't trigger the review")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.dep != "advcl" or not any(sent.tokens[c].lower == "so" and sent.tokens[c].dep == "mark"
                                           for c in children(sent, position)):
            continue
        if not _speaker_led(sent, token.head):
            continue
        kids = children(sent, position)
        if token.lemma in APPEARING and not negated(sent, position) and any(
            sent.tokens[c].lower in {"as", "into"} and sent.tokens[c].dep == "prep" for c in kids
        ):
            return True
        if token.lemma in SETTING_OFF and negated(sent, position) and any(
            sent.tokens[c].lemma in CHECKS and sent.tokens[c].dep in {"dobj", "nsubjpass"} for c in kids
        ):
            return True
    return False


INFORMATION = frozenset({"news", "figure", "figures", "number", "numbers", "report", "result",
                         "results", "data", "finding", "findings", "information", "complaint",
                         "overspend", "shortfall", "variance", "loss", "losses", "incident",
                         "breach", "error", "problem", "letter", "email", "audit", "review",
                         "survey", "feedback", "forecast", "warning", "concern", "concerns"})
"""What someone can be told: news, figures, a report, a problem found."""
HOLDING = frozenset({"withhold", "hide", "conceal", "suppress", "bury"})
KEPT_AWAY = frozenset({"quiet", "secret", "hidden", "back", "off"})
OWN_KEEPING = frozenset({"myself", "ourselves"})
PERCEIVING = frozenset({"see", "know", "hear", "find", "notice", "learn", "realise", "realize",
                        "spot", "read"})
ENSURING = frozenset({"sure", "certain"})
TOLD_TAGS = frozenset({"VBD", "VBN"})
"""A past act told ("I held back", "we had kept"), not a habit or a plan."""


def held_back(sent: Sentence) -> bool:
    """The speaker kept information from the people it was due to: "I held back the quarterly
    figures until after the vote", "I kept the overspend to myself", "I sat on the report for a
    month", "we buried the variance in an appendix". A plan or a launch held back is no secret
    ("I held back the launch until the fix passed"), and denied it is the opposite ("I didn't
    hold anything back")."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.tag not in TOLD_TAGS or negated(sent, position) or not _speaker_led(sent, position):
            continue  # "my team would say I sit on bad news too long": a habit owned, not an act told
        kids = children(sent, position)
        objects = [c for c in kids if sent.tokens[c].dep == "dobj"]
        told = [c for c in objects if sent.tokens[c].lemma in INFORMATION
                or sent.tokens[c].lower in INFORMATION]
        if token.lemma in HOLDING and told:
            return True
        if token.lemma == "hold" and told and any(sent.tokens[c].lower == "back" for c in kids):
            return True
        if token.lemma == "keep" and objects and any(
                sent.tokens[c].lower in KEPT_AWAY or (sent.tokens[c].lower == "to" and any(
                    sent.tokens[g].lower in OWN_KEEPING for g in children(sent, c)))
                for c in kids) and (told or sent.tokens[objects[0]].lower in {"it", "that", "this"}):
            return True
        if token.lemma == "sit" and any(
                sent.tokens[c].lower == "on" and any(sent.tokens[g].lemma in INFORMATION
                                                     for g in children(sent, c))
                for c in kids):
            return True
    return False


CONFIDING = frozenset({"tell", "confide", "share", "mention", "say", "admit", "show", "give"})
"""Verbs by which someone can entrust something to the speaker."""
CONFIDENCE = frozenset({"confidence", "confidentially", "privately", "private", "secret"})
"""How something is told to be kept: "in confidence", "privately", "in private"."""
RECEIVERS = frozenset({"me", "us"})


def entrusted(sent: Sentence | None) -> bool:
    """Someone other than the speaker told the speaker something to be kept ("a colleague told
    me in confidence about an offer", "she confided in me that...", "he told me privately
    that..."): what is then kept to oneself is a confidence honoured, not information held back
    from the people it was due to."""
    if sent is None or not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma not in CONFIDING or negated(sent, position):
            continue
        subjects = [c for c in children(sent, position) if tokens[c].dep in SUBJECTS]
        if not subjects or any(tokens[c].lower in SPEAKERS for c in subjects):
            continue
        below = subtree(sent, position, skip=frozenset({"ccomp", "relcl", "advcl", "conj"}))
        received = any(tokens[g].lower in RECEIVERS for g in below)
        if received and (token.lemma == "confide" or any(tokens[g].lower in CONFIDENCE for g in below)):
            return True
    return False


def confidence_kept(sent: Sentence, before: Sentence | None) -> bool:
    """The sentence tells the speaker keeping something to themselves (``held_back``) right after
    someone entrusted it to them (``entrusted``, in this sentence or the one before), and tells no
    other conduct around anyone (``goes_around`` holds by ``held_back`` alone)."""
    if not held_back(sent) or not (entrusted(sent) or entrusted(before)):
        return False
    return not (kept_uninformed(sent) or passed_off(sent) or split_under_limit(sent)
                or made_to_appear(sent) or kept_from_knowing(sent))


def kept_from_knowing(sent: Sentence) -> bool:
    """The speaker made sure someone would not see or learn something they were owed: "I made
    sure the director didn't see the audit report", "we made certain the board never heard
    about the incident". Not a disruption nobody noticed ("I made sure customers didn't notice
    the move": a service kept smooth, no information kept back)."""
    if not sent.parsed:
        return False
    for position, token in enumerate(sent.tokens):
        if token.lower not in ENSURING or not _speaker_led(sent, position):
            continue
        for clause in children(sent, position):
            verb = sent.tokens[clause]
            if verb.dep != "ccomp" or verb.lemma not in PERCEIVING or not negated(sent, clause):
                continue
            said = [g for c in children(sent, clause) if sent.tokens[c].dep in {"dobj", "prep", "ccomp"}
                    for g in subtree(sent, c)]
            if any(sent.tokens[g].lemma in INFORMATION or sent.tokens[g].lower in INFORMATION
                   for g in said):
                return True
    return False


ERASING = frozenset({"delete", "purge", "shred", "destroy", "erase", "wipe", "scrub", "remove"})
"""Verbs of doing away with something kept on record."""
KEPT_RECORDS = INFORMATION | frozenset({
    "record", "records", "log", "logs", "file", "files", "timesheet", "timesheets", "email",
    "emails", "minutes", "entry", "entries", "trail", "history", "evidence", "footage", "note",
    "notes", "document", "documents", "message", "messages", "sheet", "sheets"})
"""What is kept on record: figures, reports, logs, files, messages, minutes."""
CHECKING = frozenset({
    "audit", "auditor", "auditors", "review", "reviewer", "reviewers", "inspection", "inspector",
    "inspectors", "investigation", "investigator", "investigators", "regulator", "regulators",
    "forensic", "forensics", "examiner", "examiners", "inquiry", "enquiry", "hearing",
    "inspect", "investigate", "examine", "subpoena", "lawyers", "discovery"})
"""Checks someone else makes of the record, and those who make them."""
RULE_FOLLOWED = frozenset({"policy", "retention", "schedule", "procedure", "required", "requires",
                           "law", "gdpr", "rules", "compliance"})
"""Words of a rule the erasure followed ("under the retention policy", "as the law requires")."""
AHEAD = frozenset({"before", "ahead", "going", "due", "about", "upcoming", "coming", "planned",
                   "scheduled", "next", "would"})
"""Words that put the check still to come when the record went ("before the audit", "the
regulator was due", "was going to review"): a check already made and acted on is no record
kept from it."""


def _erased_by_speaker(sent: Sentence) -> bool:
    """The speaker, or someone the speaker had do it, did away with something kept on record,
    told as done ("I had the team purge the access logs", "we deleted the old timesheets")."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma not in ERASING or negated(sent, position) or not _speaker_led(sent, position):
            continue
        head = tokens[token.head] if 0 <= token.head < len(tokens) else token
        if token.tag not in TOLD_TAGS and not (token.tag == "VB" and head.tag in TOLD_TAGS):
            continue  # "I would delete...", "we need to remove...": not an act told
        erased = [c for c in children(sent, position) if tokens[c].dep in {"dobj", "nsubjpass"}]
        if any(tokens[c].lower in KEPT_RECORDS or tokens[c].lemma in KEPT_RECORDS for c in erased):
            return True
    return False


def erased_before_check(sent: Sentence, before: Sentence | None) -> bool:
    """The speaker's side did away with something kept on record (``_erased_by_speaker``) with a
    check of that record by someone else named in the same sentence or the one before (an
    audit, a regulator, an investigation), told as still to come (``AHEAD``): records destroyed
    ahead of those owed them. Not an erasure told under a rule it followed ("under the
    retention policy")."""
    if not sent.parsed or not _erased_by_speaker(sent):
        return False
    words = {token.lower for token in sent.tokens} | {token.lemma for token in sent.tokens}
    if words & RULE_FOLLOWED:
        return False
    if before is not None and before.parsed:
        words |= {token.lower for token in before.tokens} | {token.lemma for token in before.tokens}
    return bool(words & CHECKING) and bool(words & AHEAD)


DISCLOSING = frozenset({"tell", "report", "inform", "disclose", "flag", "escalate", "show", "present",
                        "share", "publish", "declare", "notify", "brief", "warn", "admit"})
"""Verbs of putting information in front of people: done openly, the opposite of going around."""
SEEING = frozenset({"see", "know", "check", "follow", "understand"})
PRESENTING_MARKS = frozenset({"as", "though", "although"})
ASKING = frozenset({"ask"})
QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "if", "where", "when", "which", "who"})
STANCE_AUXES = frozenset({"would", "'d", "will", "'ll"})
THIRD_PERSONS = frozenset({"he", "she", "they"})
SAME_PERSON = {"him": frozenset({"he"}), "her": frozenset({"she"}), "them": frozenset({"they"}),
               "you": frozenset({"you"}), "me": frozenset(), "us": frozenset()}
"""The subject a question asked of a person has when it is about that person's own view."""


def discloses(sent: Sentence) -> bool:
    """The speaker put something in front of the people it concerned, openly: "I reported it to
    the audit chair within four days", "I told the client we would not recover all of it", "I
    wrote the assumptions into the tender so the client could see them". Not a telling that
    presents a thing as what it was not ("I reported it as finished, although..."), not one
    denied or done "without" telling, and not when the sentence also tells an act around someone
    (``goes_around``)."""
    if not sent.parsed or goes_around(sent):
        return False
    if _presented_as(sent):
        return False
    for position, token in enumerate(sent.tokens):
        if (token.lemma in DISCLOSING or _set_before(sent, position)) and token.tag.startswith("VB") \
                and not negated(sent, position) \
                and token.dep != "pcomp" and _speaker_led(sent, position) \
                and _told_openly(sent, position):
            return True
        if token.lemma in ASKING and token.tag.startswith("VB") and not negated(sent, position) \
                and _speaker_led(sent, position) and _asked_openly(sent, position):
            return True  # "I asked him what he reckoned was going on": a question put to them
        if token.lemma in SEEING and token.dep == "advcl" and any(
                sent.tokens[c].lower == "so" and sent.tokens[c].dep == "mark"
                for c in children(sent, position)) and not negated(sent, position) \
                and _speaker_led(sent, token.head):
            return True  # "..., so the client could see exactly what it depended on"
    return False


def _presented_as(sent: Sentence) -> bool:
    """Whether a telling is framed as what it was not ("reported it as finished", "...,
    although"): "as", "though" or "although" as a preposition or a clause marker hanging from a
    verb of the sentence's main line; a comparison inside a clause of its own ("so that they saw
    the same figures as we did") frames nothing."""
    for token in sent.tokens:
        if token.lower not in PRESENTING_MARKS or token.dep not in {"prep", "mark"}:
            continue
        anchor = token.head if token.dep == "prep" else (
            sent.tokens[token.head].head if 0 <= token.head < len(sent.tokens) else -1)
        if not 0 <= anchor < len(sent.tokens):
            return True
        if token.dep == "mark" and sent.tokens[anchor].dep in {"advcl", "relcl", "acl"}:
            continue  # a comparison within a subordinate clause
        return True
    return False


FRONT_NOUNS = frozenset({"front"})


def _set_before(sent: Sentence, verb: int) -> bool:
    """Whether the verb at ``verb`` sets a thing in front of someone ("I put the figures in front
    of him"): an object and "in front of" a person or a body: shown face to face."""
    kids = children(sent, verb)
    if not any(sent.tokens[c].dep == "dobj" for c in kids):
        return False
    for prep in kids:
        if sent.tokens[prep].lower != "in" or sent.tokens[prep].dep != "prep":
            continue
        for noun in children(sent, prep):
            if sent.tokens[noun].lower in FRONT_NOUNS and any(
                    sent.tokens[of].lower == "of" and children(sent, of)
                    for of in children(sent, noun)):
                return True
    return False


def _told_openly(sent: Sentence, verb: int) -> bool:
    """What the telling at ``verb`` says is the matter itself, not a claim: a thing reported or
    shared ("reported it to the chair"), or a content that is bad news ("told them we would not
    make it"). A told claim that is good news ("told the board the site was ready") may be the
    very thing that was not so, and is left to the model."""
    claims = [c for c in children(sent, verb) if sent.tokens[c].dep == "ccomp"]
    if claims:
        return all(negated(sent, c) or _own_stance(sent, c) for c in claims)
    return True


def _own_stance(sent: Sentence, clause: int) -> bool:
    """A told clause that says what the speaker's side would or will do ("I told him we would
    qualify a second supplier"): a position put to the people concerned, not a state of affairs
    that may be false."""
    kids = [sent.tokens[c] for c in children(sent, clause)]
    return any(kid.dep == "nsubj" and kid.lower in SPEAKERS for kid in kids) and any(
        kid.dep == "aux" and kid.lower in STANCE_AUXES for kid in kids)


def _asked_openly(sent: Sentence, verb: int) -> bool:
    """The asking at ``verb`` puts a question to a person about their own view: someone asked
    (an object) and a question with a wh-word or "whether"/"if" whose subject is that person
    ("asked him what he reckoned was going on"); not a request to do something ("asked him to
    backdate it"), nor a question about others ("asked the buyer what the other bidders
    offered")."""
    kids = children(sent, verb)
    asked = [sent.tokens[c].lower for c in kids if sent.tokens[c].dep in {"dobj", "dative"}]
    if not asked:
        return False
    same = SAME_PERSON.get(asked[0], THIRD_PERSONS if asked[0] not in SAME_PERSON else frozenset())
    for clause in kids:
        if sent.tokens[clause].dep != "ccomp":
            continue
        scope = subtree(sent, clause)
        if any(sent.tokens[g].lower in QUESTION_WORDS for g in scope[:4]) and any(
                sent.tokens[g].dep == "nsubj" and sent.tokens[g].lower in same for g in scope):
            return True
    return False


TOLD_LATER = frozenset({"until", "till", "before", "yet"})
"""Words that bound a silence in time ("I didn't tell my boss until I had the figures"): told
later, not kept from them."""
POINTING_BACK = frozenset({"this", "that", "these", "those", "it"})


def persons_told(sent: Sentence, verb: int) -> list[int]:
    """Who a verb of telling is said to: its object or dative ("tell the manager"), or "to" and
    its object, on the verb or, as the parser often has it, on what was told ("mention it to my
    director")."""
    kids = children(sent, verb)
    told = [c for c in kids if sent.tokens[c].dep in {"dobj", "dative"}]
    tos = [c for c in kids if sent.tokens[c].lower == "to"]
    tos += [g for c in kids if sent.tokens[c].dep == "dobj" for g in children(sent, c)
            if sent.tokens[g].lower == "to"]
    return told + [g for to in tos for g in children(sent, to) if sent.tokens[g].dep == "pobj"]


def persons_not_told(sent: Sentence, verb: int) -> list[int]:
    """Who the speaker's silence at ``verb`` was kept from: the persons told (``persons_told``)
    when ``verb`` is a denied verb of telling not bounded in time ("I didn't tell the manager";
    not "… until Monday"); [] for any other word."""
    if sent.tokens[verb].lemma not in TELLING or not negated(sent, verb) or any(
            sent.tokens[c].lower in TOLD_LATER for c in subtree(sent, verb)):
        return []
    return persons_told(sent, verb)


def superior_not_told(sent: Sentence, superiors: frozenset[str], contacts: frozenset[str]) -> bool:
    """The speaker did not tell someone above them (``superiors``: the boss, the director, the
    board) about a contact just told (``contacts``: "I did not tell the manager about this
    meeting", "we never told the board about that call"): going around them. A silence bounded
    in time ("not until the Monday"), or about anything but a contact pointed back to ("I didn't
    tell my boss about my interview"), is not read."""
    if not sent.parsed or not superiors or not contacts:
        return False
    for position in range(len(sent.tokens)):
        told = persons_not_told(sent, position)
        if not told or not _speaker_led(sent, position):
            continue
        kids = children(sent, position)
        if not any(sent.tokens[c].lemma in superiors for c in told):
            continue
        # what was not told: "about this meeting", or "that visit" mentioned to them
        things = [g for c in kids if sent.tokens[c].lower == "about" for g in children(sent, c)
                  if sent.tokens[g].dep == "pobj"]
        things += [c for c in kids if sent.tokens[c].dep == "dobj" and sent.tokens[c].lemma not in superiors]
        for thing in things:
            pointed = any(sent.tokens[d].lower in POINTING_BACK for d in children(sent, thing)
                          if sent.tokens[d].dep == "det")
            if sent.tokens[thing].lemma in contacts and pointed:
                return True
    return False


def goes_around(sent: Sentence) -> bool:
    """Any of the shapes above."""
    return (kept_uninformed(sent) or passed_off(sent) or split_under_limit(sent)
            or made_to_appear(sent) or held_back(sent) or kept_from_knowing(sent))


FAULT_NOUNS = frozenset({"fault", "mistake", "error", "responsibility", "failing", "miss", "doing"})
POINTING = frozenset({"that", "this", "it", "one", "which"})
CONTRACTED_IS = frozenset({"'s", "’s"})
""""is" contracted, which the parse may leave with itself as its lemma ("that's on me")."""


@per_sentence
def owns_fault(sent: Sentence) -> bool:
    """The speaker takes a miss as their own: "that one is on me", "it was my mistake" ("my
    decision and my fault"), "the error was mine", "I should have checked", "... and I
    should've"."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        kids = children(sent, position)
        if (token.lemma == "be" or (token.lower in CONTRACTED_IS and token.pos == "AUX")) \
                and not negated(sent, position):
            subjects = [tokens[c] for c in kids if tokens[c].dep in SUBJECTS]
            for child in kids:
                kid = tokens[child]
                denied = any(tokens[g].dep == "neg" for g in children(sent, child)) or (
                    child > 0 and tokens[child - 1].lower in {"not", "n't"})
                if kid.dep == "prep" and kid.lower == "on" and not denied and any(
                        tokens[g].lower in {"me", "us"} for g in children(sent, child)) \
                        and any(subject.lower in POINTING for subject in subjects):
                    return True  # "that one is on me"
                if kid.dep == "attr" and kid.lower in {"mine", "ours"} and any(
                        subject.lemma in FAULT_NOUNS for subject in subjects):
                    return True  # "the mistake was mine"
        owner_denied = token.dep == "attr" and 0 <= token.head < len(tokens) and negated(sent, token.head)
        role = tokens[token.head].dep if token.dep == "conj" and 0 <= token.head < len(tokens) else token.dep
        if token.lemma in FAULT_NOUNS and role in {"attr", "nsubj"} and not owner_denied and any(
                tokens[c].lower in {"my", "our"} and tokens[c].dep == "poss" for c in kids):
            return True  # "it was my mistake", "my error was..."
        if token.tag == "VBN" and any(tokens[c].lower == "should" for c in kids) and any(
                tokens[c].lemma == "have" and tokens[c].dep == "aux" for c in kids) and any(
                tokens[c].lower in SPEAKERS and tokens[c].dep in SUBJECTS for c in kids):
            return True  # "I should have checked"
        if token.lemma == "have" and token.dep not in {"aux", "auxpass"} and any(
                tokens[c].lower == "should" for c in kids) and any(
                tokens[c].lower in SPEAKERS and tokens[c].dep in SUBJECTS for c in kids):
            return True  # "I didn't build in any float, and I should've": the act left implied
    return False


SHORT_WORDS = frozenset({"behind", "late", "slow", "short", "wrong"})
"""Words of falling short that the sentiment lexicon leaves neutral ("we were behind")."""


def told_as_miss(sent: Sentence) -> bool:
    """A clause with the speaker's side as its subject ("I", "we") says they fell short: "we
    were about ten weeks behind", "I was late with it", "we got it badly wrong"."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lemma != "be" and token.pos not in {"VERB", "AUX"}:
            continue
        kids = children(sent, position)
        if not any(tokens[c].lower in SPEAKERS and tokens[c].dep in SUBJECTS for c in kids):
            continue
        said = [c for c in kids if tokens[c].dep in {"acomp", "advmod", "attr", "oprd", "prep"}]
        said += [g for c in said for g in children(sent, c) if tokens[g].dep in {"advmod", "amod"}]
        if any(tokens[c].lower in SHORT_WORDS or valence(tokens[c], WordClasses()) <= -1.5
               for c in said) and not negated(sent, position):
            return True
    return False


REPORTING = frozenset({"say", "think", "reckon", "claim", "believe", "feel", "assume", "accuse",
                       "suggest", "complain", "allege", "insist", "suspect", "argue",
                       "imply", "hear"})
"""Verbs by which someone else puts a view or a charge about the speaker ("he reckoned I'd
changed it without asking him"): what the speaker did is then their claim, not told as a win."""


def said_of_speaker(sent: Sentence) -> bool:
    """Every act of the speaker's in the sentence is one someone else is said to claim or
    believe: each clause with "I" or "we" as its subject hangs, as what is said, from a verb of
    saying or believing whose subject is another person ("He reckoned I'd changed it without
    asking him", "She claimed we had gone around her"). A charge reported this way is what the
    speaker then answers, not conduct they tell; a sentence in which the speaker also acts in
    their own voice ("she said I'd gone around her, and I did it again") is not."""
    if not sent.parsed:
        return False
    tokens = sent.tokens
    acts = [token.head for token in tokens if token.lower in SPEAKERS and token.dep in SUBJECTS
            and 0 <= token.head < len(tokens)]
    if not acts:
        return False
    return all(_under_others_saying(sent, verb) for verb in acts)


def _under_others_saying(sent: Sentence, verb: int) -> bool:
    """The clause at ``verb`` is what another person says or believes, at some depth."""
    seen: set[int] = set()
    current = verb
    while 0 <= current < len(sent.tokens) and current not in seen:
        seen.add(current)
        token = sent.tokens[current]
        head = token.head
        if head == current or not 0 <= head < len(sent.tokens):
            return False
        if token.dep in {"ccomp", "pcomp", "xcomp"} and sent.tokens[head].lemma in REPORTING:
            subjects = [sent.tokens[c] for c in children(sent, head) if sent.tokens[c].dep in SUBJECTS]
            return bool(subjects) and not any(subject.lower in SPEAKERS for subject in subjects)
        current = head
    return False


def speaker_acts(sent: Sentence) -> bool:
    """Whether the conduct in the sentence is the speaker's (or their team's): "I" or "we" does
    something in it (done, habitual or what they would do, not denied), or it tells one of the
    acts above, which may be put as a denial ("I didn't say where it came from"). A sentence in
    which the speaker acts on nothing ("he didn't accept it, and I didn't go around him", "the
    decision was made at head office", "they felt I did not trust them") tells no conduct of
    theirs to worry an employer. Acts only said of the speaker by someone else ("he reckoned I'd
    changed it without asking him", ``said_of_speaker``) are a charge answered, not told."""
    if said_of_speaker(sent):
        return False
    return bool(sent.own_past_actions or sent.team_past_actions or sent.own_hypothetical
                or sent.own_habitual) or goes_around(sent)


def only_imagined(sent: Sentence) -> bool:
    """Whether the speaker's only acts in the sentence are imagined ("I would make sure the
    officer had had clear warnings"): no act done, habitual or by their team, and no act around
    someone told. A way of speaking put in "will" or "would" ("I'll be honest", "I'd say") is
    no act imagined."""
    imagined = [verb for verb in sent.own_hypothetical if verb.lemma not in STATES | SPEAKING]
    if not imagined:
        return False
    # "I would confirm the readings, make sure ... and call them": verbs joined to the imagined
    # one share its "would", whatever tense their own form shows
    joined = [verb for verb in sent.own_habitual
              if not _joined_to(sent, sent.tokens.index(verb), imagined)]
    return not (sent.own_past_actions or sent.team_past_actions or joined or goes_around(sent))


def _joined_to(sent: Sentence, position: int, verbs: list[Token]) -> bool:
    """The verb at ``position`` is joined ("and", a comma) to one of ``verbs``, directly or
    through other joined verbs, without a subject of its own ("and I call them" is a clause of
    its own)."""
    targets = {sent.tokens.index(verb) for verb in verbs}
    current = position
    for _step in range(6):
        if sent.tokens[current].dep != "conj" or any(
                sent.tokens[c].dep in SUBJECTS for c in children(sent, current)):
            return False
        head = sent.tokens[current].head
        if head == current or not 0 <= head < len(sent.tokens):
            return False
        if head in targets:
            return True
        current = head
    return False


SPEAKING = frozenset({"say", "admit", "put", "call", "describe", "argue", "add", "guess"})
"""Verbs of saying, which "I'd say" or "I must admit" puts as a way of speaking, not an act."""
FINDING_OUT = frozenset({"find", "discover", "notice", "spot", "learn", "realise", "realize",
                         "see", "hear", "uncover", "catch"})
"""Verbs of coming to know: what follows them ("I found that a supervisor had logged...") is
what someone else did, not an act of the speaker's."""


def speaker_acted_before(sent: Sentence, position: int) -> bool:
    """An earlier clause of the sentence (before ``position``) has "I" or "we" as the subject of
    an act: not a state, not denied, not a discovery of what someone else did ("I found that a
    supervisor had been logging repeat calls as new, so they fell out of the figures")."""
    for index in range(position):
        token = sent.tokens[index]
        if token.lower in SPEAKERS and token.dep in SUBJECTS:
            head = token.head
            if 0 <= head < len(sent.tokens) and not negated(sent, head) \
                    and sent.tokens[head].lemma not in STATES \
                    and not _found_clause(sent, head, position):
                return True
    return False


def _found_clause(sent: Sentence, verb: int, position: int) -> bool:
    """The speaker's verb at ``verb`` tells only a finding out: a verb of coming to know with a
    clause of what was found ("I found that a supervisor had..."), and no act of the speaker's
    joined to it ("I found the gap and quietly moved the cases"). ``position`` is where the
    clause being judged starts; an act joined before it counts."""
    if sent.tokens[verb].lemma not in FINDING_OUT:
        return False
    kids = children(sent, verb)
    if not any(sent.tokens[child].dep == "ccomp" for child in kids):
        return False
    return not any(
        sent.tokens[child].dep == "conj" and child < position and sent.tokens[child].pos == "VERB"
        and sent.tokens[child].lemma not in FINDING_OUT | STATES and not negated(sent, child)
        and not any(sent.tokens[item].dep in SUBJECTS for item in children(sent, child))
        for child in kids)
