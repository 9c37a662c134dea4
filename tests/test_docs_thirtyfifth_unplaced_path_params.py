"""A parameter table that puts a parameter in the path of a route whose path has no segment for it, in the
thirty-fifth registry batch (benchmarks/docs/registry_truth): ``GET /v1/projects/<project_id>/usage`` over a
`list-table` of Name/In/Type/Description rows where `start` and `end` are In `path`. The template names only
`project_id`, and a request with no body has one other place for a named input, its query string: `start` and
`end` are optional query parameters. A row that spells one of the template's own placeholders otherwise (`id`
for `{project_id}`), and such a row of a request with a body, stay left out."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of


def _page(method: str) -> str:
    return f"""\
Usage API
=========

:code:`{method} /v1/projects/<project_id>/usage`

    Usage of a project.

    Request:

       .. list-table::
            :header-rows: 1

            * - Name
              - In
              - Type
              - Description
            * - project_id
              - path
              - uuid
              - The project
            * - id
              - path
              - uuid
              - The project, again
            * - start
              - path
              - datetime
              - Y-m-d H:M:S.f
            * - end
              - path
              - datetime
              - Y-m-d H:M:S.f
"""


def test_a_path_row_the_template_lacks_is_a_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _page("GET"), "usage.rst")
    assert params_of(ops[("GET", "/v1/projects/{project_id}/usage")]) == {
        ("project_id", "path"): True,
        ("start", "query"): False,
        ("end", "query"): False,
    }


def test_a_request_with_a_body_leaves_such_rows_out(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _page("POST"), "usage.rst")
    assert params_of(ops[("POST", "/v1/projects/{project_id}/usage")]) == {("project_id", "path"): True}
