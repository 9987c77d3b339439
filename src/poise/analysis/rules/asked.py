"""Code rules on what the question asks against what the answer gives, and on goals with no
measure, and on a weakness settled as fixed: the parse facts live in ``poise.analysis.asked``,
``poise.analysis.goals`` and ``poise.analysis.accepted``."""

from __future__ import annotations

from datetime import date

from poise.analysis import (
    accepted,
    announced,
    asked,
    asked_terms,
    case_horizon,
    concern_reader,
    counterpart,
    feedback_way,
    focus,
    gap_evidence,
    gap_named,
    goals,
    nlp,
    origin,
    pivot,
    reframed,
    role_gain,
    segue,
    timeframe,
    weighed,
)
from poise.analysis.example_asked import asks_past_example
from poise.analysis.grammar import TEAM_NOUNS
from poise.analysis.question_features import asking_text
from poise.analysis.report import Evidence, Finding
from poise.analysis.rules import flaws, grounded
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.text import clip
from poise.content.schema import CodeRule

MAX_QUOTES = 3
PROJECTIVE = frozenset({"projective"})
"""Families whose questions ask for a view of others or of oneself through others' eyes."""
COUNTERPART_KINDS = ("above", "outside")
"""The rule's params naming the lexicons of each kind of counterpart a question can ask about."""
UNWEIGHED = frozenset({"salary"})
"""Families where an answer that puts something above what was asked is read by their own rules
("what matters more to me is the scope": a figure withheld, ``salary.evasive``)."""
PLAIN_TURNS = (segue.segue_to, announced.added_mention)
"""Readings of a turn to another thing that name it in the speaker's own words of turning ("this
reminds me of...", "I should mention..."): grounds for the finding to stand past the answer-level
floor."""
ABOUT_ONESELF = frozenset({"introduction"})
"""Families whose questions ask for the speaker's own story ("tell me about yourself"), where a
life story is on topic."""


def answers_another(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Asked for a plan, the answer tells only a past record; or asked what the speaker knows of
    the organisation or the role, it speaks of them in at most ``params.listener_max`` sentences
    and tells the speaker's own record in ``params.record_share`` of them or more; or asked for an
    occasion that went badly, it tells of nothing going wrong; or asked about people outside the
    speaker's line, it tells of their own team in ``params.line_least`` sentences or more; or
    asked how they develop others (or themselves), it tells only how they developed themselves
    (or their team) in ``params.growth_least`` sentences or more; or asked why people in general
    do something, it tells only the speaker's own record (``params.self_least`` sentences) and
    never has those people, or anyone in general, as a subject; or asked what the speaker knows of
    the organisation or the role, it tells their record in ``params.record_run`` sentences in a
    row with no word of either; or asked for an occasion, it tells the speaker's life story
    (where they lived, studied, grew up, which languages they speak) and has them acting with
    anyone in at most ``params.people_most`` sentences and tells fewer than
    ``params.doing_least`` things they did outside it; or asked what the speaker does for
    themselves (``poise.analysis.focus``), it tells of their people in ``params.focus_least``
    sentences or more (``params.focus_share`` of them) and never of themselves; or asked about a
    bounded time ("the last 18 months"), every date it tells lies well before it
    (``poise.analysis.timeframe``); or asked what the role is for, under a detected family, it
    speaks of the role only as the speaker's own gain (``poise.analysis.role_gain``); or, asked
    anything but an occasion of the speaker's own, it opens by offering to tell the speaker's
    own record instead, with a reason for the swap (``poise.analysis.announced``); or, asked for
    a picture of the speaker (a projective question), it turns in its first half to offering
    their own record or doing, reason or none, to a story of something neither the question nor
    the picture named, or back to something from earlier in the interview
    (``announced.turned_to_record``); or, asked for an
    occasion with a counterpart of one kind ("your boss", "your board"), the story names nobody
    of that kind and deals with someone of another kind (``poise.analysis.counterpart``); or,
    asked about feedback the speaker received, it tells them giving feedback in
    ``params.feedback_least`` sentences or more and never receiving any
    (``poise.analysis.feedback_way``). A reply to a
    concern is read for that last mismatch only, for an opening that offers the speaker's
    record on something other than the gap the interviewer named, with or without a reason
    (``poise.analysis.gap_named``), and for a clause saying something other than the gap matters
    more (``announced.put_before``). A case put and then "What do you do?" or "walk me through
    what you do" asks a plan, and so does "what would success look like?" (``asked.asks_plan``);
    a record told for it is no answer unless it tells the case as it happened to the speaker
    (``asked.case_lived``), and an answer that says what matters in the case is what comes before
    it or years after it answers another question (``poise.analysis.case_horizon``). Asked what
    the speaker knows of the organisation or the role, an opening that dates their tie to the
    field to their youth or family ("since I was fifteen, me mum ran a café") answers how
    they came to it (``poise.analysis.origin``). An answer that turns to another topic it
    weighs above the one asked ("but the bigger issue is really...") and stays away from what
    was asked answers another question too (``poise.analysis.pivot``), and so does one where
    what was just said leads the speaker on to a thing the question does not name ("which
    brings me to...", "that reminds me of...": ``poise.analysis.segue``) or that turns aside to
    tell one ("actually, I must tell you about...", ``announced.turned_telling``). A reply to a concern
    is read for those segues as well, and for a cleft that sets aside what came before for
    something else ("anyway, what I'd really like you to know about is...",
    ``announced.turned_cleft``), each holding no term of the gap, and, read whole, for talking
    past the gap with no plan of the speaker's own (``poise.analysis.concern_reader``)."""
    answer = data.answer
    if not answer.sentences or not data.question.strip():
        return []
    swapped = _announced_swap(rule, data)
    if data.phase == "concern_reply":
        swapped = swapped or _gap_swap(rule, data)
        if swapped is None and not _opens_on_gap(data):
            swapped = _talked_past(rule, data)
        return [swapped] if swapped is not None else []
    # a mismatch the answer shows is named before one it only announces
    return _shown_mismatch(rule, data) or ([swapped] if swapped is not None else [])


def _shown_mismatch(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """The mismatches of ``answers_another`` read from what the answer tells (all but the
    announced swap)."""
    answer = data.answer
    group = asked.asks_why_of_group(data.question)
    if group:
        told = asked.tells_self_not_group(answer, group, int(rule.number("self_least", 2)))
        if told:
            message = f"{rule.message}: asked why people in general do this, it tells only about you"
            return [make_finding(rule, data.quote_sentences(told, limit=MAX_QUOTES), message=message)]
    swapped = _counterpart_swapped(rule, data)
    if swapped is not None:
        return [swapped]
    if asked.asks_setback(data.question) and asked.nothing_went_wrong(answer):
        message = f"{rule.message}: asked about something that went badly, it tells a success"
        return [make_finding(rule, data.quote_sentences(range(len(answer.sentences)),
                                                         limit=MAX_QUOTES), message=message)]
    old = _old_story(rule, data)
    if old is not None:
        return [old]
    if data.family is not None and data.family.id in PROJECTIVE:
        turned = _projective_turned(rule, data) or _segued(rule, data)
        # "what would your chair say...?": the checks below read a plan or a record
        return [turned] if turned is not None else []
    own_story = data.family is not None and data.family.id in ABOUT_ONESELF
    # a part asking how the speaker has done or does it is met by their record: not off topic;
    # nor is the case put told as it happened to the speaker ("this exact thing happened to me")
    if asked.asks_plan(data.question, past_told=own_story) and not asked.asks_own_practice(
            data.question):
        told = [] if asked.case_lived(answer) else asked.plans_nothing(answer)
        if told:
            message = f"{rule.message}: asked what you would do, it tells what you did"
            return [make_finding(rule, data.quote_sentences(told, limit=MAX_QUOTES), message=message)]
        elsewhere = _case_elsewhere(rule, data)
        if elsewhere is not None:
            return [elsewhere]
    named = asked.named_in_question(data.question)
    if asked.asks_about_listener(data.question) and (
            (asked.speaks_of_listener(answer, named) <= int(rule.number("listener_max", 1))
             and asked.own_record(answer, rule.number("record_share", 0.3)))
            or len(asked.record_run(answer, named)) >= int(rule.number("record_run", 4))):
        message = f"{rule.message}: asked about the organisation or the role, it tells your own record"
        return [make_finding(rule, data.quote_sentences(range(len(answer.sentences)), limit=MAX_QUOTES),
                             message=message)]
    if asked.asks_about_listener(data.question):
        began = _origin_opened(rule, data, named)
        if began is not None:
            return [began]
    if data.family is not None and role_gain.asks_role_purpose(data.question):  # not when unsure
        told = role_gain.role_as_own_gain(answer, named)
        if told:
            message = (f"{rule.message}: the question asks what the role is for, the answer tells "
                       "what it would do for your career")
            return [_variant(rule, data.quote_sentences(told, limit=MAX_QUOTES), "gain", message)]
    if asked.asks_outside_line(data.question):
        people = TEAM_NOUNS | flaws.lexicon_words(data, rule, "people")
        told = asked.tells_own_line(answer, people, int(rule.number("line_least", 2)))
        if told:
            message = (f"{rule.message}: asked about people outside your line, it tells of your "
                       "own team")
            return [make_finding(rule, data.quote_sentences(told, limit=MAX_QUOTES), message=message)]
    whose = asked.asks_whose_growth(data.question)
    if whose is not None:
        told = asked.other_growth_told(answer, whose, int(rule.number("growth_least", 2)),
                                       flaws.lexicon_words(data, rule, "line_people"))
        if told and whose == "self" and any(focus.own_side(sent) for sent in answer.sentences if sent.parsed):
            told = []  # the answer does turn to the speaker's own growth ("I did a programme")
        if told:
            message = (f"{rule.message}: asked how you develop other people, it tells how you "
                       "developed yourself") if whose == "others" else (
                f"{rule.message}: asked how you develop yourself, it tells what you did for your team")
            return [make_finding(rule, data.quote_sentences(told, limit=MAX_QUOTES), message=message)]
    if feedback_way.asks_received(asked.parsed_question(data.question)):
        told = feedback_way.given_not_received(answer, int(rule.number("feedback_least", 2)))
        if told:
            message = (f"{rule.message}: asked about feedback you received, it tells feedback you "
                       "gave")
            return [_variant(rule, data.quote_sentences(told, limit=MAX_QUOTES), "feedback", message)]
    own_side = None if asked.asks_own_practice(data.question) else _own_side_told(rule, data)
    if own_side is not None:
        return [own_side]
    if ((data.behavioural or asks_past_example(data.question)) and "yourself" not in data.question.lower()
            and (data.family is None or data.family.id not in ABOUT_ONESELF)):
        told = asked.tells_life_not_people(answer, int(rule.number("people_most", 1)),
                                           int(rule.number("doing_least", 3)))
        if told:
            message = (f"{rule.message}: asked for an occasion, it tells your life story and "
                       "nothing you did with anyone")
            return [make_finding(rule, data.quote_sentences(told, limit=MAX_QUOTES), message=message)]
    turned = _difficulty_turned(rule, data) or _pivoted(rule, data) or _segued(rule, data)
    return [turned] if turned is not None else []


def _case_elsewhere(rule: CodeRule, data: RuleInput) -> Finding | None:
    """Asked what the speaker would do in a case put to them, the answer says the thing that
    matters is what comes before the case or years after it ("the most important thing is to
    stop it happening in the first place", "my priority would be to cut that reliance
    over the coming few years"): ``poise.analysis.case_horizon``."""
    if not asked.puts_case(data.question):
        return None
    told = case_horizon.key_elsewhere(
        data.answer, flaws.lexicon_words(data, rule, "weight"), flaws.lexicon_words(data, rule, "other_time"),
        flaws.lexicon_words(data, rule, "warding"))
    if not told:
        return None
    message = (f"{rule.message}: asked what you would do in the case put, it says what matters is "
               "before it or years after")
    return _variant(rule, data.quote_sentences(told, limit=MAX_QUOTES), "elsewhere", message)


def _origin_opened(rule: CodeRule, data: RuleInput, named: frozenset[str]) -> Finding | None:
    """Asked what the speaker knows of the organisation or the role, the answer opens (its first
    ``announced.OPENING`` sentences) by dating the speaker's tie to the field to their youth or
    family ("I've worked in kitchens since I were fifteen, me mum ran a café"), in a
    sentence that does not speak of the organisation or the role (``poise.analysis.origin``)."""
    youth = flaws.lexicon_words(data, rule, "youth")
    family = flaws.lexicon_words(data, rule, "family")
    for sent in data.answer.sentences[:announced.OPENING]:
        if origin.origin_told(sent, youth, family) and not asked.refers_to_listener(sent, named):
            message = (f"{rule.message}: asked about the organisation or the role, it opens with how "
                       "you came to the field")
            return _variant(rule, data.quote_sentences([sent.index]), "origin", message)
    return None


def _counterpart_swapped(rule: CodeRule, data: RuleInput) -> Finding | None:
    """Asked for an occasion with a counterpart of one kind ("a time you disagreed with your
    boss"), the story names nobody of that kind and deals with someone of another kind ("we had
    a problem with the supplier"): ``poise.analysis.counterpart``."""
    if not (data.behavioural or asks_past_example(data.question)):
        return None
    kinds = {kind: flaws.lexicon_words(data, rule, kind) for kind in COUNTERPART_KINDS}
    if not all(kinds.values()):
        return None
    asked_for = counterpart.asked_counterpart(asked.parsed_question(data.question), kinds)
    if asked_for is None:
        return None
    told = counterpart.swapped_counterpart(data.answer, asked_for, kinds)
    if not told:
        return None
    message = (f'{rule.message}: the question asks about "{asked_for.words}", the story is with '
               "someone else")
    return _variant(rule, data.quote_sentences(told, limit=MAX_QUOTES), "counterpart", message)


def _segued(rule: CodeRule, data: RuleInput) -> Finding | None:
    """What was just said leads the speaker on to another thing ("which actually brings me to
    something I care about", "that reminds me of the biggest job I did"), or the speaker turns
    aside to tell one ("actually, I must tell you about the big storm", ``announced.turned_telling``;
    "anyway, what I'd really like you to know about is...", ``announced.turned_cleft``), or says
    they must add one ("I should mention my own record", ``announced.added_mention``), and what
    it leads to
    holds a word of substance, none of the question's, and is far from the question's asking
    part in meaning (cosine below ``params.segue_far``: "which brings me to the feedback I got",
    asked how one grows, is near it) (``poise.analysis.segue``); read only when the analyser
    computed embeddings."""
    if data.answer_sim is None:
        return None
    terms = asked_terms.question_terms(data.question)
    question = asked.parsed_question(data.question)
    for sent in data.answer.sentences:
        # the first reading that names a word of substance ("what" alone names nothing)
        named, reading = next(((found, reading) for found, reading in (
            ([sent.tokens[position] for position in reading(sent)], reading)
            for reading in (segue.segue_to, announced.turned_telling, announced.turned_cleft,
                            announced.added_mention))
            if any(asked_terms.content_word(token) for token in found)), ([], None))
        words = [token for token in named if asked_terms.content_word(token)]
        if not words or any(asked_terms.stems(token) & terms for token in words):
            continue
        vectors = nlp.embed_texts((asking_text(question, data.question),
                                   " ".join(token.text for token in named)))
        if float(vectors[1] @ vectors[0]) >= rule.number("segue_far", 0.2):
            continue
        if reading in PLAIN_TURNS:
            # what was said leading on, or a thing the speaker must add, is a turn the parse
            # shows plainly: it stands whatever the answer read whole sounds like
            grounded.mark(data, rule.id, {sent.index})
        turn = ("adds something of your own" if reading is announced.added_mention
                else "lets what it just said lead it on to something")
        message = f"{rule.message}: the answer {turn} the question did not ask about"
        return _variant(rule, data.quote_sentences([sent.index]), "segue", message)
    return None


def _projective_turned(rule: CodeRule, data: RuleInput) -> Finding | None:
    """Asked for a picture of the speaker (an animal, a vehicle, what others would say), the
    answer turns in its first half to offering the speaker's own record instead ("but let me
    tell you what I did at...", "what I can say is that at the depot I run..."):
    ``announced.turned_to_record``."""
    told = announced.turned_to_record(data.answer, asked.parsed_question(data.question))
    if not told:
        return None
    message = (f"{rule.message}: asked for a picture of yourself, it turns to offering your own "
               "record instead")
    return _variant(rule, data.quote_sentences(told), "picture", message)


def _difficulty_turned(rule: CodeRule, data: RuleInput) -> Finding | None:
    """The answer names its main difficulty ("the main challenge there was the logistics") as
    something that shares no word with what the question asks about and is far from it in
    meaning, and never comes back to the words of what was asked (``poise.analysis.reframed``);
    read only when the analyser computed embeddings."""
    if data.answer_sim is None:
        return None
    nouns = flaws.lexicon_words(data, rule, "difficulty")
    hard = flaws.lexicon_words(data, rule, "difficulty_words")
    if not nouns:
        return None
    turned = reframed.turned_aside(
        data.answer, asked.parsed_question(data.question), data.question, nouns, hard,
        lambda texts: nlp.embed_texts(tuple(texts)), rule.number("named_far", 0.15),
        flaws.lexicon_words(data, rule, "scope"))
    if not turned:
        return None
    named = turned[0]
    message = (f'{rule.message}: the answer makes "{named.words}" its main difficulty, which is not '
               "what the question asks about")
    quotes = data.quote_sentences([item.index for item in turned], limit=MAX_QUOTES)
    return _variant(rule, quotes, "named", message)


def _pivoted(rule: CodeRule, data: RuleInput) -> Finding | None:
    """The answer turns to another topic it weighs above the one asked ("but the bigger issue for
    a bakery is really the price of wheat", "what interests me more is cycling tourism"),
    far from the question in meaning, and stays away from what was asked
    (``poise.analysis.pivot``); read only when the analyser computed embeddings, and not for a
    question on pay, where setting money below something else is read as a figure withheld."""
    if data.answer_sim is None or (data.family is not None and data.family.id in UNWEIGHED):
        return None
    topics = flaws.lexicon_words(data, rule, "difficulty") | flaws.lexicon_words(data, rule, "topics")
    weight = flaws.lexicon_words(data, rule, "weight")
    if not topics or not weight:
        return None
    told = pivot.pivoted(
        data.answer, asked.parsed_question(data.question), data.question, topics, weight,
        lambda texts: nlp.embed_texts(tuple(texts)), rule.number("pivot_far", 0.3),
        after_least=int(rule.number("pivot_after", 3)), return_most=int(rule.number("pivot_return", 1)))
    if not told:
        return None
    message = (f"{rule.message}: the answer turns to something it weighs above what was asked, "
               "and does not come back")
    return _variant(rule, data.quote_sentences(told, limit=MAX_QUOTES), "pivot", message)


def _gap_swap(rule: CodeRule, data: RuleInput) -> Finding | None:
    """A reply to a concern opens by offering the speaker's own record on something other than
    the stated gap ("let me tell you how I manage a big workforce", to "you've never worked with
    a unionised one"), or by putting forward in a cleft a claim on something else ("what I would
    say is that our festival has been a great success"): what it offers holds no term of the
    gap, points not back at it and is not measured against it (``gap_named``); a reason for the
    swap is not needed. Or, opening the reply, a clause ranks something else first ("what is
    more important for this post is to know the road", ``weighed.ranked_named``), or, anywhere
    in the reply, a clause says something else matters more ("what matters far more is the calm
    of the nurses", ``announced.put_before``) or that others overlook it ("what people forget
    about opera is the funding", ``weighed.overlooked_named``), sets aside what came before for something else
    ("anyway, what I'd really like you to know about is...", ``announced.turned_cleft``) or lets
    what was just said lead on to another thing ("which brings me to...", ``segue``) or turns
    aside to tell one (``announced.turned_telling``) or says they must add one ("I should
    mention...", ``announced.added_mention``), and what it names holds no term of the gap. Or,
    opening the reply, the speaker names as their strength ("my strength is really the running
    of a chain", ``weighed.strength_named``) something that holds no term of what the concern
    says is missing: the record it already granted ("you come from a chain for pets") is not
    the gap (``gap_named.missing_terms``)."""
    terms = gap_named.gap_terms(data.question)
    if not terms:
        return None
    for sent in data.answer.sentences[:announced.OPENING]:
        told = announced.offered_own(sent)
        claimed = [] if told else announced.offered_cleft(sent)  # "what I would say is that..."
        if not told and not claimed:
            continue
        if gap_named.measured(sent.tokens) or gap_named.speaks_to_gap(
                [sent.tokens[position] for position in told or claimed], terms):
            if claimed:
                continue  # a claim on the gap opens an answer to it; later turns are still read
            return None
        gap = clip(gap_evidence.stated_gap(data.question), 90)
        message = (f"{rule.message}: the concern is \"{gap}\", and the reply opens by offering "
                   "your own record on something else")
        return _variant(rule, data.quote_sentences([sent.index]), "gap_swap", message)
    missing = gap_named.missing_terms(data.question)
    for sent in data.answer.sentences:
        # opening, the speaker's strength named as the record the concern already granted, or
        # as anything else it does not say is missing, sets the gap aside
        strength = weighed.strength_named(sent) if sent.index < announced.OPENING else []
        if strength and not gap_named.measured(sent.tokens) and not gap_named.speaks_to_gap(
                [sent.tokens[position] for position in strength], missing):
            gap = clip(gap_evidence.stated_gap(data.question), 90)
            message = (f"{rule.message}: the concern is \"{gap}\", and the reply names as your "
                       "strength something it does not say is missing")
            return _variant(rule, data.quote_sentences([sent.index]), "gap_swap", message)
        # what the reply opens by ranking first, or says others overlook, is put before the gap
        before = (announced.put_before(sent) or weighed.overlooked_named(sent)
                  or (weighed.ranked_named(sent) if sent.index < announced.OPENING else []))
        told = (before or announced.turned_cleft(sent) or segue.segue_to(sent)
                or announced.turned_telling(sent) or announced.added_mention(sent))
        if not told or gap_named.measured(sent.tokens) or gap_named.speaks_to_gap(
                [sent.tokens[position] for position in told], terms):
            continue
        gap = clip(gap_evidence.stated_gap(data.question), 90)
        turn = "says something else matters more" if before else "turns to something else"
        message = f"{rule.message}: the concern is \"{gap}\", and the reply {turn}"
        return _variant(rule, data.quote_sentences([sent.index]), "gap_swap", message)
    return None


def _opens_on_gap(data: RuleInput) -> bool:
    """The reply opens by offering the speaker's record on the stated gap itself, or measured
    against it ("let me tell you how I dealt with the unions", "what I've done that's
    closest"): it has set out to meet the gap, and the rest is read as its answer."""
    terms = gap_named.gap_terms(data.question)
    for sent in data.answer.sentences[:announced.OPENING]:
        told = announced.offered_own(sent)
        if told and (gap_named.measured(sent.tokens) or gap_named.speaks_to_gap(
                [sent.tokens[position] for position in told], terms)):
            return True
    return False


def _talked_past(rule: CodeRule, data: RuleInput) -> Finding | None:
    """A reply to a concern that, read whole, talks past it: the concern reader
    (``poise.analysis.concern_reader``, a model over what the reply is about and how near it
    comes to the stated gap) reads it so, and the reply tells no plan of the speaker's own. The
    quotes are the sentences that come least near the gap (``params.past_quotes``), past the
    opening sentence and of ``params.past_words`` words or more (a "thank you" or an "I
    understand" comes far from any gap and tells nothing); any sentence when none is."""
    if not concern_reader.talks_past(data.answer, data.question):
        return None
    similarities = gap_evidence.gap_similarities(data.answer, data.question)
    least = int(rule.number("past_quotes", 2))
    words = int(rule.number("past_words", 8))
    told = [sent.index for sent in data.answer.sentences[1:] if sent.words >= words] or [
        sent.index for sent in data.answer.sentences]
    farthest = sorted(told, key=lambda index: float(similarities[index]))[:least]
    gap = clip(gap_evidence.stated_gap(data.question), 90)
    message = (f"{rule.message}: the concern is \"{gap}\", and the reply talks of other things "
               "without meeting it")
    return _variant(rule, data.quote_sentences(sorted(farthest)), "past", message)


def _announced_swap(rule: CodeRule, data: RuleInput) -> Finding | None:
    """The answer opens by offering the speaker's own record in place of an answer ("let me
    tell you what I did at my last firm, because it explains a lot"), where the question does
    not ask for an occasion of the speaker's own (a story is then the answer); asked for a plan,
    what the speaker knows of the listener or how they grow themselves, an offer to tell their
    record outright needs no reason ("let me tell you about my path"). An answer that says the
    case put happened to the speaker ("this exact thing happened to me", ``asked.case_lived``)
    tells it as lived: an answer, not a swap."""
    if data.behavioural or asks_past_example(data.question) or asked.case_lived(data.answer):
        return None  # a story asked for, or the case put told as it happened to the speaker
    told = announced.announced_record(data.answer)
    if not told and data.phase != "concern_reply" and (
            asked.asks_plan(data.question) or asked.asks_about_listener(data.question)
            or asked.asks_whose_growth(data.question) == "self"):
        # asked for a plan, a view of them or how one grows: a story offered outright stands
        # in the answer's place, reason or none
        told = announced.offered_telling(data.answer)
    if not told:
        return None
    if data.phase != "concern_reply" and asked.asks_plan(data.question) and asked.steps_ahead(
            data.answer.sentences[max(told) + 1:]):
        return None  # the record offered first leads on to the plan asked ("my goals would be...")
    message = (f"{rule.message}: it opens by offering your own record in place of an answer to "
               "what was asked")
    return _variant(rule, data.quote_sentences(told, limit=MAX_QUOTES), "swap", message)


def _variant(rule: CodeRule, quotes: tuple[Evidence, ...], variant: str, message: str) -> Finding:
    """A finding of one of the rule's variants ("swap", "origin", "time"…): its message, and the
    why and fix the rule's content gives that variant (the rule's own where it gives none)."""
    return make_finding(rule, quotes, message=message, why=rule.text(f"{variant}_why", rule.why),
                        fix=rule.text(f"{variant}_fix", rule.fix))


def _old_story(rule: CodeRule, data: RuleInput, year_now: int | None = None) -> Finding | None:
    """Asked about a bounded time ("in the last 18 months", "recently"), the answer tells what the
    speaker or their team did in ``params.story_least`` sentences or more, and every date it tells
    lies well before that time (``poise.analysis.timeframe``)."""
    window = timeframe.asked_window(data.question)
    if window is None:
        return None
    sentences = data.answer.sentences
    story = sum(1 for sent in sentences if sent.own_past_actions or sent.team_past_actions)
    if story < int(rule.number("story_least", 2)):
        return None
    old = timeframe.old_story([(sent.index, sent.text) for sent in sentences], window,
                              year_now or date.today().year)
    if old is None:
        return None
    message = (f'{rule.message}: the question asks about "{window.words}", the answer tells a '
               f"story from {old.newest}")
    return _variant(rule, data.quote_sentences(list(old.sentences), limit=MAX_QUOTES), "time", message)


def _own_side_told(rule: CodeRule, data: RuleInput) -> Finding | None:
    """Asked what the speaker does for themselves ("develop yourself", "you personally"), the
    answer tells what they did for their people and nothing for themselves. Read only under a
    detected family (an unsure one gives no finding) that is not about the speaker's own story
    or a view of others."""
    if data.family is None or data.family.id in PROJECTIVE | ABOUT_ONESELF:
        return None
    asked_for = focus.asks_own_side(data.question)
    if asked_for is None:
        return None
    people = flaws.lexicon_words(data, rule, "line_people")
    told = focus.others_told(data.answer, people, int(rule.number("focus_least", 2)),
                             rule.number("focus_share", 0.3))
    if not told:
        return None
    message = (f'{rule.message}: the question asks about you yourself ("{asked_for.words}"), the '
               "answer tells what you did for your people and nothing you did for yourself")
    return _variant(rule, data.quote_sentences(told, limit=MAX_QUOTES), "focus", message)


def vague_aims(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Sentences stating a goal of betterment with no number and nothing named in it, and verbless
    lists of comparatives that follow a stated aim (``goals.listed_aims``)."""
    sentences = data.answer.sentences
    hits = [sent.index for number, sent in enumerate(sentences)
            if goals.vague_goal(sent) or goals.listed_aims(sentences[number - 1] if number else None, sent)]
    if not hits:
        return []
    return [make_finding(rule, data.quote_sentences(hits, limit=MAX_QUOTES))]


def weakness_accepted(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """Asked about a weakness (the family, or a question that names one), the answer settles it
    as part of the speaker ("that's how I'm built", "it will never change", "I've accepted it")
    and tells no step about it."""
    family = data.family.id if data.family is not None else None
    if family != "weaknesses" and not asked.asks_weakness(data.question):
        return []
    hits = accepted.settled_sentences(data.answer)
    if not hits:
        return []
    return [make_finding(rule, data.quote_sentences(hits, limit=MAX_QUOTES))]
