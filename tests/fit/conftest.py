"""Fixtures for the fit tests: small jobs and résumés, a fixed 'today', and a word-hashing embedder."""

from __future__ import annotations

import hashlib
import re
from datetime import date

import numpy as np
import pytest

TODAY = date(2026, 11, 1)

def roles_of(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """The roles the résumé reader finds in ``text`` as (title, employer, start, end)."""
    from poise.fit.resume_reader import read_resume

    found = []
    for role in read_resume(text, today=TODAY).roles:
        data = role.to_dict()
        found.append((data["title"], data["employer"], data["start"], data["end"]))
    return found

# A director-level operations job touching most requirement kinds.
JOB = """# Director of Operations

## About us
Halden Freight is a logistics company serving business customers.

## The role
- You will lead an organisation of 45 people through four site managers.
- Own a budget of €20M and report monthly to the board.

## Requirements
- At least 8 years of experience in warehouse operations.
- Proven change management experience.
- Hands-on SAP experience is essential.
- Lean Six Sigma Green Belt certification required.
- Fluent French and English.
- Experience in logistics or distribution.

## Nice to have
- Experience in a scale-up.
- Power BI is a plus.
"""

# A résumé that meets some of it and misses the rest.
RESUME = """# Jane Doe
Operations Manager · Lyon, France

## Summary
Operations manager with 12 years of experience in retail distribution.

## Experience

### Operations Manager — Maison Verte Retail, Lyon
Mar 2018 – present
- Led a team of 12 pickers in a distribution centre for 140 stores.
- Managed a €2M budget and cut costs by €300k.
- Rolled out Oracle to the warehouse team.
- Presented results to the executive committee every quarter.

**Shift Lead**, Carrefour (01/2015–06/2017)
- Ran night shifts with 8 people.

Logistics Coordinator | DHL | 2012 – 2014
- Coordinated 40 inbound trucks per day.

## Education
MSc Supply Chain, Université Lyon 2, 2010 – 2012

## Languages
French (native), English (fluent)
"""


def hash_embed(texts: list[str]) -> np.ndarray:
    """Deterministic unit vectors from hashed word stems: similar wording → similar vectors."""
    vectors = np.zeros((len(texts), 256), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in re.findall(r"[a-z]{3,}", text.lower()):
            bucket = int(hashlib.md5(word[:5].encode()).hexdigest(), 16) % 256
            vectors[row, bucket] += 1.0
        norm = np.linalg.norm(vectors[row])
        if norm:
            vectors[row] /= norm
    return vectors


def preferring(text: str, sim) -> np.ndarray:
    """Ranker scores that put the line holding ``text`` first for every requirement."""
    table = np.zeros_like(sim.cosine)
    for position, line in enumerate(sim.lines):
        if text in line.text:
            table[:, position] = 5.0
    return table


@pytest.fixture
def job_text() -> str:
    """The sample job description."""
    return JOB


@pytest.fixture
def resume_text() -> str:
    """The sample résumé."""
    return RESUME
