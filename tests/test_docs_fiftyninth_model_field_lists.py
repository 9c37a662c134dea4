"""A request body named by its model on the route's line, in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): a bullet `` `POST /jobs` - Submit a job (body: JobSubmission) `` and, elsewhere on
the page, "**JobSubmission Fields:**" over a list of `` `name` (type): description `` items. Each listed name is a
top-level body field of that route; fields typed `Optional[...]` may be left out and, since the list marks some,
the others must be sent. A route naming its answer's model, a label naming another model, and a model named on a
GET line give no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Job Runner

## Concepts

**JobSpec Fields:**
- `command` (str): The command to run
- `timeout` (Optional[int]): Seconds before the job is stopped

**JobSubmission Fields:**
- `spec` (JobSpec): What to run
- `queue_name` (Optional[str]): Queue to put the job on
- `priority` (int | None): Higher runs sooner

## API Endpoints

- `GET /jobs/{job_id}` - Get a job (returns: JobSpec)
- `POST /jobs` - Submit a job (body: JobSubmission)
- `POST /jobs/{job_id}/cancel` - Cancel a job (response: JobSpec)
- `POST /jobs/{job_id}/retry` - Retry a job (body: RetryOptions)
"""


def test_listed_model_fields_are_the_named_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    params = params_of(ops[("POST", "/jobs")])
    assert params[("spec", "body")] is True
    assert params[("queue_name", "body")] is False
    assert params[("priority", "body")] is False
    assert ("command", "body") not in params


def test_answer_models_and_unlisted_models_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert not [k for k in params_of(ops[("POST", "/jobs/{job_id}/cancel")]) if k[1] == "body"]
    assert not [k for k in params_of(ops[("POST", "/jobs/{job_id}/retry")]) if k[1] == "body"]
    assert set(params_of(ops[("GET", "/jobs/{job_id}")])) == {("job_id", "path")}
