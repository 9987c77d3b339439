"""Runtime settings from the environment (``POISE_*``), built by a factory, never at import time."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_cache_dir, user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    """The per-user folder where Poise keeps its SQLite database and exports."""
    return Path(user_data_dir("poise", appauthor=False))


def default_cache_dir() -> Path:
    """The per-user folder for files Poise derives and can rebuild (the integer embedding model)."""
    return Path(user_cache_dir("poise", appauthor=False))


class Settings(BaseSettings):
    """Everything configurable; each field reads ``POISE_<NAME>`` from the environment."""

    model_config = SettingsConfigDict(env_prefix="POISE_", extra="ignore", frozen=True)

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
