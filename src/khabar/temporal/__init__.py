"""Time expressions in news text (Arabic, English) resolved against the publication date."""

from khabar.temporal.find import FORMS, TimeExpr, find_dates, resolve_weekday

__all__ = ["FORMS", "TimeExpr", "find_dates", "resolve_weekday"]
