"""A table row pairing a client library's call signature with the request it sends, in the forty-eighth registry
batch (benchmarks/docs/registry_truth): `get_games(*, from_, to, league_id=None)` | `GET /baseball/games`. The
keyword-only arguments of a read are its query parameters, required where they have no default; a trailing
underscore that escapes a keyword (`from_`) is not sent. Positional arguments fill the path's placeholders, and a
write's arguments, or a call quoted in a sentence, give no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

TABLE = """\
# Client

## API methods

Filter parameters are keyword-only.

| Method | Endpoint |
| --- | --- |
| `list_matches(*, from_, to, season=None, page: int = 1)` | `GET /api/matches` |
| `get_club(club_id)` | `GET /api/clubs/{club_id}` |
| `create_club(name, *, city=None)` | `POST /api/clubs` |
"""


def test_keyword_only_arguments_of_a_read_are_its_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert params_of(ops[("GET", "/api/matches")]) == {
        ("from", "query"): True,
        ("to", "query"): True,
        ("season", "query"): False,
        ("page", "query"): False,
    }
    assert params_of(ops[("GET", "/api/clubs/{club_id}")]) == {("club_id", "path"): True}


def test_a_write_and_a_quoted_call_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TABLE)
    assert ("city", "query") not in params_of(ops[("POST", "/api/clubs")])
    text = """\
# Client

| Call | Request |
| --- | --- |
| see `list_matches(*, season=None)` for details | `GET /api/matches` |
"""
    ops = extracted_operations(tmp_path, text)
    assert ("season", "query") not in params_of(ops[("GET", "/api/matches")])
