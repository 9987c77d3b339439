"""Word classes the outcome readers of the analyser compare lemmas against (outcome_words.yaml).

Each class is a closed list of lower-case words (lemmas for verbs, the singular for nouns) with
a line saying what it holds and why: the analysis reads which class a verb or a counted noun
belongs to, never a phrase of the answer.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints, field_validator

from poise.content.schema.base import Strict, Text

Word = Annotated[str, StringConstraints(pattern=r"^[a-z%][a-z%'-]*$", min_length=1, max_length=40)]
"""One lower-case word: a lemma, a singular noun, or a sign read as a word ("%")."""


class WordClass(Strict):
    """One class of words and what the readers do with it."""

    about: Text = Field(description="What the class holds and how the reader uses it.")
    words: frozenset[Word] = Field(min_length=1)

    @field_validator("words", mode="before")
    @classmethod
    def _listed_once(cls, value: Any) -> Any:
        """A class is written as a YAML list with each word once."""
        if not isinstance(value, list):
            raise ValueError("write the words as a YAML list")
        seen: set[object] = set()
        for word in value:
            if word in seen:
                raise ValueError(f"word {word!r} is listed twice")
            seen.add(word)
        return value

    def __contains__(self, word: object) -> bool:
        return word in self.words


class OutcomeWords(Strict):
    """outcome_words.yaml: the classes read by analysis.activity_count, outcome_count and
    outcome_told.
    Every class is required; an unknown one is an error."""

    # what a figure counts (activity_count)
    occasion_nouns: WordClass
    reaching_verbs: WordClass
    putting_verbs: WordClass
    measure_words: WordClass
    # what a figure counts: not an outcome (outcome_count)
    frequency_nouns: WordClass
    frequency_marks: WordClass
    career_nouns: WordClass
    career_verbs: WordClass
    means_nouns: WordClass
    cutting_verbs: WordClass
    load_nouns: WordClass
    growing_verbs: WordClass
    # how a story came out (outcome_told)
    other_marks: WordClass
    landing_verbs: WordClass
    holding_verbs: WordClass
    winding_up_verbs: WordClass
    act_words: WordClass
    speaker_words: WordClass
    motion_verbs: WordClass
    changed_verbs: WordClass
    asking_verbs: WordClass
    linking_present: WordClass
    post_nouns: WordClass
    staying_words: WordClass
    appointing_verbs: WordClass
    reaching_role_verbs: WordClass
    naming_verbs: WordClass
    practice_complements: WordClass
    measuring_verbs: WordClass
    achieving_verbs: WordClass
    people_objects: WordClass
    met_objects: WordClass
    record_nouns: WordClass
    resource_nouns: WordClass
    mark_nouns: WordClass
    mark_preps: WordClass
    completing_verbs: WordClass
    harm_nouns: WordClass
    document_nouns: WordClass
    figure_change_verbs: WordClass
    fraction_words: WordClass
    before_words: WordClass
    expected_words: WordClass
    level_preps: WordClass
    story_times: WordClass
    vague_subjects: WordClass
    verdict_verbs: WordClass
    degree_words: WordClass
    hedging_frames: WordClass
    participation_words: WordClass
