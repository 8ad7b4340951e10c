"""A TCP proxy on 127.0.0.1 that a test closes and opens again: a database that is briefly
unreachable, without touching the real server or any network beyond loopback.

    proxy = TcpProxy("127.0.0.1", 5432)
    await proxy.open()            # the bot connects to 127.0.0.1:proxy.port
    await proxy.cut()             # connections cut, new ones dropped at once
    await proxy.restore()         # through again, on the same port
    await proxy.close()           # at the end

The port stays bound through a cut: closing and binding it again would leave a moment in
which another test on this machine could take it.
"""

from __future__ import annotations

import asyncio
import contextlib

CHUNK = 64 * 1024


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._pipes: set[asyncio.Task[None]] = set()
        self._cut = False
        self.port = 0

    async def open(self) -> None:
        """Listen on a port the system picks (``self.port``)."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        """Drop new connections and cut the open ones, as a failed network would."""
        self._cut = True
        await self._cut_open_connections()

    async def restore(self) -> None:
        self._cut = False

    async def close(self) -> None:
        """Stop listening and cut everything (the end of the test)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        await self._cut_open_connections()

    async def _cut_open_connections(self) -> None:
        for writer in list(self._writers):
            writer.transport.abort()
        pipes = list(self._pipes)
        for pipe in pipes:
            pipe.cancel()
        await asyncio.gather(*pipes, return_exceptions=True)

    async def _serve(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        if self._cut:
            client_out.transport.abort()
            return
        try:
            server_in, server_out = await asyncio.open_connection(*self._target)
        except OSError:
            client_out.transport.abort()
            return
        self._writers |= {client_out, server_out}
        pipes = [
            asyncio.create_task(_pipe(client_in, server_out)),
            asyncio.create_task(_pipe(server_in, client_out)),
        ]
        self._pipes.update(pipes)
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pipe in pipes:
                pipe.cancel()
                self._pipes.discard(pipe)
            for writer in (client_out, server_out):
                self._writers.discard(writer)
                writer.transport.abort()


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    with contextlib.suppress(ConnectionError):
        while data := await source.read(CHUNK):
            sink.write(data)
            await sink.drain()
