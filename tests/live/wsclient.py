"""A WebSocket connection to the live server that keeps reading in the background, so that a
test can look at everything it was sent, in order, and how it was closed."""

import asyncio
import json
import time

from livetest import Failure, check, websockets, ws_url

# Over the server's 64 KB: the abuse test sends 16 MB, the client must accept what comes.
MAX_SIZE = 32 * 1024 * 1024


class Connection:
    def __init__(self, name, socket):
        self.name = name
        self.socket = socket
        self.messages = []  # (arrival time.monotonic(), parsed JSON), in arrival order
        self.close_code = None
        self.close_reason = None
        self.error = None
        self.reader = asyncio.ensure_future(self._read())

    @classmethod
    async def open(cls, name, port):
        socket = await websockets.connect(ws_url(port), max_size=MAX_SIZE, compression=None,
                                          ping_interval=None, open_timeout=10, close_timeout=5)
        return cls(name, socket)

    async def _read(self):
        try:
            async for text in self.socket:
                if isinstance(text, bytes):
                    self.error = "%s got a binary frame" % self.name
                    continue
                try:
                    self.messages.append((time.monotonic(), json.loads(text)))
                except ValueError:
                    self.error = "%s got a frame that is not JSON: %r" % (self.name, text[:200])
        except websockets.ConnectionClosed:
            pass
        except Exception as error:  # noqa: BLE001 - told at the end, as what failed
            self.error = "%s: %r" % (self.name, error)
        self.close_code = self.socket.close_code
        self.close_reason = self.socket.close_reason

    @property
    def closed(self):
        return self.reader.done()

    async def send(self, message):
        await self.socket.send(message if isinstance(message, (str, bytes)) else json.dumps(message))

    async def wait_for(self, predicate, timeout, start=0, what="a message"):
        """The first message from index `start` on that satisfies predicate."""
        deadline = time.monotonic() + timeout
        index = start
        while True:
            while index < len(self.messages):
                if predicate(self.messages[index][1]):
                    return index, self.messages[index][1]
                index += 1
            if self.closed:
                raise Failure("%s was closed (%s %r) while waiting for %s"
                              % (self.name, self.close_code, self.close_reason, what))
            if time.monotonic() >= deadline:
                raise Failure("%s got no %s within %.0f s" % (self.name, what, timeout))
            await asyncio.sleep(0.02)

    async def wait_closed(self, timeout):
        try:
            await asyncio.wait_for(asyncio.shield(self.reader), timeout)
        except asyncio.TimeoutError:
            return False
        return True

    async def keep_alive(self, every=10):
        """Pings as the web client does, so that the server never finds it silent for 60 s."""
        try:
            while not self.closed:
                await self.send({"type": "ping"})
                await asyncio.sleep(every)
        except websockets.ConnectionClosed:
            pass

    async def close(self):
        await self.socket.close()
        await self.wait_closed(10)

    def table_messages(self, start=0):
        """The messages with a seq (the table's), from index start."""
        return [m for _, m in self.messages[start:] if "seq" in m]

    def of_type(self, kind, start=0):
        return [m for _, m in self.messages[start:] if m.get("type") == kind]


async def join(name, port, message, timeout=10):
    """A new connection that sent `message` (a join) and got its first answer."""
    connection = await Connection.open(name, port)
    await connection.send(message)
    await connection.wait_for(lambda m: True, timeout, what="an answer to its join")
    return connection


def check_seq_order(name, messages):
    """seq strictly increasing by one; the number of gaps (dropped states)."""
    gaps = 0
    for before, after in zip(messages, messages[1:]):
        check(after["seq"] > before["seq"],
              "%s: seq went from %d to %d (a %s after a %s), it must increase"
              % (name, before["seq"], after["seq"], after.get("type"), before.get("type")))
        if after["seq"] != before["seq"] + 1:
            gaps += 1
    return gaps
