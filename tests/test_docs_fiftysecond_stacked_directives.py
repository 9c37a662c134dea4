"""httpdomain directives stacked one over another in the fifty-second registry batch (benchmarks/docs/registry_truth):
`.. http:get:: /visit/nodes/:src` with no content right over `.. http:get:: /visit/edges/:src` and the text and
`:query` fields that describe both, as Sphinx stacks signatures over one body; and `.. http:post:: /items/(int:id)/`
saying in a sentence what it does, right over `.. http:put::` on the same path whose `:reqheader:` fields describe
the request both send. The first directive takes the fields written under the second. A directive over a different
path that describes itself, or a GET over a POST with body fields, keeps only what it states."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

STACKED = """\
Walks
=====

.. http:get:: /walk/nodes/:src
.. http:get:: /walk/edges/:src

    Walks the graph from a node and returns what it met.

    :param string src: the starting node
    :query integer depth: how deep to walk
    :query string kinds: node kinds to follow

.. http:post:: /items/(int:item-id)/files/

    Add files to an item.

.. http:put:: /items/(int:item-id)/files/

    Replace the item's files.

    :reqheader Content-Length: archive size
    :reqheader Content-MD5: archive checksum
    :statuscode 201: created
"""


def test_stacked_directives_share_the_fields_of_the_last(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, STACKED, "api.rst")
    assert set(ops) == {
        ("GET", "/walk/nodes/{src}"),
        ("GET", "/walk/edges/{src}"),
        ("POST", "/items/{item-id}/files/"),
        ("PUT", "/items/{item-id}/files/"),
    }
    for path in ("/walk/nodes/{src}", "/walk/edges/{src}"):
        params = params_of(ops[("GET", path)])
        assert {("src", "path"), ("depth", "query"), ("kinds", "query")} <= set(params)
    for method in ("POST", "PUT"):
        params = params_of(ops[(method, "/items/{item-id}/files/")])
        assert {("Content-Length", "header"), ("Content-MD5", "header")} <= set(params)


OWN = """\
Items
=====

.. http:get:: /items/

    Lists the items.

.. http:post:: /items/

    Creates an item.

    :<json string name: the item's name
    :<json string colour: the item's colour

.. http:post:: /tags/

    Creates a tag.

.. http:put:: /labels/(int:id)

    Replaces a label.

    :<json string text: the label's text
"""


def test_a_directive_that_describes_itself_keeps_what_it_states(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OWN, "api.rst")
    assert {("GET", "/items/"), ("POST", "/items/"), ("POST", "/tags/"), ("PUT", "/labels/{id}")} <= set(ops)
    assert {"name", "colour"} <= {name for name, _ in params_of(ops[("POST", "/items/")])}
    assert not {"name", "colour"} & {name for name, _ in params_of(ops[("GET", "/items/")])}
    assert "text" not in {name for name, _ in params_of(ops[("POST", "/tags/")])}
