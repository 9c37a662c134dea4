"""The one place where anything unexpected while reading a part of a description becomes a diagnostic.

Ingest reads documents written by anyone. A value of a type nobody expected, a structure too deep for
Python's stack, a limit passed: none of these may end a build with a traceback. Each part of a document
(a section, a path item, an operation) is read inside `located(...)`, which turns any exception into an
`error[...]` that names the file and the JSON Pointer of that part; the other parts are still read, so
one run reports every problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from ..diagnostics import Diagnostics, McpgenError
from .limits import LimitExceeded


@contextmanager
def located(diags: Diagnostics, file: str, pointer: str, what: str) -> Iterator[None]:
    """Run the body; an exception in it becomes an error diagnostic at `file#pointer` about `what`."""
    try:
        yield
    except LimitExceeded as exc:
        found = exc.diagnostic
        if not found.file:
            found = found.model_copy(update={"file": file, "pointer": found.pointer or pointer})
        diags.extend([found])
    except McpgenError:
        raise
    except RecursionError:
        diags.error(
            "limit-depth",
            f"{what} nests too deeply to read",
            file=file,
            pointer=pointer,
            hint="lower the nesting of its schemas or $ref chains",
        )
    except Exception as exc:
        detail = str(exc).strip()
        diags.error(
            "ingest-failed",
            f"{what} cannot be read: {type(exc).__name__}{': ' + detail[:200] if detail else ''}",
            file=file,
            pointer=pointer,
            hint="a value here probably has a type the OpenAPI specification does not allow; "
            "if the document is valid, this is a bug in mcpgen",
        )
