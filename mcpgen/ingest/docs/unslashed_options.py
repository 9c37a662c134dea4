"""A curl command whose options go on after a line break the writer did not escape:

    $ curl -H "Content-Type: application/json" -X POST http://localhost:5000/api/vms
    -d '{"ip": "10.0.2.4", "name": "VM1"}'

A line of a shell example that starts with an option (`-d`, `--data`, `-H`) is no command of its own: no program
is named `-d`. Right under a curl command it is that command's continuation, with the backslash left out, and
the request sends what it says (here the `-d` body). Only lines that start with a dash and follow a curl line, or
a line already joined to one, are joined; a blank line or any other line ends the command.
"""

from __future__ import annotations

import re

_OPTION = re.compile(r"^\s*-{1,2}[A-Za-z][\w-]*(?:\s|=|$)")
_CURL = re.compile(r"^\s*(?:[\w.@~:-]*[>$%#])?\s*curl\s")


def joined_option_lines(lines: list[str]) -> list[str]:
    """The lines with each option line under a curl command joined to it (see the module)."""
    joined: list[str] = []
    open_curl = False
    for line in lines:
        if open_curl and joined and _OPTION.match(line):
            joined[-1] = f"{joined[-1]} {line.strip()}"
            continue
        joined.append(line)
        open_curl = bool(_CURL.match(line))
    return joined


__all__ = ["joined_option_lines"]
