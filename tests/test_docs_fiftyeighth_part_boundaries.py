"""Where the part that named a request ends, in the fifty-eighth registry batch (benchmarks/docs/registry_truth):
an "API reference" chapter whose last subsection names a request in passing ("the confirmation page `POST`s it to
`/digest/confirm/`"), followed by chapters of their own ("## Webhooks", "## Background tasks") at the chapter's
level. Where a sentence only named the request, a heading at the level of the part that holds it, or above it,
opens a part of its own, so the fields and headers those chapters list are not the request's; a subsection inside
the part (one level down) still continues it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Digest server

## API reference

### Subscriptions

| Route | What |
|---|---|
| `POST /digest/subscribe/` | Subscribe |
| `GET /digest/` | List digests |

### Frontend pages

Your confirmation page reads `token` from its URL and `POST`s it to `/digest/confirm/`.

{inner}

## Webhooks

Each event is POSTed as JSON with these headers:

- `X-Digest-Event`: the event name
- `X-Digest-Signature`: the HMAC of the body

## Background tasks

- `"sync"` (default): runs in the same process.
- `"celery"`: sends the work to your workers.
"""


def test_a_chapter_at_the_parts_level_is_not_the_request_named_last(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.replace("{inner}", ""))
    confirm = next(op for (method, path), op in ops.items() if method == "POST" and path.startswith("/digest/confirm"))
    names = {name for name, _ in params_of(confirm)}
    assert not names & {"X-Digest-Event", "X-Digest-Signature", "sync", "celery"}


def test_a_subsection_inside_the_part_still_continues_the_request(tmp_path: Path) -> None:
    inner = "#### Confirm body\n\n- `token` (string, required): the token from the mail\n"
    ops = extracted_operations(tmp_path, DOC.replace("{inner}", inner))
    confirm = next(op for (method, path), op in ops.items() if method == "POST" and path.startswith("/digest/confirm"))
    assert "token" in {name for name, _ in params_of(confirm)}
