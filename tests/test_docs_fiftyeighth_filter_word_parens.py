"""A read's filters named in its route table row as coded names and the word "filter", in the fifty-eighth
registry batch (benchmarks/docs/registry_truth): "List waivers (`project` filter — returns global ones)", "List
comments (`finding_id` or `issue_id` filter)". Each coded name is an optional query parameter of the row's read.
A coded name with another word ("(`project` scope)") or in a write's row gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FILTERS = """\
# Tracker API

| Method | Path | Description |
|--------|------|-------------|
| `GET` | `/api/waivers` | List waivers (`project` filter — returns global and per-project ones) |
| `GET` | `/api/comments` | List comments (`finding_id` or `issue_id` filter) |
| `GET` | `/api/widgets` | List widgets (`is_active` filter) |
| `GET` | `/api/teams` | List teams (`region` scope) |
| `POST` | `/api/notes` | Create a note (`topic` filter) |
"""


def test_coded_names_called_a_filter_are_query_options_of_the_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FILTERS, "README.md")
    assert params_of(ops[("GET", "/api/waivers")]).get(("project", "query")) is False
    assert params_of(ops[("GET", "/api/comments")]).get(("finding_id", "query")) is False
    assert params_of(ops[("GET", "/api/comments")]).get(("issue_id", "query")) is False
    assert params_of(ops[("GET", "/api/widgets")]).get(("is_active", "query")) is False


def test_another_word_or_a_write_row_gives_no_filter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FILTERS, "README.md")
    assert ("region", "query") not in params_of(ops[("GET", "/api/teams")])
    assert not any(name == "topic" for name, _ in params_of(ops[("POST", "/api/notes")]))
