"""A page of a documentation set that writes its routes without a prefix that its own example requests, and
the other pages' routes, carry: `**URL** : `/v1alpha/token`` over `curl http://host/api/v1alpha/token`, while
the next page states `/api/v1alpha/wallets/<wallet_alias>`. The requests show where the routes are served, and
the set writes routes in full, so the page's routes are under that prefix (`/api/v1alpha/token`).

Read only where it is unambiguous: a set of several pages; every full-URL request of the page that fits one of
its routes only behind a prefix shows the same literal prefix, and none fits one without it; none of the page's
routes is under it already; and another page of the set states a route under it."""

from __future__ import annotations

from .mention import Mention


def _fits(segments: list[str], template: list[str]) -> bool:
    return len(segments) == len(template) and all(
        t == s or (t.startswith("{") and t.endswith("}") and s) for s, t in zip(segments, template, strict=True)
    )


def _shown(path: str, routes: list[list[str]]) -> str | None:
    """The literal prefix in front of a route that `path` fits ("" when it fits one as it is); None when none."""
    segments = path.rstrip("/").split("/")[1:]
    if any(_fits(segments, r) for r in routes):
        return ""
    for cut in range(1, len(segments)):
        head, rest = segments[:cut], segments[cut:]
        if all(s and "{" not in s for s in head) and any(_fits(rest, r) for r in routes):
            return "/" + "/".join(head)
    return None


def shown_prefix(mentions: list[list[Mention]], known: dict[str, set[str]] | None) -> str:
    """The prefix the page's full-URL requests show its hostless routes under, when the rule holds; else ""."""
    if not known:
        return ""
    stated = [m for found in mentions for m in found if m.kind in ("line", "table") and not m.prose]
    routes: dict[str, list[list[str]]] = {}
    for m in stated:
        if not m.target.origin:
            routes.setdefault(m.method, []).append(m.target.path.rstrip("/").split("/")[1:])
    found = (m for each in mentions for m in each if m.target.origin and m.kind in ("curl", "http", "line"))
    shown = {p for m in found if (p := _shown(m.target.path, routes.get(m.method, []))) is not None}
    if len(shown) != 1 or "" in shown:
        return ""
    prefix = shown.pop()
    paths = {"/" + "/".join(r) for each in routes.values() for r in each}
    if any(p == prefix or p.startswith(prefix + "/") for p in paths):
        return ""
    others = {p for templates in known.values() for p in templates} - paths
    return prefix if any(p.startswith(prefix + "/") for p in others) else ""
