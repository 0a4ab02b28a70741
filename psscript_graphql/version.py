"""The installed package version, reported by serverInfo and the CLI."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("psscript-graphql")
except PackageNotFoundError:  # running from a source tree that was never installed
    VERSION = "0.0.0+source"
