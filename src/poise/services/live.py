"""Recordings uploaded while the person is still speaking: each upload adds the next part of the
recording, the pieces already followed by a pause are transcribed at once, and when the person
stops only the last piece is left to do.

Sessions live in the memory of one server process (``LiveSessions``), at most ``MAX_SESSIONS``
at a time, each forgotten after ``IDLE_SECONDS`` without an upload. A session another process
does not know (several workers, a restart) is no error: the browser then sends the whole
recording in one piece.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

from poise.content.schema import VoiceContent
from poise.errors import AudioError, InputError
from poise.services.speech import LiveTranscript, decode
from poise.voice import Recording

MAX_SESSIONS = 8
IDLE_SECONDS = 15 * 60


class UnknownSession(InputError):
    """The live session is not (or no longer) known to this process: send the whole recording."""

    code = "E331"


@dataclass
class LiveSession:
    """One recording in the making: the bytes so far and the transcript of its settled pieces."""

    transcript: LiveTranscript
    audio: bytearray = field(default_factory=bytearray)
    touched: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)


class LiveSessions:
    """The live recordings of this process, by random token."""

    def __init__(self, content: VoiceContent, *, max_bytes: int) -> None:
        self.content = content
        self.max_bytes = max_bytes
        self._sessions: dict[str, LiveSession] = {}
        self._lock = threading.Lock()

    def start(self) -> str:
        """A new session's token (AudioError when too many recordings are in progress)."""
        with self._lock:
            self._forget_idle()
            if len(self._sessions) >= MAX_SESSIONS:
                raise AudioError("Too many recordings are in progress on this server.",
                                 hint="Finish or reload the other pages that are recording, then try again.")
            token = secrets.token_urlsafe(18)
            self._sessions[token] = LiveSession(LiveTranscript(self.content))
            return token

    def add(self, token: str, part: bytes) -> float:
        """Append the next part and transcribe what has settled; returns seconds transcribed."""
        session = self._get(token)
        with session.lock:
            self._append(session, part)
            try:
                samples = decode(bytes(session.audio), self.content)
            except AudioError:
                return session.transcript.done_until  # not decodable yet (a part cut mid-frame)
            return session.transcript.feed(samples)

    def finish(self, token: str, part: bytes) -> tuple[Recording, bytes]:
        """Append the last part, transcribe the rest; the recording and all its bytes."""
        session = self._get(token)
        with session.lock:
            self._append(session, part)
            with self._lock:
                self._sessions.pop(token, None)
            data = bytes(session.audio)
            return session.transcript.finish(decode(data, self.content)), data

    def _append(self, session: LiveSession, part: bytes) -> None:
        if len(session.audio) + len(part) > self.max_bytes:
            raise AudioError(f"The recording passed {self.max_bytes // 1_000_000} MB.",
                             hint="Record answers of a few minutes, one at a time.")
        session.audio.extend(part)
        session.touched = time.monotonic()

    def _get(self, token: str) -> LiveSession:
        with self._lock:
            self._forget_idle()
            session = self._sessions.get(token)
        if session is None:
            raise UnknownSession("This server does not know that recording in progress.",
                                 hint="Send the whole recording.")
        return session

    def _forget_idle(self) -> None:
        now = time.monotonic()
        for token in [key for key, item in self._sessions.items() if now - item.touched > IDLE_SECONDS]:
            del self._sessions[token]
