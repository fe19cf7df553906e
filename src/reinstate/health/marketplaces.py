"""Amazon marketplace ids, their country codes and Selling Partner API regions.

Source: https://developer-docs.amazon.com/sp-api/docs/marketplace-ids and
https://developer-docs.amazon.com/sp-api/docs/sp-api-endpoints
"""

from __future__ import annotations

from reinstate.errors import ReinstateError

# marketplace id -> (country code used by the case ledger, region)
MARKETPLACE_IDS: dict[str, tuple[str, str]] = {
    "A2EUQ1WTGCTBG2": ("CA", "na"),
    "ATVPDKIKX0DER": ("US", "na"),
    "A1AM78C64UM0Y8": ("MX", "na"),
    "A2Q3Y263D00KWC": ("BR", "na"),
    "A28R8C7NBKEWEA": ("IE", "eu"),
    "A1RKKUPIHCS9HS": ("ES", "eu"),
    "A1F83G8C2ARO7P": ("UK", "eu"),
    "A13V1IB3VIYZZH": ("FR", "eu"),
    "AMEN7PMS3EDWL": ("BE", "eu"),
    "A1805IZSGTT6HS": ("NL", "eu"),
    "A1PA6795UKMFR9": ("DE", "eu"),
    "APJ6JRA9NG5V4": ("IT", "eu"),
    "A2NODRKZP88ZB9": ("SE", "eu"),
    "AE08WJ6YKNBMC": ("ZA", "eu"),
    "A1C3SOZRARQ6R3": ("PL", "eu"),
    "ARBP9OOSHTCHU": ("EG", "eu"),
    "A33AVAJ2PDY3EV": ("TR", "eu"),
    "A17E79C6D8DWNP": ("SA", "eu"),
    "A2VIGQ35RCS4UG": ("AE", "eu"),
    "A21TJRUUN4KGV": ("IN", "eu"),
    "A19VAU5U5O7RUS": ("SG", "fe"),
    "A39IBJ37TRP1C6": ("AU", "fe"),
    "A1VC38T7YXB528": ("JP", "fe"),
}

REGIONS: dict[str, str] = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}

# The marketplace asked for when the user names none at login.
DEFAULT_MARKETPLACE = {"na": "ATVPDKIKX0DER", "eu": "A1PA6795UKMFR9", "fe": "A1VC38T7YXB528"}

_BY_COUNTRY = {country: mid for mid, (country, _) in MARKETPLACE_IDS.items()}
_BY_COUNTRY["GB"] = _BY_COUNTRY["UK"]


def country_of(marketplace_id: str, *, origin: str | None = None) -> str:
    """The country code of a marketplace id; an unknown id is an input error."""
    found = MARKETPLACE_IDS.get(marketplace_id)
    if found is None:
        raise ReinstateError(
            "health_unknown_marketplace",
            path=origin,
            marketplace_id=marketplace_id,
        )
    return found[0]


def marketplace_id_of(value: str) -> str:
    """A marketplace id from an id or a country code (US, DE, JP...)."""
    if value in MARKETPLACE_IDS:
        return value
    mid = _BY_COUNTRY.get(value.upper())
    if mid is None:
        raise ReinstateError("health_unknown_marketplace", marketplace_id=value)
    return mid


def region_of(marketplace_id: str) -> str:
    return MARKETPLACE_IDS[marketplace_id][1]
