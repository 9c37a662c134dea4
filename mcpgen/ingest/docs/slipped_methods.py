"""An example request whose request line names GET but which sends a body, in the section of a write of the
same route:

    ## PUT /api/things/{thing_id}
    ...
    **Request:**

        GET /api/things/42
        Host: localhost:8080
        {
          title: 'Lamp'
        }

A section headed by one operation shows that operation's example request. When the example's path is a use of
the section's route and it carries a body, yet its request line says GET, the method word is a copy slip (the
example was copied from the GET beside it and its body written in): a GET request sends no body, and the body is
what the section's write takes. So the example is the write's, body and all; the GET of that route, if the
document heads one elsewhere, gains nothing from it. Read only for a raw HTTP example (the request as sent) with
a body, under a POST, PUT or PATCH section whose route the example's path fits.
"""

from __future__ import annotations

from dataclasses import replace

from .mention import Mention
from .templating import example_of

_WRITES = ("POST", "PUT", "PATCH")


def slipped_example(mention: Mention, owner: tuple[str, str] | None) -> bool:
    """Whether `mention`, a GET example request sending a body, is an example of the section's write `owner`."""
    if owner is None or owner[0] not in _WRITES or mention.kind != "http" or mention.method != "GET":
        return False
    request = mention.request
    if request is None or not request.body or not isinstance(request.body, dict):
        return False
    return example_of(replace(mention, method=owner[0]), owner)
