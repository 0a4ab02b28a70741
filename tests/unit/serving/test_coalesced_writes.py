"""A response's header and body writes reach the socket's transport as one write."""

from __future__ import annotations

import asyncio

from psscript_graphql.serving.coalesced_writes import CoalescingTransport


class RecordingTransport(asyncio.Transport):
    """Stands in for the socket's transport: records what reaches it."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = self.aborted = False

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed or self.aborted

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.aborted = True

    def get_write_buffer_size(self) -> int:
        return 0


async def test_writes_of_one_turn_leave_as_one_and_the_next_turns_separately() -> None:
    socket_transport = RecordingTransport()
    transport = CoalescingTransport(socket_transport, asyncio.get_running_loop())
    transport.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
    transport.write(b"{}")
    assert socket_transport.writes == [] and transport.get_write_buffer_size() == 40
    await asyncio.sleep(0)
    assert socket_transport.writes == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}"]
    transport.write(b"next")
    await asyncio.sleep(0)
    assert socket_transport.writes[1:] == [b"next"]


async def test_close_sends_what_is_buffered_first_and_abort_drops_it() -> None:
    loop = asyncio.get_running_loop()
    closed, aborted = RecordingTransport(), RecordingTransport()
    transport = CoalescingTransport(closed, loop)
    transport.write(b"bye")
    transport.close()
    assert closed.writes == [b"bye"] and closed.closed
    transport = CoalescingTransport(aborted, loop)
    transport.write(b"lost")
    transport.abort()
    await asyncio.sleep(0)
    assert aborted.writes == [] and aborted.aborted


async def test_nothing_is_written_to_a_closing_transport() -> None:
    socket_transport = RecordingTransport()
    transport = CoalescingTransport(socket_transport, asyncio.get_running_loop())
    transport.write(b"late")
    socket_transport.closed = True  # the client went away meanwhile
    await asyncio.sleep(0)
    assert socket_transport.writes == []
