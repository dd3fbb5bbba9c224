"""A service process: settings, runtime (engine, bus, relay, consumer) and the role runner."""
