"""A URL grammar stated in a sentence whose last placeholder a bullet list enumerates, in the forty-ninth registry
batch (benchmarks/docs/registry_truth): "The API endpoint is `/api/v1/<host>/<command>`, always `GET`", then
"The available `<commands>` are." over bare words, and a block of the concrete URLs with a host filled in. Each
listed word is a route of its own with the sentence's method, the grammar is none, and the concrete URLs are its
examples (a longer one, `.../logs/<count>`, a member's deeper route). A list of words whose lead-in does not name
the placeholder (the values of a response) gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# relayd

## API

Each configured host can be driven over HTTP.

The API endpoint is `/api/v1/<host>/<command>`, always `GET`, and it answers with a JSON object.

The `<host>` is the label of a section of the config file, for example `edge`.

{lead}

* wake
* sleep
* logs

For the `wake` command, the possible answers are.

* awake
* busy
* missing

By default `/api/v1/<host>/logs` gives 50 lines. Ask for another count this way.

```
/api/v1/<host>/logs/300
```

With the config above, the valid URLs are.

```
http://127.0.0.1:7000/api/v1/edge/wake
http://127.0.0.1:7000/api/v1/edge/sleep
http://127.0.0.1:7000/api/v1/edge/logs
http://127.0.0.1:7000/api/v1/edge/logs/<count>
```
"""


def test_each_listed_word_is_a_route_of_the_grammar(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(lead="The available `<commands>` are."))
    assert set(ops) == {
        ("GET", "/api/v1/{host}/wake"),
        ("GET", "/api/v1/{host}/sleep"),
        ("GET", "/api/v1/{host}/logs"),
        ("GET", "/api/v1/{host}/logs/{count}"),
    }
    assert params_of(ops[("GET", "/api/v1/{host}/sleep")]) == {("host", "path"): True}
    assert params_of(ops[("GET", "/api/v1/{host}/logs/{count}")]) == {("host", "path"): True, ("count", "path"): True}


def test_a_list_not_led_in_by_the_placeholder_gives_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(lead="The commands below are handy."))
    assert ("GET", "/api/v1/{host}/wake") not in ops
    assert ("GET", "/api/v1/{host}/awake") not in ops
    assert not any(path.endswith(("/awake", "/busy")) for _, path in ops)
