"""A precomputed embedding index of the question bank, shipped with the package and rebuilt on demand.

Detecting a question's family compares it with every bank question. Embedding the 200+ bank
questions takes about a second, so the vectors are computed once by `poise content docs` and
shipped in `analysis/data/`. The index records a digest of the question texts and of the
embedding model; when either differs (edited content, another model), it is computed afresh.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import numpy as np

from poise.analysis import nlp
from poise.content.loader import KnowledgeBase

INDEX_NAME = "bank_index.npz"


def index_path() -> Path:
    """Where the shipped index lives."""
    return Path(str(resources.files("poise.analysis"))) / "data" / INDEX_NAME


def digest(kb: KnowledgeBase) -> str:
    """A fingerprint of the bank's question texts and of the embedding model in use."""
    model_path, _ = nlp.model_files()
    payload = {
        "questions": [[qid, kb.questions[qid].text] for qid in kb.questions],
        "model": [model_path.name, model_path.stat().st_size],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def compute(kb: KnowledgeBase) -> tuple[tuple[str, ...], np.ndarray]:
    """Embed every bank question now."""
    ids = tuple(kb.questions)
    vectors = nlp.embedder().embed([kb.questions[qid].text for qid in ids])
    return ids, vectors


def write(kb: KnowledgeBase, path: Path | None = None) -> Path:
    """Compute the index and save it (float16 halves the file; cosines change by < 0.001)."""
    target = path or index_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    ids, vectors = compute(kb)
    with target.open("wb") as handle:
        np.savez_compressed(handle, ids=np.array(ids), vectors=vectors.astype(np.float16),
                            digest=np.array(digest(kb)))
    return target


def load(kb: KnowledgeBase, path: Path | None = None) -> tuple[tuple[str, ...], np.ndarray] | None:
    """The shipped index if it matches this bank and model, else None."""
    source = path or index_path()
    if not source.exists():
        return None
    with np.load(source, allow_pickle=False) as data:
        if str(data["digest"]) != digest(kb):
            return None
        ids = tuple(str(item) for item in data["ids"])
        vectors = data["vectors"].astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return ids, vectors / np.clip(norms, 1e-9, None)


def bank_vectors(kb: KnowledgeBase) -> tuple[tuple[str, ...], np.ndarray]:
    """The bank's question vectors: from the shipped index when current, else computed."""
    loaded = load(kb)
    ids, vectors = loaded if loaded is not None else compute(kb)
    vectors.setflags(write=False)
    return ids, vectors
