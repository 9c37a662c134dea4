"""A listing of criteria a collection can be narrowed by, answered by a request of its own, and a sentence saying
they go into the query string:

    To discover the available filtering criteria:

        $ curl http://127.0.0.1:5001/api/v1/events/filters
        {
          "kind": "/api/v1/events/filters/kind",
          "source": "/api/v1/events/filters/source"
        }

    Zero or more of the filtering criteria can then be added to the query string [...]

A hypermedia API names what a collection can be narrowed by in an answer of its own: an object whose every
member maps a name to a link under the requested path named after that same name (`"kind": ".../filters/kind"`,
where a client may read the values the criterion takes). Those names are the criteria; the sentence after it
says where they go, the query string of the collection the listing's path lies under (`/api/v1/events`), so each
is a query parameter of the GET of that collection, optional ("zero or more"). Without that sentence the listing
is only links (the links of a discovery answer, read in `discovery.py`), and a listing whose links are not named
after their own keys is no list of criteria.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .discovery import _printed_json
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, split_target

_FETCH = re.compile(r"""^\s*[$%#>]?\s*curl\s(?:.*\s)?['"]?(?P<url>https?://[^\s'"]+)""")
"""A shell command line fetching a URL with curl."""
_OTHER_METHOD = re.compile(r"""\s(?:(?:-X|--request)\s*['"]?(?!GET\b)[A-Za-z]|(?:-d|--data\S*|-F|--form)\s)""")
"""A method other than GET given to curl, or a body sent (a POST)."""
_INTO_QUERY = re.compile(
    r"(?i)\b(?:added|appended|passed|given|used|sent|put|combined)\s+(?:to|in|into|as)\s+(?:the\s+)?"
    r"(?:(?:request|url)(?:'s)?\s+)?query(?:\s*string|\s+parameters?)?\b"
)
"""The sentence that says the criteria go into the query: "can then be added to the query string"."""


def _listed_criteria(text: str) -> tuple[str, list[str]] | None:
    """(the fetched path, the names listed) when the block fetches a path and prints a listing of criteria."""
    fetched = [m["url"] for line in text.splitlines() if (m := _FETCH.match(line)) and not _OTHER_METHOD.search(line)]
    if len(fetched) != 1:
        return None
    path = split_target(fetched[0]).path.rstrip("/")
    answer = _printed_json(text)
    if not path or not isinstance(answer, dict) or len(answer) < 2:
        return None
    for name, link in answer.items():
        if not isinstance(link, str) or split_target(link).path.rstrip("/") != f"{path}/{name}":
            return None
    return path, list(answer)


def listed_criteria(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(GET of the collection, optional query parameter) for each criterion a listing names, where a sentence
    after the listing says the criteria go into the query string."""
    for section in sections:
        for index, block in enumerate(section.blocks):
            listing = _listed_criteria(block.text) if block.kind == "code" else None
            if listing is None:
                continue
            after = []
            for later in section.blocks[index + 1 :]:
                if later.kind == "code":
                    break
                after.append(later.text)
            if not _INTO_QUERY.search(" ".join(after)):
                continue
            path, names = listing
            collection = endpoints.get(("GET", path_key(path.rsplit("/", 1)[0])))
            if collection is None:
                continue
            for name in names:
                if (name, "query") not in collection.params:
                    yield collection, Param(name, "query", block.where, False, origin="example request")


__all__ = ["listed_criteria"]
