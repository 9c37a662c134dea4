"""Bare paths an HTML page gives under a `URL:` label, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): a definition list's `<dt>URL:</dt>` over a `<dd>` of one path, or over a list of
one or two paths, states the section's routes (GET, as no method is written) however few they are
(`labelled_url_paths.py`); the same paths under another label (`Example:`) stay unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.ingest.docs.labelled_url_paths import url_definition
from tests.operations import extracted_operations

DOC = """\
<html><body>
<section>
  <h3>Generations</h3>
  <dl>
    <dt>URL:</dt>
    <dd>/generations</dd>
    <dt>Returns:</dt>
    <dd>A list of all generations.</dd>
  </dl>
</section>
<section>
  <h3>Lookup by point</h3>
  <dl>
    <dt>URL:</dt>
    <dd><ul>
      <li>/point/{srid}/{x},{y}</li>
      <li>/point/{srid}/{x},{y}/box</li>
    </ul></dd>
    <dt>Returns:</dt>
    <dd>The areas the point is in.</dd>
  </dl>
</section>
</body></html>
"""


def test_paths_under_a_url_label_are_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.html")
    assert set(ops) == {("GET", "/generations"), ("GET", "/point/{srid}/{x},{y}"), ("GET", "/point/{srid}/{x},{y}/box")}
    assert not [p for op in ops.values() for p in op.get("parameters", []) if p["name"] in ("URL", "Returns")]


def test_the_same_paths_under_another_label_are_not_read(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="no API endpoints"):
        extracted_operations(tmp_path, DOC.replace("URL:", "Example:"), "api.html")


def test_a_url_definition_is_paths_only() -> None:
    assert url_definition("URL:", "/generations")
    assert url_definition("Endpoint", "/a/{id} /a/{id}/b")
    assert not url_definition("URL:", "see /docs for the address")
    assert not url_definition("Returns:", "/generations")
