"""Dated reference data: MRP of the right year (including a mid-year change) and thresholds that are
multiples of it (Art. 49: contract procurement above 500,000 MRP)."""
from datetime import date
from decimal import Decimal

import pytest
from ipp_common.law.refdata import ReferenceData, ReferenceDataMissing, reference_data


def test_mrp_changes_mid_year_2022() -> None:
    ref = reference_data()
    assert ref.mrp(date(2022, 3, 31)) == 3063
    assert ref.mrp(date(2022, 4, 1)) == 3180
    assert ref.mrp(date(2026, 11, 25)) == 4325


def test_art_49_offset_threshold_in_tenge_uses_the_years_mrp() -> None:
    ref = reference_data()
    for year, expected in ((2025, 500_000 * 3932), (2026, 500_000 * 4325)):
        d = date(year, 6, 1)
        assert ref.value_on("offset_threshold_mrp", d) * ref.mrp(d) == expected


def test_value_before_any_entry_is_missing_not_guessed() -> None:
    with pytest.raises(ReferenceDataMissing):
        reference_data().mrp(date(2019, 1, 1))


def test_effective_to_closes_a_value() -> None:
    ref = ReferenceData({"x": [{"value": "1.5", "effective_from": "2024-01-01", "effective_to": "2024-07-01"},
                               {"value": "2", "effective_from": "2024-09-01"}]})
    assert ref.value_on("x", date(2024, 6, 30)) == Decimal("1.5")
    with pytest.raises(ReferenceDataMissing):
        ref.value_on("x", date(2024, 8, 1))
    assert ref.value_on("x", date(2025, 1, 1)) == Decimal("2")


def test_every_entry_names_its_legal_basis() -> None:
    ref = reference_data()
    for key in ref.keys():
        assert all(v.basis for v in ref.series(key)), key
