"""The shipped tone model is data rebuilt by scripts/train_tone.py: the same corpus gives the same
bytes, the format an answer was said in is one of its inputs, and a rebuild from the script is
the shipped file byte for byte (the full rebuild reads every blind round: set
POISE_TONE_REBUILD=1 to run it, and POISE_TONE_CACHE=DIR to keep the embedded corpus)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import train_tone

from poise.analysis import learned, nlp, tone_model


def test_format_flags_say_stress_and_concern_reply() -> None:
    assert tone_model.format_flags("stress", "answer").tolist() == [1.0, 0.0]
    assert tone_model.format_flags(None, "concern_reply").tolist() == [0.0, 1.0]
    assert tone_model.format_flags("standard", "answer").tolist() == [0.0, 0.0]


def test_a_labelled_record_is_read_in_the_format_the_analyser_reads_it() -> None:
    stress = {"question": "Why should we take you?", "format": "stress", "phase": "answer"}
    stated = {"question": "What gives me pause is that you have never led a sales team.",
              "format": "standard", "phase": "answer"}
    plain = {"question": "Tell me about a change you led."}
    assert train_tone.said_in(stress).tolist() == [1.0, 0.0]
    assert train_tone.said_in(stated).tolist() == [0.0, 1.0]
    assert train_tone.said_in(plain).tolist() == [0.0, 0.0]


def _small_corpus() -> train_tone.ToneCorpus:
    generator = np.random.default_rng(7)
    width = 3 * nlp.embedder().dimension + tone_model.sentence_features.DIMS + len(tone_model.FORMATS)
    targets = np.array([0, 0, 0, 1, 2, 3, 4, 0, 1, 4] * 4)
    features = generator.normal(size=(len(targets), width)).astype(np.float32)
    return train_tone.ToneCorpus([f"s{row}" for row in range(len(targets))], targets,
                                 np.array(["dev"] * len(targets)),
                                 np.array([f"a{row}" for row in range(len(targets))]),
                                 [frozenset()] * len(targets), features)


def test_the_same_corpus_trains_the_same_bytes(tmp_path: Path) -> None:
    corpus = _small_corpus()
    rows = np.arange(len(corpus.texts))
    first, second = tmp_path / "first.npz", tmp_path / "second.npz"
    train_tone.save(train_tone.train(corpus, rows, train_tone.TONE_THRESHOLDS), first)
    train_tone.save(train_tone.train(corpus, rows, train_tone.TONE_THRESHOLDS), second)
    assert first.read_bytes() == second.read_bytes()
    model = learned.read(first, nlp.embedding_fingerprint())
    assert model is not None and model.labels == tone_model.TONE_LABELS
    assert model.reads(corpus.features.shape[1])
    for flaw, threshold in train_tone.TONE_THRESHOLDS.items():
        assert model.threshold_of(flaw) == pytest.approx(threshold)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("POISE_TONE_REBUILD"),
                    reason="rebuilds the tone model from every blind round (minutes)")
def test_the_script_rebuilds_the_shipped_model_byte_for_byte(tmp_path: Path) -> None:
    cache = os.environ.get("POISE_TONE_CACHE")
    corpus = train_tone.tone_corpus(Path(cache) if cache else None)
    model = train_tone.train(corpus, np.arange(len(corpus.texts)), train_tone.TONE_THRESHOLDS)
    rebuilt = tmp_path / tone_model.TONE_MODEL
    train_tone.save(model, rebuilt)
    assert rebuilt.read_bytes() == learned.shipped_path(tone_model.TONE_MODEL).read_bytes()
