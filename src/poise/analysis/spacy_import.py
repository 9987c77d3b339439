"""spaCy imported without its command line, which Poise never runs.

``import spacy`` also imports ``spacy.cli`` (for the one name ``spacy.info``), and with it
requests, urllib3, httpx, jinja2, weasel and some 290 other modules: about 0.1 s of processor
time at every cold start of `poise analyze`, a tenth of loading the pipeline. Here spaCy's
package is imported with ``spacy.cli`` and ``spacy.cli.info`` held by stand-ins, removed again as
soon as the import is done: ``spacy.info`` then imports the real command line when called, and
``import spacy.cli`` anywhere later imports it as usual. Nothing else changes: the same
pipeline, the same documents.
"""

from __future__ import annotations

import logging
import sys
import threading
import types
from typing import Any

log = logging.getLogger(__name__)
_lock = threading.Lock()


def import_spacy() -> types.ModuleType:
    """The ``spacy`` package, imported now (without ``spacy.cli``) unless it already is."""
    with _lock:
        if "spacy" not in sys.modules:
            _import_without_cli()
        import spacy

        return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, its command line imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_without_cli() -> None:
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package with no submodules of its own
    module = types.ModuleType("spacy.cli.info")
    module.info = _info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        import spacy  # noqa: F401
    except ImportError:  # a spaCy that needs more of its command line at import: import it all
        log.debug("spaCy needs its command line at import; importing it.", exc_info=True)
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
