"""BIN validation (domain.md: 12 digits, YYMM, check digit with weights 1..11, then 3..11,1,2)."""
import pytest
from ipp_common.law.bin import InvalidBIN, check_digit, is_valid_bin, make_bin, validate_bin

SIM_FIXTURES = ["190540001012", "190540001022", "190540001032", "190540001042", "190540001052",
                "190540001062", "190540001072", "190540001082", "190540001092", "190540001101"]


@pytest.mark.parametrize("b", SIM_FIXTURES)
def test_simulator_fixture_bins_are_valid(b: str) -> None:
    assert validate_bin(b) == b


def test_first_pass_check_digit() -> None:
    # 1*1+9*2+0*3+5*4+4*5+0*6+0*7+0*8+1*9+0*10+1*11 = 79; 79 mod 11 = 2
    assert check_digit("19054000101") == 2
    assert is_valid_bin("190540001012")


def test_second_pass_when_first_gives_ten() -> None:
    # first pass: 109 mod 11 = 10 -> weights 3..11,1,2: 102 mod 11 = 3
    assert check_digit("19054000050") == 3
    assert is_valid_bin("190540000503")


def test_no_valid_digit_when_both_passes_give_ten() -> None:
    assert check_digit("19054000059") is None
    for last in "0123456789":
        assert not is_valid_bin("19054000059" + last)
    with pytest.raises(ValueError):
        make_bin("1905", 4, 0, 59)


@pytest.mark.parametrize("bad,rule", [("19054000101", "exactly 12 digits"), ("1905400010123", "exactly 12 digits"),
                                      ("19054000101A", "exactly 12 digits"), ("191340001012", "month"),
                                      ("190040001012", "month"), ("190540001013", "check digit"),
                                      # a valid BIN written in Arabic-Indic and in full-width digits
                                      ("١٩٠٥٤٠٠٠١٠١٢", "exactly 12 digits"), ("１９０５４０００１０１２", "exactly 12 digits")])
def test_invalid_bins_name_their_rule(bad: str, rule: str) -> None:
    with pytest.raises(InvalidBIN) as e:
        validate_bin(bad)
    assert rule in e.value.rule
