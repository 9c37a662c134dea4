"""One operation stated twice, each time with its own parameter table: two versions of the same request.

    Update resource class
    =====================
    .. rest_method:: PUT /resource_classes/{name}
    Request: | name | path | string | true |

    Update resource class (microversions 1.2 - 1.6)
    ===============================================
    .. rest_method:: PUT /resource_classes/{name}
    Request: | name | path | string | true |
             | name | body | string | true |

A reference that documents a route in two sections, each stating the request line and the table of what that
request takes, documents two forms of one operation (an API version, a microversion range, an older and a newer
shape). The operation takes the union of their parameters, but a field one form's table requires and the other
form's table does not list at all is not required of every call: the other form is called without it. So such a
field is optional in the one operation. Only parameter tables count (a form that lists nothing says nothing of
what it takes), and only tables of the request, not those under a "Response" heading."""

from __future__ import annotations

from collections.abc import Callable

from .blocks import Block, Section
from .endpoint import Endpoint
from .mention import Mention, endpoint_key
from .params import Param, context_location, is_param_table


def restated_requirements(
    sections: list[Section],
    mentions: list[list[Mention]],
    owners: list[tuple[str, str] | None],
    endpoints: dict[tuple[str, str], Endpoint],
    params_in: Callable[[Block], list[Param]],
) -> None:
    """Make optional the fields only some of an operation's restatements list in their request tables."""
    forms: dict[tuple[str, str], list[set[tuple[str, str]]]] = {}
    heads: dict[tuple[str, str], tuple[str, ...]] = {}
    for section, found, owner in zip(sections, mentions, owners, strict=True):
        if owner is None or owner not in endpoints:
            continue
        if any(m.kind == "line" and not m.prose and endpoint_key(m) == owner for m in found):
            forms.setdefault(owner, []).append(set())  # the request line again: another form of the operation
            heads[owner] = section.path
        elif heads.get(owner) != section.path[: len(heads.get(owner, ()))] or owner not in heads:
            continue  # a part not under the heading that stated it last
        if context_location(list(reversed(section.path))) == "response":
            continue
        for block in (b for b in section.blocks if b.kind == "table" and is_param_table(b)):
            forms[owner][-1].update((p.name, p.location) for p in params_in(block) if p.location != "response")
    for key, listed in forms.items():
        tabled = [names for names in listed if names]
        if len(tabled) < 2:
            continue
        for (name, location), param in endpoints[key].params.items():
            some = [(name, location) in names for names in tabled]
            if location != "path" and param.required and any(some) and not all(some):
                param.required = False
