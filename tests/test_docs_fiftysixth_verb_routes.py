"""Google-style custom methods in the fifty-sixth batch: a verb after a colon on one template
(`POST /v1/{engine}:complete`, `POST /v1/{engine}:stop`), often beside `GET /v1/{engine}` on the bare template,
each route a heading with a curl example under it whose `-d '{...}'` gives the request body. A concrete curl
URL (`.../v1/gpt:stop`) is an example of the route whose template, literal suffix included, it fits, the most
literal one winning: not of the first `:verb` route on the template, nor of the bare template, whose placeholder
would swallow the verb. A curl to the bare template (`.../v1/gpt`) stays with the bare route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

VERBS = """\
# Engine server

A small server that runs text engines.

## API

#### POST /v1/{engine}:complete

Complete a prompt with the engine.

```bash
curl -X POST http://localhost:8080/v1/gpt:complete -H 'Content-Type: application/json' \\
  -d '{"prompt": "Hello", "max_tokens": 16}'
```

#### POST /v1/{engine}:stop

Stop the engine's running job.

```bash
curl -X POST http://localhost:8080/v1/gpt:stop -H 'Content-Type: application/json' \\
  -d '{"job": "abc", "force": true}'
```
"""

BARE = """\
#### GET /v1/{engine}

Describe the engine.

```bash
curl http://localhost:8080/v1/gpt
```

#### PUT /v1/{engine}

Configure the engine.

```bash
curl -X PUT http://localhost:8080/v1/gpt -H 'Content-Type: application/json' -d '{"temperature": 0.5}'
```

"""

ENGINE = {("engine", "path"): True}
COMPLETE = {**ENGINE, ("prompt", "body"): False, ("max_tokens", "body"): False}
STOP = {**ENGINE, ("job", "body"): False, ("force", "body"): False}


def test_each_verb_curl_gives_the_body_of_its_own_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, VERBS)
    assert set(ops) == {("POST", "/v1/{engine}:complete"), ("POST", "/v1/{engine}:stop")}
    assert params_of(ops[("POST", "/v1/{engine}:complete")]) == COMPLETE
    assert params_of(ops[("POST", "/v1/{engine}:stop")]) == STOP


def test_a_bare_template_beside_them_takes_no_verb_curl(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, VERBS.replace("## API\n\n", "## API\n\n" + BARE))
    assert set(ops) == {
        ("GET", "/v1/{engine}"),
        ("PUT", "/v1/{engine}"),
        ("POST", "/v1/{engine}:complete"),
        ("POST", "/v1/{engine}:stop"),
    }
    assert params_of(ops[("POST", "/v1/{engine}:complete")]) == COMPLETE
    assert params_of(ops[("POST", "/v1/{engine}:stop")]) == STOP
    # a curl to the bare template keeps going to the bare route
    assert params_of(ops[("GET", "/v1/{engine}")]) == ENGINE
    assert params_of(ops[("PUT", "/v1/{engine}")]) == {**ENGINE, ("temperature", "body"): False}
