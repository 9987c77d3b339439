"""Spoken answers: accuracy on espeak-ng recordings of known texts, and speed on this machine.

Run: .venv/bin/python benchmarks/voice.py [--skip-server]
Needs espeak-ng (scripts/install.sh --test installs it).

Accuracy, on the answer scripts in benchmarks/data/voice_answers.txt (each with "um"s, "uh"s and
pauses at known places), read by espeak-ng in two voices at three speeds:
  word error rate, fillers excluded           target <= 0.15
  filled-pause recall and precision           target >= 0.8 each (a found pause must sit within
                                              one word of a planted one)
  speaking-rate error                         target <= 10% (truth: the script's words over the
                                              time from the first to the last loud sample)
  planted pauses found                        (reported)
Speed, on 30 s, 2 min and 5 min answers:
  real-time factor (transcribe + delivery + content report, after the fact)   target <= 0.15
  left to do after the person stops, when the recording is fed while they
  speak (every 5 s, as the browser uploads it)                                target <= 2 s (2 min)
  model load time (once per process), peak RSS of `poise serve` after a
  5-minute answer                                                            target <= 900 MB
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from tests.voice.espeak import MARK, normalise, speak, word_error_rate  # noqa: E402

SCRIPTS = HERE / "data" / "voice_answers.txt"
FILLER_WORDS = {"um", "umm", "uh", "uhh", "uhm", "erm", "er", "ah", "hmm", "mm"}
VOICES = [("en-us", 140), ("en", 155), ("en-us", 170), ("en", 140), ("en-us", 155), ("en", 170)]
QUESTION = "Tell me about a time you led a change."
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(value: int) -> str:
    """12 -> 'twelve', 97 -> 'ninety seven', 250 -> 'two hundred fifty' (scripts spell numbers)."""
    if value < 20:
        return ONES[value]
    if value < 100:
        return TENS[value // 10] + ("" if value % 10 == 0 else " " + ONES[value % 10])
    if value < 1000:
        rest = value % 100
        return ONES[value // 100] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    return str(value)


def words_of(text: str) -> list[str]:
    """Comparable words: numbers spelled out, % as 'percent', hyphens as spaces, no punctuation."""
    text = text.replace("%", " percent").replace("-", " ")
    text = re.sub(r"\d+", lambda hit: " " + number_words(int(hit.group(0))) + " ", text)
    return normalise(text.split())


def scripts() -> list[str]:
    return [line.strip() for line in SCRIPTS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def planted(script: str) -> tuple[list[str], list[int], list[tuple[int, float]]]:
    """The script's words, the word index before each filler, (index, seconds) of each pause."""
    words: list[str] = []
    fillers: list[int] = []
    pauses: list[tuple[int, float]] = []
    for part in re.split(r"(\[[^\]]+\])", script):
        hit = MARK.fullmatch(part)
        if hit and hit.group(2):
            pauses.append((len(words), float(hit.group(2))))
        elif hit:
            fillers.append(len(words))
        else:
            words.extend(words_of(part))
    return words, fillers, pauses


def loud_span(path: Path) -> float:
    """Seconds from the first to the last loud 20 ms frame of a WAV (the true speaking time)."""
    with wave.open(str(path)) as handle:
        rate = handle.getframerate()
        samples = np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16).astype(np.float32)
    frame = int(rate * 0.02)
    count = samples.size // frame
    rms = np.sqrt((samples[: count * frame].reshape(count, frame) ** 2).mean(axis=1))
    loud = np.nonzero(rms > 0.02 * 32768)[0]
    return float((loud[-1] - loud[0] + 1) * frame / rate) if loud.size else 0.0


def index_map(hypothesis: list[str], truth: list[str]) -> list[int]:
    """For each hypothesis word position (0..len), the matching position in the truth."""
    mapping = [0] * (len(hypothesis) + 1)
    matcher = difflib.SequenceMatcher(a=hypothesis, b=truth, autojunk=False)
    for tag, h0, h1, t0, t1 in matcher.get_opcodes():
        for offset in range(h1 - h0 + (1 if tag != "equal" else 0)):
            position = h0 + offset
            if position <= len(hypothesis):
                mapping[position] = t0 + min(offset, max(0, t1 - t0))
    mapping[len(hypothesis)] = len(truth)
    return mapping


def matched(found: list[int], truth: list[int], tolerance: int = 1) -> int:
    """One-to-one matches of found positions to planted ones within ``tolerance`` words."""
    left = sorted(truth)
    hits = 0
    for position in sorted(found):
        near = [item for item in left if abs(item - position) <= tolerance]
        if near:
            left.remove(min(near, key=lambda item: abs(item - position)))
            hits += 1
    return hits


def accuracy(folder: Path) -> None:
    from poise.services.spoken import delivery_of, transcribe_audio

    rows = []
    totals = {"planted": 0, "found": 0, "hit": 0, "pauses": 0, "pause_hit": 0}
    for number, script in enumerate(scripts()):
        voice, rate = VOICES[number % len(VOICES)]
        path = folder / f"answer-{number:02d}.wav"
        speak(script, path, words_per_minute=rate, voice=voice)
        truth, fillers, pauses = planted(script)
        recording = transcribe_audio(path)
        delivery = delivery_of(recording)
        spoken = [word for word in recording.words if words_of(word.text) and
                  not set(words_of(word.text)) <= FILLER_WORDS]
        hypothesis: list[str] = []
        starts: list[float] = []
        for word in spoken:
            for token in words_of(word.text):
                hypothesis.append(token)
                starts.append(word.start)
        wer = word_error_rate(truth, hypothesis)
        mapping = index_map(hypothesis, truth)
        found = []
        for mark in delivery.marks:
            if mark.kind == "filled_pause":
                position = sum(1 for start in starts if start < mark.start)
                found.append(mapping[position])
        hit = matched(found, fillers)
        gaps = []
        for mark in delivery.marks:
            if mark.kind in {"pause", "stall"}:
                position = sum(1 for start in starts if start < mark.start)
                gaps.append((mapping[position], mark.end - mark.start))
        pause_hit = matched([index for index, seconds in gaps if seconds >= 1.2],
                            [index for index, _ in pauses])
        true_rate = len(truth) / (loud_span(path) / 60)
        rate_error = abs(delivery.wpm - true_rate) / true_rate
        rows.append((number, voice, rate, wer, len(fillers), len(found), hit, rate_error))
        totals["planted"] += len(fillers)
        totals["found"] += len(found)
        totals["hit"] += hit
        totals["pauses"] += len(pauses)
        totals["pause_hit"] += pause_hit
        print(f"  {number:2d} {voice:5s} {rate} wpm  WER {wer:.3f}  fillers {hit}/{len(fillers)} "
              f"(found {len(found)})  rate {delivery.wpm} vs {true_rate:.0f} ({rate_error:.1%})")
    wers = [row[3] for row in rows]
    rate_errors = [row[7] for row in rows]
    recall = totals["hit"] / max(1, totals["planted"])
    precision = totals["hit"] / max(1, totals["found"])
    print(f"\nAccuracy on {len(rows)} recordings")
    print(f"  word error rate (fillers excluded): mean {statistics.mean(wers):.3f}, "
          f"median {statistics.median(wers):.3f}   target <= 0.15")
    print(f"  filled pauses: recall {recall:.2f}, precision {precision:.2f} "
          f"({totals['hit']} of {totals['planted']} planted, {totals['found']} found)   target >= 0.8 each")
    print(f"  speaking-rate error: mean {statistics.mean(rate_errors):.1%}, "
          f"max {max(rate_errors):.1%}   target <= 10%")
    print(f"  planted pauses found: {totals['pause_hit']} of {totals['pauses']}")


def long_answer(folder: Path, seconds: int) -> Path:
    """An answer of about ``seconds`` seconds stitched from the scripts, read at 150 wpm."""
    parts: list[str] = []
    all_scripts = scripts()
    index = 0
    estimate = 0.0
    while estimate < seconds * 1.4:
        script = all_scripts[index % len(all_scripts)]
        parts.append(script)
        words, fillers, pauses = planted(script)
        estimate += len(words) / 150 * 60 + len(fillers) * 0.8 + sum(s for _, s in pauses) + 0.8
        index += 1
    path = folder / f"long-{seconds}.wav"
    speak(" [pause 1] ".join(parts), path, words_per_minute=150)
    while True:  # trim to the length asked
        with wave.open(str(path)) as handle:
            rate, frames = handle.getframerate(), handle.getnframes()
            data = handle.readframes(frames)
        if frames / rate <= seconds + 1:
            break
        keep = int(seconds * rate) * 2
        with wave.open(str(path), "wb") as handle:
            handle.setnchannels(1)
            handle.setsampwidth(2)
            handle.setframerate(rate)
            handle.writeframes(data[:keep])
    return path


def speed(folder: Path) -> None:
    from poise.content.loader import knowledge_base
    from poise.services.analysis import analyse_answer
    from poise.services.speech import SAMPLE_RATE, LiveTranscript, decode, recognise_ready
    from poise.services.spoken import delivery_of

    kb = knowledge_base()
    assert kb.voice is not None
    started = time.perf_counter()
    load = recognise_ready()
    print(f"\nSpeed (2 cores; model load once per process: {load:.2f} s, "
          f"first call {time.perf_counter() - started:.2f} s)")
    analyse_answer(QUESTION, "I led the change and we cut costs by 20% within a year.")  # warm the analyser
    for seconds in (30, 120, 300):
        path = long_answer(folder, seconds)
        data = path.read_bytes()
        runs = 3 if seconds <= 120 else 1
        offline = []
        for _ in range(runs):
            began = time.perf_counter()
            samples = decode(data, kb.voice)
            recording = LiveTranscript(kb.voice).finish(samples)
            report = analyse_answer(QUESTION, recording.text())
            delivery_of(recording, report=report, kb=kb)
            offline.append(time.perf_counter() - began)
        duration = samples.size / SAMPLE_RATE
        live = LiveTranscript(kb.voice)
        slowest_feed = 0.0
        for until in range(5, int(duration), 5):
            began = time.perf_counter()
            live.feed(samples[: until * SAMPLE_RATE])
            slowest_feed = max(slowest_feed, time.perf_counter() - began)
        began = time.perf_counter()
        recording = live.finish(decode(data, kb.voice))
        report = analyse_answer(QUESTION, recording.text())
        delivery_of(recording, report=report, kb=kb)
        tail = time.perf_counter() - began
        median = statistics.median(offline)
        print(f"  {duration:5.0f} s answer: after the fact {median:5.2f} s (real-time factor "
              f"{median / duration:.3f}, target <= 0.15); fed while speaking: {tail:4.2f} s left after "
              f"the end (target <= 2 s for 2 min), slowest 5-s feed {slowest_feed:.2f} s")


def server_memory(folder: Path) -> None:
    """Peak RSS of `poise serve` after transcribing a 5-minute answer."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, POISE_DATA_DIR=str(folder / "data"), PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen([sys.executable, "-m", "poise", "serve", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        from poise.cli.microphone import wav_bytes
        from poise.content.loader import knowledge_base
        from poise.services.speech import decode

        voice = knowledge_base().voice
        assert voice is not None
        # 16 kHz mono (9.6 MB), under the 12 MB upload limit; espeak-ng writes 22 kHz.
        data = wav_bytes(decode(long_answer(folder, 300).read_bytes(), voice))
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"question\"\r\n\r\n{QUESTION}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.wav\"\r\n"
                "Content-Type: audio/wav\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        request = urllib.request.Request(base + "/speech/answer", data=body, method="POST", headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}"})
        began = time.perf_counter()
        with urllib.request.urlopen(request, timeout=300) as response:
            ok = response.status == 200 and b"data-transcript" in response.read()
        elapsed = time.perf_counter() - began
        status = Path(f"/proc/{server.pid}/status").read_text()
        peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
        verdict = "ok" if ok else "FAILED"
        print(f"\nServer: 5-minute answer posted whole, answered in {elapsed:.1f} s ({verdict}); "
              f"peak RSS of `poise serve` {peak:.0f} MB (target <= 900 MB)")
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-server", action="store_true", help="do not measure a served process")
    parser.add_argument("--speed-only", action="store_true", help="skip the accuracy part")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="poise-voice-") as scratch:
        folder = Path(scratch)
        if not args.speed_only:
            print("Accuracy (each line: one recording)")
            accuracy(folder)
        speed(folder)
        if not args.skip_server:
            server_memory(folder)


if __name__ == "__main__":
    main()
