"""The Kazakhstan working-day calendar: terms in working days skip weekends and public holidays with their
observed (moved) days; terms in calendar days ending on a day off move to the next working day."""
from datetime import date

from ipp_common.law.calendar import add_calendar_days, add_working_days, is_working_day, working_days_between


def test_public_holidays_and_weekends_are_not_working_days() -> None:
    assert not is_working_day(date(2026, 3, 23))   # Nauryz
    assert not is_working_day(date(2026, 3, 24))   # Nauryz, moved from the weekend
    assert not is_working_day(date(2026, 12, 16))  # Independence Day
    assert not is_working_day(date(2026, 3, 28))   # Saturday
    assert is_working_day(date(2026, 3, 26))


def test_one_working_day_after_friday_before_nauryz_is_thursday() -> None:
    assert add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)


def test_art_51_5_thirty_working_days_across_may_holidays() -> None:
    # Excluded on Fri 24 Apr 2026: skipping 1 May, 7 May, 11 May (Victory Day moved), 27 May (Kurban ait)
    assert add_working_days(date(2026, 4, 24), 30) == date(2026, 6, 11)
    assert working_days_between(date(2026, 4, 24), date(2026, 6, 11)) == 30


def test_calendar_term_ending_on_holiday_moves_to_next_working_day() -> None:
    assert add_calendar_days(date(2026, 12, 6), 10) == date(2026, 12, 17)
    assert add_calendar_days(date(2026, 11, 1), 30) == date(2026, 12, 1)


def test_zero_working_days_is_the_same_day() -> None:
    assert add_working_days(date(2026, 5, 9), 0) == date(2026, 5, 9)


def test_decreed_transfers_sunday_5_january_2025_was_a_working_day() -> None:
    """Resolution No. 436 of 2024 moved the day off from Sunday 5 to Friday 3 January 2025."""
    assert not is_working_day(date(2025, 1, 3))
    assert is_working_day(date(2025, 1, 5))
    assert is_working_day(date(2024, 5, 4)) and not is_working_day(date(2024, 5, 8))  # No. 109 of 2024


def test_art_51_4_working_day_deadline_across_a_decreed_transfer() -> None:
    # Notice served on Thu 2 Jan 2025 (a holiday itself): 3 Jan is off, Sat 4 is off, Sun 5 is worked.
    assert add_working_days(date(2025, 1, 1), 1) == date(2025, 1, 5)
    assert add_working_days(date(2025, 1, 1), 2) == date(2025, 1, 6)
    assert working_days_between(date(2025, 1, 1), date(2025, 1, 8)) == 3  # 5, 6, 8 (7 Jan is Christmas)


def test_every_transfer_names_its_decree_and_every_year_to_2027_was_checked() -> None:
    import json
    from pathlib import Path

    import ipp_common
    raw = json.loads((Path(ipp_common.__file__).parent / "data" / "kz_day_transfers.json").read_text())
    assert {2024, 2025, 2026, 2027} <= set(raw["years_checked"])
    for entry in raw["extra_days_off"] + raw["working_weekend_days"]:
        assert "Resolution of the Government" in entry["decree"], entry
    for entry in raw["working_weekend_days"]:
        assert date.fromisoformat(entry["date"]).weekday() >= 5, entry
