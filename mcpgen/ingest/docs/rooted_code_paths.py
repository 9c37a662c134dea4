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
`/api/v3/<kind>/?format=json`) is that route with its format chosen in the URL, not a route of its own."""

from __future__ import annotations

import re

from .blocks import Document, Where
from .mention import Mention
from .requests import split_target

_SEGMENT = r"(?:[\w.~-]+|<\w+>|\{\w+\})"
_PATH = re.compile(rf"/?{_SEGMENT}(?:/{_SEGMENT})*/?(?:\?[^\s`]*)?")
_CODE_SPANS = re.compile(r"(?:`[^`\n]+`\s*)+")
_ITEM = re.compile(r"`(?P<path>[^`\n]+)`(?:\s+[-\u2013\u2014:]\s+.*)?", re.S)
"""A list item of one coded path, perhaps with a dash and what it is."""
_ROOT_WORD = re.compile(r"(?i)api|rest|v\d+(?:\.\d+)*")


def _candidates(doc: Document) -> list[tuple[int, Where, str]]:
    """(section index, where, path) of each path a code block or code-only paragraph states on its own."""
    found: list[tuple[int, Where, str]] = []
    for at, section in enumerate(doc.sections):
        for block in section.blocks:
            if block.kind == "code":
                lines = [line.strip() for line in block.text.split("\n") if line.strip()]
                paths = [line for line in lines if not line.startswith("#")]
                if paths and all(_PATH.fullmatch(p) and "/" in p for p in paths):
                    found += [(at, block.where, p) for p in paths]
            elif block.kind == "list":  # `- `/api/v3/<kind>/?format=json``, `- `/api/v3/<kind>.api/` - browsable`
                spans = [_ITEM.fullmatch(text.strip()) for _, text in block.items]
                paths = [m["path"] for m in spans if m and "/" in m["path"] and _PATH.fullmatch(m["path"])]
                found += [(at, block.where, p) for p in _without_format_suffixes(paths)]
            elif block.kind == "text" and _CODE_SPANS.fullmatch(block.text.strip()):
                spans = re.findall(r"`([^`\n]+)`", block.text)
                if all(_PATH.fullmatch(s.strip()) and "/" in s for s in spans):
                    found += [(at, block.where, s.strip()) for s in spans]
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
    candidates = [(a, w, p) for a, w, p in _candidates(doc) if not re.search(r"(?:\.\.\.|…)$", p)]
    root = _root([p for _, _, p in candidates])
    if not root:
        return
    prefix = "/".join(root)
    routes = []
    for at, where, path in candidates:
        full = path if path.startswith("/") else "/" + path
        if full.strip("/").split("?")[0] == prefix or full.startswith(f"/{prefix}/"):
            routes.append((at, where, full))
    # (a route the page states only with OPTIONS or HEAD, which ask about it, is still to be read)
    stated = {m.target.path.rstrip("/") for found in mentions for m in found if m.method not in ("OPTIONS", "HEAD")}
    written = sum(1 for found in mentions for m in found if not m.inferred)
    fresh = [(a, w, p) for a, w, p in routes if split_target(p).path.rstrip("/") not in stated]
    if len(routes) < 3 or len(fresh) <= written:
        return
    for at, where, path in fresh:
        mentions[at].append(Mention("GET", split_target(path), where, "line", inferred=True))
