"""Money in one currency: an amount converted at the fixed reference rates of
content/fit/currencies.yaml before it is compared with an amount in another currency, and the
way a converted figure is written beside the candidate's own ("€22M (about £19M)").

Conversion happens only when both amounts name a currency the rates know. A bare "$" is read as
US dollars by the amount reader, but an Australian advert or a New Zealand résumé writes its own
dollar the same way, so between US dollars and another dollar nothing is converted: the amounts
are compared as written, as before there were rates.
"""

from __future__ import annotations

from poise.content.schema import FitCurrenciesFile
from poise.fit.quantities import money

DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD"})
"""Currencies written with a "$" of their own: a bare "$" may stand for any of them."""


def rate_between(source: str, target: str, rates: FitCurrenciesFile) -> float:
    """What one unit of ``source`` is worth in ``target``: 1.0 for the same currency, or when
    either is unsaid or unknown to the rates (the amounts are compared as written)."""
    if not source or not target or source == target:
        return 1.0
    if "USD" in (source, target) and source in DOLLARS and target in DOLLARS:
        return 1.0  # a bare "$" may be this dollar (see the module's note)
    source_rate, target_rate = rates.rates.get(source), rates.rates.get(target)
    if source_rate is None or target_rate is None:
        return 1.0
    return source_rate / target_rate


def converted(value: float, source: str, target: str, rates: FitCurrenciesFile) -> float:
    """``value`` in ``source`` expressed in ``target`` (unchanged unless both are known)."""
    return value * rate_between(source, target, rates)


def is_converted(source: str, target: str, rates: FitCurrenciesFile) -> bool:
    """True when an amount in ``source`` changes its figure on the way to ``target``."""
    return rate_between(source, target, rates) != 1.0


def in_reference(value: float, currency: str, rates: FitCurrenciesFile) -> float:
    """``value`` in the reference currency, for ranking amounts in several currencies; an
    amount with no currency, or one the rates do not know, is taken as written."""
    return converted(value, currency, rates.reference, rates) if currency else value


def money_beside(value: float, source: str, target: str, rates: FitCurrenciesFile) -> str:
    """The amount in its own currency and, when ``target`` differs and both are known, about
    what it comes to in ``target``: "€22M (about £19M)"."""
    own = money(value, source)
    if not is_converted(source, target, rates):
        return own
    return f"{own} (about {money(converted(value, source, target, rates), target)})"
