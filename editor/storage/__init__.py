"""Statement files: safe YAML loading with positions, canonical writing, atomic saving."""

from editor.storage.atomic import atomic_write
from editor.storage.disk_state import Fingerprint
from editor.storage.errors import (
    ChangedOnDisk,
    CommentsWouldBeLost,
    InvalidStatement,
    SaveFailed,
    StorageError,
    UnreadableFile,
)
from editor.storage.statement_file import LoadedStatement, dumps, load, loads, save

__all__ = [
    "ChangedOnDisk",
    "CommentsWouldBeLost",
    "Fingerprint",
    "InvalidStatement",
    "LoadedStatement",
    "SaveFailed",
    "StorageError",
    "UnreadableFile",
    "atomic_write",
    "dumps",
    "load",
    "loads",
    "save",
]
