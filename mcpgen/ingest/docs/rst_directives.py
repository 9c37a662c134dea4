"""The Sphinx roles and directives a reStructuredText API page uses, registered with docutils so the page parses:
Sphinx's roles as their text, sphinxcontrib-httpdomain's `http:<method>` directives and their field lists,
os-api-ref's `rest_method` / `rest_parameters` (its parameter YAML read only from the folder the user gave),
`include` confined the same way, and any directive of a project's own whose options state a request.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from .requests import sphinx_template
from .rst_field_directives import described_field
from .rst_http_method import METHOD_DIRECTIVE, OPTIONAL_FIELDS, request_line
from .rst_method_fields import method_sections

# httpdomain field names (and their aliases) -> the label Sphinx prints over them
HTTP_FIELDS = {
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
    **OPTIONAL_FIELDS,  # the older HTTP domain's `:optparam limit:` (`rst_http_method`)
}
HTTP_OPTIONS = ("synopsis", "deprecated", "noindex")
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


def _companion(directive: Any, name: str, *, from_document: bool = False) -> Path | None:
    """The file `name` a directive refers to, relative to the file it is written in, if it may be read. With
    `from_document` (os-api-ref's parameter files, which Sphinx looks up from the document being built), first
    relative to that document: a page included from `v2/index.rst` names `task/params.yml` from `v2/`."""
    settings = directive.state.document.settings
    root: Path | None = getattr(settings, "mcpgen_root", None)
    reads: list[Path] = getattr(settings, "mcpgen_reads", [])
    if root is None or name.startswith("<") or len(reads) >= MAX_COMPANIONS:
        return None
    machine = directive.state_machine
    sources = [machine.input_lines.source(directive.lineno - machine.input_offset - 1) or ""]
    if from_document:
        sources.insert(0, str(directive.state.document.get("source") or ""))
    for source in sources:
        base = Path(source).parent if Path(source).is_absolute() else root
        try:
            target = (base / name).resolve()
            if target.is_relative_to(root) and target.is_file() and target.stat().st_size <= MAX_COMPANION_BYTES:
                reads.append(target)
                return target
        except (OSError, ValueError):
            continue
    return None


def _parameter_table(directive: Any, names: list[tuple[str, str]]) -> list[str]:
    """os-api-ref's parameter list as a reStructuredText list-table, each reference looked up in the YAML
    file the directive names (an unknown or unreadable one leaves its row with the name only)."""
    import yaml

    target = _companion(directive, directive.arguments[0], from_document=True) if directive.arguments else None
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


def setup() -> None:
    """Register the Sphinx roles and directives once (docutils keeps them in module-level tables)."""
    if _REGISTERED:
        return
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives, roles

    def text_role(name, rawtext, text, lineno, inliner, options=None, content=None):
        shown = re.sub(r"^(.*?)\s*<[^<>]+>$", r"\1", text, flags=re.S) or text  # :ref:`Title <target>`
        method = re.fullmatch(r"(?:http:)?(get|post|put|patch|delete|head|options|copy)", name.lower())
        if method and shown.startswith("/"):  # :http:post:`/channels/` links to that operation: name it whole
            shown = f"{method.group(1).upper()} {shown}"
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
            if self.name == METHOD_DIRECTIVE:  # `.. http:method:: GET /v1/{app}`: the older domain's request line
                request = request_line(line)
                if request is None:
                    return []
                method, line = request
            # `.. http:get:: v1/tables`: the directive's argument is a path, written here without its leading slash
            target = sphinx_template(re.sub(r"^(?![/{(]|https?://)(?=[\w.~-]+(?:[/?]|$))", "/", line))
            node = nodes.section(classes=["http-operation"])
            node["http"] = (method, target, self.options.get("synopsis", ""))
            node.line = self.lineno
            self.state.nested_parse(self.content, self.content_offset, node)
            return [node]

    for method in _HTTP_METHODS:
        directives.register_directive(f"http:{method}", HttpDirective)
    directives.register_directive(METHOD_DIRECTIVE, HttpDirective)

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
            register_unknown(text, self.state.document)
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
            # ``POST `/v2/task/reprocesses` ``: the path quoted as inline code (the directive reads it raw)
            text = re.sub(r"^([A-Za-z]+) +`+([^`\s]+)`+$", r"\1 \2", text)
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
        message; a path argument with method fields is one such section per method (`rst_method_fields`), a name
        with a field's properties a definition list of that field (`rst_field_directives`); any other unknown
        directive is left out, as docutils leaves it."""

        has_content = True
        optional_arguments = 1
        final_argument_whitespace = True
        option_spec: ClassVar[dict[str, Any]] = _AnyOption()

        def run(self) -> list[Any]:
            request = _stated_request(self.name, self.options)
            if request is None:
                return method_sections(self) or described_field(self) or []
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


def register_unknown(text: str, document: Any) -> None:
    """Make the request directive stand for each directive named in `text` that docutils does not know."""
    from docutils.parsers.rst import directives
    from docutils.parsers.rst.languages import en

    for name in sorted(set(_DIRECTIVE_NAME.findall(text))):
        if directives.directive(name, en, document)[0] is None:
            directives.register_directive(name, _REQUEST_DIRECTIVE[0])
