"""Routes written in code with no method, under the API's root path, on a page that names a method for few of
its routes:

    <pre>
    # The root
    /api/v3/
    # One item
    /api/v3/<resource>/<id>/
    </pre>

    <code>api/v3/orders/<id>/summary/</code>
    <div>Returns the order's totals.</div>

A code block whose every line is a path or a `#` comment, and a paragraph made only of code spans each holding
one path, state routes one a line; so many hand-written pages (a template of a web framework's site, a wiki
page) list what their API serves. The paths share the API's root, leading segments that name an API or its
version (`/api/v3`); a path written without its leading slash (`api/v3/orders/...`) is the same route from the
server's root when it begins with that root. Nothing names their method, and the page describes each as
something to read, so each is a GET (marked inferred). A query string written on the path gives its query
parameters.

Read only where at least three such paths share a root that holds `api` or a version segment, and where they
outnumber the requests the page writes with a method (a page of request lines uses code paths as examples); a
path some request line of the page already states is left to it (unless only by OPTIONS or HEAD, which ask about
a route rather than for it), and so is a path ending in an ellipsis (an elided URL). In a list of such paths, one
that differs from another only by a format suffix on its last placeholder (`/api/v3/<kind>.json/` beside
`/api/v3/<kind>/?format=json`) is that route with its format chosen in the URL, not a route of its own.

A tutorial may say the method in the sentence that leads into the path, ending with a colon ("To delete a product,
make a DELETE request. Send it to:", "You should POST to:", "Send a `POST` request to:" over `/api/v1/login`): the
path is then a request of the one method that sentence names, not a GET, and it is left only where a request line
of the page states that method on it. A lead-in naming no method but a reading ("Now your app can access:", "You
can also retrieve one product via its `_id` property:") says GET, one naming an insertion or creation ("It is
possible to insert a page via the API:") says POST; the paths alone that add a query string to a path so read
(`/api/v1/products?page=2` under "Here are some examples:") are examples of that GET, its query parameters, even
where a request line of another method states the path. A path so led in often writes the id of one item as a
stand-in value rather than a placeholder, a value masked with x's (`cxxxxxxx`, `xxxx`) or capitals that spell an id
(`ID_GOES_HERE`, `ID-OF-PAGE`): that segment is the route's `{id}`."""

from __future__ import annotations

import re

from .blocks import Block, Document, Where
from .mention import Mention
from .requests import split_target

_SEGMENT = r"(?:[\w.~-]+|<\w+>|\{\w+\})"
_PATH = re.compile(rf"/?{_SEGMENT}(?:/{_SEGMENT})*/?(?:\?[^\s`]*)?")
_CODE_SPANS = re.compile(r"(?:`[^`\n]+`\s*)+")
_ITEM = re.compile(r"`(?P<path>[^`\n]+)`(?:\s+[-\u2013\u2014:]\s+.*)?", re.S)
"""A list item of one coded path, perhaps with a dash and what it is."""
_ROOT_WORD = re.compile(r"(?i)api|rest|v\d+(?:\.\d+)*")
_LEAD_METHOD = re.compile(r"(?<![\w-])`?(?P<method>GET|POST|PUT|PATCH|DELETE)`?(?![\w-])")
"""A method named in capitals in a lead-in sentence ("make a PUT request", "You should POST to:")."""
_LEAD_READ = re.compile(r"(?i)\b(?:can|to|may)\s+(?:now\s+|also\s+)?(?:access|retrieve|fetch|read)\b")
"""A lead-in saying the path is read: "your app can access:", "to fetch a second page:"."""
_LEAD_CREATE = re.compile(r"(?i)\b(?:can|to|may)\s+(?:also\s+)?(?:insert|create)\b")
"""A lead-in saying the path creates something: "It is possible to insert a page via the API:"."""
_STAND_IN_ID = re.compile(r"[a-z]?x{4,}|(?:[A-Z]+[-_])*ID(?:[-_][A-Z]+)*")
"""A segment standing for one item's id: masked with x's (`cxxxxxxx`), or capitals spelling an id (`ID_GOES_HERE`)."""


def _lead_method(blocks: list[Block], index: int) -> str:
    """The one method the paragraph (or last list item: "2. Send a `POST` request to:") right before
    `blocks[index]` names, where it leads in with a colon, or ""; GET where it names no method but a reading
    ("Now your app can access:", "If you want to fetch a second page:"), POST where it names a creation ("It is
    possible to insert a page via the API:")."""
    before = blocks[index - 1] if index else None
    lead = before.text if before and before.kind == "text" else ""
    lead = before.items[-1][1] if before and before.kind == "list" and before.items else lead
    if not lead.rstrip().endswith(":"):
        return ""
    methods = {m["method"] for m in _LEAD_METHOD.finditer(lead)}
    if not methods and _LEAD_READ.search(lead):
        return "GET"
    if not methods and _LEAD_CREATE.search(lead):
        return "POST"
    return methods.pop() if len(methods) == 1 else ""


def _with_ids(path: str) -> str:
    """The path with each segment that stands in for an item's id written `{id}` (not its first segment)."""
    route, mark, query = path.partition("?")
    parts = route.split("/")
    parts = [p if i < 2 or not _STAND_IN_ID.fullmatch(p) else "{id}" for i, p in enumerate(parts)]
    return "/".join(parts) + mark + query


def _candidates(doc: Document) -> list[tuple[int, Where, str]]:
    """(section index, where, path) of each path a code block or code-only paragraph states on its own."""
    return [(at, where, path) for at, where, path, _ in _led_candidates(doc)]


def _led_candidates(doc: Document) -> list[tuple[int, Where, str, str]]:
    """(section index, where, path, the method its lead-in names or "") of each path a code block or code-only
    paragraph states on its own."""
    found: list[tuple[int, Where, str, str]] = []
    for at, section in enumerate(doc.sections):
        blocks = list(section.blocks)
        for index, block in enumerate(blocks):
            if block.kind == "code":
                lines = [line.strip() for line in block.text.split("\n") if line.strip()]
                paths = [line for line in lines if not line.startswith("#")]
                if paths and all(_PATH.fullmatch(p) and "/" in p for p in paths):
                    lead = _lead_method(blocks, index) if len(paths) == 1 else ""
                    found += [(at, block.where, p, lead) for p in paths]
            elif block.kind == "list":  # `- `/api/v3/<kind>/?format=json``, `- `/api/v3/<kind>.api/` - browsable`
                spans = [_ITEM.fullmatch(text.strip()) for _, text in block.items]
                paths = [m["path"] for m in spans if m and "/" in m["path"] and _PATH.fullmatch(m["path"])]
                found += [(at, block.where, p, "") for p in _without_format_suffixes(paths)]
            elif block.kind == "text" and _CODE_SPANS.fullmatch(block.text.strip()):
                spans = re.findall(r"`([^`\n]+)`", block.text)
                if all(_PATH.fullmatch(s.strip()) and "/" in s for s in spans):
                    lead = _lead_method(blocks, index) if len(spans) == 1 else ""
                    found += [(at, block.where, s.strip(), lead) for s in spans]
    return found


def _without_format_suffixes(paths: list[str]) -> list[str]:
    """The paths of a list but those that choose a format by a suffix on a placeholder (`/x/<kind>.json/`) where
    the list writes the same path without it: one route, its format picked in the URL."""
    bare = {p.split("?")[0].rstrip("/") for p in paths}
    return [p for p in paths if not ((m := re.fullmatch(r"(.*>)\.\w+/?", p.split("?")[0])) and m[1] in bare)]


def _root(paths: list[str]) -> list[str]:
    """The leading segments the rooted paths share, up to the last that names an API or a version."""
    rooted = [p.split("?")[0].strip("/").split("/") for p in paths if p.startswith("/")]
    if not rooted:
        return []
    common: list[str] = []
    for parts in zip(*rooted, strict=False):
        if len(set(parts)) != 1 or "<" in parts[0] or "{" in parts[0]:
            break
        common.append(parts[0])
    while common and not _ROOT_WORD.fullmatch(common[-1]):
        common.pop()
    return common


def rooted_code_paths(doc: Document, mentions: list[list[Mention]]) -> None:
    """Method-less paths in code under the API's root path become GET routes (see the module)."""
    candidates = [(a, w, p, m) for a, w, p, m in _led_candidates(doc) if not re.search(r"(?:\.\.\.|…)$", p)]
    root = _root([p for _, _, p, _ in candidates])
    if not root:
        return
    prefix = "/".join(root)
    routes = []
    for at, where, path, lead in candidates:
        full = path if path.startswith("/") else "/" + path
        if full.strip("/").split("?")[0] == prefix or full.startswith(f"/{prefix}/"):
            routes.append((at, where, _with_ids(full) if lead else full, lead))
    # (a route the page states only with OPTIONS or HEAD, which ask about it, is still to be read)
    stated = {m.target.path.rstrip("/") for found in mentions for m in found if m.method not in ("OPTIONS", "HEAD")}
    requested = {(m.method, m.target.path.rstrip("/")) for found in mentions for m in found}
    written = sum(1 for found in mentions for m in found if not m.inferred)
    # (a path alone the page reads under a lead-in, `/x`, makes the paths alone that add a query to it its examples)
    read = {split_target(p).path.rstrip("/") for _, _, p, lead in routes if lead == "GET"} - {
        path for method, path in requested if method == "GET"
    }
    fresh = [
        (a, w, p, lead)
        for a, w, p, lead in routes
        if (
            (lead, split_target(p).path.rstrip("/")) not in requested
            if lead
            else split_target(p).path.rstrip("/") not in stated - read
        )
    ]
    if len(routes) < 3 or len(fresh) <= written:
        return
    for at, where, path, lead in fresh:
        mentions[at].append(Mention(lead or "GET", split_target(path), where, "line", inferred=not lead))
