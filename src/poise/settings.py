"""Runtime settings from the environment (``POISE_*``), built by a factory, never at import time.

The environment is read in one place, ``Settings``'s own validator: a field missing from the
keyword arguments takes the value of ``POISE_<NAME>`` (any case), and pydantic converts and checks
it like an argument. (A plain pydantic model, not pydantic-settings: that package imports asyncio,
argparse and its cloud providers, a tenth of a second at every cold start of `poise analyze`, for
features Poise does not use.)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_cache_dir, user_data_dir
from pydantic import BaseModel, ConfigDict, Field, model_validator

ENV_PREFIX = "POISE_"


def default_data_dir() -> Path:
    """The per-user folder where Poise keeps its SQLite database and exports."""
    return Path(user_data_dir("poise", appauthor=False))


def default_cache_dir() -> Path:
    """The per-user folder for files Poise derives and can rebuild (the integer embedding model)."""
    return Path(user_cache_dir("poise", appauthor=False))


def from_environment(fields: Mapping[str, object], environ: Mapping[str, str]) -> dict[str, str]:
    """The values of ``fields`` set in ``environ`` as ``POISE_<NAME>``, the name in any case (as
    environment variables are read on Windows); the last spelling wins."""
    wanted = {f"{ENV_PREFIX}{name}".upper(): name for name in fields}
    found: dict[str, str] = {}
    for key, value in environ.items():
        name = wanted.get(key.upper())
        if name is not None:
            found[name] = value
    return found


class Settings(BaseModel):
    """Everything configurable; each field reads ``POISE_<NAME>`` from the environment unless it
    is given as an argument."""

    model_config = ConfigDict(extra="ignore", frozen=True, validate_default=True)

    @model_validator(mode="before")
    @classmethod
    def _read_environment(cls, data: Any) -> Any:
        """Fill every field not given as an argument from the environment."""
        if not isinstance(data, dict):
            return data
        return {**from_environment(cls.model_fields, os.environ), **data}

    data_dir: Path = Field(default_factory=default_data_dir)
    cache_dir: Path = Field(default_factory=default_cache_dir)
    database_url: str = Field(
        default="",
        description="SQLAlchemy URL; empty means SQLite in data_dir. "
        "Example: postgresql+psycopg://user:pass@localhost/poise",
    )
    mode: Literal["personal", "organisation"] = Field(
        default="personal",
        description="personal: one person, no sign-in, loopback only; organisation: accounts, "
        "roles and a coach's review, every page behind a sign-in.",
    )
    session_hours: int = Field(
        default=12, ge=1, le=24 * 30,
        description="Organisation mode: hours a sign-in lasts before the person signs in again.",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    allowed_hosts: str = Field(
        default="",
        description="Extra host names the web server answers to, comma-separated "
        "(loopback names and the bound address are always allowed).",
    )
    onnx_threads: int | None = Field(
        default=None, ge=1, le=64,
        description="Threads ONNX Runtime uses for sentence embeddings (default: up to two).",
    )
    embedding_model_dir: Path | None = Field(
        default=None,
        description="Folder with model.onnx and tokenizer.json to use instead of the bundled model.",
    )

    @property
    def organisation(self) -> bool:
        """True in organisation mode (accounts and sign-in)."""
        return self.mode == "organisation"

    def allowed_host_names(self) -> tuple[str, ...]:
        """The extra host names from ``allowed_hosts``, lower-cased."""
        return tuple(name.strip().lower() for name in self.allowed_hosts.split(",") if name.strip())

    def resolved_database_url(self) -> str:
        """The database URL to use: the configured one, or SQLite in the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'poise.db'}"


def get_settings() -> Settings:
    """Read settings from the environment now (call it at the edge, not at import)."""
    return Settings()
