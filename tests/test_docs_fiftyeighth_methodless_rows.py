"""Rows of a route table that write their paths without a method, among rows writing method and path in one code
span, in the fifty-eighth registry batch (benchmarks/docs/registry_truth): `` `/labels/`, `/labels/tree/` ``
beside `` `GET /tickets/` ``. Such a row is read with GET, a row whose description says it uploads with POST
(a file goes in a body); a table of paths alone, and a row naming its path in words, give no such route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Helpdesk API

| Path | What |
|---|---|
| `GET /tickets/` | List tickets |
| `POST /tickets/` | Open a ticket |
| `/labels/`, `/labels/tree/` | Labels (writes need the label permission) |
| `/files/` | Attachments (multipart `file` upload) |
| The admin site at `/admin/` | For staff |
"""


def test_a_row_of_paths_alone_in_a_table_of_requests_is_a_get_or_an_upload_post(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {("GET", "/labels/"), ("GET", "/labels/tree/"), ("POST", "/files/"), ("GET", "/tickets/")} <= set(ops)
    assert ("GET", "/files/") not in ops
    assert not any(path.startswith("/admin") for _, path in ops)


PATHS_ONLY = """\
# Static pages

| Path | What |
|---|---|
| `/about/` | About us |
| `/contact/` | Contact form |
| `GET /status` | Health |
"""


def test_a_table_with_fewer_than_two_requests_gives_its_bare_paths_no_method(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PATHS_ONLY)
    assert not any(path.startswith(("/about", "/contact")) for _, path in ops)
