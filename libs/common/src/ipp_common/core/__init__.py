"""What every other package of the shared library stands on: a service's settings (and its database URL as
the drivers need it), the pauses of its loops, and which failures are outages to wait out. Imports nothing
else of ``ipp_common``."""
