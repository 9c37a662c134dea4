"""Example paths kept as written under a concrete item, in the fifty-fourth registry batch
(benchmarks/docs/registry_truth): ```http fences holding raw requests (request line, headers, body), every path
carrying example values and no template anywhere (`GET /boards`, `GET /boards/team_tasks`,
`POST /boards/team_tasks/cards`, `GET /boards/team_tasks/cards/card_042`). The record value sits under an item
the document writes as a name joined from words and states as a route of its own (`/boards/team_tasks`), so the
document keeps its examples concrete and the record stays as written. Without such an item above it (`POST /cards`
beside `GET /cards/card_042`), one value after a collection route is still that route's item placeholder."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

BOARDS = """\
# Board API

#### List Boards

```http
GET /boards
X-API-Key: your-key
```

#### Get Board

```http
GET /boards/team_tasks
X-API-Key: your-key
```

#### Add Cards

```http
POST /boards/team_tasks/cards
Content-Type: application/json

{"cards": [{"title": "Write"}]}
```

#### Get Card

```http
GET /boards/team_tasks/cards/card_042
X-API-Key: your-key
```

#### Delete Card

```http
DELETE /boards/team_tasks/cards/card_042
X-API-Key: your-key
```
"""

CARDS = """\
# Card API

#### Add Cards

```http
POST /cards
Content-Type: application/json

{"title": "Write"}
```

#### Get Card

```http
GET /cards/card_042
X-API-Key: your-key
```
"""


def test_a_record_under_a_concrete_item_stays_as_written(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, BOARDS)
    assert ("GET", "/boards/team_tasks/cards/card_042") in ops
    assert ("DELETE", "/boards/team_tasks/cards/card_042") in ops
    assert not any("{" in path for _, path in ops)


def test_a_record_after_a_top_collection_is_still_its_item(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CARDS)
    assert set(ops) == {("POST", "/cards"), ("GET", "/cards/{card}")}
