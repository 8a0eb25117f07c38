"""Summaries safe to publish: the figures, small-number suppression, quotes and the words around them."""
