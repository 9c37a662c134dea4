"""Endpoint mentions in text: request lines (`GET /pets/{id}`), raw HTTP requests, `curl` commands and URLs.

Everything here works on strings and returns plain values; `extract.py` decides what they belong to.
"""

from __future__ import annotations

import ipaddress
import json
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from .bracketed_query_strings import unbracketed_query
from .captured_curls import uncaptured
from .colon_bases import colon_based
from .downloads import saves_remote_file
from .marked_optional_segments import bracket_marked_optional
from .object_literals import object_literal
from .piped_curls import fetched_for_upload, pipeline_commands
from .quoted_json import split_with_quoted_json
from .shell_vars import with_shell_variables
from .spaced_placeholders import joined_placeholders
from .unclosed_urls import closed_url_quote
from .unslashed_options import joined_option_lines
from .wide_punctuation import before_wide_punctuation
from .zope_converters import SUFFIX as ZOPE_SUFFIX

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_METHOD = "|".join(METHODS)
LEADING_COLON = r":[A-Za-z_]\w*(?:/|(?=[`*\s),;]|$))"
"""`GET :base_url/:TOKEN/{z}`, `OPTIONS :base_url`: a route written from a colon placeholder for a configured
prefix (`colon_bases.py`), the Express-style spelling of `{base_url}/pets`; the placeholder stands for the
prefix, not a segment."""
# `GET /v2/<name>/tags/list`, `**POST** https://api.example.com/v1/pets`, `DELETE /api/v1/statuses/:id HTTP/1.1`
REQUEST_LINE = re.compile(
    # `GET "/x"`, `GET: http://host/x` and a method tag written with a space inside, `[POST ]`, too
    # a method after an HTML line break (`Label<br/>GET /x`: a diagram box's next line) starts a line too
    rf"(?:^|(?<=[`*\s(|\[])|(?<=<br>)|(?<=<br/>)|(?<=<br />))(?P<method>{_METHOD})"
    r"(?:[ \t]*\][ \t]*|:?[`*]*[ \t]+)(?:[`*]*|\"(?=/))"
    r"(?P<target>(?:https?://|/|\{\{?[A-Za-z_]\w*\}\}?/|<[A-Za-z_][\w ]*>/|\$[A-Z_]+/|" + LEADING_COLON + ")"
    # `<true|false>`, `<Node ID>` and `{settings type}` (a name of words), `[?since=ts]`, `[&live=true]` and a
    # `[vitrage_id]` segment stay whole, as do Express' `:type(node|way)` constraints and `(/0.6)?` optional groups
    # and an HTML line break, `/logs<br/>Live`, ends the target: it is no `<placeholder>`
    r"(?:(?!<br */?>)(?:<[^<>\s`]*(?: [A-Za-z_][\w.-]*){0,3}>|\{[A-Za-z_][\w.-]*(?: [A-Za-z_][\w.-]*){1,3}\}"
    r"|\{[A-Za-z_][\w.-]*(?:\\?\|[\w.-]+)+\}"  # `{id|none}`: a value of one of those, `\|` in a table cell
    r"|\[[?&][^\[\]\s`]*\]|(?<=[?&])\[[A-Za-z_][^\[\]\s`]*\]"  # `?[page={page}]&[since={d}]`: pairs bracketed
    r"|(?<=/)\[:?[A-Za-z_][\w.-]*\]|\[\|[^\s`]*|(?<=\w)\([\w.|/-]*\)\??"
    r"|[^\s`*|\"'\]]))*)"
)
# `/rest/vcenter/vm`, `https://{server}/rest/...`: a URL or an absolute path, for table cells
TARGET = re.compile(r"^(?:https?://\S+|/\S*)$")
_PLACEHOLDER = re.compile(
    r"<(?P<angle>[A-Za-z_][\w .-]*)>|\{\{?(?P<brace>[A-Za-z_][\w.-]*)\}\}?|\$(?P<dollar>[A-Z_][A-Z0-9_]*)"
)
_FLASK_CONVERTER = re.compile(r"<(?:string|str|slug|int|float|path|uuid|any\([^()<>\s]*\)):(?P<name>[A-Za-z_]\w*)>")
"""A Werkzeug or Django route converter, `<converter:name>` (Django names `str`, `slug`): a placeholder of that name
(the converter is its type)."""
_TYPED_PLACEHOLDER = re.compile(r"\{(?P<name>[A-Za-z_]\w*):[A-Za-z_]\w*\}")
"""A placeholder with its type after a colon, `{id:int}` (Starlette, ASP.NET, Selector): a placeholder of that name."""
_COLON_SEGMENT = re.compile(r"^:(?P<name>[A-Za-z_]\w*)$")
_KEBAB_COLON_SEGMENT = re.compile(r"^:(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)$")
"""A colon placeholder filling its segment, named in words joined by hyphens (`:index-name`, `:document-id`)."""
_COLON_PARAM = re.compile(r"(?<![\w}]):(?P<name>[A-Za-z_]\w*)\??(?=$|[^\w])")
_TRAILING = ".,;:)]>\"'"
_HTTP_VERSION = re.compile(r"\s+HTTP/\d(?:\.\d)?\s*$")
# headers a client sets itself: never tool arguments
STANDARD_HEADERS = {
    "accept",
    "accept-encoding",
    "connection",
    "content-length",
    "content-type",
    "host",
    "user-agent",
    "authorization",
    "date",
    "cache-control",  # a cache directive to intermediaries (Postman adds `no-cache` to every request it records)
}


@dataclass
class Target:
    """A request target split into an origin (`https://api.example.com`, may be empty) and a path template."""

    origin: str
    path: str
    query: list[tuple[str, str, bool]] = field(default_factory=list)
    """(name, example value, value is a placeholder)."""


@dataclass
class Request:
    """What one example request (a curl command or a raw HTTP request) shows."""

    method: str
    target: Target
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: Any = None
    """Parsed JSON body, a dict of form fields, or the raw text."""
    body_kind: str = ""
    """"json", "form", "multipart", "binary" or ""."""
    user: bool = False
    """Basic credentials given (`curl -u`)."""


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.fullmatch(value.strip())) or _COLON_SEGMENT.match(value.strip()) is not None


def param_name(raw: str) -> str:
    """`<repository name>` -> `repository_name`; `{id}` -> `id`; `$APIVERSION` -> `apiversion`."""
    name = re.sub(r"[^\w.-]+", "_", raw.strip()).strip("_")
    return name.lower() if raw.isupper() else name


def split_target(raw: str) -> Target:
    """Split a URL or path as written in a document into origin, `{name}`-style path template and query."""
    text = before_wide_punctuation(_HTTP_VERSION.sub("", raw.strip()))  # a full-width `(` or `,` ends it
    text = bracket_marked_optional(text)  # `/a/<id>/<?type>`, `/a/{id}/{type?}`: `/a/<id>[/{type}]`
    text = unbracketed_query(text)  # `/api/routes[?since=ts]`: the path, then its optional query
    # `/v1/alarm/[vitrage_id]`: a whole segment in square brackets names the value to fill in (an optional
    # part, `[/{tileSize}]`, holds a slash and is not one)
    text = re.sub(r"(?<=/)\[:?(?P<name>[A-Za-z_][\w.-]*)\](?=/|$|\?)", r"{\g<name>}", text)
    # RFC 6570 query expansion, `/claims{?limit}` or `{&marker,limit}`: optional query parameters
    text = re.sub(
        r"\{[?&]([\w,\s.-]*)\}",
        lambda m: (
            ("&" if "?" in text.split("{", 1)[0] else "?")
            + "&".join(f"{n.strip()}=" for n in m.group(1).split(",") if n.strip())
        ),
        text,
    )
    # `/v1/backups(?limit,offset)`: the same, in parentheses
    text = re.sub(
        r"\(\?([\w\s.-]+(?:,[\w\s.-]+)*)\)$", lambda m: "?" + "&".join(f"{n.strip()}=" for n in m[1].split(",")), text
    )
    # Flask / Werkzeug: `<int:id>`, `<string:name>`, `<any(a,b):kind>` are placeholders named after the colon
    text = _FLASK_CONVERTER.sub(r"{\g<name>}", text)
    text = _TYPED_PLACEHOLDER.sub(r"{\g<name>}", text)
    # Express: `:type(node|way|relation)` is `:type` with the values it may take; `/api(/0.6)?` is `/api/0.6`
    text = re.sub(r"(:[A-Za-z_]\w*)\([\w.|-]*\)", r"\1", text)
    text = re.sub(r"(?<=\w)\((/[\w./-]*)\)\?", r"\1", text)
    while re.search(r"\[\|[^\[\]]*\]", text):  # `$user[|$another1[|$another2...]]`: more values, optional
        text = re.sub(r"\[\|[^\[\]]*\]", "", text)
    # `/info/logs/(worker).html`, `/proxy/(port)/(address)`: a name in parentheses opening a segment is a value
    text = re.sub(r"(?<=/)\((?P<name>[A-Za-z_]\w*)\)(?=[/.?]|$)", r"{\g<name>}", text)
    # `/item/path/...`: the rest of the path is one value, named by the segment before it
    text = re.sub(r"/(?P<name>[A-Za-z_][\w-]*)/(?:\.\.\.|\u2026)$", r"/\g<name>/{\g<name>}", text)
    if not text.endswith(("}", ">")) and not re.search(r"\[&[^\]]*\]$", text):
        trimmed = text.rstrip(_TRAILING)
        # `/api/course/<course_id>: Delete course`: the colon after an angle placeholder ends the path, the `>`
        # closes the placeholder and stays
        if re.search(r"<[A-Za-z_][\w .-]*$", trimmed) and text[len(trimmed) :].startswith(">"):
            trimmed += ">"
        text = trimmed
    origin = ""
    rest = text
    if re.match(r"^https?://", text):
        scheme, _, remainder = text.partition("://")
        host, slash, rest = remainder.partition("/")
        origin, rest = f"{scheme}://{host}", slash + rest
    elif text.startswith(("{", "<", "$")) and "/" in text:
        head, _, rest = text.partition("/")
        if is_placeholder(head):  # `{server}/rest/vcenter/vm`: the host, not a segment
            origin, rest = head, "/" + rest
    elif (based := colon_based(text)) is not None:  # `:base_url/:TOKEN`: the configured prefix, then the route
        origin, rest = based
    path, _, query = rest.partition("?")
    path, _, fragment = path.partition("#")
    path = path or "/"
    if not origin and path.startswith("//") and not re.match(r"//[^/]*[.:]", path):
        path = "/" + path.lstrip("/")  # `GET "//signalk/v2/api"`: a slash typed twice, not a host
    segments = []
    for part in path.split("/"):
        # Express-style `:id`, `:order?` (optional), `:from..:to` (two in one segment)
        colon = part.startswith(":") or "::" in part  # `org.couchdb.user::username`: a literal colon, then one
        segment = _COLON_PARAM.sub(lambda m: "{" + m.group("name") + "}", part) if colon else part
        # `:document-id` as a whole segment: one placeholder named in words joined by hyphens, not `{document}-id`
        segment = _KEBAB_COLON_SEGMENT.sub(r"{\g<name>}", part) if _KEBAB_COLON_SEGMENT.match(part) else segment
        segment = re.sub(r"^\$(?P<name>[a-z_]\w*)$", r"{\g<name>}", segment)  # `$username` as a whole segment
        # `${SESSION_ID}` as a whole segment: a shell variable the page never assigns stands for the value
        segment = re.sub(r"^\$\{(?P<name>[A-Za-z_]\w*)\}$", r"{\g<name>}", segment)
        # `SUBSCRIBER_ID` as a whole segment: a name in capitals joined by underscores stands for its value
        segment = re.sub(r"^(?P<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$", r"{\g<name>}", segment)
        segments.append(_PLACEHOLDER.sub(lambda m: "{" + param_name(m.group(m.lastgroup or "")) + "}", segment))
    # `/api/chat/ID/messages`: the word `ID` in capitals after a collection is the item's id, as `:id` would be
    segments = ["{id}" if segment == "ID" and index >= 2 else segment for index, segment in enumerate(segments)]
    # `/<db>/<collection>/id`: the word `id` right after a placeholder is one too (a literal would name a resource)
    for index in range(2, len(segments)):
        if segments[index] in ("id", "ID") and re.fullmatch(r"\{[^{}]+\}", segments[index - 1]):
            segments[index] = "{id}"
    # `[&live=true|false]`: an optional parameter, never taken for a placeholder that every request fills
    optional = {n for part in re.findall(r"\[&([^\]]*)\]", query) for n, _ in parse_qsl(part)}
    query = re.sub(r"\[&([^\]]*)\]", r"&\1", query)
    params = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        clean = name.strip()
        if clean and re.fullmatch(rf"[~$]?[\w.\-\[\]]+{ZOPE_SUFFIX}", clean):  # `upgrades:list`: Zope's
            params.append((clean, value, is_placeholder(value) and clean not in optional))
    route = "/".join(segments) or "/"
    # `POST /#X-Amz-Target=DynamoDB_20120810.GetItem`: a fragment never reaches the server; written as
    # `name=value` it names the operation (the header that selects it), as OpenAPI renderings of RPC APIs do
    if re.fullmatch(r"[A-Za-z][\w-]*=[\w.:-]+", fragment):
        route += "#" + fragment
    return Target(origin=origin, path=route, query=params)


def path_key(path: str) -> str:
    """The identity of a path template: parameter names and a trailing slash do not matter."""
    route, mark, query = path.partition("?")  # `?action=reset`: a fixed query that names an operation
    key = re.sub(r"\{[^}]*\}", "{}", route).rstrip("/") or "/"
    return key + mark + query


def request_lines(text: str) -> list[tuple[int, str, str]]:
    """(line offset, METHOD, raw target) for each request line in `text`."""
    return [
        (offset, match.group("method"), match.group("target"))
        for offset, line in enumerate(text.splitlines())
        for match in REQUEST_LINE.finditer(line)
    ]


WRITES = ("POST", "PUT", "PATCH")
"""The methods that send a body."""
_E = TypeVar("_E")


def stated_write(line: str, endpoints: Mapping[tuple[str, str], _E]) -> tuple[_E, str] | None:
    """The endpoint of `endpoints` that `line` states as its only request line when that request sends a body
    (POST, PUT, PATCH), with the target as written; None for no such line, a GET or DELETE, or two routes."""
    stated = request_lines(line)
    if len(stated) != 1 or stated[0][1] not in WRITES:
        return None
    _, method, target = stated[0]
    endpoint = endpoints.get((method, path_key(split_target(target).path)))
    return (endpoint, target) if endpoint is not None else None


def trailing_body(text: str, method: str) -> str:
    """The JSON a REST-client line sends after its target (`PUT "/pilot/state" {"value": "on"}`, or on the lines
    under it): what follows the first `method` request line of `text`, when it opens a JSON object or array."""
    for match in REQUEST_LINE.finditer(text):
        if match.group("method") == method:
            rest = text[match.end() :].lstrip("\"'` \t\n")
            return rest if rest[:1] in ("{", "[") else ""
    return ""


_HEADER_LINE = re.compile(r"""^\s*(['"]?)(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)\1\s*:\s*\S.*$""")


def unwrapped_path(cell: str) -> str:
    """A path a table cell wraps over lines (`/environments/<env_id>/sessions/` then `<session_id>/deploy`, read
    with a space between) written as one; other cell text as it is."""
    pieces = cell.split()
    if len(pieces) < 2 or not pieces[0].startswith("/"):
        return cell
    joined = all(p[0] in "/<{:" or before.endswith("/") for before, p in pairwise(pieces))
    return "".join(pieces) if joined and TARGET.match("".join(pieces)) else cell


# "the X-Object-Meta-Storlet-Object-Metadata header must be provided", "An additional header ('X-Run-Storlet') must be
# provided": a header the request cannot go without
_MUST_HEADER = re.compile(
    r"(?:\b(?P<before>X-[A-Za-z0-9-]+|[A-Z][a-z]+(?:-[A-Z][A-Za-z]+)+)['\"`]?\s+header"
    r"|\bheader\s*\(?['\"`](?P<after>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)['\"`]\)?)"
    r"[^.]{0,20}?\bmust\s+(?:always\s+)?be\s+(?:provided|given|sent|set|included|specified|present)\b"
)


def required_headers(text: str) -> list[str]:
    """Headers a sentence says must be sent (see `_MUST_HEADER`)."""
    return [m["before"] or m["after"] for m in _MUST_HEADER.finditer(text)]


def header_lines(text: str, *, request_line: bool = False) -> list[str]:
    """The header names of a block made only of header lines (`X-Run-Storlet: {name}`, quoted as
    `'X-Run-Storlet': {storlet_name}`): the headers a request sends; with `request_line`, after the request
    line the block starts with (`[GET] /v1/AUTH_1234/c/o`, a blank line, the headers)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if request_line:
        lines = lines[1:] if lines and REQUEST_LINE.search(lines[0]) else []
    matches = [_HEADER_LINE.match(line) for line in lines]
    return [m["name"] for m in matches if m] if lines and all(matches) else []


def parse_http(text: str) -> Request | None:
    """A raw HTTP request example: a request line, headers, a blank line and a body."""
    lines = text.strip("\n").splitlines()
    if not lines:
        return None
    match = REQUEST_LINE.match(lines[0].strip())
    if not match or match.end() < len(_HTTP_VERSION.sub("", lines[0].strip())):
        return None
    request = Request(method=match.group("method"), target=split_target(match.group("target")))
    index = 1
    while index < len(lines) and lines[index].strip():
        name, colon, value = lines[index].partition(":")
        if not colon or not re.fullmatch(r"[A-Za-z][\w-]*", name.strip()):
            break
        request.headers.append((name.strip(), value.strip()))
        index += 1
    body = "\n".join(lines[index:]).strip()
    if not request.headers and not body and not _HTTP_VERSION.search(lines[0]):
        return None  # a lone request line states the endpoint; it is not an example request
    routes = [line.strip() for line in body.splitlines() if line.strip() and not line.lstrip().startswith(("#", "//"))]
    if not request.headers and routes and all(REQUEST_LINE.match(line) for line in routes):
        return None  # `GET /posts`, `GET /posts/1`, `POST /posts`: a list of routes (comments between), one each
    if body:
        _set_body(request, body, {k.lower(): v for k, v in request.headers}.get("content-type", ""))
    return request


_CURL_DATA = {"-d", "--data", "--data-raw", "--data-binary", "--data-ascii", "--data-urlencode", "--json"}
_CURL_FORM = {"-F", "--form", "--form-string"}
_CURL_SKIP_VALUE = {"-o", "--output", "-w", "--write-out", "--connect-timeout", "-m", "--max-time", "-T", "-A"}


def parse_curl(text: str) -> list[Request]:
    """Every `curl` command in a code block (continuation lines joined; shell variables the block sets put in
    place)."""
    lines = joined_option_lines(re.sub(r"\\\r?\n", " ", with_shell_variables(text)).splitlines())  # `\n-d '{}'`
    requests = []
    for index, line in enumerate(lines):
        stripped = re.sub(r"^(?:[\w.@~:-]*[>$%#])?\s*", "", line.strip())  # `$ curl`, `shell> curl`
        stripped = closed_url_quote(uncaptured(stripped))  # `'http://x/a \`, `TOKEN=$(curl ..)`
        if not stripped.startswith("curl "):
            continue
        # an apostrophe in a one-line JSON body, else a quoted body spanning lines
        words = split_with_quoted_json(stripped)
        for end in range(index, min(index + 200, len(lines))):
            if words is not None:
                break
            try:
                words = shlex.split("\n".join([stripped, *lines[index + 1 : end + 1]]))
            except ValueError:
                continue
        if words is None:  # an apostrophe inside a quoted JSON body: split on quotes loosely
            words = [w.strip("'\"") for w in re.findall(r"'[^']*'|\"(?:[^\"\\]|\\.)*\"|\S+", stripped)]
        # a pipeline's commands each alone (`curl URL | curl -X POST --data-binary @- URL2`: `piped_curls`)
        commands = pipeline_commands(words)
        parsed = [_curl_words(joined_placeholders(c[1:])) if c[0] == "curl" else None for c in commands]
        origins = [r.target.origin if r is not None else "" for r in parsed]
        for position, (command, request) in enumerate(zip(commands, parsed, strict=True)):
            if request is None or fetched_for_upload(commands, position, origins):
                continue  # not a curl, or a sample file fetched from elsewhere that the next curl sends to the API
            piped = [w for c in commands[position:] for w in (*c, "|")][:-1]
            if not _unpacked(piped, request.target.path) and not saves_remote_file(command[1:]):
                requests.append(request)
    return requests


_UNPACKERS = frozenset({"tar", "sh", "bash", "zsh", "unzip", "gunzip", "sudo"})
_FILE_SUFFIX = re.compile(r"\.(?:tar(?:\.\w+)?|tgz|zip|gz|xz|bz2|sh)$")


def _unpacked(words: list[str], path: str) -> bool:
    """Whether a curl fetches a file to unpack or run it, an install step rather than a request to an API: an
    archive or a script (`.tar.gz`, `.zip`, `.sh`) piped into `tar`, a shell or `unzip`
    (`curl -L https://host/app-linux-x64.tar.gz | tar xzvf -`, `curl -fsSL https://host/install.sh | sh`)."""
    piped = words[words.index("|") + 1 :] if "|" in words else []
    return bool(piped) and piped[0] in _UNPACKERS and _FILE_SUFFIX.search(path) is not None


def _own_server(url: str) -> bool:
    """Whether a URL written without its scheme names a server of one's own: `localhost`, or a loopback, private or
    unspecified address (`127.0.0.1`, `192.168.10.4`, `[::1]`, `0.0.0.0`)."""
    host = re.match(r"\[[^\]]*\]|[^:/?#]*", url)[0].strip("[]")
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_unspecified


def _curl_words(words: list[str]) -> Request | None:
    method = ""
    url = ""
    headers: list[tuple[str, str]] = []
    data: list[str] = []
    form: list[str] = []
    get = user = False
    i = 0
    while i < len(words):
        word = words[i]
        value = words[i + 1] if i + 1 < len(words) else ""
        if word in ("-X", "--request"):
            method, i = value.upper(), i + 2
        elif re.fullmatch(r"-X[A-Za-z]+", word):  # `-XPOST`: curl takes the option's value glued to it
            method, i = word[2:].upper(), i + 1
        elif word in ("-H", "--header"):
            name, _, header_value = value.partition(":")
            if not name.strip().startswith("$"):  # `-H "$HEADER"`: a variable set elsewhere, no header's name
                headers.append((name.strip(), header_value.strip()))
            i += 2
        elif word in _CURL_DATA:
            data.append(value)
            if word == "--json":
                headers.append(("Content-Type", "application/json"))
            i += 2
        elif word in _CURL_FORM:
            form.append(value)
            i += 2
        elif word in ("-u", "--user"):
            user, i = True, i + 2
        elif word in ("-G", "--get"):
            get, i = True, i + 1
        elif word in _CURL_SKIP_VALUE:
            i += 2
        elif word.startswith("-"):
            i += 1
        else:
            if not url and ("/" in word or word.startswith("http")):
                url = word
            i += 1
    if not url:
        return None
    if not url.startswith(("http://", "https://", "/", "{", "<", "$")):
        # `curl ntfy.sh/mytopic/json`: documentation drops the scheme of public HTTPS APIs for brevity
        # (a loopback or private address, `192.168.10.4:5607/healthcheck`, is a server of one's own: plain HTTP)
        url = ("http://" if _own_server(url) else "https://") + url
    if not method:
        method = "POST" if (data or form) and not get else "HEAD" if "-I" in words else "GET"
    if method not in METHODS:
        return None
    target = split_target(url)
    request = Request(method=method, target=target, headers=headers, user=user)
    if form:
        request.body = dict(part.partition("=")[::2] for part in form)
        request.body_kind = "multipart"
    elif data and get:
        for part in data:
            name, _, value = part.partition("=")
            target.query.append((name, value, is_placeholder(value)))
    elif data:
        content_type = {k.lower(): v for k, v in headers}.get("content-type", "")
        _set_body(request, "&".join(data) if not data[0].lstrip().startswith(("{", "[")) else data[0], content_type)
    return request


def _set_body(request: Request, body: str, content_type: str) -> None:
    parsed = parse_json(body)
    parsed = object_literal(body) if parsed is None else parsed  # `{ title: 'x' }`, as JavaScript writes it
    if parsed is not None:
        request.body, request.body_kind = parsed, "json"
    elif "octet-stream" in content_type or is_placeholder(body) or body.startswith("<"):
        request.body, request.body_kind = body, "binary"
    elif "=" in body and "\n" not in body.strip():
        request.body = dict(parse_qsl(body, keep_blank_values=True))
        request.body_kind = "form"


_COMMENT = re.compile(r"(?m)^\s*(?://|#).*$|(?<=[,{\[\s])//[^\n\"]*$")
_ELLIPSIS = re.compile(r",?\s*(?:\.\.\.|…)\s*(?=[,\]}\n])")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
_BARE_PLACEHOLDER = re.compile(r"(?<=[:\[,])(\s*)<\"?([^<>\n\"]*)\"?>")
"""A value written as a placeholder in angle brackets (`"force": <True/False>`), its example quoted inside them or
not (`"source": <"Source_Region">`, `[<"target_regions">]`): a string the reader fills in."""
_CAPITAL_PLACEHOLDER = re.compile(r"(?<=[:\[,])(\s*)([A-Z][A-Z0-9_]*(?:[ -][A-Z][A-Z0-9_]*)*)(?=\s*[,\]}])")
"""A value written as a word in capitals (`"title": TITLE`, `[FULL NAMES]`): a placeholder the reader fills in;
JSON's own words (`true`, `null`) are lower-case, so such a word is never JSON. Tried only when the example is not
JSON otherwise (a capital word inside a string must not be quoted again)."""


class Excerpt(dict[str, Any]):
    """A JSON object written with `...` among its own members (`{"index": 1, "name": "x", ... }`): an excerpt of
    a body, showing some members it sends, not that the others may be left out."""


def _elides_members(text: str) -> bool:
    """Whether an ellipsis stands among the members of the outermost object or array (not in a nested value)."""
    depth, quoted, escape = 0, False, False
    for index, char in enumerate(text):
        if quoted:
            escape, quoted = (False, True) if escape else (char == "\\", char != '"')
        elif char == '"':
            quoted = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        elif depth == 1 and text.startswith(("...", "\u2026"), index):
            return True
    return False


def parse_json(text: str) -> Any:
    """A JSON example as documents write them: comments, `...` and trailing commas tolerated. None if not JSON."""
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return None
    if stripped.startswith("{{") and not re.match(r"\{\{\s*[\w.]+\s*\}\}", stripped):
        # a page that is a format-string template writes every brace twice (`{{"label": "x"}}`), not a
        # template expression (`{{ body }}`)
        stripped = stripped.replace("{{", "{").replace("}}", "}")
    lenient = _BARE_PLACEHOLDER.sub(r'\1"<\2>"', _ELLIPSIS.sub("", _COMMENT.sub("", stripped)))
    lenient = _TRAILING_COMMA.sub(r"\1", lenient)
    for candidate in (stripped, lenient, _CAPITAL_PLACEHOLDER.sub(r'\1"\2"', lenient)):
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict) and candidate is not stripped and _elides_members(_COMMENT.sub("", stripped)):
            return Excerpt(value)
        return value if isinstance(value, dict | list) else None
    return None


def parse_json_lines(text: str) -> list[Any]:
    """One JSON example, or a stream of JSON objects one per line (streaming endpoints)."""
    single = parse_json(text)
    if single is not None:
        return [single]
    values = [parse_json(line) for line in text.strip().splitlines() if line.strip()]
    if values and all(isinstance(v, dict) for v in values):
        return values
    return []


_SKETCH_KEY = re.compile(r"""^\s*["']?(?P<name>[A-Za-z_$][\w$-]*)["']?\s*(?:[:,]|$)""")


def object_sketch(text: str) -> list[tuple[str, bool]]:
    """The top-level fields of an object written as a JavaScript sketch rather than JSON (`{ name, url, // ...`,
    `callback: { ... }`), each with whether its comment calls it optional; [] when the text is no such sketch."""
    stripped = text.strip()
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return []
    fields: list[tuple[str, bool]] = []
    depth = 0
    for line in stripped.splitlines():
        code, _, comment = line.partition("//")
        if depth == 1 and (key := _SKETCH_KEY.match(code)) is not None:
            fields.append((key["name"], bool(re.search(r"\boptional\b", comment, re.I))))
        depth += len(re.findall(r"[{\[]", code)) - len(re.findall(r"[}\]]", code))
    return fields if len(fields) >= 2 and depth == 0 else []


_SPHINX_PARAM = re.compile(r"\(([^()]+)\)")
_CONVERTERS = frozenset({"int", "integer", "str", "string", "float", "number", "path", "uuid", "any", "bool"})
"""Werkzeug's and httpdomain's converter names: `(int:id)` as httpdomain writes it, or `(id:str)` the other way
round, names the placeholder by its other part."""


def sphinx_template(path: str) -> str:
    """A Sphinx httpdomain path as a template: `/users/(int:id)` -> `/users/{id}`, `/(object url)` ->
    `/{object_url}` (a name, not two words), `(int:team:id)` (a colon typed for an underscore) -> `{team_id}`; a
    route's regular expression (`/task/info/(.*)`, as autotornado prints Tornado's routes) is a value with no
    name, `{param}`."""

    def name(match: re.Match[str]) -> str:
        parts = match.group(1).split(":")
        named = [p for p in parts if p.strip().lower() not in _CONVERTERS]
        # the parts a converter leaves are one name; `(a:b)`, with no converter, is named by its last part
        kept = named if named and (len(named) == 1 or len(named) < len(parts)) else parts[-1:]
        words = "_".join(kept).split()
        return "{" + ("_".join(words) if re.fullmatch(r"[A-Za-z_][\w-]*", "_".join(words)) else "param") + "}"

    return _SPHINX_PARAM.sub(name, path)
