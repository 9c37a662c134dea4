"""Routes a sentence says the API provides, in code without a method, in the sixty-second registry batch
(benchmarks/docs/registry_truth): "The server also provides `/v1/ping`, `/v1/version`, `/openapi.json` and the
`/v1/list` alias" states GET /v1/ping, /v1/version and /v1/list (the API's own description is no operation); "It
now offers `/v1/jobs/submit`, `/v1/jobs/cancel`, and read-only `/v1/jobs/state`" names actions, POSTed, and a
read-only GET; "Jobs also support `/v1/jobs/update` and `/v1/jobs/limits`" is a list of actions too. A route table
cell joining two paths under one method with a spaced slash (`` `POST /v1/files` / `/v1/voices` ``) gives both
that method. Paths on disk ("supports `/etc/app.conf` and `/var/log/app`"), a sentence that names a method, or a
path that is not the whole object ("provides `/v1/a` output for `/v1/b` users") are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Jobs server

| Command | HTTP API |
| --- | --- |
| `status` | `GET /v1/status` |
| `send-file` / `send-voice` | `POST /v1/files` / `/v1/voices` |

The server also provides `/v1/ping`, `/v1/version`, `/openapi.json`, and the `/v1/list` alias. The CLI can call
any of them.

## Jobs

It now offers `/v1/jobs/submit`, `/v1/jobs/cancel`, and read-only `/v1/jobs/state`. Jobs run one at a time.

Jobs also support `/v1/jobs/update` and `/v1/jobs/limits`
for names, priorities and quotas.
"""

NEAR = """\
# Tool

It supports `/etc/app.conf` and `/var/log/app` as its files.

The service provides `/v1/a` output for `/v1/b` users, and `GET /v1/c`.

Use `POST /v1/d`. The daemon also serves `/v1/e`, `/v1/f` over GET and POST.
"""


def test_provided_routes_are_read_by_their_kind(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("GET", "/v1/status"),
        ("POST", "/v1/files"),
        ("POST", "/v1/voices"),
        ("GET", "/v1/ping"),
        ("GET", "/v1/version"),
        ("GET", "/v1/list"),
        ("POST", "/v1/jobs/submit"),
        ("POST", "/v1/jobs/cancel"),
        ("GET", "/v1/jobs/state"),
        ("POST", "/v1/jobs/update"),
        ("POST", "/v1/jobs/limits"),
    }


def test_files_methods_and_partial_objects_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR)
    assert set(ops) == {("GET", "/v1/c"), ("POST", "/v1/d")}


def test_a_list_followed_by_more_words_is_no_statement(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR + "\nThe tool offers `/v1/g` and `/v1/h` output formats to its users.\n")
    assert set(ops) == {("GET", "/v1/c"), ("POST", "/v1/d")}
