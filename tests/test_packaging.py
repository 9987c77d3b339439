"""Every data file under src/poise is shipped: it matches a package-data pattern in pyproject.toml."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "poise"


def test_every_data_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["poise"]
    missing = []
    for path in PACKAGE.rglob("*"):
        if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(PACKAGE).as_posix()
        # setuptools globs recursively: "**/" stands for zero or more folders.
        variants = [variant for pattern in patterns for variant in (pattern, pattern.replace("**/", ""))]
        if not any(fnmatch(relative, variant) for variant in variants):
            missing.append(relative)
    assert not missing, f"not in package-data, so missing from a wheel: {missing}"
