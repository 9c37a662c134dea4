"""A label sentence naming a request's query parameters by an example value of each, in code, each perhaps
followed by what it does in brackets: "Query params: `includeScreenshot=true` (add a PNG), `offset=N`
(paginate)", "Query parameters: `limit=10`, `sort=asc`". It is the query-string form of a label line of names
(`label_lines`): the label says they go in the query, the text before `=` is each one's name, and whether each
is needed is not said. The label must open the text or a sentence of it and name the query; a run of
`name=value` items under another label (a configuration's settings) is left alone."""

from __future__ import annotations

import re

from .blocks import Where
from .params import Param, valid_name

_ITEM = r"`[A-Za-z_][\w.-]*=[^`\s]*`(?:\s*\([^()]*\))?"
_LABELLED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\s[-\u2013\u2014]\s))[*_]{0,2}(?:query|query[- ]string|url)\s+"
    r"(?:param(?:eter)?s?|arguments?|args?)\s*(?::[*_]{0,2}|[*_]{0,2}:)\s*"
    rf"(?P<items>{_ITEM}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){_ITEM})*)",
    re.I,
)


def query_value_params(text: str, where: Where) -> list[Param]:
    """The query parameters label sentences of `text` name by `name=value` examples."""
    names = [
        name
        for match in _LABELLED.finditer(" ".join(text.split()))
        for name in re.findall(r"`([A-Za-z_][\w.-]*)=", match["items"])
    ]
    return [Param(name, "query", where, None, origin="prose") for name in dict.fromkeys(names) if valid_name(name)]
