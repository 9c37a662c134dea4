"""Optional parts of a path in square brackets, in a list of coded paths that states routes:

    - `/tiles/{z}/{x}/{y}[@{scale}x.{format}]?url={...}`: Tiles endpoint
    - `[/TileMatrixSetId]/tilejson.json?url={...}`: TileJSON document
    - `[/{TileMatrixSetId}]/map?url={...}`: Simple viewer

A bracketed run that opens with a separator (`/`, `@`, `.`) is a part of the path the caller may leave out: the
route is written in full with it (the form that names every value the route takes), the brackets dropped. A
bare name alone in such a part (`[/TileMatrixSetId]`) is the value to fill in where the same list writes that
name in braces elsewhere (`[/{TileMatrixSetId}]`): the list spells one placeholder two ways. Brackets that hold
a whole segment (`/tx/[:txid]`, a value) or a query (`[?limit=]`, `[&from=]`) are other notations, read
elsewhere (`requests.split_target`, `mentions._OPTIONAL_QUERY`), and are left as they are.
"""

from __future__ import annotations

import re

_CODE = re.compile(r"`([^`]*)`")
_OPTIONAL = re.compile(r"\[(?P<body>[/@.][^\[\]\s]*)\]")
_BARE_SEGMENT = re.compile(r"^/(?P<name>[A-Za-z_]\w*)$")
_BRACED = re.compile(r"\{([A-Za-z_]\w*)\}")


def braced_names(texts: list[str]) -> set[str]:
    """The names the texts write in braces (`{TileMatrixSetId}`)."""
    return {name for text in texts for name in _BRACED.findall(text)}


def unbracketed(item: str, braced: set[str]) -> str:
    """`item` with the optional parts of the path its first code span writes (`` `/tiles/{z}[@{scale}x]` ``) in
    full, brackets dropped; a bare name alone in such a part becomes `{name}` where `braced` holds it."""
    match = _CODE.search(item)
    if match is None or not _OPTIONAL.search(match[1]) or item[: match.start()].strip(" *-"):
        return item

    def full(part: re.Match[str]) -> str:
        body = part["body"]
        bare = _BARE_SEGMENT.match(body)
        return f"/{{{bare['name']}}}" if bare and bare["name"] in braced else body

    path = match[1]
    while _OPTIONAL.search(path):
        path = _OPTIONAL.sub(full, path)
    return f"{item[: match.start()]}`{path}`{item[match.end() :]}"
