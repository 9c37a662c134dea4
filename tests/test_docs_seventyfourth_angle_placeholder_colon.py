"""An angle placeholder closing a path before the colon of its description, in the seventy-fourth registry batch
(benchmarks/docs/registry_truth): `DELETE /api/course/<course_id>: Delete course`. The colon ends the path and the
`>` closes the placeholder (`requests.split_target`); trimming trailing punctuation must not take the `>` with
it, which left `/api/course/<course_id` as the route. A path ending in plain punctuation is still trimmed."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Sample uses

GET /api/courses: List courses

DELETE /api/course/<course_id>: Delete course

GET /api/instructor/<course_id>/<instructor_id>: Get course instructor
"""

PLAIN = """\
# Sample uses

GET /api/courses: List courses

GET /api/teachers. Lists teachers.
"""


def test_the_angle_placeholder_keeps_its_close(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("DELETE", "/api/course/{course_id}") in ops
    assert params_of(ops[("GET", "/api/instructor/{course_id}/{instructor_id}")]) == {
        ("course_id", "path"): True,
        ("instructor_id", "path"): True,
    }
    assert not any("<" in path for _, path in ops)


def test_plain_trailing_punctuation_is_still_trimmed(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PLAIN)
    assert ("GET", "/api/courses") in ops
    assert ("GET", "/api/teachers") in ops
