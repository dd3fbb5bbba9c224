"""Support for the fast tier of the tests: a service's use cases run in this process (``in_process``)."""
