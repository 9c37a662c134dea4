"""The one extractor shared by every documentation format: sections and blocks in, endpoints out.

1. Find endpoint mentions: request lines (`GET /pets/{id}`) in headings, code, text, lists and tables;
   raw HTTP request examples; `curl` commands; endpoint tables (a method column and a path column); and
   RPC-style references (`createGroup(groupID)` headings under a stated `/api/$VERSION/$FUNCTION` form).
2. Give each section an owner: the one endpoint it (or the nearest enclosing section) describes.
3. Gather, per endpoint, from every section it owns: parameters (tables, definition lists, prose lists,
   query strings, example headers), JSON request and response examples, summary and description.
Mentions of one endpoint in several places (an overview table and a detailed section) merge into one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ...diagnostics import Diagnostics
from .blocks import Block, Document, Section, Where
from .params import (
    Param,
    context_location,
    from_deflist,
    from_list,
    from_table,
    is_param_table,
    required_from,
)
from .requests import (
    METHODS,
    STANDARD_HEADERS,
    TARGET,
    Request,
    Target,
    parse_curl,
    parse_http,
    parse_json_lines,
    path_key,
    request_lines,
    split_target,
)

_AUTH_PARAM = re.compile(
    r"^(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|x-api-key|x-auth-token|token|key)$", re.I
)
_RESPONSE_LABEL = re.compile(r"\b(?:response|returns?|result|output|reply|[1-5]\d\d\b)", re.I)
_REQUEST_LABEL = re.compile(r"\b(?:request|body|payload|input|example call)\b", re.I)
_ERROR_LABEL = re.compile(r"\b[45]\d\d\b|\berror|\bunauthori[sz]ed|\bnot found\b|\bforbidden\b", re.I)
_RPC_TEMPLATE = re.compile(
    r"(?P<template>/[\w/.\-$<>{}:]*?(?:\$FUNCTION\w*|\$METHOD\w*|\{(?:function|method)\w*\}|<(?:function|method)\w*>))",
    re.I,
)
_RPC_HEADING = re.compile(r"^`?(?P<name>[A-Za-z_][\w.]*)\((?P<args>[^)]*)\)`?$")
_VERSION_STATED = re.compile(r"(?:latest|current) (?:api )?version is\W*(?P<version>\d+(?:\.\d+)*)", re.I)
_DOC_WIDE = re.compile(
    r"\b(?:all|common|global|shared|general|standard)\b.*\b(?:param(?:eter)?s|arguments|options)\b", re.I
)
_TEMPLATE_TEXT = re.compile(r"`(?:[A-Z]+ )?(?P<path>[^`\s]*/[^`\s]*)`")
_BASE_URL = re.compile(
    r"\b(?:base|root|api|service)[ -]?(?:url|uri|endpoint|address)(?:es|s)?\b[\s\S]{0,80}?"
    r"(?P<url>https?://[^\s`)<>\"'\]]+)",
    re.I,
)


@dataclass
class Endpoint:
    method: str
    path: str
    where: Where
    summary: str = ""
    description: str = ""
    params: dict[tuple[str, str], Param] = field(default_factory=dict)
    request_examples: list[Any] = field(default_factory=list)
    response_examples: list[Any] = field(default_factory=list)
    body_kind: str = ""
    owned: bool = False
    """Described by a section of its own (not only named in an overview)."""
    primary: bool = False
    """Owned through a request line (not only a curl example)."""
    requests: int = 0
    """How many request lines and examples show it."""
    examples: int = 0
    """How many example requests (curl, raw HTTP) show it."""
    header_placeholders: Counter[str] = field(default_factory=Counter)
    placeholders: Counter[str] = field(default_factory=Counter)
    """Per query parameter, how many of those show it with a placeholder value (`?digest=<digest>`)."""
    tags: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    title: str
    description: str
    servers: list[str]
    endpoints: list[Endpoint]
    auth: dict[str, dict[str, Any]]
    """Security schemes by name, as OpenAPI security scheme objects."""


@dataclass
class _Mention:
    method: str
    target: Target
    where: Where
    kind: str  # "line", "http", "curl", "table", "rpc"
    request: Request | None = None


def extract(docs: list[Document], diags: Diagnostics) -> Extraction:
    state = _State(diags)
    for doc in docs:
        state.document(doc)
    return state.result(docs)


class _State:
    def __init__(self, diags: Diagnostics) -> None:
        self.diags = diags
        self.endpoints: dict[tuple[str, str], Endpoint] = {}
        self.origins: Counter[str] = Counter()
        self.stated_bases: list[str] = []
        self.auth: dict[str, dict[str, Any]] = {}
        self.auth_names: set[tuple[str, str]] = set()

    # -- per document ------------------------------------------------------------------------------------
    def document(self, doc: Document) -> None:
        sections = doc.sections
        rpc = _rpc_template(doc)
        base = _stated_base(doc)
        if base:
            self.stated_bases.append(base)
        mentions = [self._mentions(section, rpc) for section in sections]
        prefix = _url_path(base)
        for found in mentions:
            for mention in found:  # `curl https://api.example.com/v1/pets` is `GET /pets` under that base
                if prefix and mention.target.origin and mention.target.path.startswith(prefix + "/"):
                    mention.target.path = mention.target.path[len(prefix) :]
        templates = _templates(doc, mentions)
        stated = {m.target.path for found in mentions for m in found if m.kind in ("line", "table")}
        for found in mentions:
            for mention in found:
                if mention.kind in ("curl", "http") and mention.target.path not in stated:
                    _generalise(mention, templates)
        owners = _owners(sections, mentions)
        doc_wide: list[Param] = []
        keys: list[list[tuple[str, str]]] = []
        for section, found, owner in zip(sections, mentions, owners, strict=True):
            section_keys = []
            for mention in found:
                if owner is not None and mention.kind == "curl" and _example_of(mention, owner):
                    section_keys.append(owner)  # `curl .../kittens/2` shows the section's `GET /kittens/{id}`
                    self._add_origin(mention)
                else:
                    owned = owner is not None and _key(mention) == owner
                    section_keys.append(self._add(mention, owned=owned, title=section.title))
            keys.append(section_keys)
        for section, found, section_keys, owner in zip(sections, mentions, keys, owners, strict=True):
            for mention, key in zip(found, section_keys, strict=True):
                if mention.request is not None and key in self.endpoints:
                    self._example(self.endpoints[key], mention.request, redirected=key != _key(mention))
            if _DOC_WIDE.search(section.title) and not found:
                doc_wide.extend(p for b in section.blocks for p in self._params_in(b, "", labelled=True))
            elif owner is not None and owner in self.endpoints:
                self._section(self.endpoints[owner], section)
        for endpoint in self.endpoints.values():
            if endpoint.where.file == doc.file:
                for param in doc_wide:
                    self._param(endpoint, replace(param))

    def _mentions(self, section: Section, rpc: tuple[str, str] | None) -> list[_Mention]:
        return [m for m in self._all_mentions(section, rpc) if m.target.path.startswith("/")]

    def _all_mentions(self, section: Section, rpc: tuple[str, str] | None) -> list[_Mention]:
        found: list[_Mention] = []
        for _, method, raw in request_lines(section.title):
            found.append(_Mention(method, split_target(raw), section.where, "line"))
        if rpc is not None:
            heading = _RPC_HEADING.match(section.title.strip())
            if heading:
                found.append(_rpc_mention(rpc[0], heading, section.where))
        for block in section.blocks:
            found.extend(_block_mentions(block))
        if rpc is not None:
            found = [_rpc_alias(m, rpc) for m in found]
        return found

    def _add_origin(self, mention: _Mention) -> None:
        if mention.target.origin:
            self.origins[mention.target.origin] += 1

    def _add(self, mention: _Mention, *, owned: bool, title: str = "") -> tuple[str, str]:
        key = _key(mention)
        target = mention.target
        self._add_origin(mention)
        endpoint = self.endpoints.get(key)
        if endpoint is None:
            endpoint = self.endpoints[key] = Endpoint(mention.method, target.path, mention.where)
        if owned and mention.kind != "curl" and not endpoint.primary:
            endpoint.owned = endpoint.primary = True
            endpoint.where, endpoint.path = mention.where, target.path  # the template as its section writes it
            endpoint.summary = _summary(title) or endpoint.summary
        elif owned and not endpoint.owned:
            endpoint.owned, endpoint.where = True, mention.where
            endpoint.summary = endpoint.summary or _summary(title)
        for name in re.findall(r"\{([^}]+)\}", endpoint.path):
            self._param(endpoint, Param(name, "path", mention.where, True, "string"))
        if mention.kind in ("line", "http", "curl", "rpc"):
            endpoint.requests += 1
        for name, _, flag in target.query:
            if mention.kind == "rpc":  # `createGroupPad(groupID, padName, [text])`: stated, not an example
                self._param(endpoint, Param(name, "query", mention.where, flag))
                continue
            endpoint.placeholders[name] += flag
            self._param(endpoint, Param(name, "query", mention.where))
        return key

    def _example(self, endpoint: Endpoint, request: Request, *, redirected: bool) -> None:
        if redirected:  # counted here: it never went through `_add`
            endpoint.requests += 1
            for name, _, placeholder in request.target.query:
                endpoint.placeholders[name] += placeholder
                self._param(endpoint, Param(name, "query", endpoint.where))
        endpoint.examples += 1
        for name, value in request.headers:
            lowered = name.lower()
            if lowered == "authorization" or _AUTH_PARAM.match(name):
                self._auth_from_header(name, value)
            elif lowered not in STANDARD_HEADERS:
                endpoint.header_placeholders[lowered] += value.startswith(("<", "{", "$"))
                self._param(endpoint, Param(name, "header", endpoint.where))
        if request.user:
            self.auth.setdefault("basicAuth", {"type": "http", "scheme": "basic"})
        if request.body is not None:
            if request.body_kind == "json":
                endpoint.request_examples.append(request.body)
                endpoint.body_kind = endpoint.body_kind or "json"
            elif request.body_kind in ("form", "multipart") and isinstance(request.body, dict):
                endpoint.body_kind = endpoint.body_kind or request.body_kind
                for name in request.body:
                    self._param(endpoint, Param(name, "body", endpoint.where))
            elif request.body_kind == "binary":
                endpoint.body_kind = "binary"

    def _section(self, endpoint: Endpoint, section: Section) -> None:
        """Everything a section says about the endpoint it belongs to."""
        if not endpoint.summary:
            endpoint.summary = _summary(section.title)
        label = ""
        for block in section.blocks:
            labels = [label, section.title, *reversed(section.path[:-1])] if label else [*reversed(section.path)]
            context = context_location(labels)
            if block.kind == "text":
                if not endpoint.description and not _is_label(block.text) and not request_lines(block.text):
                    endpoint.description = block.text.strip()[:2000]
                label = block.text if _is_label(block.text) else ""
                continue
            default = context or ""  # "" (location unknown) is settled when the whole endpoint is known
            if context != "response":
                for param in self._params_in(block, default, labelled=context is not None):
                    self._param(endpoint, param)
            if block.kind == "code":
                self._code_example(endpoint, block, labels)
            label = ""

    def _params_in(self, block: Block, default: str, *, labelled: bool) -> list[Param]:
        if block.kind == "table" and is_param_table(block):
            return from_table(block, default)
        if block.kind == "deflist":
            return from_deflist(block, default)
        if block.kind == "list":
            return from_list(block, default, labelled=labelled)
        return []

    def _code_example(self, endpoint: Endpoint, block: Block, labels: list[str]) -> None:
        if parse_http(block.text) or parse_curl(block.text):
            return  # taken as a request example where it was found
        values = parse_json_lines(block.text)
        if not values:
            return
        label = " ".join(labels[:2])
        if _ERROR_LABEL.search(label):
            return
        if not _RESPONSE_LABEL.search(label) and not _REQUEST_LABEL.search(label):
            # unlabelled: a request example when it is made of the documented body fields
            fields = {name for name, location in endpoint.params if location in ("body", "")}
            keys = set(values[0]) if isinstance(values[0], dict) else set()
            if endpoint.method in ("POST", "PUT", "PATCH") and keys and len(keys & fields) * 2 >= len(keys):
                label = "request"
        if _RESPONSE_LABEL.search(label) or not _REQUEST_LABEL.search(label):
            endpoint.response_examples.extend(values[:20])
        elif endpoint.method in ("POST", "PUT", "PATCH"):
            endpoint.request_examples.extend(values[:20])
            endpoint.body_kind = endpoint.body_kind or "json"

    def _param(self, endpoint: Endpoint, param: Param) -> None:
        location = param.location
        if _AUTH_PARAM.match(param.name) and location in ("query", "header"):
            self._auth_from_param(param)
            return
        if location == "header" and param.name.lower() in STANDARD_HEADERS:
            return
        if location == "query" and any(k == (param.name, "path") for k in endpoint.params):
            location = param.location = "path"  # listed under "parameters", but the path shows it
        key = (param.name.lower() if location == "header" else param.name, location)
        if location == "path":
            match = next((k for k in endpoint.params if k[1] == "path" and k[0].lower() == param.name.lower()), None)
            if match is None and not re.search(r"\{" + re.escape(param.name) + r"\}", endpoint.path, re.I):
                return  # a documented path parameter the path template does not have
            key = match or key
        existing = endpoint.params.get(key)
        if existing is None:
            endpoint.params[key] = param
            return
        if existing.required is None or (param.required and existing.location == "path"):
            existing.required = param.required if existing.location != "path" else True
        existing.type = existing.type if existing.type and existing.type != "string" else param.type or existing.type
        existing.description = existing.description or param.description
        existing.enum = existing.enum or param.enum
        existing.items_type = existing.items_type or param.items_type
        if existing.default is None:
            existing.default = param.default

    def _auth_from_header(self, name: str, value: str) -> None:
        lowered = value.lower()
        if name.lower() == "authorization" and lowered.startswith("bearer"):
            self.auth.setdefault("bearerAuth", {"type": "http", "scheme": "bearer"})
        elif name.lower() == "authorization" and lowered.startswith("basic"):
            self.auth.setdefault("basicAuth", {"type": "http", "scheme": "basic"})
        else:
            self.auth.setdefault(f"{_scheme_id(name)}Header", {"type": "apiKey", "in": "header", "name": name})

    def _auth_from_param(self, param: Param) -> None:
        self.auth.setdefault(
            f"{_scheme_id(param.name)}{param.location.title()}",
            {"type": "apiKey", "in": param.location, "name": param.name},
        )

    # -- whole result ------------------------------------------------------------------------------------
    def result(self, docs: list[Document]) -> Extraction:
        text = " ".join(b.text for d in docs for s in d.sections for b in s.blocks if b.kind in ("text", "code"))
        self._auth_from_text(text)
        servers = self._servers()
        prefix = _url_path(servers[0]) if servers else ""
        endpoints = []
        for endpoint in self.endpoints.values():
            if prefix and endpoint.path.startswith(prefix + "/"):
                endpoint.path = endpoint.path[len(prefix) :]
            params = list(endpoint.params.values())
            endpoint.params = {}
            for param in params:
                if not param.location or (param.location == "body" and not _has_body(endpoint)):
                    param.location = "body" if _has_body(endpoint) else "query"
                self._param(endpoint, param)
            for (name, location), param in endpoint.params.items():
                if location == "query" and param.required is None and endpoint.requests:
                    # `?digest=<digest>` on every request shown: part of the endpoint, not an option
                    param.required = endpoint.placeholders[name] >= endpoint.requests
                if location == "header" and param.required is None and endpoint.examples:
                    param.required = endpoint.header_placeholders[name] >= endpoint.examples
            endpoints.append(endpoint)
        title = next((d.title for d in docs if d.title), "") or (docs[0].file.rsplit(".", 1)[0] if docs else "API")
        description = next(
            (b.text for d in docs for s in d.sections[:2] for b in s.blocks if b.kind == "text"),
            "",
        )
        return Extraction(title, description[:2000], servers, endpoints, self.auth)

    def _servers(self) -> list[str]:
        if self.stated_bases:
            return [Counter(self.stated_bases).most_common(1)[0][0].rstrip("/")]
        if self.origins:
            return [self.origins.most_common(1)[0][0]]
        return []

    def _auth_from_text(self, text: str) -> None:
        if self.auth:
            return
        if re.search(r"Authorization:\s*Bearer|\bBearer (?:token|<)", text):
            self.auth["bearerAuth"] = {"type": "http", "scheme": "bearer"}
        elif re.search(r"Authorization:\s*Basic|\bbasic auth(?:entication)?\b", text, re.I):
            self.auth["basicAuth"] = {"type": "http", "scheme": "basic"}


# -- helpers ---------------------------------------------------------------------------------------------
def _key(mention: _Mention) -> tuple[str, str]:
    return mention.method, path_key(mention.target.path)


def _block_mentions(block: Block) -> list[_Mention]:
    found: list[_Mention] = []
    if block.kind == "code":
        http = parse_http(block.text)
        if http is not None:
            return [_Mention(http.method, http.target, block.where, "http", http)]
        curls = parse_curl(block.text)
        if curls:
            return [_Mention(r.method, r.target, block.where, "curl", r) for r in curls]
        if parse_json_lines(block.text):
            return []
        texts = [block.text]
    elif block.kind == "table":
        found.extend(_table_mentions(block))
        texts = [cell for row in block.rows for cell in row]
    elif block.kind in ("list", "deflist"):
        texts = [f"{term} {text}" for term, text in block.items]
    else:
        texts = [block.text]
    for text in texts:
        for offset, method, raw in request_lines(text):
            line = block.where.line + offset if block.where.line is not None and block.kind == "code" else None
            where = Where(block.where.file, line or block.where.line, block.where.page, block.where.section)
            # `GET /disk-alerts/json HTTP/1.1`: an example request, like a curl command
            kind = "http" if re.search(re.escape(raw) + r"\s+HTTP/\d", text) else "line"
            found.append(_Mention(method, split_target(raw), where, kind))
    return found


def _table_mentions(block: Block) -> list[_Mention]:
    """Rows of an endpoint table: a method (verb) column and a path (endpoint, URL, resource) column."""
    if not block.header or len(block.rows) < 2:
        return []
    header = [re.sub(r"[`*_]", "", c).strip().lower() for c in block.rows[0]]
    method_col = next((i for i, c in enumerate(header) if re.fullmatch(r"(?:http )?(?:method|verb)s?", c)), None)
    path_col = next(
        (i for i, c in enumerate(header) if re.fullmatch(r"path|endpoint|url|uri|resource|route|request", c)), None
    )
    if method_col is None or path_col is None:
        return []
    found = []
    last_path = ""
    for row in block.rows[1:]:
        path = _unlink(row[path_col]).strip().strip("`") if path_col < len(row) else ""
        last_path = path or last_path
        methods = row[method_col].upper() if method_col < len(row) else ""
        if not TARGET.match(last_path):
            continue
        found.extend(
            _Mention(method, split_target(last_path), block.where, "table")
            for method in re.findall(r"\b(?:" + "|".join(METHODS) + r")\b", methods)
        )
    return found


def _unlink(text: str) -> str:
    """`[/pets](#get-pets)` -> `/pets`."""
    return re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)


def _stated_base(doc: Document) -> str:
    """A base URL the document states ("Base URL: https://api.example.com/v1"), if any."""
    text = "\n".join(
        "\n".join([b.text, *(t for item in b.items for t in item)])
        for s in doc.sections
        for b in s.blocks
        if b.kind in ("text", "list", "code")
    )
    found = [m.group("url").rstrip(".,;:") for m in _BASE_URL.finditer(_unlink(text))]
    return Counter(found).most_common(1)[0][0].rstrip("/") if found else ""


def _owners(sections: list[Section], mentions: list[list[_Mention]]) -> list[tuple[str, str] | None]:
    """Per section, the one endpoint it describes: its own, else the nearest enclosing section's, else
    (in documents without a usable heading hierarchy) the endpoint named last before it."""
    own: list[set[tuple[str, str]]] = []
    for found in mentions:
        primary = {_key(m) for m in found if m.kind not in ("curl", "table")}
        own.append(primary or {_key(m) for m in found if m.kind == "curl"})
    subtree = [set(s) for s in own]
    parent: list[int | None] = []
    stack: list[int] = []
    for index, section in enumerate(sections):
        while stack and sections[stack[-1]].level >= section.level > 0:
            stack.pop()
        parent.append(stack[-1] if stack and section.level > 0 else None)
        if section.level > 0:
            stack.append(index)
    for index in range(len(sections) - 1, -1, -1):
        up = parent[index]
        if up is not None:
            subtree[up] |= subtree[index]
    owners: list[tuple[str, str] | None] = []
    last: tuple[str, str] | None = None
    for index in range(len(sections)):
        owner: tuple[str, str] | None = None
        decided = False
        cursor: int | None = index
        while cursor is not None:
            if len(own[cursor]) == 1:
                owner, decided = next(iter(own[cursor])), True
                break
            if own[cursor]:
                decided = True
                break
            if len(subtree[cursor]) > 1:
                # an enclosing section holds several endpoints: in a flat layout ("POST /payment", then
                # "Parameters" at the same level) this section continues the endpoint named last
                decided = cursor == index
                break
            if len(subtree[cursor]) == 1:
                owner, decided = next(iter(subtree[cursor])), True
                break
            cursor = parent[cursor]
        if not decided and last is not None and not _is_overview(mentions[index]):
            owner = last
        if own[index]:
            last = owner if owner is not None else None
        elif owner is not None:
            last = owner
        owners.append(owner)
    return owners


def _is_overview(found: list[_Mention]) -> bool:
    return len({_key(m) for m in found}) > 1


def _rpc_template(doc: Document) -> tuple[str, str] | None:
    """(path with `{function}`, regex matching concrete uses) when the document states an RPC-style URL form."""
    text = "\n".join(b.text for s in doc.sections for b in s.blocks if b.kind in ("text", "code"))
    match = _RPC_TEMPLATE.search(text)
    if not match:
        return None
    template = match.group("template")
    version = _VERSION_STATED.search(text)
    function = re.compile(r"\$FUNCTION\w*|\$METHOD\w*|\{(?:function|method)\w*\}|<(?:function|method)\w*>", re.I)
    version_slot = re.compile(r"\$\w*VERSION\w*|\{\w*version\w*\}|<\w*version\w*>", re.I)
    path = function.sub("{function}", template)
    pattern = re.escape(path).replace(re.escape("{function}"), r"(?P<function>[A-Za-z_][\w.]*)")
    slot = version_slot.search(path)
    if slot:
        value = version.group("version") if version else "{api_version}"
        literal = re.escape(slot.group(0))
        pattern = pattern.replace(literal, r"[^/]+")
        path = path.replace(slot.group(0), value)
    return path, "^" + pattern + "$"


def _rpc_mention(template: str, heading: re.Match[str], where: Where) -> _Mention:
    target = split_target(template.replace("{function}", heading.group("name")))
    depth = 0
    for token in re.findall(r"\[|\]|[A-Za-z_]\w*", heading.group("args")):
        if token in "[]":
            depth += 1 if token == "[" else -1
        else:
            target.query.append((token, "", depth <= 0))  # `[, name]`: optional
    return _Mention("GET", target, where, "rpc")


def _rpc_alias(mention: _Mention, rpc: tuple[str, str]) -> _Mention:
    """`/api/1/createGroup` (an example) names the same endpoint as `/api/1.2.15/createGroup` (the form)."""
    template, pattern = rpc
    match = re.match(pattern, mention.target.path) if mention.kind != "rpc" else None
    if match is None:
        return mention
    mention.target.path = template.replace("{function}", match.group("function"))
    mention.method = "GET"
    request = mention.request
    if request is not None:
        request.method = "GET"
        if request.body_kind == "form" and isinstance(request.body, dict):
            request.target.query.extend((name, value, False) for name, value in request.body.items())
            request.body, request.body_kind = None, ""
    return mention


def _templates(doc: Document, mentions: list[list[_Mention]]) -> list[list[str]]:
    """Path templates the document states (`<topic>/json` in prose, `GET /pets/{id}`), as segment lists."""
    found = {m.target.path for section in mentions for m in section if "{" in m.target.path}
    for section in doc.sections:
        for block in section.blocks:
            if block.kind not in ("text", "list", "table"):
                continue
            text = block.text + " ".join(t for item in block.items for t in item)
            text += " ".join(c for row in block.rows for c in row)
            for match in _TEMPLATE_TEXT.finditer(text):
                raw = match.group("path")
                if _RPC_TEMPLATE.search(raw):
                    continue
                if raw.startswith(("http://", "https://", "/")) or re.match(r"^[<{:$]", raw):
                    path = split_target(raw if raw.startswith(("http", "/")) else "/" + raw).path
                    holes = path.count("{")
                    if holes and len([s for s in path.split("/") if s and "{" not in s]) >= holes:
                        found.add(path)
    return [list(path.split("/")) for path in sorted(found)]


def _generalise(mention: _Mention, templates: list[list[str]]) -> None:
    """`GET /disk-alerts/json` (an example) is `GET /{topic}/json` when the document states that template."""
    if "{" in mention.target.path or mention.kind == "rpc":
        return
    segments = mention.target.path.split("/")
    best: list[str] | None = None
    best_literals = 0
    for template in templates:
        if len(template) != len(segments):
            continue
        literals = [t for t in template if t and "{" not in t]
        if not literals or any("{" not in t and t != s for t, s in zip(template, segments, strict=True)):
            continue
        if len(literals) > best_literals:
            best, best_literals = template, len(literals)
    if best is not None:
        mention.target.path = "/".join(best)


def _example_of(mention: _Mention, owner: tuple[str, str]) -> bool:
    """Whether a concrete example request is a use of the endpoint template `owner`."""
    method, template = owner
    if mention.method != method:
        return False
    concrete = [s for s in mention.target.path.split("/") if s]
    pattern = [s for s in template.split("/") if s]
    if len(concrete) < len(pattern):
        return False
    tail = concrete[len(concrete) - len(pattern) :]
    return all(p in ("{}", c) for p, c in zip(pattern, tail, strict=True))


_GENERIC_TITLE = re.compile(
    r"^(?:(?:http |example |sample )?(?:request|response)s?(?: (?:format|example|sample|body|parameters))?|"
    r"examples?(?: \d+)?|usage|parameters|overview|description|returns|endpoints?|url|summary|details|"
    r"(?:query|path|header|form data|body) parameters|headers|errors?|notes?|\d{3}(?:: .*)?)$",
    re.I,
)


def _summary(title: str) -> str:
    text = re.sub(r"\{#[^}]*\}", "", title).strip()
    if not text or request_lines(text) or text.startswith("/") or _GENERIC_TITLE.match(text):
        return ""
    rpc = _RPC_HEADING.match(text)
    return rpc.group("name") if rpc else text


def _is_label(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) < 120 and (stripped.endswith(":") or bool(re.fullmatch(r"[*_]+[^*_]+[*_]+:?", stripped)))


def _has_body(endpoint: Endpoint) -> bool:
    return bool(endpoint.body_kind) or endpoint.method in ("POST", "PUT", "PATCH")


def _default_location(method: str) -> str:
    return "body" if method in ("POST", "PUT", "PATCH") else "query"


def _scheme_id(name: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", name)
    return parts[0].lower() + "".join(p.title() for p in parts[1:]) if parts else "apiKey"


def _url_path(url: str) -> str:
    match = re.match(r"^[a-z]+://[^/]+(?P<path>/.*)?$", url)
    return (match.group("path") or "").rstrip("/") if match else ""


__all__ = ["Endpoint", "Extraction", "extract", "required_from"]
