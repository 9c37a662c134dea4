"""Rules written as list items about requests with shortened paths, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): after a listing of `/api/stock/v4/widget` routes, a README's "Integrity" section
says "- DELETE /widget/{id} → 409 if any order references it" and "- POST /order with unknown widget → 422". An item
that goes on in words after its request line is running text, and once one item of the list writes a stated route
short (`/widget/{id}`, two segments), its single-segment items that end exactly one stated route of their method
(`POST /order`) are short too (`short_mentions.py`). A list that shortens nothing leaves a single segment alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

ROUTES = """\
# stock-mock

## Key Endpoints

```
GET/POST        /api/stock/v4/widget
GET/PATCH/DELETE /api/stock/v4/widget/{id}
GET/POST        /api/ordering/v4/order
```
"""

SHORT = (
    ROUTES
    + """
## Integrity

- DELETE /widget/{id} → 409 if any order references it
- POST /order with an unknown widget → 422
"""
)

ALONE = (
    ROUTES
    + """
## Integrity

- POST /order with an unknown widget → 422
"""
)

FULL = {
    ("GET", "/api/stock/v4/widget"),
    ("POST", "/api/stock/v4/widget"),
    ("GET", "/api/stock/v4/widget/{id}"),
    ("PATCH", "/api/stock/v4/widget/{id}"),
    ("DELETE", "/api/stock/v4/widget/{id}"),
    ("GET", "/api/ordering/v4/order"),
    ("POST", "/api/ordering/v4/order"),
}


def test_a_list_that_shortens_a_route_writes_its_single_segments_short(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, SHORT)) == FULL


def test_a_single_segment_alone_is_not_shown_short(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, ALONE)) == FULL | {("POST", "/order")}
