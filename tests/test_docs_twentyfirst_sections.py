"""Sections of the twenty-first registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "After first
contact (twenty-first batch)"). Each rule is written for the structure a page uses, not for the project that
showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

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


PAGE_DETECT = """\
# Detection server

## `POST /detect`

Hands the server an image and streams back the objects in it. The server stores the image and waits for a
worker to claim the job.

```json
{"image": "<base64>", "labels": ["cat"]}
```

A bad body is a 400 before the stream starts. The response is `text/event-stream`, one JSON object per line:

```
data: {"type": "pending", "job_id": "75d3"}
```

## `POST /detect/{job_id}`

The worker's answer for one job.

```json
{"regions": [{"box": [0, 0, 1, 1]}], "width": 768}
```

Replies `{"delivered": true}`, or `{"delivered": false}` when the job is no longer pending.

## `POST /notes`

Stores a note.

```json
{"id": 7, "stored": true}
```
"""


def test_a_json_example_before_the_sentence_showing_the_response_is_the_request(tmp_path: Path) -> None:
    """A section that shows its response in a sentence opening with it ("The response is `text/event-stream`,
    ...:" over the stream, "Replies `{"delivered": true}`") has said which example is the answer: an unlabelled
    JSON example before that sentence, far from the request line, is the request body. Where no sentence shows
    the response, an unlabelled example stays what it was (`POST /notes`: a response)."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_DETECT)
    assert params_of(paths["/detect"]["post"]) == {("image", "body"): False, ("labels", "body"): False}
    assert params_of(paths["/detect/{job_id}"]["post"]) == {
        ("job_id", "path"): True,
        ("regions", "body"): False,
        ("width", "body"): False,
    }
    assert params_of(paths["/notes"]["post"]) == {}
