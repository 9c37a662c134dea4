"""Query parameters that shape a listing: which page, how many, in what order, which fields, what to search for.

`GET /persons?_sort=age` and `GET /persons?_sort=name&_order=desc`, `GET /items?page=2`, `?limit=10&offset=20`:
two values of `sort`, `order`, `page` or `limit` are two uses of one listing route, never two operations. Such
a parameter says how the answer is cut, ordered or filtered, whatever its name's decoration (`_sort`, `$top`,
`sort_by`, `pageSize`); a parameter that selects an operation names an action (`?action=reset`,
`?Action=DescribeInstances`), which is what `selectors.discriminate` keeps in the path."""

from __future__ import annotations

import re

_CONTROL = re.compile(
    r"(?:sort|order|ordering|sortorder|sortdir|dir|direction|page|pagesize|perpage|pagenumber|pageno|limit|offset"
    r"|skip|top|start|size|count|fields|select|expand|embed|include|q|query|search|filter|filters)"
    r"(?:by)?"
)


def shapes_listing(name: str) -> bool:
    """Whether a query parameter's name says it pages, orders, limits or narrows a listing (`_sort`, `$top`,
    `per_page`, `sortBy`, `order_by`)."""
    return _CONTROL.fullmatch(re.sub(r"[\W_]", "", name).lower()) is not None


__all__ = ["shapes_listing"]
