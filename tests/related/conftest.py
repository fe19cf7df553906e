from __future__ import annotations

from typing import Any

import pytest

FAMILY: list[dict[str, Any]] = [
    {
        "id": "A1",
        "status": "suspended",
        "legal_name": "深圳市華麗貿易有限公司",
        "email": "Owner+amz@Example.com",
        "bank_account": "DE89 3704 0044 0532 0130 00",
    },
    {
        "id": "A2",
        "legal_name": "Bright Star Trading Co. Ltd",
        "phone": "+86 138 0013 8000",
        "bank_account": "de89370400440532013000",
        "business_address": "Room 1203, 88 Keyuan Road, Shenzhen 518057",
    },
    {
        "id": "A3",
        "legal_name": "Blue Ocean Imports LLC",
        "phone": "13800138000",
        "ip": "198.51.100.9",
    },
    {"id": "A4", "legal_name": "Quiet Harbor Goods Inc.", "ip": "198.51.100.9"},
    {
        "id": "B1",
        "legal_name": "Unrelated Crafts GmbH",
        "email": "hello@unrelated.example",
        "business_address": "Hauptstrasse 5, 10115 Berlin",
    },
    {
        "id": "C1",
        "legal_name": "Lumen Outdoor Ltd",
        "business_address": "4410 Riverside Drive, Burbank 91505",
    },
    {
        "id": "C2",
        "legal_name": "Northwind Supplies Ltd",
        "business_address": "4410 Riversde Dr, Burbank 91505",
    },
]


@pytest.fixture
def family() -> list[dict[str, Any]]:
    return [dict(r) for r in FAMILY]
