"""A script's new content from `content` (text) or `file` (an Upload, GraphQL multipart request spec)."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import UploadFile
from strawberry.file_uploads import Upload

from psscript_graphql.core.errors import DomainError, bad_input
from psscript_graphql.scripts.encodings import UPLOAD_MAX_BYTES, UTF_8, decode_script_file
from psscript_graphql.scripts.errors import ScriptErrorCode as Code
from psscript_graphql.scripts.limits import check_content

FILE_DOC = (
    "The content as a file instead of `content`: send the request as multipart/form-data (GraphQL multipart "
    "request spec) with an `Apollo-Require-Preflight: true` header. UTF-8 with or without a BOM, or UTF-16 LE/BE "
    "with a BOM; anything else is INVALID_ENCODING. The text must meet the limits of `content`."
)


@dataclass(frozen=True)
class NewContent:
    text: str
    encoding: str


async def new_content(content: str | None, file: Upload | None, *, required: bool) -> NewContent | None:
    """The text and its encoding; None when neither is given and content is optional (update)."""
    if content is not None and file is not None:
        raise DomainError(Code.CONTENT_AND_FILE, "Give the content as `content` or as `file`, not both.", field=("file",))
    if file is not None:
        return await _read(file)
    if content is not None:
        return NewContent(text=content, encoding=UTF_8)
    if required:
        raise DomainError(
            Code.CONTENT_MISSING, "Give the script's content as `content` (text) or `file` (an upload).", field=("content",)
        )
    return None


async def _read(file: object) -> NewContent:
    if not isinstance(file, UploadFile):
        # A JSON value where the multipart spec puts a file: not a file at all.
        raise bad_input(
            "`input.file` must be a file sent as multipart/form-data (GraphQL multipart request spec).", argument="input.file"
        )
    data = await file.read(UPLOAD_MAX_BYTES + 1)  # one byte more than allowed tells "too large" apart
    decoded = decode_script_file(data, ("file",))
    check_content(decoded.text, ("file",))  # the service checks again; here the error names `file`
    return NewContent(text=decoded.text, encoding=decoded.encoding)
