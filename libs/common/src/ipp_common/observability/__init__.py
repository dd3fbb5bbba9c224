"""Tracing, structured logs and metrics."""
