"""Requests shown as client code: `requests.get(api_url + '/users', params={...})` in Python, `fetch(url,
{method: 'POST', body: JSON.stringify({...})})` and `axios.post(url, {...})` in JavaScript.

Hand-written documentation often shows its API only through the snippets a user would paste. Python is read
with `ast` (never run): the URL is put together from string literals, f-strings (`{quote(username)}` stands
for a placeholder named after the innermost name, `{username}`) and names the snippet assigns a literal to;
what cannot be known (`hub_url.rstrip("/")`) is left out, so a URL that starts with it starts at the first
literal `/`. JavaScript is read with patterns for the two common calls, string and template literals only.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any

from .held_clients import held_client
from .joined_query_strings import joined_query_literals
from .requests import METHODS, Request, split_target
from .session_lines import session_statements

_HTTP_METHODS = {m.lower() for m in METHODS}
_CLIENTS = re.compile(r"requests|httpx|session|sess|s|client|http|api|conn|aiohttp|browser")
"""Names a client object goes by in snippets (`requests.get`, `client.post`, `session.delete`; a doctest's test
browser, `browser.POST(url, **form)`)."""


def parse_client_calls(text: str) -> list[Request]:
    """Every HTTP call a snippet makes, in the order written; [] when it is no such snippet."""
    if "(" not in text:
        return []
    if re.search(r"(?m)^\s*>>> ", text):  # a doctest: its statements, not the output printed between them
        text = session_statements(text)  # (a statement's continuation lines kept, with or without `...`)
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        tree = _python2(text)
        if tree is None:
            return _javascript_calls(text)
    return _python_calls(tree)


_PRINT_STATEMENT = re.compile(r"(?m)^(?P<indent>[ \t]*)print[ \t]+(?P<expr>[^#\n(=][^#\n]*?)[ \t]*(?P<comment>#.*)?$")
"""Python 2's `print browser.GET(url)  # doctest: +ELLIPSIS`: the statement an older doctest prints a call with."""


def _python2(text: str) -> ast.AST | None:
    """The snippet parsed with its Python 2 print statements written as calls; None when it still does not parse."""
    if _PRINT_STATEMENT.search(text) is None:
        return None
    try:
        return ast.parse(_PRINT_STATEMENT.sub(r"\g<indent>print(\g<expr>)", text))
    except (SyntaxError, ValueError, RecursionError):
        return None


class _Values:
    """Names the snippet assigns a string to (`api_url = 'http://127.0.0.1:8081/hub/api'`)."""

    def __init__(self, tree: ast.AST) -> None:
        self.known: dict[str, str] = {}
        self.objects: dict[str, dict[str, Any]] = {}
        self.keys: dict[str, str] = {}
        """Names the snippet reads from a response's key (`rv_user_id = data["user_id"]`): the key, what they hold."""
        """Dicts the snippet builds (`body = {}`, then `body["scopes"] = scopes`)."""
        for node in ast.walk(tree):
            if updated := _updated(node):  # `result.update({"project": "x"})`: keys added to a dict it sends
                self.objects.setdefault(updated[0], {}).update(updated[1])
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target = node.targets[0]
            if isinstance(target, ast.Name):
                if isinstance(node.value, ast.Subscript) and isinstance(node.value.slice, ast.Constant):
                    self.keys[target.id] = str(node.value.slice.value)
                if isinstance(node.value, ast.Dict):
                    self.objects[target.id] = _literal(node.value)
                value = self.text(node.value)
                if value is not None:
                    self.known[target.id] = value
            elif (
                isinstance(target, ast.Subscript)
                and isinstance(target.value, ast.Name)
                and isinstance(target.slice, ast.Constant)
                and isinstance(target.slice.value, str)
            ):
                self.objects.setdefault(target.value.id, {})[target.slice.value] = _literal(node.value)

    def body(self, node: ast.AST) -> Any:
        """A request body argument: a literal, a dict the snippet built, or either through `json.dumps(...)`."""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "dumps":
            return self.body(node.args[0]) if node.args else None
        if isinstance(node, ast.Name):
            return self.objects.get(node.id)
        return _literal(node)

    def text(self, node: ast.AST, depth: int = 0) -> str | None:
        """The string an expression makes, `""` for parts that cannot be known; None when it makes no string."""
        if depth > 20:
            return None
        if isinstance(node, ast.Constant):
            return node.value if isinstance(node.value, str) else None
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    parts.append(value.value)
                elif isinstance(value, ast.FormattedValue):
                    known = self.text(value.value, depth + 1) if isinstance(value.value, ast.Name) else None
                    parts.append(known if known else "{" + _innermost(value.value) + "}")
            return "".join(parts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.text(node.left, depth + 1), self.text(node.right, depth + 1)
            if left is None and right is None:
                return None
            return (left or "") + (right or "")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
            return _interpolated(self.text(node.left, depth + 1), node.right, self.keys)
        if isinstance(node, ast.Name):
            return self.known.get(node.id, "")
        return ""  # a call or attribute: its value is not known here


def _updated(node: ast.AST) -> tuple[str, dict[str, Any]] | None:
    """(name, the keys it gains) for a statement `name.update({...})` or `name.update(key=value)`: a dict the snippet
    loaded from elsewhere (`result = json.loads(...)`) and then gave named keys before sending it; those keys are
    the fields the snippet states, the rest of the loaded object being unknown."""
    call = node.value if isinstance(node, ast.Expr) else None
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "update"
        and isinstance(call.func.value, ast.Name)
    ):
        return None
    added = _literal(call.args[0]) if len(call.args) == 1 and isinstance(call.args[0], ast.Dict) else {}
    added = dict(added) if isinstance(added, dict) else {}
    added.update({k.arg: _literal(k.value) for k in call.keywords if k.arg is not None})
    return (call.func.value.id, added) if added else None


def _interpolated(template: str | None, right: ast.AST, keys: dict[str, str]) -> str | None:
    """`"/tasks/%s" % result["task"]` -> `/tasks/{task}`: each `%s` (`%d`, `%(name)s`) of a printf-style template
    is a value filled in at run time, so in the path a placeholder named after what fills it (`_innermost`). In the
    query (`"/results?playbook=%s" % playbook["id"]`) it is the value one run of the script sends, an example like
    any literal there, not a placeholder every request must fill: the parameter is not thereby required. A variable
    the snippet read from a response's key (`rv_user_id = data["user_id"]`) is named after that key."""
    if not template:
        return template
    values = right.elts if isinstance(right, ast.Tuple) else [right]
    fillers = iter(keys.get(v.id, v.id) if isinstance(v, ast.Name) else _innermost(v) for v in values)
    path, mark, query = template.partition("?")
    slot = r"%\((\w+)\)[sd]|%[sdi]"
    path = re.sub(slot, lambda m: "{" + (m.group(1) or next(fillers, "value")) + "}", path)
    return path + mark + re.sub(slot, lambda m: m.group(1) or next(fillers, "value"), query)


def _innermost(node: ast.AST) -> str:
    """`quote(username)` -> `username`, `user.name` -> `name`: the placeholder a formatted value stands for."""
    if isinstance(node, ast.Call) and node.args:
        return _innermost(node.args[0])
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return node.slice.value  # `result["task"]` -> `task`
    return "value"


def _python_calls(tree: ast.AST) -> list[Request]:
    values = _Values(tree)
    found: list[tuple[int, int, Request]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and _HELPER.search(node.func.id):
            helped = _helper_call(node, values)
            if helped is not None:
                found.append((node.lineno, node.col_offset, helped))
            continue
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = held_client(node.func.value, _CLIENTS)  # `self.client.get(...)` in a test case
        if not (isinstance(owner, ast.Name) and _CLIENTS.fullmatch(owner.id)):
            continue
        method = node.func.attr.lower()
        args = list(node.args)
        first = args[0].value if args and isinstance(args[0], ast.Constant) else None
        if method not in _HTTP_METHODS and isinstance(first, str) and first.lower() in _HTTP_METHODS:
            # `requests.request("GET", url)`, `httpx.stream("GET", url)`, `client.send_request("POST", url)`
            method, args = first.lower(), args[1:]
        if method not in _HTTP_METHODS:
            continue
        url_node = args[0] if args else next((k.value for k in node.keywords if k.arg == "url"), None)
        url = values.text(url_node) if url_node is not None else None
        request = _request(method.upper(), url or "")
        if request is None:
            continue
        for keyword in node.keywords:
            value = values.body(keyword.value)
            dumped = isinstance(keyword.value, ast.Call) and isinstance(keyword.value.func, ast.Attribute)
            if (keyword.arg == "json" or (keyword.arg == "data" and dumped)) and isinstance(value, dict | list):
                request.body, request.body_kind = value, "json"  # (`data=json.dumps(body)` sends JSON too)
            elif keyword.arg == "data" and isinstance(value, dict):
                request.body, request.body_kind = value, "form"
            elif keyword.arg == "params" and isinstance(value, dict):
                request.target.query.extend((str(k), str(v), False) for k, v in value.items())
            elif keyword.arg == "headers" and isinstance(value, dict):
                request.headers.extend((str(k), str(v)) for k, v in value.items())
            elif keyword.arg is None and _spread_fields(value) and method in ("post", "put", "patch"):
                request.body, request.body_kind = value, "form"  # `browser.POST(url, **form)`: the form's fields
        request.target.query.extend(_keyword_query(owner.id, request, node.keywords))
        found.append((node.lineno, node.col_offset, request))
    return [request for _, _, request in sorted(found, key=lambda f: (f[0], f[1]))]


_LIBRARIES = re.compile(r"requests|httpx|aiohttp")
_OPTIONS = frozenset(
    re.findall(
        r"\w+",
        "params json data headers cookies files auth timeout allow_redirects follow_redirects proxies verify stream"
        " cert content hooks extensions format content_type secure base_url query_string environ_base method url",
    )
)
"""Keyword arguments HTTP libraries and test clients take as options of the call, not as the API's parameters."""


def _spread_fields(value: Any) -> bool:
    """Whether a dict spread into a call's keywords (`**form`) holds the request's fields, not the library's options
    (`**{"timeout": 5}`): a non-empty dict none of whose keys is an option name."""
    return isinstance(value, dict) and bool(value) and not any(k in _OPTIONS for k in value)


def _keyword_query(owner: str, request: Request, keywords: list[ast.keyword]) -> list[tuple[str, str, bool]]:
    """The query an API's own client builds from a read call's keyword arguments: `client.get("/api/v1/things",
    status="failed")` asks `/api/v1/things?status=failed`. A wrapper client of an API (not the HTTP library itself,
    whose keywords are options) takes the query as keywords with literal values; options (`timeout=5`,
    `verify=False`: a number or a flag of the library, the names `_OPTIONS`), a call that passes `params=` and a
    request with a body are not read so."""
    if request.method not in ("GET", "DELETE", "HEAD") or _LIBRARIES.fullmatch(owner):
        return []
    if any(k.arg == "params" or k.arg is None for k in keywords):
        return []
    return [
        (k.arg, k.value.value, False)
        for k in keywords
        if k.arg not in _OPTIONS
        and not k.arg.startswith("HTTP_")
        and isinstance(k.value, ast.Constant)
        and isinstance(k.value.value, str)
    ]


_HELPER = re.compile(r"call|request|fetch|http|json|api|dump|send|get|post|put|patch|delete", re.I)
"""A project's own helper for its examples (`dump_json(url, data, method='PATCH')`) goes by such a name."""


def _helper_call(node: ast.Call, values: _Values) -> Request | None:
    """`helper('http://localhost:9001/3.0/domains', {...}, method='PATCH')`: a function called with a URL
    literal first, a body second (a POST unless a `method` says otherwise), or only the URL (a GET)."""
    if not node.args or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
        return None
    url = node.args[0].value
    if not re.match(r"https?://|/", url):
        return None
    keywords = {k.arg: k.value for k in node.keywords if k.arg}
    body_node = node.args[1] if len(node.args) > 1 else keywords.get("data") or keywords.get("json")
    named = keywords.get("method")
    method = named.value.upper() if isinstance(named, ast.Constant) and isinstance(named.value, str) else ""
    method = method or ("POST" if body_node is not None else "GET")
    request = _request(method, url) if method in METHODS else None
    if request is not None and body_node is not None:
        body = values.body(body_node)
        if isinstance(body, dict) and body:
            request.body, request.body_kind = body, "json"
    return request


def _literal(node: ast.AST) -> Any:
    """A dict or list written as a literal, with values that are not literals as `<name>` placeholders."""
    if isinstance(node, ast.Dict):
        return {
            str(_literal(k)): _literal(v)
            for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant) and isinstance(k.value, str)
        }
    if isinstance(node, ast.List | ast.Tuple):
        return [_literal(v) for v in node.elts]
    if isinstance(node, ast.Constant):
        return node.value
    return f"<{_innermost(node)}>"


def _request(method: str, url: str) -> Request | None:
    """A request to `url`, from its scheme or its first `/` on (what comes before that is not known)."""
    start = url.find("://")
    if start < 0:
        slash = url.find("/")
        if slash < 0:
            return None
        url = url[slash:]
    if not re.match(r"(?:https?://[^/\s]+)?/\S*$", url):
        return None
    return Request(method=method, target=split_target(url))


_JS_STRING = r"(?P<q>['\"`])(?P<url>[^'\"`\n]*)(?P=q)"
_FETCH = re.compile(r"\bfetch\(\s*" + _JS_STRING + r"(?P<rest>[^;]*)")
_AXIOS = re.compile(r"\baxios\.(?P<method>" + "|".join(sorted(_HTTP_METHODS)) + r")\(\s*" + _JS_STRING)
_JS_METHOD = re.compile(r"\bmethod\s*:\s*['\"](?P<method>[A-Za-z]+)['\"]")
_WRAPPER = re.compile(
    r"(?<![\w$.)\]])(?P<owner>[A-Za-z_$][\w$]*)\.(?P<method>" + "|".join(sorted(_HTTP_METHODS)) + r")\(\s*"
    r"(?P<q>['\"])(?P<path>[\w:.{}\-]+(?:/[\w:.{}\-]*)*/?(?:\?[\w\-]+=[\w{}.%\-]*(?:&[\w\-]+=[\w{}.%\-]*)*)?)"
    r"(?P=q)\s*(?P<next>[,)])\s*"
)
"""A client library's generic call on a path of the API (`T.get('search/tweets', { q: 'banana', count: 100 }, cb)`,
`api.post('/things', {...})`): the path relative to the API's root, the object its parameters. The path may carry a
query string (`$http.get("http://host/log?type={type}")`, as `joined_query_strings` writes one built by `+`)."""
_ROUTERS = re.compile(r"app|router|routes?|server|srv|fastify|express|api[Rr]outer")
"""Names of the objects that define routes in server code (`app.get('/x', handler)`): no request."""
_JS_BODY = re.compile(r"\bbody\s*:\s*JSON\.stringify\(\s*(?P<body>\{[^;]*?\})\s*\)")


def _javascript_calls(text: str) -> list[Request]:
    text = joined_query_literals(text)
    found: list[tuple[int, Request]] = []
    for match in _FETCH.finditer(text):
        method = _JS_METHOD.search(match["rest"])
        request = _request((method["method"] if method else "GET").upper(), _template(match["url"]))
        if request is None or request.method not in METHODS:
            continue
        body = _JS_BODY.search(match["rest"])
        if body is not None:
            value = _object(body["body"])
            if value is not None:
                request.body, request.body_kind = value, "json"
        found.append((match.start(), request))
    for match in _AXIOS.finditer(text):
        request = _request(match["method"].upper(), _template(match["url"]))
        if request is not None:
            found.append((match.start(), request))
    found.extend((m.start(), request) for m in _WRAPPER.finditer(text) if (request := _wrapper_call(m, text)))
    return [request for _, request in sorted(found, key=lambda f: f[0])]


def _wrapper_call(match: re.Match[str], text: str) -> Request | None:
    """A generic client call (`_WRAPPER`): a request when it is no route definition. A path that is not relative
    must come with a parameter object (a route's handler is a function); a path relative to the root is the
    client's. The object (written in the call, or assigned to the name the call passes: `var params = {...}`)
    fills the path's placeholders; its other keys are the query of a GET, DELETE or HEAD and the body of the
    others."""
    path = match["path"]
    if (
        match["owner"] == "axios"
        or _ROUTERS.fullmatch(match["owner"])
        or ("/" not in path.strip("/") and ":" not in path)  # `config.get('port')`: a key, not a path
    ):
        return None
    params = _argument(text, match.end()) if match["next"] == "," else None
    if path.startswith("/") and params is None:
        return None
    full = re.match(r"https?://", path)  # `requests.get('https://host/x')`: a URL, its host kept apart
    request = _request(match["method"].upper(), path if full else "/" + path.lstrip("/"))
    if request is None:
        return None
    values = _object(params) if params else None
    named = set(re.findall(r"\{(\w+)\}", request.target.path))
    rest = {k: v for k, v in (values or {}).items() if k not in named}
    if request.method in ("GET", "DELETE", "HEAD"):
        request.target.query.extend((k, str(v), False) for k, v in rest.items())
    elif rest:
        request.body, request.body_kind = rest, "json"
    return request


def _argument(text: str, start: int) -> str | None:
    """The object literal an argument at `start` is, or the one the name there was assigned."""
    name = re.match(r"[A-Za-z_$][\w$]*(?=\s*[,)])", text[start:])
    if name is not None:
        assigned = re.search(rf"\b(?:var|let|const)\s+{re.escape(name.group(0))}\s*=\s*(?=\{{)", text)
        return _braced(text, assigned.end()) if assigned else None
    return _braced(text, start) if text[start : start + 1] == "{" else None


def _braced(text: str, start: int) -> str | None:
    """The `{...}` that opens at `start`, nested braces included (strings are not looked into)."""
    depth = 0
    for index in range(start, min(len(text), start + 2000)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return text[start : index + 1]
    return None


def _template(url: str) -> str:
    """A template literal's `${user.id}` as `{id}`."""
    return re.sub(r"\$\{\s*(?:[\w.]*\.)?(\w+)\s*\}", r"{\1}", url)


def _object(text: str) -> dict[str, Any] | None:
    """A JavaScript object literal with quoted or bare keys, as far as JSON can read it."""
    quoted = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', text)
    try:
        value = json.loads(re.sub(r"'", '"', quoted))
    except ValueError:
        keys = re.findall(r'"([A-Za-z_$][\w$]*)"\s*:', quoted)
        return dict.fromkeys(keys, "<value>") if keys else None
    return value if isinstance(value, dict) else None
