"""A verdict on someone other than the speaker, read from the parse when no word class names them.

``meaning.judged_targets`` hears a verdict on a target its word classes name (a boss, the
owners, the team). A speaker may name the people they judge in words no class lists: a person by
a casual noun or a job of their trade, a former employer by its site or its name. The parse
still shows that the subject is someone else:

- a third-person pronoun for a person ("he", "she");
- a noun a relative clause opens with "who" ("the buyer, who..."), one set before the speaker in
  time ("the one before me"), or one its clause goes on to call "his" or "her";
- a noun for a person by what they do (its ending: administrator, technician, trainee), or one
  the word classes already name.

and that the clause judges them: a copular clause ("was", "seemed") whose predicate is a
character trait in negative words (a listed negative valence, or one estimated for a word the
sentiment lexicon does not list), or a positive trait denied ("not very bright", "not strong on
planning": litotes; a quality of conduct the caller's ``positive`` class names counts
whatever the sentiment lexicon rates it: "not serious people", "not reliable"). A subject that
names part of a group ("many of the new drivers") stands for the group, and a noun its clause
calls a kind of person ("the drivers are not serious people") is someone. A passing state
("frustrated", "stretched", "under pressure") is not a verdict, nor is a clause put as a
condition, a general case ("a manager who...") or a prediction.

``understated_other`` hears the same verdict put by understatement: a superlative of a good
quality denied of that person ("he was not the sharpest", "never the most organised", "not the
brightest tool in the box"), where the superlative ranks no one against a named group of people
("not the most senior person in the room" compares, it does not judge).
"""

from __future__ import annotations

from collections.abc import Callable

from poise.analysis.focus import NOT_PERSONS, PERSON_ENDINGS
from poise.analysis.grammar import MODALS, clause_mood
from poise.analysis.meaning import (
    SAYING_LEMMAS,
    SUBJECT_DEPS,
    WordClasses,
    children,
    is_target,
    longing_for,
    negated,
    run_on,
    sayers,
    sentiment_lexicon,
    subtree,
)
from poise.analysis.text import Sentence, Token, per_sentence

JUDGING_COPULAS = frozenset({"be", "seem", "look", "sound", "appear", "prove"})
"""Verbs that say what someone is; not those of a change or a feeling ("got twitchy", "went
quiet", "felt let down"), which tell a passing state."""
CASE_MARKS = frozenset({"when", "whenever", "if", "unless", "until", "once", "while"})
"""Marks of a clause that puts a case or a moment ("told clients when she was wrong"), not a
verdict."""
OF_HEADS = frozenset({"one", "kind", "sort", "type", "bunch", "lot", "some", "most"})
"""Predicate words whose noun comes under "of" ("one of those lazy planners")."""
PERSON_PRONOUNS = frozenset({"he", "she"})
PERSON_POSSESSIVES = frozenset({"his", "her"})
SPEAKERS = frozenset({"i", "we", "me", "us", "my", "our"})
TRAIT_DEPS = frozenset({"acomp", "attr"})
NEGATIVE_TRAIT = -1.3
"""A listed valence at or below this judges (VADER's scale, -4..4)."""
ESTIMATED_TRAIT = -1.16
"""An estimated valence (a word the lexicon does not list) must reach further: the estimate is
rougher than a rating."""
FEELINGS = frozenset({"happy", "keen", "pleased", "glad", "comfortable", "sure", "thrilled",
                      "excited", "eager", "confident", "satisfied", "convinced", "ready", "fond",
                      "positive", "supportive", "enthusiastic"})
"""Words a denial turns into a passing feeling ("not happy about the rota", "not keen on it"),
not a verdict on the person, beside the rule's states and their "un-" forms."""
DEGREE_WORDS = frozenset({"very", "really", "so", "quite", "rather", "pretty", "extremely",
                          "incredibly", "terribly", "awfully", "bit", "too"})
"""Words of degree on a trait ("very slow", "a bit lazy", "too cautious"): a trait graded is
one the speaker dwells on, so a milder word judges."""
PERSON_PREDICATES = frozenset({"person", "people", "man", "woman", "guy", "bloke", "chap", "folk",
                               "folks", "character", "individual"})
"""Predicate nouns that say the clause describes what someone is like ("they are slow people",
"a difficult man")."""
MARKED_TRAIT = -1.0
"""A listed valence at or below this judges when the trait is graded or qualifies a person
("they were very cautious", "short-sighted people")."""
MARKED_ESTIMATE = -0.95
"""The same for an estimated valence (a price word, "very cheap", stays out: it tells what
they charge, not what they are like)."""
POSITIVE_TRAIT = 1.5
"""A positive trait denied ("not very bright") judges when its listed valence reaches this."""
GENERIC_DETERMINERS = frozenset({"a", "an", "any", "every", "some", "no"})
ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody",
                    "no-one", "people"})
"""Words for anyone at all: a remark about them judges no one the speaker worked with."""
THINKING = SAYING_LEMMAS | frozenset({"assume", "believe", "suspect", "reckon", "suppose", "insist",
                                      "decide", "conclude", "agree", "argue"})
"""Verbs under which a verdict is someone's report or belief ("everybody assumed the pharmacists
were careless", "tell your boss he is wrong"), not the speaker's own."""

Estimate = Callable[[str], float]


def _listed(word: Token) -> float | None:
    lexicon = sentiment_lexicon()
    value = lexicon.get(word.lower)
    return lexicon.get(word.lemma) if value is None else value


def person_noun(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """The noun at ``position`` refers to someone other than the speaker (see the module)."""
    token = sent.tokens[position]
    if token.lower in SPEAKERS or token.lower in ANYONE or (
            token.lower == "one" and not children(sent, position)):
        return False  # "one" alone is anyone; "the second one" is someone
    if token.tag == "PRP":
        return token.lower in PERSON_PRONOUNS
    if token.lower == "who" and token.dep == "nsubj":
        # "the matron, who was ...": the relative clause speaks of its noun
        clause = token.head
        noun = sent.tokens[clause].head if 0 <= clause < len(sent.tokens) else -1
        return sent.tokens[clause].dep == "relcl" and 0 <= noun < len(sent.tokens) \
            and noun != position and person_noun(sent, noun, classes)
    if token.pos not in {"NOUN", "PROPN"}:
        return False
    kids = [sent.tokens[c] for c in children(sent, position)]
    if any(kid.dep == "det" and kid.lower in GENERIC_DETERMINERS for kid in kids) \
            and not told_relative(sent, position):
        return False  # "a manager who is careless...": anyone, not someone
    if is_target(token, classes) or body_of_people(sent, position):
        return True
    for child in children(sent, position):
        kid = sent.tokens[child]
        if kid.dep == "relcl" and any(sent.tokens[g].lower in {"who", "whom"}
                                      for g in children(sent, child)):
            return True
        if kid.dep == "prep" and kid.lower == "before" and any(
                sent.tokens[g].lower in SPEAKERS for g in children(sent, child)):
            return True
    # the clause goes on to call it "his" or "her" ("was clueless, never up a tower in his
    # life"), outside the subject's own words ("his mother")
    clause = sent.tokens[position].head
    own = set(subtree(sent, position))
    if token.tag == "NN" and 0 <= clause < len(sent.tokens) and any(
            sent.tokens[other].lower in PERSON_POSSESSIVES and sent.tokens[other].dep == "poss"
            for other in subtree(sent, clause) if other not in own and other > position):
        return True
    last = token.lower.rsplit("-", 1)[-1]
    # "handover", "turnover": a verb and its particle, a thing done, not a doer; a name is no
    # job (a language or a nationality: "my Italian" is the speaker's own skill)
    return token.pos == "NOUN" and last.endswith(PERSON_ENDINGS) and last not in NOT_PERSONS \
        and len(last) > 4 and not last.endswith("over")


PLURAL_VERBS = frozenset({"are", "were", "'re", "’re"})


def body_of_people(sent: Sentence, position: int) -> bool:
    """A name taken as a body of people by the plural verb it governs: "HR are useless", "the
    council said Procurement were hopeless", "Acme are careless" (a singular name agreeing with
    "are" or "were" names the people of a department or a firm, not a thing). A name is an
    acronym ("HR", "IT") or a singular noun written with a capital inside the sentence; a
    plural, or a common noun ("the process were slow", "equipment were old": a slip of grammar
    on a thing), is no such sign."""
    token = sent.tokens[position]
    if token.dep != "nsubj" or not 0 <= token.head < len(sent.tokens):
        return False
    acronym = token.text.isupper() and len(token.text) >= 2
    # a capital at the head of the sentence says nothing, and the tagger takes a capitalised
    # plural there for a name ("Kilns are a huge cost")
    named = acronym or (position > 0 and token.tag in {"NNP", "NN"} and token.text[:1].isupper()
                        and not token.lower.endswith("s"))
    if not named:
        return False
    verb = sent.tokens[token.head]
    return verb.lower in PLURAL_VERBS or any(
        sent.tokens[c].lower in PLURAL_VERBS and sent.tokens[c].dep in {"aux", "auxpass"}
        for c in children(sent, token.head))


HEALTH = frozenset({"sick", "ill", "unwell", "poorly", "mad"})
"""States of health or temper: what befell someone, not what they are like."""


def _state(word: Token, states: frozenset[str]) -> bool:
    """A passing state, a feeling or what happened to them ("frustrated", "struggling",
    "uncomfortable", "sick"), not a trait."""
    return word.lower in states or word.lemma in states or word.lower.endswith(("ed", "ing")) \
        or word.tag in {"VBN", "VBG"} or word.lower in HEALTH or (
            word.lower.startswith("un") and word.lower[2:] in FEELINGS)


def _trait_verdict(sent: Sentence, position: int, classes: WordClasses, states: frozenset[str],
                   estimate: Estimate, *, denied: bool) -> bool:
    """The trait word at ``position`` judges: negative and not denied, or positive and denied
    (``denied``: the clause's verb is negated, as "were not strong on planning")."""
    word = sent.tokens[position]
    if word.pos not in {"ADJ", "NOUN"} or word.tag in {"JJR", "JJS"} or _state(word, states):
        return False  # a comparison ("stricter", "the lowest") ranks, it does not judge
    if any(sent.tokens[c].lower in SPEAKERS for c in children(sent, position)):
        return False  # "my weak spot": the speaker's own
    denied = denied or negated(sent, position)
    if word.lower in classes.negative or word.lemma in classes.negative:
        return not denied
    if longing_for(sent, position, classes):
        return False  # "the team were desperate for it": what they wanted, not what they are
    listed = _listed(word)
    if denied:
        feeling = word.lower in FEELINGS or f"un{word.lower}" in states
        # a quality of conduct the word classes name ("not serious", "not reliable") is a
        # virtue denied whatever the sentiment lexicon rates it
        virtue = word.lower in classes.positive or word.lemma in classes.positive
        return not feeling and word.pos == "ADJ" and (
            virtue or (listed is not None and listed >= POSITIVE_TRAIT))
    marked = _marked_trait(sent, position)
    if listed is not None:
        return listed <= (MARKED_TRAIT if marked else NEGATIVE_TRAIT)
    if marked and word.pos == "ADJ":
        return estimate(word.lower) <= MARKED_ESTIMATE
    if word.pos == "NOUN" and (any(sent.tokens[c].dep == "prep" for c in children(sent, position))
                               or not any(sent.tokens[c].lower in {"a", "an"}
                                          for c in children(sent, position))):
        return False  # "a member of the board", "was labour turnover": what, not how they are
    return estimate(word.lower) <= ESTIMATED_TRAIT


def _marked_trait(sent: Sentence, position: int) -> bool:
    """The trait at ``position`` is graded by a word of degree ("very slow", "a bit lazy") or
    qualifies a noun that names a person ("short-sighted people", "a difficult man")."""
    kids = children(sent, position)
    if any(sent.tokens[c].lower in DEGREE_WORDS for c in kids) or any(
            sent.tokens[g].lower in DEGREE_WORDS for c in kids if sent.tokens[c].dep == "npadvmod"
            for g in [c, *children(sent, c)]):
        return True
    word = sent.tokens[position]
    head = word.head
    return word.dep == "amod" and 0 <= head < len(sent.tokens) and head != position \
        and sent.tokens[head].lemma in PERSON_PREDICATES | {"person"} \
        and sent.tokens[head].lower in PERSON_PREDICATES


def _person_predicate(sent: Sentence, verb: int) -> bool:
    """The copular clause at ``verb`` calls its subject a kind of person ("they are slow
    people", "he was a difficult man"): a "they" or a noun the word classes do not name is then
    someone, not something."""
    return any(sent.tokens[c].dep == "attr" and sent.tokens[c].lower in PERSON_PREDICATES
               for c in children(sent, verb))


MINDS = frozenset({"think", "believe", "assume", "reckon", "suppose", "know", "want", "expect",
                   "pretend", "insist"})
"""Verbs of a mind: a "they" that does one of these is people, not things (a verb of saying may
report what others say of a thing: "they're risky roads, they say")."""


def _they_think(sent: Sentence, verb: int, classes: WordClasses) -> bool:
    """Another clause of the sentence gives "they" a verb only people do ("they are arrogant,
    they think they know everything", "they are lazy and they want the money first"): the
    "they" judged is people, not places or things. The clause at ``verb`` itself does not
    count, and a clause that names a thing for its predicate ("they are dangerous roads") is
    about that thing."""
    if any(sent.tokens[c].dep == "attr" and sent.tokens[c].pos == "NOUN"
           and sent.tokens[c].lower not in PERSON_PREDICATES and not person_noun(sent, c, classes)
           for c in children(sent, verb)):
        return False
    return any(token.lower == "they" and token.dep in SUBJECT_DEPS and token.head != verb
               and 0 <= token.head < len(sent.tokens) and sent.tokens[token.head].lemma in MINDS
               and sent.tokens[token.head].pos == "VERB"
               for token in sent.tokens)


def _joined_to_thing(sent: Sentence, subject: int, classes: WordClasses) -> bool:
    """The subject is joined to a noun that names no one ("seven journalists, and morale was
    very low"): the verdict may fall on the thing, so it judges no one for certain."""
    return any(sent.tokens[c].dep == "conj" and sent.tokens[c].pos == "NOUN"
               and not person_noun(sent, c, classes) for c in children(sent, subject))


def _traits(sent: Sentence, verb: int) -> list[int]:
    """The predicate words of a copular clause, with the ones joined to them ("sloppy and not
    very bright") and the adjectives of a predicate noun ("a lazy engineer", "one of those lazy
    engineers")."""
    found = []
    for child in children(sent, verb):
        if sent.tokens[child].dep not in TRAIT_DEPS:
            continue
        words = [child] + [c for c in children(sent, child) if sent.tokens[c].dep == "conj"]
        nouns = list(words)
        for word in words:  # "one of those lazy engineers": the noun under "of"
            for prep in children(sent, word):
                if sent.tokens[word].lower in OF_HEADS and sent.tokens[prep].dep == "prep" \
                        and sent.tokens[prep].lower == "of":
                    nouns += [c for c in children(sent, prep) if sent.tokens[c].dep == "pobj"]
        found += words + [noun for noun in nouns[len(words):] if sent.tokens[noun].pos == "ADJ"]
        # the adjectives of a predicate noun, and of the word under "of" even when the parser
        # reads it as a determiner ("one of those lazy, entitled engineers": "lazy" under "those")
        found += [c for index, noun in enumerate(nouns)
                  if sent.tokens[noun].pos == "NOUN" or index >= len(words)
                  for c in children(sent, noun) if sent.tokens[c].dep == "amod"]
    return found


def _kind_in_general(sent: Sentence, position: int, verb: int) -> bool:
    """A bare plural in a present clause ("Danes are very direct"): a kind of people in
    general, not people the speaker worked with."""
    if sent.tokens[position].tag not in {"NNS", "NNPS"} or sent.tokens[verb].tag not in {"VBP", "VBZ"}:
        return False
    return not any(sent.tokens[c].dep in {"det", "poss", "nummod"} for c in children(sent, position))


def _reported_or_case(sent: Sentence, verb: int) -> bool:
    """The clause is what someone else said or thought ("the other staff were saying he was
    lazy"), or a case put under "when"/"if"."""
    if any(sent.tokens[c].lower in CASE_MARKS for c in children(sent, verb)
           if sent.tokens[c].dep in {"mark", "advmod"}):
        return True
    head = sent.tokens[verb].head
    if sent.tokens[verb].dep != "ccomp" or not 0 <= head < len(sent.tokens) or head == verb:
        return False
    if sent.tokens[head].lemma not in THINKING:
        return False
    if run_on(sent, verb, head):
        # two clauses run together with a comma ("the team is lazy, they only call the client
        # when ..."): a verb with its own object after the verdict says something else
        return False
    said_by = [sent.tokens[c].lower for c in sayers(sent, head, verb)]
    return bool(said_by) and not set(said_by) & SPEAKERS


PAST_AUXES = frozenset({"was", "were", "had", "did"})


def told_relative(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` takes a "who" clause told in the past ("a guy who was a
    nightmare to work for", "a man who never listened"): the clause tells what one particular
    person was like, where one in the present ("a manager who never listens") defines anyone of
    a kind."""
    for child in children(sent, position):
        clause = sent.tokens[child]
        if clause.dep != "relcl" or not any(sent.tokens[g].lower in {"who", "whom"}
                                            for g in children(sent, child)):
            continue
        if clause.tag == "VBD" or any(sent.tokens[g].lower in PAST_AUXES
                                      and sent.tokens[g].dep in {"aux", "auxpass"}
                                      for g in children(sent, child)):
            return True
    return False


@per_sentence
def _case_of_anyone(sent: Sentence) -> bool:
    """The sentence defines anyone of a kind ("a director who never changes his mind is not a
    leader, he is a dictator"): its "he" is that anyone. Read once per sentence (both verdict
    readers ask)."""
    for position, token in enumerate(sent.tokens):
        if token.pos != "NOUN":
            continue
        kids = [sent.tokens[c] for c in children(sent, position)]
        if any(kid.dep == "det" and kid.lower in GENERIC_DETERMINERS for kid in kids) \
                and not told_relative(sent, position) and any(
                sent.tokens[c].dep == "relcl" and any(sent.tokens[g].dep in SUBJECT_DEPS
                                                      for g in children(sent, c))
                for c in children(sent, position)):
            # "a director who never changes his mind": a clause with its own subject defines a
            # kind of person; "an invoice to chase" defines nothing
            return True
    return False


def _subjects(sent: Sentence, verb: int) -> list[int]:
    """The subjects of the clause at ``verb``. A "there" the parse reads as an empty subject
    right after a noun, on a clause that names no thing that "is there" ("the sales team there is
    lazy", "the staff there were careless"), points at a place: the noun before it is what the
    clause is about."""
    found = [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS]
    for child in children(sent, verb):
        if sent.tokens[child].dep != "expl" or child == 0 or child > verb:
            continue
        before = sent.tokens[child - 1]
        if before.pos in {"NOUN", "PROPN"} and before.dep != "compound" and not any(
                sent.tokens[c].dep in {"nsubj", "nsubjpass", "attr"} for c in children(sent, verb)):
            # an "attr" makes it a real "there is": "I told the team there was a careless slip"
            found.append(child - 1)
    return found


PARTS = frozenset({"many", "most", "some", "half", "several", "few", "all", "none", "lot", "majority"})
"""Words for a part of a group ("many of the assistants", "half of them")."""


def _partitive_whole(sent: Sentence, subject: int) -> int:
    """For a subject that names part of a group ("many of the new assistants", "most of the
    crew"), the group under "of", which is who the clause is about; the subject itself otherwise."""
    if sent.tokens[subject].lower not in PARTS:
        return subject
    for prep in children(sent, subject):
        if sent.tokens[prep].dep == "prep" and sent.tokens[prep].lower == "of":
            objects = [c for c in children(sent, prep) if sent.tokens[c].dep == "pobj"]
            if objects:
                return objects[0]
    return subject


def judged_other(sent: Sentence, classes: WordClasses, states: frozenset[str],
                 estimate: Estimate) -> Token | None:
    """The trait word of a verdict on someone else in ``sent`` (see the module), or None."""
    if not sent.parsed or _case_of_anyone(sent):
        return None
    for verb, head in enumerate(sent.tokens):
        if head.lemma not in JUDGING_COPULAS or _reported_or_case(sent, verb) or clause_mood(sent, verb) in {
                "conditional", "question", "hypothetical", "past_future"} or any(
                sent.tokens[c].lower in MODALS for c in children(sent, verb)):
            continue
        subjects = _subjects(sent, verb)
        if not subjects or any(sent.tokens[s].dep == "nsubjpass" for s in subjects):
            continue
        subjects = [_partitive_whole(sent, s) for s in subjects]
        if not any((person_noun(sent, s, classes) or (
                (_person_predicate(sent, verb) or _they_think(sent, verb, classes))
                and sent.tokens[s].lower == "they") or (
                _person_predicate(sent, verb) and sent.tokens[s].pos == "NOUN"))
                   and not _kind_in_general(sent, s, verb) and not _joined_to_thing(sent, s, classes)
                   for s in subjects):
            continue
        denied = negated(sent, verb)
        for position in _traits(sent, verb):
            if _trait_verdict(sent, position, classes, states, estimate, denied=denied):
                return sent.tokens[position]
    return None


THING_POINTERS = frozenset({"they", "it", "these", "those", "this", "that"})
"""Pronouns that may point at places or things as well as at people."""


def said_of_things(sent: Sentence, target: Token, word: Token, classes: WordClasses) -> bool:
    """The verdict ``word`` falls on a thing a pronoun points at, not on people: the pronoun is
    the subject and the judging adjective modifies a predicate noun that names no person ("they're
    dangerous places", "it was a messy handover"), where "they were lazy managers" still judges
    people."""
    if target.lower not in THING_POINTERS or word.dep != "amod":
        return False
    noun = word.head
    if not 0 <= noun < len(sent.tokens) or sent.tokens[noun].dep != "attr" \
            or sent.tokens[noun].pos != "NOUN":
        return False
    return not person_noun(sent, noun, classes)


REACTION_PREPS = frozenset({"with", "at", "about", "towards", "toward"})


def reaction_to_speaker(sent: Sentence, word: Token) -> bool:
    """The judging word tells how someone reacted to the speaker ("the chairman was impatient
    with me", "they were cross at us"): a reaction the speaker drew, told in a story about
    themselves, not a verdict on the other person's character."""
    position = sent.tokens.index(word)
    for child in children(sent, position):
        if sent.tokens[child].dep == "prep" and sent.tokens[child].lower in REACTION_PREPS and any(
                sent.tokens[g].lower in SPEAKERS for g in children(sent, child)):
            return True
    return False


SUPERLATIVE_ADVERBS = frozenset({"most"})


def _superlative(sent: Sentence, position: int) -> bool:
    """The word at ``position`` is a superlative ("sharpest", "most organised")."""
    token = sent.tokens[position]
    return token.tag == "JJS" or any(
        sent.tokens[c].lower in SUPERLATIVE_ADVERBS and sent.tokens[c].dep == "advmod"
        for c in children(sent, position))


def _ranked_among_people(sent: Sentence, position: int, classes: WordClasses) -> bool:
    """The superlative ranks the person within a group: its noun is a person ("the most senior
    person", "the quickest engineer"), or the group is named with "of" ("the quickest of the
    three"). Only a superlative with no group, or with a thing for its noun ("the sharpest
    tool"), is an understatement."""
    token = sent.tokens[position]
    noun = token.head if token.dep == "amod" else position
    if not 0 <= noun < len(sent.tokens):
        return False
    if noun != position and (person_noun(sent, noun, classes)
                             or sent.tokens[noun].lower in {"person", "people", "one"}):
        return True
    return any(sent.tokens[c].dep == "prep" and sent.tokens[c].lower == "of"
               for c in children(sent, position))


def understated_other(sent: Sentence, classes: WordClasses, estimate: Estimate) -> Token | None:
    """The superlative of a good quality denied of someone else (see the module), or None."""
    if not sent.parsed or _case_of_anyone(sent):
        return None
    for verb, head in enumerate(sent.tokens):
        if head.lemma not in JUDGING_COPULAS or not negated(sent, verb) \
                or _reported_or_case(sent, verb) or clause_mood(sent, verb) in {
                    "conditional", "question", "hypothetical", "past_future"}:
            continue
        subjects = [c for c in children(sent, verb) if sent.tokens[c].dep in SUBJECT_DEPS]
        if not any(person_noun(sent, s, classes) and not _kind_in_general(sent, s, verb)
                   for s in subjects):
            continue
        for position in _traits(sent, verb) + [c for c in children(sent, verb)
                                                 if sent.tokens[c].dep in TRAIT_DEPS]:
            word = sent.tokens[position]
            if word.pos not in {"ADJ", "VERB"} or not _superlative(sent, position) \
                    or _ranked_among_people(sent, position, classes):
                continue
            listed = _listed(word)
            if (listed if listed is not None else estimate(word.lemma)) > 0:
                return word
    return None
