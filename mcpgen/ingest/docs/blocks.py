"""The shape every documentation format is reduced to: a flat list of sections, each holding blocks.

A format module (Markdown, HTML, PDF) only turns its input into `Document`; the one shared extractor
(`extract.py`) finds endpoints, parameters, bodies, base URLs and auth hints in it. Every block carries
where it came from, so tools and diagnostics can point back to the passage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

BlockKind = Literal["text", "code", "table", "list", "deflist"]


@dataclass(frozen=True)
class Where:
    """A place in a source document."""

    file: str
    line: int | None = None
    """1-based line in the source text (Markdown, HTML) or on the page (PDF)."""
    page: int | None = None
    """1-based PDF page."""
    section: str = ""
    """The heading path (`API > Generate a completion`) or, for HTML, a CSS selector when it is more precise."""


HTTPDOMAIN = "httpdomain"
"""The `lang` of a list of request headers an API reference's field list declares (`:reqheader Accept:`)."""


@dataclass(frozen=True)
class Block:
    """One unit of content.

    - `text`: a paragraph (`text`).
    - `code`: a code block or a stand-alone code line (`text`, `lang` when stated).
    - `table`: `rows`, the first row being the header when `header` is true.
    - `list`: `items` as (`""`, item text); nested items are flattened with their text.
    - `deflist`: `items` as (term, definition).
    """

    kind: BlockKind
    where: Where
    text: str = ""
    lang: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = True
    items: tuple[tuple[str, str], ...] = ()

    @property
    def body_rows(self) -> tuple[tuple[str, ...], ...]:
        """A table's rows below its header (every row when it has none)."""
        return self.rows[1:] if self.header else self.rows

    def rewritten(self, change: Callable[[str], str]) -> Block:
        """The block with `change` applied to every text it holds (paragraph, cells, list terms and items): a
        page-wide reading, such as a prefix a sentence states, written into the page before it is read."""
        return replace(
            self,
            text=change(self.text),
            rows=tuple(tuple(change(c) for c in row) for row in self.rows),
            items=tuple((change(t), change(d)) for t, d in self.items),
        )


@dataclass
class Section:
    """A heading and the blocks up to the next heading of any level."""

    title: str
    level: int
    """1-6 for headings; 0 for the text before the first heading."""
    path: tuple[str, ...]
    """Titles of the enclosing headings, outermost first, ending with this one."""
    where: Where
    blocks: list[Block] = field(default_factory=list)
    anchor: str = ""
    """The heading's id (HTML `id`, Markdown `{#id}`), when it has one."""
    aliases: list[str] = field(default_factory=list)
    """Further ids that point into the section (`<a id="schemapet"></a>` under a heading)."""


@dataclass
class Document:
    """A whole documentation source, as sections in reading order."""

    file: str
    title: str = ""
    sections: list[Section] = field(default_factory=list)

    def add_section(self, title: str, level: int, where: Where, anchor: str = "") -> Section:
        """Open a new section under the nearest preceding heading of a lower level."""
        parents: list[str] = []
        for previous in reversed(self.sections):
            if 0 < previous.level < level:
                parents = list(previous.path)
                break
        path = (*parents, title) if title else tuple(parents)
        if not where.section and path:
            where = replace(where, section=" > ".join(path))
        section = Section(title=title, level=level, path=path, where=where, anchor=anchor)
        self.sections.append(section)
        if not self.title and level == 1:
            self.title = title
        return section

    def current(self, where: Where) -> Section:
        """The section new blocks go to (a level-0 preamble when no heading came yet)."""
        if not self.sections:
            self.sections.append(Section(title="", level=0, path=(), where=where))
        return self.sections[-1]

    def add(self, block: Block) -> Block:
        """Append `block` to the current section; its place gets the section's heading path if it has none."""
        section = self.current(block.where)
        if not block.where.section and section.path:
            block = replace(block, where=replace(block.where, section=" > ".join(section.path)))
        section.blocks.append(block)
        return block

    def with_blocks(self, changed: dict[int, Block]) -> Document:
        """A copy with each block whose `id` is a key of `changed` replaced by its value (itself when none is)."""
        if not changed:
            return self
        sections = [replace(s, blocks=[changed.get(id(b), b) for b in s.blocks]) for s in self.sections]
        return replace(self, sections=sections)


def retitled(doc: Document, renamed: dict[str, str]) -> Document:
    """`doc` with headings renamed (old title -> new), in their own titles and in the heading paths of the sections
    under them."""
    if not renamed:
        return doc
    sections: list[Section] = []
    for section in doc.sections:
        path = tuple(renamed.get(title, title) for title in section.path)
        if path == section.path:
            sections.append(section)
            continue
        sections.append(replace(section, title=renamed.get(section.title, section.title), path=path))
    return replace(doc, sections=sections)
