"""Resources listed by name after a bold label, comma-separated, each in code and written relative to the API's
root, the method inside the code where the item is a write:

    **Reads** — `status`, `project`(+`/{key}`, `/members`), `issue/{key}`(`?expand=history`), `issue/{key}/notes`

    **Writes** — `POST issue`, `PUT/DELETE issue/{key}`, `POST/PUT/DELETE issue/{key}/note[/{id}]`

    **Boards** (`/api/boards/1.0/`) — `board`, `board/{id}`(+`/columns`), `POST board`

A README that states its API so gives no request line: a reader takes each item as a route, GET unless its
code names methods (several joined by `/`). `name`(+`/{key}`, `/members`) adds routes under the name, the
sub-resources hung on the item path when the first addition is a placeholder segment (`project/{key}/members`,
as an API nests them). An optional bracketed segment (`note[/{id}]`) is the item: POST goes to the collection
without it, PUT, PATCH and DELETE to the item, GET to both. A query string in parentheses after an item
(`?expand=history`) names its optional query parameters, and so does a name in code among the note's words
(`search`(text + `fields` + paging)); on a write such a name is a field of its body (`POST files`(multipart,
field `file`)), a form field where the note says the upload is multipart.

The items are written without the prefix the API serves them under; where they are served is read from the
document, never guessed: a prefix in parentheses after the label (`(`/api/boards/1.0/`)`) is the one of its
items; else an item already written with a prefix the document uses (`api/v2/files/{id}`) is kept as it is;
else the prefix in front of a full path the document writes elsewhere (a curl line, a client call) whose end
fits an item of two segments or more (`/api/v2/issue/{key}/notes` for `issue/{key}/notes`) is the one of every
item that starts with the same resource; and an item whose resource no full path shows takes the prefix the
other items of its list take most. A list none of whose items has a prefix shown anywhere stays as written.

Routes of the same resources named outside the lists, in a sentence or a table cell, are read too
(`named_elsewhere`): only on a page whose lists were read, and only paths that start with a listed resource or
under a prefix the lists take.

Read only where the label's list is one: items in code right after the dash, separated by commas, at least
three; and where it names API routes: some item names a method, or one fits a full path the document writes.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Document, Where
from .mention import Mention
from .requests import METHODS, Request, split_target

_METHOD = "|".join(m.upper() for m in METHODS)
_LABEL = re.compile(r"^\*\*[^*\n]{1,40}\*\*\s*(?:\(\s*`(?P<prefix>/[\w.~/-]*)`\s*\))?\s*[\u2014\u2013:-]\s*")
"""A bold run-in label, an optional prefix in parentheses, and the dash or colon before its list."""
_ITEM = re.compile(r"\**`(?P<code>[^`\n]+)`\**(?:\s*\((?P<note>[^()]*)\))?")
_SEGMENT = r"(?:[\w.~-]+|\{\w+\})"
_CODE = re.compile(
    rf"^(?:(?P<methods>(?:{_METHOD})(?:/(?:{_METHOD}))*)\s+)?"
    rf"(?P<path>/?{_SEGMENT}(?:/{_SEGMENT})*/?)(?P<optional>\[/{_SEGMENT}\])?$"
)
_SEPARATOR = re.compile(r"^[\s,]*$")
_SUFFIXES = re.compile(r"^\s*\+\s*`/[^`]+`(?:\s*,\s*`/[^`]+`)*\s*$")
_QUERY = re.compile(r"`\?(?P<query>[^`\s]+)`")
_NAMED = re.compile(r"`(?P<name>[A-Za-z_][\w-]*)`")
"""A name in code in an item's note (`search`(text + `fields` + paging)): one of the route's inputs."""
_MULTIPART = re.compile(r"(?i)multi-?part|\uba40\ud2f0\ud30c\ud2b8|\u30de\u30eb\u30c1\u30d1\u30fc\u30c8")
"""A note saying the write is a multipart upload (in English, Korean or Japanese): its names are form fields."""
LEAST = 3
"""Items a label's list must have: two coded names may be anything a sentence mentions."""


def _items(text: str) -> tuple[str, list[tuple[list[str], str, str, str]]] | None:
    """(stated prefix, [(methods, path, optional segment, note)]) of a labelled list; None if it is not one."""
    label = _LABEL.match(text)
    if not label:
        return None
    items, at = [], label.end()
    for match in _ITEM.finditer(text, at):
        if not _SEPARATOR.match(text[at : match.start()]):
            break
        code = _CODE.match(match["code"].strip())
        if not code:
            break
        methods = code["methods"].split("/") if code["methods"] else []
        items.append((methods, code["path"], (code["optional"] or "")[2:-1], match["note"] or ""))
        at = match.end()
    return (label["prefix"] or "", items) if len(items) >= LEAST else None


def _names(query: str) -> str:
    """`expand=body.storage&limit=5` as `expand=&limit=`: the parameters a query string names, without the
    example values (two values of one parameter are examples, not two operations told apart by it)."""
    return "&".join(f"{part.split('=')[0]}=" for part in query.split("&") if part.split("=")[0])


def _fits(tail: list[str], item: list[str]) -> bool:
    return all(
        i == t or (i.startswith("{") and bool(t)) or (i.startswith("{") and t.startswith("{"))
        for t, i in zip(tail, item, strict=True)
    )


def _shown_prefix(item: str, paths: list[str]) -> str | None:
    """The literal prefix in front of a full path whose end fits `item` (two segments at least); None if none."""
    segments = item.strip("/").split("/")
    if len(segments) < 2:
        return None
    for path in paths:
        parts = path.rstrip("/").split("/")[1:]
        if len(parts) > len(segments) and _fits(parts[-len(segments) :], segments):
            head = parts[: -len(segments)]
            if all(s and "{" not in s for s in head):
                return "/" + "/".join(head)
    return None


def _expanded(methods: list[str], path: str, optional: str, note: str) -> list[tuple[str, str]]:
    """(method, relative path) for one item: its methods (GET when none), its optional item segment and its
    (+`/sub`) additions."""
    path = path.rstrip("/") or path
    routes: list[tuple[str, str]] = []
    for method in methods or ["GET"]:
        if not optional:
            routes.append((method, path))
            continue
        if method in ("POST", "GET"):
            routes.append((method, path))
        if method != "POST":
            routes.append((method, f"{path}/{optional}"))
    if _SUFFIXES.match(note):
        base = path
        for suffix in re.findall(r"`(/[^`]+)`", note):
            added = base + suffix.rstrip("/")
            routes += [(method, added) for method in methods or ["GET"]]
            if re.fullmatch(r"/\{\w+\}", suffix) and base == path:
                base = added  # `project`(+`/{key}`, `/members`): the members of one project
    return routes


def listed_resources(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add the routes of labelled resource lists (see the module docstring) to `mentions`."""
    lists = [
        (index, block, listed)
        for index, section in enumerate(doc.sections)
        for block in section.blocks
        if block.kind == "text" and (listed := _items(" ".join(block.text.split())))
    ]
    if not lists:
        return
    full = sorted({m.target.path for found in mentions for m in found if m.target.path.startswith("/")})
    shown: dict[str, Counter[str]] = {}
    for _, _, (_, items) in lists:
        for _, path, _, _ in items:
            if not path.startswith("/") and (prefix := _shown_prefix(path, full)) is not None:
                shown.setdefault(path.split("/")[0], Counter())[prefix] += 1
    prefixes = {p for counts in shown.values() for p in counts if p}
    served: dict[str, str] = {}
    for index, block, (stated, items) in lists:
        if not any(methods for methods, _, _, _ in items) and not any(
            _shown_prefix(path, full) is not None for _, path, _, _ in items if not path.startswith("/")
        ):
            continue  # nothing says these names are routes
        resolved: list[str | None] = []
        for _, path, _, _ in items:
            if path.startswith("/"):
                resolved.append("")
            elif stated:
                resolved.append("" if ("/" + path).startswith(stated.rstrip("/") + "/") else stated.rstrip("/"))
            elif any(("/" + path).startswith(p + "/") for p in prefixes):
                resolved.append("")
            elif counts := shown.get(path.split("/")[0]):
                resolved.append(counts.most_common(1)[0][0])
            else:
                resolved.append(None)
        taken = Counter(p for p, (_, path, _, _) in zip(resolved, items, strict=True) if p and not path.startswith("/"))
        common = taken.most_common(1)[0][0] if taken else ""
        for known, (methods, path, optional, note) in zip(resolved, items, strict=True):
            prefix = common if known is None else known
            if prefix and not path.startswith("/"):
                served.setdefault(path.split("/")[0], prefix)
            named = [] if _SUFFIXES.match(note) else [n["name"] for n in _NAMED.finditer(note)]
            query = "&".join([_names(q["query"]) for q in _QUERY.finditer(note)] + [f"{n}=" for n in named])
            for method, route in _expanded(methods, path, optional, note):
                written = route if route.startswith("/") else f"{prefix}/{route}"
                own = route == path.rstrip("/")
                target = split_target(written + (f"?{query}" if query and method == "GET" and own else ""))
                mention = Mention(method, target, block.where, "line", inferred=not methods)
                if named and own and method in ("POST", "PUT", "PATCH"):  # (multipart, field name `file`)
                    kind = "multipart" if _MULTIPART.search(note) else "json"
                    mention.request = Request(method, target, body=dict.fromkeys(named, ""), body_kind=kind)
                mentions[index].append(mention)
    named_elsewhere(doc, mentions, served, {block.where for _, block, _ in lists})


_ELSEWHERE = re.compile(rf"`(?P<path>/?[\w.~-]+(?:/{_SEGMENT})+)(?:\?(?P<query>[^`\s]*))?`")
_QUERY_ALONE = re.compile(r"`\?(?P<query>[\w.-]+=[^`\s]*)`")


def named_elsewhere(doc: Document, mentions: list[list[Mention]], served: dict[str, str], lists: set[Where]) -> None:
    """Routes of the listed resources that the document names outside its lists, in a sentence or a table
    cell: a relative path in code that starts with a listed resource and holds a placeholder
    (`issue/{key}/links`, "where a ticket's links are read"), GET under that resource's prefix; a path in code
    under one of the lists' prefixes (`/api/v2/search`); and, in a paragraph that gives a query string in code
    (`?expand=body`), each listed route it names, with that query. `served`: resource -> prefix."""
    roots = set(served.values())
    for index, section in enumerate(doc.sections):
        for block in section.blocks:
            if block.kind not in ("text", "table") or block.where in lists:
                continue
            texts = [block.text] if block.kind == "text" else [cell for row in block.rows for cell in row]
            for text in texts:
                alone = "&".join(_names(q["query"]) for q in _QUERY_ALONE.finditer(text))
                for match in _ELSEWHERE.finditer(text):
                    path, query = match["path"].rstrip("/"), _names(match["query"] or "")
                    if path.startswith("/"):
                        if not any(path.startswith(root + "/") for root in roots) or path in roots:
                            continue
                        written = path
                    elif (root := served.get(path.split("/")[0])) and ("{" in path or query or alone):
                        written, query = f"{root}/{path}", "&".join(q for q in (query, alone) if q)
                    else:
                        continue
                    target = split_target(written + (f"?{query}" if query else ""))
                    mentions[index].append(Mention("GET", target, block.where, "line", inferred=True))
