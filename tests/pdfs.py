"""Small PDFs written by hand for the PDF reducer's tests (standard Helvetica, Helvetica-Bold and Courier,
one `Tj` per text run), so the tests need no PDF writing library."""

from __future__ import annotations

from collections.abc import Sequence

from mcpgen.ingest.docs.blocks import Block, Document

Run = tuple[float, float, float, str] | tuple[float, float, float, str, str]  # x, y from the top, size, text[, font]
FONTS = {"": "Helvetica", "mono": "Courier", "bold": "Helvetica-Bold"}


def make_pdf(pages: Sequence[Sequence[Run]], width: int = 612, height: int = 792) -> bytes:
    """A minimal PDF drawing each run at its place in Helvetica (or the `mono` / `bold` font a run names)."""
    objects: list[bytes] = [
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode()
        for name in FONTS.values()
    ]
    objects.insert(1, b"")
    fonts = " ".join(f"/F{k} {k + (k > 1)} 0 R" for k in range(1, len(FONTS) + 1))
    kids = []
    for runs in pages:
        ops = []
        for x, y, size, text, *font in runs:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            number = list(FONTS).index(font[0] if font else "") + 1
            ops.append(f"BT /F{number} {size} Tf {x} {height - y} Td ({escaped}) Tj ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents {len(objects)} 0 R "
            f"/Resources << /Font << {fonts} >> >> >>".encode()
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(objects), xref)
    return bytes(out)


HELVETICA = dict(
    zip(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
        [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278]
        + [556] * 10
        + [278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833]
        + [722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556]
        + [556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556]
        + [500, 722, 500, 500, 500, 334, 260, 334, 584],
        strict=True,
    )
)
"""Helvetica's advance widths (thousandths of the font size), to place runs that touch."""


def width(text: str, size: float) -> float:
    return sum(HELVETICA[ch] for ch in text) * size / 1000


def glyph_by_glyph(x: float, y: float, size: float, text: str) -> list[Run]:
    """`text` shown one glyph per run at its advance, as Chromium and Qt print (spaces are only a gap)."""
    runs: list[Run] = []
    for ch in text:
        if ch != " ":
            runs.append((x, y, size, ch))
        x += width(ch, size)
    return runs


def lines(x: float, y: float, texts: list[str], size: float = 10, leading: float = 12, font: str = "") -> list[Run]:
    return [(x, y + i * leading, size, text, font) for i, text in enumerate(texts)]


def blocks(doc: Document, kind: str | None = None) -> list[Block]:
    return [b for s in doc.sections for b in s.blocks if kind is None or b.kind == kind]


def texts(doc: Document) -> list[str]:
    return [b.text for b in blocks(doc, "text")]
