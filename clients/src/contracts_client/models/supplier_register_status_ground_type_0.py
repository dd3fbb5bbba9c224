from typing import Literal

SupplierRegisterStatusGroundType0 = Literal[
    "appeal",
    "application",
    "liquidation",
    "monitoring",
    "own_request",
    "reorganization",
    "software_notice",
    "wholly_produced",
]

SUPPLIER_REGISTER_STATUS_GROUND_TYPE_0_VALUES: set[
    SupplierRegisterStatusGroundType0
] = {
    "appeal",
    "application",
    "liquidation",
    "monitoring",
    "own_request",
    "reorganization",
    "software_notice",
    "wholly_produced",
}


def check_supplier_register_status_ground_type_0(
    value: str,
) -> SupplierRegisterStatusGroundType0:
    if value in SUPPLIER_REGISTER_STATUS_GROUND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUPPLIER_REGISTER_STATUS_GROUND_TYPE_0_VALUES!r}"
    )
