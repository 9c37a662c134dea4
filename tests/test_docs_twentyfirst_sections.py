"""Sections of the twenty-first registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "After first
contact (twenty-first batch)"). Each rule is written for the structure a page uses, not for the project that
showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

PAGE_JOBS = """\
# Render server

## Progress

Each step reports its timing; a preview is charged to the *next* step, not the one it was asked on.

## `POST /jobs/{job_id}`

The worker posts its result for one job.

## `GET /jobs/next`

The worker's long-poll: the pending job, or 204 when none arrives.
"""


def test_a_route_word_beside_a_braced_placeholder_stays_a_route_though_the_text_emphasises_it(
    tmp_path: Path,
) -> None:
    """`GET /jobs/next` beside `POST /jobs/{job_id}`: the page writes the value at that position in braces, so the
    word there names a route of its own, even where some sentence sets the same word in emphasis."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_JOBS)
    assert {(p, m) for p, ops in paths.items() for m in ops} == {("/jobs/{job_id}", "post"), ("/jobs/next", "get")}
