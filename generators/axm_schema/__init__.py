"""axm-schema: the machine-readable source of truth for Apple's School and Business Manager API."""

from axm_schema.checker import Finding, validate

__all__ = ["Finding", "__version__", "validate"]
__version__ = "0.1.0"
