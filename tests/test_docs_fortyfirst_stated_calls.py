"""What a section's prose states about its one example request, in the forty-first registry batch
(benchmarks/docs/registry_truth): a Plone add-on's README gives each service a heading, its name in emphasis, a
bold method line (`**POST** endpoint that need to be called on a site content.`, `**GET**`) and a console curl
on an example object (`curl -i -X POST http://localhost:8080/site/front-page/@vote`). The bold line is the
writer's statement of the method, so it wins over a curl's `-X` that says otherwise; "called on a <kind>" (an
indefinite article: any object of that kind) makes the concrete segment before the `@service` an example of
that kind, the path parameter `{content}`. A sentence naming one object ("on the context where ...", "on the site
root") keeps the request as written, and a curl with no bold method line keeps its own method."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

STATED = """\
Services
========

Vote
----

*@vote*

**POST** endpoint that need to be called on a site content.

Only voters can post it::

> curl -i -X POST http://localhost:8080/site/front-page/@vote -H 'Accept: application/json' --data-raw '{"vote": "1"}'

Site names
----------

*site-names*

**GET**

Only managers can get it::

> curl -i -X POST http://localhost:8080/site-names -H 'Accept: application/json'
"""

UNSTATED = """\
Services
========

Vote
----

Call it with a POST on the context where the poll is stored::

> curl -i -X POST http://localhost:8080/site/my-poll/@vote -H 'Accept: application/json' --data-raw '{"vote": "1"}'

Site names
----------

Only managers can get it::

> curl -i -X POST http://localhost:8080/site-names -H 'Accept: application/json'
"""


def test_a_bold_method_line_and_a_called_on_kind_decide_the_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, STATED, "README.rst")
    assert ("GET", "/site-names") in ops and ("POST", "/site-names") not in ops, sorted(ops)
    assert ("POST", "/site/{content}/@vote") in ops, sorted(ops)
    params = params_of(ops[("POST", "/site/{content}/@vote")])
    assert params.get(("content", "path")) is True and ("vote", "body") in params, params


def test_one_named_object_and_no_method_line_keep_the_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSTATED, "README.rst")
    assert ("POST", "/site-names") in ops, sorted(ops)
    assert ("POST", "/site/my-poll/@vote") in ops, sorted(ops)
