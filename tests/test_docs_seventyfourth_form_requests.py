"""A sample-requests page whose POST paragraphs sit inside the `<form method="POST">` that sends them, in the
seventy-fourth registry batch (benchmarks/docs/registry_truth): the paragraph is the request
(`POST /api/course/&lt;course_id&gt;: Create course`) and the form's `<input>` fields are its body
(`form_requests.py`). A field the template renders only under a condition (`{% if mode %}...{% end %}`) is left
out; a form holding no request line of its own method (a search box) is still page chrome."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
<!doctype html>
<html><body>
<h2>Sample uses of the API</h2>
<p>GET <a href="courses">/api/courses</a>: List courses</p>
<form id="form0" action="course/course3" method="POST">
  {% if vngshare %}<input type="hidden" name="user" value="root" />{% end %}
  <input type="hidden" name="instructors" value="[&quot;kevin&quot;]" />
  <p>POST <a href="" onclick="submit()">/api/course/&lt;course_id&gt;</a>: Create course (see HTML form)</p>
</form>
<p>DELETE <u>/api/course/&lt;course_id&gt;</u>: Delete course</p>
<form action="student/course2/kevin" method="POST">
  <input type="hidden" name="first_name" value="kevin_first_name" />
  <input type="hidden" name="email" value="kevin_email" />
  <p>POST <a href="">/api/student/&lt;course_id&gt;/&lt;student_id&gt;</a>: Add course student</p>
</form>
</body></html>
"""

SEARCH = """\
<!doctype html>
<html><body>
<h2>API</h2>
<p>GET /api/courses: List courses</p>
<form action="/search" method="GET">
  <input type="text" name="q" />
  <p>Search the documentation</p>
</form>
<form action="/login" method="POST">
  <input type="text" name="password" />
  <p>GET /api/users: not what this form sends</p>
</form>
</body></html>
"""


def test_a_form_around_its_request_gives_the_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "home.html")
    assert params_of(ops[("POST", "/api/course/{course_id}")]) == {
        ("course_id", "path"): True,
        ("instructors", "body"): False,
    }
    assert params_of(ops[("POST", "/api/student/{course_id}/{student_id}")]) == {
        ("course_id", "path"): True,
        ("student_id", "path"): True,
        ("first_name", "body"): False,
        ("email", "body"): False,
    }
    assert ("DELETE", "/api/course/{course_id}") in ops


def test_a_form_without_its_own_request_is_chrome(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SEARCH, "index.html")
    assert set(ops) == {("GET", "/api/courses")}
    assert params_of(ops[("GET", "/api/courses")]) == {}
