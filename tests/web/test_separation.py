"""Separation in organisation mode: every route with an id, in the OpenAPI document and among the
pages, answers another account's ids with 404 (and anyone signed out with 401 or the sign-in
page), on SQLite and PostgreSQL; nothing of the owner's shows and nothing of theirs changes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from poise.settings import Settings

from .org_fixtures import (
    DEBRIEF,
    SECRET_ANSWER,
    SECRET_COMPANY,
    SECRET_STORY,
    Org,
    fill_alice,
    start_org,
)

SECRETS = (SECRET_COMPANY, SECRET_STORY, SECRET_ANSWER)

# A valid body for every API route that takes one, so the request reaches the store (an
# invalid body would stop at validation and prove nothing). A new route without an entry here
# fails test_every_api_route_with_an_id_is_walked.
API_BODIES: dict[tuple[str, str], Any] = {
    ("PATCH", "/api/v1/applications/{application_id}"): {"stage": "applied"},
    ("POST", "/api/v1/applications/{application_id}/concerns/{concern_id}/answer"):
        {"text": "I would start a certification in my first month."},
    ("PATCH", "/api/v1/stories/{story_id}"): {"title": "Taken over"},
    ("POST", "/api/v1/applications/{application_id}/facts"): {"fact": "CEO", "answer": "Ann"},
    ("POST", "/api/v1/applications/{application_id}/quiz/answer"):
        {"card_id": "{card_id}", "answer": "1987"},
    ("POST", "/api/v1/sessions/{session_id}/answers"): {"text": "I led the team to a result."},
    ("POST", "/api/v1/applications/{application_id}/debriefs"): DEBRIEF,
}

# Routes that name another account's record in the body or the query rather than the path.
INDIRECT: list[tuple[str, str, Any]] = [
    ("GET", "/api/v1/stories?application_id={application_id}", None),
    ("GET", "/api/v1/stories/{story_id}/calibration?application_id={application_id}", None),
    ("GET", "/api/v1/coverage?application_id={application_id}", None),
    ("GET", "/api/v1/sessions?application_id={application_id}", None),
    ("GET", "/api/v1/progress?application_id={application_id}", None),
    ("POST", "/api/v1/stories", {"title": "Mine", "competencies": ["results_achievements"],
                                 "circumstances": "Sales fell 20% in a quarter.",
                                 "actions": "I set up weekly pipeline reviews with the team.",
                                 "results": "Sales recovered within two quarters.",
                                 "application_id": "{application_id}"}),
    ("POST", "/api/v1/sessions", {"format": "biographical", "application_id": "{application_id}"}),
]

PAGE_FORMS: dict[tuple[str, str], dict[str, str]] = {
    ("POST", "/applications/{application_id}"): {"company": "X", "title": "Y"},
    ("POST", "/applications/{application_id}/concerns/{concern_id}/answer"): {"text": "An answer."},
    ("POST", "/applications/{application_id}/quiz"): {"card_id": "{card_id}", "answer": "1987"},
    ("POST", "/applications/{application_id}/facts"): {"prompt": "CEO", "answer": "Ann"},
    ("POST", "/applications/{application_id}/prep/salary"):
        {"low": "100000", "high": "120000", "currency": "EUR", "source": "A survey"},
    ("POST", "/applications/{application_id}/prep/weakness"):
        {"shortcoming": "I delegate late.", "steps": "Weekly handovers.", "progress": "Better."},
    ("POST", "/stories/{story_id}"): {"title": "T", "circumstances": "C", "actions": "A",
                                      "results": "R", "competencies": "results_achievements"},
    ("POST", "/practice/{session_id}"): {"answer": "I led the team."},
    ("POST", "/pipeline/{application_id}/stage"): {"stage": "applied"},
    ("POST", "/applications/{application_id}/debrief"): {"date": "2024-05-07", "round": "1"},
    ("POST", "/applications/{application_id}/letter.eml"): {"body": "Thank you."},
    ("POST", "/coach/shares/{share_id}/sessions/{session_id}/comments"):
        {"turn": "1", "body": "Say what you did.", "quote": ""},
    ("POST", "/coach/shares/{share_id}/stories/{story_id}/comments"): {"body": "Good."},
    ("POST", "/coach/shares/{share_id}/assign"): {"format": "biographical"},
    ("POST", "/admin/users/{user_id}/role"): {"role": "coach"},
    ("POST", "/admin/users/{user_id}/access"): {"enabled": "no"},
}


@pytest.fixture
def org(database_settings: Settings) -> Iterator[Org]:
    """Organisation mode on SQLite and on PostgreSQL, with Alice's material stored."""
    for running in start_org(database_settings):
        fill_alice(running)
        yield running


def _fill(template: str, ids: dict[str, Any]) -> str:
    return re.sub(r"\{(\w+)(?::\w+)?\}", lambda match: str(ids[match.group(1)]), template)


def _fill_body(body: Any, ids: dict[str, Any]) -> Any:
    if isinstance(body, dict):
        return {key: _fill_body(value, ids) for key, value in body.items()}
    if isinstance(body, str) and re.fullmatch(r"\{\w+\}", body):
        return ids[body[1:-1]]
    if isinstance(body, str):
        return _fill(body, ids)
    return body


def _api_routes(org: Org) -> list[tuple[str, str]]:
    document = org.client.get("/openapi.json", headers=org.auth("bob")).json()
    routes: list[tuple[str, str]] = []
    for path, operations in document["paths"].items():
        if "{" not in path:
            continue
        for method in operations:
            routes.append((method.upper(), path))
    return routes


def _page_routes(app: FastAPI) -> list[tuple[str, str]]:
    routes: list[tuple[str, str]] = []

    def walk(items: Any, prefix: str) -> None:
        for route in items:
            if hasattr(route, "original_router"):
                walk(route.original_router.routes, prefix + route.include_context.prefix)
                continue
            path = prefix + getattr(route, "path", "")
            if getattr(route, "include_in_schema", True) or "{" not in path:
                continue
            for method in sorted(getattr(route, "methods", ()) or ()):
                if method != "HEAD":
                    routes.append((method, path))

    walk(app.router.routes, "")
    return routes


def _form(method: str, path: str) -> dict[str, str]:
    """The form a page route is sent (looked up without the ``:int`` converters)."""
    return PAGE_FORMS.get((method, re.sub(r":\w+\}", "}", path)), {})


def _assert_no_secrets(text: str, where: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{where} showed another account's {secret!r}"


def _snapshot(org: Org) -> str:
    exported = org.client.get("/settings/export", headers=org.auth("alice"))
    assert exported.status_code == 200
    data = exported.json()["tables"]
    data.pop("user_account", None)
    data.pop("audit_event", None)
    return repr({name: [{k: v for k, v in row.items() if not k.endswith("_at")} for row in rows]
                 for name, rows in data.items()})


def test_every_api_route_with_an_id_is_walked(org: Org) -> None:
    for method, path in _api_routes(org):
        needs_body = method in ("POST", "PATCH", "PUT")
        assert not needs_body or (method, path) in API_BODIES, f"add a body for {method} {path}"


def test_another_accounts_ids_are_404_on_every_api_route(org: Org) -> None:
    before = _snapshot(org)
    checked = 0
    for method, path in _api_routes(org):
        url = _fill(path, org.ids)
        body = _fill_body(API_BODIES.get((method, path)), org.ids)
        response = org.client.request(method, url, headers=org.auth("bob"), json=body)
        assert response.status_code == 404, f"{method} {url}: {response.status_code} {response.text[:200]}"
        _assert_no_secrets(response.text, f"{method} {url}")
        anonymous = org.client.request(method, url, json=body)
        assert anonymous.status_code == 401, f"{method} {url} signed out: {anonymous.status_code}"
        checked += 1
    nothing = dict.fromkeys(org.ids, 987654)
    for method, template, raw_body in INDIRECT:
        # A filter or a link naming another account's record answers exactly as one naming
        # no record at all (404, or an empty list for a filter).
        url = _fill(template, org.ids)
        response = org.client.request(method, url, headers=org.auth("bob"),
                                      json=_fill_body(raw_body, org.ids))
        _assert_no_secrets(response.text, f"{method} {url}")
        missing = org.client.request(method, _fill(template, nothing), headers=org.auth("bob"),
                                     json=_fill_body(raw_body, nothing))
        assert response.status_code in (200, 404), f"{method} {url}: {response.status_code}"
        assert response.status_code == missing.status_code, f"{method} {url}"
        if response.status_code == 404:
            assert response.json()["error"]["code"] == missing.json()["error"]["code"]
        else:
            assert response.json() in ([], {}) or response.json() == missing.json(), url
        checked += 1
    assert checked >= 29
    assert _snapshot(org) == before, "another account's requests changed Alice's data"
    own = org.client.get(f"/api/v1/applications/{org.ids['application_id']}", headers=org.auth("alice"))
    assert own.status_code == 200 and SECRET_COMPANY in own.text


def test_another_accounts_ids_are_404_on_every_page(org: Org) -> None:
    before = _snapshot(org)
    app = org.client.app
    assert isinstance(app, FastAPI)
    routes = _page_routes(app)
    assert len(routes) >= 25
    # Bob is another candidate; the admin is a coach Alice shared nothing with.
    for who in ("bob", "admin"):
        cookie = {"Cookie": f"poise_session={org.tokens[who]}"}
        for method, path in routes:
            if who == "admin" and path.startswith("/admin"):
                continue
            url = _fill(path, org.ids)
            form = {key: _fill(value, org.ids)
                    for key, value in _form(method, path).items()}
            response = org.client.request(method, url, headers=cookie, data=form or None,
                                          follow_redirects=False)
            assert response.status_code == 404, f"{who}: {method} {url}: {response.status_code}"
            _assert_no_secrets(response.text, f"{method} {url}")
    for method, path in routes:
        url = _fill(path, org.ids)
        form = {key: _fill(value, org.ids) for key, value in _form(method, path).items()}
        anonymous = org.client.request(method, url, data=form or None, follow_redirects=False)
        assert anonymous.status_code == 303, f"{method} {url} signed out: {anonymous.status_code}"
        assert anonymous.headers["location"].startswith("/login?next=")
    assert _snapshot(org) == before, "another account's pages changed Alice's data"


def test_lists_and_home_show_only_ones_own_material(org: Org) -> None:
    for path in ("/", "/pipeline", "/stories", "/practice", "/settings", "/api/v1/pipeline",
                 "/api/v1/stories", "/api/v1/sessions", "/api/v1/progress", "/api/v1/coverage"):
        response = org.client.get(path, headers=org.auth("bob"))
        assert response.status_code == 200, f"{path}: {response.status_code}"
        _assert_no_secrets(response.text, path)
    alice = org.client.get("/pipeline", headers=org.auth("alice"))
    assert SECRET_COMPANY in alice.text


def test_delete_all_and_export_cover_only_ones_own_data(org: Org) -> None:
    exported = org.client.get("/settings/export", headers=org.auth("bob")).json()
    _assert_no_secrets(repr(exported), "Bob's export")
    assert [row["email"] for row in exported["tables"]["user_account"]] == ["bob@example.org"]
    deleted = org.client.post("/settings/delete", headers=org.auth("bob"),
                              data={"confirm": "DELETE"}, follow_redirects=False)
    assert deleted.status_code == 303
    still = org.client.get(f"/api/v1/applications/{org.ids['application_id']}", headers=org.auth("alice"))
    assert still.status_code == 200 and SECRET_COMPANY in still.text
