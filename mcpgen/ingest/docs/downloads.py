"""A `curl` that saves a file under its own name, a download rather than a request to an API:

    # download the docker compose configuration:
    curl -O https://raw.githubusercontent.com/owner/project/main/compose.yaml
    curl -LO https://github.com/owner/tool/releases/latest/download/tool-linux-amd64

`-O` (`--remote-name`, also among joined short options: `-LO`, `-fsSLO`) tells curl to write what it fetches to a
file named after the URL's last segment: the command fetches a file to keep (a configuration, a release binary,
a script), an installation step, where an API call prints its answer. Only a plain fetch is read so: a command
that also names a method, sends a body or a form, or sets a header is an API call whose answer is saved.
"""

from __future__ import annotations

import re

_REMOTE_NAME = re.compile(r"^(?:--remote-name(?:-all)?|-(?![XHdFuAowmTeE])[A-Za-z]*O[A-Za-z]*)$")
"""`-O`, `--remote-name`, or short options joined with `-O` among them (not the glued value of `-X`, `-H`, ...)."""
_API_CALL = re.compile(r"^(?:-[XHdF]|--(?:request|header|data\S*|json|form\S*)$)")
"""An option that makes the command an API call: a method, a header, a body or a form."""


def saves_remote_file(words: list[str]) -> bool:
    """Whether the words of a `curl` command (after `curl`) fetch a file to keep under its remote name."""
    options = [word for word in words if word.startswith("-")]
    return any(_REMOTE_NAME.match(word) for word in options) and not any(_API_CALL.match(word) for word in options)


__all__ = ["saves_remote_file"]
