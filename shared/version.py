"""The one place that names the product's version and its sync protocol version."""

from __future__ import annotations

__version__ = "0.1.0"

#: Protocol version this build speaks; every request carries it.
PROTOCOL_VERSION = 1
#: Oldest client protocol the server still answers (the previous version, once there is one).
MIN_PROTOCOL_VERSION = 1
