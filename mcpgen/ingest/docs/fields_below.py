"""The body fields a route's description points to further down: "`PATCH /supplier` | who the supplier is, and
changing it: any of the fields below", then a passage naming them as the resource's own ("the supplier:
`name`, `endpoint`, `vat`", "the supplier's `iban`, `name` and `bic`", "the supplier's `vat_rate` (19)").

A description that says a request takes "any of the fields below" (or "the fields below", "one or more of the
properties that follow") states no field itself: it refers to the text after it, in the same section. What that
text names in code as belonging to the route's resource (the last word of its path, `/supplier`, or its singular,
`/suppliers/<id>`) is such a field: after "the supplier's" or "the supplier:" a list of coded names, parted by
commas and "and"/"or". Names the text gives another owner ("the order's `reference`") and coded values beside a
field (`` `currency` (`EUR`) ``) are not read. Each field is optional: "any of" them may be sent."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Block, Document
from .endpoint import Endpoint
from .params import Param, valid_name
from .requests import METHODS, path_key, request_lines, split_target

_BELOW = re.compile(
    r"(?i)\b(?:(?:any|some|all|each|one or more)\s+of\s+)?the\s+(?:fields|keys|properties|attributes)\s+"
    r"(?:(?:listed|described|shown|given)\s+)?(?:below|that follow|following)\b"
)
_OPENS = re.compile(rf"[\s`*_\[]*(?:{'|'.join(METHODS)})\b")
_NAMES = r"`[A-Za-z_]\w*`(?:\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)`[A-Za-z_]\w*`)*"


def fields_below(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give a request whose table row says it takes "any of the fields below" the coded names the rest of the
    section attributes to its resource."""
    known = {(e.method, path_key(e.path)): e for e in endpoints}
    for doc in docs:
        for section in doc.sections:
            for index, block in enumerate(section.blocks):
                for endpoint in _pointing(block, known):
                    noun = _resource(endpoint.path)
                    if not noun:
                        continue
                    owned = re.compile(rf"(?i)\bthe\s+{re.escape(noun)}s?(?:'s|\u2019s|:)\s+(?P<names>{_NAMES})")
                    for text in (t for later in section.blocks[index + 1 :] for t in _texts(later)):
                        for match in owned.finditer(text):
                            for name in re.findall(r"`([A-Za-z_]\w*)`", match["names"]):
                                if valid_name(name):
                                    add(endpoint, Param(name, "body", block.where, False, origin="prose"))


def _pointing(block: Block, known: dict[tuple[str, str], Endpoint]) -> list[Endpoint]:
    """The body-carrying requests of the block's table rows whose description points to the fields below."""
    found = []
    for row in block.body_rows if block.kind == "table" else ():
        routed = [cell for cell in row if _OPENS.match(cell) and request_lines(cell)]
        described = " ".join(cell for cell in row if cell not in routed)
        if len(routed) != 1 or not _BELOW.search(described):
            continue
        for _, method, raw in request_lines(routed[0]):
            endpoint = known.get((method, path_key(split_target(raw).path)))
            if endpoint is not None and method in ("POST", "PUT", "PATCH"):
                found.append(endpoint)
    return found


def _resource(path: str) -> str:
    """The resource a path names: its last literal segment, singular (`/suppliers/{id}` -> supplier)."""
    words = [s for s in path.split("/") if s and "{" not in s]
    word = words[-1].lower() if words else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _texts(block: Block) -> list[str]:
    if block.kind == "table":
        return [cell for row in block.rows for cell in row]
    if block.kind in ("list", "deflist"):
        return [f"{term} {text}" for term, text in block.items]
    return [block.text] if block.kind == "text" else []
