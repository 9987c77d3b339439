"""A result claimed, not told: a sentence whose only "outcome" is a verdict on how it went.

A coach counts as a result an observable change told as what happened: a measured change, a
before and after, a decision others took because of the work, a deliverable in use. A sentence
that only reports an evaluation ("the feedback was really positive", "management was satisfied
with our performance", "it went well in the end", "in the end he understood who was in charge")
says that it went well without saying what changed: it is a claim, not a result.

Read over the parse, clause by clause. A clause is a claim when its predicate is evaluative and
states no change:

- a linking verb ("be", "seem", "feel", "become"...) whose complement is an adjective or noun of
  positive valence in VADER's published lexicon ("positive", "satisfied", "happy", "a success");
- a verb of positive valence, not a verb of change, told of someone other than the speaker
  ("the board loved it", "people appreciated it", "the trustees loved the new format");
- a verb of the mind told of someone other than the speaker (``MIND_LEMMAS``: "he understood",
  "they realised", "she accepted it"): a change in what someone thinks, which nobody can see
  (knowing and seeing are not changes: "everybody knew the story" is the set-up);
- a settling told of nothing named (``SETTLING_LEMMAS`` of ``GENERIC``: "the matter was
  handled", "things settled down", "it got sorted");
- a verdict verb with nothing done to anything (``VERDICT_LEMMAS``: "it worked", "it
  succeeded") or a verb whose manner is a positive adverb ("it went well", "it landed nicely");
- a thing obtained or made whose only content is a positive adjective ("made very good progress",
  "got great feedback", "achieved excellent results");
- a state compared with before, told of nothing named (``GENERIC``: "it got better", "the place
  ran a lot tighter after"): better than what, by how much, is left unsaid;
- a person's growth told only by a word of degree (``GROWTH_LEMMAS``: "she's grown a lot", "he
  really developed that year"): better at what is left unsaid ("she grew into the shift lead
  role" names it);
- other people's opinion passed on with nothing observable as its content (``REPORTING_LEMMAS``:
  "everybody says so", "the staff say the place is different now"); a report of an event ("the
  client said they had renewed") or with a figure is left to the other readers;
- the work taken up, told in the passive with nobody named as taking it up (``TAKING_UP_LEMMAS``:
  "the guide was adopted", "it was extended"): who adopted it and what it changed for
  them is left unsaid ("two other depots adopted it" names them).

The speaker's frame around it ("I'd say", "I think", "I'm happy to say") adds nothing either
way, nor does the speaker's own act with nothing named acted on ("I handled it, we moved on,
and things got better"): an act says what was done, not what came of it. Only a clause told
in the past or the present perfect is read: a belief in the present ("trust returns when people
see it"), a habit ("I always give people a fair chance") or a forecast ("the board will be
proud") is no account of how a story ended. A sentence is a claimed result (``claimed``) when
at least one clause is a claim, every other told clause is such a frame, such an act or lies
inside a claim, and it carries no figure (a number that is not a year): "everyone was happy and
the backlog was cleared" tells a result.
"""

from __future__ import annotations

from poise.analysis.grammar import OPINION_VERBS, PEOPLE_ROLES, TEAM_NOUNS, clause_mood
from poise.analysis.meaning import sentiment_lexicon, subtree
from poise.analysis.praise_gates import CHANGE_LEMMAS as PRAISED_CHANGES
from poise.analysis.text import Sentence, Token, per_sentence
from poise.content.word_classes import outcome_words

POSITIVE = 0.8
"""The least VADER valence (-4..4) read as praise: "satisfied" 1.8, "well" 1.1, "fine" 0.8."""
LINKING_LEMMAS = frozenset({"be", "seem", "feel", "become", "look", "sound", "remain", "stay",
                            "get"})
MIND_LEMMAS = frozenset({"understand", "realise", "realize", "accept", "appreciate", "recognise",
                         "recognize", "respect", "figure", "value"})
"""Verbs of what someone thinks or comes to think: told of another as the outcome ("he
understood who was the manager"), a change no one can observe."""
VERDICT_LEMMAS = frozenset({"work", "succeed"})
"""Verbs that are themselves a verdict on the work when nothing is done to anything: "it
worked"."""
EFFORT_LEMMAS = frozenset({"work", "try", "strive", "toil", "pull"})
"""Verbs of effort: told of people with a manner ("the crews worked very hard", "everyone
pulled together"), they say how the work was done, not what came of it, so they are neither a
result nor a verdict on one."""
SETTLING_LEMMAS = frozenset({"handle", "sort", "settle", "calm", "resolve", "work", "improve",
                             "manage"})
GENERIC = frozenset({"it", "this", "that", "things", "everything", "matter", "situation", "issue",
                     "team", "everyone", "everybody", "atmosphere", "relationship", "communication",
                     "place", "thing"})
"""A settling told of nothing named ("the matter was handled", "things settled down", "it got
sorted"): the problem named by the story is not said to have gone, only that it stopped being
talked about."""
FRAME_LEMMAS = OPINION_VERBS | frozenset({"say", "admit", "hope", "glad", "happy", "proud",
                                          "pleased"})
"""The speaker's frame around a verdict: "I'd say", "I think", "I'm happy to say"."""
SPEAKER = frozenset({"i", "we"})
COMPARED = frozenset({"better", "worse", "more", "less"})
"""A thing compared with before ("the quality became better") is a state told against before,
which ``outcome_told`` weighs; only a feeling compared ("much happier") is a verdict."""
AMOUNTS = frozenset({"deal", "lot", "amount", "number", "bit"})
PEOPLE_PRONOUNS = frozenset({"he", "she", "they", "everyone", "everybody", "people", "nobody",
                             "someone", "somebody", "anyone", "both", "all", "most"})
HOLDERS = PEOPLE_ROLES | TEAM_NOUNS | frozenset({"management", "leadership", "user", "guest",
                                                 "patient", "member", "stakeholder", "employee",
                                                 "worker", "operator", "audience", "public",
                                                 "trustee", "governor", "resident", "parent"})
"""Who can hold a view of the work: a person or a body of people ("the board loved it")."""
CHANGE_LEMMAS = PRAISED_CHANGES | frozenset({"clear", "resolve", "fix", "solve", "settle",
                                            "restore", "recover", "save", "win", "secure"})
"""Verbs of change that VADER also rates as positive ("clear", "improve", "fix"): told of a
thing they say what it did ("the new line cleared the backlog"), not what someone thought."""
TAKING_UP_LEMMAS = frozenset({"adopt", "copy", "replicate", "extend", "renew", "standardise",
                              "standardize", "mandate", "reuse", "borrow"})
"""Verbs of others taking the work up: "two other depots have copied it", "the board extended
the pilot to every site": a decision taken by others because of the work, when the others are
named."""
GROWTH_LEMMAS = frozenset({"grow", "develop", "progress", "mature", "blossom", "flourish"})
"""Verbs of a person's growth: told of someone with only a word of degree ("she's grown a lot",
"he really developed that year") they say the person got better without saying at what; one
that names what they grew into ("she grew into the shift lead role") is left to the other
readers."""
REPORTING_LEMMAS = frozenset({"say", "tell", "agree", "reckon", "comment", "mention", "think",
                              "feel"})
"""Verbs that report what other people say or think: with only a state or a verdict as their
content ("everybody says the place is different now", "the staff all said so") they pass on an
opinion, not what changed."""
NAMELESS_OBJECTS = frozenset({"it", "this", "that", "them", "everything", "things", "something"})
"""What an act of the speaker's acts on when it names nothing: "I handled it", "we sorted
everything"."""
HANDLING_LEMMAS = frozenset({"handle", "deal", "sort", "manage", "address"})
"""Verbs that say a matter was attended to, not what became of it: in the passive with nobody
named as acting ("the complaints were handled", "the two suppliers were dealt with") the clause
says the matter stopped being open, whatever it names."""
IMPACT_NOUNS = frozenset({"difference", "impact", "effect", "contribution", "progress",
                          "improvement", "change", "position", "place", "shape", "footing"})
"""Nouns that name a change or a standing in general: with only a verdict on them ("a big
difference", "a far better footing", "in good shape") and no measure named ("a difference in
queue times", "an improvement of a third"), they say that things got better, not what changed."""
SIZE_WORDS = frozenset({"real", "big", "huge", "significant", "major", "massive", "considerable",
                        "noticeable", "tangible", "genuine", "substantial", "much", "great"})
"""Words of size or sincerity on such a noun: "a huge difference", "a genuine impact"."""
VAGUE_TARGETS = GENERIC | frozenset({"way", "business", "organisation", "organization",
                                     "company", "operation", "everybody", "department", "us"})
"""What an unnamed change is said to have been made to when it names no measure: "to the way
the unit runs", "to the business"."""
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "parataxis"})
YEAR_LOW, YEAR_HIGH = 1900, 2100


def _valence(token: Token) -> float:
    lexicon = sentiment_lexicon()
    return max(lexicon.get(token.lower, 0.0), lexicon.get(token.lemma, 0.0))


def _kids(sent: Sentence, position: int) -> list[Token]:
    return [sent.tokens[child] for child in sent.child_map[position]]


def _subjects(sent: Sentence, position: int) -> list[Token]:
    return [kid for kid in _kids(sent, position) if kid.dep in SUBJECTS]


def _by_speaker(subjects: list[Token]) -> bool:
    return any(kid.lower in SPEAKER for kid in subjects)


def _people(subjects: list[Token]) -> bool:
    """A subject that is a person or a body of people, who can hold a view."""
    return any(kid.lower in PEOPLE_PRONOUNS or kid.lemma in HOLDERS or kid.lower in HOLDERS
               or kid.lower.removesuffix("s") in HOLDERS for kid in subjects)


def _generic(subjects: list[Token]) -> bool:
    """Every subject names nothing in particular (``GENERIC``: "it", "things", "the place")."""
    return bool(subjects) and all(kid.lower in GENERIC or kid.lemma in GENERIC for kid in subjects)


def _compared_manner(sent: Sentence, position: int) -> bool:
    """The verb at ``position`` acts on nothing and is compared with before by its manner or
    complement: "ran a lot tighter", "went smoother", "got easier"."""
    kids = _kids(sent, position)
    if any(kid.dep in {"dobj", "attr", "agent"} for kid in kids):
        return False
    return any(kid.dep in {"advmod", "acomp", "oprd"} and kid.tag in {"JJR", "RBR"}
               and kid.lower not in {"more", "less"} for kid in kids)


def _nameless_passive(sent: Sentence, position: int, lemmas: frozenset[str]) -> bool:
    """A verb of ``lemmas`` in the passive with nobody named as doing it."""
    token = sent.tokens[position]
    if token.lemma not in lemmas or token.tag != "VBN":
        return False
    kids = _kids(sent, position)
    return any(kid.dep == "auxpass" for kid in kids) and not any(kid.dep == "agent" for kid in kids)


def _nameless_taking_up(sent: Sentence, position: int) -> bool:
    """The work taken up, in the passive with nobody named as taking it up: "the guide was
    adopted", "it was extended"; not "it was adopted by two other depots"."""
    return _nameless_passive(sent, position, TAKING_UP_LEMMAS)


def _bare_act(sent: Sentence, position: int) -> bool:
    """An act of the speaker's that names nothing it acted on: an act with no object ("we moved
    on", "we pushed through"), or a settling of something unnamed (``SETTLING_LEMMAS``: "I
    handled it", "we sorted it"); "we opened it in May" tells a thing done."""
    subjects = _subjects(sent, position)
    token = sent.tokens[position]
    if not _by_speaker(subjects) or token.pos != "VERB":
        return False
    objects = [kid for kid in _kids(sent, position)
               if kid.dep in {"dobj", "dative", "attr", "oprd", "xcomp", "prep"}]
    if not objects:
        return True
    return token.lemma in SETTLING_LEMMAS and all(
        kid.dep == "dobj" and kid.lower in NAMELESS_OBJECTS for kid in objects)


def _figure(sent: Sentence) -> bool:
    """A number in the sentence that is not a year."""
    for token in sent.tokens:
        if token.tag != "CD" and not any(ch.isdigit() for ch in token.text):
            continue
        digits = token.text.replace(",", "")
        if digits.isdigit() and len(digits) == 4 and YEAR_LOW <= int(digits) <= YEAR_HIGH:
            continue
        return True
    return False


def _praised_object(sent: Sentence, position: int) -> bool:
    """The verb's object has a positive adjective as its only content: "made very good progress",
    "got great feedback"; not a thing named ("won the regional contract")."""
    for kid in sent.child_map[position]:
        item = sent.tokens[kid]
        if item.dep != "dobj" or item.lemma in AMOUNTS:
            continue  # "it taught everyone a great deal": an amount, not a thing praised
        modifiers = _kids(sent, kid)
        if any(mod.dep in {"compound", "poss", "nummod"} or mod.pos == "PROPN" for mod in modifiers):
            continue
        if any(mod.dep == "amod" and _valence(mod) >= POSITIVE for mod in modifiers):
            return True
    return False


def _praised_noun(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` has a verdict as its only content: a positive adjective on it
    ("a good change", "a great year"), or, on a noun of change or standing in general
    (``IMPACT_NOUNS``), a word of size ("a huge difference"); nothing names what it is of (a
    compound, an owner, a figure, a proper name, or "in"/"of" naming the measure: "a big
    difference in queue times")."""
    token = sent.tokens[position]
    if token.pos != "NOUN":
        return False
    modifiers = _kids(sent, position)
    if any(mod.dep in {"compound", "poss", "nummod"} or mod.pos == "PROPN" for mod in modifiers):
        return False
    if any(mod.dep == "prep" and mod.lower in {"in", "of", "for", "on"} for mod in modifiers):
        return False
    adjectives = [mod for mod in modifiers if mod.dep == "amod" and mod.pos == "ADJ"]
    if any(_valence(mod) >= POSITIVE for mod in adjectives):
        return True
    return token.lemma in IMPACT_NOUNS and any(mod.lower in SIZE_WORDS for mod in adjectives)


def _praised_standing(sent: Sentence, position: int) -> bool:
    """The verb at ``position`` puts something "in" or "into" a standing that has only a verdict
    on it: "the unit was in good shape", "it left the depot on a far better footing"."""
    for kid in sent.child_map[position]:
        prep = sent.tokens[kid]
        if prep.dep != "prep" or prep.lower not in {"in", "into", "on"}:
            continue
        for item in sent.child_map[kid]:
            noun = sent.tokens[item]
            if noun.dep == "pobj" and noun.lemma in IMPACT_NOUNS and _praised_noun(sent, item):
                return True
    return False


def _unnamed_change(sent: Sentence, position: int) -> bool:
    """The verb's object is a change in general with only a verdict on it, made to nothing
    named or to something general: "it made a huge difference to the way the unit runs", "the
    pilot had a big impact"; not "a big difference to queue times", which names the measure."""
    kids = sent.child_map[position]
    if not any(sent.tokens[kid].dep == "dobj" and sent.tokens[kid].lemma in IMPACT_NOUNS
               and _praised_noun(sent, kid) for kid in kids):
        return False
    for kid in kids:
        prep = sent.tokens[kid]
        if prep.dep != "prep" or prep.lower not in {"to", "on", "for", "in", "of"}:
            continue
        for item in sent.child_map[kid]:
            target = sent.tokens[item]
            if target.dep == "pobj" and target.lower not in VAGUE_TARGETS \
                    and target.lemma not in VAGUE_TARGETS:
                return False
    return True


def _nameless_handling(sent: Sentence, position: int) -> bool:
    """A matter attended to, in the passive with nobody named as acting: "the complaints were
    handled", "the two suppliers were dealt with" (``HANDLING_LEMMAS``)."""
    return _nameless_passive(sent, position, HANDLING_LEMMAS)


def _state_now(sent: Sentence, position: int) -> bool:
    """A linking verb in the present with "now", on it or on its complement: how things stand at
    the end of the story ("the team is in good shape now", "she's more confident now"), not a
    belief or a habit."""
    token = sent.tokens[position]
    return token.lemma in LINKING_LEMMAS and token.tag in {"VBZ", "VBP"} \
        and clause_mood(sent, position) == "present" \
        and any(kid.lower == "now" and kid.dep == "advmod"
                for kid in [*_kids(sent, position), *(grand for kid in _kids(sent, position)
                                                      if kid.dep in {"acomp", "attr"}
                                                      for grand in _kids(sent, sent.tokens.index(kid)))])


def _told(sent: Sentence, position: int) -> bool:
    """The clause tells what happened or how things stood then: the past or the present perfect,
    not denied, imagined, habitual or said of the present ("I always give people a fair chance",
    "trust returns when people see it" are beliefs, not an account of how the story ended)."""
    token = sent.tokens[position]
    mood = clause_mood(sent, position)
    if mood == "past":
        return True
    auxes = [sent.tokens[kid] for kid in sent.child_map[position]
             if sent.tokens[kid].dep in {"aux", "auxpass"}]
    perfect = token.tag == "VBN" and any(kid.lemma == "have" and kid.dep == "aux" for kid in auxes)
    passive = token.tag == "VBN" and any(kid.dep == "auxpass" and kid.tag == "VBD" for kid in auxes)
    return (perfect or passive) and mood not in {"negated", "conditional", "question",
                                                 "hypothetical"}


def claim_clause(sent: Sentence, position: int) -> bool:
    """The clause headed at ``position`` reports an evaluation without content (see the module
    doc); a clause denied, imagined or under a condition is no claim of anything."""
    token = sent.tokens[position]
    if token.pos not in {"VERB", "AUX"}:
        return False
    if _supposed(sent, position) or _degree_only_change(sent, position) \
            or _grew_by_degree(sent, position) or _reported_verdict(sent, position):
        return True
    if not _told(sent, position) and not _state_now(sent, position):
        return False
    kids = _kids(sent, position)
    subjects = _subjects(sent, position)
    if token.lemma in LINKING_LEMMAS:
        complements = [kid for kid in kids if kid.dep in {"acomp", "attr", "oprd"}]
        # "the regulator was much happier": a feeling compared is still a feeling; "the stores
        # look better" compares the thing itself, a state told against before
        compared = _people(subjects) or _generic(subjects)
        if complements and all((_valence(kid) >= POSITIVE
                                and (compared or (kid.tag not in {"JJR", "RBR"}
                                                  and kid.lower not in COMPARED)))
                               or (kid.dep == "attr" and _praised_noun(sent, sent.tokens.index(kid)))
                               for kid in complements):
            return True
        if not complements and subjects and not _by_speaker(subjects) \
                and _praised_standing(sent, position):
            return True
    if not subjects or _by_speaker(subjects):
        return _praised_object(sent, position) and _by_speaker(subjects)
    if token.lemma in EFFORT_LEMMAS and _people(subjects):
        return False  # "the crews worked very hard": how hard people worked, not how it went
    if _nameless_taking_up(sent, position) or _nameless_handling(sent, position):
        return True
    if _unnamed_change(sent, position) or _praised_standing(sent, position):
        return True
    if _generic(subjects) and _compared_manner(sent, position):
        return True
    if token.lemma in MIND_LEMMAS:
        return True
    if token.lemma in SETTLING_LEMMAS and all(kid.lower in GENERIC or kid.lemma in GENERIC
                                              for kid in subjects) \
            and not any(kid.dep in {"dobj", "agent"} for kid in kids):
        return True
    if token.lemma in VERDICT_LEMMAS and not any(kid.dep in {"dobj", "prep", "prt"} for kid in kids):
        return True
    if any(kid.dep == "advmod" and kid.pos == "ADV" and _valence(kid) >= POSITIVE
           and kid.tag != "RBR" and kid.lower not in COMPARED
           and kid.start > subjects[0].start for kid in kids) \
            and not any(kid.dep == "dobj" for kid in kids):
        # a manner after the subject ("it went very well"); a word ahead of the subject
        # ("Honestly, the old system was slow") comments on the telling, not on how it went
        return True
    if token.pos == "VERB" and _valence(token) >= POSITIVE and token.lemma not in CHANGE_LEMMAS \
            and _people(subjects):
        return True
    return _praised_object(sent, position)


UNSAID_MOODS = frozenset({"negated", "conditional", "question", "hypothetical", "habitual"})
"""Clause moods that tell no outcome at all: denied, imagined, asked or habitual."""


def _supposed(sent: Sentence, position: int) -> bool:
    """The clause is how things came out as the speaker now supposes it: the content of a
    hedging frame in the present with the speaker as its subject (``hedging_frames``: "I think
    the culture changed a lot", "I believe they understood our point better", "I think the line
    is working better now"), told of someone or something other than the speaker, as a change,
    a state compared or a verdict. An outcome offered as a supposition is not one anyone saw
    (a figure in the sentence makes it a result, which ``claimed`` checks first)."""
    token = sent.tokens[position]
    if token.dep != "ccomp" or not 0 <= token.head < len(sent.tokens):
        return False
    frame = sent.tokens[token.head]
    if frame.lemma not in outcome_words().hedging_frames or frame.tag not in {"VBP", "VB"} \
            or not _by_speaker(_subjects(sent, token.head)) \
            or clause_mood(sent, token.head) in UNSAID_MOODS \
            or clause_mood(sent, position) in UNSAID_MOODS:
        return False
    subjects = _subjects(sent, position)
    if not subjects or _by_speaker(subjects):
        return False
    kids = _kids(sent, position)
    if not _told(sent, position) and not any(kid.lower in {"now", "since"} for kid in kids):
        return False  # "I think the key is respect": a belief, not how the story came out
    words = outcome_words()
    if token.lemma in words.figure_change_verbs or token.lemma in words.verdict_verbs \
            or token.lemma in MIND_LEMMAS:
        return True
    if token.lemma in LINKING_LEMMAS:
        return any(kid.dep in {"acomp", "attr", "oprd"} and (
            _valence(kid) != 0 or kid.tag in {"JJR", "RBR"}
            or any(mod.lower in COMPARED for mod in _kids(sent, sent.tokens.index(kid))))
            for kid in kids)
    return any(kid.dep in {"advmod", "acomp", "oprd"} and kid.tag in {"JJR", "RBR"} for kid in kids)


def _degree_only_change(sent: Sentence, position: int) -> bool:
    """A change told of a thing and sized only by a word of degree, with nothing measured:
    "the culture changed a lot", "efficiency went up, way up", "the reach went up massive"
    (``degree_words`` standing where a figure would); told in the past, of something other
    than the speaker or people. A change with a "by", "from" or "to" names how far it went."""
    token = sent.tokens[position]
    words = outcome_words()
    if token.lemma not in words.figure_change_verbs and token.lemma != "change":
        return False
    if not _told(sent, position):
        return False
    subjects = _subjects(sent, position)
    if not subjects or _by_speaker(subjects) or _people(subjects):
        return False
    kids = _kids(sent, position)
    if any(kid.dep in {"dobj", "attr", "agent", "dative"} for kid in kids) or any(
            kid.dep == "prep" and kid.lower in {"by", "from", "to", "at", "of", "on", "onto", "into"}
            for kid in kids):
        return False
    degree = False
    for kid in kids:
        if kid.dep not in {"advmod", "npadvmod", "advcl", "acomp", "prt"}:
            continue
        inside = [sent.tokens[item] for item in subtree(sent, sent.tokens.index(kid))]
        if any(item.lower in words.degree_words or item.lemma in words.degree_words
               for item in inside):
            degree = True
    return degree


def _frame(sent: Sentence, position: int) -> bool:
    """The speaker's frame around a verdict: "I'd say", "I think", "I am happy to say"."""
    token = sent.tokens[position]
    subjects = _subjects(sent, position)
    if not _by_speaker(subjects):
        return False
    if token.lemma in FRAME_LEMMAS:
        return True
    return token.lemma == "be" and any(kid.dep == "acomp" and kid.lemma in FRAME_LEMMAS
                                       for kid in _kids(sent, position))


@per_sentence
def claimed(sent: Sentence) -> bool:
    """Whether the sentence's only content is a verdict on how things went (see the module
    doc): a claim clause, no other clause told outside one, and no figure."""
    if not sent.parsed or _figure(sent):
        return False
    covered: set[int] = set()
    heads = [position for position, token in enumerate(sent.tokens)
             if token.dep in CLAUSE_DEPS and token.pos in {"VERB", "AUX"}]
    claims = [position for position in heads if claim_clause(sent, position)]
    if not claims:
        return False
    for position in claims:
        # what a mind verb, a report or a frame takes as its content is the thought, not a
        # second clause
        minded = sent.tokens[position].lemma in MIND_LEMMAS or _reported_verdict(sent, position)
        skip = {"conj", "advcl"} if minded else {"conj", "advcl", "ccomp"}
        covered.update(subtree(sent, position, skip=frozenset(skip)))
    for position in heads:
        if position in claims or position in covered:
            continue
        if _frame(sent, position) or not _subjects(sent, position) or _bare_act(sent, position) \
                or _aside(sent, position) or _work_wound_up(sent, position) \
                or (sent.tokens[position].lemma in EFFORT_LEMMAS
                    and _people(_subjects(sent, position))):
            continue
        return False
    return True


def _aside(sent: Sentence, position: int) -> bool:
    """A clause dropped in as an aside to the listener, in the present with nothing it acts
    on: "you see", "I mean", "mind you"; it tells nothing of the story."""
    token = sent.tokens[position]
    if token.dep != "parataxis" or token.tag not in {"VBP", "VBZ", "VB"}:
        return False
    return not any(kid.dep in {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep"}
                   for kid in _kids(sent, position))


def _work_wound_up(sent: Sentence, position: int) -> bool:
    """The work itself told as done or launched, of something other than the speaker ("the new
    rota was finished", "the portal went live in May"): a step of the story that says nothing
    of what came of it, so a verdict beside it is still all the outcome there is."""
    token = sent.tokens[position]
    subjects = _subjects(sent, position)
    if not subjects or _by_speaker(subjects) or _people(subjects):
        return False
    if token.lemma in outcome_words().winding_up_verbs:
        return True
    return token.lemma == "go" and any(kid.lower == "live" for kid in _kids(sent, position))


TIME_PREPS = frozenset({"over", "in", "within", "during", "since", "after", "throughout"})
"""Prepositions that only date a person's growth ("over that year", "in six months")."""


def _grew_by_degree(sent: Sentence, position: int) -> bool:
    """A person's growth told only by a word of degree or by nothing at all: "she's grown a
    lot", "he really developed over that year" (``GROWTH_LEMMAS``), told as having happened, of
    a person or a body of people other than the speaker; not growth into something named ("he
    grew into the role", "she developed a new rota": an object or a "to", "into", "as")."""
    token = sent.tokens[position]
    if token.lemma not in GROWTH_LEMMAS or token.pos != "VERB":
        return False
    kids = _kids(sent, position)
    perfect = token.tag == "VBN" and any(kid.dep in {"aux", "auxpass"} for kid in kids)
    if clause_mood(sent, position) in UNSAID_MOODS or not (token.tag == "VBD" or perfect):
        return False
    subjects = _subjects(sent, position)
    if not subjects or _by_speaker(subjects) or not _people(subjects):
        return False
    if any(kid.dep in {"dobj", "attr", "oprd", "xcomp", "ccomp", "dative", "agent"} for kid in kids):
        return False
    return not any(kid.dep == "prep" and kid.lower not in TIME_PREPS for kid in kids)


def _reported_verdict(sent: Sentence, position: int) -> bool:
    """Other people's opinion passed on, with nothing observable as its content: a verb of
    reporting (``REPORTING_LEMMAS``) told of people other than the speaker whose content is
    "so" or nothing ("everybody says so"), or a state held of something with no figure ("the
    staff said the place is different now", "they all agreed it was better"); not a report of
    an act or an event ("the client said they had renewed": a verb that is no linking verb)."""
    token = sent.tokens[position]
    if token.lemma not in REPORTING_LEMMAS or token.pos != "VERB":
        return False
    if clause_mood(sent, position) in UNSAID_MOODS - {"habitual"}:
        return False  # "everybody says so" is said now, not a habit
    subjects = _subjects(sent, position)
    if not subjects or _by_speaker(subjects) or not _people(subjects) \
            or any(kid.lower in NOBODY for kid in subjects):
        return False  # "nobody said it was better" denies the report
    kids = _kids(sent, position)
    if any(kid.dep in {"dobj", "xcomp", "attr", "acomp"} and kid.lower not in {"so"}
           for kid in kids):
        return False  # "they told me the dates", "she felt confident": not a verdict passed on
    contents = [sent.tokens.index(kid) for kid in kids if kid.dep == "ccomp"]
    if not contents:
        return any(kid.lower == "so" for kid in kids)
    return all(_stated_state(sent, content) for content in contents)


NOBODY = frozenset({"nobody", "none", "noone"})


def _stated_state(sent: Sentence, content: int) -> bool:
    """The clause at ``content`` (what someone said) holds a state of something with no
    figure ("the place is different now", "it was better"), and every clause inside it is such a
    state or a claim."""
    if any(sent.tokens[item].tag == "CD" for item in subtree(sent, content)):
        return False
    for head in subtree(sent, content):
        verb = sent.tokens[head]
        if verb.pos not in {"VERB", "AUX"} or (head != content and verb.dep not in CLAUSE_DEPS):
            continue
        if head != content and claim_clause(sent, head):
            continue
        complements = [kid for kid in _kids(sent, head) if kid.dep in {"acomp", "attr", "oprd"}]
        linking = verb.lemma in LINKING_LEMMAS or verb.pos == "AUX"
        if not (linking and complements and all(
                kid.pos == "ADJ" or _praised_noun(sent, sent.tokens.index(kid)) for kid in complements)):
            return False
    return True
