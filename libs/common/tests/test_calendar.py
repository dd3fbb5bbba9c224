"""The Kazakhstan working-day calendar: terms in working days skip weekends and public holidays with their
observed (moved) days; terms in calendar days ending on a day off move to the next working day."""
from datetime import date

from ipp_common.calendar import add_calendar_days, add_working_days, is_working_day, working_days_between


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
