"""A query parameter named in a sentence as its pair without the `?`, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): "You can specify the profile by using the `profiles=<profile1>,<profile2>` query
parameter on the dataset endpoint". The placeholder value and the words "query parameter" make the code a query
pair of the section's route (`query_prose.py`); a pair with a literal value, or one the sentence does not call a
query parameter, is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.query_prose import coded_query_arguments
from tests.operations import extracted_operations, params_of

DOC = """\
# Exports

## Item export

```
GET /items/{item_id}.{format}
```

You can choose the layout by using the `layouts=<layout1>,<layout2>` query parameter on the item export.

The server reads `debug=<flag>` from its configuration file.
"""


def test_the_bare_pair_is_a_query_parameter_of_the_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/items/{item_id}.{format}")]) == {
        ("item_id", "path"): True,
        ("format", "path"): True,
        ("layouts", "query"): False,
    }


def test_only_a_placeholder_pair_called_a_query_parameter_is_read() -> None:
    assert coded_query_arguments("Use the `layouts=<a>,<b>` query parameter.") == [("layouts", False)]
    assert coded_query_arguments("Use the `layouts=grid` query parameter.") == []
    assert coded_query_arguments("Set the `layouts=<a>` parameter in the config.") == []
