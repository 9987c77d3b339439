"""Rebuild the learned models Poise ships (src/poise/analysis/data/*.npz) from labelled data.

Run: .venv/bin/python scripts/train_models.py family|family-neighbours|flaws|answer-flaws [--folds 5]
     [--threshold P] [--cache DIR] [--check]
     (``family --check`` rebuilds the family model with the unsure threshold it ships, and the
     neighbours' vote, into a scratch folder and fails unless both are byte for byte the files
     shipped)
     (``answer-flaws --check`` rebuilds the answer-level model into a scratch file and fails
     unless it is byte for byte the file shipped: every shipped model is the output of this
     script, never edited by hand; the archive carries no time stamp, ``learned.write_npz``)

family — which kind of question a question is (its family), from what analysis/question_features.py
  reads of it: the embedding of the whole question and of the sentence that asks, its lemmas and
  lemma pairs (hashed), and facts of its parse (root verb, wh-word, "if", "would", "you" as the
  subject, an imperative, objects; hashed). A softmax over those rows, FAMILY_STEPS of Adam at
  FAMILY_RATE, the hashed columns fitted through their non-zero entries.
  Data (the split):
    train: every question in the bank (src/poise/content/questions/), the training paraphrases
           in benchmarks/data/training/family_questions_train.jsonl,
           family_questions_extra.jsonl, family_questions_focus.jsonl,
           family_questions_pairs.jsonl and family_questions_neighbours.jsonl (all written by the
           project for training), and every
           measured round of paraphrases (FAMILY_ROUNDS: benchmarks/blind/family_questions.jsonl
           and round2, round4, round6-round42 family_questions.jsonl; each once blind, measured
           and reported, now development data; rounds 14 and 15 joined after the round-16
           measurement, rounds 16-18 after the round-18 measurement, rounds 19-27 after the
           round-28 first measurement, round 28 after the round-29 first measurement, round 29
           after the round-30 first measurement, round 30 after the round-31 first
           measurement, round 31 after the round-32 first measurement, round 32 after the round-33
           first measurement, round 33 after the round-34 first measurement,
           round 34 after the round-35 first measurement,
           round 35 after the round-36 first measurement,
           round 36 after the round-37 first measurement,
           round 37 after the round-38 first measurement,
           round 38 after the round-39 first measurement,
           round 39 after the round-40 first measurement,
           round 40 after the round-41 first measurement,
           round 41 after the round-42 first measurement,
           round 42 after the round-43 first measurement), and the elliptic
           variant of each of those questions
           (``elliptic_variants``: "What is your greatest weakness?" -> "Greatest weakness?",
           made by analysis/question_features.elliptic from the parse, so the model also
           learns questions of a word or two; weighted
           ELLIPTIC_WEIGHT; never one two families share). benchmarks/family_loro.py measures
           the recipe leaving each round out, the variants of the round left out dropped too
           (see its doc for each round);
    validation: leave one round out over every round of FAMILY_ROUNDS (benchmarks/family_loro.py);
    held out, never read here: round 43 and any later round, measured with
           benchmarks/family_detection.py --file (round 28: 0.775 with the model trained on
           rounds 1-18, its first measurement; 0.825, 10 unsure, with rounds 19-27 joined;
           round 29: 0.825 first, 0.850 with round 28 joined; round 30: 0.842 first;
           round 31: 0.917 first; round 32: 0.867 first; round 33: 0.892 first;
           round 34: 0.908 first; round 35: 0.933 first;
           round 36: 0.942 first; round 37: 0.950 first; round 38: 0.917 first;
           round 39: 0.958 first; round 40: 0.958 first; round 41: 0.967 first;
           round 42: 0.717 first).
  The "unsure" threshold is the highest top-class probability that costs at most
  UNSURE_COST of top-1 accuracy (an unsure question counts as wrong); below it the analyser
  says "family: unsure" and applies the general rules only. By default it is chosen on
  cross-validated probabilities; the model shipped takes it from held-out rounds instead
  (``--threshold``, or benchmarks/family_loro.py --sweep-from --save-threshold on the
  probabilities of rounds left out of training: 0.27 on rounds 9 and 1, 274 questions). A
  detected family (sure) still never raises a family-specific finding above medium severity
  (analyse.py softens them).
  The model's probabilities are blended with the vote of the labelled questions nearest in
  meaning (analysis/family_neighbours.py): the whole-question embedding of every question of the
  same training split, shipped as family_neighbours.npz with FAMILY_NEIGHBOURS (k, temperature,
  blend and the unsure threshold of the blend, which then replaces the model's), as chosen by
  benchmarks/family_loro.py --blend-from leaving each round out. ``family-neighbours`` rebuilds
  that file alone (no fit).

flaws — which sentences of an answer show one of the flaws a coach hears in a sentence
  (badmouthing, blame, a job complaint, defensiveness, unethical conduct told as a win, hedging,
  overclaiming, self-praise, oversharing, a vague goal, "I would"/"I always" where an example was
  asked, a weakness accepted with no plan, a dodged salary figure, a story told only in "the team
  did", a story closed with no outcome), from the sentence's embedding, its hashed words and its
  parse facts (analysis/sentence_features.py: who is the subject, modal, conditional, negated,
  habitual, tense, VADER negative and positive words, a number; per clause, a third party denied
  an act, judged, failing or ranked in a comparison, winked at in an aside or wanting ("could be
  quicker"), the speaker judged, acting around someone, disputing what was put to them or the one
  nothing happens without, nobody acting, a third party judged deep in its predicate, the
  listener under "if", and four facts held together; a relative pronoun read as its noun; and
  the answer's facts: an action told, a result told, the closing
  sentence). The last four
  flaws are flaws of the whole answer: their rules (content/rules/meaning.yaml) hear them in a
  sentence only when the answer lacks what would answer them (a figure, an own action, a result).
  A training sentence stands alone, so its answer's facts are left at zero.
  Data (the split):
    train: the labelled sentences in benchmarks/data/training/flaw_sentences_*.jsonl (written
           for training, with near misses) and every sentence of the measured answer
           rounds, now development data (FLAW_ROUNDS: round 1 = benchmarks/blind/answers_{a,b,c}.jsonl,
           round 2 = round2/answers_{d,e,f}, round 3 = round3/answers_{g,h}, round 4 =
           round4/answers_{i,j}, round 5 = round5/answers_k, round 6 = round6/answers_{l,m},
           round 7 = round7/answers_{n,o}, round 8 = round8/answers_{p,q}, round 9 =
           round9/answers_{r,s}, round 10 = round10/answers_{t,u}, round 11 =
           round11/answers_{v,w}, round 12 = round12/answers_{x,y}, round 13 =
           round13/answers_{z,aa}; each added after it was measured held out as a validation
           round, its texts never read): a sentence
           overlapping a writer's quote of a flaw is that flaw, every other sentence "none".
           Every text is read as the analyser reads it (``as_judged``): a transcript without its
           fillers and restarts (analysis/disfluency.py), its sentences labelled by the quotes
           mapped onto the words as said;
    measured: benchmarks/flaw_loro.py trains the same recipe ten times, each time without one
           round, and measures the whole analyser on the round left out (leave-one-round-out);
           the per-flaw thresholds (FLAW_THRESHOLDS) were chosen there, on the pooled
           out-of-round figures (rounds 1-8 for the figure on round 9; every round for the
           thresholds shipped, see FLAW_THRESHOLDS), and ship inside the model. The model
           shipped is trained on rounds 1-13 (round 13 added at the end of the session that
           validated on it, after its aggregate figures were measured with it held out, so
           round 13 figures of this model are in-sample from then on); its thresholds are still
           those chosen on rounds 1-10;
    held out, never read here: any later round.

answer-flaws — which whole answers show a flaw (ANSWER_FLAWS: a weakness with no step in any
  tense, goals with nothing to measure them by, a story with no result, and flaws a sentence may
  show only in part: pushback on a challenge, hedging spread over the answer, a salary figure
  dodged), and, for the flaws in ANSWER_FLOORS, the floor every finding of a rule naming the flaw
  must clear: the probability that the whole answer shows it (one decision per flaw from the
  sentence model, the parse rules and the whole answer; the rule engine drops a finding below
  it, ``sensed.answer_agrees``). Read by analysis/answer_flaws.py from a summary of the answer:
  the question's family as resolved, the sentence model's probabilities (highest and mean), the
  parse facts (highest and mean) and the answer's facts, how close the sentences stay to the
  question, the length. One logistic regression per flaw (ANSWER_DECAY, ANSWER_STEPS; positives
  weigh a third of the negatives), the scaling folded into the weights, shipped as
  answer_flaw_model.npz with its thresholds, floors and the rules each floor governs. A flaw
  heard in the whole answer is quoted by its meaning.* rule (``sensed.sensed_flaw``: the
  sentence that shows it most), behind the same gates as the sentence path (pushback only in
  reply to a challenge and not after a grant, a salary dodge only when no pay figure is given).
  Data (the split): every answer of ANSWER_ROUNDS (rounds 1-42), analysed as
  benchmarks/blind_answers.py does, each round with the sentence probabilities of the sentence
  model as it is on text it never saw: trained (the flaw_loro recipe, judging with the shipped
  thresholds and parse gates; cached with --cache) on the rounds the shipped sentence model
  learns from (FLAW_ROUNDS, 1-13) but that round, and for rounds 14-42, which the sentence model
  never learns from, on all of them, as the product reads a new answer; an answer shows a flaw
  when its writer labelled it so. The rows and the rules fired are read with no answer-level
  model in place, so the rebuild does not depend on the model shipped before (``--check``
  compares byte for byte).
    measured: leave-one-round-out over ANSWER_ROUNDS; each flaw's threshold (ANSWER_PRECISION:
           the best F1 at precision >= 0.90) and floor (``answer_floor``: the floor that drops
           the most false findings net of true ones, at least FLOOR_MARGIN, among the answers
           any rule of the flaw names, as listed in benchmarks/data/flaw_map.yaml) are chosen on
           those held-out probabilities and printed with their held-out figure. A rule whose own
           flag example a floor would silence is left out of what the floor governs
           (``keeping_examples``). The whole analyser with this recipe, each of rounds 12-19
           left out of the answer model's training (its thresholds and floors chosen again on
           the other rounds) and read with the sentence model it would meet (blind_answers.py
           counts, rounds 12-19 pooled): flaw recall 0.71 (542/766) -> 0.71 (547/766) at
           precision 0.84 (542/642) -> 0.88 (547/619) against the recipe trained on rounds 1-11
           at precision 0.85; pairwise 309 -> 311 of 320, weak >= 85 1/320 both, strong with a
           high finding 8/320 -> 6/320.
           Round 20 added (the model shipped learns from rounds 1-20), the same measurement on
           rounds 12-20 pooled, each left out: flaw recall 0.71 (619/869) at precision 0.88
           (619/703) with the rules as they were -> 0.72 (623/869) at 0.88 (623/706) with the
           own-part and question readings of rules/code.py and analysis/asked.py (no_own_action
           34/48 at 35 -> 38/48 at 40, off_topic 22/45 at 29 -> 22/45 at 27, no_result 30/85
           at 33 unchanged); pairwise 351/360, weak >= 85 1/360 and strong with a high finding
           9/360 unchanged.
           Round 12 was the validation round of the first recipe (trained on rounds 1-11,
           aggregate only): flaw precision 0.74 -> 0.79 (66/89 -> 66/84) at recall 0.65
           unchanged; pairwise 0.93, weak >= 85 0/40 and strong with a high finding 3/40
           unchanged.
    held out, never read here: any later round.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from poise.analysis import (
    answer_flaws,
    disfluency,
    family_neighbours,
    learned,
    nlp,
    question_features,
    sentence_features,
)
from poise.analysis.text import MAX_ANALYSED_WORDS, offset_of_word, parse
from poise.content.loader import knowledge_base

ROOT = Path(__file__).resolve().parent.parent
FAMILY_TRAINING = ROOT / "benchmarks" / "data" / "training" / "family_questions_train.jsonl"
FAMILY_EXTRA = ROOT / "benchmarks" / "data" / "training" / "family_questions_extra.jsonl"
"""More questions written for training, for the families the rounds confused most (projective,
role understanding, external resources, innovation, competency cases, stress resistance)."""
FAMILY_FOCUS = ROOT / "benchmarks" / "data" / "training" / "family_questions_focus.jsonl"
"""Questions written for training after round 13, for the pairs rounds 11-13 confused (whose
development: one's own or the team's; why this job against what it takes; a past example against
a case put now; delegation as a style against managing people; strategy carried into practice)."""
FAMILY_PAIRS = ROOT / "benchmarks" / "data" / "training" / "family_questions_pairs.jsonl"
"""Questions written for training after round 18, for the neighbours rounds 10-18 confused and the
shapes they were asked in (staying composed against a weakness or a case put now, a style against
managing people, a whole question of one or two words, a scene about the company or a question
asked for someone else before the question proper). Written afresh: no wording of a round."""
FAMILY_NEIGHBOURS_WRITTEN = ROOT / "benchmarks" / "data" / "training" / "family_questions_neighbours.jsonl"
"""Questions written for training after round 30, for the neighbours rounds 20-30 confused left out:
a result, one's own growth or a shortcoming put as a challenge (against composure), the first days
and the first year in the post (against a case put now), how closely one oversees the team
(against managing people), a change that stuck (against a result), and questions that lean on the
sentence before them. Written afresh: no wording of a round."""
FAMILY_STEPS = 200
FAMILY_RATE = 0.02
"""The family fit steps with Adam (``learned.fit(adam=True)``) at this step size, in a fifth of
the time of the 1000 steps of plain gradient descent the recipe took before round 19 (so that
every round can be left out in turn in one session; the figures of both readings of a question
in benchmarks/family_loro.py are taken with Adam)."""
FAMILY_DECAYS = (1e-4,)
FAMILY_ROUNDS: dict[str, Path] = {
    "1": ROOT / "benchmarks" / "blind" / "family_questions.jsonl",
    **{name: ROOT / "benchmarks" / "blind" / f"round{name}" / "family_questions.jsonl"
       for name in ("2", "4", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
                    "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31",
                    "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42")},
}
"""The measured rounds of paraphrased questions (development data since their first measurement)."""
FAMILY_MODEL = "family_model.npz"
ELLIPTIC_WEIGHT = 0.5
"""The weight in the fit of each elliptic variant (``elliptic_variants``) against 1 for a
question as written."""
NEIGHBOUR_GRID: tuple[tuple[int, float, float], ...] = tuple(
    (k, temperature, share) for k in (3, 5, 10, 20) for temperature in (10.0, 20.0, 40.0)
    for share in (0.0, 0.2, 0.35, 0.5, 0.65, 0.8))
"""The settings of the nearest questions' vote (k, temperature, blend) that benchmarks/family_loro.py
--blend-from chooses among, leaving each round out."""
FAMILY_NEIGHBOURS = {"k": 5, "temperature": 20.0, "blend": 0.35, "threshold": 0.42}
"""The vote shipped with the family model (analysis/family_neighbours.py). k and temperature as
chosen on rounds 1-10 by benchmarks/family_loro.py --blend-from; the blend and the unsure
threshold chosen again after round 18 on every round 1-18 left out (the rule of
``threshold_from``; each round's own choice, made on the other rounds, took blend 0.35 too)."""
FLAW_MODEL = "flaw_model.npz"
SENTENCE_FLAWS = ("badmouthing", "blame", "job_complaint", "defensive", "unethical", "hedging",
                  "overclaiming", "self_praise", "oversharing", "vague_goals", "hypothetical",
                  "weakness_no_plan", "salary_evasive", "no_own_action", "no_result")
FLAW_LABELS = ("none", *SENTENCE_FLAWS)
FLAW_SENTENCES = sorted((ROOT / "benchmarks" / "data" / "training").glob("flaw_sentences_*.jsonl"))
BLIND = ROOT / "benchmarks" / "blind"
ROUND_FILES: dict[str, tuple[Path, ...]] = {
    "1": tuple(BLIND / f"answers_{name}.jsonl" for name in "abc"),
    "2": tuple(BLIND / "round2" / f"answers_{name}.jsonl" for name in "def"),
    "3": tuple(BLIND / "round3" / f"answers_{name}.jsonl" for name in "gh"),
    "4": tuple(BLIND / "round4" / f"answers_{name}.jsonl" for name in "ij"),
    "5": (BLIND / "round5" / "answers_k.jsonl",),
    "6": tuple(BLIND / "round6" / f"answers_{name}.jsonl" for name in "lm"),
    "7": tuple(BLIND / "round7" / f"answers_{name}.jsonl" for name in "no"),
    "8": tuple(BLIND / "round8" / f"answers_{name}.jsonl" for name in "pq"),
    "9": tuple(BLIND / "round9" / f"answers_{name}.jsonl" for name in "rs"),
    "10": tuple(BLIND / "round10" / f"answers_{name}.jsonl" for name in "tu"),
    "11": tuple(BLIND / "round11" / f"answers_{name}.jsonl" for name in "vw"),
    "12": tuple(BLIND / "round12" / f"answers_{name}.jsonl" for name in "xy"),
    "13": tuple(BLIND / "round13" / f"answers_{name}.jsonl" for name in ("z", "aa")),
    "14": tuple(BLIND / "round14" / f"answers_{name}.jsonl" for name in ("ab", "ac")),
    "15": tuple(BLIND / "round15" / f"answers_{name}.jsonl" for name in ("ad", "ae")),
    "16": tuple(BLIND / "round16" / f"answers_{name}.jsonl" for name in ("af", "ag")),
    "17": tuple(BLIND / "round17" / f"answers_{name}.jsonl" for name in ("ah", "ai")),
    "18": tuple(BLIND / "round18" / f"answers_{name}.jsonl" for name in ("aj", "ak")),
    "19": tuple(BLIND / "round19" / f"answers_{name}.jsonl" for name in ("al", "am")),
    "20": tuple(BLIND / "round20" / f"answers_{name}.jsonl" for name in ("an", "ao")),
    "21": tuple(BLIND / "round21" / f"answers_{name}.jsonl" for name in ("ap", "aq")),
    "22": tuple(BLIND / "round22" / f"answers_{name}.jsonl" for name in ("ar", "as")),
    "23": tuple(BLIND / "round23" / f"answers_{name}.jsonl" for name in ("at", "au")),
    "24": tuple(BLIND / "round24" / f"answers_{name}.jsonl" for name in ("av", "aw")),
    "25": tuple(BLIND / "round25" / f"answers_{name}.jsonl" for name in ("ax", "ay")),
    "26": tuple(BLIND / "round26" / f"answers_{name}.jsonl" for name in ("az", "ba")),
    "27": tuple(BLIND / "round27" / f"answers_{name}.jsonl" for name in ("bb", "bc")),
    "28": tuple(BLIND / "round28" / f"answers_{name}.jsonl" for name in ("bd", "be")),
    "29": tuple(BLIND / "round29" / f"answers_{name}.jsonl" for name in ("bf", "bg")),
    "30": tuple(BLIND / "round30" / f"answers_{name}.jsonl" for name in ("bh", "bi")),
    "31": tuple(BLIND / "round31" / f"answers_{name}.jsonl" for name in ("bj", "bk")),
    "32": tuple(BLIND / "round32" / f"answers_{name}.jsonl" for name in ("bl", "bm")),
    "33": tuple(BLIND / "round33" / f"answers_{name}.jsonl" for name in ("bn", "bo")),
    "34": tuple(BLIND / "round34" / f"answers_{name}.jsonl" for name in ("bp", "bq")),
    "35": tuple(BLIND / "round35" / f"answers_{name}.jsonl" for name in ("br", "bs")),
    "36": tuple(BLIND / "round36" / f"answers_{name}.jsonl" for name in ("bt", "bu")),
    "37": tuple(BLIND / "round37" / f"answers_{name}.jsonl" for name in ("bv", "bw")),
    "38": tuple(BLIND / "round38" / f"answers_{name}.jsonl" for name in ("bx", "by")),
    "39": tuple(BLIND / "round39" / f"answers_{name}.jsonl" for name in ("bz", "ca")),
    "40": tuple(BLIND / "round40" / f"answers_{name}.jsonl" for name in ("cb", "cc")),
    "41": tuple(BLIND / "round41" / f"answers_{name}.jsonl" for name in ("cd", "ce")),
    "42": tuple(BLIND / "round42" / f"answers_{name}.jsonl" for name in ("cf", "cg")),
}
"""Every measured round of labelled answers (development data since its first measurement)."""
FLAW_ROUNDS: dict[str, tuple[Path, ...]] = {name: ROUND_FILES[name] for name in (
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13")}
"""The rounds the sentence model (``flaws``) learns from."""
ANSWER_ROUNDS: dict[str, tuple[Path, ...]] = dict(ROUND_FILES)
"""The rounds the answer-level model (``answer-flaws``) learns from: each with the sentence
probabilities of a sentence model trained on the others and the training sentences."""
CORPUS_VERSION = 4
FLAW_THRESHOLD = 0.7
BOW_DIMS = 4096
FLAW_DECAY = 1e-4
FLAW_THRESHOLDS: dict[str, float] = {
    "badmouthing": 0.75, "blame": 0.75, "job_complaint": 0.8, "defensive": 0.7, "hedging": 0.45,
    "overclaiming": 0.65, "self_praise": 0.6, "oversharing": 0.55, "vague_goals": 0.7,
    "weakness_no_plan": 0.75, "salary_evasive": 0.45, "no_own_action": 0.45, "no_result": 0.55,
    "unethical": 0.5, "hypothetical": 1.01,
}
"""Per flaw, the probability from which its rule quotes a sentence: chosen by
``benchmarks/flaw_loro.py --choose --save`` on the pooled leave-one-round-out answers (among
thresholds at answer-level precision >= 0.85 the best F1, else the most precise). The choice
reads rounds 1-9 and is measured on round 10, which it never saw (round 10 alone, answer level:
unethical 2/3 at precision 2/3, overclaiming 4/6 at 4/5, vague_goals 6/10 at 6/7, weakness_no_plan
2/4 at 2/2, self_praise 2/4 at 2/5, badmouthing 4/10 at 4/6); the thresholds shipped are the same
choice made again on every round 1-10 ("chosen again on every round, to ship"), so the next blind
round is the figure that counts. Badmouthing reaches precision 0.85 at no threshold, and the
choice takes the most precise cell, 0.9 (pooled rounds 1-10 recall 0.37, precision 0.79).
Shipped instead, as in round 9: 0.75 (0.48 / 0.78), as precise to a point with eleven points more
recall. Hypothetical (1.01: never) has no model rule (content/rules/meaning.yaml):
structure.no_past_example decides it, and the label stays only as a class the other flaws are
told apart from."""
FLAW_CONFIRM: dict[str, str] = {"no_result": "closes_without_result",
                                "overclaiming": "speaker_subject"}
"""Per flaw, the parse fact (analysis/sentence_features.py NAMES) that must hold in a sentence the
model proposes, chosen with the thresholds among the facts that fit the flaw (flaw_loro.GATES).
The choice on every round 1-10 takes two: a story with actions and no result is heard only in its
closing sentence, and an overclaim only in a sentence with the speaker as a subject (a claim
about oneself, not about the team or the market)."""
UNSURE_COST = 0.025
ANSWER_FLAWS = ("vague_goals", "weakness_no_plan", "no_result", "defensive", "blame")
"""The flaws the answer-level model (analysis/answer_flaws.py) hears in the whole answer (see
``answer-flaws`` in the module doc). Left out: off-topic, whose model learned the question's
family (answers to "what do you know of the role" are often off topic in the rounds) and called
an answer that does answer such a question off topic at 0.99, and reaches precision 0.90 at no
threshold on rounds 1-19; unethical, which found nothing more on round 11 and called its own
rule's example of a disagreement taken to the director openly misconduct; and, tried on rounds
12-19 left out with the whole analyser (rounds 1-19 otherwise), hedging (3 more answers found for
6 more false alarms: the sentence path keeps only sentences with two qualifiers, the whole answer
does not), a job complaint (7 for 12) and a salary dodge (nothing more found: the pay-figure gate,
``analysis/pay_figure.py``, is what opened it)."""
ANSWER_FLOORS = ("vague_goals", "weakness_no_plan", "no_result", "unethical", "hypothetical",
                 "overclaiming", "self_praise", "hedging", "oversharing", "no_own_action",
                 "badmouthing", "blame", "job_complaint", "off_topic")
"""The flaws whose rules (every rule benchmarks/data/flaw_map.yaml names for the flaw) must also
be agreed by the answer-level model: a finding stands only when the model's probability that the
whole answer shows the flaw reaches the flaw's floor (``learned.LinearModel.floors``,
``answer_floor``), chosen on held-out probabilities (leave one round out) of the answers where
any of those rules fired. The floor and the rules it governs ship in the model."""
FLOOR_LADDER = (0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
FLOOR_MARGIN = 2
"""A floor is kept only when it drops at least this many more false findings than true ones."""
ANSWER_DECAY = 0.01
ANSWER_STEPS = 400
ANSWER_PRECISION = 0.90
"""A flaw's threshold is the one with the best F1 among those at which the model alone reaches
this precision on the held-out answers (at least two hits); none when no threshold does."""
ANSWER_LADDER = tuple(round(0.3 + 0.025 * step, 3) for step in range(28))


def family_data(rounds: tuple[Path, ...] | None = None, *,
                extra: bool = True) -> tuple[list[str], list[str]]:
    """(questions, families) of the training split: the bank, the training paraphrases (with
    FAMILY_EXTRA unless ``extra`` is false) and the measured ``rounds`` (all of FAMILY_ROUNDS by
    default)."""
    kb = knowledge_base()
    texts = [question.text for question in kb.questions.values()]
    labels = [question.family for question in kb.questions.values()]
    chosen = tuple(FAMILY_ROUNDS.values()) if rounds is None else rounds
    for source in (FAMILY_TRAINING, *((FAMILY_EXTRA, FAMILY_FOCUS, FAMILY_PAIRS, FAMILY_NEIGHBOURS_WRITTEN)
                                      if extra else ()),
                   *chosen):
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record["question"])
                labels.append(record["family"])
    return texts, labels


def elliptic_variants(texts: list[str], names: list[str]) -> tuple[list[str], list[str], list[int]]:
    """Questions of a word or two made from the labelled ones (``question_features.elliptic``:
    "What is your greatest weakness?" -> "Greatest weakness?"), with their family and the index of
    the question each was made from (so a leave-one-round-out fit drops the variants of the round
    it leaves out). A variant that is already a labelled question, or that questions of different
    families both yield, is left out."""
    written = {" ".join(text.lower().split()) for text in texts}
    made: dict[str, list[tuple[str, int]]] = {}
    for index, (text, name) in enumerate(zip(texts, names, strict=True)):
        variant = question_features.elliptic(parse(text.strip()))
        if variant is not None and " ".join(variant.lower().split()) not in written:
            made.setdefault(variant, []).append((name, index))
    variants: list[str] = []
    families: list[str] = []
    origins: list[int] = []
    for variant, sources in made.items():
        if len({name for name, _ in sources}) != 1:
            continue
        for name, index in sources:
            variants.append(variant)
            families.append(name)
            origins.append(index)
    return variants, families, origins


def family_features(texts: list[str]) -> np.ndarray:
    """The family model's rows for ``texts`` (``analysis/question_features``), as the analyser
    computes them for a question it has to place."""
    stripped = [text.strip() for text in texts]
    parsed = [parse(text) for text in stripped]
    asking = [question_features.asking_text(item, text) for item, text in zip(parsed, stripped, strict=True)]
    vectors = nlp.embed_texts(tuple(dict.fromkeys(stripped + asking)))
    by_text = dict(zip(dict.fromkeys(stripped + asking), vectors, strict=True))
    return np.stack([question_features.features(item, by_text[text], by_text[ask])
                     for item, text, ask in zip(parsed, stripped, asking, strict=True)])


def hashed_block(x: np.ndarray) -> tuple[int, int] | None:
    """The columns of the hashed words and parse items in family rows ``x`` (mostly zeros: fitted
    through their non-zero entries only), None for rows of the embedding alone."""
    hashed = question_features.WORD_DIMS + question_features.PARSE_DIMS
    return (x.shape[1] - hashed, x.shape[1]) if x.shape[1] > hashed else None


def cross_validated(x: np.ndarray, y: np.ndarray, labels: tuple[str, ...], folds: int,
                    decay: float, *, steps: int = FAMILY_STEPS, rate: float = FAMILY_RATE) -> np.ndarray:
    """Out-of-fold class probabilities for every row."""
    rng = np.random.default_rng(7)
    order = rng.permutation(len(y))
    probs = np.zeros((len(y), len(labels)))
    for fold in range(folds):
        test = order[fold::folds]
        train = np.setdiff1d(order, test)
        model = learned.fit(x[train], y[train], labels, fingerprint="", decay=decay, steps=steps,
                            rate=rate, sparse=hashed_block(x), adam=True)
        probs[test] = model.probabilities(x[test])
    return probs


def threshold_from(probs: np.ndarray, y: np.ndarray) -> float:
    """The highest top-class probability below which to say "unsure" that costs at most
    UNSURE_COST of the out-of-fold top-1 accuracy (an unsure question counts as wrong)."""
    top = probs.max(axis=1)
    right = probs.argmax(axis=1) == y
    accuracy = float(right.mean())
    threshold = 0.0
    for candidate in np.arange(0.0, 0.9, 0.01):
        if (right & (top >= candidate)).mean() < accuracy - UNSURE_COST:
            break
        threshold = float(candidate)
    return threshold


def unsure_threshold(x: np.ndarray, y: np.ndarray, labels: tuple[str, ...], *, folds: int,
                     decay: float) -> float:
    """The "unsure" threshold of a family model trained on (x, y) with ``decay``."""
    return threshold_from(cross_validated(x, y, labels, folds, decay), y)


def fit_family(x: np.ndarray, y: np.ndarray, labels: tuple[str, ...], *, fingerprint: str,
               decay: float, weights: np.ndarray | None = None) -> learned.LinearModel:
    """The family model on rows ``x`` (``family_features``), each weighted by ``weights``."""
    return learned.fit(x, y, labels, fingerprint=fingerprint, decay=decay, steps=FAMILY_STEPS,
                       rate=FAMILY_RATE, adam=True, sparse=hashed_block(x), sample_weights=weights)


def with_variants(texts: list[str], names: list[str], x: np.ndarray, labels: tuple[str, ...]
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The rows, classes and weights the family model is fitted on: the labelled questions
    (rows ``x``) and their elliptic variants at ELLIPTIC_WEIGHT."""
    variants, families, _ = elliptic_variants(texts, names)
    rows = np.vstack([x, family_features(variants)]) if variants else x
    y = np.array([labels.index(name) for name in [*names, *families]])
    weights = np.concatenate([np.ones(len(texts)), np.full(len(variants), ELLIPTIC_WEIGHT)])
    return rows, y, weights


def save_neighbours(x: np.ndarray, y: np.ndarray, labels: tuple[str, ...], *,
                    path: Path | None = None) -> None:
    """Ship the labelled questions that vote with the family model: the whole-question embedding
    of every question of the training split (the first columns of ``family_features``) with its
    family, and the vote's settings (FAMILY_NEIGHBOURS)."""
    dimension = nlp.embedder().dimension
    neighbours = family_neighbours.Neighbours(
        labels, np.ascontiguousarray(x[:, :dimension]), y, nlp.embedding_fingerprint(),
        k=int(FAMILY_NEIGHBOURS["k"]), temperature=float(FAMILY_NEIGHBOURS["temperature"]),
        blend=float(FAMILY_NEIGHBOURS["blend"]), threshold=float(FAMILY_NEIGHBOURS["threshold"]))
    path = path or learned.shipped_path(family_neighbours.NEIGHBOURS_FILE)
    neighbours.save(path)
    print(f"wrote {path.name} ({len(y)} questions, k={neighbours.k}, "
          f"blend={neighbours.blend:g}, unsure below p={neighbours.threshold:.2f})")


def train_family(folds: int, threshold: float | None = None, *, folder: Path | None = None) -> None:
    """Fit and ship the family model (into ``folder`` instead when given); its "unsure" threshold
    from cross-validation, or ``threshold`` when given (chosen on the out-of-round probabilities
    of benchmarks/family_loro.py --sweep-from, which can also write it into a shipped model)."""
    texts, names = family_data()
    labels = tuple(sorted(set(names)))
    y = np.array([labels.index(name) for name in names])
    x = family_features(texts)
    rows, targets, weights = with_variants(texts, names, x, labels)
    if threshold is not None:
        model = fit_family(rows, targets, labels, fingerprint=nlp.embedding_fingerprint(),
                           decay=FAMILY_DECAYS[0], weights=weights)
        model = learned.LinearModel(model.labels, model.weights, model.bias, model.fingerprint, threshold)
        path = folder / FAMILY_MODEL if folder else learned.shipped_path(FAMILY_MODEL)
        model.save(path)
        print(f"wrote {path.name} ({len(texts)} questions, {len(labels)} families, "
              f"unsure below p={threshold:.2f})")
        save_neighbours(x, y, labels, path=folder / family_neighbours.NEIGHBOURS_FILE if folder else None)
        return
    best = None
    for decay in FAMILY_DECAYS:
        probs = cross_validated(x, y, labels, folds, decay)
        accuracy = float((probs.argmax(axis=1) == y).mean())
        print(f"decay {decay:g}: cross-validated top-1 {accuracy:.3f}")
        if best is None or accuracy > best[0]:
            best = (accuracy, decay, probs)
    assert best is not None
    accuracy, decay, probs = best
    threshold = threshold_from(probs, y)
    top = probs.max(axis=1)
    right = probs.argmax(axis=1) == y
    kept = top >= threshold
    print(f"chosen decay {decay:g}; unsure below p={threshold:.2f}: keeps {kept.mean():.0%} at "
          f"accuracy {right[kept].mean():.3f}")
    model = fit_family(rows, targets, labels, fingerprint=nlp.embedding_fingerprint(), decay=decay,
                       weights=weights)
    model = learned.LinearModel(model.labels, model.weights, model.bias, model.fingerprint, threshold)
    path = learned.shipped_path(FAMILY_MODEL)
    model.save(path)
    print(f"wrote {path.relative_to(ROOT)} ({len(texts)} questions, {len(labels)} families)")
    save_neighbours(x, y, labels)


def check_family() -> None:
    """Rebuild the family model (with the unsure threshold it ships) and the neighbours' vote into a
    scratch folder and compare both byte for byte with the files shipped."""
    import tempfile

    shipped = learned.read(learned.shipped_path(FAMILY_MODEL), nlp.embedding_fingerprint())
    if shipped is None:
        sys.exit(f"{FAMILY_MODEL}: no shipped model for this embedding model")
    differs = []
    with tempfile.TemporaryDirectory() as folder:
        train_family(0, shipped.threshold, folder=Path(folder))
        for name in (FAMILY_MODEL, family_neighbours.NEIGHBOURS_FILE):
            same = (Path(folder) / name).read_bytes() == learned.shipped_path(name).read_bytes()
            print(f"{name}: {'rebuilds byte for byte' if same else 'DIFFERS from its rebuild'}")
            differs += [] if same else [name]
    if differs:
        sys.exit(1)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class FlawCorpus:
    """Every labelled sentence, with what the flaw model reads of it and where it came from."""

    texts: list[str]
    targets: np.ndarray
    """Each row's class index into ``FLAW_LABELS``."""
    sources: np.ndarray
    """"dev" (the training sentences) or the round ("1".."5") of the answer it was cut from."""
    kinds: np.ndarray
    """"dev", "quote" (overlaps a writer's quote of a flaw), "strong" (a sentence of a strong
    answer) or "other" (an unquoted sentence of a weak or flawed answer)."""
    embeddings: np.ndarray
    parse: np.ndarray

    def rows(self, *, leave_out: str | None = None, negatives: str = "all") -> np.ndarray:
        """The training rows: every source but ``leave_out``; with ``negatives="strong"`` an
        answer's unquoted sentences count as "none" only when the answer is a strong one."""
        keep = self.sources != (leave_out or "")
        if negatives == "strong":
            keep &= self.kinds != "other"
        return np.flatnonzero(keep)


def as_judged(texts: list[str]) -> tuple[list, list[disfluency.Cleaned]]:
    """Each text parsed as the analyser judges it (``analyse.without_disfluencies``: a transcript
    without its fillers and restarts, up to the analyser's word limit), and its cleaning, which
    maps the judged text back to the words as written."""
    from poise.analysis.analyse import without_disfluencies
    from poise.analysis.text import parse_many

    limits: list[int | None] = [offset_of_word(text, MAX_ANALYSED_WORDS) for text in texts]
    return without_disfluencies(texts, parse_many(texts, limits))


def _answer_rows(record: dict, sentences: tuple,
                 cleaned: disfluency.Cleaned | None = None) -> list[tuple[str, str, str]]:
    """(sentence, label, kind) for each sentence of a labelled answer, as the analyser reads it:
    the sentences of the judged text (``cleaned.text`` for a transcript), each labelled with the
    flaw of a writer's quote that overlaps the words it stands for in the answer as written."""
    answer = record["answer"]
    quotes = [(answer.find(flaw["quote"]), len(flaw["quote"]), flaw["flaw"])
              for flaw in record.get("flaws", []) if flaw["flaw"] in SENTENCE_FLAWS]
    rows = []
    for sent in sentences:
        label, kind = "none", "strong" if record.get("label") == "strong" else "other"
        start, end = cleaned.span(sent.start, sent.end) if cleaned is not None \
            else (sent.start, sent.end)
        for begin, length, flaw in quotes:
            if begin >= 0 and begin < end and begin + length > start:
                label, kind = flaw, "quote"
        rows.append((sent.text, label, kind))
    return rows


def flaw_corpus(rounds: dict[str, tuple[Path, ...]] | None = None, *,
                cache: Path | None = None) -> FlawCorpus:
    """The training sentences and the sentences of every round's answers (see the module doc),
    embedded and parsed; kept in ``cache`` (a folder) keyed by the data and the models."""
    rounds = FLAW_ROUNDS if rounds is None else rounds
    key = hashlib.sha256()
    key.update(f"{nlp.embedding_fingerprint()}|{sentence_features.NAMES}|{CORPUS_VERSION}".encode())
    for path in (*FLAW_SENTENCES, *(path for paths in rounds.values() for path in paths)):
        key.update(path.read_bytes())
    cached = cache / f"flaw-corpus-{key.hexdigest()[:16]}.npz" if cache else None
    if cached is not None and cached.exists():
        with np.load(cached, allow_pickle=False) as data:
            return FlawCorpus([str(text) for text in data["texts"]], data["targets"],
                              data["sources"].astype(str), data["kinds"].astype(str),
                              data["embeddings"], data["parse"])
    texts: list[str] = []
    labels: list[str] = []
    sources: list[str] = []
    kinds: list[str] = []
    parse_rows: list[np.ndarray] = []
    dev = [record for path in FLAW_SENTENCES for record in _records(path)]
    dev_texts = [record["sentence"] for record in dev]
    judged, cleaned = as_judged(dev_texts)
    for record, analysed, clean in zip(dev, judged, cleaned, strict=True):
        texts.append(clean.text.strip())
        labels.append(record["label"])
        sources.append("dev")
        kinds.append("dev")
        matrix = sentence_features.parse_matrix(analysed.sentences)
        row = matrix.max(axis=0) if len(matrix) else np.zeros(sentence_features.DIMS,
                                                               dtype=np.float32)
        row[sentence_features.ROW_DIMS:] = 0.0  # a sentence alone tells nothing of its answer
        parse_rows.append(row)
    for name, paths in rounds.items():
        records = [record for path in paths for record in _records(path)]
        answers = [record["answer"] for record in records]
        judged, cleaned = as_judged(answers)
        for record, analysed, clean in zip(records, judged, cleaned, strict=True):
            matrix = sentence_features.parse_matrix(analysed.sentences)
            for row, (text, label, kind) in enumerate(_answer_rows(record, analysed.sentences,
                                                                   clean)):
                texts.append(text)
                labels.append(label)
                sources.append(name)
                kinds.append(kind)
                parse_rows.append(matrix[row])
    corpus = FlawCorpus(texts, np.array([FLAW_LABELS.index(label) for label in labels]),
                        np.array(sources), np.array(kinds), nlp.embedder().embed(texts),
                        np.stack(parse_rows).astype(np.float32))
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(cached, texts=np.array(corpus.texts), targets=corpus.targets,
                            sources=corpus.sources, kinds=corpus.kinds,
                            embeddings=corpus.embeddings, parse=corpus.parse)
    return corpus


@dataclass(frozen=True)
class FlawRecipe:
    """How the flaw model is trained: what it reads and how the classes are weighed."""

    bow: bool = True
    parse: bool = True
    negatives: str = "all"
    flaw_share: float = 1 / 3
    """Each flaw weighs in total as much as this share of the "none" sentences, so the rare
    flaws are not drowned by the many ordinary sentences."""
    decay: float = FLAW_DECAY
    steps: int = 300
    rate: float = 0.02


FLAW_RECIPE = FlawRecipe()


def train_flaw_model(corpus: FlawCorpus, rows: np.ndarray, recipe: FlawRecipe,
                     thresholds: dict[str, float] | None = None,
                     confirm: dict[str, str] | None = None) -> learned.LinearModel:
    """A flaw model trained on ``rows`` of ``corpus``; ``thresholds`` and the parse facts that
    ``confirm`` a flaw ship with it."""
    texts = [corpus.texts[row] for row in rows]
    y = corpus.targets[rows]
    probe = learned.LinearModel(FLAW_LABELS, np.zeros((1, 1)), np.zeros(1), "",
                                bow_dims=BOW_DIMS if recipe.bow else 0,
                                parse_dims=sentence_features.DIMS if recipe.parse else 0)
    x = probe.features(texts, corpus.embeddings[rows], corpus.parse[rows] if recipe.parse else None)
    counts = np.bincount(y, minlength=len(FLAW_LABELS)).astype(np.float64)
    per_class = np.where(np.arange(len(FLAW_LABELS)) == 0, 1.0,
                         counts[0] * recipe.flaw_share / np.maximum(counts, 1))
    width = corpus.embeddings.shape[1]
    model = learned.fit(x, y, FLAW_LABELS, fingerprint=nlp.embedding_fingerprint(),
                        decay=recipe.decay, steps=recipe.steps, rate=recipe.rate,
                        sample_weights=per_class[y], adam=True,
                        sparse=(width, width + BOW_DIMS) if recipe.bow else None)
    given = thresholds or {}
    return learned.LinearModel(
        model.labels, model.weights, model.bias, model.fingerprint, FLAW_THRESHOLD,
        bow_dims=probe.bow_dims, parse_dims=probe.parse_dims,
        thresholds=tuple(float(given.get(label, FLAW_THRESHOLD)) for label in FLAW_LABELS),
        confirm=tuple((confirm or {}).get(label, "") for label in FLAW_LABELS),
    )


def train_flaws(cache: Path | None) -> None:
    corpus = flaw_corpus(cache=cache)
    rows = corpus.rows(negatives=FLAW_RECIPE.negatives)
    print(f"{len(rows)} sentences, {int((corpus.targets[rows] > 0).sum())} showing a flaw")
    model = train_flaw_model(corpus, rows, FLAW_RECIPE, FLAW_THRESHOLDS, FLAW_CONFIRM)
    path = learned.shipped_path(FLAW_MODEL)
    model.save(path)
    print(f"wrote {path.relative_to(ROOT)}")


def _sentence_model_without(corpus: FlawCorpus, name: str, cache: Path | None,
                            rounds: dict[str, tuple[Path, ...]] | None = None) -> learned.LinearModel:
    """The sentence flaw model trained on every source of ``rounds`` (FLAW_ROUNDS) but round
    ``name`` (kept in ``cache`` under the key benchmarks/flaw_loro.py uses, so either reuses the
    other's models)."""
    recipe = FLAW_RECIPE
    rows = corpus.rows(leave_out=name, negatives=recipe.negatives)
    rows = rows[np.isin(corpus.sources[rows], [*(FLAW_ROUNDS if rounds is None else rounds), "dev"])]
    key = hashlib.sha256(f"{recipe}|{corpus.targets.sum()}|{len(corpus.texts)}|"
                         f"{sentence_features.NAMES}|".encode() + rows.tobytes()).hexdigest()[:16]
    kept = cache / f"loro-model-{key}.npz" if cache else None
    if kept is not None and kept.exists():
        loaded = learned.read(kept, nlp.embedding_fingerprint())
        if loaded is not None:
            return loaded
    model = train_flaw_model(corpus, rows, recipe)
    if kept is not None:
        model.save(kept)
    return model


def answer_rows(cache: Path | None) -> tuple[np.ndarray, list[set[str]], np.ndarray,
                                             list[frozenset[str]]]:
    """(rows, each answer's labelled flaws, each answer's round, the rules that fired on it)
    for every answer of every
    round in FLAW_ROUNDS: the analyser runs on the round's answers as blind_answers.py runs it,
    with the sentence model trained without that round in place of the shipped one, and the
    answer's row (``answer_flaws.features``) is read from what its rules are given."""
    import importlib

    from poise.analysis import AnalysisContext, analyse
    from poise.analysis.rules import sensed

    pipeline = importlib.import_module("poise.analysis.analyse")
    corpus = flaw_corpus(ANSWER_ROUNDS, cache=cache)
    families = tuple(sorted(knowledge_base().families))
    seen: list = []
    original = pipeline.run_rules
    shipped_model = sensed.flaw_model

    def remember(rules, data, **options):  # type: ignore[no-untyped-def]
        if data.answer.sentences:
            seen.append(data)
        return original(rules, data, **options)

    rows: list[np.ndarray] = []
    labels: list[set[str]] = []
    rounds: list[str] = []
    fired: list[frozenset[str]] = []
    phases = {"answer": "answer", "concern": "concern_reply"}
    pipeline.run_rules = remember
    shipped_answers = answer_flaws.answer_model
    # the rules fire as they would without any answer-level model: the rows, the rules fired and
    # so the model rebuilt do not depend on the model shipped before
    answer_flaws.answer_model = lambda fingerprint: None  # type: ignore[assignment]
    try:
        for name, paths in ANSWER_ROUNDS.items():
            # the rules judge with the thresholds and parse gates shipped, as in the product
            # the sentence model as it is on text it never saw: trained on the rounds the
            # shipped one learns from (FLAW_ROUNDS) but this one; a round it never learns from
            # gets the model trained on all of them, as the product reads a new answer
            model = replace(
                _sentence_model_without(corpus, name, cache, FLAW_ROUNDS),
                thresholds=tuple(float(FLAW_THRESHOLDS.get(label, FLAW_THRESHOLD))
                                 for label in FLAW_LABELS),
                confirm=tuple(FLAW_CONFIRM.get(label, "") for label in FLAW_LABELS))
            sensed.flaw_model = lambda fingerprint, chosen=model: chosen  # type: ignore[assignment]
            for record in (item for path in paths for item in _records(path)):
                seen.clear()
                context = AnalysisContext(
                    family=None, phase=phases.get(record.get("phase", "answer"), "answer"),
                    interview_format="stress" if record.get("format") == "stress" else None)
                report = analyse(record["question"], record["answer"], context=context)
                if not seen:
                    continue
                data = seen[-1]
                found = sensed.sentence_probabilities(data)
                assert found is not None
                question = record["question"].strip()
                rows.append(answer_flaws.features(
                    family=data.family.id if data.family is not None else None,
                    families=families, probabilities=found[1], facts=sensed.parse_facts(data),
                    question_sims=data.question_sims, answer_sim=data.answer_sim,
                    question=nlp.embed_texts((question,))[0],
                    sentence_embeddings=data.answer.sentence_embeddings,
                    centroid=data.answer.centroid, words=data.answer.words))
                labels.append({flaw["flaw"] for flaw in record.get("flaws", [])})
                rounds.append(name)
                fired.append(frozenset(report.rules_fired()))
            print(f"round {name}: {len(rows)} answers", flush=True)
    finally:
        pipeline.run_rules = original
        sensed.flaw_model = shipped_model  # type: ignore[assignment]
        answer_flaws.answer_model = shipped_answers  # type: ignore[assignment]
    return np.stack(rows), labels, np.array(rounds), fired


def fit_logistic(x: np.ndarray, y: np.ndarray, *, decay: float = ANSWER_DECAY,
                 steps: int = ANSWER_STEPS) -> tuple[np.ndarray, float]:
    """A logistic regression (Adam, L2 ``decay``) on standardised rows ``x``; the positives
    weigh in total a third of the negatives."""
    count, dims = x.shape
    weight = np.ones(count)
    weight[y == 1] = (count - y.sum()) / max(1.0, y.sum()) / 3
    weight /= weight.sum()
    params = np.zeros(dims + 1)
    moment = np.zeros(dims + 1)
    square = np.zeros(dims + 1)
    with_bias = np.hstack([x, np.ones((count, 1))])
    for step in range(1, steps + 1):
        error = (1 / (1 + np.exp(-(with_bias @ params))) - y) * weight
        grad = with_bias.T @ error
        grad[:-1] += decay * params[:-1]
        moment = 0.9 * moment + 0.1 * grad
        square = 0.999 * square + 0.001 * grad * grad
        params -= 0.02 * (moment / (1 - 0.9**step)) / (np.sqrt(square / (1 - 0.999**step)) + 1e-8)
    return params[:-1], float(params[-1])


def answer_threshold(held: np.ndarray, y: np.ndarray) -> tuple[float, str]:
    """The threshold of ``ANSWER_PRECISION`` (see there) on held-out probabilities, and its
    figure; 1.01 (never) when none qualifies."""
    best: tuple[float, float, str] = (-1.0, 1.01, "no threshold reaches the precision")
    for threshold in ANSWER_LADDER:
        hit = held >= threshold
        right = int((hit & (y == 1)).sum())
        if hit.sum() < 2 or right / hit.sum() < ANSWER_PRECISION:
            continue
        f1 = 2 * right / (hit.sum() + y.sum())
        if f1 > best[0]:
            best = (f1, threshold, f"recall {right / y.sum():.2f} ({right}/{int(y.sum())}), "
                                   f"precision {right / hit.sum():.2f} ({right}/{int(hit.sum())})")
    return best[1], best[2]


def flaw_rules() -> dict[str, frozenset[str]]:
    """Per flaw, the rules that express it (benchmarks/data/flaw_map.yaml)."""
    import yaml

    with (ROOT / "benchmarks" / "data" / "flaw_map.yaml").open() as handle:
        mapped = yaml.safe_load(handle)["flaws"]
    return {flaw: frozenset(rules) for flaw, rules in mapped.items()}


def answer_floor(held: np.ndarray, y: np.ndarray, fired: list[frozenset[str]],
                 rules: frozenset[str]) -> tuple[float, str]:
    """The floor (see ``ANSWER_FLOORS``) for a flaw on held-out probabilities ``held``: among
    the answers where any of its ``rules`` fires, the floor below which dropping their findings
    removes the most false findings net of true ones (at least ``FLOOR_MARGIN`` net); 0.0 when
    none does."""
    named = np.array([bool(item & rules) for item in fired])
    best: tuple[int, float] = (FLOOR_MARGIN - 1, 0.0)
    for floor in FLOOR_LADDER:
        dropped = named & (held < floor)
        net = int((dropped & (y == 0)).sum()) - int((dropped & (y == 1)).sum())
        if net > best[0]:
            best = (net, floor)
    floor = best[1]
    kept = named & (held >= floor)
    figure = (f"answer level, every rule of the flaw: recall {(named & (y == 1)).sum()}/"
              f"{int(y.sum())} -> {(kept & (y == 1)).sum()}/{int(y.sum())}, precision "
              f"{(named & (y == 1)).sum()}/{named.sum()} -> {(kept & (y == 1)).sum()}/{kept.sum()}")
    return floor, figure


def fit_answer_model(x: np.ndarray, labels: list[set[str]], rounds: np.ndarray,
                     fired: list[frozenset[str]], *, keep: np.ndarray | None = None,
                     say: Callable[[str], None] = print) -> learned.LinearModel:
    """The answer-level model fitted on the rows ``keep`` (every row by default) of ``x``: per
    flaw a logistic regression, its threshold and floor chosen on the probabilities of each round
    of those rows left out in turn (see ``answer-flaws`` in the module doc). Its floors govern
    every rule of their flaw (``keeping_examples`` then frees a rule whose example they would
    silence)."""
    keep = np.ones(len(x), dtype=bool) if keep is None else keep
    x, rounds = x[keep], rounds[keep]
    labels = [item for item, kept in zip(labels, keep, strict=True) if kept]
    fired = [item for item, kept in zip(fired, keep, strict=True) if kept]
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-6
    scaled = (x - mean) / spread
    rules = flaw_rules()
    names = tuple(dict.fromkeys((*ANSWER_FLAWS, *ANSWER_FLOORS)))
    weights, biases, thresholds, floors, governs = [], [], [], [], []
    for flaw in names:
        y = np.array([flaw in item for item in labels], dtype=np.float64)
        held = np.zeros(len(y))
        for name in dict.fromkeys(rounds.tolist()):
            train, test = rounds != name, rounds == name
            w, b = fit_logistic(scaled[train], y[train])
            held[test] = 1 / (1 + np.exp(-(scaled[test] @ w + b)))
        threshold, figure = (answer_threshold(held, y) if flaw in ANSWER_FLAWS
                             else (1.01, "not heard alone"))
        say(f"{flaw:17} threshold {threshold:.3f}; rounds left out, model alone: {figure}")
        floor = 0.0
        if flaw in ANSWER_FLOORS:
            floor, figure = answer_floor(held, y, fired, rules.get(flaw, frozenset()))
            say(f"{'':17} floor {floor:.3f}; rounds left out, {figure}")
        governs.append(" ".join(sorted(rules.get(flaw, ()))) if floor > 0.0 else "")
        w, b = fit_logistic(scaled, y)
        weights.append(w / spread)
        biases.append(b - float((w * mean / spread).sum()))
        thresholds.append(threshold)
        floors.append(floor)
    return learned.LinearModel(
        names, np.stack(weights).astype(np.float32), np.array(biases, dtype=np.float32),
        nlp.embedding_fingerprint(), 1.01, thresholds=tuple(thresholds), floors=tuple(floors),
        governs=tuple(governs))


def train_answer_flaws(cache: Path | None, target: Path | None = None,
                       rows: tuple[np.ndarray, list[set[str]], np.ndarray,
                                   list[frozenset[str]]] | None = None) -> None:
    """Fit and ship the answer-level flaw model (see ``answer-flaws`` in the module doc); with
    ``target``, write it there instead of over the shipped file; ``rows`` as ``answer_rows``
    gives them, when already read."""
    x, labels, rounds, fired = answer_rows(cache) if rows is None else rows
    model = keeping_examples(fit_answer_model(x, labels, rounds, fired))
    path = target or learned.shipped_path(answer_flaws.ANSWER_FLAW_MODEL)
    model.save(path)
    print(f"wrote {path} ({len(x)} answers)")


EXAMPLE_QUESTIONS = {
    "answer": "Tell me about a time you led your team through a difficult change.",
    "candidate_question": "Do you have any questions for us?",
    "concern_reply": "Is there anything that gives us pause? Yes: you have not done this before.",
}
"""The question a rule's example is analysed under when it names none (as the rule-example
tests do)."""


def keeping_examples(model: learned.LinearModel) -> learned.LinearModel:
    """``model`` with every rule whose own flag examples its floor would silence left out of the
    rules the floor governs: a floor may drop a finding on an answer that read whole does not
    show the flaw, never the rule's own example of it (often one or two sentences, shorter than
    any answer the model learned from)."""
    from poise.analysis import AnalysisContext, analyse
    from poise.content.schema import Example

    kb = knowledge_base()
    shipped_answers = answer_flaws.answer_model
    governs = list(model.governs)
    try:
        for index, rules in enumerate(model.governs):
            kept = []
            for rule_id in rules.split():
                rule = kb.rules.get(rule_id)
                examples = list(rule.examples.flag) if rule is not None and rule.examples else []
                silenced = False
                for example in examples:
                    example = Example(answer=example) if isinstance(example, str) else example
                    family = example.family
                    if family is None and "*" not in rule.applies_to:
                        family = rule.applies_to[0]
                    context = AnalysisContext(
                        family=family, role=tuple(example.role), job_text=example.job_text or "",
                        interview_format=str(example.format) if example.format else None,
                        phase=rule.scope)
                    question = example.question or EXAMPLE_QUESTIONS[rule.scope]
                    answer_flaws.answer_model = lambda fingerprint: model  # type: ignore[assignment]
                    fired = analyse(question, example.answer, context=context).rules_fired()
                    if rule_id not in fired:
                        silenced = True
                if silenced:
                    print(f"  {rule_id}: left out of the {model.labels[index]} floor (it would "
                          f"silence its own example)")
                else:
                    kept.append(rule_id)
            governs[index] = " ".join(kept)
    finally:
        answer_flaws.answer_model = shipped_answers  # type: ignore[assignment]
    return replace(model, governs=tuple(governs))


def check_answer_flaws(cache: Path | None) -> None:
    """Rebuild the answer-level model into a scratch file and compare it byte for byte with the
    one shipped: a model edited by hand, or trained on other data, fails."""
    import tempfile

    shipped = learned.shipped_path(answer_flaws.ANSWER_FLAW_MODEL)
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = Path(folder) / answer_flaws.ANSWER_FLAW_MODEL
        train_answer_flaws(cache, rebuilt)
        same = rebuilt.read_bytes() == shipped.read_bytes()
    print(f"{shipped.name}: {'rebuilds byte for byte' if same else 'DIFFERS from its rebuild'}")
    if not same:
        sys.exit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", choices=["family", "family-neighbours", "flaws", "answer-flaws"])
    parser.add_argument("--check", action="store_true",
                        help="family, answer-flaws: rebuild into a scratch folder and fail unless "
                             "it is byte for byte the model shipped")
    parser.add_argument("--folds", type=int, default=5, help="family: cross-validation folds")
    parser.add_argument("--threshold", type=float, default=None,
                        help="family: ship this unsure threshold instead of cross-validating one")
    parser.add_argument("--cache", type=Path, default=None,
                        help="flaws, answer-flaws: a folder to keep the embedded and parsed corpus "
                             "(and the sentence models trained without each round) in")
    args = parser.parse_args()
    if args.model == "family" and args.check:
        check_family()
    elif args.model == "family":
        train_family(args.folds, args.threshold)
    elif args.model == "family-neighbours":
        texts, names = family_data()
        labels = tuple(sorted(set(names)))
        vectors = nlp.embed_texts(tuple(text.strip() for text in texts))
        save_neighbours(vectors, np.array([labels.index(name) for name in names]), labels)
    elif args.model == "flaws":
        train_flaws(args.cache)
    elif args.model == "answer-flaws" and args.check:
        check_answer_flaws(args.cache)
    elif args.model == "answer-flaws":
        train_answer_flaws(args.cache)
    else:  # pragma: no cover - argparse limits the choices
        sys.exit(f"unknown model {args.model}")


if __name__ == "__main__":
    main()
