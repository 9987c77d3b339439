"""The web edge: server-rendered pages, an htmx report fragment and a JSON API over the services."""
