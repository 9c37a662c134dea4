"""Tables of the twentieth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "After first contact
(twentieth batch)"). Each rule is written for the structure a page uses, not for the project that showed it
first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_SWITCHES = """\
# Mock identity server

## Invitations

Endpoints include `POST /invite` and `DELETE /invite/:id`.

## Behaviours

The mock API at `PUT /mock/behaviour` switches the simulated behaviours:

| Key | Effect |
|-----|--------|
| `approval` | `manual` makes a login wait for `GET /consent?code=...` instead of resolving at once |
| `error` / `error_scope` | inject an error code, optionally scoped to `token` or `login` |
| `token_lifetime`, `claims`, `tenant` | shape the issued tokens |
"""


def test_a_sentence_naming_one_request_leads_into_its_key_table(tmp_path: Path) -> None:
    """ "The mock API at `PUT /mock/behaviour` switches ...:" over a `Key | Effect` table: the table's names are
    that request's parameters (an Effect column describes, as a Description column does); a cell naming two or
    more coded names (`` `a` / `b` ``, `` `a`, `b`, `c` ``) is that many parameters; a request line in a
    parameter's note (`GET /consent?code=...`) refers to another route, it does not make the section that
    route's."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_SWITCHES)
    assert params_of(paths["/mock/behaviour"]["put"]) == {
        (name, "body"): False for name in ("approval", "error", "error_scope", "token_lifetime", "claims", "tenant")
    }
    assert "/consent" not in paths or params_of(paths["/consent"]["get"]).keys() <= {("code", "query")}


PAGE_CONFIG = """\
# Mock model server

## Configuration

Configuration can be changed at runtime via the `/settings` endpoint: `GET` returns the current settings (YAML with
`Accept: application/x-yaml`), `POST` replaces them, `PATCH` merges updates, `DELETE` resets to default.

## Token helpers

| Endpoint | Body | Behaviour |
|---|---|---|
| `POST /tokens/reset` | — | Wipes issued tokens. |
| `POST /tokens/issue` | `{"clientId": "...", "scope"?: "..."}` | Mints a token without the flow. |
| `POST /tokens/revoke` | `{"token": "..."}` or `{"refresh_token": "..."}` | Invalidates the pair. |
"""


def test_a_path_then_a_colon_then_what_each_method_does_states_each_method(tmp_path: Path) -> None:
    """ "via the `/settings` endpoint: `GET` returns ..., `POST` replaces them, `PATCH` merges ..., `DELETE`
    resets ...": one operation per method on that path (code spans that are no method, `Accept: ...`, are part
    of what a method does)."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_CONFIG)
    assert sorted(paths["/settings"]) == ["delete", "get", "patch", "post"]


def test_a_route_table_s_body_cell_sketch_gives_the_body_fields(tmp_path: Path) -> None:
    """A Body cell of a route table sketching the JSON (`` `{"clientId": "...", "scope"?: "..."}` ``) gives the
    row's request its body fields: a `?` key is optional, and where some are so marked the others are required;
    two sketches joined by "or" give both fields, neither said to be required."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_CONFIG)
    assert params_of(paths["/tokens/issue"]["post"]) == {("clientId", "body"): True, ("scope", "body"): False}
    assert params_of(paths["/tokens/revoke"]["post"]) == {("token", "body"): False, ("refresh_token", "body"): False}
    assert params_of(paths["/tokens/reset"]["post"]) == {}
