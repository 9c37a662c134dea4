"""Requests a sentence states: "Send a `DELETE` request to `/items/<id>`", "call the `/@users` endpoint with a `GET`
request", "the metrics endpoint is available at `/metrics`", and the notations that only look like one ("same as
`POST /x`", "`GET /x` really means `GET {url}/x`").

Split from `mentions.py`, which calls `prose_requests` for every text block.
"""

from __future__ import annotations

import re

from .blocks import Block
from .mention import Mention
from .method_sentences import sentence_requests
from .requests import METHODS, split_target
from .served_at import API_AT

SAME_AS_REQUEST = re.compile(rf"\bsame\s+as\s+(?:for\s+)?[`*]*(?:{'|'.join(METHODS)})\s+[`*]*/[^\s`*]*[`*]*")
""""Data: same as POST `/api/job`": the other operation's parameters (`inherited.py`), not a request of this one."""
_REQUEST_CODE = rf"[`*]*(?:{'|'.join(METHODS)})\s+[`*]*[^\s`*]+[`*]*"
SHORT_HAND = re.compile(
    rf"{_REQUEST_CODE}\s+(?:really\s+|actually\s+)?"
    rf"(?:means|stands\s+for|is\s+(?:short(?:\s*-?\s*hand)?|an?\s+abbreviation)\s+for)\s+{_REQUEST_CODE}"
)
""""where ``GET /containers`` really means ``GET {your_url}/containers``": a page's notation, neither request a
route (one request said to mean another; "``GET /pets`` means listing the pets" still states one)."""
_ASKING = r"(?:requests?|quer(?:y|ies)|calls?)"
_PROSE_REQUEST = re.compile(
    rf"(?:`(?P<quoted>{'|'.join(METHODS)})`(?:\s+{_ASKING})?|\b(?P<bare>{'|'.join(METHODS)})\s+{_ASKING})"
    # "make a POST call with the following format `/<new resource>/new`": the route's shape, its placeholder in words
    r"\s+(?:to|on|at|against|(?:with|in|of)\s+the\s+(?:following\s+)?(?:format|form|shape|pattern))\s+"
    r"(?:either\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?)?"
    r"`(?P<target>(?:https?://|/|[\w.-]+:\d+(?=/|`))(?:<[A-Za-z_][\w-]*(?: [A-Za-z_][\w-]*){0,3}>|[^`\s])*)`"
    # "to either `A` (OpenStack API) or `B` (EC2-compatible API)": two routes, each a request of its own
    r"(?:\s*(?:\([^()]{0,60}\))?\s*,?\s+or\s+`(?P<other>(?:https?://|/)[^`\s]*)`)?"
    # "and append the user ID to the URL": the request goes to an item of that collection
    r"(?P<item>[^.]{0,40}?\bappend(?:ing)?\s+the\s+(?P<noun>[a-z]+)\s+(?:ID|id|name)\b)?"
)
# "call the `/@users` endpoint with a `GET` request": the same, the other way round
_PROSE_REQUEST_AFTER = re.compile(
    r"\b(?:call|query|hit|use)\s+the\s+`(?P<target>/[^`\s]*)`\s+(?:endpoint|resource|route)\s+with\s+an?\s+"
    rf"`?(?P<method>{'|'.join(METHODS)})`?\s+request"
)
"""A request stated in a sentence: "Send a `DELETE` request to `localhost:8889/<id>`", "`PUT` requests to
`/items/:id`" (the method in backticks or followed by "request", the URL or path in backticks)."""


_SHARED_METHOD_RUN = re.compile(
    rf"`(?P<method>{'|'.join(METHODS)})\s+/[^`\s]*`(?P<rest>(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)`/[^`\s]*`)+)"
)
"""`POST /api/metrics/record`, `/api/metrics/value/set`: paths that follow a request in code, each alone in code
and joined by commas or "and"/"or", are requests of the same method."""


_AVAILABLE_AT = re.compile(
    r"\b(?:endpoint|route)\s+(?:is\s+)?(?:available|exposed|served|reachable)\s+(?:at|on|under)\s+"
    r"`?(?P<target>https?://[^\s`]+/[^\s`]*|/[^\s`]*)`?"
)
""""The proxy has a prometheus metrics endpoint available at http://localhost:3000/proxy/internal-backstage/prometheus":
a route a sentence says one reaches at an address, with no method said: GET, what a browser or a scraper sends."""


def prose_requests(block: Block, texts: list[str]) -> list[Mention]:
    found = []
    for text in texts:
        for match in [*_AVAILABLE_AT.finditer(text), *API_AT.finditer(text)]:  # `/metrics`, the timemap API
            target = match["target"].rstrip(".,;:)")
            found.append(Mention("GET", split_target(target), block.where, "line", prose=True, inferred=True))
        for match in _SHARED_METHOD_RUN.finditer(text):
            found.extend(
                Mention(match["method"], split_target(raw), block.where, "line", prose=True)
                for raw in re.findall(r"`(/[^`\s]*)`", match["rest"])
            )
        for match in _PROSE_REQUEST.finditer(text):
            raw = match["target"]
            if not raw.startswith(("http://", "https://", "/")):
                raw = "http://" + raw  # `localhost:8889/<id>`: a host and port, then the path
            if match["item"]:
                raw = raw.rstrip("/") + f"/{{{match['noun']}_id}}"
            method = match["quoted"] or match["bare"]
            found.append(Mention(method, split_target(raw), block.where, "line", prose=True))
            if match["other"]:
                found.append(Mention(method, split_target(match["other"]), block.where, "line", prose=True))
        found.extend(
            Mention(m["method"], split_target(m["target"]), block.where, "line", prose=True)
            for m in _PROSE_REQUEST_AFTER.finditer(text)
        )
        found.extend(  # "`PUT`s it to `http://host/x`", "`/login` authenticates with `GET`"
            Mention(method, split_target(raw), block.where, "line", prose=True)
            for method, raw in sentence_requests(text)
        )
    return found
