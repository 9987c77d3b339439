"""Read a small model the fit reader ships as arrays (``poise/analysis/data/*.npz``).

One place for the check every such model needs: the file is there and was trained on the
features the code computes today; anything else reads as no model, and the rules alone decide.
"""

from __future__ import annotations

from importlib.resources import files
from io import BytesIO

import numpy as np


def shipped_arrays(name: str, features: tuple[str, ...]) -> dict[str, np.ndarray] | None:
    """The arrays of the shipped model ``name``, or None when it is missing or its ``features``
    differ from ``features``."""
    try:
        raw = files("poise.analysis.data").joinpath(name).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    with np.load(BytesIO(raw)) as data:
        arrays = {key: data[key] for key in data.files}
    if tuple(str(item) for item in arrays.get("features", ())) != features:
        return None
    return arrays
