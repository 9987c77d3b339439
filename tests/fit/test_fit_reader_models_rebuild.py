"""The fit reader's two small models (certificate filter, employer scorer) are written without
time stamps, so the same model gives the same bytes and a rebuild can be compared with the file
shipped; a registration with a body counts as a credential held. The full rebuild reads every
blind round: set POISE_FIT_REBUILD=1 to run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from poise.fit import cert_filter, employer_spans
from poise.fit.lexicon import patterns_for
from poise.fit.shipped_arrays import npz_bytes

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = patterns_for(None)


def test_the_same_arrays_give_the_same_bytes() -> None:
    arrays = {"weights": np.arange(4.0), "features": np.array(["a", "b"])}
    assert npz_bytes(**arrays) == npz_bytes(**arrays)


def test_the_shipped_models_save_back_to_their_own_bytes() -> None:
    certificates = cert_filter.shipped_model()
    employers = employer_spans.shipped_model()
    assert certificates is not None and employers is not None
    data = ROOT / "src" / "poise" / "analysis" / "data"
    assert cert_filter.save(certificates) == (data / cert_filter.MODEL_NAME).read_bytes()
    assert employer_spans.save(employers) == (data / employer_spans.MODEL_NAME).read_bytes()


def _registered(text: str) -> float:
    return cert_filter.features(text, "Registrations", PATTERNS)[
        cert_filter.FEATURES.index("registered")]


def test_a_registration_or_a_holders_number_is_read_as_held() -> None:
    assert _registered("Registered Midwife, Nursing and Midwifery Council") == 1.0
    assert _registered("Member, Institute of Quarrying, membership no. 40112") == 1.0
    assert _registered("Negotiation skills workshop (2 days)") == 0.0


def test_the_shipped_filter_keeps_a_numbered_registration() -> None:
    kept = cert_filter.kept_certifications(
        (("Registered Midwife – NMC PIN: 98Z1234A", "Professional registration"),), PATTERNS)
    assert kept


@pytest.mark.skipif(os.environ.get("POISE_FIT_REBUILD") != "1",
                    reason="reads every blind round; set POISE_FIT_REBUILD=1")
@pytest.mark.parametrize("script", ["cert_loro.py", "employer_loro.py"])
def test_a_rebuild_is_the_shipped_file_byte_for_byte(script: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--rounds", "1-13", "--check"],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT / 'benchmarks'}"})
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
