"""Intake: text, Markdown, PDF and .docx files read; every broken file gets a clear coded error."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from poise.errors import (
    DocumentEmptyError,
    DocumentEncodingError,
    DocumentEncryptedError,
    DocumentError,
    DocumentScannedError,
    DocumentTooLargeError,
    DocumentTypeError,
)
from poise.fit.intake import MAX_BYTES, read_bytes, read_document, read_text

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
    b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00"
    b"IEND\xaeB`\x82"
)
TEXT = "Director of Operations\n\nLead a team of 45 people across three sites in France.\n"


def _pdf_bytes(text: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f"<html><body><h1>CV</h1><p>{text}</p></body></html>").write_pdf()


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    """A real PDF with a text layer."""
    return _pdf_bytes("Led a team of 12 pickers and managed a budget of two million euros at Halden.")


def test_text_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "job.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert "team of 45" in read_document(path)


def test_markdown_with_bom_and_crlf_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "job.md"
    path.write_bytes(("\ufeff# Title\r\n\r\n\r\n- Lead 45 people\r\n").encode())
    text = read_document(path)
    assert text.startswith("# Title\n\n- Lead")
    assert "\r" not in text


def test_pdf_text_layer_is_read(tmp_path: Path, pdf_bytes: bytes) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(pdf_bytes)
    text = read_document(path)
    assert "team of 12 pickers" in text


def test_encrypted_pdf_is_a_coded_error(tmp_path: Path, pdf_bytes: bytes) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "locked.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DocumentEncryptedError) as caught:
        read_document(path)
    assert caught.value.code == "E305"
    assert "password" in caught.value.message
    assert caught.value.hint


def test_pdf_without_text_layer_is_called_a_scan(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "scan.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(DocumentScannedError) as caught:
        read_document(path)
    assert "scan" in caught.value.message and "OCR" in caught.value.hint


def test_docx_paragraphs_headings_lists_and_tables_are_read(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Experience", level=2)
    document.add_paragraph("Operations Manager, Halden, 2019 – present")
    document.add_paragraph("Led a team of 12 pickers", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Languages"
    table.rows[0].cells[1].text = "French, English"
    path = tmp_path / "cv.docx"
    document.save(str(path))
    text = read_document(path)
    assert "## Experience" in text
    assert "- Led a team of 12 pickers" in text
    assert "Languages | French, English" in text


def test_png_renamed_pdf_says_what_it_really_is(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(PNG_BYTES)
    with pytest.raises(DocumentTypeError) as caught:
        read_document(path)
    assert "PNG image" in caught.value.message
    assert caught.value.code == "E304"


def test_pdf_renamed_txt_is_a_type_error(tmp_path: Path, pdf_bytes: bytes) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(pdf_bytes)
    with pytest.raises(DocumentTypeError) as caught:
        read_document(path)
    assert "a PDF" in caught.value.message


def test_binary_renamed_txt_is_a_type_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(b"\x00\x01\x02binary\x00data" * 10)
    with pytest.raises(DocumentTypeError):
        read_document(path)


def test_text_renamed_docx_is_a_type_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(DocumentTypeError) as caught:
        read_document(path)
    assert ".docx" in caught.value.message


def test_zip_that_is_not_a_docx_is_a_type_error(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(DocumentTypeError):
        read_document(path)


@pytest.mark.parametrize("name", ["empty.txt", "empty.pdf", "empty.docx", "blank.md"])
def test_empty_file_is_a_coded_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"" if not name.startswith("blank") else b"  \n\n ")
    with pytest.raises(DocumentEmptyError) as caught:
        read_document(path)
    assert caught.value.code == "E302"


def test_file_over_5_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(DocumentTooLargeError) as caught:
        read_document(path)
    assert "5 MB" in caught.value.message


def test_non_utf8_text_is_an_encoding_error(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes("Résumé: équipe de 12 personnes".encode("latin-1"))
    with pytest.raises(DocumentEncodingError) as caught:
        read_document(path)
    assert "UTF-8" in caught.value.message and "UTF-8" in caught.value.hint


@pytest.mark.parametrize(("name", "words"), [("cv.doc", "old Word"), ("cv.odt", "'.odt'")])
def test_unsupported_types_name_what_to_do(tmp_path: Path, name: str, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0 some bytes")
    with pytest.raises(DocumentTypeError) as caught:
        read_document(path)
    assert words in caught.value.message
    assert caught.value.hint


def test_missing_file_is_a_document_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        read_document(tmp_path / "nope.md")
    assert "nope.md" in caught.value.message


def test_damaged_pdf_is_a_document_error() -> None:
    with pytest.raises(DocumentError) as caught:
        read_bytes(b"%PDF-1.7\n garbage that is not a pdf", name="cv.pdf")
    assert "damaged" in caught.value.message or "text layer" in caught.value.message


def test_pasted_text_must_not_be_empty() -> None:
    with pytest.raises(DocumentEmptyError):
        read_text("   \n ", what="résumé")
    assert read_text("  hello there  ") == "  hello there\n"
