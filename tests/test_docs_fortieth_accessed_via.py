"""A note saying where some data is read, in the fortieth registry batch (benchmarks/docs/registry_truth): a
sub-item "Accessed via `/api/bookings/{id}/`" under the data it is about, on a page whose stated routes start
with `/api`. Being accessed is being read: the note states `GET /api/bookings/{id}/`. A path the page's routes
do not share their first segment with (a page of the web interface), or a note with a subject of its own that
names another action, states no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Booking system

## Visits

```
GET /api/visits/
```

## Where the answers live

1. **Booking `answers`**
   - Filled when booking
   - {note}
   - Field: `answers` (JSON string)
"""


def test_an_accessed_via_note_states_a_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(note="Accessed via `/api/bookings/{id}/`"))
    assert set(ops) == {("GET", "/api/visits/"), ("GET", "/api/bookings/{id}/")}
    assert params_of(ops[("GET", "/api/bookings/{id}/")]) == {("id", "path"): True}


def test_a_path_outside_the_api_or_another_action_states_nothing(tmp_path: Path) -> None:
    for note in ("Accessed via `/admin/bookings/{id}/` in the browser", "Users delete it via `/api/bookings/{id}/`"):
        ops = extracted_operations(tmp_path, DOC.format(note=note))
        assert set(ops) == {("GET", "/api/visits/")}, note
