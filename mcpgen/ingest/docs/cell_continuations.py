"""The base an ellipsis stands for in a table cell that lists several routes after one written in full:
`POST /comments/{id}/approve/` `.../reject/` `.../spam/`, `GET /notifications/`, `GET .../unread-count/`,
`POST .../{id}/read/`.

A cell is one row's statement, so the ellipsis abbreviates the route the same cell wrote out first, not a path
stated elsewhere on the page that happens to hold the continuation's first segment. What it keeps of that route
follows its shape: a route ending in an action word past its first segment (`/comments/{id}/approve`,
`/newsletter/subscribe`) has siblings, so the ellipsis is that route less its last segment (`.../reject/` is
`/comments/{id}/reject/`); a collection (`/notifications/`) or a route ending in a placeholder (`/items/{id}`) has
children, so the ellipsis is the whole route (`.../unread-count/` is `/notifications/unread-count/`). A
continuation whose first segment the full route already holds past its first (`/hubs/{id}/devices` with
`.../devices/{did}/rename`) is left to the page-wide reading (`continued_paths.py`), which continues it there.
"""

from __future__ import annotations


def cell_base(head: str, continued: list[str]) -> str | None:
    """The part of `head`, the cell's first route written in full, that the ellipsis before `continued` stands for;
    None where the continuation repeats one of its segments (the page-wide reading continues it)."""
    segments = head.strip("/").split("/")
    if not segments[0] or continued[0] in segments[1:]:
        return None
    if len(segments) >= 2 and segments[-1][:1] not in "{<:":
        segments = segments[:-1]
    return "/" + "/".join(segments)
