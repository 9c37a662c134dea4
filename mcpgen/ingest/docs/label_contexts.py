"""What a heading or label over a list or table says its items are: a location, parameters of no stated location, or
the response ("Response fields", "Each record includes:"), tried in order, innermost label first."""

from __future__ import annotations

import re

# words in a heading or label, in the order they are tried, and what they say about the parameters under it
CONTEXT = (
    (re.compile(r"\b(?:response|returns?|result|output|reply|errors?|status codes?)\b", re.I), "response"),
    # "Inspect the `messages` table. Each record includes:": the fields of what a call gets back, not its inputs
    (
        re.compile(r"\beach\s+(?:returned\s+|stored\s+)?(?:record|row|result)\s+(?:includes|contains|has)\b", re.I),
        "response",
    ),
    (re.compile(r"\bpath\b|\burl param|\broute param|\bpath-param|\burl segment", re.I), "path"),
    (re.compile(r"\bquery\b|\bquery ?string|\burl query|\bsearch param", re.I), "query"),
    (re.compile(r"\bheaders?\b", re.I), "header"),
    (re.compile(r"\bcookies?\b", re.I), "cookie"),
    (
        re.compile(
            r"\bform\b|\bbody\b|\brequest ?body\b|\bpayload\b|\brequest (?:fields|schema|object|json)\b|\bjson\b", re.I
        ),
        "body",
    ),
    (
        re.compile(r"\b(?:param(?:eter)?s?|arguments?|args|fields|options|inputs?|attributes|properties|keys)\b", re.I),
        "",
    ),
)
