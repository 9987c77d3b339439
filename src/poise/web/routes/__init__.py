"""One router per area: pages (HTML), api (JSON under /api/v1) and health."""
