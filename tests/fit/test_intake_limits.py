"""Documents that would make Poise work without bound are refused with a clear message."""

from __future__ import annotations

import io
import zipfile

import pytest

from poise.errors import DocumentTooLargeError
from poise.fit.intake import MAX_BYTES, read_bytes


def test_an_upload_over_the_limit_does_not_claim_a_size_it_never_read() -> None:
    # An upload is read up to the limit plus one byte; the message must not say "5.0 MB".
    with pytest.raises(DocumentTooLargeError) as error:
        read_bytes(b"a" * (MAX_BYTES + 1), name="huge.txt")
    assert "larger than 5 MB" in error.value.message
    assert "5.0 MB" not in error.value.message


def test_a_docx_that_unpacks_to_a_huge_size_is_refused_before_it_is_opened() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * 60_000_000 + b"</w:document>")
    data = buffer.getvalue()
    assert len(data) < 1_000_000
    with pytest.raises(DocumentTooLargeError) as error:
        read_bytes(data, name="cv.docx")
    assert "unpacks to 60 MB" in error.value.message


def test_a_docx_of_ten_thousand_tiny_paragraphs_is_read_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import docx
    from docx.text.paragraph import Paragraph

    document = docx.Document()
    document.add_heading("Experience", level=2)
    document.add_paragraph("item 0", style="List Bullet")
    for number in range(1, 10_000):
        document.add_paragraph(f"item {number}")
    buffer = io.BytesIO()
    document.save(buffer)

    def scan_every_style(self: Paragraph) -> None:
        raise AssertionError("Paragraph.style scans every style on each call: quadratic reading")

    # python-docx's Paragraph.style made this file take about 30 s; it must not be used.
    monkeypatch.setattr(Paragraph, "style", property(scan_every_style))
    text = read_bytes(buffer.getvalue(), name="cv.docx")
    assert text.startswith("## Experience")
    assert "- item 0" in text
