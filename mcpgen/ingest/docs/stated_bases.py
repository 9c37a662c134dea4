"""The base URL a document states: "Base URL: https://api.example.com/v1", "All requests go to https://...", a
"Servers" section's URLs, API Blueprint's `HOST:` line; not a documentation site, a JSON key or an example deployment.

Split from `mentions.py`.
"""

from __future__ import annotations

import re
from collections import Counter

from .blocks import Document
from .docs_page_urls import names_docs_page
from .table_mentions import unlink

_HOST_LINE = re.compile(r"(?m)^HOST:\s*(?P<url>https?://[^\s`<>\"']+)")
_DATA_KEY = re.compile(r"[a-z]+_[a-z]+(?:\s*:\s|`)", re.I)
"""`base_url: https://...` printed as data, or `base_url` named in code: a field of that name, not the API's base."""
_BASE_URL = re.compile(
    r"(?:\b(?:base|root|api|service)[ _-]?(?:url|uri|endpoint|address)(?:es|s)?\b(?![\"']\s*:)"  # not a JSON key
    # "The API context root will be the server's default endpoint plus /api, e.g. http://localhost:3001/api/"
    r"|\bcontext[ _-]?root\b(?![\"']\s*:)"
    # "All requests go to https://...", "The API is available at https://..."
    r"|\b(?:requests?|calls?)\b[^.\n]{0,30}?\b(?:go|are sent|are made|are addressed)\s+to\b"
    r"|\b(?:api|service|server)\b[^.\n]{0,30}?\b(?:is|are)\s+(?:available|served|hosted|reachable|accessible)\s+(?:at|from|on)\b"
    # "will launch the BWS service (with default settings) at `http://localhost:3232/bws/api`"
    # (the code span itself holds the URL: "a running server (Streamable HTTP at `/mcp`)" then a client's
    # `claude mcp add ... http://localhost:8000/mcp` names a path of that server, not its base)
    r"|\b(?:launch|start|run|listen)\w*\b[^.\n]{0,30}?\b(?:api|service|server)\b[^.\n]{0,30}?\b(?:at|on)\s+`"
    r"(?=(?:https?|\{scheme\})://)"
    r")(?:(?!\b(?:curl|wget)\s)[\s\S]){0,80}?(?P<url>(?:https?|\{scheme\})://[^\s`)<>\"'\]]+)",  # not a request's URL
    re.I,
)


def stated_base(doc: Document) -> str:
    """A base URL the document states ("Base URL: https://api.example.com/v1"), if any."""
    text = "\n".join(
        "\n".join([b.text, *(t for item in b.items for t in item)])
        for s in doc.sections
        for b in s.blocks
        if b.kind in ("text", "list", "code")
    )
    found = []
    for section in doc.sections:  # a "Servers" section: its URLs are the bases (`{scheme}://host/base` in a table)
        if _SERVERS_TITLE.match(section.title.strip()):
            cells = [t for b in section.blocks for t in (b.text, *(c for row in b.rows for c in row))]
            found = [_SCHEME.sub("https://", u).rstrip(".,;:") for u in _SERVER_URL.findall("\n".join(cells))]
            if found:
                return found[0].rstrip("/")
    unlinked = unlink(text)
    found = [
        _SCHEME.sub("https://", m.group("url")).rstrip(".,;:")
        for m in _BASE_URL.finditer(unlinked)
        if not _DATA_KEY.match(m.group(0))
        and not _setting_value(unlinked, m)
        and not _metric_label(unlinked, m)
        and not _EXAMPLE_CLAUSE.search(_sentence_before(unlinked, m.start()))
        and not _DOCS_SITE.match(m.group("url"))
        and not names_docs_page(m.group(0), m.group("url"))
    ]
    found += [m.group("url") for m in _HOST_LINE.finditer(text)]  # API Blueprint's `HOST: https://...`
    return Counter(found).most_common(1)[0][0].rstrip("/") if found else ""


_SETTING = re.compile(r"[\w-]+[ \t]*[=:][ \t]*(?:https?)://")
"""`base_url = http://...`, unquoted, as a configuration file (ini, properties, Java or Pyramid settings) writes a
value."""
_NAMESPACE = re.compile(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*\.$")


def _setting_value(text: str, match: re.Match[str]) -> bool:
    """The URL is the unquoted value of a namespaced setting, `kinto.attachment.base_url = http://cdn.example.org/files/`:
    a key of a configuration file (dotted under the software or plugin it configures) sets where that software serves
    or links something (files on a CDN, its public address for the links it writes), a choice of the deployer, not
    the address the documented requests go to. A variable or attribute of code (`base_url = "..."`,
    `client.base_url = "..."`) quotes its string, and a base the page states in words is no assignment."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    return bool(_SETTING.match(match.group(0))) and bool(_NAMESPACE.fullmatch(text[line_start : match.start()].strip()))


_METRIC_SAMPLE = re.compile(r"(?m)^[ \t]*[A-Za-z_:][\w:]*\{[^{}\n]*\}[ \t]+[-+]?(?:\d[\d.eE+-]*|NaN|[+-]?Inf)\b.*$")
"""A sample of the Prometheus text exposition format, `builds_total{baseurl="http://host/centos8/"} 9659.0`: a
metric's name, its labels in braces, its value."""


def _metric_label(text: str, match: re.Match[str]) -> bool:
    """The URL is the value of a label of a metric sample (`{baseurl="http://..."}` in a `/metrics` answer shown):
    data the server reports about what it measured, not the address the documented requests go to."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.start())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    sample = _METRIC_SAMPLE.fullmatch(line)
    return bool(sample) and line.find("{") < match.start() - line_start < line.find("}")


_DOCS_SITE = re.compile(
    r"https?://(?:(?:docs?|dev|developers?|help|support|wiki)\.[^/\s]+|(?:www\.)?github\.com|[^/\s]+\.readthedocs\.io)(?:/|$)",
    re.I,
)
"""A documentation site ("REST API Endpoints: https://dev.twitter.com/rest/public" is where they are described): no
base the requests go to."""
_EXAMPLE_CLAUSE = re.compile(r"(?i)\b(?:for (?:instance|example)|e\.g\.|suppose|assuming|imagine)\b")
""""For instance, if the service url is http://127.0.0.1/tricircle/v1.0": one deployment, not the API's base."""


def _sentence_before(text: str, end: int) -> str:
    start = max(text.rfind(". ", 0, end), text.rfind("\n\n", 0, end), 0)
    return text[start:end]


_SERVERS_TITLE = re.compile(r"(?:api )?(?:servers?|base urls?|hosts?|environments?)$", re.I)
_SERVER_URL = re.compile(r"(?:https?|\{[a-z_]+\})://[^\s`)<>\"'\]|]+", re.I)
_SCHEME = re.compile(r"^\{[a-z_]+\}://", re.I)
