"""A section titled by a route's last segment over a list of that one path, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): `##### max-price` over `* /product/virtual/max-price`, on a page that states its
routes as lists of bare paths. The heading names the route its one item writes; a section whose one path ends
otherwise is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Store

The routes:

* /product
* /product/{id}
* /product/{id}/stock

##### max-price
* /product/virtual/max-price

returns the highest price.

##### cheapest
* /product/virtual/min-price

returns the lowest price.
"""


def test_named_single_path_section(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/product/virtual/max-price") in ops
    assert ("GET", "/product/virtual/min-price") not in ops  # its heading names another word
