"""Types shared by the services' HTTP models: inputs, and the formats of what the API answers."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from ipp_common.law.bin import InvalidBIN, validate_bin
from ipp_common.law.codes import BIN_PATTERN

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_DATETIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$")


def _iso(pattern: re.Pattern[str], what: str) -> Any:
    def check(v: Any) -> Any:
        if isinstance(v, (date, datetime)):
            return v
        if not isinstance(v, str) or not pattern.match(v):
            raise ValueError(f"must be an ISO 8601 {what}")
        return v
    return BeforeValidator(check)


IsoDate = Annotated[date, _iso(_DATE, "date (YYYY-MM-DD)")]
"""A date written as YYYY-MM-DD; numbers (which pydantic would read as a Unix time) are refused."""
IsoDateTime = Annotated[datetime, _iso(_DATETIME, "date-time")]


def bin_field(v: str) -> str:
    """Validate a BIN inside a pydantic model: the error names the rule (``bin_invalid``)."""
    try:
        return validate_bin(v)
    except InvalidBIN as e:
        raise PydanticCustomError("bin_invalid", "BIN is not valid: {rule}", {"rule": e.rule}) from e


BIN = Annotated[str, AfterValidator(bin_field), Field(json_schema_extra={"pattern": BIN_PATTERN})]
"""A business identification number with a valid check digit."""


DB_INT_MAX = 2**31 - 1
"""The largest value an INTEGER column holds (PostgreSQL): a number sent beyond it is a 422, not a 500."""
DB_BIGINT_MAX = 2**63 - 1
"""The largest value a BIGINT column holds (positions in append-only logs)."""
Year = Annotated[int, Field(ge=1991, le=2100, strict=True)]
"""A calendar year the platform can hold a record for (the Republic's legislation starts in 1991)."""
Version = Annotated[int, Field(ge=0, le=DB_INT_MAX, strict=True)]


DECIMAL_FORM = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$")
"""A decimal written as text in a request: digits with an optional sign and point, no exponent, no spaces."""


class DecimalForm:
    """The last metadata of a request decimal (``Annotated[Decimal, Field(ge=0), DecimalForm()]``): a string
    must be in ``DECIMAL_FORM`` (else ``decimal_format``), and the document's string branch shows that pattern.
    A JSON number is still accepted; amounts should be sent as strings, which are exact."""

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        return core_schema.no_info_before_validator_function(_decimal_form, handler(source))

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        out = handler(schema)
        for branch in out.get("anyOf", []):
            if branch.get("type") == "string":
                branch["pattern"] = DECIMAL_FORM.pattern
        return out


def _decimal_form(v: Any) -> Any:
    if isinstance(v, str) and not DECIMAL_FORM.match(v):
        raise PydanticCustomError("decimal_format", "must be a decimal such as 1000.50 (digits, an optional "
                                  "sign and point; no exponent, no spaces)")
    return v


def _plain_decimal(v: Any) -> Any:
    """A decimal as stored, written without an exponent (a quantity sent as the JSON number 3.3e16 is kept as
    the Decimal ``3.3E+16``; its text in an answer is ``33000000000000000``)."""
    if isinstance(v, (Decimal, int, float)) or (isinstance(v, str) and ("e" in v or "E" in v)):
        try:
            return format(Decimal(str(v)), "f")
        except ArithmeticError:
            return v
    return v


DecimalText = Annotated[str, BeforeValidator(_plain_decimal), Field(pattern=r"^-?[0-9]+(\.[0-9]+)?$",
                                                                     examples=["1000.00"])]
"""An amount or quantity in an answer: a decimal written as a string, never a float."""


def _two_places(v: Any) -> Any:
    return format(Decimal(str(v)).quantize(Decimal("0.01")), "f") if isinstance(v, (Decimal, str, int)) else v


MoneyText = Annotated[str, BeforeValidator(_two_places), Field(pattern=r"^-?[0-9]+\.[0-9]{2}$", examples=["1000.00"])]
"""An amount in tenge (or a percentage) as stored: a string with two decimal places, the same in every answer."""
BinText = Annotated[str, Field(pattern=r"^[0-9]{12}$", examples=["190540001012"])]
"""A BIN in an answer."""
