"""Request sections and route lists of the eighteenth registry batch (benchmarks/docs/registry_truth,
FIRST_CONTACT.md "After first contact (eighteenth batch)"). Each rule is written for the structure a page
uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_PARTS = """\
# Accounts

#### UPDATE ACCOUNT ####
* REQUEST
```
PATCH /api/accounts
```
```javascript
req.setRequestHeader('Authorization', token);
```
```json
{"nickname": "ada", "email": "ada@example.com"}
```
* RESPONSE
```json
{"message": "updated"}
```

#### PURGE ACCOUNTS ####
* REQUEST
```
DELETE /api/all-accounts
```
```json
{"admin_key": "secret"}
```
* RESPONSE
```json
{"message": "purged"}
```
"""


def test_a_one_item_request_list_labels_every_code_block_up_to_the_response_item(tmp_path: Path) -> None:
    """`* REQUEST` over the request line, a header snippet and a JSON object, then `* RESPONSE`: the JSON is the
    request's body, of a PATCH as of a DELETE; what follows `* RESPONSE` is the response."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_PARTS)
    assert params_of(paths["/api/accounts"]["patch"]) == {("nickname", "body"): False, ("email", "body"): False}
    assert params_of(paths["/api/all-accounts"]["delete"]) == {("admin_key", "body"): False}
    assert "message" not in str(paths["/api/accounts"]["patch"].get("requestBody", ""))


PAGE_QUERY_LINES = """\
# Orders

### Expanding references
```
GET http://localhost/api/v1/Orders?expand=buyer
GET http://localhost/api/v1/Orders?expand=buyer&fields=buyer.name

## expanding does not limit the fields
# the expanded fields come with the chosen ones
GET http://localhost/api/v1/Orders?expand=buyer&fields=buyer,total
```
"""


def test_request_lines_with_comment_lines_between_are_each_a_request(tmp_path: Path) -> None:
    """A code block of request lines with `#` comment lines between them is a list of requests, not one raw HTTP
    request whose body is the rest: every line's query names are the route's."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_QUERY_LINES)
    assert list(paths) == ["/api/v1/Orders"]
    assert params_of(paths["/api/v1/Orders"]["get"]) == {("expand", "query"): False, ("fields", "query"): False}
