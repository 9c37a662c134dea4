"""reStructuredText documentation reduced to sections and blocks (docutils).

The document is parsed by docutils with everything that reaches outside it switched off (no `include`, no
`raw`, no file or URL reads); Sphinx's roles (`:ref:`, `:mimetype:`, ...) read as their text. The directives
API references written for Sphinx use are understood:

- sphinxcontrib-httpdomain: `.. http:get:: /users/(int:id)` opens a section `GET /users/{id}`; its field
  list is grouped as Sphinx prints it: `:param id:` under "Path parameters", `:query string q:` under "Query
  parameters", `:form x:` / `:<json type x:` / `:reqjson` under "Request body fields", `:reqheader X:` /
  `:<header X:` under "Request headers"; response fields, response headers and status codes under labels of
  their own, which the extractor reads as not being request parameters;
- `code-block` / `sourcecode` are code; Sphinx's other block directives keep their content as text;
- os-api-ref (the API references of OpenStack projects): `.. rest_method:: GET /segments` is the section's
  request line, and `.. rest_parameters:: parameters.yaml` with its `- name: reference` list is a table of
  the parameters (name, in, type, required, description) read from that YAML file;
- a field list whose field names are paths, each over `- GET: ...` bullets (`rst_path_fields.py`): one section
  per method bullet, as httpdomain's directive would open;
- a definition list whose terms are request lines, each defined by that route's documentation
  (`rst_route_terms.py`): one section per route, as httpdomain's directive would open;
- a definition list whose terms are routes (a path or a named service, ``@name``), each over bullets that open
  with a method (`rst_route_method_terms.py`): one section per method of each route.

Files a document names (`include`, os-api-ref's parameter files) are read only from the folder the user gave
(or the document's own folder): a name that resolves outside it, through `..` or a symbolic link, is not read,
nor are more than MAX_COMPANIONS files or any over MAX_COMPANION_BYTES (`rst_directives.py` registers them).

Inline literals keep backticks (as Markdown would), and so does interpreted text of the default role holding one
name (`` `set2` ``, a Markdown habit; `_NAME`); strong text keeps `**`, like the other reducers.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .blocks import HTTPDOMAIN, Block, Document, Where
from .literal_terms import literal_item
from .requests import parse_curl, parse_http, sphinx_template
from .rst_directives import HTTP_FIELDS, HTTP_OPTIONS, register_unknown, setup
from .rst_endpoint_fields import endpoint_field_sections
from .rst_field_directives import DESCRIBED_FIELD
from .rst_http_method import header_label
from .rst_path_fields import path_field_sections
from .rst_route_method_terms import route_method_term_sections
from .rst_route_terms import route_term_sections
from .rst_stacked_directives import share_stacked_fields
from .rst_tables import body_rows
from .rst_term_lists import termed_lists
from .stated_flags import lists_properties
from .suffixed_methods import unquoted_lists


def reduce_rst(text: str, file: str, path: Path | None = None, root: Path | None = None) -> Document:
    """`text` as sections and blocks; `path` is where it was read from and `root` the folder files it names
    (includes, parameter files) must be in: without them, no other file is read."""
    from docutils import nodes, utils
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser

    setup()
    parser = Parser()
    settings = get_default_settings(Parser)
    settings.report_level = 5  # quiet: unknown roles and directives are dropped, not reported on stderr
    settings.halt_level = 5
    settings.file_insertion_enabled = False  # docutils' own file reads stay off: `include` is ours, confined
    settings.raw_enabled = False
    settings.warning_stream = _Null()
    settings.mcpgen_root = root.resolve() if root is not None and path is not None else None
    settings.mcpgen_reads = []
    settings.mcpgen_yaml = {}
    source = str(path.resolve()) if path is not None and settings.mcpgen_root is not None else file
    document = utils.new_document(source, settings)
    register_unknown(text, document)
    try:
        parser.parse(text, document)
    except Exception:  # docutils gives up on some malformed input: keep the text, paragraph by paragraph
        doc = Document(file=file)
        for para in re.split(r"\n\s*\n", text):
            if para.strip():
                doc.add(Block("text", Where(file), text=" ".join(para.split())))
        return doc
    share_stacked_fields(document, nodes)  # stacked directives share the fields written under the last
    reducer = _Reducer(file, nodes)
    reducer.children(document, 0)
    return reducer.doc


class _Null:
    def write(self, _: str) -> None:
        pass


class _Reducer:
    def __init__(self, file: str, nodes: Any) -> None:
        self.doc = Document(file=file)
        self.file = file
        self.n = nodes

    def where(self, node: Any) -> Where:
        line = getattr(node, "line", None)
        if line is None:
            parent = node.parent
            while parent is not None and getattr(parent, "line", None) is None:
                parent = parent.parent
            line = getattr(parent, "line", None) if parent is not None else None
        return Where(self.file, line=line)

    def children(self, node: Any, level: int) -> None:
        for child in node.children:
            self.node(child, level)

    def node(self, node: Any, level: int) -> None:
        n = self.n
        if isinstance(node, (n.system_message, n.comment, n.substitution_definition, n.target, n.problematic)):
            return
        if isinstance(node, n.section) and "http" in node.attributes:
            method, target, synopsis = node["http"]
            # the synopsis names the operation, as a heading would
            section = self.doc.add_section(synopsis or f"{method} {target}", min(6, level + 1), self.where(node))
            section.aliases.extend(_labels_over(node))  # `creating a router`_ links to it by its label
            self.doc.add(Block("code", self.where(node), text=f"{method} {target}"))
            self.children(node, level + 1)
        elif isinstance(node, n.section):
            title = next((c for c in node.children if isinstance(c, n.title)), None)
            section = self.doc.add_section(
                _inline(title) if title is not None else "", min(6, level + 1), self.where(node)
            )
            section.aliases.extend(_labels_over(node))  # `:ref:` names it by its label
            self.children(node, level + 1)
        elif isinstance(node, n.title):
            return  # read by its section
        elif isinstance(node, (n.paragraph, n.line_block, n.rubric)):
            text = _inline(node)
            if text:
                self.doc.add(Block("text", self.where(node), text=text))
        elif isinstance(node, (n.literal_block, n.doctest_block)):
            classes = [c for c in node.get("classes", []) if c != "code"]
            self.doc.add(Block("code", self.where(node), text=node.astext(), lang=classes[0] if classes else ""))
        elif isinstance(node, (n.bullet_list, n.enumerated_list)):
            items = tuple((depth, text) for depth, text in _list_items(node, n) if text)
            if items:
                self.doc.add(Block("list", self.where(node), items=items))
            self.item_code(node)
        elif isinstance(node, n.definition_list) and (operations := route_term_sections(node, n)):
            for operation in operations:  # ``POST /tenant`` defined by that route's documentation: its section
                self.node(operation, level)
        elif isinstance(node, n.definition_list) and (operations := route_method_term_sections(node, n)):
            for operation in operations:  # ``@bookmark`` over ``- ``GET`` param uid``: one section a method
                self.node(operation, level)
        elif isinstance(node, n.definition_list):
            items: list[tuple[str, str]] = []
            for item in node.children:
                term = next((c for c in item.children if isinstance(c, n.term)), None)
                definition = next((c for c in item.children if isinstance(c, n.definition)), None)
                if term is None:
                    continue
                if (literal := literal_item(term, definition, n)) is not None:  # `Example::` missing its blank line
                    if items:
                        self.doc.add(Block("deflist", self.where(node), items=tuple(items)))
                        items = []
                    self.doc.add(Block("text", self.where(item), text=literal[0]))
                    self.doc.add(Block("code", self.where(item), text=literal[1]))
                    continue
                if definition is not None and _labels_a_list(definition, n):
                    # `Parameters` defined by a list of its own (``project`` (required): the project name), or
                    # `Data:` over an indented bullet list: the term labels the nested list, which is read as a
                    # list in its own right
                    if items:
                        self.doc.add(Block("deflist", self.where(node), items=tuple(items)))
                        items = []
                    self.doc.add(Block("text", self.where(item), text=f"{_inline(term).rstrip(':')}:"))
                    self.children(definition, level)
                    continue
                items.append((_term(item, term, n), _flat(definition) if definition is not None else ""))
            if items:
                marked = DESCRIBED_FIELD if DESCRIBED_FIELD in node.get("classes", []) else ""
                self.doc.add(Block("deflist", self.where(node), items=tuple(items), lang=marked))
        elif isinstance(node, n.field_list) and (operations := path_field_sections(node, n)):
            for operation in operations:  # `:/models/{name}:` over `- PATCH: Update ...`: one section a method
                self.node(operation, level)
        elif isinstance(node, n.field_list) and (operations := endpoint_field_sections(node, n)):
            for operation in operations:  # `:Endpoint: /x` over `:Method: GET` and its fields: one section a method
                self.node(operation, level)
        elif isinstance(node, n.field_list):
            http = isinstance(node.parent, n.section) and "http" in node.parent.attributes
            self.field_list(node, http=http, target=node.parent["http"][1] if http else "")
        elif isinstance(node, n.table):
            rows = _table_rows(node, n)
            if rows:
                header = next(iter(node.findall(n.thead)), None) is not None
                self.doc.add(Block("table", self.where(node), rows=tuple(rows), header=header))
            lead = [b.text for b in self.doc.sections[-1].blocks if b.kind == "text"] if self.doc.sections else []
            for block in body_rows(node, n, self.where(node), _inline, lead):  # a "Payload" row's JSON example
                self.doc.add(block)
        elif isinstance(node, n.Element):
            self.children(node, level)  # admonitions, containers, block quotes, topics: their content

    def item_code(self, node: Any) -> None:
        """Literal blocks inside list items (``1. Create a bucket::`` then the request), after the list, each
        labelled by its item's text, as Markdown's are. A block quote in an item (its captions and their literal
        blocks indented deeper than the item's text: ``- Revoke tokens:`` over ``Revoke a single token::`` and its
        request) is read as the item's own content, each caption labelling the literal block after it."""
        n = self.n
        for item in node.findall(n.list_item):
            before: list[Any] = []  # the paragraphs since the item's previous literal block
            children = [c for child in item.children for c in (child.children if _quoted(child, n) else [child])]
            for child in children:
                if isinstance(child, n.paragraph):
                    before.append(child)
                    continue
                if not isinstance(child, (n.literal_block, n.doctest_block)):
                    continue
                block, own, before = child, before or [c for c in item.children if isinstance(c, n.paragraph)][:1], []
                label = " ".join(_inline(c) for c in own).strip()
                if label:
                    self.doc.add(Block("text", self.where(block), text=label if label.endswith(":") else f"{label}:"))
                self.doc.add(Block("code", self.where(block), text=block.astext()))

    def field_list(self, node: Any, *, http: bool, target: str = "") -> None:
        """`:query string q: text` fields grouped under Sphinx's labels (httpdomain's names, in its directives
        or anywhere else); other fields are a definition list. In a directive, a `:param` its path does not hold
        is a parameter written with the generic field (where it goes is the method's), and fields after a
        "Returns:" line describe the response."""
        n = self.n
        placeholders = set(re.findall(r"\{([^{}]+)\}", sphinx_template(target)))
        answers = _after_response_label(node, n)
        groups: dict[str, list[tuple[str, str]]] = {}
        plain: list[tuple[str, str]] = []
        for field in node.children:
            name_node = next((c for c in field.children if isinstance(c, n.field_name)), None)
            body = next((c for c in field.children if isinstance(c, n.field_body)), None)
            if name_node is None:
                continue
            words = name_node.astext().split()
            text = _flat(body) if body is not None else ""
            label = HTTP_FIELDS.get(words[0].lower()) if words and len(words) > 1 else None
            if label == "Path parameters" and (not http or (words[-1] not in placeholders and len(words) > 1)):
                label = "Parameters"  # `:param limit:` outside an httpdomain directive: where it goes is not said
            if answers and label in ("Parameters", "Path parameters"):
                label = "Response fields"
            if label is None and http and words and words[0].lower() in HTTP_OPTIONS:
                if words[0].lower() == "synopsis" and text:  # an option written after a blank line
                    self.doc.add(Block("text", self.where(field), text=text))
                continue
            if label is None:
                plain.append((name_node.astext(), text))
                continue
            name = words[-1] if len(words) > 1 else ""
            label = header_label(label, name)  # `:optparam X-TTL:`: a custom header
            kind = " ".join(words[1:-1])
            if label == "Status codes":
                groups.setdefault(label, []).append((" ".join(words[1:]), text))
            elif name:
                groups.setdefault(label, []).append((f"`{name}`" + (f" ({kind})" if kind else ""), text))
        where = self.where(node)
        for label, fields in groups.items():
            self.doc.add(Block("text", where, text=f"{label}:"))
            items = tuple(("", f"{term} \u2013 {text}".strip()) for term, text in fields)
            # (a request header a field declares is the request's own, as a table's: marked for the extractor)
            self.doc.add(Block("list", where, items=items, lang=HTTPDOMAIN if label == "Request headers" else ""))
        if plain:
            self.doc.add(Block("deflist", where, items=tuple(plain)))


def _after_response_label(node: Any, n: Any) -> bool:
    """A paragraph before `node` in its directive introduces what comes back ("Returns:", "The response is a list
    of logs, each taking the following form:"): the fields from there on describe the response."""
    index = node.parent.index(node)
    for before in reversed(node.parent.children[:index]):
        if isinstance(before, n.paragraph) and _RESPONSE_LEAD.search(before.astext()):
            return True
    return False


_RESPONSE_LEAD = re.compile(
    r"(?i)^\s*(?:returns?|responses?|results?|output)(?: \w+){0,3}\s*:\s*$"
    r"|\b(?:the |its |a )?(?:response|result|reply) (?:is|body is|contains|has|looks)\b[^.]*:\s*$"
)


def _labels_over(node: Any) -> list[str]:
    """The names of the `.. _creating a router:` targets right over `node`: what links to it call it."""
    parent = node.parent
    index = parent.index(node) if parent is not None else 0
    names: list[str] = []
    while index > 0 and parent[index - 1].tagname == "target":
        index -= 1
        names.extend(parent[index].get("names", []))
    return names


_NAME = re.compile(r"^[A-Za-z_][\w.-]*$")
"""Interpreted text of the default role holding one name (`` `set2` ``, no role): a name in code, as an author used
to Markdown writes it (a title reference docutils would print in italics); other such text (a query, a phrase)
reads as its text."""


def _inline(node: Any) -> str:
    """A node's text with inline literals (and names in interpreted text of the default role) in backticks, strong
    text in `**` and emphasis in `*`, whitespace folded."""
    from docutils import nodes

    parts: list[str] = []

    def visit(item: Any) -> None:
        if isinstance(item, nodes.Text):
            parts.append(str(item))
        elif isinstance(item, nodes.literal) or (
            isinstance(item, nodes.title_reference) and _NAME.match(item.astext())
        ):
            parts.append(f"`{item.astext()}`")
        elif isinstance(item, nodes.strong):
            parts.append(f"**{item.astext()}**")
        elif isinstance(item, nodes.emphasis):
            parts.append(f"*{item.astext()}*")
        elif isinstance(item, (nodes.system_message, nodes.target, nodes.footnote_reference)):
            return
        elif isinstance(item, nodes.problematic):
            parts.append(item.astext())
        elif isinstance(item, nodes.Element):
            for child in item.children:
                visit(child)
            if isinstance(item, (nodes.paragraph, nodes.line)):
                parts.append(" ")

    visit(node)
    return " ".join("".join(parts).split())


def _labels_a_list(definition: Any, n: Any) -> bool:
    """A definition that holds a definition list, or is nothing but bullet or numbered lists (`Data:` over an
    indented list of `` ``name``: description `` items): its term is the label of those lists."""
    children = definition.children
    if lists_properties(definition, n):  # `**limit**` over `* Type: Number`, `* Required: No`: its description
        return False
    if any(isinstance(c, n.definition_list) for c in children):
        return True
    return bool(children) and all(isinstance(c, (n.bullet_list, n.enumerated_list)) for c in children)


def _term(item: Any, term: Any, n: Any) -> str:
    """A definition list item's term; its classifiers (`url : string : required`) after it in brackets when one
    says whether the item must be given, as a term written `url (string, required)` would."""
    classifiers = [_inline(c) for c in item.children if isinstance(c, n.classifier)]
    if not any(re.fullmatch(r"(?i)required|optional", c.strip("*`_ ")) for c in classifiers):
        return _inline(term)
    return f"{_inline(term)} ({', '.join(classifiers)})"


def _quoted(node: Any, n: Any) -> bool:
    """A block quote of captioned literal blocks only (an item's indented examples, each literal block after a
    caption of its own in the quote), not quoted prose nor a bare literal block (`::` alone over an example).
    A quote of literal blocks alone, each a request (a curl command, an HTTP request line), is the item's
    example request too (``1. Get a job`` over an indented ``.. code-block:: bash`` with the curl), labelled by
    the item's text: what it states needs no caption to be read."""
    if not isinstance(node, n.block_quote):
        return False
    children = list(node.children)
    literal = [i for i, c in enumerate(children) if isinstance(c, (n.literal_block, n.doctest_block))]
    if children and len(literal) == len(children):
        return all(parse_curl(c.astext()) or parse_http(c.astext()) is not None for c in children)
    return (
        bool(literal)
        and all(isinstance(c, (n.paragraph, n.literal_block, n.doctest_block)) for c in children)
        and all(i > 0 and isinstance(children[i - 1], n.paragraph) for i in literal)
    )


def _flat(node: Any) -> str:
    """Everything in a definition or field body as one line of text (nested lists included)."""
    return _inline(node)


def _list_items(node: Any, n: Any, depth: int = 0) -> list[tuple[str, str]]:
    """Each item's own text; nested list items follow their parent as items of their own, their term a space
    per level of nesting."""
    items: list[tuple[str, str]] = []
    for item in node.children:
        children = termed_lists(unquoted_lists(item, n), n)  # a list indented deeper than its item's text, too
        own = [c for c in children if not isinstance(c, (n.bullet_list, n.enumerated_list, n.literal_block))]
        items.append((" " * depth, " ".join(_inline(c) for c in own).strip()))
        for nested in children:
            if isinstance(nested, (n.bullet_list, n.enumerated_list)):
                items.extend(_list_items(nested, n, depth + 1))
    return items


def _table_rows(node: Any, n: Any) -> list[tuple[str, ...]]:
    return [tuple(_inline(entry) for entry in row.children) for row in node.findall(n.row)]
