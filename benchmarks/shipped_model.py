"""The last step of a leave-one-round-out trainer that ships a model file: compare the rebuild with
the shipped file byte for byte (``--check``, exits 1 when they differ) or write it (``--write``),
printing the weights by feature name."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def check_or_write(out: Path, payload: bytes, *, check: bool, write: bool,
                   features: Sequence[str], weights: Sequence[float], width: int,
                   note: str = "") -> None:
    """``payload`` is the rebuilt model's bytes; ``note`` follows the path in the written line."""
    if check:
        same = out.exists() and out.read_bytes() == payload
        print(f"{out.name}: {'rebuilt byte for byte' if same else 'DIFFERS from the rebuild'}")
        if not same:
            raise SystemExit(1)
    if write:
        out.write_bytes(payload)
        print(f"wrote {out}{note}; weights:")
        for name, weight in zip(features, weights, strict=True):
            print(f"  {name:{width}s} {weight:+.2f}")
