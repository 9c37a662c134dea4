"""Example requests that call the routes a page states behind a prefix the routes leave out: a version segment
(`/v1.0/routings` beside `/routings`, stated relative to a versioned service URL), or the mount a sample session
calls them under (`http://127.0.0.1:8088/auth/register/` beside `/register/`)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention


def version_prefixed(mentions: list[list[Mention]], stated: set[str], base_path: str = "") -> None:
    """A request named in passing (prose, an example) whose path is a stated route's behind a version segment
    (`/v1.0/routings` beside `/routings`, stated relative to a versioned service URL), or behind the path of the
    base URL the page states (`/api/v1/rates?limit=50` in a block of example URLs, under "all endpoints are served
    under /api/v1" and a table of `/rates`, `/rates/{id}`: the example is written from the host, the table from the
    base), is that route."""
    for found in mentions:
        for mention in found:
            path = mention.target.path
            if (mention.prose or mention.kind in ("curl", "http")) and path not in stated:
                version = re.match(r"/v\d+(?:\.\d+)*(?=/)", path)
                if base_path and path.startswith(base_path + "/") and path[len(base_path) :] in stated:
                    mention.target.path = path[len(base_path) :]
                elif version and path[version.end() :] in stated:
                    mention.target.path = path[version.end() :]


def mounted(mentions: list[list[Mention]]) -> None:
    """Full URLs that call the stated routes behind the prefix where the API is mounted: literal routes
    (`_mounted_routes`), then templates called with values (`prefixed_uses`)."""
    _mounted_routes(mentions)
    prefixed_uses(mentions)


def _mounted_routes(mentions: list[list[Mention]]) -> None:
    """`curl http://127.0.0.1:8088/auth/register/` (two or more such) where the page states `/register/`, `/me/`
    (paths with no host) and no route under `/auth`: the full URLs call the stated routes where the API is
    mounted, so each is its route and the mount is part of the server's URL (`http://127.0.0.1:8088/auth`)."""
    routes = {
        m.target.path.rstrip("/")
        for found in mentions
        for m in found
        if m.kind in ("line", "table") and not m.target.origin and not m.prose
    }
    shown: list[tuple[Mention, str]] = []
    for m in (m for found in mentions for m in found if m.target.origin):
        segments = m.target.path.rstrip("/").split("/")
        prefix = next(
            ("/".join(segments[:i]) for i in range(2, len(segments)) if "/" + "/".join(segments[i:]) in routes), ""
        )
        if prefix and m.target.path.rstrip("/") not in routes:
            shown.append((m, prefix))
    mounts = Counter(prefix for _, prefix in shown)
    mount, count = mounts.most_common(1)[0] if mounts else ("", 0)
    if count < 2 or len(mounts) > 1 or any(r.startswith(mount + "/") or r == mount for r in routes):
        return
    for m, _ in shown:
        m.target.path = m.target.path[len(mount) :]
        m.target.origin = m.target.origin.rstrip("/") + mount


def prefixed_uses(mentions: list[list[Mention]]) -> None:
    """`curl http://host/path/to/-/agrmet/timeseries/2011` (two or more such, behind one prefix) where the page
    states the GET template `/{IDENT}/{NETWORK}/timeseries/{YEAR}` with no host and no route under `/path/to`:
    each full URL is a use of the one template of its method that its tail fits, values in its placeholders, on a
    server whose prefix the template leaves out; so its route is that template."""
    routes = {
        m.target.path.rstrip("/")
        for found in mentions
        for m in found
        if m.kind in ("line", "table") and not m.target.origin and not m.prose
    }
    templates = {
        (m.method, m.target.path.rstrip("/"))
        for found in mentions
        for m in found
        if m.kind in ("line", "table") and not m.target.origin and not m.prose and "{" in m.target.path
    }
    shown: list[tuple[Mention, str, str]] = []
    for m in (m for found in mentions for m in found if m.target.origin and m.kind in ("curl", "http")):
        segments = m.target.path.rstrip("/").split("/")
        if "/".join(segments) in routes:
            continue
        for i in range(2, len(segments)):
            fits = [t for method, t in templates if method == m.method and _fits(t.split("/")[1:], segments[i:])]
            if fits:
                if len(fits) == 1:
                    shown.append((m, "/".join(segments[:i]), fits[0]))
                break
    mounts = Counter(prefix for _, prefix, _ in shown)
    if len(mounts) != 1 or len(shown) < 2:
        return
    mount = next(iter(mounts))
    if "{" in mount or any(r.startswith(mount + "/") or r == mount for r in routes):
        return
    for m, _, route in shown:
        m.target.path = route


def _fits(template: list[str], segments: list[str]) -> bool:
    """Whether `segments` are the template's, with a value in each of its placeholders."""
    return len(template) == len(segments) and all(
        t == s or (t.startswith("{") and t.endswith("}") and bool(s)) for t, s in zip(template, segments, strict=True)
    )
