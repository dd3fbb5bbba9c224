"""The CloudEvents 1.0 envelope and the payload catalogue."""
import uuid
from datetime import UTC, datetime

import pytest
from ipp_common.events import all_specs, spec_for
from ipp_common.events.catalogue import UnknownEventType, parse_payload
from ipp_common.events.envelope import CloudEvent
from ipp_common.events.registry import ApplicationSubmitted


def test_round_trip_keeps_every_attribute_and_the_typed_payload() -> None:
    p = ApplicationSubmitted(application_id=uuid.uuid4(), bin="190540001012", site_ids=["S1"],
                             goods=[{"tnved": "7308909809", "name": "X", "declared_icv_pct": "55.5"}],
                             filed_at=datetime(2026, 11, 25, 10, tzinfo=UTC))
    ev = CloudEvent(source="/ipp/registry", type="registry.application.submitted", subject="s",
                    dataschema=spec_for("registry.application.submitted").dataschema,
                    traceparent="00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                    recipient="190540001012", sequence=3, data=p.model_dump(mode="json"))
    back = CloudEvent.from_bytes(ev.to_bytes())
    assert back == ev
    assert back.specversion == "1.0" and back.datacontenttype == "application/json"
    assert parse_payload(back) == p


def test_catalogue_types_follow_the_naming_rule_and_are_versioned() -> None:
    specs = all_specs()
    assert specs
    for s in specs:
        service, aggregate, verb = s.type.split(".")
        assert service in {"registry", "verification", "contracts", "measures", "notifications"}
        assert s.version >= 1 and s.dataschema.endswith(f":v{s.version}")
        assert s.summary


def test_unknown_type_is_an_error() -> None:
    with pytest.raises(UnknownEventType):
        spec_for("registry.nothing.happened")
