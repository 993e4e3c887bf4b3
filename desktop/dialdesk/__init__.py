"""dialdesk: click-to-call for call-center agents."""

__version__ = "0.1.0"
