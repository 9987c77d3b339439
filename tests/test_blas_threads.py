"""Configuring the models keeps numpy's BLAS to one thread (small products, no spinning pool)."""

from __future__ import annotations

from threadpoolctl import threadpool_info

from poise.analysis import nlp
from poise.content import cache
from poise.services.models import BLAS_THREADS, configure_models
from poise.settings import Settings


def test_configure_models_limits_blas_threads() -> None:
    models, folder = nlp.model_config(), cache.cache_folder()
    try:
        configure_models(Settings(cache_dir=models.cache_dir or folder or "."))
        pools = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    finally:
        nlp.configure(models)
        cache.configure(folder)
    assert pools, "numpy's BLAS should be found once numpy is loaded"
    assert {pool["num_threads"] for pool in pools} == {BLAS_THREADS}
