"""Markdown documentation reduced to sections and blocks (markdown-it-py, with tables and definition lists).

Inline text keeps its Markdown source (backticks mark parameter names, links may carry base URLs); front
matter is dropped. Of raw HTML only headings (`<h2 id="tocS_Pet">Pet</h2>`, as widdershins writes them),
anchors (`<a id="schemapet"></a>`, which links elsewhere in the document point to), definition lists (`<dl>` of
`<dt>`/`<dd>`, `html_definition_lists.py`) and tables (`<table>` of rows, `html_tables.py`) are kept. MDX
components whose props state operations as object literals are first written out as the Markdown they render
(`jsx_props.py`).
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from .blocks import Block, Document, Where
from .blueprint_payloads import payload_label
from .broken_code_spans import rejoined_code_spans
from .escapes import unescaped_angles
from .html_definition_lists import html_definition_lists
from .html_tables import html_tables
from .inline_code_tags import code_tags_as_spans
from .jsx_props import component_routes
from .preformatted_lists import preformatted_lists
from .spaceless_headings import spaced_headings

_ANCHOR = re.compile(r"\s*\{#([^}\s]+)\}\s*$")
_HTML_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1\s*>", re.I | re.S)
_HTML_ID = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""", re.I)
_HTML_ANCHOR = re.compile(r"""<a\b[^>]*\b(?:id|name)\s*=\s*["']([^"']+)["'][^>]*>\s*</a>""", re.I)
_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table").use(deflist_plugin).use(front_matter_plugin)


_METHOD_NAMES = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS"
# MDX / JSX components that state an operation: `<Route method="POST">/channels/{id}</Route>`,
# `<RouteHighlighter method="GET" path="/indexes/{uid}" />`, `<Endpoint method="get" url="..."/>`
# (a tag and its attributes are matched first and the method looked for in them: linear on any line)
_ROUTE_COMPONENT = re.compile(r"<(?P<tag>[A-Za-z][\w.]*)\b(?P<attrs>[^<>]*)(?:>(?P<inner>[^<]*)</(?P=tag)\s*>|>)?")
_METHOD_ATTR = re.compile(r"\bmethod\s*=\s*[\"'{`]*(?P<method>" + _METHOD_NAMES + r")\b", re.I)
_PATH_ATTR = re.compile(
    r"""\b(?:path|url|endpoint|route|href|uri)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{[`"']([^`"']*)[`"']\})""", re.I
)
# a line holding only JSX component tags (capitalised names: `<Info>`, `</Note>`, `<ManualAnchor id="x" />`)
_COMPONENT_LINE = re.compile(r"^\s*(?:</?[A-Z][\w.]*\b[^<>]*?/?>\s*)+$")
_MDX_STATEMENT = re.compile(r"^(?:import|export)\s")
# Mintlify-style parameter components: `<ParamField query="limit" type="integer" required default="10">`
_PARAM_FIELD = re.compile(
    r"<(?:ParamField|Param|Parameter|ApiParam|Field)\b(?P<attrs>[^<>]*?)/?>(?P<inner>[^<\n]*)(?:</\w+>)?", re.I
)
_PARAM_WHERE = re.compile(r"""\b(?P<where>path|query|body|header|cookie|name)\s*=\s*["'{`]+(?P<name>[^"'`}]+)""")
_ATTR = re.compile(r"""\b(?P<key>type|default)\s*=\s*["'{`]+(?P<value>[^"'`}]*)""")
# front matter naming the operation a page documents (Mintlify: `api: "GET https://api.example.com/users"`)
_FRONT_MATTER_ROUTE = re.compile(
    r"^(?:api|openapi|endpoint|route)\s*:\s*[\"']?(?:\S+\s+)?"  # `openapi: "spec.json GET /users"` names a spec first
    r"(?P<method>" + _METHOD_NAMES + r")\s+(?P<path>\S+?)[\"']?\s*$",
    re.I | re.M,
)


def _jsx(text: str, mdx: bool) -> str:
    """MDX read as Markdown: a route component becomes its request line (`POST /channels/{id}`), lines holding
    only component tags are dropped so that the Markdown inside them is read, and so are MDX's `import` and
    `export` lines. Line numbers do not move."""

    def route(match: re.Match[str]) -> str:
        method = _METHOD_ATTR.search(match.group("attrs"))
        closed = match.group("attrs").endswith("/") or match.group("inner") is not None
        if method is None or not closed:
            return match.group(0)
        attr = _PATH_ATTR.search(match.group("attrs"))
        path = next((g for g in attr.groups() if g), "") if attr else (match.group("inner") or "")
        path = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", path)  # links around placeholders
        path = re.sub(r"\\([{}\[\]_*])", r"\1", path).strip()
        if not path.startswith(("/", "http", "{")):
            return match.group(0)
        return f"`{method.group('method').upper()} {path}`"

    def param_field(match: re.Match[str]) -> str:
        attrs = match.group("attrs")
        where = _PARAM_WHERE.search(attrs)
        if where is None:
            return match.group(0)
        facts = {m.group("key"): m.group("value") for m in _ATTR.finditer(attrs)}
        location = where.group("where") if where.group("where") != "name" else ""
        words = [w for w in (location, facts.get("type", "")) if w]
        if re.search(r"\brequired\b(?!\s*=\s*[{\"']?false)", attrs):
            words.append("required")
        if "default" in facts:
            words.append(f"default: {facts['default']}")
        return f"- `{where.group('name')}` ({', '.join(words)}) \u2013 {match.group('inner').strip()}".rstrip()

    front = re.match(r"^---\n(.*?)\n---\n", text, re.S)
    if front and _FRONT_MATTER_ROUTE.search(front.group(1)):
        # the page's operation (`api: "POST https://api.example.com/v1/users"`) stated on its own line, in place
        # of the front matter, which is dropped anyway; the lines after it keep their numbers
        kept = [
            f"`{m.group('method').upper()} {m.group('path')}`" if (m := _FRONT_MATTER_ROUTE.match(line)) else ""
            for line in front.group(0).split("\n")[:-1]
        ]
        text = "\n".join(kept) + "\n" + text[front.end() :]
    lines = []
    for raw in text.split("\n"):
        line = _PARAM_FIELD.sub(param_field, _ROUTE_COMPONENT.sub(route, raw))
        dropped = _COMPONENT_LINE.match(line) or (mdx and _MDX_STATEMENT.match(line))
        lines.append("" if dropped else line)
    return "\n".join(lines)


# API Blueprint: `## Notes [/notes/{id}{?expand}]` names a resource, `### Retrieve a note [GET]` an action on
# it, `### Create [POST /notes]` both
_BLUEPRINT = re.compile(r"\[\s*(?P<method>" + _METHOD_NAMES + r")?\s*(?P<path>/[^\]\s]*)?\s*\]\s*$")


def _blueprint(title: str, level: int, resources: dict[int, str]) -> str:
    """The request line an API Blueprint heading states ("" for none); resource paths are kept by level."""
    for deeper in [lvl for lvl in resources if lvl >= level]:
        del resources[deeper]
    bare = re.fullmatch(_METHOD_NAMES, title.strip())
    if bare is not None and resources:  # `## GET` under `# Page Cells [/_/{id}/cells]`: an action named by its method
        return f"{bare.group(0).upper()} {resources[max(resources)]}"
    match = _BLUEPRINT.search(title)
    if match is None or not (match.group("method") or match.group("path")):
        return ""
    path = match.group("path") or next((resources[lvl] for lvl in sorted(resources, reverse=True)), "")
    if match.group("path") and not match.group("method"):
        resources[level] = path
        return ""
    if not path:
        return ""
    # (RFC 6570 query expansion, `{?q,limit}` as Blueprint writes it, is read where every target is: split_target)
    return f"{match.group('method').upper()} {path}"


# MyST (Sphinx's Markdown) directives whose body is Markdown prose: ```{note} ... ``` is a callout, not code
_MYST_PROSE = re.compile(
    r"^\s{0,3}(?P<fence>`{3,}|~{3,})\{(?:note|warning|tip|important|caution|attention|danger|error|hint|seealso|"
    r"admonition|versionadded|versionchanged|deprecated|margin|sidebar|topic|dropdown)\}"
)
_MYST_OPTION = re.compile(r"^\s*:[\w-]+:")


def _myst_prose(text: str) -> str:
    """The bodies of MyST callout directives as plain Markdown (their fence and option lines blanked, so every
    other line keeps its number)."""
    lines = text.split("\n")
    closing, options = "", False
    for k, line in enumerate(lines):
        if not closing:
            match = _MYST_PROSE.match(line)
            if match:
                closing, options, lines[k] = match.group("fence"), True, ""
            continue
        stripped = line.strip()
        if stripped[:1] == closing[0] and set(stripped) == {closing[0]} and len(stripped) >= len(closing):
            closing, lines[k] = "", ""
        elif options and _MYST_OPTION.match(line):
            lines[k] = ""
        else:
            options = False
    return "\n".join(lines)


def reduce_markdown(text: str, file: str) -> Document:
    doc = Document(file=file)
    text = rejoined_code_spans(text)  # an object's inline code span that a blank line breaks
    text = spaced_headings(text)  # `####CONFIG`, `######/config/barman`: headings with no space after the hashes
    tokens = _PARSER.parse(_myst_prose(_jsx(component_routes(text), file.lower().endswith(".mdx"))))
    resources: dict[int, str] = {}  # API Blueprint: the resource path each heading level states
    i = 0
    while i < len(tokens):
        token = tokens[i]
        where = Where(file=file, line=token.map[0] + 1 if token.map else None)
        if token.type == "heading_open":
            title = unescaped_angles(tokens[i + 1].content.strip())
            anchor = ""
            match = _ANCHOR.search(title)
            if match:
                anchor, title = match.group(1), title[: match.start()].strip()
            level = int(token.tag[1])
            doc.add_section(title, level, where, anchor=anchor)
            request = _blueprint(title, level, resources)
            if request:
                doc.add(Block("code", where, text=request))
            i = _close(tokens, i)
        elif token.type == "paragraph_open":
            content = unescaped_angles(code_tags_as_spans(_code_on_one_line(tokens[i + 1]).strip()))
            if content and not _HTML_ANCHOR.sub("", content).strip():  # `<a id="opIdaddPet"></a>` alone
                _anchors(doc, where, content)
            elif content:
                doc.add(Block("text", where, text=content))
            i = _close(tokens, i)
        elif token.type == "html_block":
            content, i = _joined_html(tokens, i)  # a `<dl>` spaced by blank lines: one HTML fragment
            _html_block(doc, content, where)
        elif token.type in ("fence", "code_block"):
            lang = token.info.strip().split()[0] if token.info.strip() else ""
            doc.add(Block("code", where, text=token.content.rstrip("\n"), lang=lang))
            i += 1
        elif token.type == "table_open":
            end = _close(tokens, i)
            doc.add(Block("table", where, rows=_table_rows(tokens[i:end]), header=True))
            i = end
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            end = _close(tokens, i)
            items = tuple(_list_items(tokens[i:end]))
            if items:
                doc.add(Block("list", where, items=items))
            _list_code(doc, tokens[i:end], file)
            i = end
        elif token.type == "dl_open":
            end = _close(tokens, i)
            doc.add(Block("deflist", where, items=_definitions(tokens[i:end])))
            i = end
        else:
            i += 1
    return doc


def _joined_html(tokens: list[Token], start: int) -> tuple[str, int]:
    """The content of the raw HTML blocks from `tokens[start]` on that follow each other with only blank lines
    between them (CommonMark ends an HTML block at a blank line), each on its own line; and the index after them."""
    parts, end = [tokens[start].content], start + 1
    while end < len(tokens) and tokens[end].type == "html_block":
        before, after = tokens[end - 1].map, tokens[end].map
        gap = after[0] - before[1] if before and after else 1
        parts.append("\n" * max(gap, 0) + tokens[end].content)
        end += 1
    return "".join(parts), end


def _html_block(doc: Document, content: str, where: Where) -> None:
    """Headings, anchors, definition lists (`html_definition_lists.py`) and tables (`html_tables.py`) in a raw
    HTML block, in order; everything else in it is dropped."""
    position = 0
    lists: list[tuple[int, Block]] = [
        (offset, Block("deflist", _at(where, content, offset), items=items))
        for offset, items in html_definition_lists(content)
    ]
    lists += [
        (offset, Block("table", _at(where, content, offset), rows=rows, header=header))
        for offset, rows, header in html_tables(content)
    ]
    lists += [  # `<pre>` of `- ` lines only: a list padded to keep its columns
        (offset, Block("list", _at(where, content, offset), items=items))
        for offset, items in preformatted_lists(content)
    ]
    lists.sort(key=lambda entry: entry[0])
    for match in _HTML_HEADING.finditer(content):
        while lists and lists[0][0] < match.start():
            doc.add(lists.pop(0)[1])
        _anchors(doc, where, content[position : match.start()])
        anchor = _HTML_ID.search(match.group(2))
        title = html.unescape(re.sub(r"<[^>]+>", "", match.group(3))).strip()
        line = where.line + content.count("\n", 0, match.start()) if where.line else None
        doc.add_section(title, int(match.group(1)), Where(where.file, line), anchor=anchor.group(1) if anchor else "")
        position = match.end()
    for _, block in lists:
        doc.add(block)
    _anchors(doc, where, content[position:])


def _at(where: Where, content: str, offset: int) -> Where:
    """Where the part of a raw HTML block at `offset` starts."""
    return Where(where.file, where.line + content.count("\n", 0, offset) if where.line else None)


def _anchors(doc: Document, where: Where, html_text: str) -> None:
    """`<a id="...">` anchors in `html_text` point into the current section."""
    found = _HTML_ANCHOR.findall(html_text)
    if found:
        doc.current(where).aliases.extend(found)


def _code_on_one_line(token: Token) -> str:
    """An inline token's source, with each code span that a line break runs through written on one line, as
    CommonMark reads it (`` `POST`` then ``/api/record` `` on the next line is `POST /api/record`)."""
    content = token.content
    if "\n" not in content or "`" not in content:
        return content
    for child in token.children or []:
        if child.type == "code_inline" and " " in child.content.strip():
            fence = re.escape(child.markup)
            words = r"\s+".join(map(re.escape, child.content.split()))
            one_line = child.markup + child.content + child.markup
            content = re.sub(
                rf"{fence}\s*{words}\s*{fence}", lambda m, s=one_line: s if "\n" in m.group(0) else m.group(0), content
            )
    return content


def _close(tokens: list[Token], start: int) -> int:
    """The index just after the token that closes `tokens[start]`."""
    depth = 0
    for j in range(start, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j + 1
    return len(tokens)


def _table_rows(tokens: list[Token]) -> tuple[tuple[str, ...], ...]:
    rows: list[tuple[str, ...]] = []
    cells: list[str] = []
    for token in tokens:
        if token.type == "tr_open":
            cells = []
        elif token.type == "inline":
            cells.append(unescaped_angles(code_tags_as_spans(token.content.strip())))
        elif token.type == "tr_close":
            rows.append(tuple(cells))
    return tuple(rows)


def _list_code(doc: Document, tokens: list[Token], file: str) -> None:
    """Code blocks inside list items (API Blueprint's `+ Request (application/json)` and its indented
    body), after the list, each labelled by its item's text (a payload part by its request's or response's too)."""
    label = ""
    open_items: list[str] = []  # the text of each list item open around the token (API Blueprint: `payload_label`)
    for token in tokens:
        if token.type == "list_item_open":
            open_items.append("")
        elif token.type == "list_item_close" and open_items:
            open_items.pop()
        elif token.type == "inline":
            label = token.content.strip()
            if open_items and not open_items[-1]:
                open_items[-1] = label
        elif token.type in ("fence", "code_block") and token.content.strip():
            where = Where(file=file, line=token.map[0] + 1 if token.map else None)
            label = payload_label(open_items) or label  # "Response 200 (application/json) Headers", not "Headers"
            if label:
                doc.add(Block("text", where, text=label if label.endswith(":") else f"{label}:"))
            lang = token.info.strip().split()[0] if token.info.strip() else ""
            doc.add(Block("code", where, text=token.content.rstrip("\n"), lang=lang))


def _list_items(tokens: list[Token]) -> list[tuple[str, str]]:
    """Each list item's own text; nested items follow their parent as items of their own, their term a space
    per level of nesting (a list's items have no term otherwise)."""
    items: list[tuple[str, str]] = []
    open_items: list[list[str]] = []
    for token in tokens:
        if token.type == "list_item_open":
            open_items.append([])
        elif token.type == "list_item_close":
            parts = open_items.pop()
            if parts:
                items.append((" " * len(open_items), " ".join(parts)))
        elif token.type == "inline" and open_items:
            open_items[-1].append(unescaped_angles(code_tags_as_spans(_code_on_one_line(token).strip())))
        elif token.type in ("bullet_list_open", "ordered_list_open") and open_items and open_items[-1]:
            # the parent's text is complete: emit it before its children
            items.append((" " * (len(open_items) - 1), " ".join(open_items[-1])))
            open_items[-1] = []
    return items


def _definitions(tokens: list[Token]) -> tuple[tuple[str, str], ...]:
    items: list[tuple[str, str]] = []
    term = ""
    parts: list[str] = []
    state = ""
    for token in tokens:
        if token.type == "dt_open":
            if term:
                items.append((term, " ".join(parts)))
            term, parts, state = "", [], "dt"
        elif token.type == "dd_open":
            state = "dd"
        elif token.type == "inline":
            if state == "dt":
                term = token.content.strip()
            elif state == "dd":
                parts.append(token.content.strip())
    if term:
        items.append((term, " ".join(parts)))
    return tuple(items)
