"""Per-operation bullet templates whose labels are bold words with no colon, in the sixty-third registry batch
(benchmarks/docs/registry_truth): `* **URL**` over `` `/v2/orders/{id}` ``, `* **Method**` over `` `DELETE` ``,
under a base the opening prose states as the server's root "plus" a path, with an example URL
(`bold_field_labels.py`, `stated_bases.py`). Bold labels that name no request field stay prose."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from tests.operations import extracted_operations, params_of

DOC = """\
# Orders REST API

The service's context root is the host's address plus /shop, for example `http://localhost:8080/shop/`.

## List orders

* **URL**

  `/v2/orders`

* **Method**

  `GET`

* **URL Params**

  None

## Cancel an order

* **URL**

  `/v2/orders/{id}`

* **Method**

  `DELETE`

* **URL Params**

  `Required: id=[integer]`
"""

NEAR = """\
# Shop notes

## Links

* **Orders** `/v2/orders`

* **Warning** `GET`

## Health

`GET /v2/health`
"""


def test_bold_labels_without_colons_state_each_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/v2/orders"), ("DELETE", "/v2/orders/{id}")}
    assert ("id", "path") in params_of(ops[("DELETE", "/v2/orders/{id}")])


def test_the_context_root_sentence_gives_the_base(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(DOC, encoding="utf-8")
    assert extract_openapi(doc, Diagnostics())["servers"][0]["url"] == "http://localhost:8080/shop"


def test_other_bold_words_are_no_labels(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR)
    assert ("GET", "/v2/health") in ops
    assert ("GET", "/v2/orders") not in ops
