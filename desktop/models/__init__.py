"""Qt table models over the engine's storage dataclasses: the views show, the engine decides."""
