"""Whether an answer tells one episode of the past: actions told as events, in the past tense.

A question that asks for a real occasion is answered by a told episode: the speaker (or the
speaker's team) doing things that happened, not what they would or always do. This module reads
that from the sentences' parse:

- ``action_sentences``: the sentences that tell an action of the speaker as an event of the story
  (``grammar.told_actions``) or an action of the speaker's team in the past;
- ``anchored``: a sentence that ties what it tells to one occasion: a time ("in 2021", "last
  March", "two weeks later"), a proper name (a place, an employer, a person) or a number;
- ``episode_told``: at least ``least`` sentences of told action, one of them (or the sentence
  before the first) anchored, or ``least + 1`` of them without an anchor.

``structure.no_result`` reads the episode to tell a story that ran its course with no outcome from
an answer that never told one: the absence of a result is a finding only when actions were told.
"""

from __future__ import annotations

from poise.analysis.grammar import told_actions
from poise.analysis.text import TIME_RE, AnalysedText, Sentence

NAMES = frozenset({"PROPN"})


def action_sentences(answer: AnalysedText) -> list[int]:
    """The indices of the sentences telling an action of the speaker or the team as an event."""
    return [sent.index for sent in answer.sentences
            if told_actions(sent) or sent.team_past_actions]


def anchored(sent: Sentence) -> bool:
    """The sentence names a time, a proper name or a number that ties it to one occasion."""
    if any(match.group(0).lower() != "may" for match in TIME_RE.finditer(sent.text)):
        return True
    return bool(sent.numbers) or any(token.pos in NAMES and position > 0
                                     for position, token in enumerate(sent.tokens))


def episode_told(answer: AnalysedText, *, least: int = 2) -> bool:
    """At least ``least`` sentences of told action with an anchor on one of them or on the
    sentence before the first, or ``least + 1`` such sentences (see the module doc)."""
    told = action_sentences(answer)
    if len(told) < least:
        return False
    sentences = answer.sentences
    near = {*told, max(0, told[0] - 1)}
    return len(told) > least or any(anchored(sentences[index]) for index in sorted(near))
