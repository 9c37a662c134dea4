"""A list of what can be read where, in the thirty-fourth registry batch (benchmarks/docs/registry_truth): after
"More fields are only available in the detailed views. For example:", items such as "Orders lines with
`/api/v2/orders/<id>`" and "Customer notes with `/api/v2/customers/<id>` or `/api/v2/recentcustomers`". Each item
names the data and the paths that give it; pointing a reader at a path to see something is a read, GET. A list of
files on a disk under the same kind of lead-in, or items naming a method, gives no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

AVAILABLE = """\
Shop API
========

The API serves the objects of the shop: orders, customers and their notes.

More fields are only available in the detailed views. For example:

- Orders lines with ``/api/v2/orders/<id>``
- Customer notes with ``/api/v2/customers/<id>`` or ``/api/v2/recentcustomers``
- Invoice content with ``/api/v2/invoices/<id>``
"""


def test_items_pointing_at_paths_for_what_is_available_are_reads(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, AVAILABLE, "api.rst")
    assert set(ops) == {
        ("GET", "/api/v2/orders/{id}"),
        ("GET", "/api/v2/customers/{id}"),
        ("GET", "/api/v2/recentcustomers"),
        ("GET", "/api/v2/invoices/{id}"),
    }
    assert params_of(ops[("GET", "/api/v2/orders/{id}")]) == {("id", "path"): True}


FILES = """\
Shop server
===========

The settings of the server are available in these files, for example:

- Database settings in ``/etc/shop/db.conf``
- Logs in ``/var/log/shop``

Other notes on the shop can be found here:

- Orders are written with ``POST`` to ``/api/v2/orders``
- Customers at ``/api/v2/customers``
"""


def test_files_on_a_disk_and_items_naming_a_method_are_no_reads(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FILES, "api.rst")
    assert not [key for key in ops if key[0] == "GET"]  # (the POST its item says is other rules' to read)
