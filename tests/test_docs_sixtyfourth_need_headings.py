"""A heading that says whether the fields of the table under it must be given, in the sixty-fourth registry batch
(benchmarks/docs/registry_truth): "#### Required Body JSON Value" over `| md | string | ... |` and "#### Optional
Body JSON Value" over `| opts | JSON | ... |`, tables with no column saying it. A table's own Required column stands
over the heading, and a heading that says nothing of need leaves the fields optional."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Renderer

## Render HTML

```
POST http://localhost:27272/html
```

#### Required Body JSON Value

| Name | Type | Description |
| - | - | - |
| `md` | string | markdown source |

#### Optional Body JSON Value

| Name | Type | Description |
| - | - | - |
| `opts` | JSON | options |

## Render LaTeX

```
POST http://localhost:27272/latex
```

#### Required Body JSON Value

| Name | Type | Required | Description |
| - | - | - | - |
| `md` | string | no | markdown source, empty when left out |

#### Body JSON Values

| Name | Type | Description |
| - | - | - |
| `title` | string | the title |
"""


def test_a_need_heading_marks_the_table_under_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/html")]) == {("md", "body"): True, ("opts", "body"): False}


def test_a_required_column_or_a_heading_of_no_need_is_left_as_it_says(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/latex")]) == {("md", "body"): False, ("title", "body"): False}
