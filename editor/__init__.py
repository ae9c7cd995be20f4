"""Statement Editor: draft public statements and print them as leaflets."""

__version__ = "0.1.0"
