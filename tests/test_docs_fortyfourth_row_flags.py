"""Query flags in a route table's notes, in the forty-fourth registry batch (benchmarks/docs/registry_truth): a
row `` `GET /payments`, `GET /payments/<id>` | Every payment; by id, the newest, or `?all` for every one `` gives
`all` to the route its clause describes (the second, by the clauses' order), and a note that mentions another
route ("it and `GET /queue` between them list every message") stays the row's description: its `?type=` is the
row's route's, not the mentioned one's. Clauses that do not match the routes one for one give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FLAGS = """\
# Bank

| Surface | Endpoint | Notes |
| --- | --- | --- |
| Payments | `GET /payments`, `GET /payments/<id>` | Every payment; by id, the newest, or `?all` for every one |
| Queue | `GET /queue` | What is not released yet |
| Sent | `GET /messages` | Every message. `?type=` filters on a prefix. It and `GET /queue` between them list all |
| Lists | `GET /lists`, `GET /lists/<id>` | Every list or one, `?full` for the members |
"""


def test_a_flag_goes_to_the_route_its_clause_describes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FLAGS)
    assert params_of(ops[("GET", "/payments/{id}")]).get(("all", "query")) is False
    assert ("all", "query") not in params_of(ops[("GET", "/payments")])


def test_a_note_mentioning_another_route_stays_the_rows(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FLAGS)
    assert ("type", "query") in params_of(ops[("GET", "/messages")])
    assert ("type", "query") not in params_of(ops[("GET", "/queue")])


def test_clauses_that_do_not_match_the_routes_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FLAGS)
    assert ("full", "query") not in params_of(ops[("GET", "/lists")])
    assert ("full", "query") not in params_of(ops[("GET", "/lists/{id}")])
