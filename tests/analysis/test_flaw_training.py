"""The flaw model trains on what the analyser reads: a transcript's sentences without their
fillers and restarts, each labelled by the writer's quote of the words as said."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import train_models


def _rows(answer: str, quote: str, flaw: str = "blame") -> list[tuple[str, str, str]]:
    record = {"answer": answer, "label": "weak", "flaws": [{"flaw": flaw, "quote": quote}]}
    [judged], [cleaned] = train_models.as_judged([answer])
    return train_models._answer_rows(record, judged.sentences, cleaned)


def test_a_transcript_trains_on_its_cleaned_sentences_labelled_by_the_quote_as_said() -> None:
    answer = ("So, um, I took over the depot in spring. And the, uh, the courier firm kept, "
              "like, losing our parcels, so the figures were never going to work. "
              "I rebuilt the rota with the shift leads.")
    rows = _rows(answer, "the courier firm kept, like, losing our parcels")
    texts = [text for text, _, _ in rows]
    assert not any(" um" in text or " uh" in text for text in texts)
    labelled = [(text, label) for text, label, _ in rows if label != "none"]
    assert len(labelled) == 1
    assert "courier firm kept losing" in labelled[0][0]
    assert [label for _, label, _ in rows][-1] == "none"


def test_a_written_answer_trains_on_its_sentences_as_written() -> None:
    answer = "The supplier missed every date. I moved the launch and told the board."
    rows = _rows(answer, "The supplier missed every date.")
    assert rows == [("The supplier missed every date.", "blame", "quote"),
                    ("I moved the launch and told the board.", "none", "other")]
