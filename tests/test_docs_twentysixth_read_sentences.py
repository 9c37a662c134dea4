"""Reads stated in sentences, in the twenty-sixth registry batch (benchmarks/docs/registry_truth): a how-to guide
whose routes are paths in code inside sentences, one of them "Send a POST request to `/x`", another "The firmware
version can be read via `/api/device/version`". The read is a GET of that path. The rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

GUIDE = """\
# Device

The device exposes a few maintenance endpoints.

## Version
The firmware version can be read via `/api/device/version`. To update it, see below.

## Update
You can manually trigger an update via `/api/device/update`.

## Restart
Send a POST request to `/api/device/restart` to restart the device.

## Reference
The OpenAPI document can be fetched from `/api/openapi.json`.
"""


def test_a_path_a_sentence_says_can_be_read_via_is_a_get_beside_the_posts_a_guide_states(tmp_path: Path) -> None:
    """ "can be read via `/api/device/version`": GET of that path, beside the POST another sentence states; the
    sentence naming an action ("trigger an update via") and the one about the API's description state nothing."""
    paths = extracted_paths(tmp_path, "device.md", GUIDE)
    assert set(paths["/api/device/version"]) == {"get"}
    assert set(paths["/api/device/restart"]) == {"post"}
    assert "/api/device/update" not in paths
    assert "/api/openapi.json" not in paths
