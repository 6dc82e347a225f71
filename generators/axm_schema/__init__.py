"""axm-schema: the machine-readable source of truth for Apple's School and Business Manager API."""

__version__ = "0.1.0"
