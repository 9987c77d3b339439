"""Tests for poise.store; each runs on SQLite and on PostgreSQL."""
