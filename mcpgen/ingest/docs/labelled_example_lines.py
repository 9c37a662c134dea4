"""A request line labelled as an example of a route template the page states, written with a value where the
template has a placeholder:

    `GET /tiles/:TOKEN/:LAYER_FILTER/{z}/{x}/{y}.png`

     - **all**: it will blend all layers.
       Example: `GET /tiles/:TOKEN/all/{z}/{x}/{y}.png`

    ## Fetch tiles for a layer
    `GET /tiles/:TOKEN/:LAYER/{z}/{x}/{y}.{format}`

    ### grid.json example
    `GET /tiles/:TOKEN/:LAYER/{z}/{x}/{y}.grid.json`

A reader takes such a line as the stated route called with one of its values (`all` for the layer filter,
`grid.json` for the format), not as a route of its own: the word "Example" says so, before the line ("Example:",
"e.g.", "for example") or in the heading of the section holding it ("grid.json example"; a short heading, not
a sentence that says "for example" in passing). Only a line that fits another template the page states with the
same method is read so: segment by segment, each placeholder of the template standing for a non-empty part of the
line (`{y}.{format}` for `{y}.grid.json`) and every other character equal. A labelled line that fits no stated
template (the only place a route is written) is kept.

A path alone in a code block (no method written: a GET a browser sends) is labelled so by the sentence before it
when that sentence ends in a colon and says it gives an example ("So for example, for the kernel in rawhide:",
"e.g.:"): beside a template its own section states the same way (`/{branch}/pkg/{package name}`), the concrete
path after "for example" (`/rawhide/pkg/kernel`) is that route called, not a route of its own. An example in a
section stating no template (a prefix option shown on "the following URL") is left as it was.

A table so introduced ("**Example (`products` table):**" over `GET | /api/products/1` rows, after the table of
`GET | /api/:model/:id`) shows the routes called on one resource: each row whose request fits another template the
page states with the same method, outside that table, is that route called, not a route of its own. A row that
fits no template stated elsewhere is kept (a route table under "For each file (e.g., `users.csv`), the following
endpoints are generated:" holds `/users/schema` beside `/users/{id}`: a route of its own), as is a table under a
caption that introduces no example."""

from __future__ import annotations

import re
from itertools import pairwise

from .blocks import Block, Document, Where
from .mention import Mention
from .requests import REQUEST_LINE, path_key, split_target

_LABEL = re.compile(r"(?i)(?:\bexamples?|\be\.g\.|\bfor\s+instance)\s*[:,]?\s*[`*]*(?=[A-Z])")
_WORDING = r"(?:[^.:;]|\.(?!\s|$))"  # (a dot inside a word, `grid.json`, is no sentence's end)
_INTRODUCED = re.compile(rf"(?i)(?:\bfor\s+(?:examples?|instance)\b|\be\.g\.|^\s*examples?\b){_WORDING}*:\s*$")
"""A sentence that ends by introducing an example: "So for example, for the kernel in rawhide:"."""
_EXAMPLE_TITLE = re.compile(rf"(?i)^(?!.*\bfor\s+examples?\b){_WORDING}{{0,60}}\bexamples?\b{_WORDING}{{0,30}}$")
"""A heading naming an example ("grid.json example", "Examples"): short, no sentence ("for example hosts")."""


def drop_labelled_example_lines(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the request lines labelled as examples (before them, or by their section's heading) that fit
    another template of the page with a value in a placeholder's place."""
    templates: dict[str, set[str]] = {}
    placed: list[tuple[str, str, Where]] = []
    for found in mentions:
        for m in found:
            if m.kind in ("line", "table") and "{}" in (key := path_key(m.target.path)):
                templates.setdefault(m.method, set()).add(key)
                placed.append((m.method, key, m.where))
    if not templates:
        return
    for section, found in zip(doc.sections, mentions, strict=True):
        labelled = _labelled(section.blocks)
        introduced = _introduced(section.blocks)
        tables = _introduced(section.blocks, "table")
        beside: dict[str, set[str]] = {}  # (a path introduced as an example is one of its own section's templates)
        for m in found:
            if m.kind == "line" and "{}" in (key := path_key(m.target.path)):
                beside.setdefault(m.method, set()).add(key)
        titled = bool(_EXAMPLE_TITLE.search(section.title)) and not REQUEST_LINE.search(section.title)
        found[:] = [
            m
            for m in found
            if not (
                (
                    m.kind == "line"
                    and (
                        (
                            (titled or (m.method, path_key(m.target.path)) in labelled)
                            and _fits_another(m.method, path_key(m.target.path), templates)
                        )
                        or (
                            m.listed
                            and m.where in introduced
                            and _fits_another(m.method, path_key(m.target.path), beside)
                        )
                    )
                )
                or (
                    m.kind == "table"
                    and m.where in tables
                    and _fits_another(m.method, path_key(m.target.path), _apart(m, placed))
                )
            )
        ]


def _apart(example: Mention, placed: list[tuple[str, str, Where]]) -> dict[str, set[str]]:
    """The templates of the example's method stated outside its own table (a table's own rows are no example of
    one another: `/users/schema` beside `/users/{id}`)."""
    return {
        example.method: {key for method, key, where in placed if method == example.method and where != example.where}
    }


def _labelled(blocks: list[Block]) -> set[tuple[str, str]]:
    """(METHOD, path key) of the request lines a text or list item labels as an example."""
    found = set()
    for block in blocks:
        if block.kind not in ("text", "list"):
            continue
        texts = [t for item in block.items for t in item] if block.kind == "list" else [block.text]
        for text in texts:
            for label in _LABEL.finditer(text):
                line = REQUEST_LINE.match(text, label.end())
                if line is not None:
                    found.add((line["method"], path_key(split_target(line["target"]).path)))
    return found


def _introduced(blocks: list[Block], kind: str = "code") -> list[Where]:
    """Where each code block (or table) is that follows a text ending in a sentence that introduces an example
    (a bold caption too: `**Example (`products` table):**`)."""
    return [
        block.where
        for before, block in pairwise(blocks)
        if block.kind == kind
        and before.kind == "text"
        and _INTRODUCED.search(_last_sentence(before.text).strip().strip("*_").strip())
    ]


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())[-1]


def _fits_another(method: str, key: str, templates: dict[str, set[str]]) -> bool:
    return any(template != key and re.fullmatch(_pattern(template), key) for template in templates.get(method, ()))


def _pattern(template: str) -> str:
    """A template's key as a pattern: each `{}` any non-empty part of one segment, the rest as written."""
    return "".join("[^/]+" if part == "{}" else re.escape(part) for part in re.split(r"(\{\})", template))
