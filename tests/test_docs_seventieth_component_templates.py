"""Component files read as HTML, in the seventieth registry batch (benchmarks/docs/registry_truth): a Vue
single-file component whose markup is one `<template>` at the top of the file (`component_templates.py`), with a
curl line whose base URL is bound at run time (`<span v-text="baseUrl"></span>api/v1/items`). The template is what
the file shows, read in place; the bound base is a placeholder, not a host. A `<template>` inside a page's `<body>`
stays inert markup, skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations

COMPONENT = """\
<template id="items-api-docs">
  <div>
    <h5>List items</h5>
    <code><span>GET</span> /api/v1/items</code>
    <h5>Curl example</h5>
    <code>curl <span v-text="baseUrl"></span>api/v1/items -H "Accept: application/json"</code>
  </div>
</template>
"""

PAGE = """\
<!doctype html>
<html><body>
  <h1>Items</h1>
  <p>The page lists items.</p>
  <template id="row">
    <div><h5>List items</h5><code>GET /api/v1/items</code></div>
  </template>
</body></html>
"""


def test_a_component_template_is_read_in_place(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, COMPONENT, "items-api-docs.html")
    assert set(ops) == {("GET", "/api/v1/items")}


def test_a_template_inside_a_page_stays_inert(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        extracted_operations(tmp_path, PAGE, "index.html")
