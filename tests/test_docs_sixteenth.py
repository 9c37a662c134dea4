"""Structures of the sixteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Sixteenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

ENTRY_POINTS = """\
# Renderer

## API Description

The service takes one required POST parameter 'q'.

Entry points for individual formats are
* /info does not do any rendering.
* /svg only SVG
* /png only PNG

#### q (input to be converted)

* required parameter
* no $ for TeX input

#### type (the input type)
* optional
* default 'tex'

## Config
* svg: creates an svg image
* png: creates png images
"""


def test_routes_listed_without_a_method_on_a_page_of_post_parameters_and_parameter_headings(
    tmp_path: Path,
) -> None:
    """A page that names one method only, for what its requests carry ("one required POST parameter"), lists
    its routes without a method: they are POST. Headings that are a name alone (with a gloss in brackets) over
    "required parameter" / "optional" name parameters of every route the section above lists."""
    doc = tmp_path / "README.md"
    doc.write_text(ENTRY_POINTS, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("post", "/info"),
        ("post", "/png"),
        ("post", "/svg"),
    ]
    for path in paths:
        assert params_of(paths[path]["post"]) == {("q", "body"): True, ("type", "body"): False}
