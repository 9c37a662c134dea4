"""A URL alone in a literal block that the prose names as an API, in the twenty-fourth registry batch
(benchmarks/docs/registry_truth), on a page stating its requests as HTTPie command lines. The rule is written for
the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

PAGE = """\
Controlling the Oven
====================

Start baking::

  http POST http://localhost:8800/api/bake/start temp:=180
  http GET http://localhost:8800/api/status

Watching the Oven
-----------------

The server provides streaming API ``oven_feed`` that lets web pages show the oven's log. Open a browser and
type the following address::

  http://localhost:8800/oven_feed

The documentation is served too; open this address in a browser::

  http://localhost:8800/docs
"""


def test_a_lone_url_whose_last_segment_the_prose_names_as_an_api_is_a_get_route(tmp_path: Path) -> None:
    """ "streaming API ``oven_feed``", then `http://localhost:8800/oven_feed` alone in a literal block, on the
    host of the page's HTTPie lines: GET /oven_feed, as a browser requests it. The docs page, a lone URL the
    prose names as no API, stays unread."""
    paths = extracted_paths(tmp_path, "oven.rst", PAGE)
    assert set(paths) == {"/api/bake/start", "/api/status", "/oven_feed"}
    assert set(paths["/oven_feed"]) == {"get"}
