"""Rules read once the whole page's routes are known: what one route's examples or a page-wide note give others."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .and_or_updates import and_or_updates
from .appended_queries import appended_queries
from .blocks import Document
from .captioned_obligations import captioned_obligations
from .defaulted_fields import defaulted_fields
from .described_fields import described_fields
from .endpoint import Endpoint
from .fields_below import fields_below
from .inline_requests import inline_requests
from .method_body_lists import method_body_lists
from .params import Param
from .partial_updates import partial_updates
from .payload_calls import payload_calls
from .request_model_fields import request_model_fields
from .required_bodies import required_bodies
from .reused_rows import reused_rows
from .route_groups import route_groups
from .route_uses import route_uses
from .row_flags import row_flags
from .shared_inline_queries import shared_inline_queries
from .shared_query_strings import shared_query_strings
from .summary_inputs import summary_inputs
from .supplied_fields import supplied_fields
from .told_uses import told_uses
from .update_lists import update_lists


def page_wide(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """A PATCH taking its PUT's fields (`partial_updates`); a query argument the page says to append to the URL
    (`appended_queries`); the fields a page describes one by one, on the requests that send their resource
    (`described_fields`); the query a sentence opens a listed route with (`route_uses`); a body in parentheses
    after a coded request line and `&name=` arguments appended to its query (`inline_requests`); the keyword
    arguments of a client call the page says takes the server's payload (`payload_calls`); the creating
    request's fields an update's description joins by "and/or" (`and_or_updates`); the coded names a request's
    prose says are supplied (`supplied_fields`); the query flags a route table's row names in code, clause by clause
    (`row_flags`); the fields a row points to below, named as its resource's (`fields_below`); the query names a
    sentence gives a group of routes it names by their paths (`route_groups`); the query of a coded use of a route the
    text bids be made (`told_uses`); the field a rule says the requests of operations it names by their captions must
    carry (`captioned_obligations`); the names a route's own section gives a default (`defaulted_fields`); a query
    coded inline that all endpoints accept (`shared_inline_queries`); the inputs a row's description names
    (`summary_inputs`); a request model's dotted field a sentence names beside a route's path
    (`request_model_fields`); the body fields a sentence in a section of no route lists for one method's requests
    (`method_body_lists`); a creating request's fields an update's description lists after "to update"
    (`update_lists`); the body fields a sentence beside a coded request line says are required
    (`required_bodies`)."""
    docs, endpoints = list(docs), list(endpoints)
    partial_updates(endpoints, add)
    and_or_updates(endpoints, add)  # "Update profile ref_audio and/or ref_text"
    update_lists(endpoints, add)  # "a PUT request to update `text`, `author` and `website`" (`POST /new`'s fields)
    supplied_fields(endpoints, add)  # "plus a supplied `prompt_wav_path` and matching `prompt_text`"
    appended_queries(docs, endpoints, add)
    shared_query_strings(docs, endpoints, add)  # "all endpoints (except `/x`) ... the query string:" ```?a=1&b=2```
    shared_inline_queries(docs, endpoints, add)  # "All endpoints accept `?workspace=` parameter."
    described_fields(docs, endpoints, add)
    route_uses(docs, endpoints, add)
    told_uses(docs, endpoints, add)  # "use `/magnitudes?session_id=…&include=x` instead"
    route_groups(docs, endpoints, add)  # "The list endpoints (`/a`, `/b`) accept `limit` and `offset` query ..."
    row_flags(docs, endpoints, add)  # `GET /x`, `GET /x/<id>` | "every one; by id, ..., or `?all`"
    fields_below(docs, endpoints, add)  # "any of the fields below", then "the supplier's `iban`"
    inline_requests(docs, endpoints, add)
    required_bodies(docs, endpoints, add)  # `POST /x`: "A json body with the url parameter is required: {...}"
    payload_calls(docs, endpoints, add)
    defaulted_fields(endpoints, add)  # `POST /x` section: "`fill_data` 默认关闭" (is off by default)
    captioned_obligations(docs, endpoints, add)  # `POST /x`: 下单, then "下单和撤单请求还必须携带 `live = true`"
    reused_rows(endpoints, add)  # "| all currently supported `txt2img` fields | same as above | Reused |"
    summary_inputs(docs, endpoints, add)  # "| `/api/workspaces` | POST | Register a workspace (name, path) |"
    request_model_fields(docs, endpoints, add)  # "``RecallRequest.conversation_id`` scopes ``/v1/memories/recall``"
    method_body_lists(docs, endpoints, add)  # "The server accepts the following arguments in a POST request body:"
