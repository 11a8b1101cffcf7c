"""Where a party or a resource is: countries from calling codes and BSUIDs, and the EU Data Boundary."""

from __future__ import annotations

import re

import phonenumbers

# ACS data locations (the resource's "dataLocation") inside the EU Data Boundary: EU and EFTA members.
# The United Kingdom is outside both since 2021.
_EU_EFTA_LOCATIONS = frozenset({"europe", "france", "germany", "norway", "switzerland"})

# A BSUID is `CC.<up to 128 letters and digits>`; a parent BSUID, shared by the portfolios of one managed
# business, puts `ENT.` after the country (`US.ENT.11815799212886844830`). Both name a country the same way.
_BSUID = re.compile(r"([A-Za-z]{2})\.(?:ENT\.)?[A-Za-z0-9]{1,128}")
_DIGITS = re.compile(r"\+?\d{6,15}")


def in_eu_data_boundary(location: str | None) -> bool | None:
    """True/False for a known location, None when the resource's location was not configured."""
    if not location:
        return None
    return location.strip().lower() in _EU_EFTA_LOCATIONS


def country_of_phone(number: str) -> str | None:
    """ISO country of the calling code (+1 counts as US: the code, not the number, is all we read)."""
    if not _DIGITS.fullmatch(number):
        return None
    try:
        parsed = phonenumbers.parse("+" + number.lstrip("+"))
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_country_code(parsed.country_code)
    return None if region in (None, "ZZ", "001") else region


def country_of_bsuid(bsuid: str) -> str | None:
    match = _BSUID.fullmatch(bsuid)
    return match.group(1).upper() if match else None


def is_bsuid(value: str) -> bool:
    return _BSUID.fullmatch(value) is not None
