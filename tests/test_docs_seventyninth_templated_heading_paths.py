"""A heading that is a path template alone over method sub-headings, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): placeholders named in words with a space (`{wiki domain}`), a brace group of
literal words joined by `|` (`{html|json}`: one route per word) and nested optional tails (`[/{name}[/{rev}]]`:
the route in full, then shortened from the innermost out). A heading in words with such a path in it is left
alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Using the API

## {heading}

### POST

Converts one format to another.

## /_status/

### GET

Reports the status.
"""


def test_a_template_heading_stands_for_each_route_it_spells(tmp_path: Path) -> None:
    heading = "/{site name}/v1/convert/{text|html}/to/{text|html}[/{page name}[/{revision}]]"
    ops = extracted_operations(tmp_path, DOC.format(heading=heading))
    for source in ("text", "html"):
        for target in ("text", "html"):
            base = f"/{{site_name}}/v1/convert/{source}/to/{target}"
            assert ("POST", base) in ops
            assert ("POST", f"{base}/{{page_name}}") in ops
            full = ops[("POST", f"{base}/{{page_name}}/{{revision}}")]
            named = {("site_name", "path"): True, ("page_name", "path"): True, ("revision", "path"): True}
            assert params_of(full) == named
    assert ("GET", "/_status/") in ops
    assert not any("|" in path for _, path in ops)


def test_a_heading_in_words_or_a_choice_of_non_words_is_not_read_so(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(heading="Converting with /{site name}/v1/convert/{text|html}"))
    assert not any(path.startswith("/{site") for _, path in ops)
    ops = extracted_operations(tmp_path, DOC.format(heading="/v1/convert/{a b|c d}"))
    assert not any("/a" in path or "/c" in path for _, path in ops)
