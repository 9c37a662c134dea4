"""A listing of filtering criteria answered by a request of its own, in the thirty-second registry batch
(benchmarks/docs/registry_truth): `$ curl .../activity/messages/filters` prints an object mapping each criterion
to a link named after it (`"pdu_type": ".../filters/pdu_type"`), then "Zero or more of filtering criteria can then
be added to the query string". Each criterion is an optional query parameter of the GET of the collection the
listing lies under. A listing no sentence puts into the query, or one whose links are not named after their keys,
gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

HEAD = """\
Event API
=========

All recorded events::

    $ curl http://localhost:7000/api/v1/events
    {"_links": {"self": "/api/v1/events"}, "total": 12}

To see by what the events can be narrowed::

    $ curl http://localhost:7000/api/v1/events/filters
    {
      "kind": "/api/v1/events/filters/kind",
      "source": "/api/v1/events/filters/source",
      "severity": "/api/v1/events/filters/severity"
    }

"""

INTO_QUERY = (
    HEAD
    + """\
Any of these criteria can then be added to the query string to count only the events matching them all.
"""
)

NO_SENTENCE = (
    HEAD
    + """\
Each of them answers with the values seen so far.
"""
)

OTHER_LINKS = """\
Event API
=========

All recorded events::

    $ curl http://localhost:7000/api/v1/events
    {"total": 12}

The links of the service::

    $ curl http://localhost:7000/api/v1/events/links
    {
      "kind": "/api/v1/kinds",
      "source": "/api/v1/sources"
    }

Any of these can then be added to the query string.
"""


def test_listed_criteria_said_to_go_into_the_query_are_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, INTO_QUERY, "README.rst")
    assert params_of(ops[("GET", "/api/v1/events")]) == {
        ("kind", "query"): False,
        ("source", "query"): False,
        ("severity", "query"): False,
    }


def test_a_listing_no_sentence_puts_into_the_query_gives_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NO_SENTENCE, "README.rst")
    assert params_of(ops[("GET", "/api/v1/events")]) == {}


def test_links_not_named_after_their_keys_give_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OTHER_LINKS, "README.rst")
    assert params_of(ops[("GET", "/api/v1/events")]) == {}
