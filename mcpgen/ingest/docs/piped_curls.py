"""A shell pipeline of two curl commands: the first fetches a file, the second sends it to the API from stdin.

    curl 'https://raw.example.com/samples/config.yml' | \\
    curl --request POST --data-binary @- --url 'localhost:5000/train?project=test_model'

Each command of a pipeline is a command of its own: the second curl's method, headers and data are not the first's,
and its URL is its own. So a command line is cut at its pipes and each curl in it is read alone. A curl whose output
feeds a curl that reads its data from stdin (`-d @-`, `--data-binary @-`, `-F file=@-`, `-T -`) fetches what is
sent; where it fetches from another host than the one the data goes to (a sample file on a file host), it is a
download, not a request of the API, and is left out. A curl piped into a curl on the same host (one call's answer
sent to another call of the API) is a request of the API as written, and so is a curl piped into anything else
(`| jq .`, `| python -m json.tool`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

_STDIN_DATA = ("@-",)
_UPLOAD = {"-T", "--upload-file"}


def pipeline_commands(words: list[str]) -> list[list[str]]:
    """The commands of a shell pipeline split into words (`|` words between them), in order."""
    commands: list[list[str]] = [[]]
    for word in words:
        if word == "|":
            commands.append([])
        else:
            commands[-1].append(word)
    return [c for c in commands if c]


def _reads_stdin(words: list[str]) -> bool:
    """Whether a curl sends what it reads from stdin: `--data-binary @-`, `-F file=@-`, `-T -`."""
    for index, word in enumerate(words[1:], 1):
        value = words[index + 1] if index + 1 < len(words) else ""
        if word.startswith("-") and (value in _STDIN_DATA or value.endswith("=@-")):
            return True
        if word in _UPLOAD and value == "-":
            return True
    return False


def _host(origin: str) -> str:
    return (urlsplit(origin).hostname or "").lower()


def fetched_for_upload(commands: list[list[str]], index: int, origins: list[str]) -> bool:
    """Whether the curl `commands[index]` downloads a file that the next command, a curl reading stdin, sends to
    another host (`origins`: each command's origin, `https://host:port`, "" where none is written)."""
    if index + 1 >= len(commands):
        return False
    receiver = commands[index + 1]
    if receiver[0] != "curl" or not _reads_stdin(receiver):
        return False
    feeding, target = origins[index], origins[index + 1]
    return bool(feeding and target) and _host(feeding) != _host(target)


__all__ = ["fetched_for_upload", "pipeline_commands"]
