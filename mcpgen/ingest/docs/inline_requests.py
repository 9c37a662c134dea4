"""What running text writes beside a request line it codes: a JSON object in parentheses right after it, the body
the request sends ("The API: `GET`/`PUT /api/me/prefs` (`{"tts": true}`)"), and a coded `&name=value` further on
in the same paragraph, an argument appended to the query string the request line opens ("`GET
/api/wait?timeout=50` holds the request open ... (`&queue=1`: new unassigned work too)"). A user guide that names
its API only in passing states a request's inputs so; neither says whether the input is needed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import parse_qsl

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name
from .requests import METHODS, parse_json, path_key, split_target

_LINE = re.compile(rf"`(?P<method>{'|'.join(METHODS)}) (?P<target>/[^`\s]*)`")
_BODY_AFTER = re.compile(r"\s*\(`(?P<json>\{[^`]*\})`\)")
_APPENDED = re.compile(r"`&(?P<query>[A-Za-z_][\w.-]*=[^`\s&]*(?:&[A-Za-z_][\w.-]*=[^`\s&]*)*)`")
_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (list, "array"))


def _json_type(value: object) -> str | None:
    named = (name for kind, name in _JSON_TYPES if isinstance(value, kind))
    return next(named, "object" if isinstance(value, dict) else None)


def inline_requests(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give each request a paragraph codes the body fields in parentheses after it and the `&name=` arguments
    the paragraph appends to its query string (the module's docstring)."""
    by_key = {(e.method, path_key(e.path)): e for e in endpoints}
    for block in (b for doc in docs for s in doc.sections for b in s.blocks if b.kind == "text"):
        text = " ".join(block.text.split())  # a code span broken over two lines: `GET` then the path
        lines = [(m, by_key.get((m["method"], path_key(split_target(m["target"]).path)))) for m in _LINE.finditer(text)]
        for line, endpoint in lines:
            body = _BODY_AFTER.match(text, line.end())
            parsed = parse_json(body["json"]) if body and line["method"] in ("POST", "PUT", "PATCH") else None
            for name, value in parsed.items() if isinstance(parsed, dict) and endpoint else ():
                if valid_name(name) and (name, "body") not in endpoint.params:
                    add(endpoint, Param(name, "body", block.where, None, _json_type(value), origin="prose"))
        for appended in _APPENDED.finditer(text):
            opened = [e for m, e in lines if m.end() <= appended.start() and "?" in m["target"]]
            endpoint = opened[-1] if opened else None
            for name, _ in parse_qsl(appended["query"], keep_blank_values=True) if endpoint else ():
                if valid_name(name) and (name, "query") not in endpoint.params:
                    add(endpoint, Param(name, "query", block.where, None, origin="prose"))
