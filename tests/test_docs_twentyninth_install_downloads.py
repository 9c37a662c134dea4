"""Install steps beside an API's curl examples, in the twenty-ninth registry batch (benchmarks/docs/registry_truth):
a README that shows its API with curl also shows how to install the server with curl, fetching a release archive
and unpacking it (`curl -L https://downloads.example.org/relay-linux-x64.tar.gz | tar xzvf -`) or a script and
running it (`curl -fsSL https://downloads.example.org/install.sh | sh`). A file fetched to be unpacked or run is
no request to the API; the same curl without the pipe is still read as one."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

PAGE = """\
# Relay

## Usage

```bash
curl https://relay.example.com/status
curl -X POST https://relay.example.com/messages -d '{"text": "hi"}'
```

## Self-hosting

```bash
curl -L https://downloads.example.org/v1.2.0/relay-linux-x64.tar.gz | tar xzvf -
./relay-linux-x64/relay --port 8080
```

Or with the install script:

```bash
curl -fsSL https://downloads.example.org/install.sh | sh
```
"""


def _operations(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return set(extracted_operations(tmp_path, text))


def test_an_archive_or_script_piped_into_tar_or_sh_is_no_route(tmp_path: Path) -> None:
    assert _operations(tmp_path, PAGE) == {("GET", "/status"), ("POST", "/messages")}


def test_a_download_curl_without_the_pipe_is_still_a_request(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE.replace(" | tar xzvf -", ""))
    assert ("GET", "/v1.2.0/relay-linux-x64.tar.gz") in ops or ("GET", "/relay-linux-x64.tar.gz") in ops
