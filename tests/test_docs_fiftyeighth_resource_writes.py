"""A sentence saying what a resource's writes accept, after the table of its routes, in the fifty-eighth registry
batch (benchmarks/docs/registry_truth): "Ticket writes accept: `title, body, priority (low|high)`. Agents can also
set `assignee`." The fields are body inputs, none marked required, of the create on the resource's collection and
the updates of one item; its reads, deletes and actions take none of them, and a sentence whose verb is not one
of accepting gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Helpdesk API

| Route | What |
|---|---|
| `GET /tickets/` | List |
| `POST /tickets/` | Create |
| `PATCH /tickets/{id}/` | Update |
| `PUT /tickets/{id}/` | Replace |
| `DELETE /tickets/{id}/` | Delete |
| `POST /tickets/{id}/close/` | Close |
| `POST /notes/` | Add a note |

{sentence}
"""


def test_the_fields_a_resources_writes_accept_go_to_its_create_and_updates(tmp_path: Path) -> None:
    text = DOC.replace(
        "{sentence}", "Ticket writes accept: `title, body, priority (low|high)`. Agents can also set `assignee`."
    )
    ops = extracted_operations(tmp_path, text)
    expected = {(n, "body"): False for n in ("title", "body", "priority", "assignee")}
    for key in (("POST", "/tickets/"), ("PATCH", "/tickets/{id}/"), ("PUT", "/tickets/{id}/")):
        path = {("id", "path"): True} if "{id}" in key[1] else {}
        assert params_of(ops[key]) == expected | path
    for key in (("GET", "/tickets/"), ("DELETE", "/tickets/{id}/"), ("POST", "/tickets/{id}/close/")):
        assert ("title", "body") not in params_of(ops[key]) and ("title", "query") not in params_of(ops[key])
    assert ("title", "body") not in params_of(ops[("POST", "/notes/")])


def test_a_sentence_that_does_not_say_what_writes_accept_gives_no_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.replace("{sentence}", "Ticket writes need the `agent` role."))
    assert ("agent", "body") not in params_of(ops[("POST", "/tickets/")])
    assert ("agent", "body") not in params_of(ops[("PATCH", "/tickets/{id}/")])
