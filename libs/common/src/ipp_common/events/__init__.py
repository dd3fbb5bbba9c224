from ipp_common.events.catalogue import (  # noqa: F401
    CATALOGUE,
    EventSpec,
    addressed_types,
    all_specs,
    event,
    parse_payload,
    spec_for,
    spec_of,
)
