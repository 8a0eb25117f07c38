"""The facilitator's pages: their own organisation's venues only. English only."""
