"""Messaging: the CloudEvents envelope, the bus on RabbitMQ, the outbox relay, the idempotent consumer
and the dead-letter queues."""
