"""Segments of example requests that the text gives as examples of a name, in the twenty-seventh registry batch
(benchmarks/docs/registry_truth): "If you know the job id (for example 9f1c2a77b0) ..." over
`curl http://localhost:9000/jobs/9f1c2a77b0` states `GET /jobs/{id}`, and "a pool (for example "main")" makes
`/stats/pool/main` `/stats/pool/{pool}`. The rule is written for the structure a page uses, not for the project
that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

EXAMPLE_VALUES = """\
# Worker

## HTTP API

#### Pool status

You can check the state of a pool (for example "main") with the following query

```bash
curl http://localhost:9000/stats/pool/main
```

#### Job status

If you know the job id (for example 9f1c2a77b0) then you can check its status

```bash
curl http://localhost:9000/jobs/9f1c2a77b0
```

#### Main page

The landing page lists the pools.

```bash
curl http://localhost:9000/main
```
"""


def test_a_segment_the_text_gives_as_an_example_of_a_name_is_that_placeholder(tmp_path: Path) -> None:
    """`/stats/pool/main` and `/jobs/9f1c2a77b0` are templates with `pool` and `id`; `/main`, a first segment, stays."""
    paths = extracted_paths(tmp_path, "README.md", EXAMPLE_VALUES)
    assert set(paths) == {"/stats/pool/{pool}", "/jobs/{id}", "/main"}
    assert params_of(paths["/jobs/{id}"]["get"]) == {("id", "path"): True}
    assert params_of(paths["/stats/pool/{pool}"]["get"]) == {("pool", "path"): True}
