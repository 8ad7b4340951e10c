"""Offers, locations and closures from ``content/``, validated with file:line messages."""

from bot.catalogue.issues import CatalogueError, ContentIssue, Severity
from bot.catalogue.loader import LoadResult, load_catalogue
from bot.catalogue.model import BookingMode, Catalogue, Location, MediaKind, Offer, ReviewStatus
from bot.catalogue.schedule import BERLIN, Closure, Occurrence

__all__ = [
    "BERLIN",
    "BookingMode",
    "Catalogue",
    "CatalogueError",
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
