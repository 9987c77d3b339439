"""The web edge's guard, request by request: Host allow-list, cross-site writes, CSRF tokens,
security headers, body limits, and the input no route may see (ids out of range, NaN, NUL...)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from poise.settings import Settings
from poise.web.app import create_app
from poise.web.security import CsrfTokens, allowed_names, check_host, split_host

STORY = {
    "title": "Warehouse turnaround",
    "circumstances": "In 2022 our main warehouse missed half its delivery slots.",
    "actions": "I rebuilt the shift plan with the team leads and set a daily stand-up.",
    "results": "On-time deliveries went from 52% to 94% in four months.",
    "competencies": ["results_achievements"],
}
ORIGIN = "http://testserver"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "data", database_url="", allowed_hosts="poise.lan")
    with TestClient(create_app(settings, warm_up=False)) as test_client:
        yield test_client


def _token(client: TestClient, page: str = "/settings") -> str:
    html = client.get(page).text
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page's forms carry no CSRF token"
    return found.group(1)


# --- Host allow-list ---------------------------------------------------------------------------


def test_split_host_reads_names_ports_and_ipv6() -> None:
    assert split_host("LocalHost:8000") == ("localhost", 8000)
    assert split_host("[::1]:8000") == ("[::1]", 8000)
    assert split_host("127.0.0.1") == ("127.0.0.1", None)
    assert split_host("evil.example:80x") == ("evil.example", -1)


def test_loopback_names_on_the_bound_port_are_allowed_and_others_refused() -> None:
    names = allowed_names(["poise.lan"], "127.0.0.1")
    assert check_host("127.0.0.1:8000", names=names, bound_port=8000, scheme="http") is None
    assert check_host("localhost:8000", names=names, bound_port=8000, scheme="http") is None
    assert check_host("[::1]:8000", names=names, bound_port=8000, scheme="http") is None
    assert check_host("poise.lan:8000", names=names, bound_port=8000, scheme="http") is None
    refused = check_host("attacker.example:8000", names=names, bound_port=8000, scheme="http")
    assert refused is not None and refused.status == 400
    assert "POISE_ALLOWED_HOSTS" in refused.hint
    assert check_host("localhost:9999", names=names, bound_port=8000, scheme="http") is not None
    # Listening on every interface does not open the door to every name.
    assert "0.0.0.0" not in allowed_names([], "0.0.0.0")


def test_a_listed_name_is_served_through_a_proxy_on_the_web_ports() -> None:
    names = allowed_names(["poise.example.org"], "127.0.0.1")
    proxied = frozenset({"poise.example.org"})
    assert check_host("poise.example.org", names=names, bound_port=8000, scheme="https",
                      proxied=proxied) is None
    assert check_host("poise.example.org:80", names=names, bound_port=8000, scheme="http",
                      proxied=proxied) is None
    assert check_host("poise.example.org:9999", names=names, bound_port=8000, scheme="https",
                      proxied=proxied) is not None
    # Loopback names still need the bound port; unlisted names are still refused.
    assert check_host("localhost", names=names, bound_port=8000, scheme="https",
                      proxied=proxied) is not None
    assert check_host("attacker.example", names=names, bound_port=8000, scheme="https",
                      proxied=proxied) is not None


def test_a_foreign_host_header_gets_400_and_no_data(client: TestClient) -> None:
    client.post("/api/v1/stories", json=STORY)
    response = client.get("/settings/export", headers={"Host": "attacker.example"})
    assert response.status_code == 400
    assert "Warehouse" not in response.text
    api = client.get("/api/v1/stories", headers={"Host": "attacker.example"})
    assert api.status_code == 400
    assert api.json()["error"]["code"] == "E400"
    assert client.get("/api/v1/stories", headers={"Host": "poise.lan"}).status_code == 200


# --- Cross-site writes and CSRF tokens -------------------------------------------------------


def test_a_write_from_another_origin_is_refused_and_nothing_changes(client: TestClient) -> None:
    client.post("/api/v1/stories", json=STORY)
    token = _token(client)
    for origin in ("http://127.0.0.1:3000", "null", "http://attacker.example"):
        response = client.post("/settings/delete", data={"confirm": "DELETE", "csrf_token": token},
                               headers={"Origin": origin})
        assert response.status_code == 403, origin
        assert "another site" in response.text
        story = client.post("/stories/new", data={"title": "Planted", "csrf_token": token},
                            headers={"Origin": origin})
        assert story.status_code == 403
    fetched = client.post("/api/v1/stories", json=STORY, headers={"Sec-Fetch-Site": "cross-site"})
    assert fetched.status_code == 403
    assert fetched.json()["error"]["code"] == "E403"
    assert [story["title"] for story in client.get("/api/v1/stories").json()] == [STORY["title"]]


def test_a_same_origin_form_needs_the_page_token(client: TestClient) -> None:
    client.post("/api/v1/stories", json=STORY)
    browser = {"Origin": ORIGIN, "Sec-Fetch-Site": "same-origin"}
    missing = client.post("/settings/delete", data={"confirm": "DELETE"}, headers=browser)
    assert missing.status_code == 403
    assert "Reload the page" in missing.text
    forged = client.post("/settings/delete", headers=browser,
                         data={"confirm": "DELETE", "csrf_token": CsrfTokens().new()})
    assert forged.status_code == 403
    assert len(client.get("/api/v1/stories").json()) == 1

    token = _token(client)
    done = client.post("/settings/delete", data={"confirm": "DELETE", "csrf_token": token},
                       headers=browser, follow_redirects=False)
    assert done.status_code in (200, 303)
    assert client.get("/api/v1/stories").json() == []


def test_htmx_requests_carry_the_token_in_a_header(client: TestClient) -> None:
    html = client.get("/analyse").text
    assert 'hx-headers=\'{"X-CSRF-Token": "' in html
    token = _token(client, "/analyse")
    browser = {"Origin": ORIGIN, "X-CSRF-Token": token, "HX-Request": "true"}
    form = {"question": "Tell me about a failure.", "answer": "In 2021 I missed a deadline."}
    response = client.post("/analyse/report", headers=browser, data=form)
    assert response.status_code in (200, 400)


def test_multipart_uploads_are_checked_too(client: TestClient) -> None:
    browser = {"Origin": ORIGIN}
    files = {"job_file": ("job.txt", b"Operations Director. Lead 40 people.", "text/plain")}
    refused = client.post("/applications/new", data={"company": "Acme"}, files=files, headers=browser)
    assert refused.status_code == 403
    token = _token(client, "/applications/new")
    accepted = client.post("/applications/new", data={"company": "Acme", "csrf_token": token},
                           files=files, headers=browser)
    assert accepted.status_code == 400  # the form comes back asking for the résumé


def test_scripts_without_browser_headers_keep_working(client: TestClient) -> None:
    assert client.post("/api/v1/stories", json=STORY).status_code == 201
    assert client.post("/settings/delete", data={"confirm": "DELETE"},
                       follow_redirects=False).status_code in (200, 303)


# --- Headers and limits ------------------------------------------------------------------------


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/api/v1/questions", "/nowhere", "/static/poise.css"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"


def test_pages_hold_no_inline_script(client: TestClient) -> None:
    for path in ("/", "/analyse", "/questions", "/stories", "/settings", "/practice", "/docs"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert not re.search(r"\son[a-z]+=", html), path


def test_a_body_over_the_limit_is_refused_before_it_is_read(client: TestClient) -> None:
    response = client.post("/api/v1/analyse", content=b"x" * 100,
                           headers={"Content-Length": str(50_000_000), "Content-Type": "application/json"})
    assert response.status_code == 413
    assert "512 KB" in response.json()["error"]["message"]
    upload = client.post("/applications/new", content=b"x" * 100, headers={
        "Content-Length": str(50_000_000), "Content-Type": "multipart/form-data; boundary=x"})
    assert upload.status_code == 413
    assert "12 MB" in upload.json()["error"]["message"]


def test_a_pasted_text_over_the_limit_is_refused_quickly(client: TestClient) -> None:
    answer = "I led the team and we cut costs by a fifth. " * 60_000  # 2.6 MB
    response = client.post("/api/v1/analyse", json={"question": "Why?", "answer": answer})
    assert response.status_code == 413
    assert "3,000 words" in response.json()["error"]["hint"]
    chunked = client.post("/api/v1/analyse", content=iter([answer.encode()]),
                          headers={"Content-Type": "application/json"})
    assert chunked.status_code == 413


# --- Input no route may see --------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/stories/9223372036854775808", "/api/v1/stories/2147483648",
                                  "/applications/99999999999999999999", "/api/v1/applications/" + "9" * 5000])
def test_ids_beyond_any_database_integer_are_404(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    if path.startswith("/api/"):
        assert response.json()["error"]["code"] == "E404"
    else:
        assert "There is no page at" in response.text


@pytest.mark.parametrize("body", [
    b'{"question": "Why?", "answer": "I did it.", "x": NaN}',
    b'{"question": "Why?", "answer": Infinity}',
    b'{"question": "Why?", "answer": 1e999}',
    b'{"question": "Why?", "answer": "I did \\ud800 it."}',
    b'{"question": "Why?", "answer": ' + b"9" * 5000 + b"}",
])
def test_json_no_route_can_use_is_422_in_the_error_shape(client: TestClient, body: bytes) -> None:
    response = client.post("/api/v1/analyse", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "E422" and error["message"]


def test_validation_errors_use_the_error_shape_and_never_echo(client: TestClient) -> None:
    answer = "secret words " * 20_000
    response = client.post("/api/v1/analyse", json={"question": 5, "answer": answer, "extra": 1})
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    assert "secret words" not in response.text
    assert len(response.content) < 2_000


def test_a_null_in_a_story_patch_is_422(client: TestClient) -> None:
    story_id = client.post("/api/v1/stories", json=STORY).json()["id"]
    response = client.patch(f"/api/v1/stories/{story_id}", json={"title": None})
    assert response.status_code == 422
    assert response.json()["error"]["field"] == "title"
    cleared = client.patch(f"/api/v1/stories/{story_id}", json={"lesson": None})
    assert cleared.status_code == 200


def test_nul_bytes_are_dropped_the_same_way_everywhere(client: TestClient) -> None:
    created = client.post("/api/v1/stories", json={**STORY, "title": "Ware\u0000house"})
    assert created.status_code == 201
    assert created.json()["title"] == "Warehouse"
    body = b'{"question": "Why?", "answer": "I did \\u0000 it in 2021."}'
    analysed = client.post("/api/v1/analyse", content=body, headers={"Content-Type": "application/json"})
    assert analysed.status_code == 200
    assert "\u0000" not in analysed.text
    assert client.get("/api/v1/stories?competency=results_achie%00vements").status_code == 200


def test_out_of_range_ids_in_queries_and_bodies_are_404_other_numbers_422(client: TestClient) -> None:
    assert client.get("/api/v1/stories?application_id=99999999999").status_code == 404
    assert client.post("/api/v1/stories", json={**STORY, "application_id": 2**40}).status_code == 404
    assert client.get("/api/v1/stories?application_id=2147483647").status_code in (200, 404)
    response = client.post("/api/v1/prep/salary", json={"low": 2**40, "high": 2**41, "currency": "EUR"})
    assert response.status_code == 422
    assert response.json()["error"]["field"] in ("body.low", "body.high")


def test_an_unexpected_error_closes_the_connection(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import poise.web.routes.api as api_routes

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(api_routes, "list_questions", broken, raising=False)
    monkeypatch.setattr(api_routes, "analyse_answer", broken, raising=False)
    with TestClient(client.app, raise_server_exceptions=False) as quiet:
        response = quiet.post("/api/v1/analyse", json={"question": "Why?", "answer": "I did it in 2021."})
    assert response.status_code == 500
    assert response.headers["connection"] == "close"
    assert response.json()["error"]["code"] == "E000"
