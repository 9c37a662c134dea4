"""Emulators for SDK-bound operations: the harness calls them as it calls the mock upstream for HTTP ones.

AWS operations run against moto's server (`moto[server]`), on 127.0.0.1 and an ephemeral port, for the
length of the run; the server under test gets throwaway credentials and `AWS_ENDPOINT_URL`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..ir import BuildPlan

TEST_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "mcpgen-test-key",
    "AWS_SECRET_ACCESS_KEY": "mcpgen-test-secret",
    "AWS_SESSION_TOKEN": "",
    "AWS_REGION": "us-east-1",
}


@dataclass
class Emulator:
    env: dict[str, str] = field(default_factory=dict)
    """What the server under test needs to reach the emulator."""
    missing: str = ""
    """Why SDK-bound operations cannot be checked, or "" when they can."""


@contextmanager
def sdk_emulator(plan: BuildPlan) -> Iterator[Emulator]:
    if not any(t.binding.kind == "sdk" for t in plan.service.tools):
        yield Emulator()
        return
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:
        yield Emulator(missing="AWS operations are checked against moto: pip install 'moto[server]'")
        return
    # the emulator logs each request, and a traceback for each operation it does not implement
    quiet = {name: logging.getLogger(name) for name in ("werkzeug", "moto", "flask.app")}
    levels = {name: logger.level for name, logger in quiet.items()}
    for logger in quiet.values():
        logger.setLevel(logging.CRITICAL)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield Emulator(env={**TEST_CREDENTIALS, "AWS_ENDPOINT_URL": f"http://{host}:{port}"})
    finally:
        server.stop()
        for name, logger in quiet.items():
            logger.setLevel(levels[name])
