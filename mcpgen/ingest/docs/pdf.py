"""PDF documentation reduced to sections and blocks (pypdf).

pypdf's layout pass gives every run of text with its position and font size; from those this module rebuilds
lines, drops running headers, footers and page numbers, reads two-column pages column by column, undoes
letter-spacing (`P   O   S   T` -> `POST`) and line-end hyphenation, and recognises headings (larger type, or
short stand-alone lines), method + path lines, column-aligned tables (wrapped cells, rows continued across
pages), schema-like code, bullet lists and paragraphs. Every block's `Where` has the page and the line on it.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError, PyPdfError
from pypdf.generic import ArrayObject, ContentStream, StreamObject

from ...diagnostics import InputError
from .blocks import Block, Document, Where

_SPAN = re.compile(r"\S+(?: \S+)*")
_NOISE = str.maketrans(dict.fromkeys("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\x0b\x0c\r\xa0▼▲▶◀▾▸⇄", " "))
_METHOD_PATH = re.compile(r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE) +(?:https?://|/|\{)\S*")
_PAGE_NUMBER = re.compile(
    r"[ivxlc]{1,6}|(?:[Pp]age\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|[-\u2013\u2014] ?\d+ ?[-\u2013\u2014]"
)
_BULLET = re.compile(r"(?:[•◦▪‣●○■□\u2013*-]|\d{1,2}[.)])\s+(\S.*)")
_SCHEMA_LINE = re.compile(r"""[\w$.\-"']+\??\s*:\s*(?:[\w.\-<>|"'/]+\s*)?(?:\{\s*\}|\[\s*\]|[{\[])?,?(?:\s*//.*)?""")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "via", "with"}
_CHUNK_GAP = 0.8  # gaps of at least this many ems separate cells / columns
_HEADING_RATIO = 1.08


@dataclass
class _Frag:
    x0: float
    x1: float
    text: str
    lead: bool = False
    """Whitespace came before it in its run."""
    trail: bool = False
    key: tuple[float, int] = (0.0, 0)
    """Reading order on the line: where its run starts (not its own x, which pypdf may not advance), then the run."""


@dataclass(eq=False)
class _Line:
    page: int
    y: float
    size: float
    pieces: list[_Frag]
    no: int = 0
    chunks: list[_Frag] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.pieces.sort(key=lambda f: f.key)
        self.pieces = _merge(self.pieces, 0.12 * self.size, self.size)
        self.chunks = _merge(self.pieces, _CHUNK_GAP * self.size, self.size)

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.chunks)

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def x1(self) -> float:
        return max(p.x1 for p in self.pieces)


def reduce_pdf(data: bytes, file: str) -> Document:
    """Reduce a PDF to a `Document`; `file` names it in every `Where` and error."""
    with _quiet_pypdf():
        reader = _open(data, file)
        pages = [_page_lines(page, number) for number, page in enumerate(reader.pages, 1)]
    if not any(pages):
        raise InputError(f"{file}: the PDF has no extractable text (a scanned document needs OCR first)")
    lines = _readable(pages)
    doc = Document(file=file)
    _Emitter(doc, lines).run()
    return doc


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs recoverable oddities ("Rotated text discovered") as warnings; keep errors only."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _open(data: bytes, file: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{file}: the PDF is encrypted with a password; decrypt it first")
        _ = len(reader.pages)
    except DependencyError as error:
        raise InputError(f"{file}: the PDF is encrypted and cannot be decrypted here ({error})") from error
    except (PyPdfError, ValueError, TypeError, KeyError, OSError) as error:
        raise InputError(f"{file}: not a readable PDF ({error})") from error
    return reader


def _page_lines(page: PageObject, number: int) -> list[_Line]:
    runs: list[tuple[float, float, list[_Frag]]] = []
    try:
        runs = _positioned_runs(page)
    except Exception:  # pypdf's layout internals moved or choked: read its public layout text instead
        runs = []
    if not runs:
        for mode in ("layout", "plain"):
            try:
                text = page.extract_text(extraction_mode=mode)
            except Exception:
                continue
            rows = text.splitlines()
            runs = [(12.0 * i, 10.0, _pieces(row, 0.0, 5.0 * len(row), i)) for i, row in enumerate(rows)]
            if any(frags for _, _, frags in runs):
                break
    items = sorted(((y, size, f) for y, size, frags in runs for f in frags), key=lambda t: (t[0], t[2].x0))
    lines: list[_Line] = []
    group: list[tuple[float, float, _Frag]] = []
    for item in [*items, None]:
        if group and (item is None or item[0] - group[0][0] > 0.45 * min(item[1], group[0][1])):
            size = max(s for _, s, _ in group)
            lines.append(_Line(number, group[0][0], size, [f for _, _, f in group]))
            group = []
        if item is not None:
            group.append(item)
    return lines


def _positioned_runs(page: PageObject) -> list[tuple[float, float, list[_Frag]]]:
    """(top-down y, font height, fragments) per text run, from pypdf's layout-mode pass."""
    from pypdf._text_extraction import _layout_mode

    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return []
    ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
    groups: list[Any] = _layout_mode.text_show_operations(ops, page._layout_mode_fonts(), True, None)
    return [
        (-g["ty"] * g["flip_sort"], max(g["font_height"], 1.0), _pieces(g["text"], g["tx"], g["displaced_tx"], i))
        for i, g in enumerate(groups)
    ]


def _pieces(text: str, x0: float, x1: float, order: int) -> list[_Frag]:
    """Split a run at gaps of 2+ spaces, undoing letter-spacing (`P   O   S   T       /   x` -> `POST /x`)."""
    text = text.translate(_NOISE)
    spans = [(m.start(), m.end()) for m in _SPAN.finditer(text)]
    if not spans:
        return []
    scale = (x1 - x0) / max(len(text.rstrip()), 1)
    gaps = [b[0] - a[1] for a, b in pairwise(spans)]
    singles = sum(e - s == 1 for s, e in spans)
    if (len(spans) >= 3 and singles >= 0.8 * len(spans)) or (singles == len(spans) == 2 and gaps[0] <= 5):
        step = min(gaps)
        frags: list[_Frag] = []
        start, word = spans[0][0], text[spans[0][0] : spans[0][1]]
        for (s, e), gap, (_, end) in zip(spans[1:], gaps, spans, strict=False):
            if gap > 2 * step + 2:
                frags.append(_Frag(x0 + start * scale, x0 + end * scale, word))
                start, word = s, ""
            elif gap > step + 1:
                word += " "
            word += text[s:e]
        frags.append(_Frag(x0 + start * scale, x0 + spans[-1][1] * scale, word))
    else:
        frags = [_Frag(x0 + s * scale, x0 + e * scale, text[s:e]) for s, e in spans]
    for i, frag in enumerate(frags):
        frag.lead, frag.key = i > 0 or spans[0][0] > 0, (x0 if i == 0 else frag.x0, order)
    frags[-1].trail = spans[-1][1] < len(text)
    return frags


def _merge(frags: list[_Frag], gap: float, size: float) -> list[_Frag]:
    """Join fragments closer than `gap`; a word space unless they touch."""
    out: list[_Frag] = []
    for f in frags:
        if out and f.x0 - out[-1].x1 < gap:
            last = out[-1]
            joiner = " " if last.trail or f.lead or f.x0 - last.x1 >= 0.08 * size else ""
            out[-1] = _Frag(last.x0, max(last.x1, f.x1), last.text + joiner + f.text, last.lead, f.trail, last.key)
        else:
            out.append(_Frag(f.x0, f.x1, f.text, f.lead, f.trail, f.key))
    return out


def _readable(pages: list[list[_Line]]) -> list[_Line]:
    """Drop running headers, footers and page numbers; order two-column pages; number the lines."""

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    seen: dict[str, list[float]] = {}
    for lines in pages:
        for k, y in {key(ln): ln.y for ln in (*lines[:2], *lines[-2:]) if re.search(r"\w\w", ln.text)}.items():
            seen.setdefault(k, []).append(y)
    need = max(3, (sum(map(bool, pages)) + 1) // 2)
    running = {k for k, ys in seen.items() if max(sum(abs(y - ref) <= 4 for y in ys) for ref in ys) >= need}
    out: list[_Line] = []
    for lines in pages:
        drop: set[int] = set()
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


def _two_columns(lines: list[_Line]) -> list[_Line]:
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
    halves: list[list[_Line]] = [[], []]
    for ln in split:
        for side, frags in enumerate(([p for p in ln.pieces if p.x0 < g0], [p for p in ln.pieces if p.x0 >= g0])):
            if frags:
                halves[side].append(_Line(ln.page, ln.y, ln.size, frags))
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


def _method_line(line: _Line) -> tuple[str, str] | None:
    """`POST /payment` (optionally followed by other cells) as (code, rest)."""
    texts = [c.text for c in line.chunks]
    for k in (1, 2):
        if len(texts) >= k and _METHOD_PATH.fullmatch(" ".join(texts[:k])):
            return " ".join(texts[:k]), " ".join(texts[k:])
    return None


def _code_like(text: str) -> bool:
    bare = text.replace(" ", "")
    return bool(
        re.fullmatch(r"[\[\]{}(),;]+", bare)
        or (re.search(r"(?:[{\[]|\{ ?\}|\[ ?\])$", text) and len(text.split()) <= 6)
        or _SCHEMA_LINE.fullmatch(text)
        or re.fullmatch(r"\"[^\"]*\",?|//.*|#( .*)?", text)
        or re.match(r"\"[^\"]*\"\s*:|curl\s|\$ ", text)
    )


def _header_cell(text: str) -> bool:
    return (
        bool(re.match(r"[A-Z]", text))
        and not re.search(r"[_{}/=<>]", text)
        and len(text) <= 40
        and len(text.split()) <= 5
        and not text.endswith((":", ".", ","))
        and not _code_like(text)
    )


def _title_like(text: str) -> bool:
    words = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", text).split()
    if len(words) == 1:
        return bool(re.fullmatch(r"[A-Za-z][\w{}/.\-]*", words[0]))
    return 0 < len(words) <= 3 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


class _Emitter:
    def __init__(self, doc: Document, lines: list[_Line]) -> None:
        self.doc, self.lines = doc, lines
        sizes: Counter[float] = Counter()
        self.compounds: set[str] = set()
        self.words: set[str] = set()
        for ln in lines:  # body size: that of most prose (code is often smaller and longer)
            prose = len(ln.chunks) == 1 and len(ln.text.split()) >= 4 and not _code_like(ln.text)
            prose = prose and not re.search(r'[{}\[\]"=]', ln.text)
            sizes[round(ln.size * 2) / 2] += len(ln.text) * (100 if prose else 1)
            self.compounds.update(w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", ln.text))
            self.words.update(w.lower() for w in re.findall(r"[A-Za-z]+", ln.text))
        self.body = sizes.most_common(1)[0][0] if sizes else 10.0
        big = sorted({ln.size for ln in lines if self._heading_shape(ln) and self._big(ln)}, reverse=True)
        self.levels: dict[float, int] = {}
        level = 0
        for i, size in enumerate(big):
            level += i == 0 or size < big[i - 1] * 0.95
            self.levels[size] = min(level, 5)

    def where(self, line: _Line) -> Where:
        return Where(self.doc.file, line=line.no, page=line.page)

    def _big(self, line: _Line) -> bool:
        return line.size >= _HEADING_RATIO * self.body

    @staticmethod
    def _heading_shape(line: _Line) -> bool:
        text = line.text
        return (
            len(line.chunks) == 1
            and bool(re.search(r"[A-Za-z]", text))
            and len(text) <= 80
            and len(text.split()) <= 10
            and not text.endswith((".", ",", ";"))
            and not _METHOD_PATH.match(text)
            and not _code_like(text)
        )

    def _heading_level(self, i: int) -> int:
        line = self.lines[i]
        if not self._heading_shape(line):
            return 0
        if self._big(line):
            return self.levels.get(line.size, 5)
        prev = self.lines[i - 1] if i else None
        alone = prev is None or prev.page != line.page or not 0 <= line.y - prev.y <= 1.5 * line.size
        if not alone or not _title_like(line.text) or line.size < 0.95 * self.body:
            return 0
        numbered = re.match(r"(\d+(?:\.\d+)*)\.?\s", line.text)
        return min(numbered.group(1).count(".") + 1 if numbered else max(self.levels.values(), default=0) + 1, 6)

    def _follows(self, a: _Line, b: _Line, factor: float = 1.6) -> bool:
        """`b` continues `a`'s block: close below it, or a lowercase carry-over to the next page or column."""
        if b.page == a.page and 0 <= b.y - a.y <= factor * max(a.size, b.size):
            return abs(a.size - b.size) <= 0.15 * a.size
        return not re.search(r"[.:!?]$", a.text) and b.text[:1].islower()

    @staticmethod
    def _indented(a: _Line, b: _Line) -> bool:
        """`b`, just below `a`, starts further right: a new paragraph's indented first line."""
        return b.page == a.page and b.y > a.y and b.x0 > a.x0 + 1.5 * b.size

    def join(self, parts: list[str]) -> str:
        """Join wrapped lines, repairing `authenti-` + `cation` but not `X-` + `Request-Id` or code."""
        out = ""
        for raw in parts:
            part = raw.strip()
            if not part or not out:
                out = out or part
                continue
            token, tail = out.rsplit(" ", 1)[-1], re.match(r"[A-Za-z]+", part)
            if out.endswith("\xad"):
                out = out[:-1] + part
            elif token.endswith("-") and len(token) > 1:
                head, cont = token[:-1].rsplit("-", 1)[-1], tail.group(0) if tail else ""
                plain = bool(cont) and not re.search(r"[/_.=:@\d]", token)
                lower = plain and head[-1:].islower() and head.isalpha() and cont.islower()
                caps = plain and head.isupper() and cont.isupper() and (head + cont).lower() in self.words
                kept = f"{head}-{cont}".lower() in self.compounds
                out = out[:-1] + part if (lower or caps) and not kept else out + part
            elif token.endswith("/") and "/" in token[:-1] and not part.startswith(("(", "—")):
                out += part
            else:
                out += " " + part
        return out.replace("\xad", "")

    def run(self) -> None:
        lines, i, para = self.lines, 0, list[_Line]()

        def flush() -> None:
            if para:
                self.doc.add(Block("text", self.where(para[0]), text=self.join([ln.text for ln in para])))
                para.clear()

        while i < len(lines):
            line = lines[i]
            method = _method_line(line)
            table = None if method else self._table(i)
            level = 0 if method or table else self._heading_level(i)
            if method or table or level:
                flush()
            if method:
                self.doc.add(Block("code", self.where(line), text=method[0]))
                if method[1]:
                    self.doc.add(Block("text", self.where(line), text=method[1]))
                i += 1
            elif table:
                self.doc.add(table[0])
                i = table[1]
            elif level:
                j = i + 1
                while j < len(lines) and self._heading_shape(lines[j]) and lines[j].size == line.size:
                    if not (self._big(line) and self._follows(lines[j - 1], lines[j], 1.5)):
                        break
                    j += 1
                title = " ".join(ln.text for ln in lines[i:j]).rstrip(":")
                self.doc.add_section(title, level, self.where(line))
                i = j
            elif (end := self._code_run(i)) > i:
                flush()
                left = min(ln.x0 for ln in lines[i:end])
                text = "\n".join(" " * round((ln.x0 - left) / (0.5 * ln.size)) + ln.text for ln in lines[i:end])
                self.doc.add(Block("code", self.where(line), text=text))
                i = end
            elif (bullet := _BULLET.fullmatch(line.text)) is not None:
                flush()
                items: list[tuple[str, str]] = []
                while bullet is not None:
                    item, i = [bullet.group(1)], i + 1
                    while i < len(lines) and not _BULLET.fullmatch(lines[i].text) and lines[i].x0 > line.x0 + 2:
                        if not self._follows(lines[i - 1], lines[i]):
                            break
                        item.append(lines[i].text)
                        i += 1
                    items.append(("", self.join(item)))
                    nxt = lines[i] if i < len(lines) else None
                    ok = nxt is not None and abs(nxt.x0 - line.x0) < 2 and self._follows(lines[i - 1], nxt)
                    bullet = _BULLET.fullmatch(nxt.text) if ok and nxt is not None else None
                self.doc.add(Block("list", self.where(line), items=tuple(items)))
            else:
                last = para[-1] if para else None
                if last and (not self._follows(last, line) or self._indented(last, line)):
                    flush()
                para.append(line)
                i += 1
        flush()

    def _code_run(self, i: int) -> int:
        """End of a run of schema/JSON-like lines starting at `i` (`i` when there is none worth a block)."""
        j = i
        while j < len(self.lines) and _code_like(self.lines[j].text):
            prev, line = self.lines[j - 1], self.lines[j]
            if j > i and line.page == prev.page and not self._follows(prev, line, 2.0):
                break
            j += 1
        braces = any(re.search(r"[{}\[\]]", ln.text) for ln in self.lines[i:j])
        return j if j - i >= 2 or (j > i and braces) else i

    def _table(self, i: int) -> tuple[Block, int] | None:
        """Column-aligned lines (under a header row when there is one); wrapped cells are joined to their row."""
        lines, head = self.lines, self.lines[i]
        header = len(head.chunks) > 1 and all(_header_cell(c.text) for c in head.chunks)
        tol = 0.5 * head.size
        near = [head]  # the lines this table would span, to see where its columns start
        for line in lines[i + 1 : i + 40]:
            prose = len(line.chunks) == 1 and len(line.text.split()) >= 4 and line.x0 <= min(n.x0 for n in near)
            if line.page != near[-1].page or not self._follows(near[-1], line, 2.0) or _code_like(line.text) or prose:
                break
            near.append(line)
        rows = [ln for ln in near if len(ln.chunks) > 1 and not _method_line(ln)]
        xs = [c.x0 for ln in rows[header:] for c in ln.pieces] * 2  # a row's cells count twice, wrapped lines once
        xs = sorted(xs + [ln.x0 for ln in near[header:] if ln not in rows])
        if header:  # a header cell's own x, or further left where the data under a centred header begins
            cols = head.chunks
            starts = [
                min([col.x0, *(x for x in xs if (k == 0 or cols[k - 1].x1 < x) and x <= col.x1)])
                for k, col in enumerate(cols)
            ]
        else:  # no header: x positions where cells of several lines start
            groups = [[x] for x in xs[:1]]
            for x in xs[1:]:
                groups[-1].append(x) if x - groups[-1][-1] <= tol else groups.append([x])
            starts = [g[0] for g in groups if len(g) > 1]
            if not 2 <= len(starts) <= 6 or not rows:
                return None
            if len(head.chunks) == 1 and not any(abs(head.x0 - x) <= tol for x in starts[1:]):
                return None
        bounds = [x - tol for x in starts[1:]]
        entries: list[tuple[_Line, list[str], bool]] = []
        prev, j = head, i + header
        while j < len(lines):
            line = lines[j]
            if header and line.page != prev.page and line.text == head.text:  # the header repeated on a new page
                prev, j = line, j + 1
                continue
            if line.page == prev.page and not 0 <= line.y - prev.y <= 3 * max(line.size, prev.size):
                break
            cells = self._cells(line, starts[0] - 3 * tol, bounds)
            if cells is None or (self._big(line) and len(line.chunks) == 1) or _method_line(line):
                break
            filled = sum(bool(c) for c in cells)
            close = line.page == prev.page and line.y - prev.y <= 1.5 * line.size
            if filled == 1 and cells[0] and not (entries and close):
                break
            entries.append((line, cells, filled >= 2))
            prev, j = line, j + 1
        anchors = [k for k, entry in enumerate(entries) if entry[2]]
        keys = [entries[a][1][0] for a in anchors]  # without a header, rows start with a short name, not a bullet
        single = len(anchors) == 1 and sum(map(bool, entries[anchors[0]][1])) > 2 < len(entries)
        if len(anchors) < 2 - header - single or not (
            header or all(re.match(r"\W*[A-Za-z]", k) and len(k.split()) <= 4 for k in keys)
        ):
            return None
        # Lines between two rows go to the upper row up to the widest vertical gap (the last one of near-equal
        # gaps), to the lower one after it; in vertically centred tables (wrapped lines above the first row) to
        # the nearer row.
        owner, centred = [anchors[0]] * len(entries), anchors[0] > 0
        for a, b in pairwise([*anchors, len(entries)]):
            cut = b
            if b < len(entries):
                gaps = [self._gap(entries[k][0], entries[k + 1][0]) for k in range(a, b)]
                cut = max(k for k in range(a, b) if gaps[k - a] >= max(gaps) - 0.1 * head.size) + 1
                if centred and all(gaps):
                    ya, yb = entries[a][0].y, entries[b][0].y
                    cut = next(k for k in range(a + 1, b + 1) if entries[k][0].y - ya > yb - entries[k][0].y)
            owner[a:cut] = [a] * (cut - a)
            owner[cut:b] = [b] * (b - cut)
        parts: dict[int, list[list[str]]] = {a: [[] for _ in starts] for a in anchors}
        for k, (_, cells, _) in enumerate(entries):
            for column, text in enumerate(cells):
                if text:
                    parts[owner[k]][column].append(text)
        cells_out = [tuple(c.text for c in head.chunks)] if header else []
        cells_out += [tuple(self.join(texts) for texts in parts[a]) for a in anchors]
        return Block("table", self.where(head), rows=tuple(cells_out), header=header), j

    @staticmethod
    def _gap(a: _Line, b: _Line) -> float:
        return b.y - a.y if a.page == b.page else 0.0

    @staticmethod
    def _cells(line: _Line, left: float, bounds: list[float]) -> list[str] | None:
        """The line's text per column; None when it starts left of the table or is prose running across columns."""
        prose = len(line.chunks) == 1 and len(line.text.split()) >= 4
        if line.x0 < left or (prose and any(line.x0 < b < line.x1 - 3 * line.size for b in bounds)):
            return None
        cells: list[list[str]] = [[] for _ in range(len(bounds) + 1)]
        for piece in line.pieces:
            cells[sum(piece.x0 >= b for b in bounds)].append(piece.text)
        return [" ".join(c) for c in cells]
