"""Measures tables. The business tables arrive with the measures issue; today the service keeps the platform
tables and its projection of register membership."""
import sqlalchemy as sa

from ipp_common.db import PLATFORM_TABLES
from ipp_common.projections import RegisterMembership

TABLES = [*PLATFORM_TABLES, RegisterMembership.__table__]
metadata = sa.MetaData()
for _t in TABLES:
    _t.to_metadata(metadata)
