"""A PBX simulator on loopback that speaks the Thulium and Simotel APIs."""

from dialdesk.sandbox.server import (
    DEFAULT_API_KEY,
    DEFAULT_PASSWORD,
    DEFAULT_USER,
    Fault,
    SandboxServer,
)

__all__ = ["DEFAULT_API_KEY", "DEFAULT_PASSWORD", "DEFAULT_USER", "Fault", "SandboxServer"]
