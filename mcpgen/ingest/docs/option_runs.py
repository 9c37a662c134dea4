"""Parameters written as a run of "`name`: what it does" sentences after a label, inside one list item or
paragraph: "**POST** `/completion`: ... *Options:* `prompt`: Provide the prompt ... `temperature`: Adjust the
randomness (default: 0.8). `top_k`: ..." (a README whose list item holds its options as paragraphs, read as
one text). Only the runs under a label that names what the request takes; a run under "Result JSON:" or
"Response:" describes what comes back."""

from __future__ import annotations

import re

_LABEL = re.compile(r"(?:^|\s)(?:\*\*|\*|__|_)(?P<label>[^*_:]{2,40}):(?:\*\*|\*|__|_)(?=\s|$)")
_REQUEST_LABEL = re.compile(r"(?i)^(?:options?|parameters?|params|arguments?|fields?|body|request(?: body)?|inputs?)$")
_PART = re.compile(r"(?i)\b(?:result|response|returns?|output|example|reply|errors?)\b")
_RUN = re.compile(r"(?:^|(?<=[.)\s]))\s*`(?P<name>[A-Za-z_][\w.-]{0,60})`:\s")


def option_runs(text: str) -> list[tuple[str, str]]:
    """(name, description) for each "`name`: ..." of the runs under request labels in `text`."""
    # a run goes on to the next label that names a part of the exchange (not "**Note:**" inside it)
    labels = [m for m in _LABEL.finditer(text) if _REQUEST_LABEL.match(m["label"].strip()) or _PART.search(m["label"])]
    found: list[tuple[str, str]] = []
    for index, label in enumerate(labels):
        if not _REQUEST_LABEL.match(label["label"].strip()):
            continue
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        part = text[label.end() : end]
        runs = list(_RUN.finditer(part))
        if len(runs) < 1 or part[: runs[0].start()].strip():
            continue  # the label's own sentence first: not a run of names
        for at, run in enumerate(runs):
            stop = runs[at + 1].start() if at + 1 < len(runs) else len(part)
            found.append((run["name"], part[run.end() : stop].strip()))
    return found


_ALL_OF = re.compile(
    r"(?i)\b(?:also )?(?:accepts?|takes?|supports?)\s+all (?:of )?the (?:options|parameters|params|arguments|fields)"
    r"\s+(?:of|for|from)\s+`(?:(?:GET|POST|PUT|PATCH|DELETE)\s+)?(?P<path>/[^`\s]*)`"
    r"(?:,?\s+(?:except|but(?: not)?|apart from)\s+(?P<excepted>(?:`[^`]+`(?:\s*,\s*|\s+and\s+|\s+or\s+)?)+))?"
)


def options_of_another(text: str) -> tuple[str, set[str]] | None:
    """ "It also accepts all the options of `/completion` except `stream` and `prompt`": (that path, the
    names excepted)."""
    match = _ALL_OF.search(text)
    if match is None:
        return None
    return match["path"], set(re.findall(r"`([^`]+)`", match["excepted"] or ""))
