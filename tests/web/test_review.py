"""The coach's review over HTTP: share, the coach's pages, comments quoting words shown to the
candidate, assigned practice in next actions, the audit log, revoking, and the admin page."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from poise.content.loader import knowledge_base
from poise.settings import Settings

from .org_fixtures import SECRET_ANSWER, SECRET_COMPANY, SECRET_STORY, Org, fill_alice, start_org


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    """Organisation mode with Alice's material shared with Carol, the coach (share 1)."""
    for running in start_org(Settings(data_dir=tmp_path / "data")):
        fill_alice(running)
        yield running


def test_coach_sees_only_what_is_shared_and_the_candidate_sees_each_look(org: Org) -> None:
    carol = org.auth("carol")
    listing = org.client.get("/coach", headers=carol)
    assert listing.status_code == 200
    assert SECRET_COMPANY in listing.text and "alice@example.org" in listing.text
    application = org.client.get("/coach/shares/1", headers=carol)
    assert application.status_code == 200
    assert SECRET_STORY in application.text
    assert "Fit map" in application.text and "Lean Six Sigma Green Belt" in application.text
    session = org.client.get(f"/coach/shares/1/sessions/{org.ids['session_id']}", headers=carol)
    assert session.status_code == 200 and SECRET_ANSWER in session.text
    log = org.client.get("/sharing", headers=org.auth("alice"))
    assert "carol@example.org" in log.text
    assert f"viewed practice session {org.ids['session_id']}" in log.text


def test_comment_on_a_turn_quotes_the_words_and_shows_to_the_candidate(org: Org) -> None:
    carol = org.auth("carol")
    url = f"/coach/shares/1/sessions/{org.ids['session_id']}/comments"
    saved = org.client.post(url, headers=carol, follow_redirects=False, data={
        "turn": "1", "quote": "rebuilt the Kestrel night shift rota",
        "body": "Say how many people the rota covered."})
    assert saved.status_code == 303
    report = org.client.get(f"/practice/{org.ids['session_id']}/report", headers=org.auth("alice"))
    assert report.status_code == 200
    assert "Coach carol@example.org says:" in report.text
    assert "rebuilt the Kestrel night shift rota" in report.text
    assert "Say how many people the rota covered." in report.text


def test_a_quote_not_in_the_answer_is_refused_with_what_to_do(org: Org) -> None:
    url = f"/coach/shares/1/sessions/{org.ids['session_id']}/comments"
    refused = org.client.post(url, headers=org.auth("carol"), data={
        "turn": "1", "quote": "words never said", "body": "Hm."})
    assert refused.status_code == 400
    assert "The quoted words are not in the answer." in refused.text
    empty = org.client.post(url, headers=org.auth("carol"), data={"turn": "1", "body": "  "})
    assert empty.status_code == 400 and "The comment is empty." in empty.text


def test_comment_on_a_story_shows_in_the_story_editor(org: Org) -> None:
    story_id = org.ids["story_id"]
    saved = org.client.post(f"/coach/shares/1/stories/{story_id}/comments",
                            headers=org.auth("carol"), follow_redirects=False,
                            data={"quote": "rebuilt the rota", "body": "Name the shift leads."})
    assert saved.status_code == 303
    page = org.client.get(f"/stories/{story_id}", headers=org.auth("alice"))
    assert "Name the shift leads." in page.text and "Coach carol@example.org says:" in page.text


def test_assigned_practice_appears_in_next_actions(org: Org) -> None:
    due = (date.today() + timedelta(days=3)).isoformat()
    saved = org.client.post("/coach/shares/1/assign", headers=org.auth("carol"),
                            follow_redirects=False, data={
                                "format": "stress", "questions": "failures.biggest_failure",
                                "due_on": due, "note": "Stay calm under interruptions."})
    assert saved.status_code == 303, saved.text
    home = org.client.get("/", headers=org.auth("alice"))
    assert "Practice your coach set" in home.text
    assert "Stay calm under interruptions." in home.text
    # The set practice starts from the home page with the chosen question first, then is done.
    started = org.client.post("/assignments/2/start", headers=org.auth("alice"),
                              follow_redirects=False)
    assert started.status_code == 303
    interview = org.client.get(started.headers["location"], headers=org.auth("alice"))
    first_question = knowledge_base().questions["failures.biggest_failure"].text
    assert html.escape(first_question, quote=True) in interview.text or first_question in interview.text
    home = org.client.get("/", headers=org.auth("alice")).text
    assert "Stay calm under interruptions." not in home
    bad = org.client.post("/coach/shares/1/assign", headers=org.auth("carol"),
                          data={"format": "stress", "questions": "no.such_question"})
    assert bad.status_code == 400 and "Not a bank question" in bad.text


def test_revoking_a_share_hides_everything_from_the_coach(org: Org) -> None:
    revoked = org.client.post("/sharing/1/revoke", headers=org.auth("alice"), follow_redirects=False)
    assert revoked.status_code == 303
    carol = org.auth("carol")
    assert SECRET_COMPANY not in org.client.get("/coach", headers=carol).text
    for url in ("/coach/shares/1", f"/coach/shares/1/sessions/{org.ids['session_id']}"):
        response = org.client.get(url, headers=carol)
        assert response.status_code == 404
        assert SECRET_COMPANY not in response.text and SECRET_ANSWER not in response.text


def test_candidates_get_404_on_coach_and_admin_pages(org: Org) -> None:
    for url in ("/coach", "/coach/shares/1", "/admin"):
        assert org.client.get(url, headers=org.auth("bob")).status_code == 404
    assert org.client.get("/admin", headers=org.auth("carol")).status_code == 404


def test_admin_invites_and_sets_roles(org: Org) -> None:
    admin = org.auth("admin")
    page = org.client.post("/admin/invite", headers=admin,
                           data={"email": "dan@example.org", "role": "coach", "name": "Dan"})
    assert page.status_code == 200 and "dan@example.org" in page.text
    start = page.text.index('class="invite-password">') + len('class="invite-password">')
    password = page.text[start:page.text.index("</code>", start)]
    signed = org.client.post("/api/v1/auth/login",
                             json={"email": "dan@example.org", "password": password})
    assert signed.status_code == 200 and signed.json()["account"]["role"] == "coach"
    duplicate = org.client.post("/admin/invite", headers=admin, data={"email": "dan@example.org"})
    assert duplicate.status_code == 400 and "already an account" in duplicate.text


def test_the_review_api_shares_lists_and_revokes(org: Org) -> None:
    alice, carol = org.auth("alice"), org.auth("carol")
    shares = org.client.get("/api/v1/shares", headers=alice).json()
    assert [share["company"] for share in shares] == [SECRET_COMPANY]
    candidates = org.client.get("/api/v1/coach/candidates", headers=carol).json()
    assert candidates[0]["shares"][0]["company"] == SECRET_COMPANY
    assert org.client.get("/api/v1/coach/candidates", headers=org.auth("bob")).status_code == 404
    audit = org.client.get("/api/v1/audit", headers=alice).json()
    assert audit and audit[0]["who"] == "carol@example.org"
    wrong = org.client.post("/api/v1/shares", headers=alice,
                            json={"application_id": org.ids["application_id"], "coach": "bob@example.org"})
    assert wrong.status_code == 400 and wrong.json()["error"]["field"] == "coach"
    assert org.client.delete("/api/v1/shares/1", headers=org.auth("bob")).status_code == 404
    assert org.client.delete("/api/v1/shares/1", headers=alice).status_code == 204
    assert org.client.get("/api/v1/coach/candidates", headers=carol).json() == []


def test_the_coach_reads_the_brief_without_changing_anything(org: Org) -> None:
    brief = org.client.get("/coach/shares/1/brief.html", headers=org.auth("carol"))
    assert brief.status_code == 200
    assert SECRET_COMPANY in brief.text
    assert "script-src" not in brief.headers["content-security-policy"]
    log = org.client.get("/api/v1/audit", headers=org.auth("alice")).json()
    assert log[0]["subject"] == "the prep brief"


def test_admin_disables_and_enables_an_account(org: Org) -> None:
    admin, bob = org.auth("admin"), org.auth("bob")
    bob_id = org.client.get("/api/v1/auth/me", headers=bob).json()["id"]
    disabled = org.client.post(f"/admin/users/{bob_id}/access", headers=admin,
                               data={"enabled": "no"}, follow_redirects=False)
    assert disabled.status_code == 303
    assert org.client.get("/api/v1/auth/me", headers=bob).status_code == 401
    assert org.client.post(f"/admin/users/{bob_id}/access", headers=admin,
                           data={"enabled": "yes"}, follow_redirects=False).status_code == 303
    again = org.client.post("/api/v1/auth/login",
                            json={"email": "bob@example.org", "password": "a long enough password"})
    assert again.status_code == 200
    own_id = org.client.get("/api/v1/auth/me", headers=admin).json()["id"]
    refused = org.client.post(f"/admin/users/{own_id}/access", headers=admin, data={"enabled": "no"})
    assert refused.status_code == 400


def test_candidates_do_not_see_where_the_server_keeps_the_data(org: Org) -> None:
    page = org.client.get("/settings", headers=org.auth("alice")).text
    assert "poise.db" not in page and "apart from everyone else" in page
    assert "poise.db" in org.client.get("/settings", headers=org.auth("admin")).text
