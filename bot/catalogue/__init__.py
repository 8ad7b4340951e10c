"""Offers, locations and closures from ``content/``, validated with file:line messages."""

from bot.catalogue.centre_calendar import CentreCalendar
from bot.catalogue.issues import CatalogueError, ContentIssue, Severity
from bot.catalogue.loader import LoadResult, load_catalogue
from bot.catalogue.model import BookingMode, Catalogue, Location, MediaKind, Offer, ReviewStatus
from bot.catalogue.schedule import Closure, Occurrence

__all__ = [
    "BookingMode",
    "Catalogue",
    "CatalogueError",
    "CentreCalendar",
    "Closure",
    "ContentIssue",
    "LoadResult",
    "Location",
    "MediaKind",
    "Occurrence",
    "Offer",
    "ReviewStatus",
    "Severity",
    "load_catalogue",
]
