"""A field a rule of the page says the requests of some operations must carry, naming those operations by the
captions the route list gives them:

    - `POST /api/v1/orders`: 下单
    - `POST /api/v1/orders/{order_id}/cancel`: 撤单
    ...
    - 下单和撤单请求还必须携带 `live = true`

    - `POST /orders`: Place
    - `POST /orders/{id}/cancel`: Cancel
    ...
    - Place and cancel requests must also carry `live = true`.

A list of request lines, each followed by a short caption, names every operation twice: by its route and by the
caption's words. A rule of the page whose subject is a few of those captions joined by "and" (和, 与, 、) and the
word "requests" (请求), and which says such requests must carry (include, send, 必须携带 / 包含 / 传入) a coded field
(`live = true`, `live`), states a field those operations take and cannot go without: a required body field of
each (a query parameter of one that sends no body). Every caption of the subject must be, word for word, the
caption of exactly one route; a subject that is not made of captions ("每笔订单", "all requests") names no
operation of the list and gives nothing here."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name

_FIELD = r"`(?P<name>[A-Za-z_][\w.-]*)(?:\s*=\s*[^`]*)?`"
_CHINESE = re.compile(
    r"(?P<subject>[^\s\uff0c\u3002\uff1b\u3001\uff1a:,;`]+(?:[和与\u3001][^\s\uff0c\u3002\uff1b\u3001\uff1a:,;`]+)*)"
    r"请求(?:还|也|都|均)*"
    rf"(?:必须|需要|须)(?:携带|带上|包含|传入|提供|设置)(?:唯一的)?\s*{_FIELD}"
)
_ENGLISH = re.compile(
    r"(?i)(?:^|[.;:]\s+|^\W*)(?P<subject>\w[\w -]*?(?:(?:,\s*|\s+and\s+)\w[\w -]*?)+)\s+requests\s+"
    rf"(?:must|shall)\s+(?:also\s+|always\s+)?(?:carry|include|send|pass|set|contain)\s+(?:a\s+|the\s+)?{_FIELD}"
)
_JOINS = re.compile(r"(?i)\s*(?:[和与、,]|\band\b)\s*")
_CAPTION_EDGES = " \t:\uff1a;\uff1b\u3002.,\uff0c-\u2013\u2014"


def captioned_obligations(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give the operations a rule names by their captions the field it says their requests must carry."""
    by_caption: dict[str, list[Endpoint]] = {}
    for endpoint in endpoints:
        caption = endpoint.description.split("\n", 1)[0].strip(_CAPTION_EDGES).lower()
        if caption and len(caption) <= 40:
            by_caption.setdefault(caption, []).append(endpoint)
    if not by_caption:
        return
    for doc in docs:
        for block in (b for s in doc.sections for b in s.blocks if b.kind in ("text", "list")):
            texts = [t for item in block.items for t in item] if block.kind == "list" else [block.text]
            for match in (m for text in texts for p in (_CHINESE, _ENGLISH) for m in p.finditer(text)):
                captions = [c.strip().lower() for c in _JOINS.split(match["subject"]) if c.strip()]
                named = [by_caption.get(c, []) for c in captions]
                if len(captions) < 2 or any(len(found) != 1 for found in named) or not valid_name(match["name"]):
                    continue
                for (endpoint,) in named:
                    location = "body" if endpoint.has_body else "query"
                    add(endpoint, Param(match["name"], location, block.where, True, origin="prose"))
