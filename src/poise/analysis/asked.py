"""What the question asks for, against what the answer gives, read from both parses.

Two mismatches a coach hears as "you answered another question", whatever the topic words:
- asked what the speaker would do or wants (a plan, goals, where they want to be), the answer
  tells only what they did, with no step of their own still to come;
- asked what they know or make of the organisation or the role ("what do you know about us",
  "what do you see this role as"), the answer speaks of the organisation or the role in at most
  one sentence, and tells the speaker's own record instead;
- asked for an occasion that went badly ("a time you failed", "an idea you chose not to
  pursue"), the answer holds no word of anything going wrong and no denied action: a success
  told instead;
- asked to lead people outside the speaker's line ("people who didn't report to you"), the answer
  tells of the speaker's own line ("my managers", "I had a team of twenty") in two sentences or
  more and never of anyone outside it;
- asked for an occasion, the answer tells the speaker's life story (where they lived, studied or
  grew up, which languages they speak) and has them doing something with anyone in at most one
  sentence;
- asked what they know of the organisation or the role, the answer tells their own record in four
  sentences in a row or more with no word of either.

What a question asks is read from its form: "What would you do...?", a case put and then "What do
you do?" or "walk me through what you do", and "what would success look like at the end of your
first year?" ask a plan (``asks_plan``); the case put alone is ``puts_case``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from poise.analysis.grammar import TEAM_NOUNS
from poise.analysis.meaning import WordClasses, children, negated, subtree, valence
from poise.analysis.scheduled import period_ahead, present_doing
from poise.analysis.text import AnalysedText, Sentence, Token, parse

FUTURE = frozenset({"would", "'d", "will", "'ll", "wo"})
WANTING = frozenset({"want", "plan", "aim", "hope", "intend", "see"})
KNOWING = frozenset({"know", "understand", "see", "think", "make", "read"})
# Words that point at the interviewer's side: the organisation, the role, "here".
LISTENER = frozenset({"you", "your", "yours", "here", "us"})
POSTS = frozenset({"role", "job", "position", "post", "vacancy", "opportunity", "organisation",
                   "organization", "company", "business", "department", "service", "team",
                   "trust", "council", "charity", "firm", "agency", "division", "board"})
POINTERS = frozenset({"this", "the", "that"})
# Asking for a view or a quality, not a plan: "What would you say...", "How would you describe...".
ASKED_VIEWS = frozenset({"say", "describe", "call", "bring", "rate", "tell", "define", "consider",
                         "see", "judge", "assess", "measure", "evaluate", "know"})
"""Asking for a view or a measure ("how would you judge whether it has gone well?")."""
SPEECH = frozenset({"say", "think", "guess", "imagine", "bring", "add", "mention",
                    "describe", "talk", "point", "take", "give", "offer"})


@lru_cache(maxsize=256)
def parsed_question(question: str) -> AnalysedText:
    """The parse of a question, cached: family detection and these rules read the same one."""
    return parse(question)


_question = parsed_question


def _you_clauses(sent: Sentence) -> list[int]:
    return [t.head for t in sent.tokens if t.lower == "you" and t.dep in {"nsubj", "nsubjpass"}
            and 0 <= t.head < len(sent.tokens)]


def asks_plan(question: str, *, past_told: bool = False) -> bool:
    """The question asks what the speaker would do or wants: "What would you focus on...?",
    "Where do you want to be...?", "What will you change first?". A statement that sets the
    scene ("You'd be running terminals in four countries.") asks nothing. ``past_told``: the
    question is known to ask for the speaker's own past (the family that asks for their story),
    so "'d" reads as "did" ("how'd you end up where you are now?")."""
    if "you" not in question.lower():
        return False
    sentences = _question(question).sentences
    # "'d" stands for "did" as well as "would": in a question that also tells of the past ("Tell
    # me about a time you had to let somebody go. How'd you handle it?") it asks what was done
    did = past_told or any(_you_did(sent) for sent in sentences)
    if any(_asks_what_was_done(sent) for sent in sentences):
        return False  # "What did you do? Would you do it the same again?": the past is asked
    future = FUTURE - {"'d"} if did else FUTURE
    scenario = any(_sets_scenario(sent) for sent in sentences)
    if _case_put(sentences) or any(
            _walked_through_ahead(sent, scene=any(states(before) for before in sentences[:index]))
            for index, sent in enumerate(sentences)):
        return True
    for sent in sentences:
        if _outcome_ahead(sent):
            return True
        if states(sent) and not scenario:
            continue  # the scene set, not a request ("You'd have ten countries under you here.")
        if _your_goals_ahead(sent):
            return True
        for verb in _you_clauses(sent):
            token = sent.tokens[verb]
            if token.dep not in {"ROOT", "conj"} or token.lemma in ASKED_VIEWS:
                continue  # "...the way you'd planned", "what would you say is...": no plan asked
            if _qualifies_own_record(sent, verb):
                continue  # "what's one decision of yours you'd take back?": a past thing asked
            kids = [sent.tokens[c] for c in children(sent, verb)]
            if any(sent.tokens[c].lower == "why" for c in children(sent, verb)):
                continue  # "why do you want to run it?": a motive asked, not a plan
            if token.lemma in WANTING and not _own_aim(sent, verb):
                continue  # "what would you want us to know about?": a choice of story, not a plan
            if _coping_with_a_kind(sent, verb):
                continue  # "how would you cope with a crisis?": a record of coping answers it
            if any(kid.lower in future and kid.dep == "aux" for kid in kids) and not any(
                kid.lower == "if" for kid in kids
            ):
                return True
            if token.lemma in WANTING - {"see"} and token.tag in {"VBP", "VB"}:
                return True  # "where do you want to be?"
            if token.tag in {"VBP", "VB"} and period_ahead(sent):
                return True  # "what do you do in your first month?": a time ahead asks a plan
    return False


def puts_case(question: str) -> bool:
    """The question puts a case and asks what the speaker would do in it: a scene stated and then
    "What do you do?" or "walk me through what you do", or a scenario opened ("Imagine...",
    "Suppose...") and a plan asked."""
    sentences = _question(question).sentences
    if _case_put(sentences):
        return True
    if any(_walked_through_ahead(sent, scene=True) for index, sent in enumerate(sentences)
           if any(states(before) for before in sentences[:index])):
        return True
    return any(_sets_scenario(sent) for sent in sentences) and asks_plan(question)


CONDITION_MARKS = frozenset({"when", "whenever", "if", "once", "each", "every"})
"""Marks of a clause that makes "what do you do...?" ask a practice ("what do you do when a
deadline slips?") rather than the case just put."""


def _case_put(sentences: tuple[Sentence, ...]) -> bool:
    """A case put and then "What do you do?": a sentence stating the scene ("Your biggest client
    tells you on Monday they're leaving.") followed by a bare "what do you do (first)?" in the
    present, which asks what the speaker would do in that case; with a "when" or "if" clause
    ("what do you do when a deadline slips?") or an aim ("...to keep them safe?") it asks a
    practice."""
    stated = False
    for sent in sentences:
        if states(sent):
            stated = True
            continue
        if not stated or not sent.text.rstrip().endswith("?"):
            continue
        for verb in _you_clauses(sent):
            token = sent.tokens[verb]
            if token.lemma != "do" or token.dep != "ROOT":
                continue
            kids = [sent.tokens[kid] for kid in children(sent, verb)]
            if not any(kid.lower == "what" and kid.dep == "dobj" for kid in kids):
                continue
            if not any(kid.lower in {"do", "does"} and kid.dep == "aux" for kid in kids):
                continue
            if any(sent.tokens[position].lower in CONDITION_MARKS for position in range(len(sent.tokens))):
                continue
            if any(kid.dep not in {"dobj", "aux", "nsubj", "punct", "intj", "cc"}
                   and kid.lower not in CASE_STEPS for kid in kids):
                continue  # "what do you do to keep them safe?": a practice with its aim
            return True
    return False


CASE_STEPS = frozenset({"first", "now", "next", "then", "today"})
WALKING = frozenset({"walk", "take", "talk"})
"""Verbs of "walk me through ...": the speaker is asked to go through something step by step."""
STEP_NOUNS = frozenset({"hour", "day", "week", "minute", "step", "move", "action", "response"})
"""What a case asks to be walked through when it is the speaker's own and ahead ("your first
hour", "your next steps"), not their past ("your career")."""


def _walked_through_ahead(sent: Sentence, *, scene: bool) -> bool:
    """ "Walk me through what you would do", "your first hour", or, after a scene stated
    (``scene``), "walk me through what you do": the speaker is asked to go through their steps
    in the case put, a plan, not a record. "Walk me through your career" asks the past, and
    "what you do" with no case put asks a practice."""
    for root, token in enumerate(sent.tokens):
        if token.dep != "ROOT" or token.lemma not in WALKING:
            continue
        kids = children(sent, root)
        if not any(sent.tokens[kid].lower == "me" for kid in kids):
            continue
        for prep in kids:
            if sent.tokens[prep].lower != "through":
                continue
            for item in children(sent, prep):
                thing = sent.tokens[item]
                below = [sent.tokens[c] for c in children(sent, item)]
                if thing.pos in {"VERB", "AUX"} and any(c.lower == "you" and c.dep == "nsubj" for c in below):
                    if any(c.lower in FUTURE and c.dep == "aux" for c in below):
                        return True
                    if scene and thing.tag in {"VBP", "VB"} and not any(c.dep == "aux" for c in below):
                        return True  # "what you do" in the case just put
                if thing.lemma in STEP_NOUNS and any(c.lower == "your" for c in below) and any(
                        c.lower in CASE_STEPS for c in below):
                    return True
    return False


OUTCOMES = frozenset({"success", "good", "great", "result", "achievement"})
"""Nouns of how things turn out: "what would success look like?" asks a picture ahead."""


def _outcome_ahead(sent: Sentence) -> bool:
    """ "What would success look like for you at the end of your first year?", "what will good
    look like?": a clause in "would" or "will" whose subject is how things turn out, asked with
    a question word: it asks what the speaker means to have achieved, a plan in other words."""
    if not any(token.tag in WH_TAGS for token in sent.tokens):
        return False
    for verb, token in enumerate(sent.tokens):
        if token.pos not in {"VERB", "AUX"}:
            continue
        kids = [sent.tokens[kid] for kid in children(sent, verb)]
        if not any(kid.lower in FUTURE and kid.dep == "aux" for kid in kids):
            continue
        if any(kid.dep in {"nsubj", "nsubjpass"} and kid.lemma in OUTCOMES for kid in kids):
            return True
    return False
"""Words a bare "what do you do ...?" may carry and still ask for the next steps in a case."""
COPING = frozenset({"cope", "deal", "handle", "manage"})
"""Verbs of coming through something: "how would you cope with a crisis?" asks whether and how
the speaker copes with such things, which a time they did answers."""
INDEFINITE = frozenset({"a", "an", "any", "such"})


def _coping_with_a_kind(sent: Sentence, verb: int) -> bool:
    """"How would you cope (commanding) a major incident?": a verb of coming through something,
    asked with "how", whose object is a kind of thing ("a", "any", "such"), not the case the
    question set out ("how would you handle it?", "the client")."""
    token = sent.tokens[verb]
    if token.lemma not in COPING or not any(item.lower == "how" for item in sent.tokens[:verb]):
        return False
    for position in subtree(sent, verb):
        item = sent.tokens[position]
        if item.lower in INDEFINITE and item.dep == "det":
            return True
    return False


WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def states(sent: Sentence) -> bool:
    """The sentence of a question is a statement, not a request: no question mark, no question
    word, and its main verb has a subject ("You'd have people from ten countries under you
    here."; not "Tell me about a time..." or "Walk me through what you would do")."""
    if sent.text.rstrip().endswith("?") or any(token.tag in WH_TAGS for token in sent.tokens):
        return False
    roots = [position for position, token in enumerate(sent.tokens) if token.dep == "ROOT"]
    return bool(roots) and all(
        any(sent.tokens[child].dep in {"nsubj", "nsubjpass", "expl"} for child in children(sent, root))
        for root in roots)


SCENARIO = frozenset({"imagine", "suppose", "picture", "assume", "pretend"})


def _sets_scenario(sent: Sentence) -> bool:
    """The sentence opens a scenario ("Imagine you joined and sales fell."): what follows it
    ("You would have to act fast.") is part of what is asked."""
    return any(token.dep == "ROOT" and token.lemma in SCENARIO for token in sent.tokens)


LOOKING_AHEAD = frozenset({"want", "plan", "intend", "hope", "see", "think", "feel", "like",
                           "expect", "envisage", "imagine", "aim", "wish", "mean"})
"""Verbs of a "do you" question that ask a view or an aim ahead, not a practice."""


def asks_own_practice(question: str) -> bool:
    """A question clause asks how the listener has done or does a thing: "how have you tracked
    goals before?", "How do you set goals with your clinic heads?". An answer that tells the
    listener's record meets that part, even beside a part asking for a plan. A clause on the
    speaker alone ("How do you develop yourself?") is the part a story of others would miss, so
    it is not counted."""
    for sent in _question(question).sentences:
        if not sent.text.rstrip().endswith("?"):
            continue
        for position, token in enumerate(sent.tokens):
            if token.pos != "VERB" or token.lemma in LOOKING_AHEAD:
                continue
            clause = [sent.tokens[item].lower for item in subtree(sent, position)]
            if {"yourself", "personally", "own"} & set(clause):
                continue
            kids = [sent.tokens[child] for child in children(sent, position)]
            if not any(kid.lower == "you" and kid.dep == "nsubj" for kid in kids):
                continue
            if token.tag == "VBN" and any(kid.lemma == "have" and kid.dep == "aux" for kid in kids):
                return True
            if token.tag == "VB" and any(kid.lower in {"do", "does"} and kid.dep == "aux" for kid in kids) \
                    and any(item.lower == "how" for item in sent.tokens[:position]):
                return True
    return False


def _asks_what_was_done(sent: Sentence) -> bool:
    """A question asking what the listener did: "What did you do?", "How did you handle it?"."""
    if not sent.text.rstrip().endswith("?"):
        return False
    for position, token in enumerate(sent.tokens):
        kids = [sent.tokens[child] for child in children(sent, position)]
        if token.pos in {"VERB", "AUX"} and any(kid.lower == "did" and kid.dep == "aux" for kid in kids) \
                and any(kid.lower == "you" and kid.dep == "nsubj" for kid in kids):
            return True
    return False


YOURS = frozenset({"your", "yours"})


def _qualifies_own_record(sent: Sentence, verb: int) -> bool:
    """The "you'd" clause at ``verb`` qualifies a thing asked from the listener's own record:
    "What's the one result from your career you'd put your name to?", "What's one decision of
    yours you'd take back?" (a noun after "what's"/"which is", before the clause's "you", that
    "your"/"yours" ties to the listener's past). The parser may hang such a clause as the root;
    read as the relative clause it is, it asks for the thing, not a plan. A thing with no tie to
    the listener's past ("What's the first thing you'd change here?") is left as parsed."""
    you = [p for p in children(sent, verb) if sent.tokens[p].lower == "you"
           and sent.tokens[p].dep in {"nsubj", "nsubjpass"}]
    if not you or sent.tokens[0].tag not in WH_TAGS:
        return False
    copula = [p for p in range(1, you[0]) if sent.tokens[p].lemma in {"be", "'s"}]
    if not copula:
        return False
    for noun in range(copula[0] + 1, you[0]):
        if sent.tokens[noun].pos != "NOUN":
            continue
        owners = [g for g in subtree(sent, noun) if g < you[0] and sent.tokens[g].lower in YOURS]
        if owners:
            return True
    return False


def _you_did(sent: Sentence) -> bool:
    """A clause of the question tells what the listener did: a verb in the past or the present
    perfect with "you" as its subject, not under "if" ("a time you had to let somebody go", "the
    most pressure you've been under")."""
    for position, token in enumerate(sent.tokens):
        kids = [sent.tokens[child] for child in children(sent, position)]
        perfect = token.tag == "VBN" and any(kid.dep == "aux" and kid.lemma == "have" for kid in kids)
        if token.tag != "VBD" and not perfect:
            continue
        if any(kid.lower == "you" and kid.dep == "nsubj" for kid in kids) \
                and not any(kid.lower == "if" for kid in kids):
            return True
    return False


GOAL_NOUNS = frozenset({"goal", "goals", "priority", "priorities", "plan", "plans", "aim", "aims",
                        "focus", "objective", "objectives"})
AHEAD = frozenset({"first", "next", "coming"})


def _your_goals_ahead(sent: Sentence) -> bool:
    """ "What would your goals be...?", "What are your priorities for your first year?": the
    speaker's goals asked for a time still to come (not "what were your goals last year")."""
    for position, token in enumerate(sent.tokens):
        if token.lower not in GOAL_NOUNS or token.dep not in {"nsubj", "attr"}:
            continue
        if not any(sent.tokens[c].lower == "your" for c in children(sent, position)):
            continue
        verb = token.head
        if not 0 <= verb < len(sent.tokens) or sent.tokens[verb].lemma != "be" \
                or sent.tokens[verb].tag == "VBD":
            continue
        if any(sent.tokens[c].lower in FUTURE for c in children(sent, verb)) or any(
            t.lower in AHEAD and t.dep == "amod" for t in sent.tokens
        ):
            return True
    return False


def _own_aim(sent: Sentence, verb: int) -> bool:
    """What is wanted is the speaker's own doing or being ("want to achieve", "want to be"), not
    something for the interviewer ("want us to know")."""
    for child in children(sent, verb):
        kid = sent.tokens[child]
        if kid.dep in {"xcomp", "ccomp"}:
            return not any(sent.tokens[g].dep in {"nsubj", "nsubjpass"} for g in children(sent, child))
    return False


def _reference(token_list: list[str]) -> bool:
    for index, word in enumerate(token_list):
        if word in LISTENER:
            return True
        if word in POSTS and index > 0 and token_list[index - 1] in POINTERS:
            return True
    return False


def asks_about_listener(question: str) -> bool:
    """The question asks what the speaker knows or makes of the organisation or the role:
    "What do you know about us?", "What do you understand this role to be?"."""
    lowered = question.lower()
    if "you" not in lowered:
        return False
    for sent in _question(question).sentences:
        for verb in _you_clauses(sent):
            if sent.tokens[verb].lemma not in KNOWING or _own_doing_asked(sent, verb):
                continue
            after = [t.lower for t in sent.tokens[verb + 1:]]
            # in a question "we" is the listener's side too: "what do you know about what we do?"
            if any(word in {"us", "our", "ours", "we"} for word in after) or any(
                word in POSTS and ((index > 0 and after[index - 1] in {"this", "the"})
                                   or _pointed(sent, verb + 1 + index))
                for index, word in enumerate(after)
            ):
                return True
    return False


def _own_doing_asked(sent: Sentence, verb: int) -> bool:
    """What the listener is asked to think or know is their own doing: the clause under the verb
    has "you" as its subject ("what makes you think you can handle the pressure in this job?"),
    so the role is where they would act, not what they are asked to know."""
    for child in children(sent, verb):
        if sent.tokens[child].dep not in {"ccomp", "xcomp"}:
            continue
        if any(sent.tokens[g].lower in {"you", "yourself"} and sent.tokens[g].dep in {"nsubj", "nsubjpass"}
               for g in children(sent, child)):
            return True
    return False


def _pointed(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is pointed at with "this" or "the" across its modifiers ("this
    regional distribution director role")."""
    return any(sent.tokens[child].dep == "det" and sent.tokens[child].lower in POINTERS - {"that"}
               for child in children(sent, position))


AIMING = frozenset({"want", "like", "hope", "aim", "plan", "intend", "expect", "see"})
"""Verbs a speaker states an aim with: "I want the academy to...", "I'd like to...", "I see myself..."."""
AIM_NOUNS = frozenset({"goal", "aim", "ambition", "priority", "plan", "target", "objective"})


def _states_aim(sent: Sentence) -> bool:
    """The sentence states an aim of the speaker's, however vague: "I want to have grown
    further", "my ambition is to...", "I see myself running...". A vague aim answers a question
    about a plan badly, but it answers that question."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        kids = [tokens[c] for c in children(sent, position)]
        if token.pos == "VERB" and token.lemma in AIMING and token.tag in {"VBP", "VB"} \
                and any(kid.lower == "i" and kid.dep == "nsubj" for kid in kids) \
                and any(kid.dep in {"xcomp", "ccomp", "dobj"} for kid in kids) \
                and not negated(sent, position):
            return True
        if token.lemma in AIM_NOUNS and token.dep == "nsubj" and any(kid.lower == "my" for kid in kids) \
                and 0 <= token.head < len(tokens) and tokens[token.head].tag in {"VBZ", "VBP"}:
            return True
    return False


POSSIBLE = frozenset({"may", "might", "could"})
"""Modals of what may come: "it may be that a hybrid emerges", "it could go several ways"."""
PERSONS = frozenset({"i", "we", "you", "he", "she", "they"})


def _views_ahead(sent: Sentence) -> bool:
    """The sentence tells what may come of something other than a person: a modal of
    possibility on a clause whose subject is a thing ("it may be that...", "the market could
    split"), not a past one ("could have"), not denied, not a person's ability ("we could not
    ship it")."""
    tokens = sent.tokens
    for token in tokens:
        if token.lower not in POSSIBLE or token.tag != "MD" or not 0 <= token.head < len(tokens):
            continue
        verb = token.head
        kids = [tokens[c] for c in children(sent, verb)]
        if any(kid.lower == "have" and kid.dep == "aux" for kid in kids) or negated(sent, verb):
            continue
        subjects = [kid for kid in kids if kid.dep in {"nsubj", "nsubjpass", "expl"}]
        if subjects and all(subject.lower not in PERSONS for subject in subjects):
            return True
    return False


def plans_nothing(answer: AnalysedText) -> list[int]:
    """The sentences of the speaker's past record when the answer holds no step or aim of theirs
    still to come: no "I'd..." or "I will..." beyond a way of speaking, no "I want to...", and
    no view of what may come ("it may be that a hybrid emerges": asked where things are heading
    and what to do, a view ahead is an answer in other words); empty otherwise."""
    if plans_ahead(answer) or any(_present_step(sent) for sent in answer.sentences):
        return []
    told = [sent.index for sent in answer.sentences if sent.own_past_actions]
    return told if len(told) >= 2 else []


def _present_step(sent: Sentence) -> bool:
    """A step of the speaker's told in the present, as a case put is answered ("What do you do?"
    — "First I release the two units we hold, then I ring the donors"): ``scheduled.present_doing``
    with no way of speaking ("I think", "I mention")."""
    return present_doing(sent, SPEECH)


STATE_LEMMAS = frozenset({"be", "have"})
"""Verbs of a state to come ("I will be successful here"): a forecast about oneself, no step."""


def steps_ahead(sentences: Iterable[Sentence]) -> bool:
    """Whether the sentences hold a step or aim of the speaker's still to come ("I would
    start...", "my goals for the first year would be..."), not a way of speaking ("I'd say")
    nor a state forecast ("I will be successful")."""
    return any(any(verb.lemma not in SPEECH | STATE_LEMMAS for verb in sent.own_hypothetical)
               or _states_aim(sent) for sent in sentences)


def plans_ahead(answer: AnalysedText) -> bool:
    """Whether the answer holds a step or aim of the speaker's still to come ("I'd...", "I
    will...", "I'm going to...", "my goal would be...") or a view of what may come: what a
    question asking for a plan is answered by, whatever else the answer tells."""
    for sent in answer.sentences:
        if any(verb.lemma not in SPEECH for verb in sent.own_hypothetical) or _states_aim(sent) \
                or _views_ahead(sent):
            return True
        if any(t.lower in {"going", "gon"} and t.dep == "aux" for t in sent.tokens):
            return True
    return False


HAPPENING = frozenset({"happen", "occur"})
CASE_POINTERS = frozenset({"this", "that", "it", "same", "exact"})
"""Words by which a clause of happening points at the case the question put ("this exact thing
happened to me", "it happened, near enough, last spring")."""
SPEAKERS = frozenset({"i", "we"})
LIVING = frozenset({"have", "face", "meet", "handle", "live", "see", "get"})
"""Verbs by which the speaker says they met the case put ("I had this exact situation")."""
CASE_NOUNS = frozenset({"situation", "case", "scenario", "problem", "thing", "crisis",
                        "emergency", "call", "incident", "dilemma"})
"""Nouns that name the case a question put, once a pointer ties them to it."""


def case_lived(answer: AnalysedText) -> bool:
    """The answer says the case put to it happened to the speaker ("this exact thing happened to
    me in 2022", "It happened, near enough, at my last firm"): the story it then tells is the
    case lived, an answer in other words, not a record told in its place."""
    for sent in answer.sentences:
        if not sent.parsed:
            continue
        if _met_the_case(sent):
            return True
        for verb, token in enumerate(sent.tokens):
            if token.lemma not in HAPPENING or token.pos != "VERB":
                continue
            for kid in children(sent, verb):
                subject = sent.tokens[kid]
                if subject.dep != "nsubj":
                    continue
                words = {sent.tokens[position].lower for position in subtree(sent, kid)}
                if words & CASE_POINTERS:
                    return True
    return False


def _met_the_case(sent: Sentence) -> bool:
    """ "I had this exact situation in March", "we faced the same problem at Ashby": the speaker
    as the subject of a verb of meeting whose object is the case put, pointed at."""
    for position, verb in enumerate(sent.tokens):
        if verb.lemma not in LIVING or not any(
                sent.tokens[kid].dep == "nsubj" and sent.tokens[kid].lower in SPEAKERS
                for kid in children(sent, position)):
            continue
        for kid in children(sent, position):
            thing = sent.tokens[kid]
            if thing.dep != "dobj" or thing.lemma not in CASE_NOUNS:
                continue
            if any(sent.tokens[position].lower in CASE_POINTERS - {"it"}
                   for position in children(sent, kid)):
                return True
    return False


def own_record(answer: AnalysedText, share: float) -> bool:
    """At least ``share`` of the sentences tell what the speaker (or their team) did."""
    told = sum(1 for sent in answer.sentences if sent.own_past_actions or sent.team_past_actions)
    return bool(answer.sentences) and told >= share * len(answer.sentences)


def named_in_question(question: str) -> frozenset[str]:
    """The nouns the question names its own side by ("our hospital", "this port")."""
    found: set[str] = set()
    for sent in _question(question).sentences:
        for position, token in enumerate(sent.tokens):
            if token.pos == "NOUN" and position > 0 and sent.tokens[position - 1].lower in {"our", "this"}:
                found.add(token.lower)
    return frozenset(found)


def _named(words: list[str], named: frozenset[str]) -> bool:
    """ "the hospital", "your port": the question's noun pointed at, not "my current hospital"."""
    return any(word in named and index > 0 and words[index - 1] in POINTERS | {"your"}
               for index, word in enumerate(words))


HEARER_VERBS = frozenset({"tell", "show", "walk", "take", "give", "let", "assure", "promise", "remind",
                          "ask", "bore", "spare", "guarantee"})
"""Verbs whose object "you" is the interviewer as the one spoken to: "let me tell you where I come
from", "I can show you", "I'll walk you through it"."""
FILLERS = frozenset({"know", "see", "mean", "imagine"})
"""Verbs of "you know", "you see": a way of speaking, not the organisation."""


def _hearer(sent: Sentence, position: int) -> bool:
    """The "you" at ``position`` is the interviewer as the one spoken to ("tell you", "walk you
    through") or a filler ("you know"), not the organisation."""
    token = sent.tokens[position]
    if not 0 <= token.head < len(sent.tokens):
        return False
    verb = sent.tokens[token.head]
    if token.dep in {"dobj", "dative"} and verb.lemma in HEARER_VERBS:
        return True
    return token.dep == "nsubj" and verb.lemma in FILLERS and not any(
        sent.tokens[child].dep in {"dobj", "ccomp", "xcomp", "prep", "attr"}
        for child in children(sent, token.head))


def speaks_of_listener(answer: AnalysedText, named: frozenset[str] = frozenset()) -> int:
    """How many sentences of the answer speak of the organisation or the role ("you", "your",
    "here", "this role", or a noun the question named them by: "the hospital"); a "you" that is
    the interviewer as the one spoken to ("let me tell you", "you know") does not count."""
    return sum(1 for sent in answer.sentences if refers_to_listener(sent, named))


def refers_to_listener(sent: Sentence, named: frozenset[str] = frozenset()) -> bool:
    """The sentence speaks of the organisation or the role (see ``speaks_of_listener``)."""
    words = ["" if token.lower == "you" and _hearer(sent, position) else token.lower
             for position, token in enumerate(sent.tokens)]
    return _reference(words) or _named(words, named)


OCCASIONS = frozenset({"time", "occasion", "idea", "project", "decision", "moment", "situation",
                       "initiative", "example", "change", "call", "plan", "something", "thing"})
BAD = -1.0
GONE_WRONG = frozenset({"late", "overrun", "delay", "slip", "behind", "overspend", "abandon",
                        "scrap", "cancel", "shelve", "stall", "backlog", "overdue", "mistake"})
"""Words of a plan going wrong that carry no sentiment in the lexicon ("eleven weeks late",
"the project stalled")."""


def _bad(sent: Sentence, position: int) -> bool:
    token = sent.tokens[position]
    return valence(token, WordClasses()) <= BAD or token.lemma in GONE_WRONG or token.lower in GONE_WRONG or (
        token.pos in {"VERB", "AUX"} and negated(sent, position))


def asks_setback(question: str) -> bool:
    """The question asks for an occasion that went badly: an occasion word ("a time", "an
    idea") whose clause fails or is denied ("you failed", "went wrong", "you chose not to
    pursue")."""
    for sent in _question(question).sentences:
        for position, token in enumerate(sent.tokens):
            if _you_got_wrong(sent, position):
                return True
            if token.dep not in {"relcl", "acl"} or not 0 <= token.head < len(sent.tokens):
                continue
            if not _on_occasion(sent, token.head):
                continue
            if sent.tokens[token.head].lower in VAGUE_OCCASIONS and not (
                    token.lemma in {"work", "go"} and negated(sent, position)):
                continue  # "something your people couldn't": no failure unless it "didn't work out"
            # the clause's own verb and what it predicates, not a modifier of its object
            # ("a time you hit a difficult target" asks for a success)
            said = [position] + [c for c in children(sent, position)
                                 if sent.tokens[c].dep in {"acomp", "advmod", "xcomp", "oprd"}]
            if any(_bad(sent, p) and not _cuts_something(sent, p) for p in said):
                return True
    return False


def _cuts_something(sent: Sentence, position: int) -> bool:
    """A verb of cutting with an object ("had to cut costs"): a task the speaker was set, not
    an occasion that went badly."""
    return sent.tokens[position].lemma in CUTTING and any(
        sent.tokens[c].dep == "dobj" for c in children(sent, position))


def _on_occasion(sent: Sentence, position: int) -> bool:
    """The noun at ``position`` is an occasion ("a time", "an idea"), or sits in a phrase of the
    clause that describes one ("something new you tried at work that didn't work out": the
    parse hangs the failing clause on "work")."""
    for _step in range(4):
        token = sent.tokens[position]
        if token.lemma in OCCASIONS or token.lower in OCCASIONS:
            return True
        if token.dep not in {"pobj", "prep", "relcl"} or not 0 <= token.head < len(sent.tokens):
            return False
        position = token.head
    return False


WRONG_WORDS = frozenset({"wrong"})
VAGUE_OCCASIONS = frozenset({"something", "thing"})
FAILING = frozenset({"fail", "mess", "botch", "blow"})


def _you_got_wrong(sent: Sentence, position: int) -> bool:
    """ "What would she say you got wrong?", "where did you fail?": a clause of the candidate
    getting something wrong or failing, not under "if" ("if you failed, what would you do?")."""
    token = sent.tokens[position]
    if token.pos not in {"VERB", "AUX"}:
        return False
    kids = children(sent, position)
    if not any(sent.tokens[c].lower == "you" and sent.tokens[c].dep == "nsubj" for c in kids):
        return False
    if any(sent.tokens[c].lower in {"if", "when", "whether"} for c in kids) or negated(sent, position):
        return False
    return token.lemma in FAILING or any(sent.tokens[c].lower in WRONG_WORDS for c in kids)


def nothing_went_wrong(answer: AnalysedText) -> bool:
    """No word of anything going badly and no denied action anywhere in the answer, leaving out
    the lesson drawn ("what I took from it: pilot with the most sceptical team"), what a relative
    clause says of a thing ("stories you can't get on the phone") and a measured cut ("it cut the
    admin by 40 minutes")."""
    for sent in answer.sentences:
        if _draws_lesson(sent):
            continue
        for position, token in enumerate(sent.tokens):
            if not _bad(sent, position) or _measured_cut(sent, position):
                continue
            if _names_a_kind(sent, position) or _aimed_at(sent, position):
                continue
            if token.dep == "relcl" and token.pos in {"VERB", "AUX"} and valence(token, WordClasses()) > BAD:
                continue  # only denied: it describes a thing, it tells no event
            return False
    return True


PURPOSE_MARKS = frozenset({"so", "that"})
"""Marks of a clause of purpose ("so that we know there is a fault"): the trouble it names is
the one the plan was for, not one that happened."""


def _names_a_kind(sent: Sentence, position: int) -> bool:
    """A bad word that only names a kind of thing, not a thing going wrong: a noun in a
    compound ("emergency call-outs", "complaint volumes") or a word of degree on a noun ("one
    building alone")."""
    token = sent.tokens[position]
    if token.dep == "compound":
        return True
    head = token.head
    return (token.dep == "advmod" and 0 <= head < len(sent.tokens)
            and sent.tokens[head].pos in {"NOUN", "PROPN", "NUM", "DET"})


def _aimed_at(sent: Sentence, position: int) -> bool:
    """The bad word sits in a clause of purpose: the trouble a plan was for ("sensors so that
    we know there is a fault before the client calls")."""
    current = position
    for _step in range(6):
        token = sent.tokens[current]
        if token.dep == "advcl" and any(
                sent.tokens[c].dep == "mark" and sent.tokens[c].lower in PURPOSE_MARKS
                for c in children(sent, current)):
            return True
        if not 0 <= token.head < len(sent.tokens) or token.head == current:
            return False
        current = token.head
    return False


LESSON_WORDS = frozenset({"learn", "lesson", "takeaway"})


def _draws_lesson(sent: Sentence) -> bool:
    """The sentence draws a lesson: "What I learned is...", "The lesson for me...", "What I took
    from it: ..."."""
    for position, token in enumerate(sent.tokens):
        if token.lemma in LESSON_WORDS and not negated(sent, position):
            return True
        if token.lemma == "take" and any(sent.tokens[c].lower == "from" for c in children(sent, position)) \
                and any(sent.tokens[c].lower == "what" for c in children(sent, position)):
            return True
    return False


CUTTING = frozenset({"cut", "reduce", "lower", "halve", "drop", "fall", "shrink", "trim"})


def _measured_cut(sent: Sentence, position: int) -> bool:
    """A verb of cutting with a measure of how much ("cut the admin by 40 minutes", "fell from 12
    to 4"): a result, not a thing going wrong."""
    token = sent.tokens[position]
    if token.lemma not in CUTTING or negated(sent, position):
        return False
    return any(sent.tokens[c].lower in {"by", "from", "to"} and any(
        sent.tokens[q].pos == "NUM" or sent.tokens[q].tag == "CD" for q in subtree(sent, c))
        for c in children(sent, position))


WEAKNESS_NOUNS = frozenset({"weakness", "shortcoming", "flaw", "failing", "weak"})
"""Nouns a question names a weakness by ("your biggest shortcoming", "a weak spot")."""


def asks_weakness(question: str) -> bool:
    """The question names a weakness of the speaker's: "What would your boss say is your biggest
    shortcoming?"."""
    return any(token.lemma in WEAKNESS_NOUNS for sent in _question(question).sentences
               for token in sent.tokens)


BETTERING = frozenset({"improve", "develop", "change", "fix", "better", "learn", "figure", "grow",
                       "stop", "work"})
"""Verbs of getting better at something: "what you still need to get better at", "the area you
most need to develop", "what they'd like you to change", "what you still haven't figured out"."""
NEEDED = frozenset({"need", "still", "should", "must", "yet"})
"""What makes the listener's own bettering a need rather than a deed told: "what you still need
to get better at", "what you haven't figured out yet"."""
POORLY = frozenset({"badly", "poorly", "worst", "weakest"})
"""A manner or a rank of doing something poorly: "something you do badly", "what you're worst at"."""
LISTENER = frozenset({"you", "your", "yours"})


def asks_shortcoming(question: str) -> bool:
    """The question asks about a shortcoming of the listener's, whatever its words: it names a
    weakness (``asks_weakness``), asks what the listener still needs to better (a verb of getting
    better whose subject is the listener, under a need: "what you still need to get better at",
    "the area you most need to develop"), what others want the listener to better ("what your
    team would like you to change"), or what they do poorly ("something you do badly")."""
    if asks_weakness(question):
        return True
    for sent in _question(question).sentences:
        if not sent.parsed or not any(token.lower in LISTENER for token in sent.tokens):
            continue
        lowered = {token.lower for token in sent.tokens}
        if lowered & POORLY:
            return True
        for position, token in enumerate(sent.tokens):
            bettering = token.lemma in BETTERING or (
                token.lower == "better" and sent.tokens[token.head].lemma in {"get", "become"})
            if not bettering:
                continue
            role = _listener_role(sent, position)
            if role == "dobj" or (role == "nsubj" and lowered & NEEDED):
                return True
    return False


def _listener_role(sent: Sentence, position: int) -> str | None:
    """How the listener stands to the verb at ``position`` (or the verb it hangs on): its subject
    ("nsubj": "you need to develop"), or the one someone wants to do it ("dobj": "like you to
    change"); None when the listener is not there."""
    heads = [position]
    while len(heads) < 3 and 0 <= sent.tokens[heads[-1]].head < len(sent.tokens) \
            and sent.tokens[heads[-1]].head != heads[-1]:
        heads.append(sent.tokens[heads[-1]].head)  # "you need to get better": up to "need"
    for head in heads:
        for child in children(sent, head):
            kid = sent.tokens[child]
            if kid.lower != "you":
                continue
            if kid.dep in {"nsubj", "nsubjpass"}:
                # "(they'd like) you to change": the listener as the subject of a clause wanted
                wanted = sent.tokens[head].dep in {"ccomp", "xcomp"} and sent.tokens[
                    sent.tokens[head].head].lemma in {"like", "want", "wish", "prefer", "love"}
                return "dobj" if wanted else "nsubj"
            if kid.dep == "dobj":
                return "dobj"
    return None


LINE_VERBS = frozenset({"report", "answer", "work"})
"""Verbs of a reporting line: "people who report to you", "who didn't work for you"."""
LINE_PREPS = frozenset({"to", "for", "under"})
OUTSIDE_LINE = frozenset({"peer", "colleague", "counterpart", "authority", "stakeholder",
                          "department", "influence"})
"""Nouns an answer names people or a standing outside the speaker's line by ("my peers in
finance", "I had no authority over them")."""


def _line_clause(sent: Sentence, position: int, person: frozenset[str]) -> bool:
    """A clause of a reporting line towards ``person``: "report to you", "work for me"."""
    token = sent.tokens[position]
    if token.lemma not in LINE_VERBS:
        return False
    for child in children(sent, position):
        prep = sent.tokens[child]
        if prep.dep != "prep" or prep.lower not in LINE_PREPS:
            continue
        # the person is the preposition's object, or the word after it when the parser
        # attaches it elsewhere ("report to you - academics, say")
        after = child + 1 if child + 1 < len(sent.tokens) else child
        if any(sent.tokens[g].lower in person for g in (*children(sent, child), after)):
            return True
    return False


def asks_outside_line(question: str) -> bool:
    """The question asks about people outside the speaker's line: "lead people who didn't
    report to you", "set goals with people who don't work for you"."""
    for sent in _question(question).sentences:
        for position in range(len(sent.tokens)):
            if _line_clause(sent, position, frozenset({"you"})) and negated(sent, position):
                return True
    return False


def _singular(token: Token) -> str:
    """The noun's lemma, with a plural "s" the lemmatiser left taken off ("officers")."""
    lemma = token.lemma
    return lemma[:-1] if token.tag == "NNS" and lemma.endswith("s") and lemma == token.lower else lemma


def _person(token: Token, people: frozenset[str]) -> bool:
    return token.lemma in people or token.lower in people or _singular(token) in people


def own_line(sent: Sentence, people: frozenset[str]) -> list[str]:
    """The people of the speaker's own line the sentence holds (their lemmas): "my managers",
    "our officers", "I had a team of twenty", "the six people reporting to me"."""
    tokens = sent.tokens
    found = []
    for position, token in enumerate(tokens):
        if token.pos != "NOUN" or not _person(token, people):
            continue
        kids = children(sent, position)
        head = token.head
        held = token.dep == "dobj" and 0 <= head < len(tokens) \
            and tokens[head].lemma in {"have", "manage", "lead", "run", "inherit"} \
            and any(tokens[c].lower == "i" and tokens[c].dep == "nsubj" for c in children(sent, head)) \
            and not negated(sent, head)
        if held or any(tokens[c].lower in {"my", "our"} and tokens[c].dep == "poss" for c in kids):
            found.append(_singular(token))
            found.extend(_singular(tokens[c]) for c in kids if tokens[c].dep == "conj")
    if any(_line_clause(sent, position, frozenset({"me"})) and not negated(sent, position)
           for position in range(len(tokens))):
        found.append("")
    return found


def outside_line(sent: Sentence) -> bool:
    """The sentence speaks of people or a standing outside the speaker's line: a peer, another
    department, authority, or a line denied ("they didn't report to me")."""
    tokens = sent.tokens
    if any(token.lemma in OUTSIDE_LINE for token in tokens):
        return True
    return any(_line_clause(sent, position, frozenset({"me", "us"})) and _denied(sent, position)
               for position in range(len(tokens)))


def _denied(sent: Sentence, verb: int) -> bool:
    """The clause is denied, by "not" or by a subject of none ("none of whom reported to me")."""
    return negated(sent, verb) or any(
        sent.tokens[c].lower in {"none", "nobody", "neither", "few"} and sent.tokens[c].dep == "nsubj"
        for c in children(sent, verb))


def tells_own_line(answer: AnalysedText, people: frozenset[str], least: int = 2) -> list[int]:
    """The sentences that tell of the speaker's own line (people named as theirs, and those same
    people named again: "I had thirty officers ... the officers"), when there are ``least`` or
    more and no sentence speaks of anyone outside it; empty otherwise."""
    sentences = [sent for sent in answer.sentences if sent.parsed]
    if any(outside_line(sent) for sent in sentences):
        return []
    theirs: set[str] = set()
    told = []
    for sent in sentences:
        held = own_line(sent, people)
        if held or any(t.pos == "NOUN" and _singular(t) in theirs for t in sent.tokens):
            told.append(sent.index)
        theirs.update(word for word in held if word)
    return told if len(told) >= least else []


# Whose growth: asked how they develop other people, the answer tells the speaker's own learning;
# asked how they develop themselves, it tells what they set up for their team.
GROWING = frozenset({"develop", "grow", "coach", "mentor", "nurture", "train", "stretch", "invest"})
"""Verbs of making someone grow ("develop the managers", "grow as a leader")."""
LEARNING = frozenset({"learn", "study", "enrol", "enroll", "attend", "read", "qualify"})
"""Verbs of one's own learning ("I enrolled", "I read", "70 percent of the team completed...")."""
OWN_GROWTH = frozenset({"development", "skill", "skills", "learning", "growth", "career"})
"""Nouns of a person's growth ("your own development", "my own career")."""
LEARNING_NOUNS = frozenset({
    "course", "courses", "programme", "program", "mba", "diploma", "degree", "qualification",
    "mentor", "coach", "module", "modules", "certificate", "certification", "conference", "book",
    "books", "podcast", "podcasts", "360", "masterclass", "workshop", "training", "class", "classes",
})
"""What a person learns through: a course, a mentor, a 360."""
LINE_PEOPLE = TEAM_NOUNS | frozenset({
    "someone", "somebody", "person", "people", "report", "reports", "employee", "employees",
    "apprentice", "apprentices", "graduate", "graduates", "them", "him", "her", "journalist",
    "journalists", "deputy", "deputies", "officer", "officers", "nurse", "nurses", "operative",
    "operatives", "trainee", "trainees",
})
"""People a speaker develops: their team, their reports, someone, them."""
NOT_GROWN = frozenset({
    "director", "boss", "ceo", "chair", "chairman", "president", "board", "chief", "md", "head",
    "sponsor", "founder", "investor", "bank", "firm", "authority", "council", "ministry",
    "government", "office", "side", "unit", "division", "function", "group", "provider",
    "manufacturer", "distributor", "insurer", "carrier", "courier", "subcontractor", "landlord",
    "buyer", "seller", "auditor", "inspector", "lawyer", "counsel", "consultant", "adviser", "advisor",
})
"""People above or outside the speaker's line, and bodies: asking a director for a chance, or
taking a course with a firm, is not developing them."""
OBJECT_PRONOUNS = frozenset({"them", "him", "her"})


def _growth_person(token: Token, people: frozenset[str] = frozenset()) -> bool:
    """A person of the speaker's line: a team noun, a job title from ``people`` ("my planners"),
    someone, them."""
    words = {token.lower, token.lemma, _singular(token)}
    if words & NOT_GROWN:
        return False
    return bool(words & (LINE_PEOPLE | people))


def asks_whose_growth(question: str) -> str | None:
    """``"self"`` when the question asks how the speaker develops themselves ("develop yourself",
    "grow as a leader", "your own skills"), ``"others"`` when it asks how they develop other
    people ("develop the managers who report to you", "someone you developed"); else None."""
    found = None
    for sent in _question(question).sentences:
        tokens = sent.tokens
        for position, token in enumerate(tokens):
            if token.lower in OWN_GROWTH and any(tokens[c].lower == "own" for c in children(sent, position)):
                return "self"  # "your own development"
            if token.pos not in {"VERB", "AUX"} or token.lemma not in GROWING | {"learn"}:
                continue
            kids = [tokens[c] for c in children(sent, position)]
            objects = [kid for kid in kids if kid.dep in {"dobj", "dative"} and kid.lower != "what"]
            if any(kid.lower == "yourself" for kid in objects):
                return "self"
            if not objects and any(kid.lower == "you" and kid.dep == "nsubj" for kid in kids) and (
                token.lemma == "learn" or any(kid.dep == "prep" and kid.lower == "as" for kid in kids)
            ):
                return "self"  # "what have you learned", "grow as a leader"
            if token.lemma not in GROWING:
                continue
            if any(_growth_person(kid) or kid.lower == "who" or _who_clause(sent, kid)
                   for kid in objects) or (
                token.dep == "relcl" and 0 <= token.head < len(tokens) and _growth_person(tokens[token.head])
            ):
                found = "others"  # "develop the managers", "someone you developed"
    return found


def _who_clause(sent: Sentence, token: Token) -> bool:
    """The noun carries a "who" clause, so it names people: "the planners who report to you"."""
    position = sent.tokens.index(token)
    return any(sent.tokens[c].dep == "relcl" and any(
        sent.tokens[g].lower in {"who", "whom"} for g in children(sent, c)) for c in children(sent, position))


def _speaker_acts(sent: Sentence, verb: int) -> bool:
    """ "I" is the verb's subject, or the subject of the verb it is joined to ("I went ... and
    put together ...")."""
    tokens = sent.tokens
    subjects = [c for c in children(sent, verb) if tokens[c].dep in {"nsubj", "nsubjpass"}]
    if subjects:
        return any(tokens[c].lower == "i" and tokens[c].dep == "nsubj" for c in subjects)
    if tokens[verb].dep == "conj" and 0 <= tokens[verb].head < len(tokens):
        return _speaker_acts(sent, tokens[verb].head)
    return False


def _lesson(sent: Sentence, verb: int) -> bool:
    """ "What I learned is that...", "I learned that...": a lesson drawn, not learning done."""
    return any(sent.tokens[c].dep == "ccomp" or sent.tokens[c].lower in {"what", "that"}
               for c in children(sent, verb))


def _theirs(sent: Sentence, position: int, people: frozenset[str]) -> bool:
    """A person of the speaker's line named as theirs or as particular people: "my team", "each
    manager", "them"; not a kind of person a thing is for ("a course for executives")."""
    token = sent.tokens[position]
    if not _growth_person(token, people):
        return False
    return token.tag == "PRP" or token.lower in {"someone", "somebody"} or any(
        sent.tokens[c].dep in {"poss", "det", "nummod"} and sent.tokens[c].lower not in {"a", "an"}
        for c in children(sent, position))


def _speaker_on_others(sent: Sentence, people: frozenset[str]) -> bool:
    """The speaker acts on people of their line: "I set my team the goal", "a programme I set up
    for my team", "I coached her"."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.pos != "VERB" or negated(sent, position) or not _speaker_acts(sent, position):
            continue
        for child in children(sent, position):
            kid = tokens[child]
            if kid.dep in {"dobj", "dative"} and (
                _growth_person(kid, people) or (kid.pos == "PROPN" and token.lemma in GROWING)
            ):
                return True
            if kid.dep == "dobj" and any(
                (tokens[g].dep == "poss" and _growth_person(tokens[g], people)) or (
                    tokens[g].dep == "prep" and any(_theirs(sent, h, people) for h in children(sent, g)))
                for g in children(sent, child)
            ):
                return True  # "their development", "a programme for my team"
            if kid.dep == "prep" and kid.lower in {"for", "with", "to"} and any(
                _theirs(sent, g, people) for g in children(sent, child)
            ):
                return True
    return False


def _others_learning(sent: Sentence, people: frozenset[str]) -> bool:
    """People of the speaker's line learn: "every journalist in my department has twelve days of
    training", "70 percent of the team completed the module"."""
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.dep not in {"nsubj", "nsubjpass"} or not 0 <= token.head < len(tokens):
            continue
        near = [position, *children(sent, position)]
        words = [tokens[p] for p in near] + [tokens[h] for p in near[1:] for h in children(sent, p)]
        if not any(_growth_person(word, people) and word.lower not in OBJECT_PRONOUNS for word in words):
            continue
        verb = token.head
        if tokens[verb].lemma in LEARNING | {"complete"} and not _lesson(sent, verb):
            return True
        for child in children(sent, verb):
            if tokens[child].dep == "dobj" and (tokens[child].lower in LEARNING_NOUNS or any(
                tokens[g].lower in LEARNING_NOUNS | {"development"} for g in children(sent, child)
            )):
                return True
    return False


def grows_others(sent: Sentence, people: frozenset[str] = frozenset()) -> bool:
    """The sentence tells of the growth of other people: the speaker acting on them, or them
    learning."""
    return _speaker_on_others(sent, people) or _others_learning(sent, people)


def grows_self(sent: Sentence, people: frozenset[str] = frozenset()) -> bool:
    """The sentence tells of the speaker's own learning, and of no one else's: "I enrolled in an
    MBA", "I have always invested in myself", "I took on an external coach"."""
    if grows_others(sent, people):
        return False
    tokens = sent.tokens
    for position, token in enumerate(tokens):
        if token.lower == "myself" and token.dep in {"dobj", "pobj", "dative"}:
            return True
        if token.lower in OWN_GROWTH and {tokens[c].lower for c in children(sent, position)} >= {"my", "own"}:
            return True
        if token.pos != "VERB" or negated(sent, position) or not _speaker_acts(sent, position):
            continue
        if token.lemma in LEARNING and not _lesson(sent, position):
            return True
        for child in children(sent, position):
            kid = tokens[child]
            words = [kid] + ([tokens[g] for g in children(sent, child)] if kid.dep == "prep" else [])
            if any(word.lower in LEARNING_NOUNS and word.dep in {"dobj", "pobj"} for word in words) \
                    and not any(_growth_person(word, people) for word in words):
                return True
    return False


def other_growth_told(answer: AnalysedText, asked_for: str, least: int = 2,
                      people: frozenset[str] = frozenset()) -> list[int]:
    """The sentences that tell the other side's growth when the question asks for ``asked_for``
    ("self" or "others"): asked about the speaker's own growth, ``least`` or more sentences of
    their team's and none of their own; asked about other people's, ``least`` or more of their
    own and fewer of anyone else's. Empty otherwise."""
    sentences = [sent for sent in answer.sentences if sent.parsed]
    mine = [sent.index for sent in sentences if grows_self(sent, people)]
    theirs = [sent.index for sent in sentences if grows_others(sent, people)]
    if asked_for == "self" and len(theirs) >= least and not mine:
        return theirs
    if asked_for == "others" and len(mine) >= least and len(theirs) < len(mine):
        return mine
    return []


# Asked why people in general do something, the answer tells of the speaker alone.
OPINION = frozenset({"think", "say", "know", "guess", "believe", "mean", "suppose", "feel", "wonder",
                     "imagine", "reckon", "see", "want", "like", "be"})
"""Verbs of a view, not of a record: "I think", "I'd say", "I don't know"."""
GENERAL_SUBJECTS = frozenset({"they", "people", "someone", "anyone", "nobody", "everyone", "somebody"})


def asks_why_of_group(question: str) -> frozenset[str]:
    """The people a why-question asks about, when it asks why a group in general does something
    ("why do you think good people stay in jobs they don't enjoy?": people); empty when it asks
    about the speaker ("why do people follow you?")."""
    for sent in _question(question).sentences:
        tokens = sent.tokens
        if not any(token.lower == "why" for token in tokens):
            continue
        for token in tokens:
            if token.dep != "nsubj" or token.tag != "NNS" or not 0 <= token.head < len(tokens):
                continue
            clause = subtree(sent, token.head)
            if any(tokens[p].lower in {"you", "your", "yours"} and tokens[p].dep != "nsubj" for p in clause):
                return frozenset()  # "why do people follow you?": about the speaker after all
            return frozenset({token.lemma, token.lower})
    return frozenset()


def _speaker_record(sent: Sentence) -> bool:
    """ "I" is the subject of a verb that is neither a view ("I think") nor a modal's ("I'd say")."""
    tokens = sent.tokens
    for token in tokens:
        if token.lower != "i" or token.dep not in {"nsubj", "nsubjpass"} or not 0 <= token.head < len(tokens):
            continue
        verb = token.head
        if tokens[verb].lemma not in OPINION and not any(tokens[c].tag == "MD" for c in children(sent, verb)):
            return True
    return False


def tells_self_not_group(answer: AnalysedText, group: frozenset[str], least: int = 2) -> list[int]:
    """The sentences of the speaker's own record when ``least`` or more tell it and none has the
    asked group (or people in general, "they") as its subject; empty otherwise."""
    told = []
    for sent in answer.sentences:
        subjects = [t for t in sent.tokens if t.dep in {"nsubj", "nsubjpass"}]
        if any(t.lower in group or t.lemma in group or t.lower in GENERAL_SUBJECTS for t in subjects):
            return []
        if _speaker_record(sent):
            told.append(sent.index)
    return told if len(told) >= least else []


# Asked for an occasion, the answer tells the speaker's life story and does nothing with anyone.
LIFE_LEMMAS = frozenset({"live", "study", "bear"})
"""Verbs of a life story when "I" is their subject and they take no object: "I lived in three
countries", "I studied a year in Lyon", "I was born in Porto" (not "I studied the figures")."""
COUNTERPARTS = LINE_PEOPLE | frozenset({
    "director", "directors", "supervisor", "supervisors", "leader", "leaders", "engineer", "head",
    "heads", "operator", "operators", "worker", "workers", "they", "we", "us", "contractor",
    "contractors", "agent", "agents", "driver", "drivers", "technician", "technicians", "member",
    "counterpart", "counterparts", "union", "hr",
})
"""People an action can be done with or for: the speaker's team, colleagues, them, us."""


LIFE_VERBS = LIFE_LEMMAS | frozenset({"grow", "speak", "learn", "travel", "visit", "move"})
"""Verbs of a life lived, not counted among the things the speaker did on an occasion."""
REASON_MARKS = frozenset({"because", "as", "since", "'cause", "cause", "cos"})
"""Marks of a clause given as the reason for what the sentence says ("..., as I grew up between
two languages")."""


def life_story(sent: Sentence) -> bool:
    """The speaker tells their own life, not an occasion: "I" as the subject of living,
    studying or being born somewhere, of growing up, or of speaking a language ("I speak
    French"); not under a modal nor in a relative clause ("a compromise I can live with"), nor
    in a clause given as the reason for something else ("this is close to my heart, as I grew
    up between two languages": context for what follows, not the story told)."""
    tokens = sent.tokens
    for token in tokens:
        if token.lower != "i" or token.dep not in {"nsubj", "nsubjpass"} or not 0 <= token.head < len(tokens):
            continue
        verb = tokens[token.head]
        kids = [tokens[c] for c in children(sent, token.head)]
        if verb.dep == "relcl" or any(kid.tag == "MD" for kid in kids):
            continue  # "the yes I can live with": what a thing is, not where a life was lived
        if verb.dep == "advcl" and any(kid.lower in REASON_MARKS and kid.dep == "mark" for kid in kids):
            continue  # a life given as the reason for a view: context, not the answer
        if verb.lemma in LIFE_LEMMAS and not any(kid.dep == "dobj" for kid in kids):
            return True
        if verb.lemma == "grow" and any(kid.dep == "prt" and kid.lower == "up" for kid in kids):
            return True
        if verb.lemma == "speak" and any(kid.dep == "dobj" and kid.pos in {"PROPN", "ADJ"} for kid in kids):
            return True
    return False


def acts_with_people(sent: Sentence) -> bool:
    """The speaker did something with, to or for people ("I sat down with the supervisors", "I
    moved two of them"), or a team acted ("we rebuilt the plan")."""
    if sent.team_past_actions:
        return True
    for verb in sent.own_past_actions:
        position = sent.tokens.index(verb)
        for inside in subtree(sent, position):
            token = sent.tokens[inside]
            if token.lower in COUNTERPARTS and token.dep not in {"nsubj", "nsubjpass"}:
                return True
    return False


def tells_life_not_people(answer: AnalysedText, most: int = 1, doing_least: int = 3) -> list[int]:
    """The sentences of the speaker's life story, when the answer tells one, at most ``most``
    of its sentences has the speaker acting with anyone, and fewer than ``doing_least`` things
    the speaker did are told outside the life story ("I designed the organisation, I recruited
    the team, I trained them": an occasion told, whatever languages the speaker also names);
    empty otherwise."""
    told = [sent.index for sent in answer.sentences if life_story(sent)]
    if not told:
        return []
    doing = sum(1 for sent in answer.sentences if sent.index not in told
                for verb in sent.own_past_actions if verb.lemma not in LIFE_VERBS)
    if doing >= doing_least:
        return []
    acted = 0
    for sent in answer.sentences:
        if acts_with_people(sent):
            acted += 1
            if acted > most:
                return []
    return told


def record_run(answer: AnalysedText, named: frozenset[str] = frozenset()) -> list[int]:
    """The longest run of consecutive sentences that each tell the speaker's (or their team's)
    record and none of which speaks of the organisation or the role."""
    best: list[int] = []
    run: list[int] = []
    for sent in answer.sentences:
        words = [t.lower for t in sent.tokens]
        listener = _reference(words) or _named(words, named)
        if (sent.own_past_actions or sent.team_past_actions) and not listener:
            run.append(sent.index)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    return best
