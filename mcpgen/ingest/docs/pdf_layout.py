"""PDF pages read as positioned lines of text (PDFium's, `pdf_pdfium`), for `pdf.py` to recognise blocks in.

Every run of text comes with its position, font size and whether its font is fixed-pitch (code) or bold; runs
on one baseline make a line, split into cells at wide gaps. Letter-spacing (`P   O   S   T` -> `POST`) is undone,
running headers, footers and page numbers dropped, and two-column pages read column by column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from pypdfium2 import PdfPage, PdfTextPage

from . import pdf_pdfium

_SPAN = re.compile(r"\S+(?: \S+)*")
_NOISE = str.maketrans(dict.fromkeys("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\x0b\x0c\r\xa0▼▲▶◀▾▸⇄", " "))
_PAGE_NUMBER = re.compile(
    r"[ivxlc]{1,6}|(?:[Pp]age\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-\u2013\u2014] ?\d+ ?[-\u2013\u2014]"
)
_CHUNK_GAP = 0.8  # gaps of at least this many ems separate cells / columns


@dataclass
class Frag:
    """A piece of text on a line, with its horizontal extent and its font's traits."""

    x0: float
    x1: float
    text: str
    lead: bool = False
    """Whitespace came before it in its run."""
    trail: bool = False
    key: tuple[float, int] = (0.0, 0)
    """Reading order on the line: where its run starts (not its own x, which is estimated), then the run."""
    mono: bool = False
    """Set in a fixed-pitch font (code)."""
    bold: bool = False
    indent: int = 0
    """Spaces its run starts with (code indentation a PDF writer kept as text)."""


@dataclass(eq=False)
class Line:
    """The text on one baseline of a page: `pieces` (touching fragments joined), split into `chunks` (cells) at
    wide gaps; `y` grows down the page, `no` is the line's number on it once headers and footers are dropped."""

    page: int
    y: float
    size: float
    pieces: list[Frag]
    no: int = 0
    chunks: list[Frag] = field(default_factory=list)
    runs: list[Frag] = field(default_factory=list)
    """The fragments as read, before touching ones are joined (a cell's text can run up to the next cell)."""

    def __post_init__(self) -> None:
        self.pieces.sort(key=lambda f: f.key)
        self.runs = self.pieces
        self.pieces = merge(self.pieces, 0.12 * self.size, self.size)
        self.chunks = merge(self.pieces, _CHUNK_GAP * self.size, self.size)

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.chunks)

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def mono(self) -> bool:
        """Every run on it is set in a fixed-pitch font: a line of code."""
        return all(p.mono for p in self.pieces)

    @property
    def bold(self) -> bool:
        """Every run on it is set in a bold font."""
        return all(p.bold for p in self.pieces)

    @property
    def x1(self) -> float:
        return max(p.x1 for p in self.pieces)


def page_lines(page: PdfPage, textpage: PdfTextPage, number: int) -> list[Line]:
    """The lines of text on page `number`, top to bottom."""
    runs: list[tuple[float, float, list[Frag]]] = []
    try:
        runs = positioned_runs(page, textpage)
    except Exception:  # PDFium's page objects failed us: read the page's plain text instead
        runs = []
    if not runs:
        try:
            rows = pdf_pdfium.plain_text(textpage).splitlines()
        except Exception:
            rows = []
        runs = [(12.0 * i, 10.0, _pieces(row, 0.0, 5.0 * len(row), i)) for i, row in enumerate(rows)]
    items = sorted(((y, size, f) for y, size, frags in runs for f in frags), key=lambda t: (t[0], t[2].x0))
    lines: list[Line] = []
    group: list[tuple[float, float, Frag]] = []
    for item in [*items, None]:
        below = group and (item is None or item[0] - group[0][0] > 0.45 * min(item[1], group[0][1]))
        if group and (below or (item is not None and _over(item[2], [f for _, _, f in group]))):
            size = max(s for _, s, _ in group)
            lines.append(Line(number, group[0][0], size, [f for _, _, f in group]))
            group = []
        if item is not None:
            group.append(item)
    return lines


def _over(frag: Frag, line: list[Frag]) -> bool:
    """`frag` is printed over text of the same line (a fixed header over the page's first line): no line of
    text has two pieces covering the same stretch, so it starts a line of its own."""
    return any(min(frag.x1, f.x1) - max(frag.x0, f.x0) > 3.0 for f in line)  # (more than a glyph's overhang)


def positioned_runs(page: PdfPage, textpage: PdfTextPage) -> list[tuple[float, float, list[Frag]]]:
    """(top-down y, font height, fragments) per text run, from PDFium's text objects."""
    return [
        (run.y, run.size, _pieces(run.text, run.edges[0][0], run.edges[-1][1], i, (run.mono, run.bold), run.edges))
        for i, run in enumerate(pdf_pdfium.page_runs(page, textpage))
    ]


def _pieces(
    text: str,
    x0: float,
    x1: float,
    order: int,
    font: tuple[bool, bool] = (False, False),
    edges: list[tuple[float, float]] | None = None,
) -> list[Frag]:
    """Split a run at gaps of 2+ spaces, undoing letter-spacing (`P   O   S   T       /   x` -> `POST /x`).
    `edges` are the characters' (left, right) where known; else they are spread evenly from `x0` to `x1`."""
    text = text.translate(_NOISE)
    spans = [(m.start(), m.end()) for m in _SPAN.finditer(text)]
    if not spans:
        return []
    scale = (x1 - x0) / max(len(text.rstrip()), 1)

    def left(i: int) -> float:
        return edges[i][0] if edges else x0 + i * scale

    def right(i: int) -> float:  # the right edge of the character before `i`
        return edges[i - 1][1] if edges else x0 + i * scale

    gaps = [b[0] - a[1] for a, b in pairwise(spans)]
    singles = sum(e - s == 1 for s, e in spans)
    if (len(spans) >= 3 and singles >= 0.8 * len(spans)) or (singles == len(spans) == 2 and gaps[0] <= 5):
        step = min(gaps)
        frags: list[Frag] = []
        start, word = spans[0][0], text[spans[0][0] : spans[0][1]]
        for (s, e), gap, (_, end) in zip(spans[1:], gaps, spans, strict=False):
            if gap > 2 * step + 2:
                frags.append(Frag(left(start), right(end), word))
                start, word = s, ""
            elif gap > step + 1:
                word += " "
            word += text[s:e]
        frags.append(Frag(left(start), right(spans[-1][1]), word))
    else:
        frags = [Frag(left(s), right(e), text[s:e]) for s, e in spans]
    for i, frag in enumerate(frags):
        frag.lead, frag.key = i > 0 or spans[0][0] > 0, (x0 if i == 0 else frag.x0, order)
        frag.mono, frag.bold = font
    frags[0].indent = spans[0][0]
    frags[-1].trail = spans[-1][1] < len(text)
    return frags


def merge(frags: list[Frag], gap: float, size: float) -> list[Frag]:
    """Join fragments closer than `gap`; a word space unless they touch."""
    out: list[Frag] = []
    for f in frags:
        if out and f.x0 - out[-1].x1 < gap:
            last = out[-1]
            joiner = " " if last.trail or f.lead or f.x0 - last.x1 >= 0.08 * size else ""
            text, x1 = last.text + joiner + f.text, max(last.x1, f.x1)
            mono, bold = last.mono and f.mono, last.bold and f.bold
            out[-1] = Frag(last.x0, x1, text, last.lead, f.trail, last.key, mono, bold, last.indent)
        else:
            out.append(Frag(f.x0, f.x1, f.text, f.lead, f.trail, f.key, f.mono, f.bold, f.indent))
    return out


def readable(pages: list[list[Line]]) -> list[Line]:
    """Drop running headers, footers and page numbers; order two-column pages; number the lines."""

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    seen: dict[str, list[float]] = {}
    for lines in pages:
        for k, y in {key(ln): ln.y for ln in (*lines[:3], *lines[-3:]) if re.search(r"\w\w", ln.text)}.items():
            seen.setdefault(k, []).append(y)
    need = max(3, (sum(map(bool, pages)) + 1) // 2)
    running: dict[str, float] = {}  # a running header or footer's text, and where it is printed
    for k, ys in seen.items():
        count, at = max((sum(abs(y - ref) <= 4 for y in ys), ref) for ref in ys)
        if count >= need:
            running[k] = at
    out: list[Line] = []
    for lines in pages:
        # (printed at its place even where the page's text runs over it: a fixed navigation bar)
        drop = {id(ln) for ln in lines if abs(running.get(key(ln), -99.0) - ln.y) <= 4}
        for edge in (lines[:2], lines[-2:][::-1]):
            numbers = 0
            for ln in edge:
                number = len(ln.chunks) == 1 and bool(_PAGE_NUMBER.fullmatch(ln.text))
                numbers += number
                if not (key(ln) in running or (number and numbers == 1)):
                    break
                drop.add(id(ln))
        kept = _two_columns([ln for ln in lines if id(ln) not in drop])
        first = next((i for i, ln in enumerate(lines) if id(ln) not in drop), 0)
        for i, ln in enumerate(kept, first + 1):
            ln.no = i
        out.extend(kept)
    return out


def _two_columns(lines: list[Line]) -> list[Line]:
    """When a page has two prose columns split by a consistent gutter, read the left one, then the right."""
    if len(lines) < 8:
        return lines
    left_edge, right_edge = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    width = right_edge - left_edge
    bins = [0] * (int(width / 2) + 2)
    for ln in lines:
        covered = {b for p in ln.pieces for b in range(int((p.x0 - left_edge) / 2), int((p.x1 - left_edge) / 2) + 1)}
        for b in covered:
            bins[b] += 1
    best: tuple[int, int] | None = None
    run_start: int | None = None
    for b, count in enumerate([*bins, len(lines)]):
        if count <= 0.1 * len(lines) and 0.3 * width <= b * 2 <= 0.7 * width:
            run_start = b if run_start is None else run_start
        elif run_start is not None:
            if best is None or b - run_start > best[1] - best[0]:
                best = (run_start, b)
            run_start = None
    if best is None or (best[1] - best[0]) * 2 < 8:
        return lines
    g0, g1 = left_edge + best[0] * 2, left_edge + best[1] * 2
    full = [ln for ln in lines if any(p.x0 < g0 and p.x1 > g1 for p in ln.pieces)]
    split = [ln for ln in lines if not any(ln is f for f in full)]
    halves: list[list[Line]] = [[], []]
    for ln in split:
        for side, frags in enumerate(([p for p in ln.pieces if p.x0 < g0], [p for p in ln.pieces if p.x0 >= g0])):
            if frags:
                halves[side].append(Line(ln.page, ln.y, ln.size, frags))
    for half in halves:  # both sides prose of similar length (not a narrow label column beside long text)
        if len(half) < 0.4 * max(map(len, halves)) or sum(len(h.chunks) == 1 for h in half) < 0.7 * len(half):
            return lines
        if len(half) < 3 or sorted(len(h.text) for h in half)[len(half) // 2] < 20:
            return lines
    top, bottom = split[0].y, split[-1].y
    head = [ln for ln in full if ln.y < top]
    tail = [ln for ln in full if ln.y > bottom]
    left = sorted([*halves[0], *(ln for ln in full if top <= ln.y <= bottom)], key=lambda ln: ln.y)
    return [*head, *left, *halves[1], *tail]
