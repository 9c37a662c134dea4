"""Query parameters listed under an "Optional query parameters:" label as `name, to ...` items, in a section that
gives its routes under a `URL:` label, in the seventy-ninth registry batch (benchmarks/docs/registry_truth): every
route of the section takes them, optional, unless an item limits itself by "(children only)" to the route whose
last segment it names (`comma_named_query_items.py`); a sentence opening with a capitalised word and a comma is no
parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
<html><body>
<section>
  <h3>Lookup related areas</h3>
  <dl>
    <dt>URL:</dt>
    <dd><ul>
      <li>/area/{area_id}/children</li>
      <li>/area/{area_id}/touches</li>
    </ul></dd>
    <dt>Optional query parameters:</dt>
    <dd><ul>
      <li><i>type</i>, to restrict results to a particular area type;</li>
      <li><i>generation</i>, to return results for a previous generation (children only).</li>
      <li>Note, to be read with care.</li>
    </ul></dd>
  </dl>
</section>
<section>
  <h3>Lookup by postcode</h3>
  <dl>
    <dt>URL:</dt>
    <dd>/postcode/{postcode}</dd>
    <dt>Optional query parameters:</dt>
    <dd><p><i>generation</i>, to return results from a previous generation.</p></dd>
  </dl>
</section>
</body></html>
"""


def test_comma_named_items_are_optional_query_parameters_of_the_section_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.html")
    children = params_of(ops[("GET", "/area/{area_id}/children")])
    touches = params_of(ops[("GET", "/area/{area_id}/touches")])
    assert children == {("area_id", "path"): True, ("type", "query"): False, ("generation", "query"): False}
    assert touches == {("area_id", "path"): True, ("type", "query"): False}
    assert params_of(ops[("GET", "/postcode/{postcode}")]) == {
        ("postcode", "path"): True,
        ("generation", "query"): False,
    }


def test_items_under_a_label_not_naming_the_query_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.replace("Optional query parameters:", "Notes:"), "api.html")
    assert params_of(ops[("GET", "/postcode/{postcode}")]) == {("postcode", "path"): True}
    assert ("type", "query") not in params_of(ops[("GET", "/area/{area_id}/touches")])
