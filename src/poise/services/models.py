"""Hand the language models and the content cache their configuration from the settings, at the
edge (CLI, web, the batch workers): the core never reads the settings or the environment itself."""

from __future__ import annotations

from poise.analysis.nlp import ModelConfig, configure
from poise.content import cache
from poise.settings import Settings


def model_config(settings: Settings, *, onnx_threads: int | None = None) -> ModelConfig:
    """The models' configuration from ``settings`` (``onnx_threads`` overrides the setting)."""
    return ModelConfig(embedding_model_dir=settings.embedding_model_dir,
                       cache_dir=settings.cache_dir,
                       onnx_threads=onnx_threads or settings.onnx_threads)


def configure_models(settings: Settings) -> None:
    """Configure the language models of this process, and where it keeps the validated content
    across runs, from ``settings``."""
    configure(model_config(settings))
    cache.configure(settings.cache_dir)
