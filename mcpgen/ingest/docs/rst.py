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
  the parameters (name, in, type, required, description) read from that YAML file.

Files a document names (`include`, os-api-ref's parameter files) are read only from the folder the user gave
(or the document's own folder): a name that resolves outside it, through `..` or a symbolic link, is not read,
nor are more than MAX_COMPANIONS files or any over MAX_COMPANION_BYTES.

Inline literals keep backticks (as Markdown would), strong text keeps `**`, like the other reducers.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from .blocks import Block, Document, Where
from .requests import sphinx_template

# httpdomain field names (and their aliases) -> the label Sphinx prints over them
_HTTP_FIELDS = {
    "param": "Path parameters",
    "parameter": "Path parameters",
    "arg": "Path parameters",
    "argument": "Path parameters",
    "query": "Query parameters",
    "queryparameter": "Query parameters",
    "queryparam": "Query parameters",
    "qparam": "Query parameters",
    "form": "Form parameters",
    "formparameter": "Form parameters",
    "formparam": "Form parameters",
    "fparam": "Form parameters",
    "<json": "Request JSON body",
    "reqjson": "Request JSON body",
    "jsonparameter": "Request JSON body",
    "jsonparam": "Request JSON body",
    "json": "Request JSON body",
    "<jsonarr": "Request JSON body (array of objects)",
    "reqjsonarr": "Request JSON body (array of objects)",
    ">json": "Response JSON object",
    "resjson": "Response JSON object",
    ">jsonarr": "Response JSON array of objects",
    "resjsonarr": "Response JSON array of objects",
    "reqheader": "Request headers",
    "<header": "Request headers",
    "resheader": "Response headers",
    ">header": "Response headers",
    "status": "Status codes",
    "statuscode": "Status codes",
    "code": "Status codes",
}
_HTTP_OPTIONS = ("synopsis", "deprecated", "noindex")
"""httpdomain's directive options: written after a blank line they parse as the content's fields, and Sphinx
still reads them as options, not as parameters."""
_HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace", "copy", "any")


_SPHINX_ROLES = (
    "ref",
    "doc",
    "term",
    "numref",
    "envvar",
    "option",
    "program",
    "command",
    "file",
    "samp",
    "guilabel",
    "menuselection",
    "kbd",
    "abbr",
    "mimetype",
    "mailheader",
    "makevar",
    "manpage",
    "pep",
    "rfc",
    "regexp",
    "dfn",
    "download",
    "any",
    "keyword",
    "token",
    "productionlist",
    "func",
    "meth",
    "class",
    "attr",
    "mod",
    "data",
    "const",
    "exc",
    "obj",
    "py:func",
    "py:meth",
    "py:class",
    "py:attr",
    "py:mod",
    "py:data",
    "py:const",
    "py:exc",
    "py:obj",
    "js:func",
    "js:class",
    "js:data",
    "c:func",
    "c:type",
    "c:macro",
    "c:data",
    "cpp:func",
    "cpp:class",
    "http:get",
    "http:post",
    "http:put",
    "http:patch",
    "http:delete",
    "http:head",
    "http:options",
    "http:copy",
    "http:any",
    "http:statuscode",
    "http:method",
    "statuscode",
    "header",
    "http:header",
    "config",
    "setting",
)
_CODE_DIRECTIVES = ("code-block", "sourcecode")
_TEXT_DIRECTIVES = (
    "versionadded",
    "versionchanged",
    "deprecated",
    "seealso",
    "only",
    "centered",
    "hlist",
    "tabs",
    "tab",
    "group-tab",
    "code-tab",
    "glossary",
    "productionlist",
    "index",
    "toctree",
    "literalinclude",
    "highlight",
    "autosummary",
    "todo",
)
_DROP_DIRECTIVES = ("toctree", "literalinclude", "highlight", "index", "autosummary")

_DIRECTIVE_NAME = re.compile(r"^[ \t]*\.\.[ \t]+([\w][\w:.+-]*)[ \t]*::", re.M)
_REQUEST_PATH_OPTION = re.compile(r"(?:path|url|uri|route|endpoint|resource)(?:[_-]?(spec|template|pattern))?")
_METHOD_OPTIONS = ("method", "verb", "http_method", "http-method")
_REQUEST_NAMES = re.compile(r"http|api|request|rest|endpoint", re.I)

_REGISTERED: list[bool] = []
MAX_COMPANIONS = 200
MAX_COMPANION_BYTES = 4 * 1024 * 1024
_PARAMETER_REF = re.compile(r"^\s*-\s*([^:\s][^:]*?)\s*:\s*(\S+)\s*$")


def _companion(directive: Any, name: str) -> Path | None:
    """The file `name` a directive refers to, relative to the file it is written in, if it may be read."""
    settings = directive.state.document.settings
    root: Path | None = getattr(settings, "mcpgen_root", None)
    reads: list[Path] = getattr(settings, "mcpgen_reads", [])
    if root is None or name.startswith("<") or len(reads) >= MAX_COMPANIONS:
        return None
    machine = directive.state_machine
    source = machine.input_lines.source(directive.lineno - machine.input_offset - 1) or ""
    base = Path(source).parent if Path(source).is_absolute() else root
    try:
        target = (base / name).resolve()
        if not target.is_relative_to(root) or not target.is_file() or target.stat().st_size > MAX_COMPANION_BYTES:
            return None
    except (OSError, ValueError):
        return None
    reads.append(target)
    return target


def _parameter_table(directive: Any, names: list[tuple[str, str]]) -> list[str]:
    """os-api-ref's parameter list as a reStructuredText list-table, each reference looked up in the YAML
    file the directive names (an unknown or unreadable one leaves its row with the name only)."""
    import yaml

    target = _companion(directive, directive.arguments[0]) if directive.arguments else None
    cache: dict[Path, Any] = directive.state.document.settings.mcpgen_yaml
    table: Any = {}
    if target is not None:
        if target not in cache:
            try:
                cache[target] = yaml.safe_load(target.read_text(encoding="utf-8", errors="replace"))
            except yaml.YAMLError:
                cache[target] = {}
        table = cache[target]
    rows = ["Name", "In", "Type", "Required", "Description"]
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for i, (name, ref) in enumerate([("", ""), *names]):
        entry = table.get(ref) if isinstance(table, dict) else None
        entry = entry if isinstance(entry, dict) else {}
        cells = rows if i == 0 else [
            name,
            str(entry.get("in", "")),
            str(entry.get("type", "")),
            {True: "true", False: "false"}.get(entry.get("required"), ""),
            " ".join(str(entry.get("description", "")).split())[:300],
        ]  # fmt: skip
        lines.append(f"   * - {cells[0] or '..'}")
        lines.extend(f"     - {cell or '..'}" for cell in cells[1:])
    return lines


def _setup() -> None:
    """Register the Sphinx roles and directives once (docutils keeps them in module-level tables)."""
    if _REGISTERED:
        return
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives, roles

    def text_role(name, rawtext, text, lineno, inliner, options=None, content=None):
        shown = re.sub(r"^(.*?)\s*<[^<>]+>$", r"\1", text, flags=re.S) or text  # :ref:`Title <target>`
        return [nodes.literal(rawtext, shown.lstrip("~!"))], []

    for name in _SPHINX_ROLES:
        roles.register_local_role(name, text_role)

    class _AnyOption(dict):  # every option is accepted as plain text
        def __missing__(self, key: str) -> Any:
            return directives.unchanged

        def __bool__(self) -> bool:  # docutils reads options only when the spec is non-empty
            return True

    class HttpDirective(Directive):
        has_content = True
        required_arguments = 1
        optional_arguments = 0
        final_argument_whitespace = True
        option_spec: ClassVar[dict[str, Any]] = _AnyOption()

        def run(self) -> list[Any]:
            method = self.name.split(":", 1)[1].upper()
            line = " ".join(self.arguments).split("\n")[0].strip()
            target = sphinx_template(line)
            node = nodes.section(classes=["http-operation"])
            node["http"] = (method, target, self.options.get("synopsis", ""))
            node.line = self.lineno
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    for method in _HTTP_METHODS:
        directives.register_directive(f"http:{method}", HttpDirective)

    class CodeDirective(Directive):
        has_content = True
        optional_arguments = 1
        option_spec: ClassVar[dict[str, Any]] = _AnyOption()

        def run(self) -> list[Any]:
            text = "\n".join(self.content)
            node = nodes.literal_block(text, text, classes=["code", *(self.arguments[:1])])
            node.line = self.lineno
            return [node]

    for name in _CODE_DIRECTIVES:
        directives.register_directive(name, CodeDirective)

    class TextDirective(Directive):
        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec: ClassVar[dict[str, Any]] = _AnyOption()

        def run(self) -> list[Any]:
            if self.name in _DROP_DIRECTIVES:
                return []
            node = nodes.container()
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    for name in _TEXT_DIRECTIVES:
        directives.register_directive(name, TextDirective)

    class IncludeDirective(Directive):
        """`include`, confined to the folder the user gave (see `_companion`)."""

        required_arguments = 1
        final_argument_whitespace = True
        option_spec: ClassVar[dict[str, Any]] = _AnyOption()

        def run(self) -> list[Any]:
            from docutils import statemachine

            target = _companion(self, self.arguments[0].strip())
            if target is None:
                return []
            text = target.read_text(encoding="utf-8", errors="replace")
            for option, keep in (("start-after", 1), ("end-before", 0)):
                marker = self.options.get(option)
                if marker and marker in text:
                    text = text.split(marker, 1)[keep]
            if "literal" in self.options or "code" in self.options:
                node = nodes.literal_block(text, text, classes=["code"])
                node.line = self.lineno
                return [node]
            _register_unknown(text, self.state.document)
            lines = statemachine.string2lines(text, 8, convert_whitespace=True)
            self.state_machine.insert_input(lines, str(target))
            return []

    directives.register_directive("include", IncludeDirective)

    class RestMethodDirective(Directive):
        """os-api-ref's `.. rest_method:: GET /path`: the request line of the section it is in."""

        required_arguments = 1
        final_argument_whitespace = True

        def run(self) -> list[Any]:
            text = " ".join(self.arguments[0].split())
            # `GET v1/leases`: the directive names the method and a path, with or without its leading slash
            text = re.sub(r"^([A-Za-z]+) +(?![/{]|https?://)", r"\1 /", text)
            node = nodes.literal_block(text, text, classes=["code"])
            node.line = self.lineno
            return [node]

    class RestParametersDirective(Directive):
        """os-api-ref's `.. rest_parameters:: parameters.yaml` and its `- name: reference` list."""

        has_content = True
        optional_arguments = 1
        option_spec: ClassVar[dict[str, Any]] = _AnyOption()

        def run(self) -> list[Any]:
            names = [(m[1], m[2]) for m in map(_PARAMETER_REF.match, self.content) if m]
            if names:
                self.state_machine.insert_input(_parameter_table(self, names), "rest_parameters")
            return []

    directives.register_directive("rest_method", RestMethodDirective)
    directives.register_directive("rest_parameters", RestParametersDirective)

    class RequestDirective(Directive):
        """A directive this reader does not know, which may state a request in its options (a project's own
        directive for live examples: `:method: PATCH`, `:path_spec: /(db)/(id)`, `:path: /db/foo`, `:headers:
        A:1,B:2`, `:body: {...}`): the request's section, as httpdomain's, with the request as an HTTP
        message; any other unknown directive is left out, as docutils leaves it."""

        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec: ClassVar[dict[str, Any]] = _AnyOption()

        def run(self) -> list[Any]:
            request = _stated_request(self.name, self.options)
            if request is None:
                return []
            method, target, example = request
            node = nodes.section(classes=["http-operation"])
            node["http"] = (method, target, "")
            node.line = self.lineno
            message = nodes.literal_block(example, example, classes=["code", "http"])
            message.line = self.lineno
            node += message
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    _REQUEST_DIRECTIVE.append(RequestDirective)
    _REGISTERED.append(True)


_REQUEST_DIRECTIVE: list[Any] = []


def _stated_request(name: str, options: dict[str, Any]) -> tuple[str, str, str] | None:
    """(method, path template, the request as an HTTP message) from a directive's options, or None when they
    state no request: a path (the template option, `path_spec`, before the concrete one, `path`) and a method
    (without one, GET where the directive's name says it is about requests). A `hidden` request (a set-up call
    the built page does not show) is none."""
    if str(options.get("hidden", "no")).strip().lower() not in ("no", "false", "0"):
        return None
    paths: dict[str, str] = {}
    for key, value in options.items():
        shape = _REQUEST_PATH_OPTION.fullmatch(key)
        text = str(value or "").strip()
        if shape and re.match(r"(?:/|\{|https?://)\S*$", text):
            paths["template" if shape.group(1) else "concrete"] = text
    method = next((str(options[k]).strip().upper() for k in _METHOD_OPTIONS if options.get(k)), "")
    if not paths or (method and method.lower() not in _HTTP_METHODS):
        return None
    if not method and not _REQUEST_NAMES.search(name):
        return None
    method = method or "GET"
    template = paths.get("template") or paths["concrete"]
    target = sphinx_template(template)
    lines = [f"{method} {paths.get('concrete') or target} HTTP/1.1"]
    for header in re.split(r",\s*(?=[\w-]+\s*:)", str(options.get("headers") or "").strip()):
        if ":" in header:
            key, value = header.split(":", 1)
            lines.append(f"{key.strip()}: {value.strip()}")
    body = str(options.get("body") or "").strip()
    return method, target, "\n".join([*lines, "", body] if body else lines)


def _register_unknown(text: str, document: Any) -> None:
    """Make the request directive stand for each directive named in `text` that docutils does not know."""
    from docutils.parsers.rst import directives
    from docutils.parsers.rst.languages import en

    for name in sorted(set(_DIRECTIVE_NAME.findall(text))):
        if directives.directive(name, en, document)[0] is None:
            directives.register_directive(name, _REQUEST_DIRECTIVE[0])


def reduce_rst(text: str, file: str, path: Path | None = None, root: Path | None = None) -> Document:
    """`text` as sections and blocks; `path` is where it was read from and `root` the folder files it names
    (includes, parameter files) must be in: without them, no other file is read."""
    from docutils import nodes, utils
    from docutils.frontend import get_default_settings
    from docutils.parsers.rst import Parser

    _setup()
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
    _register_unknown(text, document)
    try:
        parser.parse(text, document)
    except Exception:  # docutils gives up on some malformed input: keep the text, paragraph by paragraph
        doc = Document(file=file)
        for para in re.split(r"\n\s*\n", text):
            if para.strip():
                doc.add(Block("text", Where(file), text=" ".join(para.split())))
        return doc
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
            self.doc.add_section(synopsis or f"{method} {target}", min(6, level + 1), self.where(node))
            self.doc.add(Block("code", self.where(node), text=f"{method} {target}"))
            self.children(node, level + 1)
        elif isinstance(node, n.section):
            title = next((c for c in node.children if isinstance(c, n.title)), None)
            self.doc.add_section(_inline(title) if title is not None else "", min(6, level + 1), self.where(node))
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
        elif isinstance(node, n.definition_list):
            items: list[tuple[str, str]] = []
            for item in node.children:
                term = next((c for c in item.children if isinstance(c, n.term)), None)
                definition = next((c for c in item.children if isinstance(c, n.definition)), None)
                if term is None:
                    continue
                if definition is not None and any(isinstance(c, n.definition_list) for c in definition.children):
                    # `Parameters` defined by a list of its own (``project`` (required): the project name):
                    # the term labels the nested list, which is read as a list in its own right
                    if items:
                        self.doc.add(Block("deflist", self.where(node), items=tuple(items)))
                        items = []
                    self.doc.add(Block("text", self.where(item), text=f"{_inline(term)}:"))
                    self.children(definition, level)
                    continue
                items.append((_term(item, term, n), _flat(definition) if definition is not None else ""))
            if items:
                self.doc.add(Block("deflist", self.where(node), items=tuple(items)))
        elif isinstance(node, n.field_list):
            self.field_list(node, http=isinstance(node.parent, n.section) and "http" in node.parent.attributes)
        elif isinstance(node, n.table):
            rows = _table_rows(node, n)
            if rows:
                header = next(iter(node.findall(n.thead)), None) is not None
                self.doc.add(Block("table", self.where(node), rows=tuple(rows), header=header))
        elif isinstance(node, n.Element):
            self.children(node, level)  # admonitions, containers, block quotes, topics: their content

    def field_list(self, node: Any, *, http: bool) -> None:
        """`:query string q: text` fields grouped under Sphinx's labels (httpdomain's names, in its directives
        or anywhere else); other fields are a definition list."""
        n = self.n
        groups: dict[str, list[tuple[str, str]]] = {}
        plain: list[tuple[str, str]] = []
        for field in node.children:
            name_node = next((c for c in field.children if isinstance(c, n.field_name)), None)
            body = next((c for c in field.children if isinstance(c, n.field_body)), None)
            if name_node is None:
                continue
            words = name_node.astext().split()
            text = _flat(body) if body is not None else ""
            label = _HTTP_FIELDS.get(words[0].lower()) if words and len(words) > 1 else None
            if label == "Path parameters" and not http:
                label = "Parameters"  # `:param limit:` outside an httpdomain directive: where it goes is not said
            if label is None and http and words and words[0].lower() in _HTTP_OPTIONS:
                if words[0].lower() == "synopsis" and text:  # an option written after a blank line
                    self.doc.add(Block("text", self.where(field), text=text))
                continue
            if label is None:
                plain.append((name_node.astext(), text))
                continue
            name = words[-1] if len(words) > 1 else ""
            kind = " ".join(words[1:-1])
            if label == "Status codes":
                groups.setdefault(label, []).append((" ".join(words[1:]), text))
            elif name:
                groups.setdefault(label, []).append((f"`{name}`" + (f" ({kind})" if kind else ""), text))
        where = self.where(node)
        for label, fields in groups.items():
            self.doc.add(Block("text", where, text=f"{label}:"))
            self.doc.add(
                Block("list", where, items=tuple(("", f"{term} \u2013 {text}".strip()) for term, text in fields))
            )
        if plain:
            self.doc.add(Block("deflist", where, items=tuple(plain)))


def _inline(node: Any) -> str:
    """A node's text with inline literals in backticks, strong text in `**` and emphasis in `*`, whitespace
    folded."""
    from docutils import nodes

    parts: list[str] = []

    def visit(item: Any) -> None:
        if isinstance(item, nodes.Text):
            parts.append(str(item))
        elif isinstance(item, nodes.literal):
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


def _term(item: Any, term: Any, n: Any) -> str:
    """A definition list item's term; its classifiers (`url : string : required`) after it in brackets when one
    says whether the item must be given, as a term written `url (string, required)` would."""
    classifiers = [_inline(c) for c in item.children if isinstance(c, n.classifier)]
    if not any(re.fullmatch(r"(?i)required|optional", c.strip("*`_ ")) for c in classifiers):
        return _inline(term)
    return f"{_inline(term)} ({', '.join(classifiers)})"


def _flat(node: Any) -> str:
    """Everything in a definition or field body as one line of text (nested lists included)."""
    return _inline(node)


def _list_items(node: Any, n: Any, depth: int = 0) -> list[tuple[str, str]]:
    """Each item's own text; nested list items follow their parent as items of their own, their term a space
    per level of nesting."""
    items: list[tuple[str, str]] = []
    for item in node.children:
        own = [c for c in item.children if not isinstance(c, (n.bullet_list, n.enumerated_list))]
        items.append((" " * depth, " ".join(_inline(c) for c in own).strip()))
        for nested in item.children:
            if isinstance(nested, (n.bullet_list, n.enumerated_list)):
                items.extend(_list_items(nested, n, depth + 1))
    return items


def _table_rows(node: Any, n: Any) -> list[tuple[str, ...]]:
    return [tuple(_inline(entry) for entry in row.children) for row in node.findall(n.row)]
