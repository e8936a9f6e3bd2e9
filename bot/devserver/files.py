"""Files known to the server: uploads from the bot, documents/photos sent by simulated users.

Every file keeps its bytes so tests can read what the bot uploaded (``record.data``) and the bot
can download what a user sent (getFile + ``GET /file/bot<token>/<file_path>``).
"""

from __future__ import annotations

import base64
import itertools
import mimetypes
from dataclasses import dataclass, field
from typing import Any

# Bots may download files up to 20 MB and upload up to 50 MB through the cloud Bot API.
MAX_DOWNLOAD = 20 * 1024 * 1024
MAX_UPLOAD = 50 * 1024 * 1024

# A 1x1 PNG, the default content of simulated photos.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@dataclass
class UploadedFile:
    """A multipart file part as received from the bot."""

    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class FileRecord:
    file_id: str
    file_unique_id: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None
    kind: str = "document"  # document / photo / sticker / ... (decides the file_path folder)
    url: str | None = None  # when the bot sent a file by HTTP URL (not fetched)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def file_size(self) -> int:
        return len(self.data)

    @property
    def file_path(self) -> str:
        ext = ""
        if self.file_name and "." in self.file_name:
            ext = "." + self.file_name.rsplit(".", 1)[1]
        elif self.mime_type:
            ext = mimetypes.guess_extension(self.mime_type) or ""
        return f"{self.kind}s/file_{self.file_unique_id}{ext}"

    def to_document(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        if self.file_name:
            out["file_name"] = self.file_name
        if self.mime_type:
            out["mime_type"] = self.mime_type
        out["file_size"] = self.file_size
        return out

    def to_file(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
            "file_path": self.file_path,
        }


class FileStore:
    def __init__(self) -> None:
        self._by_id: dict[str, FileRecord] = {}
        self._by_path: dict[str, FileRecord] = {}
        self._seq = itertools.count(1)

    def add(
        self,
        data: bytes,
        *,
        file_name: str | None = None,
        mime_type: str | None = None,
        kind: str = "document",
        url: str | None = None,
    ) -> FileRecord:
        n = next(self._seq)
        # Look like Telegram ids (opaque base64url) but stay deterministic for a test run.
        raw = f"{kind}:{n}".encode()
        file_id = "BQACAgIAAxkB" + base64.urlsafe_b64encode(raw + b"\x00" * 12).decode().rstrip("=")
        unique = "AgAD" + base64.urlsafe_b64encode(raw).decode().rstrip("=")
        if mime_type is None and file_name:
            mime_type = mimetypes.guess_type(file_name)[0]
        rec = FileRecord(file_id, unique, data, file_name, mime_type, kind, url)
        self._by_id[file_id] = rec
        self._by_path[rec.file_path] = rec
        return rec

    def get(self, file_id: str) -> FileRecord | None:
        return self._by_id.get(file_id)

    def by_path(self, path: str) -> FileRecord | None:
        return self._by_path.get(path)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._by_id.values())
