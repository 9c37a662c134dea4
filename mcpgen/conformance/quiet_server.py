"""The mock upstream's HTTP server, quiet about servers under test that hang up (split from `upstream.py`)."""

from __future__ import annotations

import sys
from http.server import ThreadingHTTPServer
from typing import Any


class QuietServer(ThreadingHTTPServer):
    """The mock's HTTP server: a server under test that hangs up before its answer (its own upstream timeout, a
    cancelled call) is seen from the client side, where the harness reports it; the mock prints no traceback for it.
    Any other error in a handler still prints, as `socketserver` does."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):  # BrokenPipeError, ConnectionResetError, ...
            return
        super().handle_error(request, client_address)
