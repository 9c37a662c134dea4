"""List items that open with a coded name and its default, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): "Both endpoints support the following query parameters:" over
"* `width` defaults to `1000` - specifies viewport width." under a fence of `GET /screenshot/<url>` and
`POST /screenshot/<url>`. The name is an optional input with that default (`defaulted_terms.py`), for both requests
the fence states; an item whose sentence opens with something else ("The `format` defaults to ...") is no term."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.defaulted_terms import defaulted_term_as_dash
from tests.operations import extracted_operations, params_of

DOC = """\
# Shots

### Screenshot
```
GET /screenshot/<url>
POST /screenshot/<url>
```

Both endpoints support the following query parameters:
 * `width` defaults to `1000` - specifies viewport width.
 * `mobile` defaults to `false`. Enable by passing `?mobile` to request the
  mobile version of your site.
 * `timezoneId` - specifies rendering for timezone.
"""


def test_defaulted_terms_are_optional_parameters_of_both_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    expected = {
        ("url", "path"): True,
        ("width", "query"): False,
        ("mobile", "query"): False,
        ("timezoneId", "query"): False,
    }
    assert params_of(ops[("GET", "/screenshot/{url}")]) == expected
    assert params_of(ops[("POST", "/screenshot/{url}")]) == expected


def test_the_term_is_rewritten_with_its_default() -> None:
    assert defaulted_term_as_dash("`width` defaults to `1000` - viewport width.") == (
        "`width` (default `1000`) - viewport width."
    )
    assert defaulted_term_as_dash("`mobile` defaults to false.") == "`mobile` (default false) - "


def test_near_misses_are_left_alone() -> None:
    for item in ("The `format` defaults to `json`.", "`width` is 1000 by default", "`width` defaults"):
        assert defaulted_term_as_dash(item) == item
