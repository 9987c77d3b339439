"""Speaking an answer over the web edge: the recording posted, transcribed by the real model, the
fragment with transcript and delivery; bad recordings refused with a reason; the privacy choices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.voice.espeak import ESPEAK, speak

from poise.services import recordings
from poise.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")]

SCRIPT = ("I took over a team of twelve that had missed three releases. [um] I cut the scope with the "
          "product lead and [uh] we shipped every two weeks. [um] Defects fell by forty percent.")


@pytest.fixture(scope="module")
def answer_wav(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("speech") / "answer.wav"
    speak(SCRIPT, path)
    return path.read_bytes()


def post(client: TestClient, data: bytes, *, name: str = "answer.wav", kind: str = "audio/wav",
         question: str = "Tell me about a team you turned around.", format: str = "") -> object:
    return client.post("/speech/answer", files={"audio": (name, data, kind)},
                       data={"question": question, "format": format})


def test_a_spoken_answer_comes_back_as_transcript_and_delivery(client: TestClient, answer_wav: bytes,
                                                               web_settings: Settings) -> None:
    response = post(client, answer_wav, format="stress")
    assert response.status_code == 200, response.text
    html = response.text
    assert 'data-transcript="' in html and ("twelve" in html.lower() or "12" in html)
    assert "How it sounded" in html and "words a minute" in html and "<svg" in html
    assert "of 1:00" in html  # the stress format's time limit
    assert "The recording has been deleted." in html
    assert not (web_settings.data_dir / recordings.FOLDER).exists()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "answer.webm", "empty (0 bytes)"),
        (Path("/bin/ls").read_bytes()[:100_000], "answer.webm", "not a recording Poise can read"),
    ],
)
def test_an_unusable_recording_is_refused_with_the_reason(client: TestClient, data: bytes, name: str,
                                                          message: str) -> None:
    response = post(client, data, name=name, kind="audio/webm")
    assert response.status_code == 400
    assert message in response.text
    assert "Your question is still open" in response.text


def test_no_file_at_all_is_refused_not_a_crash(client: TestClient) -> None:
    response = client.post("/speech/answer", data={"question": "Why this role?"})
    assert response.status_code == 400
    assert "empty" in response.text


def test_recordings_are_kept_only_when_asked_and_go_with_export_and_delete(
    client: TestClient, answer_wav: bytes, web_settings: Settings
) -> None:
    page = client.get("/settings")
    voice_section = page.text.split('id="voice"')[1].split("</section>")[0]
    assert "Keep my recordings on this computer" in voice_section and "checked" not in voice_section
    saved = client.post("/settings/voice", data={"keep_audio": "1"}, follow_redirects=False)
    assert saved.status_code == 303
    assert recordings.preferences(web_settings.data_dir).keep_audio
    response = post(client, answer_wav)
    assert response.status_code == 200 and "The recording is kept on this computer" in response.text
    folder = web_settings.data_dir / recordings.FOLDER
    assert len(list(folder.glob("*.wav"))) == 1
    exported = json.loads(client.get("/settings/export").text)
    assert exported["recordings"] and exported["recordings"][0]["transcript"]
    deleted = client.post("/settings/delete", data={"confirm": "DELETE"}, follow_redirects=False)
    assert deleted.status_code == 303
    assert not folder.exists()
    client.post("/settings/voice", data={}, follow_redirects=False)
    assert not recordings.preferences(web_settings.data_dir).keep_audio


def test_the_analyse_and_practice_pages_offer_speak(client: TestClient) -> None:
    analyse = client.get("/analyse").text
    assert "data-speak" in analyse and "/static/voice.js" in analyse
    assert "the audio never leaves it" in analyse


def test_a_recording_uploaded_while_it_is_made_is_finished_from_its_last_part(
    client: TestClient, answer_wav: bytes
) -> None:
    cut = len(answer_wav) // 2
    first = client.post("/speech/live", files={"audio": ("part.wav", answer_wav[:cut], "audio/wav")},
                        data={"live": ""})
    assert first.status_code == 200, first.text
    token = first.json()["live"]
    assert token and first.json()["transcribed_until"] >= 0
    final = client.post("/speech/answer", files={"audio": ("answer.wav", answer_wav[cut:], "audio/wav")},
                        data={"live": token, "question": "Tell me about a team you turned around."})
    assert final.status_code == 200, final.text
    assert "efect" in final.text and "40%" in final.text
    again = client.post("/speech/answer", files={"audio": ("answer.wav", b"x", "audio/wav")},
                        data={"live": token})
    assert again.status_code == 409 and "data-resend" in again.text  # finished sessions are forgotten


def test_in_organisation_mode_recordings_are_never_kept_and_speaking_needs_sign_in(
    web_settings: Settings, answer_wav: bytes
) -> None:
    from tests.web.org_fixtures import start_org

    for org in start_org(web_settings):
        client = org.client
        refused = client.post("/speech/answer", files={"audio": ("a.wav", answer_wav, "audio/wav")},
                              data={"question": "Why?"}, follow_redirects=False)
        assert refused.status_code in (401, 303, 307)  # to the sign-in page
        headers = org.auth("alice")
        client.post("/settings/voice", data={"keep_audio": "1"}, headers=headers, follow_redirects=False)
        assert not recordings.preferences(org.settings.data_dir).keep_audio
        assert "never kept" in client.get("/settings", headers=headers).text
        spoken = client.post("/speech/answer", files={"audio": ("a.wav", answer_wav, "audio/wav")},
                             data={"question": "Why?"}, headers=headers)
        assert spoken.status_code == 200 and "The recording has been deleted." in spoken.text
        assert not (org.settings.data_dir / recordings.FOLDER).exists()
        assert json.loads(client.get("/settings/export", headers=headers).text)["recordings"] == []
