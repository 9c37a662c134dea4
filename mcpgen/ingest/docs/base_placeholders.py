"""Route templates written from a placeholder for the base URL: `<BASE URL>/<RESOURCE>/<uid:optional>`,
`{base_url}/pets/{id}`, `{{baseUrl}}/pets`, `$BASE_URL/pets`. Many hand-written pages state their routes so,
in a table of operations (`VIEW | <BASE URL>/<RESOURCE>/<uid:optional> | GET`), and give the base itself only
through the full URLs of their examples (`http://localhost:8080/site/api/1.0/users`).

- The placeholder is the base: what follows it is the route's path.
- A last segment marked optional (`<uid:optional>`, `[/<uid>]`, `[/{uid}]`) is two routes, without it and with
  it; one marked required (`<uid:required>`) is a plain placeholder.
- The base the placeholder stands for, when the page states none (or states one of its example URLs as the
  base), is the part the page's absolute URLs share: their most common origin and the path segments every URL
  of that origin starts with.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .blocks import Document
from .mention import Mention
from .requests import Request, Target, split_target

_BASE_WORD = r"(?:base|root|api|service|server|host)[ _-]?(?:url|uri|path|address)?"
_BASE = re.compile(
    rf"^(?:<\s*{_BASE_WORD}\s*>|\{{\{{?\s*{_BASE_WORD}\s*\}}\}}?|\$\{{?{_BASE_WORD}\}}?)(?=/)",
    re.I,
)
_MARKED = re.compile(r"<(?P<name>[A-Za-z_]\w*):(?P<mark>optional|required)>")
_OPTIONAL_LAST = re.compile(r"(?:/<(?P<marked>[A-Za-z_]\w*):optional>|\[/(?P<bracketed>[<{][A-Za-z_]\w*[>}])\])/?$")
_URL = re.compile(r"https?://[^\s`<>\"')\]]+(?:<[^\s`>]+>[^\s`<>\"')\]]*)*")


def based_paths(cell: str) -> list[str]:
    """The route paths a URL template written from a base placeholder states (none when it has no such
    placeholder): `<BASE URL>/<RESOURCE>/<uid:optional>` -> `/<RESOURCE>`, `/<RESOURCE>/<uid>`."""
    match = _BASE.match(cell.strip().strip("`"))
    if match is None:
        return []
    path = cell.strip().strip("`")[match.end() :]
    optional = _OPTIONAL_LAST.search(path)
    if optional is None:
        return [_MARKED.sub(r"<\g<name>>", path)]
    name = f"<{optional['marked']}>" if optional["marked"] else optional["bracketed"]
    head = _MARKED.sub(r"<\g<name>>", path[: optional.start()])
    return [head or "/", f"{head}/{name}"]


def has_base_placeholders(doc: Document) -> bool:
    """Whether a table of the document writes its routes from a base placeholder."""
    return any(
        based_paths(cell)
        for section in doc.sections
        for block in section.blocks
        if block.kind == "table"
        for row in block.rows
        for cell in row
    )


def shared_base(doc: Document, stated: str) -> str:
    """The base a page that writes its routes from a base placeholder stands for: the stated one unless it is
    missing or deeper than what the page's absolute URLs share (an example URL given as the base), then that
    shared part (the most common origin and the whole segments every URL of it starts with)."""
    if not has_base_placeholders(doc):
        return stated
    texts = [
        text
        for section in doc.sections
        for block in section.blocks
        if block.kind in ("text", "list")
        for text in (block.text, *(t for item in block.items for t in item))
    ]
    urls = [u.rstrip(".,;:") for text in texts for u in _URL.findall(text)]
    origins = Counter(re.match(r"https?://[^/]+", u)[0] for u in urls)
    if not origins:
        return stated
    origin, count = origins.most_common(1)[0]
    if count < 2:
        return stated
    paths = [u[len(origin) :].split("?")[0].split("#")[0] for u in urls if u.startswith(origin + "/")]
    segments = [p.strip("/").split("/") for p in paths]
    common: list[str] = []
    for parts in zip(*segments, strict=False):
        if len(set(parts)) != 1 or "<" in parts[0] or "{" in parts[0]:
            break
        common.append(parts[0])
    # (the shared part stops before any URL's last segment: a route, not the base)
    shortest = min(len(s) for s in segments) if segments else 0
    common = common[: max(shortest - 1, 0)]
    base = origin + "".join(f"/{s}" for s in common)
    if stated and not stated.startswith(base):
        return stated  # a base stated on another origin, or beside the shared part: the page's own word
    return base if not stated or len(stated) > len(base) else stated


_CODED = re.compile(r"`([^`\n]+)`")


def schema_references(doc: Document, mentions: list[list[Mention]]) -> None:
    """A URL schema written from the base placeholder with no method (`:URL Schema: <BASE URL>/<RESOURCE>?<KEY>=
    <VALUE>` over a table of keys) that is a route a table of the page states names that route: its section is
    about the route's GET (what a URL alone asks for), and the section's parameter table is that route's. A schema
    no table states (`<BASE URL>/<RESOURCE>/<OPERATION>`, a pattern of the routes) names nothing."""
    from .url_schemas import labelled_schemas  # (it reads templates with `based_paths`)

    labelled_schemas(doc, mentions)  # `:URL Schema: <BASE URL>/login?name=<username>`: a section's one GET route
    stated = {
        (m.method, m.target.path) for found in mentions for m in found if m.kind == "table" and "{" in m.target.path
    }
    if not stated:
        return
    for section, found in zip(doc.sections, mentions, strict=True):
        if found:
            continue
        for block in section.blocks:
            if block.kind not in ("text", "deflist", "list"):
                continue
            for text in (block.text, *(t for item in block.items for t in item)):
                for cell in _CODED.findall(text):
                    for path in based_paths(cell.split("?")[0]):
                        target = split_target(path)
                        if ("GET", target.path) in stated:
                            found.append(Mention("GET", target, block.where, "line", inferred=True))


_ALONE = re.compile(r"^(?:[`\s]*(https?://[^\s`]+)[`\s]*)+$")
_EXAMPLE_LABEL = re.compile(r"(?i)(?:for\s+)?(?:an?\s+)?examples?\s*:")


def _title_words(title: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", title)}
    return words | {w + "s" for w in words} | {w[:-1] for w in words if w.endswith("s")}


def example_urls(doc: Document, mentions: list[list[Mention]], base: str) -> None:
    """On a page that writes its routes from a base placeholder, full URLs under the base standing alone (a list
    item, a line of their own) are GET requests: the route of the section they stand in when the section's title
    names their first segment ("User Resource" over `.../users`, `.../users/current`, `.../users/<username>`),
    else examples of a stated template (`.../Folder` under "Resources", an instance of `<BASE URL>/<RESOURCE>`;
    one with a placeholder of its own, an example of nothing stated, is left). Under an "Example:" label, a URL
    that fits a template the section has already listed (`.../catalogs/bika_catalog` after `.../catalogs/<id>`)
    is an example of it, not a route of its own."""
    if not base or not has_base_placeholders(doc):
        return
    templates = {m.target.path for found in mentions for m in found if m.kind == "table" and m.method == "GET"}
    for section, found in zip(doc.sections, mentions, strict=True):
        named = _title_words(section.title)
        for before, block in zip((None, *section.blocks), section.blocks, strict=False):
            texts = [t for item in block.items for t in item if t] if block.kind == "list" else [block.text]
            if block.kind not in ("list", "text"):
                continue
            labelled = before is not None and before.kind == "text" and _EXAMPLE_LABEL.fullmatch(before.text.strip())
            for text in texts:
                if not _ALONE.match(text):
                    continue
                for url in re.findall(r"https?://[^\s`]+", text):
                    if not url.startswith(base + "/"):
                        continue
                    first = url[len(base) + 1 :].split("/")[0].split("?")[0].lower()
                    target = split_target(_MARKED.sub(r"<\g<name>>", url))
                    listed = {m.target.path for m in found if m.kind == "line" and "{" in m.target.path}
                    if labelled and (shown := _fitted(target, "", listed)) is not None and "{" not in target.path:
                        request = Request(method="GET", target=target)
                        found.append(Mention("GET", shown, block.where, "curl", request, inferred=True))
                    elif first in named:
                        found.append(Mention("GET", target, block.where, "line", inferred=True))
                    elif "{" not in target.path or (target := _fitted(target, base, templates)) is not None:
                        request = Request(method="GET", target=target)
                        found.append(Mention("GET", target, block.where, "curl", request, inferred=True))


def _fitted(target: Target, base: str, templates: set[str]) -> Target | None:
    """A URL with a placeholder of its own (`.../folders/<uid>?sharing=y`) as an example of the one stated
    template it fits, segment by segment (a placeholder only where the template has one), else None."""
    prefix = re.sub(r"^https?://[^/]+", "", base).rstrip("/")
    segments = target.path[len(prefix) :].strip("/").split("/")
    fits = [t for t in templates if _fits(t.strip("/").split("/"), segments)]
    return replace(target, path=prefix + fits[0]) if len(fits) == 1 else None


def _fits(parts: list[str], segments: list[str]) -> bool:
    """Each segment is the template's own word, or stands where the template has a placeholder."""
    return (
        len(parts) == len(segments)
        and all(p == s or p.startswith("{") for p, s in zip(parts, segments, strict=True))
        and all(p.startswith("{") for p, s in zip(parts, segments, strict=True) if s.startswith("{"))
    )
