from typing import Literal

SupplierRegisterStatusGroundType0 = Literal[
    "liquidation", "monitoring", "own_request", "reorganization", "software_notice"
]

SUPPLIER_REGISTER_STATUS_GROUND_TYPE_0_VALUES: set[
    SupplierRegisterStatusGroundType0
] = {
    "liquidation",
    "monitoring",
    "own_request",
    "reorganization",
    "software_notice",
}


def check_supplier_register_status_ground_type_0(
    value: str,
) -> SupplierRegisterStatusGroundType0:
    if value in SUPPLIER_REGISTER_STATUS_GROUND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUPPLIER_REGISTER_STATUS_GROUND_TYPE_0_VALUES!r}"
    )
