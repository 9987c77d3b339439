"""Rule kinds, code rules and the engine that runs declared rules over an answer."""
