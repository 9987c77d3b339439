"""A story whose only outcome is a verdict: "it went well", "management was satisfied".

``structure.no_result`` hears a story with no sentence in the result's place; this hears the
story that does close on something result-like, but only a claim (``claimed_result.claimed``: an
evaluation reported without content). No sentence past the set-up tells a result
(``outcome_told``, which does not count a claim; in a story where the speaker does nothing,
no sentence of its second half tells one, ``outcome_told.result_in``), no figure is told past
the first thing done (an outcome a reader may not name), and at least one sentence past the
first thing done, or in the second half of an answer told without steps, is such a claim: the
finding quotes it. The claim is the evidence, so the
finding does not wait for the answer-level model to hear an absence.

A story that closes on a verdict told only of a vague thing ("things improved after that, the
atmosphere was better", "the relationship is in a good place now": ``story_end.vague_change``)
or on a claim ("the management was satisfied with the result", "she's grown a lot, everybody
says so"), after its last step told, ends on a feeling or an opinion whatever the rest sounds like: the
rule quotes that sentence and marks it as found on clear grounds (``grounded``), so the finding
stands past the answer-level floor.
"""

from __future__ import annotations

from poise.analysis.claimed_result import claimed
from poise.analysis.grammar import told_actions
from poise.analysis.meaning import sentiment_lexicon
from poise.analysis.outcome_told import not_outcome_at, outcome_told, result_in, span_of_time
from poise.analysis.praise_gates import CHANGE_LEMMAS
from poise.analysis.report import Finding
from poise.analysis.rules import grounded, sensed
from poise.analysis.rules.base import RuleInput, make_finding
from poise.analysis.scoring import first_act
from poise.analysis.story_end import vague_change
from poise.analysis.structure import YEAR_RE, _heads
from poise.analysis.text import Sentence
from poise.content.schema import CodeRule


def _closing_part(data: RuleInput) -> int:
    """The index of the first sentence that may tell the outcome: past the first thing done, or
    the second half of the answer when nothing is told as done."""
    start = first_act(data.answer)
    return len(data.answer.sentences) // 2 if start is None else start + 1


def claimed_sentences(data: RuleInput) -> list[int]:
    """The indices of the sentences told as the outcome that only claim one: past the first
    thing done, or in the second half of the answer when nothing is told as done."""
    return [sent.index for sent in data.answer.sentences[_closing_part(data):] if claimed(sent)]


def _told_without_act(data: RuleInput) -> bool:
    """In a story where the speaker does nothing (no first act), a result told in its second
    half, read sentence by sentence (``outcome_told.result_in``: "the release of trains became
    much faster"): others did the work, and the story still says how it came out, which is
    another flaw than a result claimed."""
    if first_act(data.answer) is not None:
        return False
    return any(result_in(sent, question=data.question)
               for sent in data.answer.sentences[_closing_part(data):])


def _figures_after(data: RuleInput) -> bool:
    """A figure (not a year) told past the first thing done, outside a claim, that may measure an
    outcome: the outcome may be in it ("savings confirmed in the first year were 4.1 million")
    though no reader names it, and a verdict beside a figure is not all the story offers. A
    figure that sizes a step is none: a count of the work done or how often
    (``outcome_told.not_outcome_at``), a span something lasted ("I stopped the project for three
    weeks"), or what the speaker's own act, not a verb of change, took in ("I called two
    suppliers", "we rewrote three procedures")."""
    for sent in data.answer.sentences[_closing_part(data):]:
        if not sent.numbers or claimed(sent):
            continue
        for begin, end, quote in sent.numbers:
            if YEAR_RE.match(quote) or not_outcome_at(sent, begin, end):
                continue
            if not sent.parsed or not all(_sizes_a_step(sent, position)
                                          for position in _figure_tokens(sent, begin, end)):
                return True
    return False


def _figure_tokens(sent: Sentence, begin: int, end: int) -> list[int]:
    """The tokens of the figure quoted at [begin, end) that carry its number."""
    return [position for position, token in enumerate(sent.tokens)
            if begin <= token.start < end
            and (token.tag == "CD" or any(char.isdigit() for char in token.text))]


def _sizes_a_step(sent: Sentence, position: int) -> bool:
    """The figure at ``position`` sizes a step of the story: a span of time on "for", or a
    count under a verb whose subject is the speaker and which is not a verb of change."""
    if span_of_time(sent, position):
        return True
    for above in _heads(sent, position):
        verb = sent.tokens[above]
        if verb.pos not in {"VERB", "AUX"}:
            continue
        subjects = [sent.tokens[kid] for kid in sent.child_map[above]
                    if sent.tokens[kid].dep in {"nsubj", "nsubjpass"}]
        return any(kid.lower in {"i", "we"} for kid in subjects) \
            and verb.lemma not in CHANGE_LEMMAS
    return False


def claimed_result(rule: CodeRule, data: RuleInput) -> list[Finding]:
    """A story asked for (``sensed.story_asked``) of at least ``params.min_sentences`` sentences,
    with no result told and a result claimed in its place; quotes the last two claims. An answer
    to another question ("how do you set goals?"), not about the speaker themself, that tells a
    step taken in the past (``scoring.first_act``) and closes on such a verdict ("at the end of
    the season the results were good and the owners were happy") offers the verdict as the
    outcome all the same."""
    sentences = data.answer.sentences
    if data.shape is None or len(sentences) < int(rule.number("min_sentences", 3)):
        return []
    asked = sensed.story_asked(data)
    if not asked and (first_act(data.answer) is None or sensed.about_oneself(data)):
        return []  # unasked, only a story told with its steps; a weakness's example shows it
    if outcome_told(data.answer, data.shape, question=data.question) or _figures_after(data) \
            or _told_without_act(data):
        return []
    where = claimed_sentences(data)
    closing = closing_verdicts(data)
    if not closing and (not where or not asked):
        return []  # unasked, an example told in passing is judged only on how it closes
    if closing:
        grounded.mark(data, rule.id, set(closing))
    quoted = sorted(set(where[-2:]) | set(closing))[-2:]
    return [make_finding(rule, data.quote_sentences(quoted))]


def _rued(sent: Sentence) -> bool:
    """The verdict says the speaker's story went badly ("it was quite embarrassing"): a word of
    blame and none of praise, so no result is claimed in it."""
    lexicon = sentiment_lexicon()
    scores = [lexicon.get(token.lower, 0.0) for token in sent.tokens]
    return any(score < 0 for score in scores) and not any(score > 0 for score in scores)


def closing_verdicts(data: RuleInput) -> list[int]:
    """The sentences that close the story on a verdict told of nothing named
    (``story_end.vague_change``: "things calmed down and the atmosphere was better", "the
    relationship is in a good place now") or on a claim (``claimed_result.claimed``: "the
    management was satisfied with the result", "she's grown a lot, everybody says so"): past
    the first thing done and after the story's last step told (``grammar.told_actions``, the
    team's acts in the past), so only a lesson or a reflection may follow; not a verdict that it
    went badly (``_rued``). An answer told without steps keeps the answer-level floor."""
    sentences = data.answer.sentences
    start = first_act(data.answer)
    if start is None:
        return []
    vague = {sent.index for sent in sentences[start + 1:]
             if (vague_change(sent) or claimed(sent)) and not _rued(sent)}
    # the verdict's own clause may tell the side's act ("...and we continued to work together")
    last_step = max((sent.index for sent in sentences if sent.index not in vague
                     and (told_actions(sent) or sent.team_past_actions)), default=start)
    return sorted(index for index in vague if index > last_step)
