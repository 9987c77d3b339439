"""Whether a tone finding's quoted sentence is aimed where its flaw needs it, read from the parse:
the last check before a criticism, blame or job-complaint finding is shown (a rule's
``aimed_at``; ``rules/engine.py``).

- ``third_party``: criticism needs someone else the speaker judges: a person, a group or an
  organisation in the sentence that is not only feeling or reacting ("the board chair was not
  thrilled", "they trust me", "he figured out what happened"), not a type sketched in general
  ("a manager is like a conductor", "people panic") and not inside a view the sentence reports
  as someone else's ("people think that public managers are slow"). A sentence naming no one
  keeps the finding (the judged may be a place or a "bunch");
- ``outside_cause``: blame needs a failure put outside the speaker: not the speaker claiming the
  thing as theirs ("the decision was mine, not marketing's"), not a lesson the speaker draws
  ("the main thing I learned is that targets from head office ..."), and not an elliptic reply
  that says nothing by itself ("They weren't.");
- ``own_job``: a job complaint needs the speaker, their work or their job as what is complained
  of: a sour word said of a third party's feeling ("the client got sick of it"), denied ("was not
  a waste of time"), inside someone else's view, or a past feeling of the speaker with no word
  of their work in it ("I got sick of fixing the same errors") is not one.

Each check returns True when the sentence may keep the finding; a sentence the parser did not
read keeps it.
"""

from __future__ import annotations

from poise.analysis import others_verdict
from poise.analysis.meaning import (
    SAYING_LEMMAS,
    WordClasses,
    children,
    negated,
    run_on,
    subtree,
    valence,
)
from poise.analysis.text import Sentence, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "theirs"})
QUANTIFIED = frozenset({"everybody", "everyone", "anybody", "anyone"})
"""People quantified over, not people judged ("he makes sure everybody plays together")."""
AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ian", "ee")
"""Endings of nouns for people by what they do ("surveyor", "planner", "consultant"): a noun with
one may be a person; the check errs towards keeping a finding."""
SOMEONE = frozenset({"nobody", "somebody", "someone", "no-one", "noone"})
"""People left unnamed ("nobody there had a clue"): still someone judged."""
INDEFINITE = frozenset({"a", "an", "any", "every", "each"})
PRESENT = frozenset({"VBZ", "VBP"})
SPEAKER = frozenset({"i", "we"})
OWN_OBJECTS = frozenset({"me", "us"})
NOT_OTHERS = frozenset({"i", "we", "you", "it", "this", "that", "what", "which"})
THINKING = SAYING_LEMMAS | {"believe", "assume", "reckon", "suppose", "find"}
"""Verbs that hold or say a view: a judgement under them is the view of their subject."""
BELIEVING = frozenset({"think", "believe", "feel", "assume", "reckon", "suppose", "find"})
"""Verbs of holding a view: their subject holds it, it is not judged (what someone says or
calls a thing can itself be the speaker's jibe)."""
KNOWING = frozenset({"know", "figure", "notice", "realise", "realize", "see", "learn", "find"})
"""Verbs of coming to know: someone else knowing something is not a verdict on them."""
FEELING_MIN = 1.0
"""A positive feeling denied ("not thrilled", "not happy") is a reaction, not a verdict."""


def is_person(token: Token, people: frozenset[str]) -> bool:
    """A person, a group or an organisation: a third-party pronoun, a proper name, a noun of the
    ``people`` class, or a plural or subject noun ending like a noun for someone by what they do
    ("surveyors")."""
    if token.lower in PRONOUNS or token.lower in QUANTIFIED or token.lower in SOMEONE:
        return True
    if token.dep == "compound":
        return False  # a noun naming another ("office furniture", "board paper")
    if token.pos == "PROPN":
        return True
    if token.pos != "NOUN":
        return False
    forms = _forms(token)
    if forms & people:
        return True
    return any(form.endswith(AGENT_SUFFIXES) for form in forms) and (
        token.tag == "NNS" or token.dep in SUBJECTS)  # "the surveyors", not "the local paper"


def _forms(token: Token) -> frozenset[str]:
    """The token's lower-case word, its lemma and, for a plural the lemma kept whole, the
    singular ("surveyors" -> "surveyor", "agencies" -> "agency")."""
    forms = {token.lower, token.lemma}
    if token.tag == "NNS":
        word = token.lower
        if word.endswith("ies"):
            forms.add(word[:-3] + "y")
        elif word.endswith("s"):
            forms.add(word[:-1])
    return frozenset(forms)


def _clause_of(sent: Sentence, position: int) -> int:
    """The verb (or copula's head) whose clause holds ``position``: climb until a token that has
    a subject among its children."""
    seen = 0
    current = position
    while 0 <= current < len(sent.tokens) and seen < len(sent.tokens):
        if any(sent.tokens[kid].dep in SUBJECTS for kid in children(sent, current)):
            return current
        head = sent.tokens[current].head
        if head == current or head < 0:
            return current
        current = head
        seen += 1
    return position


def _subject_of(sent: Sentence, verb: int) -> Token | None:
    for kid in children(sent, verb):
        if sent.tokens[kid].dep in SUBJECTS:
            return sent.tokens[kid]
    return None


def _generic(sent: Sentence, token: Token) -> bool:
    """A type sketched in general: an indefinite singular ("a manager") or a bare "people" as the
    subject of a present clause, or a quantified "everybody"."""
    if token.lower in QUANTIFIED:
        return True
    position = sent.tokens.index(token)
    dets = [sent.tokens[kid].lower for kid in children(sent, position)
            if sent.tokens[kid].dep in {"det", "poss"}]
    verb = token.head if token.dep in SUBJECTS else _clause_of(sent, position)
    present = 0 <= verb < len(sent.tokens) and (sent.tokens[verb].tag in PRESENT or any(
        sent.tokens[kid].tag in PRESENT for kid in children(sent, verb)
        if sent.tokens[kid].dep in {"aux", "auxpass"}))
    if dets and dets[0] in INDEFINITE and (present or (token.dep == "pobj"
                                           and sent.tokens[token.head].lower == "as")):
        return True
    return token.lower == "people" and token.dep in SUBJECTS and not dets


def _own_clause(sent: Sentence, verb: int) -> list[int]:
    """The positions of the clause headed by ``verb`` without the clauses inside it that have a
    subject of their own."""
    kept = [verb]
    stack = list(children(sent, verb))
    while stack:
        position = stack.pop()
        if any(sent.tokens[kid].dep in SUBJECTS for kid in children(sent, position)):
            continue
        kept.append(position)
        stack.extend(children(sent, position))
    return kept


def _reaction(sent: Sentence, verb: int, feelings: frozenset[str],
              cognition: frozenset[str]) -> bool:
    """The clause tells what someone felt or how they stood towards the speaker, not what they
    are: a passing state ("worried"), a positive feeling denied ("not thrilled"), an act of
    knowing not denied ("he figured out what happened"), or a verb aimed at the speaker ("they
    trust me")."""
    head = sent.tokens[verb]
    said = [head, *(sent.tokens[kid] for kid in children(sent, verb)
                    if sent.tokens[kid].dep in {"acomp", "attr", "xcomp", "oprd"})]
    if any(word.lower in feelings or word.lemma in feelings for word in said):
        return True
    if any((word.pos == "ADJ" or word.tag == "VBN") and (negated(sent, verb) or negated(
            sent, sent.tokens.index(word))) and valence(word, WordClasses()) >= FEELING_MIN
           for word in said):
        return True
    if (head.lemma in cognition or head.lemma in KNOWING) and not negated(sent, verb):
        return True
    aimed = [kid for kid in children(sent, verb) if sent.tokens[kid].dep in {"dobj", "dative"}]
    aimed += [grand for kid in children(sent, verb) if sent.tokens[kid].dep == "prep"
              for grand in children(sent, kid) if sent.tokens[grand].dep == "pobj"]
    return not negated(sent, verb) and any(sent.tokens[kid].lower in OWN_OBJECTS for kid in aimed)


def _reported(sent: Sentence, position: int, people: frozenset[str]) -> bool:
    """``position`` sits in a clause reported as someone else's view: under a verb of thinking or
    saying whose subject is a third party ("people think that managers are slow")."""
    current = sent.tokens[position].head
    child = position
    for _ in range(len(sent.tokens)):
        if not 0 <= current < len(sent.tokens) or current == child:
            return False
        token = sent.tokens[current]
        if token.lemma in THINKING and sent.tokens[child].dep in {"ccomp", "xcomp"} \
                and not run_on(sent, child, current):
            # "they are arrogant, they think they know it all": two clauses run together, the
            # first is the speaker's own (``meaning.run_on``)
            subject = _subject_of(sent, current)
            if subject is not None and (is_person(subject, people) or (
                    subject.pos in {"PRON", "DET", "ADJ"} and subject.lower not in NOT_OTHERS)):
                return True  # "people think that ...", "some say that ..."
        child, current = current, token.head
    return False


def third_party(sent: Sentence, *, people: frozenset[str], feelings: frozenset[str],
                cognition: frozenset[str]) -> bool:
    """Someone else the speaker judges is in the sentence (see the module's doc)."""
    if not sent.parsed:
        return True
    found = [token for position, token in enumerate(sent.tokens)
             if is_person(token, people) or others_verdict.body_of_people(sent, position)]
    sketched = [token for token in found if _generic(sent, token)]
    generic = {token.start for token in sketched}
    for token in sketched:  # "a manager is like the director of an orchestra"
        if token.dep in SUBJECTS:
            generic |= {sent.tokens[index].start for index in _own_clause(sent, token.head)}
    named = [token for token in found if token.lower not in PRONOUNS]
    judged = [token for token in found
              if token.start not in generic and not _neutral(sent, token, people, feelings, cognition)]
    if not found:
        return True  # no one named: the model's reading stands ("a sleepy organisation")
    if named and all(token.start in generic for token in named):
        # every person named is a type: the pronouns stand for it ("a manager ... he does not
        # play", "people misjudge ... they rush")
        judged = [token for token in judged if token.lower not in PRONOUNS]
    return bool(judged)


def _neutral(sent: Sentence, token: Token, people: frozenset[str], feelings: frozenset[str],
             cognition: frozenset[str]) -> bool:
    """The person is only feeling, reacting, holding a view, or inside a view reported as
    someone else's."""
    position = sent.tokens.index(token)
    if _reported(sent, position, people):
        return True
    verb = token.head if token.dep in SUBJECTS | {"dep"} else None
    if verb is None or not 0 <= verb < len(sent.tokens):
        return False
    if token.dep == "dep":  # "the customer, they rely on me": the noun the pronoun takes up
        subject = _subject_of(sent, verb)
        if subject is None or subject.lower not in PRONOUNS:
            return False
    if _reaction(sent, verb, feelings, cognition):
        return True
    if any(sent.tokens[c].dep in {"acomp", "attr"}
           and others_verdict.reaction_to_speaker(sent, sent.tokens[c]) for c in children(sent, verb)):
        return True  # "the chairman was impatient with me": how they took the speaker
    return sent.tokens[verb].lemma in BELIEVING and not negated(sent, verb)


LEARNING = frozenset({"learn", "realise", "realize"})
"""Verbs of a lesson the speaker draws ("the main thing I learned is that ...")."""


def _owned(sent: Sentence) -> bool:
    """The speaker claims the thing as theirs: "the decision was mine"."""
    for token in sent.tokens:
        if token.lower in {"mine", "ours"} and token.dep in {"attr", "acomp", "nsubj", "poss"} \
                and 0 <= token.head < len(sent.tokens) and sent.tokens[token.head].lemma == "be":
            return True
    return False


def _lesson(sent: Sentence) -> bool:
    """The sentence is a lesson the speaker draws: its main clause is about what the speaker
    learned ("the main thing I learned is that ...", "I learned that ...")."""
    roots = [index for index, token in enumerate(sent.tokens) if token.dep == "ROOT"]
    for root in roots:
        near = [root, *children(sent, root)]
        for position in near:
            for kid in [position, *children(sent, position)]:
                token = sent.tokens[kid]
                if token.lemma in LEARNING and (subject := _subject_of(sent, kid)) is not None \
                        and subject.lower in SPEAKER and token.tag in {"VBD", "VBN", "VBP"}:
                    return True
    return False


def _elliptic(sent: Sentence) -> bool:
    """A clause that says nothing by itself: a copula or auxiliary with no complement ("They
    weren't."), an answer to something said before."""
    words = [token for token in sent.tokens if token.pos not in {"PUNCT", "SPACE"}]
    if len(words) > 4:
        return False
    return not any(token.pos in {"VERB", "ADJ", "NOUN", "PROPN", "ADV"} and token.dep != "neg"
                   for token in words)


def outside_cause(sent: Sentence) -> bool:
    """Blame may stand on the sentence: it is not the speaker claiming the thing as their own, a
    lesson the speaker draws, or an elliptic reply (see the module's doc)."""
    if not sent.parsed:
        return True
    return not (_owned(sent) or _lesson(sent) or _elliptic(sent))


def own_job(sent: Sentence, start: int, end: int, *, people: frozenset[str],
            work: frozenset[str]) -> bool:
    """The words from ``start`` to ``end`` (a sour phrase) are a complaint of the speaker about
    their own work (see the module's doc)."""
    if not sent.parsed:
        return True
    inside = [index for index, token in enumerate(sent.tokens) if start <= token.start < end]
    if not inside:
        return True
    verb = _clause_of(sent, inside[0])
    subject = _subject_of(sent, verb)
    if subject is not None and inside[0] in subtree(sent, sent.tokens.index(subject)):
        return True  # the sour words name the subject: "the useless people in purchasing"
    if negated(sent, verb) or any(sent.tokens[kid].dep == "neg" for index in inside
                                  for kid in children(sent, index)):
        return False
    if _reported(sent, inside[0], people):
        return False
    if subject is None:
        return True
    if subject.lower in SPEAKER:
        if sent.tokens[verb].tag in PRESENT or any(
                sent.tokens[kid].tag in PRESENT for kid in children(sent, verb)):
            return True
        said = subtree(sent, verb)
        return any(sent.tokens[index].lemma in work or sent.tokens[index].lower in work
                   for index in said)
    return not is_person(subject, people)  # "the client got sick of it": someone else's feeling

