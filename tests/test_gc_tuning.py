"""ADR 13: a started service keeps what start-up built out of the cyclic collector and collects the
young generation less often."""
from __future__ import annotations

import gc

import pytest
from ipp_common.core.settings import ServiceSettings
from ipp_common.service.runner import tune_gc


@pytest.fixture
def restore_gc():
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_start_up_objects_are_frozen_and_young_threshold_raised(restore_gc):
    settings = ServiceSettings.model_construct(gc_young_threshold=12_345)
    before = gc.get_freeze_count()
    tune_gc(settings)
    assert gc.get_freeze_count() > before
    assert gc.get_threshold()[0] == 12_345


def test_zero_keeps_cpythons_threshold(restore_gc):
    default = gc.get_threshold()
    tune_gc(ServiceSettings.model_construct(gc_young_threshold=0))
    assert gc.get_threshold() == default
