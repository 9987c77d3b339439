"""The validated knowledge base kept across processes, so a fresh `poise` command skips reading
and validating every YAML file.

One pickle per version of the content in the cache folder the edge configures
(``POISE_CACHE_DIR``, by default the user cache folder): ``content-<key>.pickle``, where the key
hashes every content file, the content package's code (the schema the pickle was built with) and
the versions of Python, pydantic and Poise. Any change to a content file gives a new key, so the
content is read and validated again and a broken file is reported as before. The file is written
atomically (a temporary file renamed into place); one that cannot be read is deleted and rebuilt;
a folder that cannot be written means no cache, never an error. Without a configured folder
(tests, library use) nothing is cached.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pydantic

from poise import __version__

T = TypeVar("T")

CACHE_FORMAT = 1
"""Raise it when what is pickled changes shape in a way the hashed code does not show."""
PREFIX = "content-"
SUFFIX = ".pickle"
KEEP = 4
"""Cache files kept: one per content version recently used (several checkouts may share a folder)."""
CONTENT_SUFFIXES = (".yaml", ".yml")

log = logging.getLogger(__name__)
_lock = threading.Lock()
_folder: Path | None = None


def configure(folder: Path | None) -> None:
    """Keep the validated content in ``folder`` from now on (None: no cache)."""
    global _folder
    with _lock:
        _folder = Path(folder) if folder is not None else None


def cache_folder() -> Path | None:
    """The configured cache folder, or None when nothing is cached."""
    return _folder


def _code_folder() -> Path:
    return Path(__file__).resolve().parent


def _sources(root: Path) -> Iterator[tuple[str, Path]]:
    """Every file the cached value depends on, with the name it is hashed under, in a fixed order:
    the content files under ``root``, then the content package's code."""
    for path in sorted(root.rglob("*")):
        if path.suffix in CONTENT_SUFFIXES and path.is_file():
            yield f"content/{path.relative_to(root).as_posix()}", path
    code = _code_folder()
    for path in sorted(code.rglob("*.py")):
        yield f"code/{path.relative_to(code).as_posix()}", path


def fingerprint(root: Path) -> str:
    """A key that changes whenever a content file under ``root``, the content code or a version
    the pickle depends on changes. Raises OSError when a file cannot be read."""
    digest = hashlib.blake2b(digest_size=16)
    versions = (CACHE_FORMAT, __version__, sys.version, pydantic.VERSION, pickle.HIGHEST_PROTOCOL)
    digest.update(repr(versions).encode())
    for name, path in _sources(root):
        data = path.read_bytes()
        digest.update(f"\0{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def cached(root: Path, kind: type[T], build: Callable[[], T]) -> T:
    """The value ``build()`` makes from the content under ``root``: read from the cache when the
    content is unchanged, else built (its errors raised as they are) and stored for next time."""
    folder = _folder
    if folder is None:
        return build()
    try:
        key = fingerprint(root)
    except OSError:  # a missing or unreadable file: the loader reports it with its own words
        return build()
    path = folder / f"{PREFIX}{key}{SUFFIX}"
    found = _read(path, kind)
    if found is not None:
        return found
    value = build()
    _write(path, value)
    return value


def _read(path: Path, kind: type[T]) -> T | None:
    """The cached value, or None when there is none or it cannot be used (then it is deleted).

    Unpickling runs code named in the file, so only a file this user owns and nobody else can
    write is read (a cache folder shared with others is then simply not used)."""
    try:
        with path.open("rb") as handle:
            if not _private(os.fstat(handle.fileno())):
                log.warning("The content cache %s can be written by other users; ignoring it.",
                            path)
                return None
            value = pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or damaged file raises any of pickle's many errors
        log.info("The content cache %s cannot be read (%s); rebuilding it.", path, exc)
        _remove(path)
        return None
    if not isinstance(value, kind):
        log.info("The content cache %s holds a %s; rebuilding it.", path, type(value).__name__)
        _remove(path)
        return None
    return value


def _private(status: os.stat_result) -> bool:
    """Whether a file belongs to this user and only this user can write it (always true where
    the system has no user ids)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return status.st_uid == getuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _write(path: Path, value: object) -> None:
    """Store ``value`` at ``path`` atomically; any failure leaves no file and is only logged."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        temporary = None
        _prune(path.parent, keep=path)
    except Exception as exc:  # an unwritable folder, a full disk: run without the cache
        log.info("The content cache cannot be written in %s (%s); continuing without it.",
                 path.parent, exc)
    finally:
        if temporary is not None:
            _remove(Path(temporary))


def _prune(folder: Path, *, keep: Path) -> None:
    """Delete all but the KEEP most recently written cache files (always keeping ``keep``)."""
    files = sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=_mtime, reverse=True)
    for old in files[KEEP:]:
        if old != keep:
            _remove(old)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)

