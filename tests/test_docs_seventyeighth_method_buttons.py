"""A method printed as a badge on a `<button>` before the path, in the seventy-eighth registry batch
(benchmarks/docs/registry_truth): `<p><button class="badge">GET</button> /api/v1/items/</p>`, a Bootstrap page's
synopsis line. The button's label is the method, the text after it the path: the request line is read. A method
button followed by words rather than a path, or alone, stays a page control."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations, params_of

PAGE = """\
<!DOCTYPE html>
<html>
<head><title>Store server</title></head>
<body>
<h4>Extracting items</h4>
<div class="tab-content">
  <div class="tab-pane show active" id="items-rest">
    <h6>Synopsis</h6>
    <p>List all stored items the server has access to.</p>
    <p>{line}</p>
    <h5>Parameters</h5>
    <table class="table">
      <thead><tr><th>Attribute</th><th>Type</th><th>Required</th><th>Description</th></tr></thead>
      <tbody><tr><th scope="row">page</th><td>integer</td><td>No</td><td>The page to jump to.</td></tr></tbody>
    </table>
  </div>
</div>
</body>
</html>
"""


def test_a_method_button_before_a_path_is_the_request_line(tmp_path: Path) -> None:
    line = '<button class="badge badge-dark text-dark">GET</button> /api/v1/items/'
    ops = extracted_operations(tmp_path, PAGE.format(line=line), "index.html")
    assert list(ops) == [("GET", "/api/v1/items/")]
    assert params_of(ops[("GET", "/api/v1/items/")]) == {("page", "query"): False}


def test_a_method_button_before_words_stays_a_control(tmp_path: Path) -> None:
    line = '<button class="badge">GET</button> the items, then <code>/api/v1/items/</code> pages them'
    with pytest.raises(InputError):
        extracted_operations(tmp_path, PAGE.format(line=line), "index.html")
    line = '<button class="btn">Send</button> /api/v1/items/'
    with pytest.raises(InputError):
        extracted_operations(tmp_path, PAGE.format(line=line), "index.html")
