"""Links in the response an example GET prints: the routes a root lists, the query a listing pages with.

An interactive session or a command shows one GET and what came back. Two kinds of link in that answer are the
API speaking about itself, on the path just requested:

- the answer of a root (`GET /api`) that is an object of two or more members, every value a URL under the path
  requested (`{'accounts': 'http://host/api/accounts/', 'objects': 'http://host/api/objects/'}`): the
  resources the root offers, each a route read with GET (a listing of links states no method: links are what
  a client follows, with GET). The URL's host is not compared (a typo or an illustrative host), its path is;
- a URL in the answer whose path is the path requested, with a query (`"next": ".../api/objects/?limit=25&
  offset=25"`): the listing links back to itself with the query it takes, so each name in that query is an
  optional query parameter of the route (a page's link shows the parameters, it never needs them).

A value that is no URL, or a URL elsewhere (a documentation link, another resource), says nothing of either.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from .blocks import Document
from .clients import parse_client_calls
from .mention import Mention
from .params import Param
from .requests import Request, parse_curl, parse_json, path_key, split_target

_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.|[$%]\s)")
_URL = re.compile(r"^https?://[^/\s]+(?P<path>/[^\s?#]*)?(?:\?(?P<query>[^\s#]*))?$")


def _printed(text: str) -> Any:
    """The object printed after the last prompted line of a block (JSON or a Python dict's repr), else None."""
    lines = text.splitlines()
    last = max((i for i, line in enumerate(lines) if _PROMPT.match(line)), default=-1)
    body = "\n".join(lines[last + 1 :])
    start, end = body.find("{"), body.rfind("}")
    if not 0 <= start < end:
        return None
    value = parse_json(body[start : end + 1])
    if value is None:
        try:
            value = ast.literal_eval(body[start : end + 1])
        except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
            return None
    return value


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for member in value.values() for s in _strings(member)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def _one_get(text: str) -> Request | None:
    """The one request a block makes, when it makes one and that one is a GET."""
    calls = parse_client_calls(text) or parse_curl(text)
    return calls[0] if len(calls) == 1 and calls[0].method == "GET" else None


def printed_links(doc: Document) -> tuple[list[Mention], list[tuple[tuple[str, str], Param]]]:
    """(GET mentions of the routes a root's answer lists, marked as inferred; ((GET, path key) of a route, an
    optional query parameter its answer's link back to itself carries))."""
    routes: list[Mention] = []
    params: list[tuple[tuple[str, str], Param]] = []
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "code" and "{" in b.text):
            request = _one_get(block.text)
            value = _printed(block.text) if request is not None else None
            if request is None or value is None:
                continue
            asked = request.target.path.rstrip("/")
            urls = [_URL.match(s.strip()) for s in _strings(value)]
            if (
                isinstance(value, dict)
                and len(value) >= 2
                and all(isinstance(v, str) for v in value.values())
                and len(urls) == len(value)
                and all(u and (u["path"] or "").startswith(asked + "/") and not u["query"] for u in urls)
            ):
                routes.extend(
                    Mention("GET", split_target(u["path"]), block.where, "line", inferred=True) for u in urls if u
                )
                continue
            for url in (u for u in urls if u and u["query"] and (u["path"] or "").rstrip("/") == asked):
                for name in dict.fromkeys(p.split("=", 1)[0] for p in url["query"].split("&") if p):
                    param = Param(name, "query", block.where, False, origin="example request")
                    params.append((("GET", path_key(request.target.path)), param))
    return routes, params
