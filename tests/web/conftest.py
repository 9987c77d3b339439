"""Fixtures for the web tests: an app and a client on a fresh SQLite database in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from poise.content.loader import KnowledgeBase, knowledge_base
from poise.settings import Settings
from poise.web.app import create_app

# A weak answer to a behavioural question: vague, all "we", a cliché, no result.
WEAK_QUESTION = "Tell me about a time you led a team through a difficult change."
WEAK_ANSWER = (
    "We basically did a lot of stuff and I think it went kind of well. We were successful and "
    "the team was happy, you know. Honestly I am a perfectionist and a team player so it was "
    "fine. We just worked hard."
)


@pytest.fixture
def web_settings(tmp_path: Path) -> Settings:
    """Settings whose data folder (and so the SQLite database) is private to the test."""
    return Settings(data_dir=tmp_path / "data", database_url="")


@pytest.fixture
def app(web_settings: Settings) -> FastAPI:
    """A fresh app for the test's own database."""
    return create_app(web_settings)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """A client with the app started (database open) and stopped after the test."""
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def weak_question() -> str:
    """A behavioural question for the weak answer."""
    return WEAK_QUESTION


@pytest.fixture(scope="session")
def weak_answer() -> str:
    """An answer that is vague, all "we", clichéd and has no result."""
    return WEAK_ANSWER


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The bundled knowledge base."""
    return knowledge_base()
