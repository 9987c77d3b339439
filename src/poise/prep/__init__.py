"""The prep layer: story bank, level calibration, coverage, salary and weakness prep, brief, quiz."""
