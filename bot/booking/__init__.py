"""Appointments: slots from weekly hours, closures and holidays; race-safe booking; reminders.

``setup.install(ctx)`` plugs it into a running core (see ``FEATURES`` in bot/app.py).
"""
