"""BIN (business identification number) validation.

12 digits: 1-4 YYMM of registration, 5 entity type (4 = resident legal entity, 5 = non-resident,
6 = individual entrepreneur (joint), 7 = ...), 6 attribute, 7-11 serial, 12 check digit.
Check digit: weights 1..11 over the first 11 digits mod 11; if that gives 10, weights 3..11,1,2 mod 11;
10 again means the number is invalid.
"""
from __future__ import annotations

import re

from ipp_common.law.codes import BIN_PATTERN

_W1 = list(range(1, 12))
_W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
_DIGITS = re.compile(BIN_PATTERN)  # ASCII digits only: int() would read any script's digits too


class InvalidBIN(ValueError):
    def __init__(self, value: str, rule: str):
        super().__init__(f"invalid BIN {value!r}: {rule}")
        self.value = value
        self.rule = rule


def check_digit(first11: str) -> int | None:
    """The 12th digit for these 11 digits, or None when no valid BIN can start with them."""
    digits = [int(c) for c in first11]
    c = sum(d * w for d, w in zip(digits, _W1)) % 11
    if c == 10:
        c = sum(d * w for d, w in zip(digits, _W2)) % 11
        if c == 10:
            return None
    return c


def validate_bin(value: str) -> str:
    """Return the BIN if valid, else raise InvalidBIN naming the rule broken."""
    if not isinstance(value, str) or not _DIGITS.match(value):
        raise InvalidBIN(str(value), "must be exactly 12 digits")
    month = int(value[2:4])
    if not 1 <= month <= 12:
        raise InvalidBIN(value, "digits 3-4 must be the month of registration (01-12)")
    expected = check_digit(value[:11])
    if expected is None or expected != int(value[11]):
        raise InvalidBIN(value, "check digit (12th) does not match")
    return value


def is_valid_bin(value: str) -> bool:
    try:
        validate_bin(value)
        return True
    except InvalidBIN:
        return False


def make_bin(yymm: str, entity_type: int, attribute: int, serial: int) -> str:
    """Build a valid BIN (used by fixtures and the simulator). Raises if the serial yields no check digit."""
    first11 = f"{yymm}{entity_type}{attribute}{serial:05d}"
    cd = check_digit(first11)
    if cd is None:
        raise ValueError(f"no valid check digit for {first11}")
    return first11 + str(cd)
