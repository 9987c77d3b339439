"""A precomputed embedding index of the question bank, shipped with the package and rebuilt on demand.

Analysis compares a question with every bank question (to detect its family) and an answer with
what a strong answer covers and with its family's description. Those texts are fixed content, so
their vectors are computed once by `poise content docs` and shipped in `analysis/data/`; only the
candidate's own words are embedded at run time. The index records a digest of the texts and of
the embedding model; when either differs (edited content, another model), it is computed afresh.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from poise.analysis import nlp
from poise.content.loader import KnowledgeBase
from poise.content.schema import Family, Question

INDEX_NAME = "bank_index.npz"


def question_reference(question: Question) -> str:
    """What an on-topic answer to a bank question resembles: what it asks and a strong shape."""
    return f"{question.really_asking} {question.good_shape}"


def family_reference(family: Family) -> str:
    """What an on-topic answer in a family resembles: the family's name and description."""
    return f"{family.name}: {family.description}"


def indexed_texts(kb: KnowledgeBase) -> list[str]:
    """Every fixed text the analyser embeds: bank questions, their references, family references."""
    texts = [question.text for question in kb.questions.values()]
    texts += [question_reference(question) for question in kb.questions.values()]
    texts += [family_reference(family) for family in kb.families.values()]
    return list(dict.fromkeys(texts))


@dataclass(frozen=True)
class BankIndex:
    """Unit vectors of the fixed texts, and the bank questions as one matrix for nearest search."""

    by_text: dict[str, np.ndarray]
    question_ids: tuple[str, ...]
    question_vectors: np.ndarray


def index_path() -> Path:
    """Where the shipped index lives."""
    return Path(str(resources.files("poise.analysis"))) / "data" / INDEX_NAME


def digest(kb: KnowledgeBase) -> str:
    """A fingerprint of the indexed texts and of the embedding model in use."""
    payload = {"texts": indexed_texts(kb), "model": nlp.embedding_fingerprint()}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def compute(kb: KnowledgeBase) -> tuple[list[str], np.ndarray]:
    """Embed every indexed text now."""
    texts = indexed_texts(kb)
    return texts, nlp.embedder().embed(texts)


def write(kb: KnowledgeBase, path: Path | None = None) -> Path:
    """Compute the index and save it (float16 halves the file; cosines change by < 0.001)."""
    target = path or index_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    texts, vectors = compute(kb)
    with target.open("wb") as handle:
        np.savez_compressed(handle, texts=np.array(texts), vectors=vectors.astype(np.float16),
                            digest=np.array(digest(kb)))
    return target


def load(kb: KnowledgeBase, path: Path | None = None) -> tuple[list[str], np.ndarray] | None:
    """The shipped index's texts and vectors if it matches this bank and model, else None."""
    source = path or index_path()
    if not source.exists():
        return None
    with np.load(source, allow_pickle=False) as data:
        if "texts" not in data.files or str(data["digest"]) != digest(kb):
            return None
        texts = [str(item) for item in data["texts"]]
        vectors = data["vectors"].astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return texts, vectors / np.clip(norms, 1e-9, None)


def bank_index(kb: KnowledgeBase) -> BankIndex:
    """The index of ``kb``: the shipped one when current, else computed now."""
    loaded = load(kb)
    texts, vectors = loaded if loaded is not None else compute(kb)
    vectors.setflags(write=False)
    by_text = dict(zip(texts, vectors, strict=True))
    ids = tuple(kb.questions)
    if ids:
        matrix = np.stack([by_text[kb.questions[qid].text] for qid in ids])
    else:
        matrix = np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 0), dtype=np.float32)
    matrix.setflags(write=False)
    return BankIndex(by_text, ids, matrix)
