"""Poise: a leadership interview coach that prepares, rehearses and follows up, offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("poise")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["__version__"]
