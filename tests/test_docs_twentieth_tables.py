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
