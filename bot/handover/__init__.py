"""Handing a person over to a human mediator: team, cases, relay in both directions, outbox."""
