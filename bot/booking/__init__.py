"""Appointments: slots from weekly hours, closures and holidays; race-safe booking; reminders.

``setup.running(core)`` wires it all into a running core (see bot/app.py).
"""
