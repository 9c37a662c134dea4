"""PDF pages' text runs read through PDFium (pypdfium2), for `pdf_layout` to make lines of.

PDFium parses the content streams in C and lays the characters out on the page; from its text page this module
takes each character's box and the text object it came from (two calls per character, made through plain
pointer prototypes, as ctypes' handle conversions would cost more than the parse), and per run its baseline,
font size and font, whose descriptor flags and name say whether it is fixed-pitch (code) or bold. A run is the
characters of one text object on one baseline, or of several single-glyph objects that follow one another (as
Chromium and Qt print text). The gaps in a run are spelt out as spaces, as a layout-mode text would have them.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
from pypdfium2 import raw

from ...diagnostics import InputError

_FIXED_PITCH_NAME = re.compile(r"courier|mono|consol|menlo|monaco|typewriter|fixed|code", re.I)
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FIXED_PITCH_FLAG = 1
_LOCK = threading.RLock()  # PDFium is not thread-safe: one document is read at a time


@dataclass
class Run:
    """The characters of one text object on one baseline: `y` the baseline from the top of the page, `size` the
    font height; `text` has its gaps spelt out as spaces (`P   O   S   T`, as a writer that letter-spaces with
    spaces would have it) and `edges` each character's (left, right)."""

    y: float
    size: float
    text: str
    edges: list[tuple[float, float]]
    mono: bool = False
    bold: bool = False


@contextmanager
def open_pdf(data: bytes, file: str) -> Iterator[pdfium.PdfDocument]:
    """The document, opened with the empty user password (a PDF locked only against editing opens); an error
    naming `file` when it is password-protected or no PDF."""
    with _LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as error:
            if error.err_code == raw.FPDF_ERR_PASSWORD:
                raise InputError(f"{file}: the PDF is encrypted with a password; decrypt it first") from error
            if error.err_code == raw.FPDF_ERR_SECURITY:
                raise InputError(f"{file}: the PDF is encrypted and cannot be decrypted here ({error})") from error
            raise InputError(f"{file}: not a readable PDF ({error})") from error
        try:
            yield doc
        finally:
            doc.close()


@contextmanager
def text_page(doc: pdfium.PdfDocument, index: int) -> Iterator[tuple[pdfium.PdfPage, pdfium.PdfTextPage]]:
    page = doc[index]
    textpage = page.get_textpage()
    try:
        yield page, textpage
    finally:
        textpage.close()
        page.close()


_VOID = ctypes.c_void_p
_INT = ctypes.c_int


def _fast(function: Any, restype: Any, *argtypes: Any) -> Any:
    """`function` called through plain pointers and integers: ctypes converts no handle types per call (it is
    called once per character)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, _VOID).value)


_CHAR_OBJECT = _fast(raw.FPDFText_GetTextObject, _VOID, _VOID, _INT)
_LOOSE_BOX = _fast(raw.FPDFText_GetLooseCharBox, _INT, _VOID, _INT, _VOID)
_CHAR_BOX = _fast(raw.FPDFText_GetCharBox, _INT, _VOID, _INT, _VOID, _VOID, _VOID, _VOID)
_CHAR_MATRIX = _fast(raw.FPDFText_GetMatrix, _INT, _VOID, _INT, _VOID)
_FONT_SIZE = _fast(raw.FPDFText_GetFontSize, ctypes.c_double, _VOID, _INT)
_OBJECT_FONT = _fast(raw.FPDFTextObj_GetFont, _VOID, _VOID)
_UNICODE = _fast(raw.FPDFText_GetUnicode, ctypes.c_uint, _VOID, _INT)
_HYPHENS = (0x02, 0xFFFE)  # PDFium's marks for a hyphen at a line's end (per character, in the page's text)


class _Open:
    """A run being read: its characters' text and boxes."""

    __slots__ = ("bottom", "chars", "edges", "font", "height", "obj", "own", "start")

    def __init__(self, obj: int, start: int, bottom: float, height: float) -> None:
        self.obj, self.start, self.bottom, self.height = obj, start, bottom, height
        self.font: int | None = None
        self.own = 0  # characters of `obj` in it
        self.chars: list[str] = []
        self.edges: list[tuple[float, float]] = []


def page_runs(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[Run]:
    """The page's runs in PDFium's reading order (that of the content stream); rotated text is left out."""
    tp = ctypes.cast(textpage.raw, _VOID).value
    count = raw.FPDFText_CountChars(textpage.raw)
    if count <= 0:
        return []
    # (one call per character: the page's text in one piece can leave characters out or put some in)
    codes = [_UNICODE(tp, k) for k in range(count)]
    text = "".join("-" if c in _HYPHENS else chr(c) if 0 < c < 0x110000 else "\ufffd" for c in codes)
    height = page.get_height()
    box = raw.FS_RECTF()
    where = ctypes.addressof(box)
    ink = [ctypes.c_double() for _ in range(4)]
    ink_at = [ctypes.addressof(v) for v in ink]
    fonts: dict[int, tuple[bool, bool]] = {}
    runs: list[Run] = []
    current: _Open | None = None
    for k in range(count):
        obj = _CHAR_OBJECT(tp, k)
        if obj is None:  # a space or line break PDFium put in: the end of a word or line
            if current is not None and text[k] == " ":
                current.chars.append(" ")
                right = current.edges[-1][1] if current.edges else 0.0
                current.edges.append((right, right))
            continue
        _LOOSE_BOX(tp, k, where)
        if current is not None and text[k] == "f" and obj != current.obj and _ligature(text, k, obj, tp):
            # `ﬁ`, read as `f` and `i` with the glyph's ink box for each, not the font's line box: on the line
            box.bottom, box.top = current.bottom, current.bottom + current.height
        if current is None or obj != current.obj or abs(box.bottom - current.bottom) > 0.5 * (box.top - box.bottom):
            if current is not None and _continues(current, obj, box):
                current.obj, current.own = obj, 0
            else:
                if current is not None:
                    runs.extend(_close(current, tp, height, fonts))
                current = _Open(obj, k, box.bottom, box.top - box.bottom)
        current.own += 1
        right = box.right
        if right - box.left > 0.6 * (box.top - box.bottom) and text[k] != " ":
            # wider than the widest letters: the font's widths overstate the pen's advance (a writer that places
            # every glyph itself); the ink's right edge, a little beyond, is nearer the truth
            _CHAR_BOX(tp, k, *ink_at)
            right = min(right, max(ink[1].value, box.left) + 0.08 * (box.top - box.bottom))
        current.chars.append(text[k])
        current.edges.append((box.left, right))
    if current is not None:
        runs.extend(_close(current, tp, height, fonts))
    return runs


def _continues(run: _Open, obj: int, box: Any) -> bool:
    """A writer that shows every glyph on its own (Chromium, Qt) makes a text object of each: the next one goes on
    the run when it follows on the same baseline, in the same font and size, right after it or one word space on.
    Objects of several characters stay runs of their own even where they touch (two cells of a table row can)."""
    height = box.top - box.bottom
    if abs(box.bottom - run.bottom) > 0.05 * height or abs(height - run.height) > 0.02 * height:
        return False
    last = next((r for ch, (_, r) in zip(reversed(run.chars), reversed(run.edges), strict=True) if ch != " "), None)
    if last is None:
        return False
    gap = box.left - last
    # (after a ligature, whose halves PDFium gives narrower than the glyph's advance, the gap is wider)
    ligature = run.own > 1 and "".join(run.chars[-run.own :]) in _LIGATURES
    width = 0.5 if run.chars[-1] == " " else 0.3 if ligature else 0.15
    if (run.own != 1 and not ligature) or not -0.15 * height <= gap <= width * height:
        return False
    return _same_font(run, obj)


_LIGATURES = frozenset({"ff", "fi", "fl", "ffi", "ffl"})


def _ligature(text: str, k: int, obj: int, tp: int) -> bool:
    """The characters of text object `obj` starting at `k` are those of one ligature glyph (`ﬁ` as `f`, `i`)."""
    end = k
    while end < len(text) and end - k < 3 and _CHAR_OBJECT(tp, end) == obj:
        end += 1
    return text[k:end] in _LIGATURES and (end == len(text) or _CHAR_OBJECT(tp, end) != obj)


def _same_font(run: _Open, obj: int) -> bool:
    if run.font is None:
        run.font = _OBJECT_FONT(run.obj) or 0
    return (_OBJECT_FONT(obj) or 0) == run.font


def _close(run: _Open, tp: int, height: float, fonts: dict[int, tuple[bool, bool]]) -> list[Run]:
    """The run with its gaps spelt out as spaces, its baseline, size and font traits (none when rotated)."""
    matrix = raw.FS_MATRIX()
    _CHAR_MATRIX(tp, run.start, ctypes.addressof(matrix))
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    if abs(b) > 1e-3 * abs(a) or abs(c) > 1e-3 * abs(d) or a <= 0 or d <= 0:
        return []  # rotated or mirrored text: not part of the reading order
    size = max(round(_FONT_SIZE(tp, run.start) * d, 2), 1.0)  # (PDFium gives floats: 10.8 as 10.8000002)
    font = run.font if run.font is not None else _OBJECT_FONT(run.obj) or 0
    traits = fonts.get(font)
    if traits is None:
        traits = fonts[font] = _font_traits(font)
    text, edges = _spelt(run.chars, run.edges, size, traits[0])
    if not text.strip():
        return []
    return [Run(round(height - matrix.f, 2), size, text, edges, *traits)]


def _spelt(chars: list[str], edges: list[tuple[float, float]], size: float, mono: bool) -> tuple[str, list]:
    """PDFium keeps one space of several, and none for a gap a writer left by moving the pen: write as many
    spaces as fit in each gap (one at least where PDFium saw a space), so that `_pieces` sees cells and
    letter-spacing as a layout-mode text would show them."""
    widths = [r - left for ch, (left, r) in zip(chars, edges, strict=True) if ch == " " and r > left]
    space = max(min(widths), 0.2 * size) if widths else (0.6 if mono else 0.25) * size
    out: list[str] = []
    out_edges: list[tuple[float, float]] = []
    prev_right: float | None = None
    spaced = False
    for ch, (left, right) in zip(chars, edges, strict=True):
        if ch == " ":
            spaced = True
            if prev_right is None:  # leading space: counted against the first visible character below
                prev_right = left
            continue
        if prev_right is not None:
            n = round((left - prev_right) / space)
            n = max(n, 1) if spaced else max(n, 0)
            step = (left - prev_right) / max(n, 1)
            for i in range(n):
                x = prev_right + i * step
                out.append(" ")
                out_edges.append((x, x + step))
        out.append(ch)
        out_edges.append((left, right))
        prev_right, spaced = right, False
    if spaced and prev_right is not None:
        out.append(" ")
        out_edges.append((prev_right, prev_right))
    return "".join(out), out_edges


def plain_text(textpage: pdfium.PdfTextPage) -> str:
    return textpage.get_text_range()


def _font_traits(font: Any) -> tuple[bool, bool]:
    """(fixed pitch, bold) from the font descriptor's flags and the font's name."""
    if not font:
        return False, False
    font = ctypes.cast(font, raw.FPDF_FONT)
    flags = raw.FPDFFont_GetFlags(font)
    length = raw.FPDFFont_GetBaseFontName(font, None, 0)
    name = ""
    if length > 1:
        buffer = ctypes.create_string_buffer(length)
        raw.FPDFFont_GetBaseFontName(font, buffer, length)
        name = buffer.value.decode("utf-8", "replace")
    mono = flags > 0 and bool(flags & _FIXED_PITCH_FLAG)
    return mono or bool(_FIXED_PITCH_NAME.search(name)), bool(_BOLD_NAME.search(name))
