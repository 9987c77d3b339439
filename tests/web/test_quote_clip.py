"""A quoted job or résumé line on the application page is cut at a word, never inside one."""

from __future__ import annotations

from poise.web.contexts.catalogue import MAX_QUOTE_CHARS, _quote


def test_a_quoted_job_line_is_cut_at_a_word_never_inside_one() -> None:
    line = ("Build the organization to approximately 3,000 employees across cell production, quality, "
            "maintenance, EHS and supply chain, including hiring the site leadership team")
    shown = _quote(line)
    assert len(shown) <= MAX_QUOTE_CHARS
    assert shown.endswith("…")
    assert shown[:-1].split()[-1] in line.split()  # the last word shown is a whole word of the line
    assert _quote("A short line.") == "A short line."
