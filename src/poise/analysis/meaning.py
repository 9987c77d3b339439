"""Flaws found by meaning: who is judged, who is blamed, who is dismissed, read from the parse.

Each detector walks the dependency parse of one sentence and asks a grammatical question ("is a
third party the subject of a clause that passes a negative judgement?"). Whether a word is
negative or positive comes from the VADER sentiment lexicon (the ``vaderSentiment`` package, MIT),
read from the installed package, plus small word classes kept as content lexicons. Every hit is
the sentence it sits in, so a finding always quotes its words.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from poise.analysis.grammar import CHANGE_LEMMAS, MODALS, clause_mood
from poise.errors import ModelMissingError

if TYPE_CHECKING:
    from poise.analysis.text import Sentence, Token

VADER_PACKAGE = "vaderSentiment"
NEGATIVE = -1.0
STRONGLY_NEGATIVE = -2.0
POSITIVE = 1.5
COPULAS = frozenset({"be", "seem", "become", "get", "look", "sound", "feel", "remain", "stay", "go"})
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp"})
OBJECT_DEPS = frozenset({"attr", "acomp", "oprd"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=1)
def sentiment_lexicon() -> dict[str, float]:
    """Word -> mean valence (-4..4) from VADER's published lexicon, read from the package."""
    spec = importlib.util.find_spec(VADER_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(
            "The sentiment lexicon package 'vaderSentiment' is not installed.",
            hint="Run: pip install vaderSentiment==3.3.2",
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "vader_lexicon.txt"
    lexicon: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        try:
            lexicon[parts[0]] = float(parts[1])
        except ValueError:
            continue
    return lexicon


@dataclass(frozen=True)
class WordClasses:
    """The word classes a detector reads (lower-case words and lemmas), from content lexicons."""

    targets: frozenset[str] = frozenset()
    negative: frozenset[str] = frozenset()
    positive: frozenset[str] = frozenset()


def valence(token: Token, classes: WordClasses) -> float:
    """The token's valence: content word classes first, then VADER (word, then lemma)."""
    if token.lower in classes.negative or token.lemma in classes.negative:
        return -2.0
    if token.lower in classes.positive or token.lemma in classes.positive:
        return 2.0
    lexicon = sentiment_lexicon()
    value = lexicon.get(token.lower)
    if value is None:
        value = lexicon.get(token.lemma, 0.0)
    return value


def children(sent: Sentence, position: int) -> tuple[int, ...]:
    """The positions of the token's syntactic children, as the sentence keeps them (a tuple no
    caller can change: read hundreds of times per sentence, it is not copied)."""
    return sent.child_map[position]


def subtree(sent: Sentence, position: int, *, skip: frozenset[str] = frozenset()) -> list[int]:
    """The positions under ``position`` (itself included), not entering a child whose relation
    is in ``skip``."""
    child_map = sent.child_map
    found, stack = [], [position]
    if not skip:  # the common case: no relation to test on each child
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(child_map[current])
    else:
        tokens = sent.tokens
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(child for child in child_map[current] if tokens[child].dep not in skip)
    found.sort()
    return found


def be_clauses(sent: Sentence, named: frozenset[str]) -> Iterator[tuple[list[int], list[int]]]:
    """Each clause of "be" in a sentence as the positions of its subject ("what matters most")
    and of what it names through a child whose relation is in ``named`` ("is the calm of the
    nurses"), the subject's positions left out."""
    for root, token in enumerate(sent.tokens):
        if token.lemma != "be":
            continue
        kids = sent.child_map[root]
        subject = [position for kid in kids if sent.tokens[kid].dep in {"nsubj", "csubj"}
                   for position in subtree(sent, kid)]
        told = [position for kid in kids if sent.tokens[kid].dep in named
                for position in subtree(sent, kid) if position not in subject]
        yield subject, told


def hangs_under(sent: Sentence, position: int, marks: frozenset[str], *, reach: int | None = None
                ) -> bool:
    """The clause at ``position``, or one it hangs from (up to ``reach`` steps; all the way up
    without one), is opened by one of ``marks`` ("if", "whether")."""
    seen: set[int] = set()
    current = position
    while 0 <= current < len(sent.tokens) and current not in seen and (
            reach is None or len(seen) < reach):
        seen.add(current)
        if any(sent.tokens[c].lower in marks and sent.tokens[c].dep == "mark"
               for c in children(sent, current)):
            return True
        if sent.tokens[current].dep == "ROOT" or sent.tokens[current].head == current:
            break
        current = sent.tokens[current].head
    return False


NEGATING_WORDS = frozenset({"never", "no", "hardly", "barely", "scarcely"})
NEGATING_RELATIONS = frozenset({"neg", "advmod", "det"})


def negated(sent: Sentence, position: int) -> bool:
    """Whether a child of the word at ``position`` negates it ("not", "never", "no")."""
    tokens = sent.tokens
    for child in sent.child_map[position]:  # a loop: asked of nearly every word, many times
        token = tokens[child]
        if token.dep == "neg" or (token.lower in NEGATING_WORDS and token.dep in NEGATING_RELATIONS):
            return True
    return False


def feeling_denied(sent: Sentence, verb: int, word: int) -> bool:
    """Whether the speaker denies a feeling rather than states it: the verb or the feeling word
    negated ("I'm not bored", "I'm no tired"), or the clause put under a denied "it's" ("It's not
    that I'm unhappy")."""
    if negated(sent, verb) or negated(sent, word):
        return True
    head = sent.tokens[verb].head
    return sent.tokens[verb].dep == "ccomp" and 0 <= head < verb and (
        sent.tokens[head].lemma == "be" or sent.tokens[head].lower in {"'s", "’s"}) and negated(sent, head)


def _reported(sent: Sentence, verb: int) -> bool:
    """Whether the clause states something (not a condition, a question or a wish)."""
    return clause_mood(sent, verb) not in {"conditional", "question"}


def predicate_words(sent: Sentence, verb: int) -> list[int]:
    """What a clause says about its subject: the verb, its predicate or object, and their
    modifiers ("was a complete mess" -> was, mess, complete)."""
    words = [verb]
    for child in children(sent, verb):
        token = sent.tokens[child]
        if token.dep in OBJECT_DEPS or token.dep in PREDICATE_DEPS:
            words.append(child)
            for grandchild in children(sent, child):
                if sent.tokens[grandchild].dep in {"amod", "advmod", "compound", "conj", "acomp"}:
                    words.append(grandchild)
        elif token.dep == "advmod" and token.pos == "ADV":
            words.append(child)
    return words


def negative_predicate(sent: Sentence, verb: int, classes: WordClasses) -> Token | None:
    """The negative word of a clause's predicate, if the clause is not itself negated
    ("wasn't bad" is not negative)."""
    if negated(sent, verb):
        return None
    for position in predicate_words(sent, verb):
        token = sent.tokens[position]
        if position == verb:
            # the verb itself is a verdict only when strongly negative and not a change verb
            # ("cut", "reduced" report results): "ruined", "lied", "sabotaged"
            if token.lemma not in CHANGE_LEMMAS and valence(token, classes) <= STRONGLY_NEGATIVE:
                return token
            continue
        if negated(sent, position) or counted_none(sent, position):
            continue  # "wasn't bad", "not one complaint", "zero complaints"
        if _degree_of_good(sent, position, classes):
            continue  # "were dead pleased", "awfully kind": a word of degree on praise
        if token.pos in {"ADJ", "NOUN"} and valence(token, classes) <= NEGATIVE:
            return token
        if token.pos == "ADJ" and _in_excess(sent, position) and valence(token, classes) <= 0 \
                and token.lower not in AMOUNTS:
            return token  # "was way too soft", "too slow": more than was right, a verdict
        if token.pos == "ADV" and valence(token, classes) <= STRONGLY_NEGATIVE:
            return token
    return None


AMOUNTS = frozenset({"much", "many", "few", "little", "more", "less"})
"""Words of amount: "too much", "too many" weigh a load, they judge no one's character."""
NONE_COUNTS = frozenset({"zero", "nil"})


def counted_none(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is counted to none by its number ("not one complaint", "not a
    single complaint", "zero complaints"): the bad thing it names did not happen."""
    return any(sent.tokens[c].dep in {"nummod", "det", "amod", "quantmod"} and (
        negated(sent, c) or sent.tokens[c].lower in NONE_COUNTS) for c in children(sent, position))


def _degree_of_good(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """The word at ``position`` only grades a good word it modifies: "dead pleased", "awfully
    kind", "terribly proud" (an adverbial modifier whose head the lexicon rates as good), so its
    own negative rating judges no one."""
    token = sent.tokens[position]
    if token.dep != "advmod" or not 0 <= token.head < len(sent.tokens) or token.head == position:
        return False
    return valence(sent.tokens[token.head], classes) > 0


def _in_excess(sent: Sentence, position: int) -> bool:
    """The adjective at ``position`` is said to be "too" much, with no consequence clause or
    measure that turns the excess into a fact of capacity ("too soft" judges; "too late to stop
    it" tells a timing; "too small for the volume" tells a size against a load)."""
    kids = children(sent, position)
    if not any(sent.tokens[c].lower == "too" and sent.tokens[c].dep == "advmod" for c in kids):
        return False
    return not any(sent.tokens[c].dep in {"xcomp", "ccomp", "advcl"}
                   or (sent.tokens[c].dep == "prep" and sent.tokens[c].lower == "for") for c in kids)


def is_target(token: Token, classes: WordClasses) -> bool:
    """Whether the token belongs to the target class (a plural noun counts as its singular)."""
    if token.lower in classes.targets or token.lemma in classes.targets:
        return True
    return token.tag in {"NNS", "NNPS"} and token.lower.endswith("s") and (
        token.lower[:-1] in classes.targets
    )


def governing_verb(sent: Sentence, position: int) -> int | None:
    """The verb whose subject (or passive subject) the token is, if any."""
    token = sent.tokens[position]
    if token.dep in SUBJECT_DEPS and 0 <= token.head < len(sent.tokens):
        return token.head
    if token.dep == "conj":  # "my boss and the owners were..."
        head = sent.tokens[token.head]
        if head.dep in SUBJECT_DEPS and 0 <= head.head < len(sent.tokens):
            return head.head
    return None


def speaker_in(sent: Sentence, positions: Iterable[int]) -> bool:
    return any(sent.tokens[position].lower in {"i", "we", "me", "us"} for position in positions)


def judged_targets(
    sent: Sentence, classes: WordClasses, *, judgement_verbs: frozenset[str]
) -> list[tuple[Token, Token]]:
    """(target, judging word) pairs: a target (a boss, the owners, a supplier) that is the subject
    of a clause passing a negative judgement ("was clueless", "made a mess of it"), the subject
    of a denied act of judgement ("never listened", "didn't understand the numbers"), or a noun
    a negative adjective modifies ("incompetent management"). A subject the target owns stands
    for them ("their forecasting was hopeless", ``_held_by_target``)."""
    if not sent.parsed:
        return []
    found = []
    for position, token in enumerate(sent.tokens):
        owned = not is_target(token, classes)
        if owned and not _held_by_target(sent, position, classes):
            continue
        determiners = {sent.tokens[c].lower for c in children(sent, position)
                       if sent.tokens[c].dep == "det"}
        # a target naming a kind of thing ("the rogue-trader listings", "supplier data"): its
        # modifiers classify the thing, they judge no one
        classifier = token.dep == "compound"
        for child in [] if owned or classifier else children(sent, position):
            modifier = sent.tokens[child]
            # "incompetent management", "my useless boss"; not "a weak manager" said of a case
            # "300 odd people", "twenty-odd staff": an approximate count, not a verdict
            after_count = child > 0 and sent.tokens[child - 1].tag == "CD"
            # "lost customers", "delayed suppliers": a participle tells what happened to them
            participle = modifier.tag in {"VBN", "VBD", "VBG"}
            if modifier.dep == "amod" and valence(modifier, classes) <= NEGATIVE and not participle and not (
                determiners & {"a", "an", "any", "every", "some"}
            ) and not modal_or_conditional(sent) and not after_count:
                found.append((token, modifier))
        verb = governing_verb(sent, position)
        if verb is None or not _reported(sent, verb) or _generic_case(sent, verb):
            continue
        if _class_in_general(sent, position, verb) or _others_verdict(sent, verb):
            continue
        if determiners & {"a", "an", "any", "every"} and _present(sent, verb):
            continue  # "a manager who tolerates poor work is being unfair": anyone, not someone
        subject_words = [child for child in children(sent, verb)
                         if sent.tokens[child].dep in SUBJECT_DEPS]
        joined = [c for s in subject_words for c in children(sent, s) if sent.tokens[c].dep == "conj"]
        if speaker_in(sent, subject_words + joined):
            continue  # "my boss and I disagreed": shared, not a verdict on someone else
        head = sent.tokens[verb]
        word = negative_predicate(sent, verb, classes)
        if word is not None and word is head and clause_mood(sent, verb) in {"hypothetical", "past_future"}:
            word = None  # "they'd panic", "he would object": a prediction, not a verdict
        if word is not None and word.dep == "compound":
            word = None  # "the department was the problem area": a compound classifies its noun
        if word is not None and (_said_of_object(sent, verb, word) or _denied_by_speaker(sent, verb)
                                 or _wanted(sent, word) or (
                                     word.lower not in classes.negative
                                     and longing_for(sent, sent.tokens.index(word), classes))):
            word = None
        if token.dep == "nsubjpass":
            # "she was never allowed to...", "they weren't told": something done to the target,
            # which judges whoever did it, not the target
            continue
        if word is not None and owned and (word.lower not in classes.negative
                                           or sent.own_past_actions):
            word = None  # "their morale was low, so I...": a state told as the set-up
        if word is not None:
            found.append((token, word))
        elif owned:
            continue
        elif negated(sent, verb) and head.lemma in judgement_verbs and _pointed_denial(
            sent, verb, pronoun=_generic_pronoun(sent, token)
        ):
            found.append((token, head))
        else:
            for child in children(sent, verb):
                inner = sent.tokens[child]
                if inner.dep == "xcomp" and negated(sent, child) and inner.lemma in judgement_verbs \
                        and _pointed_denial(sent, child, pronoun=_generic_pronoun(sent, token)):
                    found.append((token, inner))
    return found


PARTICULAR_PRONOUNS = frozenset({"he", "she"})


def _generic_pronoun(sent: Sentence, token: Token) -> bool:
    """A pronoun that may stand for people in general ("they don't trust a newcomer", "you
    don't question the chef"), or any pronoun in a sentence where the speaker also acts ("she
    doesn't see why we moved, so I'm walking her through it": a problem taken on). "He" and
    "she" otherwise point at one person, so a present denial of them ("he doesn't listen") is a
    standing verdict on someone in particular."""
    if token.tag != "PRP":
        return False
    return token.lower not in PARTICULAR_PRONOUNS or any(
        other.lower in {"i", "we"} and other.dep in SUBJECT_DEPS for other in sent.tokens)


SAYING_LEMMAS = frozenset({"say", "tell", "claim", "think", "feel", "complain", "call", "describe"})


def _class_in_general(sent: Sentence, position: int, verb: int) -> bool:
    """The subject is a class in general: a bare plural ("banks punish surprises", "customers
    complain") in a present clause, no determiner or owner to make it particular ones. A remark
    on how a kind of party behaves is a lesson or a fact of the trade, not a verdict on someone
    the speaker worked with."""
    token = sent.tokens[position]
    if token.tag not in {"NNS", "NNPS"} or not _present(sent, verb):
        return False
    return not any(sent.tokens[c].dep in {"det", "poss", "nummod", "amod", "compound"}
                   for c in children(sent, position))


def _others_verdict(sent: Sentence, verb: int) -> bool:
    """The clause is what other people said or thought ("the other staff were saying he was
    lazy"): the verdict is theirs, reported, not the speaker's."""
    head = sent.tokens[verb].head
    if sent.tokens[verb].dep != "ccomp" or not 0 <= head < len(sent.tokens) or head == verb:
        return False
    if sent.tokens[head].lemma not in SAYING_LEMMAS or run_on(sent, verb, head):
        return False
    said_by = sayers(sent, head, verb)
    return bool(said_by) and not speaker_in(sent, said_by)


def run_on(sent: Sentence, said: int, verb: int) -> bool:
    """The clause at ``said``, which the parse hangs as a complement of the verb of saying or
    thinking at ``verb`` after it, is a clause of its own run on with a comma ("they are
    arrogant, they think they know everything", "the team is lazy, they only call when..."):
    that verb takes its own complement or object after it, and a verb says one thing. A
    pronoun after it names who was told ("she was careless, they told me"), not what."""
    return said < verb and any(c > verb and (sent.tokens[c].dep in {"ccomp", "xcomp"} or (
        sent.tokens[c].dep == "dobj" and sent.tokens[c].tag != "PRP"))
                               for c in children(sent, verb))


def sayers(sent: Sentence, verb: int, said: int) -> list[int]:
    """The subjects of a verb of saying, or of the verb it is joined to when it has none of its
    own ("you don't stand up in a meeting and tell your boss he is wrong": "you" tells). When
    what is said (the clause at ``said``) comes first, a bare singular noun after it is no
    sayer (``_bare_common_noun``)."""
    seen: set[int] = set()
    while 0 <= verb < len(sent.tokens) and verb not in seen:
        seen.add(verb)
        subjects = [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS
                    and not (said < c and _bare_common_noun(sent, c))]
        if subjects or sent.tokens[verb].dep != "conj":
            return subjects
        verb = sent.tokens[verb].head
    return []


def _bare_common_noun(sent: Sentence, position: int) -> bool:
    """A singular common noun with no determiner, owner or modifier of its own: after the clause
    it would have said, a word of dialect or a slip the parser took for a noun ("he was
    useless, didnae know a ..."), not someone reporting it."""
    token = sent.tokens[position]
    return token.tag == "NN" and not children(sent, position)


POSSESSIVE_PERSONS = {"his": "he", "her": "she", "their": "they"}
# A verdict on something a target owns must be a verdict word (the rule's ``negative`` class:
# "hopeless", "a mess"); a merely negative one tells a state or a fact ("their morale was low",
# "his availability was the lowest in the team").


def _held_by_target(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """The subject at ``position`` is something a target owns: "the owners' idea of a plan",
    "their forecasting", "his reports" (a possessor of the target class, or "his", "her",
    "their" when that person is one): a verdict on it is a verdict on them."""
    if sent.tokens[position].dep not in SUBJECT_DEPS:
        return False
    for child in children(sent, position):
        owner = sent.tokens[child]
        if owner.dep != "poss":
            continue
        if is_target(owner, classes) or POSSESSIVE_PERSONS.get(owner.lower, "") in classes.targets:
            return True
    return False


GENERIC_MARKS = frozenset({"when", "whenever", "if", "unless", "once"})
WANTING = frozenset({"want", "wish", "ask", "plan", "try", "hope", "need", "decide", "prefer"})


def _generic_case(sent: Sentence, verb: int) -> bool:
    """The clause is a case put in general, not a report about someone: a present-tense clause
    under "when"/"if" ("problems come when the management is weak", "if they still refuse"), or
    a relative clause about an indefinite person ("a supervisor who never gives feedback")."""
    token = sent.tokens[verb]
    marks = {sent.tokens[c].lower for c in children(sent, verb) if sent.tokens[c].dep in {"mark", "advmod"}}
    if marks & GENERIC_MARKS and token.tag in {"VBZ", "VBP", "VB"}:
        return True
    if token.dep in {"ccomp", "xcomp"} and token.tag == "VB" and 0 <= token.head < len(sent.tokens) and any(
        sent.tokens[c].lower in MODALS for c in children(sent, token.head)
    ):
        return True  # "you cannot allow two people to wreck it": a principle, not a report
    if token.dep == "relcl" and 0 <= token.head < len(sent.tokens):
        head = token.head
        return any(sent.tokens[c].dep == "det" and sent.tokens[c].lower in {"a", "an", "any", "every"}
                   for c in children(sent, head))
    return False


def _present(sent: Sentence, verb: int) -> bool:
    """The clause is in the present ("is", "are being", "gives"), not a report of the past."""
    auxes = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep in {"aux", "auxpass"}]
    return sent.tokens[verb].tag in {"VBZ", "VBP"} or any(aux.tag in {"VBZ", "VBP"} for aux in auxes)


def _wanted(sent: Sentence, word: Token) -> bool:
    """The negative word is what someone wanted or tried to do ("customers who wanted to
    delay"): a wish reported, not a verdict on them."""
    position = sent.tokens.index(word)
    return word.dep == "xcomp" and 0 <= word.head < len(sent.tokens) and (
        sent.tokens[word.head].lemma in WANTING) and position != word.head


THING_POINTERS = frozenset({"it", "this", "that", "them", "one", "something", "anything"})


def longing_for(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """The adjective at ``position`` is aimed at a thing under "for" ("desperate for it",
    "hungry for the new rota"): it tells what someone wanted, not what they are like. A person
    under "for" ("bad for the team", "hard on the new starters") keeps the verdict's reach, and
    so does a degree that makes it a measure ("too slow for the job")."""
    word = sent.tokens[position]
    if word.pos != "ADJ" or any(sent.tokens[c].lower in {"too", "enough"} for c in children(sent, position)):
        return False
    for child in children(sent, position):
        if sent.tokens[child].dep != "prep" or sent.tokens[child].lower != "for":
            continue
        objects = [c for c in children(sent, child) if sent.tokens[c].dep == "pobj"]
        return bool(objects) and all(
            sent.tokens[o].lower in THING_POINTERS
            or (sent.tokens[o].pos == "NOUN" and not is_target(sent.tokens[o], classes))
            for o in objects)
    return False


def _said_of_object(sent: Sentence, verb: int, word: Token) -> bool:
    """Whether the judging word is predicated of the verb's object, not of its subject: "the board
    found it uncomfortable", "they've seen what goes wrong" (the subject judges or sees; the
    verdict falls on the thing)."""
    position = sent.tokens.index(word)
    has_object = any(sent.tokens[c].dep in {"dobj", "ccomp"} for c in children(sent, verb))
    seen = set()
    while position != verb and position not in seen and 0 <= position < len(sent.tokens):
        seen.add(position)
        token = sent.tokens[position]
        if token.dep == "oprd" or (token.dep == "xcomp" and has_object and token.head == verb):
            return True
        position = token.head
    return False


DENIAL_OF_SPEECH = frozenset({"say", "think", "claim", "believe", "feel", "pretend", "suggest"})


def _denied_by_speaker(sent: Sentence, verb: int) -> bool:
    """Whether the clause is a complement of something the speaker denies having had or seen:
    "I have never had a supplier miss a date" (a failure denied, not a verdict); not a denied
    verb of saying ("I can't say my boss ever listened" still judges)."""
    token = sent.tokens[verb]
    if token.dep not in {"ccomp", "xcomp"} or not 0 <= token.head < len(sent.tokens):
        return False
    head = token.head
    if not negated(sent, head) or sent.tokens[head].lemma in DENIAL_OF_SPEECH:
        return False
    return speaker_in(sent, [c for c in children(sent, head) if sent.tokens[c].dep in SUBJECT_DEPS])


POINTED = frozenset({"never", "really", "even", "ever", "simply", "just", "once", "bother"})


def _pointed_denial(sent: Sentence, verb: int, *, pronoun: bool = False) -> bool:
    """A denial that judges rather than reports: "never", "not even", "didn't really", or a
    present habit of a named party ("my boss doesn't listen"); not a plain past fact ("the client
    didn't know") nor a generic "they don't trust..." said of people in general."""
    kids = [sent.tokens[c] for c in children(sent, verb)]
    if any(kid.lower in NOT_YET for kid in kids):
        return False  # "he doesn't know the figures yet": a state of the moment
    if any(kid.lower in POINTED for kid in kids) or at_all(sent, verb):
        return True
    return not pronoun and clause_mood_present(sent, verb)


NOT_YET = frozenset({"yet"})
"""A word that makes a denial a state of the moment, which time will end ("not yet")."""
WHOLLY = frozenset({"all"})
"""The object of "at" that makes a denial whole ("doesn't understand it at all")."""


def at_all(sent: Sentence, verb: int) -> bool:
    """The denial at ``verb`` is made whole by "at all", hung from the verb or from its object
    ("he does not listen at all", "didn't understand the figures at all"): a degree of denial
    that points it at the person, as "never" does."""
    heads = [verb, *(c for c in children(sent, verb) if sent.tokens[c].dep in {"dobj", "prep"})]
    return any(sent.tokens[c].lower == "at" and sent.tokens[c].dep == "prep"
               and any(sent.tokens[g].lower in WHOLLY for g in children(sent, c))
               for head in heads for c in children(sent, head))


def clause_mood_present(sent: Sentence, verb: int) -> bool:
    auxes = [sent.tokens[c] for c in children(sent, verb) if sent.tokens[c].dep in {"aux", "neg"}]
    return any(aux.lower in {"does", "do", "doesn't", "don't"} for aux in auxes) or (
        sent.tokens[verb].tag in {"VBZ", "VBP"}
    )


def modal_or_conditional(sent: Sentence) -> bool:
    return any(token.lower in MODALS for token in sent.tokens) or any(
        token.lower in {"if", "unless"} for token in sent.tokens
    )
