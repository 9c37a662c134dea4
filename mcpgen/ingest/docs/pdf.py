"""PDF documentation reduced to sections and blocks (PDFium, through pypdfium2).

`pdf_layout` reads the pages as positioned lines (with their font size, and whether they are set in a
fixed-pitch or bold font); from those this module recognises headings (larger type, or stand-alone lines in
bold or reading as a title), request lines, code blocks (lines in a fixed-pitch font, or schema-like lines),
column-aligned tables (wrapped cells, rows continued across pages, a header row named from what a headerless
parameter table's columns hold), schemas' property lists, bullet lists and paragraphs (repairing line-end
hyphenation). Every block's `Where` has the page and the line on it.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ...diagnostics import InputError
from .blocks import Block, Document, Where
from .params import split_glued_columns, table_roles
from .pdf_fields import field_column
from .pdf_layout import Frag, Line, merge, page_lines, readable
from .pdf_pdfium import open_pdf, text_page

_METHOD_PATH = re.compile(r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE) +(?:https?://|/|\{)\S*")
_BULLET = re.compile(r"(?:[•◦▪‣●○■□\u2013*-]|\d{1,2}[.)])\s+(\S.*)")
_SCHEMA_LINE = re.compile(r"""[\w$.\-"']+\??\s*:\s*(?:[\w.\-<>|"'/]+\s*)?(?:\{\s*\}|\[\s*\]|[{\[])?,?(?:\s*//.*)?""")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "via", "with"}
_SENTENCE_TITLE_RATIO = 1.3
_HEADING_RATIO = 1.08


def reduce_pdf(data: bytes, file: str) -> Document:
    """Reduce a PDF to a `Document`; `file` names it in every `Where` and error."""
    pages: list[list[Line]] = []
    with open_pdf(data, file) as pdf:
        for index in range(len(pdf)):
            with text_page(pdf, index) as (page, textpage):
                pages.append(page_lines(page, textpage, index + 1))
    if not any(pages):
        raise InputError(f"{file}: the PDF has no extractable text (a scanned document needs OCR first)")
    lines = readable(pages)
    doc = Document(file=file)
    _Emitter(doc, lines).run()
    return doc


def _method_line(line: Line) -> tuple[str, str] | None:
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


_FIELD_TERM = re.compile(
    r"(?P<name>[a-z_$][\w.$\-]*)\??: (?P<type>(?:object|string|integer|number|boolean|array|[A-Z][\w.]*)"
    r"(?:\[\])?(?: \([\w\- ]+\))?)"
)
"""`messages: object[]`, `expiration: integer (int64)`, `counters: VstatsAcqSpecsCounterSpec`: a property's term."""
_SECTION_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s")
"""`2 `, `3.1 `, `4.2.1. ` before a heading's title (not `200 ` of `200 OK`)."""


_JSON_TYPE = (
    r"(?:string|integer|int(?:32|64)?|number|float|double|boolean|bool|array|object|file|date(?:-?time)?)"
    r"(?:\[\])?(?: ?\([\w\- ]+\))?"
)
_COLUMN_VALUES = {
    "in": re.compile(r"path|query|header|cookie|body|form(?:data)?", re.I),
    # `string`, `integer (int64)`, `string[] , multiple parameters (types=a&types=b)`
    "type": re.compile(_JSON_TYPE + r"(?: ?,.*)?", re.I | re.S),
    "required": re.compile(r"required|optional|yes|no|true|false", re.I),
}
_TYPE_FIRST = re.compile(_JSON_TYPE + r"(?:\s|$)", re.I)
"""A type, then the property's description set under it in the same cell (`integer` / `User Status`)."""


def _column_names(rows: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """Column names for a table printed without its header row (its header cells were empty, or styled away),
    when its columns read as a parameter list: names first, then a location (`query`) or JSON type column."""
    if not rows or any(not re.fullmatch(r"[A-Za-z_$@][\w.$@\-\[\]]*", r[0]) for r in rows):
        return None
    names = ["name"] + [""] * (len(rows[0]) - 1)
    for k in range(1, len(names)):
        cells = [r[k] for r in rows if r[k]]
        role = next((n for n, v in _COLUMN_VALUES.items() if cells and all(v.fullmatch(c) for c in cells)), "")
        if not role and cells and all(_TYPE_FIRST.match(c) for c in cells):
            role = "type"  # each cell a type, then the property's description set under it
        names[k] = role if role not in names else ""
    if "in" not in names and "type" not in names:
        return None
    widths = {k: sum(len(r[k]) for r in rows) for k, n in enumerate(names) if not n}
    if widths:
        names[max(widths, key=lambda k: widths[k])] = "description"
    return tuple(names)


def _wrapped_header(row: tuple[str, ...]) -> bool:
    """A table's first row, assembled from wrapped lines, that is its header: every cell a column title, and
    the titles those of a parameter table (a name column and at least one more it knows)."""
    if not all(row) or not all(_header_cell(cell) for cell in row):
        return False
    roles = table_roles(row)
    return "name" in roles and len(roles) >= 2


def _header_titles(head: Line, below: list[Line]) -> list[Frag]:
    """A header row's cells: its chunks; or its runs, when columns are set so close that titles touch (`Parameter`
    `In` as one chunk) and the rows under it start cells where those runs start."""
    runs = head.runs
    if len(runs) <= len(head.chunks) or len(runs) > 8:
        return head.chunks
    tol = 0.3 * head.size
    starts = {round(r.x0) for r in runs}
    rows = [ln for ln in below if ln.page == head.page and len(ln.runs) > 1]
    split = {c.x0 for c in head.chunks}
    for row in rows:
        aligned = [r for r in _cell_runs(row) if any(abs(r.x0 - x) <= tol for x in starts)]
        if len(aligned) < len(_cell_runs(row)) or not any(all(abs(r.x0 - x) > tol for x in split) for r in aligned):
            return head.chunks
    return runs if rows else head.chunks


def _cell_runs(line: Line) -> list[Frag]:
    """The runs of a line that may start a cell: not those that go on right where the one before stopped, without
    a space (a writer that shows `?action`, `=` and `add` by three operators)."""
    glued = {
        id(run)
        for prev, run in pairwise(line.runs)
        if not (prev.trail or run.lead) and abs(run.x0 - prev.x1) <= 0.01 * line.size
    }
    return [run for run in line.runs if id(run) not in glued]


def _title_like(text: str) -> bool:
    number = _SECTION_NUMBER.match(text)
    words = text[number.end() if number else 0 :].split()
    if len(words) == 1:
        return bool(re.fullmatch(r"[A-Za-z][\w{}/.\-]*", words[0]))
    return 0 < len(words) <= 3 and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


class _Emitter:
    def __init__(self, doc: Document, lines: list[Line]) -> None:
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
        # (sizes a step apart count together: prose set in two near sizes outweighs long titles in one larger size)
        near = {s: sum(w for t, w in sizes.items() if abs(t - s) <= 0.06 * s) for s in sizes}
        self.body = max(sizes, key=lambda s: (near[s], sizes[s])) if sizes else 10.0
        self.bold_type = any(ln.bold for ln in lines)
        self.foot = max((ln.y for ln in lines), default=0.0)  # the lowest text line of any page
        gaps: dict[float, Counter[float]] = {}  # line pitch of code, by font size
        for a, b in pairwise(lines):
            if a.mono and b.mono and a.page == b.page and a.size == b.size and b.y > a.y:
                gaps.setdefault(round(a.size, 1), Counter())[round(b.y - a.y, 1)] += 1
        self.pitches = {size: counter.most_common(1)[0][0] for size, counter in gaps.items()}
        big = {ln.size for ln in lines if (self._heading_shape(ln) and self._titled(ln)) or self._display(ln)}
        big = sorted(big, reverse=True)
        self.levels: dict[float, int] = {}
        level = 0
        for i, size in enumerate(big):
            level += i == 0 or size < big[i - 1] * 0.95
            self.levels[size] = min(level, 5)

    def where(self, line: Line) -> Where:
        return Where(self.doc.file, line=line.no, page=line.page)

    def _big(self, line: Line) -> bool:
        return line.size >= _HEADING_RATIO * self.body

    def _titled(self, line: Line) -> bool:
        """Set in larger type; a line that ends with a period only in clearly larger type (a summary used as a
        title), since prose a size up is still prose."""
        return self._big(line) and (not line.text.endswith(".") or line.size >= _SENTENCE_TITLE_RATIO * self.body)

    @staticmethod
    def _heading_shape(line: Line) -> bool:
        text = line.text
        return (
            len(line.chunks) == 1
            and bool(re.search(r"[A-Za-z]", text))
            and len(text) <= 80
            and len(text.split()) <= 10
            and not text.endswith((",", ";"))
            and ". " not in text  # one sentence at most: a summary set as a title may end with its period
            and not _METHOD_PATH.match(text)
            and (not _code_like(text) or (line.bold and not line.mono))  # `Pet: object` in bold names a schema
        )

    def _display(self, line: Line) -> bool:
        """A line of running text set clearly larger than prose: part of a title that wraps and may hold more than
        one sentence (an operation's long summary set as its heading)."""
        return (
            len(line.chunks) == 1
            and line.size >= _SENTENCE_TITLE_RATIO * self.body
            and not line.mono
            and bool(re.search(r"[A-Za-z]", line.text))
            and not _METHOD_PATH.match(line.text)
            and not _code_like(line.text)
        )

    def _heading_level(self, i: int) -> int:
        """A heading is set in larger type, or stands alone in bold body type (in a document without bold type,
        when it reads as a title); its level is that of its size, or the one below the smallest larger size."""
        line = self.lines[i]
        prev = self.lines[i - 1] if i else None
        if not self._heading_shape(line):
            opens = prev is None or not self._follows(prev, line, 1.7) or prev.size != line.size
            return self.levels.get(line.size, 0) if opens and self._display(line) else 0
        alone = prev is None or prev.page != line.page or not 0 <= line.y - prev.y <= 1.5 * line.size
        if self._big(line) and not self._titled(line):
            return 0
        if self._big(line):  # unless it goes on a paragraph in the same type
            carried = prev is not None and not alone and prev.size == line.size and not self._heading_shape(prev)
            return 0 if carried else self.levels.get(line.size, 5)
        if line.text.endswith("."):
            return 0  # in body type, a line ending with a period is prose
        titled = line.bold or (not self.bold_type and _title_like(line.text))
        if not alone or not titled or line.size < 0.95 * self.body or line.text.endswith(":"):
            return 0  # (a label ending in a colon introduces what follows, in body type it is no heading)
        numbered = _SECTION_NUMBER.match(line.text)
        return min(numbered.group(1).count(".") + 1 if numbered else max(self.levels.values(), default=0) + 1, 6)

    def _follows(self, a: Line, b: Line, factor: float = 1.6) -> bool:
        """`b` continues `a`'s block: close below it, or a lowercase carry-over to the next page or column."""
        if b.page == a.page and 0 <= b.y - a.y <= factor * max(a.size, b.size):
            return abs(a.size - b.size) <= 0.15 * a.size
        if b.page == a.page and b.y > a.y:
            return False  # further down the same column: a gap between blocks, whatever the case of its first letter
        return not re.search(r"[.:!?]$", a.text) and b.text[:1].islower()

    @staticmethod
    def _indented(a: Line, b: Line) -> bool:
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
            elif token.endswith(("-", "\u2010")) and len(token) > 1:  # (U+2010: a hyphen an engine set at a break)
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
        lines, i, para = self.lines, 0, list[Line]()

        def flush() -> None:
            if para:
                self.doc.add(Block("text", self.where(para[0]), text=self.join([ln.text for ln in para])))
                para.clear()

        while i < len(lines):
            line = lines[i]
            if (end := self._mono_run(i)) > i:
                flush()
                self.doc.add(Block("code", self.where(line), text=self._code_text(lines[i:end])))
                i = end
                continue
            method = _method_line(line)
            column = None if method else field_column(self, i)
            table = None if method or column else self._table(i)
            level = 0 if method or column or table else self._heading_level(i)
            if method or column or table or level:
                flush()
            if method:
                if self._big(line) and not method[1] and line.size in self.levels:  # a request line as heading
                    self.doc.add_section(method[0], self.levels[line.size], self.where(line))
                self.doc.add(Block("code", self.where(line), text=method[0]))
                if method[1]:
                    self.doc.add(Block("text", self.where(line), text=method[1]))
                i += 1
            elif table:
                self.doc.add(table[0])
                i = table[1]
            elif level:
                j = i + 1
                while j < len(lines) and lines[j].size == line.size:
                    if not (self._heading_shape(lines[j]) or self._display(lines[j])):
                        break
                    if not (self._big(line) and self._follows(lines[j - 1], lines[j], 1.7)):
                        break
                    j += 1
                title = " ".join(ln.text for ln in lines[i:j]).rstrip(":")
                self.doc.add_section(title, level, self.where(line))
                i = j
            elif column:
                for block in column[0]:
                    self.doc.add(block)
                i = column[1]
            elif fields := self._fields(i, opening=not para and self._opening()):
                flush()
                self.doc.add(fields[0])
                i = fields[1]
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

    def _opening(self) -> bool:
        """Nothing came yet under the last heading."""
        return bool(self.doc.sections) and not self.doc.sections[-1].blocks

    def _fields(self, i: int, *, opening: bool) -> tuple[Block, int] | None:
        """A schema's properties printed as a definition list (bootprint's "Schema definitions": `name: type` on a
        line, its description below) as a name / type / description table, as the HTML page has it. One property
        alone makes such a list only right under a heading (`opening`)."""
        lines, first = self.lines, self.lines[i]
        if len(first.chunks) > 1 or not _FIELD_TERM.fullmatch(first.text):
            return None
        rows: list[tuple[str, str, list[str]]] = []
        j = i
        while j < len(lines):
            line = lines[j]
            term = _FIELD_TERM.fullmatch(line.text) if len(line.chunks) == 1 and line.size == first.size else None
            if term and abs(line.x0 - first.x0) <= 0.2 * line.size:
                rows.append((term["name"], term["type"], []))
            elif self._ends_fields(j, first):
                break
            else:
                rows[-1][2].append(line.text)
            j += 1
        if len(rows) < 2 - opening:
            return None
        table = [("name", "type", "description"), *((name, kind, self.join(text)) for name, kind, text in rows)]
        return Block("table", self.where(first), rows=tuple(table)), j

    def _ends_fields(self, j: int, first: Line) -> bool:
        """Line `j` is no part of the property list `first` began: it starts further left, is code, a heading or a
        request line, or comes after a wide gap."""
        line, prev = self.lines[j], self.lines[j - 1]
        if line.x0 < first.x0 - 0.2 * line.size or line.mono or self._big(line) or _method_line(line):
            return True
        return bool(self._heading_level(j)) or (line.page == prev.page and not self._follows(prev, line, 3.0))

    def _mono_run(self, i: int) -> int:
        """End of the code block (lines in a fixed-pitch font) starting at `i`; `i` when there is none.

        Lines follow at the block's line pitch, or a whole number of pitches apart (blank lines in the code); any
        other gap is the space between two blocks; over a page break a block goes on only from a page filled to
        its foot. A lone line is code unless it is a request line with more cells (a summary beside it); a line
        in larger type is a heading."""
        lines, first = self.lines, self.lines[i]
        if not first.mono or self._big(first):
            return i
        pitch = self._pitch(first)
        j = i + 1
        while j < len(lines) and lines[j].mono and abs(lines[j].size - first.size) <= 0.1 * first.size:
            prev, line = lines[j - 1], lines[j]
            if line.page != prev.page:  # a block broken across pages fills the page to its foot
                if self.foot - prev.y > 2 * pitch:
                    break
            elif not 0.9 <= (gap := line.y - prev.y) / pitch <= 3.1 or abs(gap / pitch - round(gap / pitch)) > 0.15:
                break
            j += 1
        if j == i + 1 and _method_line(first) and len(first.chunks) > 1:
            return i
        return j

    def _pitch(self, line: Line) -> float:
        """The usual distance between two lines of code in `line`'s type."""
        return self.pitches.get(round(line.size, 1), 1.2 * line.size)

    def _code_text(self, lines: list[Line]) -> str:
        """The lines of a code block, indented as printed, with the blank lines the gaps between them stand for."""
        left = min(ln.pieces[0].key[0] for ln in lines)
        out: list[str] = []
        pitch = self._pitch(lines[0])
        for k, ln in enumerate(lines):
            if k and ln.page == lines[k - 1].page:
                out.extend([""] * (round((ln.y - lines[k - 1].y) / pitch) - 1))
            indent = ln.pieces[0].indent + round((ln.pieces[0].key[0] - left) / (0.6 * ln.size))
            out.append(" " * indent + ln.text)
        return "\n".join(out)

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
        titles = _header_titles(head, lines[i + 1 : i + 4])
        header = len(titles) > 1 and all(_header_cell(c.text) for c in titles)
        tol = 0.5 * head.size
        near = [head]  # the lines this table would span, to see where its columns start
        for line in lines[i + 1 : i + 40]:
            # a paragraph after the table starts at its left edge and runs across a column start
            crossed = [c.x0 for n in near for c in n.chunks if c.x0 > line.x0 + tol]
            prose = len(line.chunks) == 1 and len(line.text.split()) >= 4 and line.x0 <= min(n.x0 for n in near)
            prose = prose and line.x1 > min(crossed, default=line.x1)
            spaced = self._spaced_row(near, line)
            if line.page != near[-1].page or not (spaced or self._follows(near[-1], line, 2.0)):
                break
            if _code_like(line.text) or prose:
                break
            near.append(line)
        rows = [ln for ln in near if len(ln.chunks) > 1 and (header or not _method_line(ln))]
        # a row's cells count twice, wrapped lines once; under a header, runs glued to the one before start no cell
        xs = [c.x0 for ln in rows[header:] for c in (_cell_runs(ln) if header else ln.runs)] * 2
        xs = sorted(xs + [ln.x0 for ln in near[header:] if ln not in rows])
        if header:  # a header cell's own x, or further left where the data under a centred header begins
            cols = titles
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
        entries: list[tuple[Line, list[str], bool]] = []
        prev, j = head, i + header
        while j < len(lines):
            line = lines[j]
            if header and line.page != prev.page and line.text == head.text:  # the header repeated on a new page
                prev, j = line, j + 1
                continue
            far = line.page == prev.page and not 0 <= line.y - prev.y <= 3 * max(line.size, prev.size)
            if far and not self._spaced_row([e[0] for e in entries] or [head], line):
                break
            cells = self._cells(line, starts[0] - 3 * tol, bounds, glued=header)
            request = _method_line(line) and not (header and len(line.chunks) > 1)  # not a row of an endpoint table
            if cells is None or (self._big(line) and len(line.chunks) == 1) or request:
                break
            filled = sum(bool(c) for c in cells)
            close = line.page == prev.page and line.y - prev.y <= 1.5 * line.size
            if filled == 1 and cells[0] and not (entries and close):
                break
            names = [e[1][0] for e in entries if e[2]]  # a column of one-word names does not wrap into words
            if filled == 1 and " " in cells[0].strip() and names and not any(" " in n.strip() for n in names):
                break
            entries.append((line, cells, filled >= 2 and (header or bool(cells[0]))))
            prev, j = line, j + 1
        anchors = [k for k, entry in enumerate(entries) if entry[2]]
        keys = [entries[a][1][0] for a in anchors]  # without a header, rows start with a short name, not a bullet
        single = len(anchors) == 1 and sum(map(bool, entries[anchors[0]][1])) > 2 < len(entries)
        if len(anchors) < 2 - header - single or not (
            header or all(re.match(r"\W*[A-Za-z]", k) and len(k.split()) <= 4 for k in keys)
        ):
            return None
        # Lines between two rows go to the upper row up to the widest vertical gap (the last one of near-equal
        # gaps), to the lower one after it. In vertically centred tables (wrapped lines above the first row) a
        # row's cells reach as far below its anchor line as above it: the lines beyond go to the next row.
        owner, centred = [anchors[0]] * len(entries), anchors[0] > 0
        for a, b in pairwise([*anchors, len(entries)]):
            cut = b
            if b < len(entries):
                gaps = [self._gap(entries[k][0], entries[k + 1][0]) for k in range(a, b)]
                cut = max(k for k in range(a, b) if gaps[k - a] >= max(gaps) - 0.1 * head.size) + 1
                if centred:  # (a row is not split across pages: lines on the next one are the next row's)
                    ya, page = entries[a][0].y, entries[a][0].page
                    top = next(k for k in range(a + 1) if k == a or (owner[k] == a and entries[k][0].page == page))
                    reach = ya - entries[top][0].y + 0.6 * head.size
                    below = range(a + 1, b)
                    cut = next((k for k in below if entries[k][0].page != page or entries[k][0].y - ya > reach), b)
            owner[a:cut] = [a] * (cut - a)
            owner[cut:b] = [b] * (b - cut)
        parts: dict[int, list[list[str]]] = {a: [[] for _ in starts] for a in anchors}
        for k, (_, cells, _) in enumerate(entries):
            for column, text in enumerate(cells):
                if text:
                    parts[owner[k]][column].append(text)
        cells_out = [tuple(c.text for c in titles)] if header else []
        cells_out += [tuple(self.join(texts) for texts in parts[a]) for a in anchors]
        if not header and (named := _column_names(cells_out)):
            cells_out, header = [named, *cells_out], True
        elif not header and len(cells_out) > 1 and _wrapped_header(cells_out[0]):
            header = True  # a header row wrapped over lines (`Located` over `in`, the other titles centred beside them)
        rows = split_glued_columns(tuple(cells_out)) if header else tuple(cells_out)
        return Block("table", self.where(head), rows=rows, header=header), j

    @staticmethod
    def _spaced_row(above: list[Line], line: Line) -> bool:
        """`line` is one more row of the table `above` holds, set further apart than wrapped lines are (rows padded
        apart): its cells start where those of the last row did, and it is at most four lines below that row."""
        row = next((a for a in reversed(above) if len(a.chunks) > 1), None)
        if row is None or len(line.chunks) != len(row.chunks) or line.page != row.page:
            return False
        tol = 0.5 * line.size
        aligned = all(abs(a.x0 - b.x0) <= tol for a, b in zip(row.chunks, line.chunks, strict=True))
        return aligned and 0 < line.y - row.y <= 4 * max(line.size, row.size)

    @staticmethod
    def _gap(a: Line, b: Line) -> float:
        return b.y - a.y if a.page == b.page else 0.0

    @staticmethod
    def _cells(line: Line, left: float, bounds: list[float], *, glued: bool = False) -> list[str] | None:
        """The line's text per column; None when it starts left of the table or is prose running across columns.
        With `glued` (under a header row), a run glued to the one before stays in its column, and a line with a run
        starting at a column apart from the run before it is a row, not prose."""
        prose = len(line.chunks) == 1 and len(line.text.split()) >= 4
        if prose and glued:  # (not when a run starts at a column apart from the one before: cells set close together)
            starts = [r.x0 for p, r in pairwise(line.runs) if r.x0 - p.x1 >= 0.3 * line.size]
            prose = not any(b <= x <= b + line.size for x in starts for b in bounds)
        if line.x0 < left or (prose and any(line.x0 < b < line.x1 - 3 * line.size for b in bounds)):
            return None
        if glued and bounds and line.x0 < bounds[0] < line.x1 - line.size and all(r.x0 < bounds[0] for r in line.runs):
            return None  # under a header, text running from the first column across the second is no cell
        cells: list[list[Frag]] = [[] for _ in range(len(bounds) + 1)]
        starts = {id(run) for run in (_cell_runs(line) if glued else line.runs)}
        column = 0
        for run in line.runs:
            column = sum(run.x0 >= b for b in bounds) if id(run) in starts else column
            cells[column].append(run)
        return [" ".join(p.text for p in merge(c, 0.12 * line.size, line.size)) for c in cells]
