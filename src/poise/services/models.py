"""Hand the language models and the content cache their configuration from the settings, at the
edge (CLI, web, the batch workers): the core never reads the settings or the environment itself."""

from __future__ import annotations

from threadpoolctl import threadpool_limits

from poise.analysis.nlp import ModelConfig, configure
from poise.content import cache
from poise.settings import Settings


def model_config(settings: Settings, *, onnx_threads: int | None = None) -> ModelConfig:
    """The models' configuration from ``settings`` (``onnx_threads`` overrides the setting)."""
    return ModelConfig(embedding_model_dir=settings.embedding_model_dir,
                       cache_dir=settings.cache_dir,
                       onnx_threads=onnx_threads or settings.onnx_threads)


BLAS_THREADS = 1
"""Threads numpy's BLAS may use. Poise's products are small (a few dozen sentence vectors against
a learned model's weights): OpenBLAS's own pool of one thread per core only adds start-up and
waiting, and its threads spin after each product, taking the processor the rest of the analysis
needs. Measured on this project's two-core machines: a 17x4480 by 4480x16 product takes 4-20 ms
with the pool and 0.05 ms on one thread. The embedder's threads are ONNX Runtime's, set apart
(``ModelConfig.onnx_threads``)."""


def configure_models(settings: Settings) -> None:
    """Configure the language models of this process, and where it keeps the validated content
    across runs, from ``settings``; numpy's BLAS is kept to one thread."""
    threadpool_limits(limits=BLAS_THREADS, user_api="blas")
    configure(model_config(settings))
    cache.configure(settings.cache_dir)
