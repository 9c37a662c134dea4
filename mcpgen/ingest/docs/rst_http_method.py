"""The older Sphinx HTTP domain (sphinx-http-domain, 2011), whose one directive names the method in its argument:

    .. http:method:: GET /v1/{application}

        :arg application: Application name
        :param integer id: An id
        :optparam integer limit: Amount of queues to list.

Unlike sphinxcontrib-httpdomain's `http:get` / `http:post`, the directive is `http:method` and its argument is the
request line (the verb may be left out, meaning GET; a `?id&slug` after the path lists the query string's names,
which the fields describe). Its fields are `:arg name:` for a variable of the URL, `:param name:` for a parameter
(read as httpdomain's generic field is) and `:optparam name:` for one that may be left out: where they go (query
string or body) is the method's, as for a generic "Parameters" list, but for one named as a custom HTTP header
(`:optparam X-TTL:`, the `X-` prefix of a service's own headers), which is a request header. The directive opens
the same section httpdomain's do (`rst_directives.HttpDirective`); an argument that does not read as a request line
leaves it as any unknown directive is left.
"""

from __future__ import annotations

import re

METHOD_DIRECTIVE = "http:method"
OPTIONAL_FIELDS = {"optparam": "Optional parameters", "optparameter": "Optional parameters"}
"""The domain's field for a parameter that may be left out, and the label it is grouped under (read as "Optional
parameters:" lists are, by the need label)."""

_SIGNATURE = re.compile(
    r"^(?:(?P<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+)?(?P<path>/\S*)\s*$",
    re.I,
)


def request_line(argument: str) -> tuple[str, str] | None:
    """(method, path) of an `http:method` directive's argument (`GET /v1/{application}`, `/api/foo` for GET), the
    `?id&slug` query names left off the path; None when the argument is not a request line."""
    match = _SIGNATURE.match(" ".join(argument.split()))
    if match is None:
        return None
    path = match["path"].split("?", 1)[0] or "/"
    return (match["method"] or "GET").upper(), path


_CUSTOM_HEADER = re.compile(r"X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


def header_label(label: str, name: str) -> str:
    """The label a generic parameter field goes under: a request header's when its name is a custom header's
    (`X-TTL`), kept optional when the field says so."""
    if label not in ("Parameters", "Optional parameters") or not _CUSTOM_HEADER.fullmatch(name):
        return label
    return "Optional request headers" if label.startswith("Optional") else "Request headers"
