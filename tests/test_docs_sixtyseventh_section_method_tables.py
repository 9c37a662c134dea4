"""A table of paths alone whose section says the one method all its routes take, in the sixty-seventh registry batch
(benchmarks/docs/registry_truth): "All GET, no body." over a Path | Source table with no Method column. Each row is
that method's request on its path (`section_method_tables.py`); a sentence naming two methods, or a table whose first
column holds no coded paths, is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Vehicle API

## Commands

| Method | Path | Notes |
|--------|------|-------|
| GET | `/command/arm` | Arms the vehicle. |
| POST | `/command/goto` | Flies to a point. |

## Telemetry

All GET, no body.

| Path | Source message |
|------|----------------|
| `/telemetry/general` | `VFR_HUD`: speed, heading. |
| `/telemetry/gps` | `GLOBAL_POSITION_INT`: position. |
| `/telemetry/battery` | `SYS_STATUS`: voltage. |
"""


def test_each_row_is_a_request_of_the_method_the_section_says(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("GET", "/command/arm"),
        ("POST", "/command/goto"),
        ("GET", "/telemetry/general"),
        ("GET", "/telemetry/gps"),
        ("GET", "/telemetry/battery"),
    }


def test_a_sentence_naming_two_methods_adds_no_column(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.replace("All GET, no body.", "All GET or POST, as you like."))
    assert ("GET", "/telemetry/gps") not in ops
    assert ("POST", "/telemetry/gps") not in ops


def test_a_table_of_settings_is_left_alone(tmp_path: Path) -> None:
    doc = DOC + "\n## Files\n\nAll GET.\n\n| Path | Role |\n|------|------|\n| `src/app.py` | The app. |\n"
    ops = extracted_operations(tmp_path, doc)
    assert not any(path.startswith("/src") or "app.py" in path for _, path in ops)
