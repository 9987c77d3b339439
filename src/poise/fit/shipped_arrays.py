"""Read a small model the fit reader ships as arrays (``poise/analysis/data/*.npz``).

One place for the check every such model needs, and for writing one: a file whose bytes
depend on the arrays alone (no time stamps), so a rebuild compares byte for byte with the file
shipped. One place for the check every such model needs: the file is there and was trained on the
features the code computes today; anything else reads as no model, and the rules alone decide.
"""

from __future__ import annotations

import zipfile
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


def npz_bytes(**arrays: np.ndarray) -> bytes:
    """The arrays as an ``.npz`` archive with a fixed date on every member (numpy's own writer
    stamps each member with the time of writing, so two runs would differ)."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            content = BytesIO()
            np.lib.format.write_array(content, np.asanyarray(array), allow_pickle=False)
            archive.writestr(member, content.getvalue())
    return buffer.getvalue()
