"""A curl command whose output a shell assignment captures, in the fifty-first registry batch
(benchmarks/docs/registry_truth): a route table lists `POST /auth/login`, then an example script signs in with
`TOKEN=$(curl -s -X POST .../auth/login -d '{"user": ..., "secret": ...}' | jq -r '.token')` and sends the token
in the next commands. The command inside `$( ... )` is a request like any other: its JSON body gives the login's
fields. A curl that is not captured but only follows an assignment on another line is read as before, and an
assignment of a value that is no curl gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Notes service

| Method | Endpoint | Description |
|--------|----------|-------------|
| `POST` | `/auth/login` | Sign in, returns a token |
| `POST` | `/notes` | Create a note |
| `GET` | `/notes` | List notes |

## Example

```bash
# Sign in
TOKEN=$(curl -s -X POST http://localhost:8000/auth/login \\
  -H "Content-Type: application/json" \\
  -d '{"user":"admin","secret":"pw"}' | jq -r '.token')

curl -X POST http://localhost:8000/notes \\
  -H "Authorization: Bearer $TOKEN" \\
  -d '{"title":"first"}'

COUNT=$(echo '{"limit": 5}' | wc -c)
curl http://localhost:8000/notes -H "Authorization: Bearer $TOKEN"
```
"""


def test_a_captured_curls_body_gives_its_routes_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/auth/login")]) == {("user", "body"): False, ("secret", "body"): False}
    assert params_of(ops[("POST", "/notes")]) == {("title", "body"): False}


def test_an_assignment_of_no_curl_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("POST", "/auth/login"), ("POST", "/notes"), ("GET", "/notes")}
    assert params_of(ops[("GET", "/notes")]) == {}
