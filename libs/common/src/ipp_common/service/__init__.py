"""A service process: its runtime (engine, bus, relay, consumer), the role runner and the scheduler of its
platform-wide duties. The top of the shared library: it composes ``http``, ``messaging`` and
``persistence``, none of which imports it."""
