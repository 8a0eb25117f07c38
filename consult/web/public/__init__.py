"""Public pages: the landing page at /. Bilingual."""
