"""HTML documentation reduced to sections and blocks (BeautifulSoup, `html.parser` builder).

Generic HTML gives sections, text, code, tables and lists, without page chrome (scripts, navigation, sidebars,
forms, hidden elements); inline `code` and **strong** keep Markdown marks, as the Markdown reducer does.
Generated reference pages (Redoc, Swagger UI, Slate, Sphinx httpdomain, vSphere) get each operation as a
`METHOD /path` code block in its section, parameters as `name | type | required | description` tables and
sample payloads after a "Request sample" / "Response sample 200" label.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from .attribute_requests import attribute_requests
from .blocks import Block, BlockKind, Document, Where
from .bracketed_italic_placeholders import bracketed_italic_placeholders
from .component_templates import unwrap_component_templates
from .form_requests import form_requests
from .html_text import (
    BLOCKS,
    BR,
    HEADING_LIST,
    HEADINGS,
    INLINE,
    append_text,
    attr,
    child_tags,
    class_list,
    code_lang,
    element_text,
    norm,
    pretty_json,
    skip,
    source_line,
    source_lines,
    table_rows,
    unwrap_templates,
    words,
)
from .labelled_components import component_headings
from .labelled_url_paths import url_definition
from .method_buttons import method_buttons
from .preformatted_pages import preformatted_body
from .requests import sphinx_template
from .revealed_elements import reveal_scripted
from .template_tags import without_template_tags

_METHODS = words("GET POST PUT PATCH DELETE HEAD OPTIONS TRACE")
_REQUEST_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\s+((?:https?://|/|\{)\S*)$")
_STATUS = re.compile(r"^(?:[1-5]\d\d|[1-5]XX|default)$", re.I)
_DETAIL = re.compile(r"^(?:Items\s+)?(Enum|Value|Default|Example|Examples|Const)\s*:$")  # Redoc field details
_STATUS_HEADER = ("status", "description")


class _Ctx(NamedTuple):
    min_level: int = 1  # headings inside a synthetic operation section go below it
    sample: str = ""  # a label ("Request sample") put before each code block
    quiet: bool = False  # a sample pane: only its code counts


class _Op(NamedTuple):
    method: str
    path: str
    servers: tuple[str, ...] = ()
    synth: bool = False  # no heading of its own: open a section for it
    title: str = ""
    anchor: str = ""


def reduce_html(text: str, file: str, *, line_class: str = "") -> Document:
    """Reduce an HTML page to a `Document`; `file` names it in every `Where`.

    With `line_class`, the page was converted from another format whose converter marks blocks with a
    class `<line_class><line>`: elements are placed at that line of the original rather than of the HTML."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(
            bracketed_italic_placeholders(without_template_tags(text)), "html.parser"
        )  # `{% trans "x" %}`: x
    unwrap_templates(soup)
    reveal_scripted(soup)  # `display: none` on a block the page's own script shows on a click
    unwrap_component_templates(soup)  # a `.vue` file's `<template>`: the markup it renders
    component_headings(soup)  # `<q-expansion-item label="Get wallet details">`: a heading over its content
    attribute_requests(soup)  # `<button data-method="PUT" data-url="/api/lights/1" data-body='{...}'>`
    method_buttons(soup)  # `<button class="badge">GET</button> /api/v1/items/`: a method badge over a path
    form_requests(soup)  # `<form method="POST">` around `POST /api/x: ...` and the `<input>` fields it sends
    if line_class:
        source_lines(soup, line_class)
    elif (plain := preformatted_body(soup)) is not None:  # `body { white-space: pre }`: a text file in `<html>`
        from .plaintext import reduce_plaintext

        text, line = plain
        doc = reduce_plaintext("\n" * (line - 1) + text, file)
        if not doc.title and soup.title:
            doc.title = norm(soup.title.get_text())
        return doc
    reducer = _Reducer(soup, file)
    body = soup.body or soup
    try:
        reducer.walk(body, _Ctx())
    except RecursionError:  # absurdly deep markup: keep its text, paragraph by paragraph
        reducer.doc.sections.clear()
        for para in re.split(r"\n\s*\n", body.get_text("\n")):
            if para.strip():
                reducer.doc.add(Block("text", Where(file), text=norm(para)))
    if not reducer.doc.title and soup.title:
        reducer.doc.title = norm(soup.title.get_text())
    return reducer.doc


# -- helpers -------------------------------------------------------------------------------------------------


def _request_line(text: str, sphinx: bool = False) -> str:
    """`GET  /users` -> `GET /users`, "" when `text` is no request line; Sphinx: `/users/(int:id)` -> `/users/{id}`."""
    method, _, target = norm(text).partition(" ")
    if sphinx:
        target = sphinx_template(target.replace(" ", ""))
    match = _REQUEST_LINE.match(f"{method} {target}")
    return f"{match.group(1)} {match.group(2)}" if match else ""


def _properties(dl: Tag, prefix: str = "") -> list[tuple[str, str, str, str]]:
    """<dt data-property-name="id"><span class="json-property-type">..</span></dt><dd>description</dd>, nested."""
    rows: list[tuple[str, str, str, str]] = []
    for dt in dl.find_all("dt", recursive=False):
        dd, name = dt.find_next_sibling("dd"), prefix + attr(dt, "data-property-name")
        kind = " ".join(element_text(t, False) for t in dt.select(".json-property-type, .json-property-format"))
        required = "required" if dt.select_one(".json-property-required") else ""
        inner = dd.select_one(".json-inner-schema") if dd else None
        rows.append((name, kind, required, element_text(dd, False, frozenset({"div"})) if dd else ""))
        for nested in inner.find_all("dl") if inner else []:
            if nested.find_parent("dl") is dl:
                rows.extend(_properties(nested, f"{name}."))
    return rows


def _index_ops(soup: BeautifulSoup) -> dict[int, _Op]:
    """Operations whose method and path sit in elements of their own, by the element that holds them."""
    ops: dict[int, _Op] = {}
    holders: dict[int, list[tuple[Tag, Tag, _Op]]] = {}
    for verb in soup.select(".http-verb"):  # Redoc: <span class="http-verb get">get</span><span>/path</span>
        path_el, method = verb.find_next_sibling(), norm(verb.get_text()).upper()
        if method not in _METHODS or path_el is None:
            continue
        path = norm(path_el.get_text()).replace("\u200b", "")
        servers: list[str] = []  # the server menu: <div><span>https://host/base</span>/path</div>
        dropdown = verb.parent.find_next_sibling() if verb.parent else None
        for span in dropdown.find_all("span") if dropdown else []:
            server = norm(span.get_text())
            if server and span.parent and norm(span.parent.get_text()).endswith(path) and server not in servers:
                servers.append(server)
        holder = next((p for p in verb.parents if p.get("id")), verb)  # Redoc: <div id="operation/get_boards">
        holders.setdefault(id(holder), []).append((holder, verb, _Op(method, path, tuple(servers))))
    for found in holders.values():
        for holder, verb, op in found:
            place = holder
            if len(found) > 1 or holder is verb:  # no holder of its own: it goes where it is printed
                place = next((p for p in verb.parents if not skip(p) and p.name not in INLINE), holder)
            ops[id(place)] = op
    for block in soup.select(".opblock"):  # Swagger UI
        method_el, path_el = block.select_one(".opblock-summary-method"), block.select_one(".opblock-summary-path")
        if method_el is None or path_el is None:
            continue
        method = norm(method_el.get_text()).upper()
        path = attr(path_el, "data-path") or norm(path_el.get_text()).replace("\u200b", "").replace(" ", "")
        summary = block.select_one(".opblock-summary-description")
        title = (norm(summary.get_text()) if summary else "") or f"{method} {path}"
        ops[id(block)] = _Op(method, path, (), True, title, attr(block, "id"))
    return ops


# -- the walk ------------------------------------------------------------------------------------------------
class _Reducer:
    def __init__(self, soup: BeautifulSoup, file: str) -> None:
        self.doc = Document(file=file)
        self.file = file
        self.selector = ""  # the CSS selector of the current section, if it has one
        self.real_level = 0  # the level of the last heading outside synthetic sections
        self.ids: list[list[str]] = []  # enclosing elements with an id: [selector, "claimed" once a heading used it]
        self.ops = _index_ops(soup)
        self.pending: _Op | None = None  # an operation waiting for its heading
        self.deferred: Tag | None = None  # a summary printed before its heading
        self.servers: tuple[str, ...] = ()
        self.status = ""  # the last "HTTP Status Code: 200" heading
        self.responses: Block | None = None  # the Redoc response list being extended
        self.tabs = {attr(t, "id"): element_text(t) for t in soup.select("[role=tab]") if attr(t, "id")}

    def add(self, kind: BlockKind, line: int | None, **fields: object) -> Block:
        block = Block(kind, Where(self.file, line=line, section=self.selector), **fields)  # type: ignore[arg-type]
        self.responses = None
        return self.doc.add(block)

    def section(self, title: str, level: int, line: int | None, selector: str = "", anchor: str = "") -> None:
        self.doc.add_section(title, level, Where(self.file, line=line, section=selector), anchor=anchor)
        self.selector, self.responses = selector, None
        status = re.search(r"\b[1-5]\d\d\b", title) if "status" in title.lower() else None
        self.status = status.group(0) if status else self.status

    def walk(self, el: Tag, ctx: _Ctx) -> None:
        """Blocks for the children of `el`: runs of inline content become paragraphs."""
        run: list[Tag | NavigableString] = []
        for child in el.children:
            if type(child) is NavigableString or type(child) is CData:
                run.append(child)
            elif isinstance(child, Tag):
                if skip(child):
                    if child.name == "button":
                        self.response_button(child)
                elif child.name in INLINE and (child.find(True) is None or child.find(BLOCKS) is None):
                    run.append(child)
                else:
                    self.flush(run, el, ctx)
                    run = []
                    self.block(child, ctx)
        self.flush(run, el, ctx)

    def block(self, tag: Tag, ctx: _Ctx) -> None:
        name, classes = tag.name, class_list(tag)
        if name in HEADINGS:
            self.heading(tag, ctx)
        elif name in ("pre", "code") or "redoc-json" in classes:
            self.code(tag, ctx)
        elif name == "table":
            self.table(tag, ctx)
        elif name in ("ul", "ol"):
            self.listing(tag, ctx)
        elif name == "dl":
            self.dl(tag, ctx)
        elif "operation-summary" in classes and tag.find_next_sibling(HEADING_LIST):  # bootprint: after its heading
            self.deferred = tag
        elif name != "hr":
            if attr(tag, "role") == "tabpanel":
                ctx = self.tab_label(tag, ctx)._replace(quiet=True)
            if "opblock-section-request-body" in classes:
                ctx = ctx._replace(sample="Request sample")
            if "sw-request-model" in classes:  # bootprint: the body's schema, often only its name
                self.add("text", tag.sourceline, text="Request body:")
            op, tag_id = self.ops.get(id(tag)), attr(tag, "id")
            if tag_id:
                self.ids.append([f"#{tag_id}" if name == "div" else f"{name}#{tag_id}", ""])
            if op is not None and op.synth:
                level = min(6, self.real_level + 1)
                self.section(op.title, level, tag.sourceline, f"#{op.anchor}" if op.anchor else "", op.anchor)
                if tag_id:
                    self.ids[-1][1] = "claimed"
                self.emit_op(op, tag.sourceline)
                ctx = ctx._replace(min_level=min(6, level + 1))
            elif op is not None:
                self.pending = op
            self.walk(tag, ctx)
            if op is not None and self.pending is op:
                self.emit_op(op, tag.sourceline)
            if tag_id:
                self.ids.pop()

    def flush(self, run: list[Tag | NavigableString], parent: Tag, ctx: _Ctx) -> None:
        """A run of inline content: a paragraph, a request line, a code line or JSON printed with `<br>`s."""
        out: list[str] = []
        for item in run:
            append_text(item, out)
        raw = "".join(out)
        if not raw.strip():
            return
        loose = [item for item in run if not (isinstance(item, str) and not item.strip())]
        line = source_line(loose[0], parent)
        shown = [item for item in loose if not (isinstance(item, Tag) and item.name == "br")]  # (`<code>..</code><br>`)
        if len(shown) == 1 and isinstance(shown[0], Tag) and shown[0].name in ("code", "kbd", "samp", "tt"):
            text = shown[0].get_text().strip()
            self.add("code", line, text=_request_line(text) or text)
            return
        lines = [part for part in (norm(p) for p in re.sub(r"[ \t\r\n]+", " ", raw).split(BR)) if part]
        request = _request_line(lines[0].replace("`", "")) if lines else ""
        if request:  # vSphere: GET https://{server}/rest/vcenter/vm<br>?filter.names.1=string<br>&...
            self.add("code", line, text=request)
            rest = "".join(lines[1:])
            if rest:
                self.add("code" if rest[0] in "?&" else "text", line, text=rest)
            return
        if len(lines) > 1 and lines[0][:1] in "[{":
            code = "\n".join(p.replace("\xa0", " ").rstrip() for p in re.sub(r"[ \t\r\n]+", " ", raw).split(BR))
            pretty = pretty_json(code.replace("`", ""))
            if pretty is not None:
                self.sample_label(ctx, line)
                self.add("code", line, text=pretty, lang="json")
                return
        for para in re.split(rf"{BR}\s*{BR}", raw):
            if para.strip() and not ctx.quiet:
                self.add("text", line, text=norm(para))

    def sample_label(self, ctx: _Ctx, line: int | None) -> None:
        label = ctx.sample
        if not label:
            path = " ".join(self.doc.current(Where(self.file)).path).lower()
            if "response" in path or "representation" in path:
                label = f"Response sample {self.status}".strip()
            elif "request" in path:
                label = "Request sample"
        if label:
            self.add("text", line, text=label)

    def heading(self, tag: Tag, ctx: _Ctx) -> None:
        out: list[str] = []
        for child in tag.children:
            append_text(child, out, False)
        title = norm("".join(out)).rstrip("¶#🔗 ").strip()
        required = title.endswith(" required")
        title = title.removesuffix(" required").strip()
        select = tag.find("select")  # Redoc: "Request Body schema: <select>application/json</select>"
        option = select.find("option", selected=True) or select.find("option") if select else None
        title = f"{title} {norm(option.get_text())}" if option else title
        if not title:
            return
        level = min(6, max(int(tag.name[1]), ctx.min_level))
        if ctx.min_level == 1:
            self.real_level = level
        own = attr(tag, "id")
        selector = f"#{own}" if own else ""
        for entry in reversed(self.ids):  # the innermost enclosing id no heading used yet
            selector = selector or ("" if entry[1] else entry[0])
            entry[1] = "claimed"
        link = tag.find("a", href=re.compile(r"^#."))  # Redoc's permalink
        anchor = own or (attr(link, "href")[1:] if link else "") or selector.partition("#")[2]
        self.section(title, level, tag.sourceline, selector, anchor)
        if _request_line(title):  # bootprint: <h3><span>GET</span> <strong>/path</strong></h3>
            self.add("code", tag.sourceline, text=_request_line(title))
        if required and title.lower().startswith("request body"):
            self.add("text", tag.sourceline, text="The request body is required.")
        if self.pending is not None:
            self.emit_op(self.pending, tag.sourceline)
        if self.deferred is not None:
            deferred, self.deferred = self.deferred, None
            self.walk(deferred, ctx)

    def emit_op(self, op: _Op, line: int | None) -> None:
        self.pending = None
        self.add("code", line, text=f"{op.method} {op.path}")
        if op.servers and op.servers != self.servers:
            for server in op.servers:
                self.add("text", line, text=f"Base URL: {server}")
        self.servers = op.servers or self.servers

    def tab_label(self, panel: Tag, ctx: _Ctx) -> _Ctx:
        """Redoc sample panes: "Response sample 200" under "Response samples", "Request sample" under requests."""
        label = self.tabs.get(attr(panel, "aria-labelledby"), "")
        title = self.doc.sections[-1].title.lower() if self.doc.sections else ""
        if "response" in title:
            return ctx._replace(sample=f"Response sample {label}".strip())
        if "request" in title:
            plain = label.lower() in ("", "payload", "body", "example", "request body")
            return ctx._replace(sample="Request sample" + ("" if plain else f" ({label})"))
        return ctx

    def response_button(self, button: Tag) -> None:
        """Redoc: <button><strong>200</strong><div>description</div></button>, merged into one status table."""
        strong = button.find("strong")
        status = norm(strong.get_text()) if strong else ""
        if not _STATUS.match(status):
            return
        item = (status, element_text(button, False, frozenset({"strong"})))
        section = self.doc.current(Where(self.file))
        if self.responses is not None and section.blocks and section.blocks[-1] is self.responses:
            section.blocks[-1] = self.responses = replace(self.responses, rows=(*self.responses.rows, item))
        else:
            self.responses = self.add("table", button.sourceline, rows=(_STATUS_HEADER, item))

    def code(self, tag: Tag, ctx: _Ctx) -> None:
        out: list[str] = []
        for child in tag.children:
            append_text(child, out, False)
        text = "".join(out).replace(BR, "\n").replace("\xa0", " ")
        redoc = "redoc-json" in class_list(tag)
        lang = "json" if redoc else code_lang(tag)
        pretty = pretty_json(text) if lang in ("", "json") else None
        if redoc or (pretty is not None and tag.name != "pre"):  # Redoc's JSON viewer prints it on one line
            text = pretty or text
        text = "\n".join(line.rstrip() for line in text.strip("\n").splitlines())
        if not text.strip():
            return
        if ctx.sample:
            self.sample_label(ctx, tag.sourceline)
        text = _request_line(text) if "\n" not in text.strip() and _request_line(text) else text
        self.add("code", tag.sourceline, text=text, lang=lang or ("json" if pretty is not None else ""))

    def listing(self, tag: Tag, ctx: _Ctx) -> None:
        if "tab" in class_list(tag):  # Swagger UI's "Example Value | Schema"
            return
        if tag.find(["pre", "table"]):
            for li in child_tags(tag, ("li",)):
                self.walk(li, ctx)
            return
        items = tuple(
            ("", text) for li in tag.find_all("li") if (text := element_text(li, True, frozenset({"ul", "ol"})))
        )
        if items:
            self.add("list", tag.sourceline, items=items)

    def dl(self, tag: Tag, ctx: _Ctx) -> None:
        children = [c for c in child_tags(tag) if not skip(c)]
        children = [g for c in children for g in (child_tags(c, ("dt", "dd")) if c.name == "div" else [c])]
        classes = class_list(tag)
        terms = [c for c in children if c.name == "dt"]
        first = _request_line(element_text(terms[0], False), sphinx=True) if terms else ""
        if first and {c.upper() for c in classes} & _METHODS:  # Sphinx httpdomain: <dl class="http get"><dt>GET ..
            level, anchor = min(6, self.real_level + 1), attr(terms[0], "id")
            self.section(first, level, terms[0].sourceline, f"#{anchor}" if anchor else "", anchor)
            for child in children:
                request = _request_line(element_text(child, False), sphinx=True) if child.name == "dt" else ""
                if request:  # the signature and its aliases
                    self.add("code", child.sourceline, text=request)
                elif child.name == "dd":
                    self.walk(child, ctx._replace(min_level=min(6, level + 1)))
        elif terms and all(t.get("data-property-name") for t in terms):  # bootprint's schema properties
            self.add("table", tag.sourceline, rows=(("name", "type", "required", "description"), *_properties(tag)))
        elif terms and all(_STATUS.match(element_text(t, False).split(" ")[0]) for t in terms):  # responses by status
            rows = [
                (element_text(c, False).split(" ")[0], element_text(c.find_next_sibling("dd") or c, False))
                for c in terms
            ]
            self.add("table", tag.sourceline, rows=(_STATUS_HEADER, *rows))
        elif "field-list" in classes:  # Sphinx: <dt>Query Parameters:</dt><dd><ul>...: a section each
            level = min(6, max(ctx.min_level, (self.doc.sections[-1].level if self.doc.sections else 0) + 1))
            for child in children:
                if child.name == "dt":
                    self.section(element_text(child, False).rstrip(": "), level, child.sourceline)
                else:
                    self.walk(child, ctx._replace(min_level=min(6, level + 1)))
        elif any(c.find(["pre", "table", "dl", "ul", "ol"]) for c in children if c.name == "dd") or any(
            url_definition(element_text(dt, False), element_text(dd, False))  # `<dt>URL:</dt><dd>/x</dd>`: a layout
            for dt, dd in pairwise(children)
            if dt.name == "dt" and dd.name == "dd"
        ):
            for child in children:
                self.walk(child, ctx)
        else:
            items: list[tuple[str, str]] = []
            for child in children:
                if child.name == "dt":
                    items.append((element_text(child), ""))
                elif items:
                    items[-1] = (items[-1][0], norm(f"{items[-1][1]} {element_text(child)}"))
            if items:
                self.add("deflist", tag.sourceline, items=tuple(items))

    def table(self, tag: Tag, ctx: _Ctx) -> None:
        rows, classes = table_rows(tag), class_list(tag)
        if any(c.get("kind") == "field" or c.select_one(".property-name") for r in rows for c in child_tags(r)[:1]):
            fields = self.redoc_fields(tag, "")
            if fields:
                self.add("table", tag.sourceline, rows=(("name", "type", "required", "description"), *fields))
            return
        if "parameters" in classes:
            self.swagger_params(tag, rows)
            return
        if "responses-table" in classes:
            self.swagger_responses(tag, rows)
            return
        cells = [child_tags(r, ("td", "th")) for r in rows]
        if "highlighttable" in classes or all(len(c) <= 1 for c in cells):  # a layout table
            for cell in (c for row in cells for c in row if "linenos" not in class_list(c)):
                self.walk(cell, ctx)
            return
        header = bool(rows) and rows[0].parent is not None and rows[0].parent.name == "thead"
        header = header or bool(cells and cells[0] and all(c.name == "th" for c in cells[0]))
        data: list[tuple[str, ...]] = []
        flags: list[str] = []
        legend = False
        for row in cells:
            texts = tuple(element_text(c) for c in row)
            if len(row) == 1 and re.search(r"=\s*required", texts[0]):  # vSphere: "bold = required"
                legend = True
            elif any(texts):
                data.append(texts)
                flags.append("required" if row and row[0].select_one(".required") else "")
        if legend and header and data:  # vSphere marks required names with <span class="required">
            rest = [(*r[:2], flag, *r[2:]) for r, flag in zip(data[1:], flags[1:], strict=True)]
            data = [(*data[0][:2], "required", *data[0][2:]), *rest]
        caption = tag.find("caption")
        if (
            data and caption is not None and element_text(caption, False)
        ):  # a caption labels the table, as a heading would
            label = re.sub(r"^Table\s+\d+[.:]\s*", "", element_text(caption, False)).rstrip(":")
            self.add("text", caption.sourceline or tag.sourceline, text=f"{label}:")
        if data:
            self.add("table", tag.sourceline, rows=tuple(data), header=header)

    def redoc_fields(self, table: Tag, prefix: str) -> list[tuple[str, str, str, str]]:
        """Redoc's <td kind="field"><span class="property-name">name</span><div>required</div></td><td>..."""
        fields: list[tuple[str, str, str, str]] = []
        last = ""
        for row in table_rows(table):
            cells = child_tags(row, ("td", "th"))
            if len(cells) >= 2:
                name = element_text(cells[0].select_one(".property-name") or cells[0], False).removesuffix(" required")
                marks = cells[0].find_all(["div", "span"])
                required = "required" if any(norm(m.get_text()) == "required" for m in marks) else ""
                last = prefix + name
                fields.append((last, *self.redoc_details(cells[1], required)))
            else:  # an expanded sub-schema: its fields are `parent.child`
                for inner in row.find_all("table"):
                    if inner.find_parent("table") is table:
                        fields.extend(self.redoc_fields(inner, f"{last}."))
        return fields

    def redoc_details(self, cell: Tag, required: str) -> tuple[str, str, str]:
        """The type line, then "Default:" / "Enum:" / "Example:" lines and the description."""
        wrapper = cell.find("div", recursive=False) or cell
        parts = [c for c in child_tags(wrapper) if not skip(c)]
        described: list[str] = []
        details: list[str] = []
        for part in parts[1:]:
            label = next(iter(child_tags(part)), None)
            match = _DETAIL.match(norm(label.get_text())) if label is not None and label.name == "span" else None
            if label is None or match is None:
                described.append(element_text(part, False))
                continue
            values = [norm(s.get_text()) for s in label.find_next_siblings()]
            values = [v[1:-1] if v[:1] == v[-1:] == '"' and len(v) > 1 else v for v in values]
            values = [v for v in values if v and not re.match(r"^[+\u2014-]\s|^Show|^Hide", v)]
            word = {"Value": "Enum", "Examples": "Example", "Const": "Value"}.get(match.group(1), match.group(1))
            details.append(f"{word}: {', '.join(values)}")
        kind = element_text(parts[0], False) if parts else ""
        return kind, required, " ".join(p for p in [*described, *details] if p)

    def swagger_params(self, table: Tag, rows: list[Tag]) -> None:
        data: list[tuple[str, ...]] = [("name", "in", "type", "required", "description")]
        samples: list[Tag] = []
        for row in rows:
            name_el = row.select_one(".parameter__name")
            if name_el is None:
                continue
            raw = element_text(name_el, False)
            required = "required" if "required" in class_list(name_el) or "*" in raw or "required" in raw else ""
            where = attr(row, "data-param-in") or element_text(row.select_one(".parameter__in") or row).strip("()")
            type_el = row.select_one(".parameter__type")
            described: list[str] = []
            details: list[str] = []
            for part in child_tags(row.select_one(".parameters-col_description") or row):
                text, kinds = element_text(part, False), class_list(part)
                if part.find("pre") is not None or "model-example" in kinds:  # a body parameter's example
                    samples.extend(part.find_all("pre"))
                elif kind := next((k for k in ("enum", "default", "example") if f"parameter__{k}" in kinds), ""):
                    details.append(f"{kind.title()}: {text.partition(':')[2].strip()}")
                elif text and not skip(part):
                    described.append(text)
            where = where if where in ("path", "query", "header", "cookie", "body", "formData") else ""
            name = norm(raw.replace("*", "").replace("required", ""))
            kind = element_text(type_el, False) if type_el else ""
            data.append((name, where, kind, required, " ".join([*described, *details])))
        if len(data) > 1:
            self.add("table", table.sourceline, rows=tuple(data))
        for pre in samples:
            self.code(pre, _Ctx(sample="Request sample"))

    def swagger_responses(self, table: Tag, rows: list[Tag]) -> None:
        items: list[tuple[str, str]] = [_STATUS_HEADER]
        samples: list[tuple[str, Tag]] = []
        for row in rows:
            status_el, desc_el = row.select_one(".response-col_status"), row.select_one(".response-col_description")
            if status_el is None or desc_el is None or (row.parent and row.parent.name == "thead"):
                continue
            status = element_text(status_el, False).split(" ")[0]
            markdown = desc_el.select_one(".markdown, .renderedMarkdown, .response-col_description__inner")
            items.append((status, element_text(markdown or desc_el, False, frozenset({"pre"}))))
            samples.extend((status, pre) for pre in desc_el.find_all("pre"))
        if len(items) > 1:
            self.add("table", table.sourceline, rows=tuple(items))
        for status, pre in samples:
            self.code(pre, _Ctx(sample=f"Response sample {status}"))
