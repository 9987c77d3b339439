"""Read a job description or résumé from pasted text, .txt, .md, .pdf or .docx, with clear errors."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from poise.errors import (
    DocumentEmptyError,
    DocumentEncodingError,
    DocumentEncryptedError,
    DocumentError,
    DocumentScannedError,
    DocumentTooLargeError,
    DocumentTypeError,
)
from poise.fit.limits import MAX_DOCUMENT_CHARS

MAX_BYTES = 5 * 1024 * 1024
"""Largest document Poise reads: a job description or résumé is far smaller."""

MAX_PDF_PAGES = 40
"""Pages read from a PDF: a job description or résumé has a few; the rest is not read."""

MAX_DOCX_UNPACKED_BYTES = 50_000_000
"""Largest unpacked .docx: more means images or a zip bomb, never a longer résumé."""

MAX_EXTRACTED_CHARS = 2 * MAX_DOCUMENT_CHARS
"""Reading a document stops past this many characters: the fit refuses anything over
``MAX_DOCUMENT_CHARS`` anyway, with that limit in its message."""

MIN_TEXT_CHARS = 40
"""A PDF whose text layer has fewer letters than this is treated as a scan."""

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
SUPPORTED = ".txt, .md, .pdf or .docx"

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a zip archive (such as .docx)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) or Office file"),
    (b"{\\rtf", "a rich-text (.rtf) file"),
    (b"\x1f\x8b", "a gzip archive"),
)


def _what_it_is(data: bytes) -> str | None:
    """A description of a binary format recognised from its first bytes, or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def read_text(text: str, *, what: str = "document") -> str:
    """Pasted text, normalised; ``DocumentEmptyError`` when there is nothing in it."""
    cleaned = _normalise(text)
    if not cleaned.strip():
        raise DocumentEmptyError(
            f"The {what} is empty.", hint=f"Paste the {what} text or give a file that holds it."
        )
    return cleaned


def read_document(path: Path, *, what: str = "document") -> str:
    """The text of a file; a DocumentError says what is wrong with it and what to do."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise DocumentError(
            f"There is no file at {path}.", hint="Check the path and the file name."
        ) from exc
    except OSError as exc:
        raise DocumentError(f"Cannot read {path}: {exc.strerror or exc}.",
                            hint="Check that the file exists and you may read it.") from exc
    if size > MAX_BYTES:
        raise DocumentTooLargeError(
            f"{path.name} is {size / 1024 / 1024:.1f} MB; Poise reads documents up to 5 MB.",
            hint="Save the text only (File > Save as .txt or .docx without images) and try again.",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"Cannot read {path}: {exc.strerror or exc}.",
                            hint="Check that you may read the file.") from exc
    return read_bytes(data, name=path.name, what=what)


def read_bytes(data: bytes, *, name: str, what: str = "document") -> str:
    """The text of an uploaded file's bytes; ``name`` gives its type by its extension."""
    if len(data) > MAX_BYTES:
        raise DocumentTooLargeError(
            f"{name} is larger than 5 MB, the most Poise reads for a document.",
            hint="Save the text only (as .txt or .docx without images) and try again.",
        )
    if not data.strip():
        raise DocumentEmptyError(
            f"{name} is empty.", hint=f"Choose the file that holds the {what}, or paste its text."
        )
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(data, name)
    if suffix == ".docx":
        return _read_docx(data, name)
    if suffix in TEXT_SUFFIXES or suffix == "":
        return _read_plain(data, name, what=what)
    if suffix == ".doc":
        raise DocumentTypeError(
            f"{name} is an old Word document (.doc), which Poise cannot read.",
            hint="Open it in Word or LibreOffice and save it as .docx or .pdf.",
        )
    raise DocumentTypeError(
        f"{name} has the extension {suffix!r}, which Poise does not read.",
        hint=f"Give a {SUPPORTED} file, or paste the text.",
    )


def _not_what_it_says(name: str, expected: str, found: str | None) -> DocumentTypeError:
    actual = found or "not that kind of file"
    return DocumentTypeError(
        f"{name} is named like {expected} but its content is {actual}.",
        hint=f"Rename it to match its real type, or export it again as {SUPPORTED}.",
    )


def _read_plain(data: bytes, name: str, *, what: str) -> str:
    found = _what_it_is(data)
    if found is not None or b"\x00" in data[:4096]:
        raise _not_what_it_says(name, "a text file", found or "binary data")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentEncodingError(
            f"{name} is not UTF-8 text (byte {exc.start} cannot be read).",
            hint="Save it again as UTF-8 (most editors offer this under Save as > Encoding).",
        ) from exc
    return read_text(text, what=what)


def _read_pdf(data: bytes, name: str) -> str:
    if b"%PDF" not in data[:1024]:
        raise _not_what_it_says(name, "a PDF", _what_it_is(data) or "not a PDF")
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:  # pypdf raises several types for unsupported encryption
                opened = False
            if not opened:
                raise DocumentEncryptedError(
                    f"{name} is protected by a password, so its text cannot be read.",
                    hint="Open it with its password and save or print it to a new PDF without "
                    "protection, or paste the text.",
                )
        pages = []
        for number, page in enumerate(reader.pages):
            if number >= MAX_PDF_PAGES:
                break
            pages.append(page.extract_text() or "")
    except DocumentError:
        raise
    except LimitReachedError as exc:
        raise DocumentTooLargeError(
            f"{name} holds more compressed content than Poise unpacks from a PDF.",
            hint="Print it to a new PDF with text only, save it as .docx, or paste the text.",
        ) from exc
    except FileNotDecryptedError as exc:
        raise DocumentEncryptedError(
            f"{name} is protected by a password, so its text cannot be read.",
            hint="Save a copy without the password, or paste the text.",
        ) from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DocumentError(
            f"{name} looks like a PDF but is damaged ({exc}).",
            hint="Export the PDF again from the program that made it, or paste the text.",
        ) from exc
    text = _normalise("\n".join(pages))
    if len(re.findall(r"[^\W\d_]", text)) < MIN_TEXT_CHARS:
        raise DocumentScannedError(
            f"{name} has no text layer: it looks like a scan or a picture of pages.",
            hint="Export it again as a text PDF or .docx, run OCR on it, or paste the text.",
        )
    return text


def _read_docx(data: bytes, name: str) -> str:
    if not data.startswith(b"PK\x03\x04"):
        raise _not_what_it_says(name, "a Word .docx file", _what_it_is(data))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise _not_what_it_says(name, "a Word .docx file", "a zip archive of other files")
            unpacked = sum(item.file_size for item in archive.infolist())
            if unpacked > MAX_DOCX_UNPACKED_BYTES:
                raise DocumentTooLargeError(
                    f"{name} unpacks to {unpacked / 1_000_000:.0f} MB; Poise opens .docx files "
                    f"that unpack to at most {MAX_DOCX_UNPACKED_BYTES // 1_000_000} MB.",
                    hint="Save the text only (without images) as .docx or .txt, or paste it.",
                )
    except zipfile.BadZipFile as exc:
        raise DocumentError(
            f"{name} looks like a .docx file but is damaged.",
            hint="Save it again from Word or LibreOffice, or paste the text.",
        ) from exc
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises assorted errors for broken packages
        raise DocumentError(
            f"{name} looks like a .docx file but cannot be opened ({type(exc).__name__}).",
            hint="Save it again from Word or LibreOffice, or paste the text.",
        ) from exc
    # python-docx looks a paragraph's style up by scanning every style, each time: read the
    # style ids from the XML and name them from one table, so reading stays linear.
    style_names = {style.style_id: (style.name or "").lower() for style in document.styles}
    default_style = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    default = (default_style.name or "").lower() if default_style is not None else ""
    lines: list[str] = []
    size = 0
    for paragraph in document.paragraphs:
        text = paragraph.text
        style = style_names.get(paragraph._p.style or "", default)
        if text.strip() and style.startswith("heading"):
            text = "## " + text
        elif text.strip() and "list" in style:
            text = "- " + text
        lines.append(text)
        size += len(text) + 1
        if size > MAX_EXTRACTED_CHARS:
            break
    for table in document.tables:
        if size > MAX_EXTRACTED_CHARS:
            break
        for row in table.rows:
            cells: list[str] = []
            for cell in row.cells:
                if cell.text.strip() and cell.text.strip() not in cells:
                    cells.append(cell.text.strip())
            lines.append(" | ".join(cells))
            size += len(lines[-1]) + 1
            if size > MAX_EXTRACTED_CHARS:
                break
    text = _normalise("\n".join(lines))
    if not text.strip():
        raise DocumentEmptyError(
            f"{name} has no text.", hint="Check it is the right file, or paste the text."
        )
    return text


def _normalise(text: str) -> str:
    """Unix line ends, no trailing spaces, no runs of more than one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + ("\n" if out else "")
