"""Turn structure, signals and findings into 1-5 dimension scores, an overall 0-100, and proven strengths."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np

from poise.analysis import attribution, praise_gates, praise_model
from poise.analysis.asked import asks_plan, puts_case
from poise.analysis.drawn_lesson import drawn_lesson
from poise.analysis.figures import result_numbers, word_figures
from poise.analysis.grammar import (
    IN_PERSON_WORDS,
    SUBJECT_DEPS,
    TIME_UNITS,
    acts,
    applied_lesson,
    carried_practice,
    caused_by_speaker,
    done_with_others,
    framing_clause,
    in_person,
    later_state,
    learned_practice,
    learning_not_drawn,
    lesson_about_others,
    owned_learning,
    practised_lesson,
    reported_action,
    told_actions,
    with_anyone,
)
from poise.analysis.matching import CompiledPattern, find
from poise.analysis.meaning import subtree
from poise.analysis.means import CARRIED_TO, concrete_acts
from poise.analysis.measured_clause import measured_clause
from poise.analysis.report import (
    DIMENSIONS,
    SEVERITY_ORDER,
    DimensionScore,
    Evidence,
    Finding,
    Fix,
    Strength,
)
from poise.analysis.result_quantity import counts_achieved, levels_reached, result_quantities
from poise.analysis.story_end import result_figures
from poise.analysis.structure import Role, Shape
from poise.analysis.text import TIME_RE, AnalysedText, Sentence, Token, clip, per_sentence
from poise.content.schema import DimensionAnchors, Family

PENALTY = {"high": 2.0, "medium": 1.0, "low": 0.5}
WEIGHTS = {
    "structure": 1.0,
    "evidence": 1.0,
    "ownership": 0.8,
    "relevance": 1.2,
    "concision": 0.6,
    "tone": 1.0,
    "family": 1.2,
}
NON_STORY_WEIGHTS = {"structure": 0.4, "evidence": 0.5, "ownership": 0.3}
INSUFFICIENT_CEILING = 45
UNPROVEN_CEILING = 84
# Points for each level: 3 (nothing found either way) is below the middle of the scale, and
# each level of quoted evidence above it is worth more, so an answer of plain 3s and 4s lands in
# the 50s-70s and only evidence on every dimension reaches the high 80s.
LEVEL_POINTS = {1: 0.0, 2: 20.0, 3: 45.0, 4: 70.0, 5: 100.0}
# The weakest dimension bounds the whole: one dimension with nothing shown (3) bounds an answer
# at 72 however good the rest (what it proves lifts it at most PROVEN_REACH past, never to 85), a
# flaw (2 or 1) lower still.
LEVEL_CEILING = {1: 55, 2: 65, 3: 72, 4: 100, 5: 100}
ABOVE_CEILING = 0.15  # chosen leave-one-round-out with PROVEN_POINTS (benchmarks/score_loro.py)
FLAWED_CEILING = 80  # an answer with a medium or high finding is not an 85
SLIP_CEILING = 84  # nor is one with a small slip (a filler habit, a short aside)
# Conduct an employer would worry about (criticising an employer, going around people or rules,
# deceiving), found at high severity, outweighs whatever else the answer proves: a coach would
# not call it competent. Above CONDUCT_CEILING points count ABOVE_CEILING, after what the answer
# proves, so however strong the rest it stays under the competent band (CONDUCT_BAND) and such
# answers keep their order.
CONDUCT_CEILING = 50
CONDUCT_BAND = 60
CONDUCT_REASON = (f"conduct an employer would worry about holds the whole answer under "
                  f"{CONDUCT_BAND}, however strong the rest")
HIGH_SCORE = 85
# Each flaw found also costs points of its own, in proportion to its severity (as PENALTY is), so
# two answers at the same levels rank by how much is wrong with them (each finding states its
# reason); never more than MAX_FINDING_COST. Chosen leave-one-round-out over the blind rounds
# (benchmarks/score_loro.py).
FINDING_COST = {"high": 6.0, "medium": 3.0, "low": 1.5}
MAX_FINDING_COST = 10.0
RELEVANCE_STEPS = ((0.25, 5), (0.15, 4))
# The pieces a story is asked for, named when missing; each costs points of its own in a story,
# after the bounds (as a finding does), so a fluent story with no outcome measured, no act of the
# speaker's or no ending ranks under one that has them, and the dimension's text says which.
NO_OUTCOME_NUMBER = "no number tied to an outcome"
NO_OWN_ACTION = "no sentence says what you yourself did"
NO_OUTCOME = "the story lacks an outcome"
NO_ACT = "the story lacks a sentence that tells what you did"
NO_MEASURED_GOAL = "no goal is given a number or a date"
MISSING_COST = {NO_OUTCOME_NUMBER: 2.0, NO_OWN_ACTION: 3.0, NO_OUTCOME: 3.0, NO_ACT: 3.0,
                NO_MEASURED_GOAL: 2.0}
MAX_MISSING_COST = 8.0


@dataclass(frozen=True)
class Signals:
    """Positive facts about an answer that scores and strengths rest on."""

    numbers: tuple[Evidence, ...]
    specifics: tuple[Evidence, ...]
    own_actions: tuple[Evidence, ...]
    team_credit: tuple[Evidence, ...]
    result: tuple[Evidence, ...]
    lesson: tuple[Evidence, ...]
    family_positive: tuple[Evidence, ...]
    outcome_numbers: tuple[Evidence, ...] = ()
    team_actions: tuple[Evidence, ...] = ()
    own_practice: tuple[Evidence, ...] = ()
    own_plan: tuple[Evidence, ...] = ()
    """The steps the speaker says they would take, each on a concrete thing (``means``), when
    the question asks a plan or puts a case: their own part in an answer that can tell no story
    yet, never praised as a thing done."""
    owned_mistakes: tuple[Evidence, ...] = ()
    shared_actions: tuple[Evidence, ...] = ()
    stated_lessons: tuple[Evidence, ...] = ()
    """The lessons said in so many words (``_states_lesson``): the only ones praised in an
    answer that tells no story and is not about a failure, a weakness or development."""
    times: tuple[Evidence, ...] = ()
    """Times told against the story rather than dated ("last year", "within", "a deadline",
    "weeks later"): they set a goal in time but are no concrete detail to quote."""
    wider_outcomes: tuple[Evidence, ...] = ()
    """The outcome numbers only the wider reading finds, or finds whole (``figures.result_numbers``),
    and the figures a change told past the first act carries (``story_end.result_figures``)."""
    narrow_outcomes: tuple[Evidence, ...] = ()
    """The outcome numbers the narrower rules read (``Sentence.outcome_numbers``, figures in
    words, a later state): the outcome reader was trained on the figures beside these
    (``scripts/train_praise.py``)."""
    outcome_clauses: tuple[Evidence, ...] = ()
    """For each of ``outcome_numbers``, in the same order, the clause the figure measures
    (``measured_clause``): what the strength quotes, so the user sees which result was counted."""


OWNED_MISTAKE_RE = re.compile(
    r"\b(?:my (?:mistake|fault|error|responsibility|misjudg\w*|call)|I (?:should have|misjudged|"
    r"underestimated|overestimated|got (?:it|that) wrong|was wrong|made (?:a|the) mistake|own(?:ed)? "
    r"(?:it|that|the (?:mistake|failure|miss)))|the (?:fault|mistake) was (?:partly |mostly )?mine)\b",
    re.IGNORECASE,
)


def collect_signals(
    answer: AnalysedText,
    shape: Shape | None,
    *,
    team_credit: tuple[CompiledPattern, ...],
    family_positive: tuple[CompiledPattern, ...],
    question: str = "",
) -> Signals:
    """Find the evidence for every positive signal (pure; quotes exact spans).

    A sign of what the question tests does not count when it only repeats the question's own
    words ("funding" asked, "the fund" answered): echoing the question shows nothing."""
    text = answer.text
    numbers, specifics, own, outcome, team, practice = [], [], [], [], [], []
    shared: list[Evidence] = []
    wider: list[Evidence] = []
    own_rank: list[int] = []
    first_act = _first_act(answer)
    begun = story_start(answer, first_act)
    question_words = frozenset(_stem(word) for word in WORD_RE.findall(question.lower()))
    for sent in answer.sentences:
        for start, end, quote in sent.numbers:
            numbers.append(Evidence(start, end, quote))
        setup = first_act is not None and sent.index < first_act
        if not setup:  # a figure before anything was done is the size of the problem, not a result
            for start, end, quote in sent.outcome_numbers:
                outcome.append(Evidence(start, end, quote))
            # a result measured in words: "halved", "by a third", "twice the volume"
            for start, end, quote in word_figures(sent):
                if not any(item.start < end and start < item.end for item in outcome):
                    outcome.append(Evidence(start, end, quote))
        if begun is not None and sent.index > begun:
            counted = {(item.start, item.end) for item in outcome}
            for start, end, quote in sent.numbers:
                if (start, end) not in counted and not any(
                    item.start <= start < item.end for item in outcome
                ) and later_state(sent, start, end, quote):
                    outcome.append(Evidence(start, end, quote))
        for token in sent.proper_nouns:
            specifics.append(Evidence(token.start, token.end, token.text))
        caused = caused_by_speaker(sent) if sent.parsed else []
        for verb in [*sent.own_past_actions, *caused]:
            if not (verb in caused or acts(verb, sent)) or _took_over(sent, verb) or (
                    sent.parsed and not reported_action(sent, verb)):
                continue  # "I joined", "I took over", "when I ran the centre": the scene
            if not praise_gates.act_shown(sent, verb) or praise_gates.echoes_question(
                    sent, verb, question_words, _stem):
                continue  # "if they still call me, I failed", "I set ambitious goals": no act shown
            if praise_gates.outcome_claim(sent, verb):
                # "I cut clearance time from 4.1 days to 1.6 by putting brokers on one window":
                # the result is claimed, the act is the means told with it
                means = praise_gates.means_span(sent, verb)
                if means is not None:
                    own.append(Evidence(means[0], means[1], text[means[0]:means[1]]))
                    own_rank.append(_action_rank(sent, verb, first=sent.index == 0))
                    continue
            start = _subject_start(text, sent.start, verb.start)
            between = [token for token in sent.tokens if start < token.start < verb.start]
            if len(verb.text) >= 3 and all(
                (token.pos in {"ADV", "AUX", "PART"} or token.lower in IN_PERSON_WORDS)
                and token.lower not in HEDGE_WORDS for token in between
            ):  # "I rebuilt", "I also rang", "I myself rang"; not "I guess, and gave"
                # a thing had done is quoted with what was done ("I had the rota done", not "I had")
                end = _object_end(sent, verb) if verb in caused else verb.end
                own.append(Evidence(start, end, text[start:end]))
                own_rank.append(_action_rank(sent, verb, first=sent.index == 0))
            elif len(verb.text) >= 3 and verb.lemma not in INTENT_LEMMAS and _shares_subject(
                    sent, verb, caused):
                # "I went onto the floor, split the task cards into three streams": a verb that
                # shares the speaker's subject is quoted with what it acts on
                end = _object_end(sent, verb)
                own.append(Evidence(verb.start, end, text[verb.start : end]))
                # after the acts that name their subject: quoted when the story has few of those
                own_rank.append(_action_rank(sent, verb, first=sent.index == 0) + 3)
            partner = done_with_others(sent, verb) if sent.parsed else None
            if partner is not None:
                team.append(Evidence(sent.start, sent.end, sent.text))
                shared.append(Evidence(sent.start, sent.end, sent.text))
        for verb in sent.own_habitual:
            if verb.lemma in INTENT_LEMMAS:
                continue  # "I always try to...", "I tend to...": an intention, not a practice
            if framing_clause(sent, verb):
                continue  # "once I arrive, I walk the floor": the time of the practice, not it
            start = _subject_start(text, sent.start, verb.start)
            practice.append(Evidence(start, verb.end, text[start : verb.end]))
        if sent.team_past_actions:
            team.append(Evidence(sent.start, sent.end, sent.text))
    narrowed = list(outcome)
    for sent in answer.sentences:
        if first_act is not None and sent.index < first_act:
            continue
        # the figures only the wider reading finds ("45% lower"), or finds whole ("four million
        # litres" where the narrower one reads "four")
        for start, end, quote in result_numbers(sent):
            inside = [item for item in outcome if item.start < end and start < item.end]
            if all(start <= item.start and item.end <= end and item.end - item.start < end - start
                   for item in inside):
                outcome = [item for item in outcome if item not in inside]
                outcome.append(Evidence(start, end, quote))
                wider.append(outcome[-1])
        if begun is not None and sent.index > begun:
            # the figures a change told past the first act carries ("hold times dropped by about
            # four minutes", "zero failures, from four the year before", "he got to 8.2")
            for start, end, quote in result_figures(sent):
                if not any(item.start < end and start < item.end for item in outcome):
                    outcome.append(Evidence(start, end, quote))
                    wider.append(outcome[-1])
        if sent.index >= (first_act if first_act is not None else 1):
            # a quantity told as the result in plain words past the first act ("zero lost pallets
            # the next spring", "three more contracts", "only 9 scrapped", "88 percent, not 92")
            for start, end, quote in result_quantities(sent, after_act=sent.index == first_act):
                if not any(item.start < end and start < item.end for item in outcome):
                    outcome.append(Evidence(start, end, quote))
                    wider.append(outcome[-1])
        if begun is not None and sent.index > begun and shape is not None \
                and sent.index in shape.indices(Role.RESULTS):
            # a plain count told in a sentence the story gives as its outcome ("we rehoused 85
            # families by the spring"), or a level a measure stood at ("the crew was at 88")
            for start, end, quote in [*counts_achieved(sent), *levels_reached(sent)]:
                if not any(item.start < end and start < item.end for item in outcome):
                    outcome.append(Evidence(start, end, quote))
                    wider.append(outcome[-1])
    # the acts of the story first: a verb that does something to something, past the opening;
    # the role and the set-up ("I led the region", "I made two decisions") last
    own = [item for _rank, _order, item in sorted(zip(own_rank, range(len(own)), own, strict=True))]
    times: list[Evidence] = []
    for match in TIME_RE.finditer(text):
        found = Evidence(match.start(), match.end(), match.group(0))
        # a date a listener could check ("in 2019", "by March") is a concrete detail; a time told
        # only against the story ("last year", "within", "weeks later") or the modal "may" is not
        if _dated(answer, found):
            specifics.append(found)
        elif found.quote.lower() not in MONTHS:  # not the modal "may" nor the verb "march"
            times.append(found)
    credit = [Evidence(m.start, m.end, m.quote) for m in find(team_credit, text)]
    # a fault named only to refuse it ("that's hardly my fault") is no mistake owned
    mistakes = [Evidence(m.start(), m.end(), m.group(0)) for m in OWNED_MISTAKE_RE.finditer(text)
                if not attribution.share_refused_at(answer, m.start())]
    result, lesson, stated = [], [], []
    lesson_rank: list[int] = []
    if shape is not None and outcome:
        ends = [(answer.sentences[i].start, answer.sentences[i].end) for i in shape.indices(Role.RESULTS)]
        outcome.sort(key=lambda item: not any(a <= item.start < b for a, b in ends))
    # the outcome reader quotes the other figures it reads as a result, after the rules' (never a
    # year, a span or the set-up); where the rules found none, only a figure in a sentence told
    # as the outcome ("completion was at 96%", "the saving was about £410,000 a year")
    outcome_told = set(shape.indices(Role.RESULTS)) if shape is not None else set()
    ruled = bool(outcome)
    for start, end, quote in praise_model.heard_outcomes(answer, shape, first_act):
        if any(item.start < end and start < item.end for item in outcome):
            continue
        if ruled or answer.sentence_at(start) in outcome_told:
            outcome.append(Evidence(start, end, quote))
    # a target, the listener's own figures, the state found on arrival or the count of what was
    # acted on is no number on the outcome, whichever reader found it (praise_gates)
    outcome = [item for item in outcome if _outcome_shown(answer, item, first_act)]
    labelled: list[int] = []
    if shape is not None:
        for index in shape.indices(Role.RESULTS):
            sent = answer.sentences[index]
            result.append(Evidence(sent.start, sent.end, sent.text))
        # the lesson sentences, and a closing sentence the labeller placed among the results
        # that draws one ("What I took from it is...", "I don't go into a bid now without...")
        closing = [index for index in shape.indices(Role.RESULTS)
                   if index >= len(answer.sentences) - 3 and _draws_lesson(answer.sentences[index])]
        labelled = [*shape.indices(Role.LESSON), *closing]
    # and a lesson told among the actions ("What I took from it, and still do, is...", "Since
    # then I build follow-up into every plan"): past the opening, in the speaker's own words,
    # naming what was learned or what the speaker does now because of it. Read in every answer,
    # labelled or not: a reply to a concern that tells what the speaker learned and still does
    # states a lesson as much as a story does
    told = [sent.index for sent in answer.sentences
            if sent.index > (first_act or 0) and (_states_lesson(sent) or drawn_lesson(sent))
            and (shape is not None or _drawn_from_before(sent))]
    for index in sorted({*labelled, *told}):
        sent = answer.sentences[index]
        # a lesson is the speaker's own ("I learned", "I now...") and still applied: not a
        # regret told in the past, nor a lesson for the company
        if sent.parsed and (learning_not_drawn(sent) or (lesson_about_others(sent) and not (
                index + 1 < len(answer.sentences) and _carries_on(answer.sentences[index + 1])))):
            continue  # a lesson imagined, still being learned, or a fact about others
        # a practice learned ("I've learned to ask about the board's plans") is held since
        if (sent.has_self and (applied_lesson(sent) or (sent.parsed and learned_practice(sent)))) \
                or (index in told and drawn_lesson(sent)):
            lesson.append(Evidence(sent.start, sent.end, sent.text))
            lesson_rank.append(0 if not sent.parsed or practised_lesson(sent) else 1)
        if index in told or (sent.has_self and (applied_lesson(sent) or learned_practice(sent))
                             and _states_lesson(sent)):
            stated.append(Evidence(sent.start, sent.end, sent.text))
    # what the speaker does now first ("I now ask for..."), a maxim after it
    lesson = [item for _rank, _order, item in sorted(
        zip(lesson_rank, range(len(lesson)), lesson, strict=True))]
    lesson = _within_none(_whole_lesson(answer, item) for item in lesson)
    stated = _within_none(_whole_lesson(answer, item) for item in stated)
    # the lesson reader gates what the rules found: a maxim, a criticism of others or a plan the
    # rules took for a lesson is not praised (praise_model)
    lesson = [item for item in lesson
              if praise_model.heard_as_lesson(answer, shape, first_act, item.start, item.end)
              and praise_gates.lesson_quote_shown([sent for sent in answer.sentences
                                                   if sent.start < item.end and item.start < sent.end])]
    asked = {_stem(word) for word in WORD_RE.findall(question.lower())}
    positive = [Evidence(m.start, m.end, m.quote) for m in find(family_positive, text)
                if not _echoes(m.quote, asked) and _shown(answer, m.start, m.end)
                and _lesson_if_learning(answer, m.start, m.end)]
    return Signals(
        numbers=tuple(numbers),
        specifics=tuple(specifics),
        own_actions=tuple(own),
        team_credit=tuple(credit),
        result=tuple(result),
        lesson=tuple(lesson),
        family_positive=tuple(positive),
        outcome_numbers=tuple(outcome),
        team_actions=tuple(team),
        own_practice=tuple(practice),
        own_plan=tuple(_planned_steps(answer, question)),
        owned_mistakes=tuple(mistakes),
        shared_actions=tuple(shared),
        stated_lessons=tuple(item for item in lesson if item in stated),
        times=tuple(times),
        wider_outcomes=tuple(wider),
        narrow_outcomes=tuple(narrowed),
        outcome_clauses=tuple(measured_clause(answer, item) for item in outcome),
    )


MONTH_TAGS = frozenset({"NNP", "NNPS", "NN", "CD"})
"""The tags of a month named as a date ("in May"); the modal "may" is MD, the verb "march" VB."""


def _planned_steps(answer: AnalysedText, question: str) -> list[Evidence]:
    """The speaker's planned acts on concrete things (``means.concrete_acts``), each quoted from
    the verb to the end of what it acts on, when ``question`` asks a plan or puts a case."""
    if not question.strip() or not (asks_plan(question) or puts_case(question)):
        return []
    steps: list[Evidence] = []
    for index, verb in concrete_acts(answer):
        sent = answer.sentences[index]
        if verb in sent.own_past_actions:
            continue  # a thing done is an own action, not a plan
        end = _object_end(sent, verb)
        position = sent.tokens.index(verb)
        for child in sent.child_map[position]:
            # where the thing goes is part of the step ("take an options paper to the director")
            if child > position and sent.tokens[child].lower in CARRIED_TO \
                    and sent.tokens[child].dep in {"prep", "prt", "advmod"}:
                end = max(end, sent.tokens[max(subtree(sent, child))].end)
        steps.append(Evidence(verb.start, end, answer.text[verb.start:end]))
    return steps


def _dated(answer: AnalysedText, item: Evidence) -> bool:
    """Whether a time phrase (``TIME_RE``) is a date: a year or a quarter ("Q3"), or a month
    named as one; not a time told relative to the story ("last year", "three weeks later", "within") nor
    the modal "may"."""
    if any(char.isdigit() for char in item.quote):
        return True
    return item.quote.lower() in MONTHS and _month_named(answer, item)


def _month_named(answer: AnalysedText, item: Evidence) -> bool:
    """Whether a month's name is said as one ("in May"), not as the modal "may" or the verb
    "march"."""
    index = answer.sentence_at(item.start)
    if index is None or not answer.sentences[index].parsed:
        return item.quote[:1].isupper()
    return any(token.start == item.start and token.tag in MONTH_TAGS
               for token in answer.sentences[index].tokens)


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"})


def _outcome_shown(answer: AnalysedText, item: Evidence, first_act: int | None) -> bool:
    """The figure shows an outcome (``praise_gates.outcome_shown``), read as coming after the
    story's first act when its sentence does."""
    index = answer.sentence_at(item.start)
    return index is None or praise_gates.outcome_shown(
        answer.sentences[index], item.start, item.end,
        story_begun=first_act is not None and index > first_act)


def _within_none(items: Iterable[Evidence]) -> list[Evidence]:
    """The quotes in order, each dropped when an earlier one already covers it."""
    kept: list[Evidence] = []
    for item in items:
        if not any(other.start <= item.start and item.end <= other.end for other in kept):
            kept.append(item)
    return kept


def _whole_lesson(answer: AnalysedText, item: Evidence) -> Evidence:
    """A lesson told across two sentences, quoted whole: the sentence that names the learning
    and the next one that says what the speaker does because of it ("What I took from it is to
    ask early. I won't start a bid any other way now."), either way round."""
    sentences = answer.sentences
    index = next((sent.index for sent in sentences if sent.start == item.start), None)
    if index is None or not sentences[index].parsed:
        return item
    first, last = index, index
    here = sentences[index]
    if index > 0 and _points_back(here):
        # "I still do that.": what the speaker still does is what the sentence before says
        first = index - 1
    elif _names_learning(here) and index + 1 < len(sentences) and sentences[index + 1].parsed \
            and (carried_practice(sentences[index + 1]) or practised_lesson(sentences[index + 1],
                                                                             frozenset({"i"}))):
        last = index + 1
    elif not _names_learning(here) and index > 0 and sentences[index - 1].parsed \
            and _names_learning(sentences[index - 1]) and sentences[index - 1].has_self:
        first = index - 1
    # a sentence the splitter cut before its words ("The lesson I took is" / "that speed of
    # decision matters more than the rate."): the lesson runs on to the next stop
    if last + 1 < len(sentences) and sentences[last].text.rstrip()[-1:] not in SENTENCE_STOPS \
            and sentences[last + 1].text[:1].islower():
        last += 1
    if (first, last) == (index, index):
        return item
    start, end = sentences[first].start, sentences[last].end
    return Evidence(start, end, answer.text[start:end])


POINTERS = frozenset({"that", "it", "this"})


def _points_back(sent: Sentence) -> bool:
    """Whether a lesson sentence says what it applies only by pointing back ("I still do that",
    "and I still go by it"): a bare "that", "it" or "this" is what the speaker acts on or by.
    A pointer in a clause about someone else or about anyone ("a course is worth something when
    you apply it") points at the clause's own words, not at the story before."""
    if not sent.parsed:
        return False
    return any(token.lower in POINTERS and not sent.child_map[position] and (
        token.dep == "dobj" or (token.dep == "pobj" and 0 <= token.head < len(sent.tokens)
                                and sent.tokens[token.head].lower not in SOURCE_PREPOSITIONS))
        and _speaker_acts_on(sent, position)
        for position, token in enumerate(sent.tokens))


def _speaker_acts_on(sent: Sentence, position: int) -> bool:
    """Whether the verb the word at ``position`` hangs from (through a preposition) has the
    speaker as its subject: "I still do that", "we still go by it"."""
    verb = sent.tokens[position].head
    if 0 <= verb < len(sent.tokens) and sent.tokens[verb].dep == "prep":
        verb = sent.tokens[verb].head
    if not 0 <= verb < len(sent.tokens):
        return False
    return any(sent.tokens[child].lower in {"i", "we"} and sent.tokens[child].dep in SUBJECT_DEPS
               for child in sent.child_map[verb])


SOURCE_PREPOSITIONS = frozenset({"from", "about", "of"})
""""What I took from it", "learned a lot about it": where a lesson came from, not what it is."""


SENTENCE_STOPS = frozenset({".", "!", "?", "…", '"', "'", "”", "’", ")"})


def _carries_on(sent: Sentence) -> bool:
    """Whether a sentence says what the speaker does now (the second half of a lesson)."""
    return sent.parsed and (carried_practice(sent) or practised_lesson(sent, frozenset({"i"})))


def _draws_lesson(sent: Sentence) -> bool:
    """Whether a sentence the labeller read as a result draws a lesson instead: a learning word
    ("what I took from it", "the lesson") or what the speaker does now ("I don't go into a bid
    now without..."); a measure that still holds ("churn is still 4%") is a result."""
    if not sent.parsed:
        return False
    return _names_learning(sent) or practised_lesson(sent, frozenset({"i"}))


def _states_lesson(sent: Sentence) -> bool:
    """Whether a sentence outside the labelled lesson states one: a learning word ("I've
    learned to bring the alternative", "what I took from it") or a practice the speaker carries
    forward, marked as such ("Since then I build...", "These days I ask...", "I don't skip the
    pilot anymore"), in a clause the speaker reports rather than imagines or plans. A job held
    now ("I now run forty stores") is the role, not a lesson."""
    if not sent.parsed or not sent.has_self:
        return False
    if owned_learning(sent) and (applied_lesson(sent) or learned_practice(sent)):
        return True
    return carried_practice(sent)


def _drawn_from_before(sent: Sentence) -> bool:
    """Whether a lesson told outside a labelled story (a reply to a concern) is drawn from
    something that happened: a learning told as done ("I learned", "it taught me"), a practice
    carried forward from it, or a lesson named in other words; not learning as a habit or a
    promise ("I learn something every day", "I will learn what I need on the job")."""
    if not sent.parsed:
        return False
    if carried_practice(sent) or drawn_lesson(sent):
        return True
    return any((token.lemma in {"learn", "teach"} or (token.lemma == "take" and any(
        sent.tokens[child].lower in {"from", "away"} for child in sent.child_map[position])))
        and token.tag in {"VBD", "VBN"} for position, token in enumerate(sent.tokens))


def _names_learning(sent: Sentence) -> bool:
    return any(token.lower in LEARNING_WORDS for token in sent.tokens) or any(
        token.lemma == "take" and position + 1 < len(sent.tokens)
        and sent.tokens[position + 1].lower in {"from", "away"}
        for position, token in enumerate(sent.tokens))


LEARNING_WORDS = frozenset({"learn", "learned", "learnt", "lesson", "lessons", "taught", "teach",
                            "takeaway"})


def _lesson_if_learning(answer: AnalysedText, start: int, end: int) -> bool:
    """Whether a sign of learning ("taught me", "I learned") sits in a sentence that draws a
    lesson still applied: "it taught me a lot about how much depends on other teams" names
    learning and applies nothing, so it shows no learning either. Other signs pass."""
    for sent in answer.sentences:
        if sent.start <= start < sent.end:
            words = {token.lower for token in sent.tokens if start <= token.start < end}
            if not words & LEARNING_WORDS or not sent.parsed:
                return True
            return applied_lesson(sent)
    return True


# Verbs of trying and tending: "I always try to listen" tells an intention, not what is done.
INTENT_LEMMAS = frozenset({"try", "tend", "aim", "attempt", "strive", "seek"})


def _shown(answer: AnalysedText, start: int, end: int) -> bool:
    """Whether a sign that names a topic the question tests (a noun: "customer", "feedback") sits
    in a sentence that shows something: something done (by the speaker or the team), a number, a
    name or a date. "We should be bold with the customer" names the topic; "I moved two key
    customers onto a new contract" shows it. A sign of reasoning ("because", "depending on") is
    shown by its own words, and so is a sign that is itself a question put back to the
    interviewer ("what range have you budgeted?"): asking is the act."""
    if answer.text[start:end].rstrip().endswith("?"):
        return True
    for sent in answer.sentences:
        if sent.start <= start < sent.end:
            if sent.parsed and not any(token.pos in {"NOUN", "PROPN"} for token in sent.tokens
                                       if start <= token.start < end):
                return True
            return bool(sent.numbers or sent.proper_nouns or TIME_RE.search(sent.text)
                        or sent.team_past_actions or (
                            told_actions(sent) if sent.parsed else sent.own_past_actions))
    return True


WORD_RE = re.compile(r"[a-z][a-z'’-]+")
SUFFIXES = ("ings", "ing", "ers", "er", "ies", "es", "ed", "s")


def _stem(word: str) -> str:
    """A crude stem, enough to tell "funding", "funder" and "funds" are one word."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _echoes(quote: str, asked: set[str]) -> bool:
    """Whether every longer word of ``quote`` is a word of the question."""
    words = [word for word in WORD_RE.findall(quote.lower()) if len(word) >= 4]
    return bool(words) and all(_stem(word) in asked for word in words)


def _shares_subject(sent: Sentence, verb: Token, caused: list[Token]) -> bool:
    """Whether the verb has no subject of its own and is joined to one that has (a list of the
    speaker's acts after the first), with no hedge between it and the verb it joins."""
    if not sent.parsed or verb.dep != "conj":
        return False
    position = sent.tokens.index(verb)
    kids = [sent.tokens[child].dep for child in sent.child_map[position]]
    if "nsubj" in kids or "nsubjpass" in kids:
        return False
    if verb.lemma not in {"get", "have"} and "dobj" not in kids and "dative" not in kids \
            and not (in_person(sent, position) or with_anyone(sent, position)):
        return False  # an act on something ("split the task cards") or with someone ("sat
        # with the fitters"), or done in person; not "kept up"
    head = verb.head
    if not 0 <= head < position or any(token.lower in HEDGE_WORDS for token in sent.tokens[head:position]):
        return False
    if sent.tokens[head] not in sent.own_past_actions and sent.tokens[head] not in caused:
        return False  # joined to an act of the speaker's, not to a state ("I had a centre in the news")
    # a list: the verb follows a comma, "and", "then" ("..., split the cards and moved two
    # engineers"), not a noun that may be its own subject ("one of our partners told...")
    before = position - 1
    while before > head and sent.tokens[before].pos == "ADV" and sent.tokens[before].lower != "that":
        before -= 1
    return sent.tokens[before].dep in {"cc", "punct"} or sent.tokens[before].lower in {"then", "and", "or"}


def _object_end(sent: Sentence, verb: Token) -> int:
    """Where the verb's object (or particle) ends: "split the remaining task cards"."""
    position = sent.tokens.index(verb)
    last = position
    stack = [child for child in sent.child_map[position]
             if sent.tokens[child].dep in {"dobj", "prt", "dative"}]
    if not any(sent.tokens[child].dep in {"dobj", "dative"} for child in stack):
        # nothing acted on: the people it was done with ("sat with the fitters")
        stack.extend(child for child in sent.child_map[position] if child > position
                     and sent.tokens[child].dep == "prep"
                     and sent.tokens[child].lower in {"with", "alongside"})
    for child in sent.child_map[position]:
        if verb.lemma in {"get", "have"} and sent.tokens[child].dep in {"ccomp", "xcomp", "oprd"} \
                and child > position:
            last = max(last, child)  # "had the checklists translated": up to what was done
            stack.extend(grand for grand in sent.child_map[child]
                         if sent.tokens[grand].dep in {"nsubj", "nsubjpass"} and grand < child)
    while stack:
        child = stack.pop()
        last = max(last, child)
        # the object itself, not a clause that describes it ("the desk they'd asked for")
        stack.extend(grand for grand in sent.child_map[child]
                     if sent.tokens[grand].dep not in {"relcl", "acl", "punct", "cc", "conj", "appos"})
    return sent.tokens[last].end


def _took_over(sent: Sentence, verb: Token) -> bool:
    """ "I took over the team", "I took stadium ops over": arriving in the job, not an act in the
    story; the particle read next to the verb or, split from it by the object, as its child."""
    if verb.lemma != "take":
        return False
    position = sent.tokens.index(verb)
    following = position + 1
    if following < len(sent.tokens) and sent.tokens[following].lower == "over":
        return True
    # after the object, read as a particle, an adverb or a preposition with nothing or only a
    # time under it ("took the contract over in May", "took operations over last year"); not
    # "took the files over to HR": carried somewhere, not taken on
    return sent.parsed and any(
        sent.tokens[child].dep in {"prt", "advmod", "prep"} and sent.tokens[child].lower == "over"
        and not (child + 1 < len(sent.tokens) and sent.tokens[child + 1].lower in {"to", "from"})
        and all(sent.tokens[grand].lower in TIME_UNITS for grand in sent.child_map[child]
                if sent.tokens[grand].dep == "pobj")
        for child in sent.child_map[position])


@per_sentence
def _tells_act(sent: Sentence) -> bool:
    """Whether the sentence tells something done, by the speaker or the team."""
    if not sent.parsed:
        return bool(sent.own_past_actions or sent.team_past_actions)
    return any(not _took_over(sent, verb) for verb in told_actions(sent)) or any(
        acts(verb, sent) for verb in sent.team_past_actions)  # "we went from 180,000 a night to...": scene


def first_act(answer: AnalysedText) -> int | None:
    """The index of the first sentence that tells something done (``_first_act``)."""
    return _first_act(answer)


def story_start(answer: AnalysedText, first_act: int | None) -> int | None:
    """Where the story's outcome readers start: after the first act (``first_act``) or, in a
    story whose steps name no doer ("a working group was formed", "the seeds were multiplied")
    or are told in the present ("we win the contract"), after the opening sentence, which sets
    the scene; None for an answer of one sentence."""
    if first_act is not None:
        return first_act
    return 0 if len(answer.sentences) > 1 else None


def _first_act(answer: AnalysedText) -> int | None:
    """The index of the first sentence that tells something done (by the speaker or the team),
    or None when no sentence does (then no figure can be told apart as the set-up)."""
    for sent in answer.sentences:
        if sent.parsed and _tells_act(sent):
            return sent.index
    return None


def _subject_start(text: str, sentence_start: int, verb_start: int) -> int:
    window = text[sentence_start:verb_start]
    found = [m.start() for m in re.finditer(r"\bI\b", window)]
    return sentence_start + found[-1] if found else verb_start


@dataclass
class Assessment:
    """A dimension before findings: a level earned by quoted evidence, and what is missing."""

    value: float
    evidence: list[Evidence]
    missing: list[str]


SETTING_LEMMAS = frozenset({"lead", "run", "manage", "oversee", "head", "own", "have", "make", "do",
                            "take", "get", "go", "come", "spend", "start", "join", "sit", "work"})


def _action_rank(sent: Sentence, verb: Token, *, first: bool) -> int:
    """0 for an act of the story ("I rewrote the rota"), more for the set-up: a role or light
    verb ("I ran the region", "I made a call"), a verb with nothing acted on, the opening line.
    A light verb said in person ("I ran the briefing myself", "I went out to the two biggest
    customers myself") is an act of the story."""
    rank = 0
    if verb.lemma in SETTING_LEMMAS and not (sent.parsed and in_person(sent, sent.tokens.index(verb))):
        rank += 2
    if sent.parsed and not any(sent.tokens[child].dep in {"dobj", "prt", "dative"}
                               for child in sent.child_map[sent.tokens.index(verb)]):
        rank += 1
    if first:
        rank += 1
    return rank


def _unique(items: tuple[Evidence, ...] | list[Evidence]) -> list[Evidence]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = item.quote.lower()
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _faulted(item: Evidence | Sentence, faulted: tuple[Evidence, ...]) -> bool:
    return any(item.start < other.end and other.start < item.end for other in faulted)


def _unfaulted_first(items: list[Evidence], faulted: tuple[Evidence, ...]) -> list[Evidence]:
    """The quotes no finding faults, then the others (kept, in order, when nothing else shows)."""
    clean = [item for item in items if not _faulted(item, faulted)]
    return clean + [item for item in items if item not in clean]


def _structure(answer: AnalysedText, shape: Shape | None, signals: Signals, *, story: bool,
               question_sims: np.ndarray | None, faulted: tuple[Evidence, ...] = ()) -> Assessment:
    if shape is not None and story:
        level, evidence, missing = 3.0, [], []
        # the actions are quoted from a sentence that tells something done, not from one the
        # labeller placed among the actions ("I have a lot of experience"), nor one a finding
        # faults while another would show the same
        told = [index for index in shape.indices(Role.ACTIONS) if _tells_act(answer.sentences[index])]
        told = [index for index in told if not _faulted(answer.sentences[index], faulted)] + [
            index for index in told if _faulted(answer.sentences[index], faulted)]
        if told and shape.has_result:
            level += 1
            sent = answer.sentences[told[0]]
            evidence.append(Evidence(sent.start, sent.end, sent.text))
            results = _unfaulted_first(list(reversed(signals.result)), faulted)
            evidence.append(results[0] if results else evidence[0])
        else:
            missing.append(NO_OUTCOME if told else NO_ACT)
        if not (told and shape.has_result):
            pass  # the balance of a story is judged once it has its actions and its outcome
        elif shape.result_near_end and shape.circumstances_share <= 0.4:
            level += 1
        elif shape.has_result and not shape.result_near_end:
            missing.append("the outcome is not where the story ends")
        elif shape.has_result:
            missing.append(f"background takes {round(100 * shape.circumstances_share)}% of the words")
        return Assessment(level, evidence[:2], missing)
    level, evidence, missing = 3.0, [], []
    support = _unfaulted_first([*signals.result, *signals.lesson, *signals.own_actions], faulted)
    if support:
        level += 1
        evidence.append(support[0])
    else:
        missing.append("no example or outcome backs the answer")
    sentences = answer.sentences
    if len(sentences) and _faulted(sentences[0], faulted):
        # an opening a finding faults ("frankly, a plant is a plant") makes no point
        missing.append("the first sentence is one a finding faults")
    elif question_sims is not None and len(sentences) and float(question_sims[0]) >= float(
        question_sims.max()
    ) - 0.08 and float(question_sims[0]) >= 0.2:
        level += 1
        evidence.insert(0, Evidence(sentences[0].start, sentences[0].end, sentences[0].text))
    elif len(sentences):
        missing.append("the first sentence does not answer the question directly")
    return Assessment(level, evidence[:2], missing)


def _telling_first(items: list[Evidence]) -> list[Evidence]:
    """Concrete details with the ones that say most first: a figure written in digits, a name
    or a phrase before a bare number word ("one" of "in one country"), order kept otherwise."""
    return sorted(items, key=lambda item: not (any(char.isdigit() for char in item.quote)
                                               or item.quote[:1].isupper()
                                               or len(item.quote.split()) > 1))


def _evidence(signals: Signals, *, story: bool) -> Assessment:
    concrete = _telling_first(_unique([*signals.numbers, *signals.specifics]))
    outcome = _unique(signals.outcome_numbers)
    if not concrete and not signals.times:
        return Assessment(2.0, [], ["nothing concrete: no name, date, number or scale"])
    # a time told against the story ("last year") places it, so it is not "nothing concrete",
    # but it is no detail to quote nor one of the details that anchor a measured story
    level, evidence, missing = 3.0, concrete[:2], []
    if outcome:
        level += 1
        evidence = [*outcome[:2], *[item for item in concrete if item not in outcome][:1]]
    else:
        missing.append(NO_OUTCOME_NUMBER)
    if outcome and len(concrete) >= 3:
        level += 1
    elif outcome:
        missing.append("few concrete details beyond the figure")
    return Assessment(level, evidence[:3], missing)


def _ownership(signals: Signals, *, story: bool) -> Assessment:
    own = _unique(signals.own_actions)
    if not story:
        own = own or _unique(signals.own_practice) or _unique(signals.own_plan)
    team = [*signals.team_credit, *signals.team_actions]
    level, evidence, missing = 3.0, [], []
    habits_only = not story and not _unique(signals.own_actions) and bool(own)
    if not own:
        missing.append(NO_OWN_ACTION)
        if story:
            level -= 1
    if len(own) >= 2:
        level += 1
        evidence.extend(own[:2])
    elif own:
        evidence.extend(own[:1])
        missing.append("only one thing you did yourself is named")
    if habits_only:
        # what you usually do or would do is your own, but it is not a time you did it: no higher
        # than 4
        missing.append("only what you usually do, not a time you did it" if signals.own_practice
                       else "only what you would do, not a time you did it")
    elif team and own:
        level += 1
        evidence.append(team[0])
    elif own:
        missing.append("the team's part is not credited")
    return Assessment(level, evidence[:3], missing)


def _relevance(answer: AnalysedText, similarity: float | None,
               question_sims: np.ndarray | None, faulted: tuple[Evidence, ...] = ()) -> Assessment:
    if similarity is None or question_sims is None or not len(answer.sentences):
        return Assessment(3.0, [], ["no question to compare the answer with"])
    # the sentence closest to the question, among those no finding faults where there are any
    ranked = sorted(range(len(answer.sentences)), key=lambda index: -float(question_sims[index]))
    best = next((index for index in ranked if not _faulted(answer.sentences[index], faulted)),
                ranked[0])
    sent = answer.sentences[best]
    evidence = [Evidence(sent.start, sent.end, sent.text)]
    # words far from the question's are no proof the answer is off it (a concrete story told to an
    # abstract question shares few words with it): the middle anchor, and a detour is a finding
    level = 3.0
    for threshold, score in RELEVANCE_STEPS:
        if similarity >= threshold:
            level = float(score)
            break
    missing = [] if level >= 5 else [
        "the answer as a whole keeps only loosely to the question's words: name what it asked "
        "early, in its own terms"
    ]
    return Assessment(level, evidence if level >= 3 else [], missing)


def _concision(answer: AnalysedText, family: Family | None) -> Assessment:
    minimum = family.min_words if family else 25
    maximum = family.max_words if family else 320
    if 2 * minimum <= answer.words <= maximum:
        return Assessment(5.0, [], [])
    if answer.words > maximum:
        # a point off for each further multiple of the length the question needs: an answer five
        # times too long has lost its listener, whatever it says
        over = min(3, int(answer.words / maximum) - 1) if answer.words >= 2 * maximum else 0
        return Assessment(4.0 - over, [], [
            f"{answer.words:,} words, above the {maximum} this question needs"
            + (f" ({answer.words / maximum:.0f} times as long)" if over else "")])
    return Assessment(4.0, [], [f"{answer.words} words, short of the {2 * minimum} a full answer takes"])


def _tone(answer: AnalysedText, signals: Signals) -> Assessment:
    level, evidence, missing = 3.0, [], []
    # credit is given when others' part is named ("with the two team leads", "the team's idea");
    # a plain "we did" tells who acted, it does not credit anyone
    credit = [*signals.team_credit, *signals.owned_mistakes, *signals.shared_actions]
    if credit:
        level += 1
        evidence.append(credit[0])
    else:
        missing.append("no credit given to others and no mistake owned")
    # a claim backed by a figure is quoted with the clause the figure measures, the result's
    # where there is one: a bare "25" or "2021" shows no claim
    backed = _measured(signals, _unique(signals.outcome_numbers)[:1])
    numbers = _unique(signals.numbers)
    if not backed and numbers and len(_unique([*numbers, *signals.specifics, *signals.times])) >= 2:
        backed = [measured_clause(answer, numbers[0])]
    if backed:
        level += 1
        evidence.append(backed[0])
    else:
        missing.append("claims are not backed by a figure")
    return Assessment(level, evidence, missing)


GOAL_FAMILIES = frozenset({"goal_setting", "success_in_role"})
"""The families whose answers set goals: a goal there is measured by a number or a date."""


def _family(signals: Signals, family: Family | None, label: str) -> Assessment:
    assessed = _family_signs(signals, family, label)
    if family is not None and family.id in GOAL_FAMILIES and assessed.value < 5 and not (
            signals.numbers or signals.times
            or any(TIME_RE.search(item.quote) for item in signals.specifics)):
        assessed.missing.append(NO_MEASURED_GOAL)
    return assessed


def _family_signs(signals: Signals, family: Family | None, label: str) -> Assessment:
    positive = _unique(signals.family_positive)
    if (family is not None and family.behavioural and signals.own_actions and signals.result
            and (family.story_shows or positive)):
        # a real story with your actions and its outcome is what a behavioural question tests; for
        # most families only once something shows the story is of the kind asked (a generic success
        # story told to "when did you work across cultures?" shows nothing of cross-border reach)
        positive = _unique([*positive, signals.result[-1]])
    if not positive:
        return Assessment(3.0, [], [f"nothing yet shows {label.lower()}"])
    if len(positive) >= 2:
        return Assessment(5.0, positive[:3], [])
    return Assessment(4.0, positive[:1], [f"one sign of {label.lower()}; a second would make it clear"])


def assess(
    answer: AnalysedText,
    shape: Shape | None,
    signals: Signals,
    *,
    story: bool,
    family: Family | None,
    family_label: str,
    answer_sim: float | None,
    question_sims: np.ndarray | None = None,
    faulted: tuple[Evidence, ...] = (),
) -> dict[str, Assessment]:
    """Each dimension's level from positive evidence alone, before findings take points off.

    Nothing found either way is the middle anchor (3); quoted evidence raises it; a named missing
    piece explains every point short of 5. A sentence quoted whole (the structure's, the
    relevance's) is one the findings do not fault (``faulted``: the words of the medium and high
    findings) where another shows the same: a sentence found defensive never shows the structure.
    """
    return {
        "structure": _structure(answer, shape, signals, story=story, question_sims=question_sims,
                                faulted=faulted),
        "evidence": _evidence(signals, story=story),
        "ownership": _ownership(signals, story=story),
        "relevance": _relevance(answer, answer_sim, question_sims, faulted),
        "concision": _concision(answer, family),
        "tone": _tone(answer, signals),
        "family": _family(signals, family, family_label),
    }


def faulted_words(answer: AnalysedText, findings: tuple[Finding, ...]) -> tuple[Evidence, ...]:
    """The words a medium or high finding quotes, whatever its dimension, that no sentence quoted
    whole for a dimension's level should repeat ("the opening is defensive" quoting it); not a
    quote of several sentences (what an answer lacks, pointed at where it belonged)."""
    return tuple(item for finding in findings if finding.severity in {"medium", "high"}
                 for item in finding.evidence if _one_sentence(answer, item))


def _one_sentence(answer: AnalysedText, item: Evidence) -> bool:
    """Whether a quote lies within one sentence (a quote of several points at a place)."""
    return answer.sentence_at(item.start) == answer.sentence_at(max(item.start, item.end - 1))


MEASURED_AGAINST_FINDINGS = frozenset({"relevance"})
"""Dimensions whose level above the middle anchor rests on a measure (the answer's closeness to
the question), not on quoted words: a medium or high finding of their own contradicts it."""
MEASURED_DIMENSIONS = frozenset({"concision"})
"""Dimensions whose findings measure the answer (its length) rather than fault its words."""


def base_scores(
    answer: AnalysedText,
    shape: Shape | None,
    signals: Signals,
    *,
    story: bool,
    family: Family | None,
    answer_sim: float | None,
) -> dict[str, float]:
    """Scores from positive evidence alone (the values of ``assess``)."""
    label = family.family_dimension if family else "Question-specific"
    assessed = assess(answer, shape, signals, story=story, family=family, family_label=label,
                      answer_sim=answer_sim)
    return {name: item.value for name, item in assessed.items()}


def _quote_list(evidence: tuple[Evidence, ...]) -> str:
    quotes: list[str] = []
    for item in evidence:
        quote = clip(item.quote, 90)  # at a word's end, never inside one ("in tw...")
        if f"“{quote}”" not in quotes:
            quotes.append(f"“{quote}”")
        if len(quotes) == 2:
            break
    return ", ".join(quotes)


def _lowered(message: str) -> str:
    return f"{message[:1].lower()}{message[1:]}"


NOTHING_WRONG = "Nothing wrong found"
HELD_BACK = "Held back by what was found in it (see the findings)."
"""Said instead of a level's "Nothing wrong found..." when a finding lowered the dimension."""


def score_dimensions(
    assessed: dict[str, Assessment],
    findings: tuple[Finding, ...],
    anchors: dict[str, DimensionAnchors],
    *,
    family_label: str,
    insufficient: bool,
    names: tuple[str, ...] = DIMENSIONS,
    traps: frozenset[str] = frozenset(),
    conduct: frozenset[str] = frozenset(),
) -> tuple[DimensionScore, ...]:
    """Each dimension's 1-5 score (evidence level less finding penalties) with its anchor, the
    quotes that earned it and the reasons for every point below 5; only the dimensions ``names``
    (a question asked at the end is not judged on evidence or ownership).

    A finding of a rule in ``traps`` (the family's main trap, families.yaml) also lowers the
    family dimension, once, by the heaviest such finding.

    A high finding of a rule in ``conduct`` (``conduct: true`` in its declaration) says, among its
    dimension's reasons, that it holds the whole answer under the competent band
    (``overall_score``)."""
    scores = []
    for name in (item for item in DIMENSIONS if item in names):
        item = assessed[name]
        if name in MEASURED_AGAINST_FINDINGS and any(
                finding.dimension == name and finding.severity in {"medium", "high"}
                for finding in findings):
            # how close the words keep to the question earns nothing once a finding shows the
            # answer is about something else: the middle anchor, and the finding takes it lower
            item = Assessment(min(item.value, 3.0), [], list(item.missing))
        value = item.value
        reasons = list(item.missing)
        penalised = False
        for finding in findings:
            if finding.dimension == name:
                value -= PENALTY[finding.severity]
                penalised = True
                reason = f"finding: {_lowered(finding.message)}"
                if reason not in reasons:
                    reasons.append(reason)
                if _conduct(finding, conduct) and CONDUCT_REASON not in reasons:
                    reasons.append(CONDUCT_REASON)
        trapped = [finding for finding in findings
                   if name == "family" and finding.rule in traps and finding.dimension != name]
        if trapped:
            heaviest = max(trapped, key=lambda finding: PENALTY[finding.severity])
            value -= PENALTY[heaviest.severity]
            penalised = True
            reasons.append(f"falls into this question's trap: {_lowered(heaviest.message)}")
        if insufficient and value > 4:
            value = 4.0  # too little text to show a dimension fully
            reasons.append("too short to show more")
        level = int(max(1, min(5, round(value))))
        if level == 5:
            reasons = []
        anchor = anchors[name]
        label = family_label if name == "family" else anchor.label
        evidence = tuple(item.evidence)
        text = anchor.levels[level]  # type: ignore[index]
        if penalised and text.startswith(NOTHING_WRONG):
            text = HELD_BACK
        if evidence:
            text += f" Shown by {_quote_list(evidence)}."
        if reasons:
            text += " Short of 5: " + "; ".join(reasons) + "."
        scores.append(DimensionScore(name, label, level, text, evidence, tuple(reasons)))
    return tuple(scores)


def overall_score(
    dimensions: tuple[DimensionScore, ...],
    *,
    story: bool,
    insufficient: bool,
    findings: tuple[Finding, ...] = (),
    strengths: tuple[Strength, ...] = (),
    conduct: frozenset[str] = frozenset(),
) -> int:
    """A 0-100 weighted mean of the dimensions' points (LEVEL_POINTS).

    Each kind of quoted evidence praised (``PROVEN``: an own action, a number on the outcome, a
    lesson) adds ``PROVEN_POINTS``, inside the bounds: two answers that a weak dimension bounds
    alike still rank by what they prove, never more than PROVEN_REACH past that bound, never
    past 84 without evidence everywhere, never more than half the way from the dimensions' mean
    to 100 (only an answer at 5 on every dimension scores 100).

    85 or more needs quoted positive evidence, level 4 or better, on every dimension that can
    show it (concision is measured, not quoted), and no medium or high finding; thin answers are
    scaled into 0-INSUFFICIENT_CEILING, so they still rank by what they contain instead of tying.

    A high finding of a rule in ``conduct`` holds the answer past CONDUCT_CEILING, after what it
    proves, so it stays under CONDUCT_BAND (its dimension's reasons say so).
    """
    total = weight_sum = 0.0
    for item in dimensions:
        weight = WEIGHTS[item.name]
        if not story:
            weight = NON_STORY_WEIGHTS.get(item.name, weight)
        total += weight * LEVEL_POINTS[item.score]
        weight_sum += weight
    value = total / weight_sum
    ceiling = 100.0
    for item in dimensions:
        if item.name in {"concision", "relevance"}:
            continue  # measured, not quoted; a real detour is a finding, which bounds the score
        ceiling = min(ceiling, LEVEL_CEILING[item.score])
        if not item.evidence:
            ceiling = min(ceiling, UNPROVEN_CEILING)
    if any(finding.severity in {"high", "medium"} for finding in findings):
        ceiling = min(ceiling, FLAWED_CEILING)
    elif findings:
        ceiling = min(ceiling, SLIP_CEILING)
    if value > ceiling:
        # above the ceiling, points count a quarter: the order of answers is kept, no ties
        value = ceiling + (value - ceiling) * ABOVE_CEILING
    proven = PROVEN_POINTS * len({item.what for item in strengths} & PROVEN)
    # never more than PROVEN_REACH past a bound: a gap still bounds the answer; and never more
    # than half the way to 100, so 100 stays the mark of an answer at 5 on every dimension (a
    # dimension short of 5 says why, and a perfect mark beside that reason would contradict it)
    value = min(value + proven, max(value, ceiling + PROVEN_REACH), (value + 100.0) / 2)
    if ceiling < HIGH_SCORE:
        value = min(value, HIGH_SCORE - 1)  # and never reach 85 without evidence everywhere
    if any(_conduct(finding, conduct) for finding in findings) and value > CONDUCT_CEILING:
        value = min(CONDUCT_CEILING + (value - CONDUCT_CEILING) * ABOVE_CEILING, CONDUCT_BAND - 1)
    rules = {finding.rule: finding.severity for finding in findings}
    value -= min(MAX_FINDING_COST, sum(FINDING_COST.get(severity, 0.0) for severity in rules.values()))
    value -= missing_cost(dimensions, story=story)
    value = round(max(value, 0.0))
    if insufficient:
        return round(value * INSUFFICIENT_CEILING / 100)
    return value


def _conduct(finding: Finding, conduct: frozenset[str]) -> bool:
    """Whether a finding is conduct an employer would worry about, found at high severity."""
    return finding.severity == "high" and finding.rule in conduct


def missing_cost(dimensions: tuple[DimensionScore, ...], *, story: bool) -> float:
    """The points a story loses for the pieces it lacks (``MISSING_COST``), each named among
    its dimension's reasons; at most MAX_MISSING_COST, none outside a story but for a goal with
    nothing to measure it by."""
    # a dimension a finding already lowered pays for that finding alone (one cost per problem)
    named = {reason for item in dimensions for reason in item.reasons
             if not any(other.startswith("finding:") for other in item.reasons)}
    cost = sum(points for reason, points in MISSING_COST.items()
               if reason in named and (story or reason == NO_MEASURED_GOAL))
    return min(MAX_MISSING_COST, cost)


HEDGE_WORDS = frozenset({"probably", "maybe", "perhaps", "sort", "kind", "kinda", "sorta"})


LESSON_FAMILIES = frozenset({"failures", "weaknesses", "development", "past_behaviour"})
ACTS_QUOTED = 4
"""How many of the speaker's own acts the strength quotes: a story told in four or five steps is
praised for each of its main ones, not cut at the third."""


def strengths(
    signals: Signals, findings: tuple[Finding, ...], *, story: bool, family: str | None = None,
    answer: AnalysedText | None = None,
) -> tuple[Strength, ...]:
    """Only what the words prove; a strength is dropped when a finding contradicts it.

    A lesson is claimed where a lesson belongs (a story, or a failure, weakness or development
    answer), or in any other answer that states one in so many words ("Since then I ask...", "I've
    learned to..."); never from a sentence a finding quotes (a detour, a complaint)."""
    fired = {finding.rule for finding in findings}
    faulted = faulted_spans(findings)
    numbers = _unfaulted(_unique(signals.outcome_numbers), faulted)
    actions = _unfaulted(_unique(signals.own_actions), faulted)
    found: list[Strength] = []
    if numbers:
        found.append(Strength(OUTCOME_NUMBER, tuple(_measured(signals, numbers[:3]))))
    if actions and "ownership.superhero" not in fired:
        found.append(Strength(OWN_ACTION, tuple(actions[:ACTS_QUOTED])))
    if signals.team_credit:
        found.append(Strength("Credits the team", signals.team_credit[:2]))
    lessons = praised_lessons(signals, findings, story=story, family=family, answer=answer)
    if lessons:
        found.append(Strength(LESSON, tuple(lessons[:2])))
    if signals.family_positive:
        found.append(Strength("Shows what this question is testing", signals.family_positive[:3]))
    return tuple(found)


def _measured(signals: Signals, numbers: list[Evidence]) -> list[Evidence]:
    """The clauses the figures measure, once each, in the figures' order (the figure itself
    where no clause was read)."""
    clauses = dict(zip(signals.outcome_numbers, signals.outcome_clauses, strict=False))
    quoted: list[Evidence] = []
    for item in numbers:
        clause = clauses.get(item, item)
        if not any(other.start <= clause.start and clause.end <= other.end for other in quoted):
            quoted = [other for other in quoted
                      if not (clause.start <= other.start and other.end <= clause.end)]
            quoted.append(clause)
    return quoted


def praised_lessons(signals: Signals, findings: tuple[Finding, ...], *, story: bool,
                    family: str | None = None, answer: AnalysedText | None = None) -> list[Evidence]:
    """The lessons ``strengths`` praises, in the order it quotes them (empty when none is).

    A lesson belongs to a story, a failure, a weakness or development; elsewhere ("what's your
    leadership style?") only one said in so many words counts, not a closing maxim; never one
    a finding quotes, nor any when the answer is found to draw no lesson. A finding on the
    answer's length, or one that quotes several sentences of ``answer`` to point at where
    something missing belonged (``faulted_words``), says nothing against the words it quotes."""
    if any(finding.rule == "failures.no_lesson" for finding in findings):
        return []
    flagged = [item for finding in findings if finding.dimension not in MEASURED_DIMENSIONS
               for item in finding.evidence if answer is None or _one_sentence(answer, item)]
    told = signals.lesson if story or family in LESSON_FAMILIES else signals.stated_lessons
    return [item for item in told
            if not any(item.start < other.end and other.start < item.end for other in flagged)]


def faulted_spans(findings: tuple[Finding, ...]) -> list[Evidence]:
    """The words a medium or high tone finding faults (a complaint, an overshare, an overclaim,
    conduct told as a win): not praised, and no evidence for a dimension's level either."""
    return [item for finding in findings if finding.dimension == "tone"
            and finding.severity in {"medium", "high"} for item in finding.evidence]


def without_faulted(signals: Signals, findings: tuple[Finding, ...]) -> Signals:
    """``signals`` without the own actions inside words a tone finding faults: a lie told to a
    client is no act of ownership to quote (the outcome figures stay paired with their clauses;
    ``strengths`` leaves the faulted ones unpraised)."""
    faulted = faulted_spans(findings)
    if not faulted:
        return signals
    # nor the same words said elsewhere: "I told" quoted from the set-up reads as the lie the
    # finding faults a sentence later
    said = [item.quote.lower() for item in faulted]
    kept = [item for item in _unfaulted(list(signals.own_actions), faulted)
            if not any(_same_words(item.quote.lower(), quote) for quote in said)]
    return replace(signals, own_actions=tuple(kept))


def _same_words(quote: str, faulted: str) -> bool:
    """Whether ``quote`` is said, word for word, inside the faulted words."""
    return re.search(rf"(?<![\w']){re.escape(quote)}(?![\w'])", faulted) is not None


def _unfaulted(items: list[Evidence], faulted: list[Evidence]) -> list[Evidence]:
    """The quotes that lie outside every faulted span."""
    return [item for item in items if not _faulted(item, tuple(faulted))]


OUTCOME_NUMBER = "Puts a number on the outcome"
OWN_ACTION = "Says what you did yourself"
LESSON = "Draws a lesson you still apply"
PROVEN = frozenset({OUTCOME_NUMBER, OWN_ACTION, LESSON})
"""The strengths that quote evidence of the story itself; each kind praised adds PROVEN_POINTS."""
PROVEN_POINTS = 3.5
PROVEN_REACH = 12.0
"""Chosen leave-one-round-out over the blind rounds (benchmarks/score_loro.py): each kind proven
is worth enough to lift a story past a plateau at a bound, and a bound still holds it short of
85 unless every dimension shows evidence."""


def top_fixes(findings: tuple[Finding, ...], *, limit: int = 3) -> tuple[Fix, ...]:
    """The most important findings, one per rule: severity first, then dimension weight."""
    ranked = sorted(
        findings,
        key=lambda finding: (SEVERITY_ORDER[finding.severity], -WEIGHTS[finding.dimension], finding.rule),
    )
    fixes: list[Fix] = []
    seen: set[str] = set()
    for finding in ranked:
        if finding.rule in seen:
            continue
        seen.add(finding.rule)
        fixes.append(Fix(finding.rule, finding.message, finding.fix))
        if len(fixes) == limit:
            break
    return tuple(fixes)
