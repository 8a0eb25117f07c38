"""The facilitator's workspace: home, the safeguarding queue, typing up answers given in person."""

from consult.web.facilitator import (
    entry_views,
    home_views,
    paper_views,
    redaction_views,
    results_views,
    safeguarding_views,
    venue_views,
)
from consult.web.facilitator.blueprint import bp

__all__ = ["bp", "entry_views", "home_views", "paper_views", "redaction_views", "results_views",
           "safeguarding_views", "venue_views"]
