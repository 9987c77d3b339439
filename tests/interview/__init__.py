"""Tests of the mock-interview engine, its services, API and command."""
