"""A sentence saying where to find a named page, in the eighty-first registry batch
(benchmarks/docs/registry_truth): beside request lines, "You can find a playground page for your runnable at
`/my_runnable/playground/`" states `GET /my_runnable/playground/`. A sentence naming no page or endpoint ("you
can find the source at `/src`") and a documentation page ("a swagger page") give none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Server

## Endpoints

- `POST /my_runnable/invoke` - invoke the runnable on a single input
- `GET /my_runnable/input_schema` - json schema for input of the runnable

## Playground

You can find a playground page for your runnable at `/my_runnable/playground/`. This exposes a simple UI.
"""

NO_PAGE = DOC.replace("a playground page for your runnable", "the source for your runnable")
DOCS_PAGE = DOC.replace("a playground page", "a swagger page")


def test_found_page_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/my_runnable/playground/") in ops or ("GET", "/my_runnable/playground") in ops


def test_near_misses_give_none(tmp_path: Path) -> None:
    for index, text in enumerate((NO_PAGE, DOCS_PAGE)):
        folder = tmp_path / str(index)
        folder.mkdir()
        ops = extracted_operations(folder, text)
        assert not any("playground" in path for _, path in ops), text
