"""Spoken answers (pure core): the timed transcript, and delivery measures over its word timestamps."""

from poise.voice.measures import measure_delivery
from poise.voice.model import DeliveryFinding, DeliveryReport, Recording, Span, Word

__all__ = ["DeliveryFinding", "DeliveryReport", "Recording", "Span", "Word", "measure_delivery"]
