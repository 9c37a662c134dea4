"""Passes over a whole extraction, once every document is read and the base is taken off the routes:

- `one_per_route`: endpoints that came out with the same method and path are one;
- `credential_calls`: a call an authentication section shows a credential used on is a route of the API;
- `captioned_optional`: a caption's optional inputs, and the needed ones its example calls send."""

from __future__ import annotations

from .blocks import Document
from .captioned_optional import captioned_optional
from .credential_calls import credential_calls
from .endpoint import Extraction
from .one_per_route import one_per_route


def finish(extraction: Extraction, docs: list[Document]) -> Extraction:
    return captioned_optional(credential_calls(one_per_route(extraction), docs))


__all__ = ["finish"]
