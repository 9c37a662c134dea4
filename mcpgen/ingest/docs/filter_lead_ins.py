"""A sentence that says what a route answers and, in the same breath, that the list after it holds the filters
choosing that answer: "Returns messages according to optional filters:", "Lists the jobs matching these
filters:", "Returns users, filtered by the following parameters:".

Its opening ("Returns ...") speaks of the response, so read by its first words the list after it would be the
response's keys; but the clause before the colon names the list as filters, the inputs that choose which items
come back, and filters are the request's (a read's query, a write's body: the route's method settles which, as
for any list labelled "Parameters"). Only a sentence ending in such a clause, with a colon, is read so; one naming
the answer's fields ("Returns the following fields:") is left to the response.
"""

from __future__ import annotations

import re

_FILTERS = re.compile(
    r"(?i)\b(?:according\s+to|matching|filtered\s+(?:by|with|using)|by|using|with|on)\s+"
    r"(?:(?:the\s+)?following\s+|these\s+|any\s+of\s+(?:the\s+)?(?:following\s+)?)?(?:optional\s+)?"
    r"(?:query\s+|search\s+)?(?:filters|filter\s+parameters|filtering\s+parameters)\s*:$"
)


def filter_lead_in(text: str) -> str:
    """ "parameters" when the sentence ends saying the list after it holds the filters of the request, else ""."""
    return "parameters" if _FILTERS.search(text.strip()) else ""


__all__ = ["filter_lead_in"]
