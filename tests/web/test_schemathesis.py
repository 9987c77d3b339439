"""Property-based API testing: schemathesis generates requests from /openapi.json and checks every
response against the document (status codes, content types, bodies, headers) and for 500s.

One test per operation and kind of request (valid, invalid). The example count per operation
is bounded so the suite stays quick, and the cases are derandomised so every run sends the same
ones. (The operations are driven through Hypothesis directly: schemathesis' pytest plugin does
not yet run under pytest 9.)"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

from poise.settings import Settings
from poise.web.app import create_app

EXAMPLES_PER_OPERATION = 25
CONFIG = schemathesis.config.SchemathesisConfig.from_path(Path(__file__).with_name("schemathesis.toml"))


def _operations() -> list[str]:
    # A folder of its own: loading the schema starts the app, which opens (and migrates) its
    # database; a fixed path would be shared with every other checkout's test run.
    with tempfile.TemporaryDirectory(prefix="poise-schemathesis-") as folder:
        app = create_app(Settings(data_dir=Path(folder), database_url=""), warm_up=False)
        schema = schemathesis.openapi.from_asgi("/openapi.json", app)
        return sorted(result.ok().label for result in schema.get_all_operations())


@pytest.fixture(scope="module")
def live_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.schemas.BaseSchema]:
    app: FastAPI = create_app(Settings(data_dir=tmp_path_factory.mktemp("schemathesis"),
                                       database_url=""), warm_up=False)
    with TestClient(app):  # runs the lifespan: the database is open while the cases run
        yield schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=lambda mode: mode.value)
@pytest.mark.parametrize("label", _operations())
def test_the_api_keeps_its_documented_promises(live_schema: schemathesis.schemas.BaseSchema,
                                               label: str, mode: schemathesis.GenerationMode) -> None:
    operation = next(result.ok() for result in live_schema.get_all_operations()
                     if result.ok().label == label)

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck), database=None)
    def check(case: schemathesis.Case) -> None:
        case.call_and_validate()

    try:
        check()
    except Unsatisfiable:
        if mode is schemathesis.GenerationMode.NEGATIVE:
            pytest.skip(f"{label} takes no input that could be made invalid")
        raise
