"""A route table written as the code that declares it, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): an array of object literals, each with a quoted `path` (its leading slash may be
left out) and a `method` or `methods` list; each listed method is one operation of that path. An object whose
method is a variable, or a block with one such object only, states no route."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.operations import extracted_operations, params_of

DOC = """\
# Widget plugin

## Routes

```js
Widgets.routes = [
  {{
    path: '$namespace/widgets/:id',
    methods: ['get', 'post'],
    handler: 'widget'
  }},
  {{
    path: 'widgets*',
    {second},
    handler: 'widgets'
  }}
]
```

Send `DELETE /admin/cache` to clear the cache.
"""


def test_each_listed_method_of_each_route_object_is_an_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(second="method: 'PUT'"))
    assert ("GET", "/{namespace}/widgets/{id}") in ops
    assert ("POST", "/{namespace}/widgets/{id}") in ops
    assert ("PUT", "/widgets*") in ops
    assert params_of(ops[("GET", "/{namespace}/widgets/{id}")]) == {("namespace", "path"): True, ("id", "path"): True}


@pytest.mark.parametrize("second", ["method: verb", "handle: 'widgets'"])
def test_a_method_that_is_no_quoted_verb_or_a_lone_route_object_states_nothing(tmp_path: Path, second: str) -> None:
    ops = extracted_operations(tmp_path, DOC.format(second=second))
    assert not any(path.startswith(("/{namespace}", "/widgets")) for _, path in ops)
