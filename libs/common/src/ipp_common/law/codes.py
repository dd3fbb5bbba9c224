"""The written forms of the identifiers the law's registers use, in ASCII digits only: a BIN or a goods code
written in another script's digits is another string, one no government information system knows."""
from __future__ import annotations

BIN_PATTERN = r"^[0-9]{12}$"
"""A business identification number (БИН): twelve digits (its check digit: ``law.bin``)."""
TNVED_PATTERN = r"^[0-9]{10}$"
"""A goods code of the EAEU foreign-economic-activity nomenclature (ТН ВЭД): ten digits."""
