"""The HTTP edge: app factory, problem+json, middleware, authentication, outbound clients, resilience."""
