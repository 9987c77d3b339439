"""The one API the CLI and the web call; one module per area, each thin over the pure core."""
