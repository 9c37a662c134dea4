"""A request written in running text, or on a line of a plain listing, followed by the JSON object it sends, in
the fifty-seventh registry batch (benchmarks/docs/registry_truth): "`PUT /config` with `{"nightly": true|false}`",
"`POST /refresh` with `{"lamp_id": 5}` or `{"room_id": 9}`", and aligned lines `PUT  /cards/{id}  {"layout":
{...}} replaces it`. The object's top-level keys are the request's body fields; an object a request answers with,
or one after a GET, names none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

WITH = """\
# Lamp server

`GET /config` reports the schedule; `PUT /config` with `{"nightly": true|false}` turns the nightly check
on or off. `POST /refresh` with `{"lamp_id": 5}` or `{"room_id": 9}` re-reads one entity, and
`POST /restore` with `{"bundle": ..., "replace": true}` writes a bundle back.

```text
GET    /cards/{id}        the card
PUT    /cards/{id}        {"layout": {"rows": [1, 2]}, "theme": "dark"} replaces it
```
"""


def test_the_object_after_a_request_is_its_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, WITH)
    assert ("nightly", "body") in params_of(ops[("PUT", "/config")])
    assert {("lamp_id", "body"), ("room_id", "body")} <= set(params_of(ops[("POST", "/refresh")]))
    assert {("bundle", "body"), ("replace", "body")} <= set(params_of(ops[("POST", "/restore")]))
    card = set(params_of(ops[("PUT", "/cards/{id}")]))
    assert {("layout", "body"), ("theme", "body")} <= card
    assert ("rows", "body") not in card


ANSWERED = """\
# Lamp server

`GET /config` with `{"verbose": true}` is not a body. `POST /lamps` creates a lamp and answers with
`{"lamp_id": 5}`; `PUT /lamps/{id}` returns `{"state": "on"}`.
"""


def test_an_answered_object_names_no_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ANSWERED)
    assert ("verbose", "body") not in params_of(ops[("GET", "/config")])
    assert ("lamp_id", "body") not in params_of(ops[("POST", "/lamps")])
    assert ("state", "body") not in params_of(ops[("PUT", "/lamps/{id}")])


NAMED_FIRST = """\
# Lamp server

A colour in any form (`{"rgb": [1, 2, 3]}`, `{"kelvin": 2700}` or `{"hue": 40, "sat": 80}`) can be shown once
with `POST /lamps/{lid}/flash`, or stored with `PUT /lamps/{lid}/colour`. `GET /lamps/{lid}/colour` returns
`{"rgb": [1, 2, 3]}`.

`POST /lamps` answers `{"lamp_id": 5}`, as does a reset made with `POST /lamps/reset`.
"""


def test_objects_named_before_the_requests_made_with_them_are_their_bodies(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NAMED_FIRST)
    for key in (("POST", "/lamps/{lid}/flash"), ("PUT", "/lamps/{lid}/colour")):
        assert {("rgb", "body"), ("kelvin", "body"), ("hue", "body"), ("sat", "body")} <= set(params_of(ops[key]))
    assert ("lamp_id", "body") not in params_of(ops[("POST", "/lamps/reset")])
