"""A batch worker forked while the embedder is being built must not inherit a held lock."""

from __future__ import annotations

import multiprocessing
import threading

from poise.analysis import nlp


def _child_clears(queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    nlp.embedder.cache_clear()  # blocks forever if the parent's held lock came along
    nlp.configure(nlp.model_config())
    queue.put("done")


def test_a_child_forked_while_the_embedder_lock_is_held_can_still_use_it() -> None:
    held = threading.Event()
    release = threading.Event()

    def building() -> None:
        with nlp.embedder._lock:  # what the background build holds while ONNX sets up
            held.set()
            release.wait(30)

    thread = threading.Thread(target=building, daemon=True)
    thread.start()
    assert held.wait(10)
    try:
        context = multiprocessing.get_context("fork")
        queue = context.Queue()
        child = context.Process(target=_child_clears, args=(queue,))
        child.start()
        child.join(20)
        alive = child.is_alive()
        if alive:
            child.kill()
        assert not alive, "the forked child hung on the inherited lock"
        assert queue.get(timeout=5) == "done"
    finally:
        release.set()
        thread.join(10)
