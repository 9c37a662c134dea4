"""Routes an Underscore/EJS/ERB template builds in its output tags, in the seventy-third registry batch
(benchmarks/docs/registry_truth): a dashboard page whose table writes each route as
`<%- '/' + resourceData.id %>/&lt;id&gt;`. An expression joining quoted strings and variables renders as its
strings with each variable's value between them; a variable right after a slash is a path segment computed per
rendering, so the route's placeholder (`/{resourceData_id}/{id}`). A tag calling a function (`ns('/' + x)`) or
putting a variable inside a segment (`'/v' + version`) is left as written."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.template_variables import _placeholders
from tests.operations import extracted_operations

DOC = """\
<div id="api"></div>
<script type="text/html" id="api-template">
  <h3>API</h3>
  <p>Access the <code><%= '/' + store.name %></code> store over http.</p>
  <table>
    <tr><th>Method</th><th>Route</th><th>Description</th></tr>
    <tr><td>GET</td><td><%- '/' + store.name %></td><td>List the items</td></tr>
    <tr><td>GET</td><td><%- '/' + store.name %>/&lt;id&gt;</td><td>One item</td></tr>
    <tr><td>POST</td><td><%- "/shops/" + shop + "/orders" %></td><td>Place an order</td></tr>
    <tr><td>GET</td><td><%- '/v' + version %>/status</td><td>Status</td></tr>
  </table>
</script>
"""


def test_routes_built_in_output_tags_are_read_with_placeholders(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.html")
    assert ("GET", "/{store_name}") in ops
    assert ("GET", "/{store_name}/{id}") in ops
    assert ("POST", "/shops/{shop}/orders") in ops


def test_a_variable_inside_a_segment_or_a_function_call_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.html")
    assert not any("status" in path for _, path in ops)
    assert _placeholders("dpd<%= ns('/' + store.name) %>.get()") == "dpd<%= ns('/' + store.name) %>.get()"
    assert _placeholders("<%= '/v' + version %>/status") == "<%= '/v' + version %>/status"
