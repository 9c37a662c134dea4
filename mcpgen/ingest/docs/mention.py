"""A place where a document names an endpoint (a request line, a raw HTTP request, a curl command, a table row,
an RPC heading), and the key that tells one endpoint from another: its method and its path template."""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import Where
from .requests import Request, Target, path_key


@dataclass
class Mention:
    method: str
    target: Target
    where: Where
    kind: str  # "line", "http", "curl", "table", "rpc"
    request: Request | None = None
    prose: bool = False
    """A request line inside running text (`... with GET /recipes/FishStew?rev=1 ...`), not one of its own."""
    inferred: bool = False
    """The document states no method for it: read from its description, else GET (`path_lists`)."""
    listed: bool = False
    """Read from a code block of paths alone (`_coded_path_list`)."""
    text: str = ""
    """What the document says of it where it names it (a listed call's words after the call)."""
    noted: bool = False
    """Named in a cell of a parameter table (a field's note pointing at the call that makes its value): a
    reference to another operation, never the request of the section it sits in."""
    written: str = ""
    """The path as the document wrote it, before any rule made placeholders of its values (`/users/olssont`)."""

    def __post_init__(self) -> None:
        self.written = self.written or self.target.path


def endpoint_key(mention: Mention) -> tuple[str, str]:
    return mention.method, path_key(mention.target.path)
