"""A test-suite snippet calling the test client a test case holds, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): `self.server.get(PREFIX + "/resources/%s/%s" % (rv_user, rv_job), ...)`, the two
values read before from a response's keys (`rv_user = data["user_id"]`). The call is a request like
`client.get(...)`; each `%s` a placeholder named after the key its variable holds. `self.cache.get("/x")` (no
client's name) gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

HELD = """\
# Jobs

Run a job with `POST /api/jobs`.

When debugging a failing test this helps:

```python
data = json_loads(rv.data)
rv_user = data["user_id"]
rv_job = data["job_id"]
rv2 = self.server.get(PREFIX + "/jobs/%s/%s" % (rv_user, rv_job), headers=self.auth_header)
```
"""

NOT_A_CLIENT = """\
# Jobs

Run a job with `POST /api/jobs`.

```python
value = self.cache.get("/jobs/latest")
```
"""


def test_a_test_case_client_call_is_a_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, HELD)
    assert params_of(ops[("GET", "/jobs/{user_id}/{job_id}")]) == {("user_id", "path"): True, ("job_id", "path"): True}


def test_other_attributes_of_self_are_no_client(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_A_CLIENT)) == {("POST", "/api/jobs")}
