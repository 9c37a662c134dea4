"""Inputs named with their location in a section titled after one route's description, in the fifty-sixth
registry batch (benchmarks/docs/registry_truth): endpoint bullets "`METHOD /path` - description", then a
subsection titled with the opening words of one description ("... Lifecycle") whose "Controls" bullets say the
outcome is chosen by "request body `x` or header `X-Y`". Those are the inputs of that route. A section whose title
opens with no route's description, or with words two descriptions share, gives nothing; neither does a name
written without its location, and a body field is not given to a route that sends no body."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Render mock

## Endpoints

- `POST /v1/renders` - Scene rendering (sync + async polling)
- `GET /v1/renders/{render_id}` - Poll async scene rendering status
- `GET /v1/previews` - Preview listing, cached
- `GET /health` - Health check

### Scene Rendering Lifecycle

Controls:

- request body `final_state` or header `X-Mock-Render-Final`
- `seed` picks the frames

### Preview Listing Notes

- request body `size` or header `X-Mock-Preview`

### Caching

- header `X-Mock-Cache`
"""


def test_a_section_titled_after_a_route_gives_it_the_located_inputs(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/v1/renders")]) == {
        ("final_state", "body"): False,
        ("X-Mock-Render-Final", "header"): False,
    }
    assert params_of(ops[("GET", "/v1/renders/{render_id}")]) == {("render_id", "path"): True}


def test_a_bodyless_route_or_an_untitled_section_gets_no_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("GET", "/v1/previews")]) == {("X-Mock-Preview", "header"): False}
    assert params_of(ops[("GET", "/health")]) == {}
