"""A curl command whose URL opens a quote that never closes:

    curl -X GET \\
      'http://127.0.0.1:8000/v1/jobs \\
      -H 'accept: application/json'

A shell would read the URL and the options after it as one word up to the next quote; the writer meant the URL
alone, as every other curl of the page shows (`'http://127.0.0.1:8000/v1/jobs/1/logs' \\`). A URL cannot hold a
blank, so the quote that opens right before the URL ends where the URL does, at the first blank: the command is
then split into its words as written (`-H`, `accept: application/json`). Read only where the command as written
does not split (its quotes are unbalanced) and the URL's text is followed by a blank before any quote.
"""

from __future__ import annotations

import re
import shlex

_OPENED_URL = re.compile(r"(?<=\s)(?P<quote>['\"])(?P<url>(?:https?://|/)[^\s'\"]+)(?=\s)")


def closed_url_quote(command: str) -> str:
    """The command with the quote opened before its URL closed after it, where the quotes as written do not
    balance (unchanged otherwise)."""
    try:
        shlex.split(command)
    except ValueError:
        return _OPENED_URL.sub(lambda m: m["quote"] + m["url"] + m["quote"], command, count=1)
    return command
