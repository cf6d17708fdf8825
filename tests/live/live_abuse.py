#!/usr/bin/python3
"""The live server against clients that break the rules (docs/protocol.md, "Limits and close
codes"), while a well-behaved spectator keeps watching.

Usage: /usr/bin/python3 tests/live/live_abuse.py PATH/TO/dojopool PATH/TO/dojo_qrdecode

Each abuse comes on its own new connection and must be closed with the code the protocol
names; each HTTP abuse is written byte for byte on a raw socket. The spectator must never be
closed and must get the table's messages in every phase; after everything, a new join still
gets a snapshot. Exit 0 when every check held; 1 with what failed.
"""

import asyncio
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from livetest import Failure, Serve, check, http, parse_join_url, run, websockets  # noqa: E402
from wsclient import Connection, join  # noqa: E402

TABLE = "Table 1"
CLOSE_WITHIN = 10
PHASE_MESSAGES_WITHIN = 30  # a shot every 5 to 8 s moves the balls, which sends states


def summary(line):
    print(line, flush=True)


def forged(token):
    """A token of the right length and alphabet that is not the table's."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(alphabet[(alphabet.index(c) + 7) % len(alphabet)] for c in token)


async def expect_close(name, port, frames, codes, join_first=None):
    """Opens a connection, sends join_first (and waits for its answer), then each frame;
    returns (code, reason, note) once the server closed it with one of codes."""
    connection = await Connection.open(name, port)
    if join_first is not None:
        await connection.send(join_first)
        await connection.wait_for(lambda m: True, CLOSE_WITHIN, what="an answer to its join")
    note = ""
    try:
        for frame in frames:
            await asyncio.wait_for(connection.send(frame), 60)
    except websockets.ConnectionClosed as closed:
        note = " (the server closed it while it was still sending: %s)" % type(closed).__name__
    except (ConnectionError, OSError) as error:
        note = " (the connection was cut while it was still sending: %r)" % error
    except asyncio.TimeoutError:
        raise Failure("%s: sending did not finish within 60 s" % name)
    if not await connection.wait_closed(CLOSE_WITHIN):
        await connection.socket.close()
        raise Failure("%s: the server did not close the connection within %d s (it should "
                      "close with %s)" % (name, CLOSE_WITHIN, " or ".join(map(str, codes))))
    code, reason = connection.close_code, connection.close_reason
    check(code in codes, "%s: closed with %s %r, not %s%s"
          % (name, code, reason, " or ".join(map(str, codes)), note))
    if code not in (1006,):  # a cut connection has no reason to tell
        check(reason, "%s: closed with %d but no reason" % (name, code))
    summary("%-34s -> %s %r%s" % (name, code, reason, note))
    return code, reason, note


async def websocket_abuse(port, table, k, other_k):
    spectator_join = {"type": "join", "table": table}
    cases = [
        ("malformed JSON", ['{"type": "join", "table": '], [1007], None),
        ("a JSON array", ['[{"type": "join", "table": "Table 1"}]'], [1007], None),
        ("a JSON string", ['"join"'], [1007], None),
        ("first message not join", ['{"type": "ping"}'], [1008], None),
        ("join without table", ['{"type": "join"}'], [1008], None),
        ("join with a numeric table", ['{"type": "join", "table": 1}'], [1008], None),
        ("unknown message type", ['{"type": "teleport", "ball": 9}'], [1008], spectator_join),
        ("spectator sends call", ['{"type": "call", "ball": 9, "pocket": "foot-left"}'],
         [1008], spectator_join),
        ("spectator sends chat", ['{"type": "chat", "text": "hello"}'], [1008], spectator_join),
        ("a second join", ['{"type": "join", "table": "Table 1"}'], [1008], spectator_join),
        ("forged token", ['{"type": "join", "table": "%s", "k": "%s"}' % (table, forged(k))],
         [4001], None),
        ("Table 2's token on Table 1",
         ['{"type": "join", "table": "%s", "k": "%s"}' % (table, other_k)], [4001], None),
        ("unknown table", ['{"type": "join", "table": "Table 99"}'], [4004], None),
        ("protocol version 2", ['{"type": "join", "table": "%s", "protocol": 2}' % table],
         [4000], None),
        ("binary frame", [b'{"type": "ping"}'], [1003], spectator_join),
    ]
    for name, frames, codes, first in cases:
        await expect_close(name, port, frames, codes, first)


async def size_and_rate_abuse(port, table):
    spectator_join = {"type": "join", "table": table}
    big = '{"type": "chat", "text": "' + "x" * (16 * 1024 * 1024 - 30) + '"}'
    code, _, _ = await expect_close("a 16 MB text frame", port, [big], [1009, 1006],
                                    spectator_join)
    if code == 1006:
        summary("note: the 16 MB frame's connection was cut without a close frame (1006), "
                "not closed with 1009")
    await expect_close("a 70 KB text frame", port,
                       ['{"type": "ping", "pad": "' + "y" * 70_000 + '"}'], [1009],
                       spectator_join)
    # 60 messages fit in the server's buffers: it reads them all and closes with 4008.
    await expect_close("60 messages in a burst", port, ['{"type": "ping"}'] * 60, [4008],
                       spectator_join)
    # A flood: the server closes while megabytes of it are still unread, so TCP may reset the
    # connection before its close frame is read (1006); told, not failed, as for 16 MB.
    code, _, _ = await expect_close("5,000 messages in a burst", port,
                                    ['{"type": "ping"}'] * 5000, [4008, 1006], spectator_join)
    if code == 1006:
        summary("note: the flood's connection was cut without a close frame (1006), not closed "
                "with 4008")


def http_abuse(port):
    for path in ("/web/../../etc/passwd", "/web/%2e%2e/%2e%2e/etc/passwd",
                 "/web/..%2f..%2fetc%2fpasswd", "/../../etc/passwd", "/web/", "/web/.hidden",
                 "/web/..", "/web/%2e%2e%2fCMakeLists.txt", "/web//etc/passwd",
                 "/api/venue/../../etc/passwd", "/nothing-here"):
        status, _, body = http(port, path)
        check(status == 404, "GET %s answered %d, not 404" % (path, status))
        check(b"root:" not in body, "GET %s answered a file with \"root:\" in it" % path)
        summary("GET %-34s -> %d" % (path, status))
    # /t/<anything> and /overlay/<anything> are the client's page, whatever the table's name.
    for path in ("/t/../../../etc/passwd", "/overlay/..%2f..%2f..%2fetc%2fpasswd"):
        status, headers, body = http(port, path)
        check(b"root:" not in body, "GET %s answered a file with \"root:\" in it" % path)
        check(status == 404 or headers.get("content-type", "").startswith("text/html"),
              "GET %s answered %d with %r" % (path, status, headers.get("content-type")))
        summary("GET %-34s -> %d %s (the client's page)" % (path, status,
                                                           headers.get("content-type", "")))
    for method, path in (("POST", "/api/tables"), ("PUT", "/api/venue"), ("DELETE", "/web/client.js")):
        status, _, _ = http(port, path, method=method, body=b"{}")
        check(status == 405, "%s %s answered %d, not 405" % (method, path, status))
        summary("%s %s -> %d" % (method, path, status))
    for path, kind in (("/web/client.js", "javascript"), ("/web/style.css", "text/css")):
        status, headers, body = http(port, path)
        content_type = headers.get("content-type", "")
        check(status == 200 and body, "GET %s answered %d with %d bytes" % (path, status, len(body)))
        check(kind in content_type, "GET %s has Content-Type %r, not %s"
              % (path, content_type, kind))
        summary("GET %-34s -> %d %s, %d bytes" % (path, status, content_type, len(body)))


async def phase(name, spectator, work):
    start = len(spectator.messages)
    started = time.monotonic()
    await work
    # The spectator keeps getting the table's messages meanwhile (or shortly after, when the
    # phase was quicker than a shot).
    index, _ = await spectator.wait_for(lambda m: "seq" in m, PHASE_MESSAGES_WITHIN, start,
                                        what="a table message during the phase %r" % name)
    check(not spectator.closed, "the spectator was closed (%s %r) during %r"
          % (spectator.close_code, spectator.close_reason, name))
    got = spectator.table_messages(start)
    summary("phase %r: %.1f s; the spectator got %d table messages (%d states) meanwhile"
            % (name, time.monotonic() - started, len(got),
               sum(1 for m in got if m["type"] == "state")))
    return len(got)


async def main():
    if len(sys.argv) != 3:
        raise Failure("usage: live_abuse.py PATH/TO/dojopool PATH/TO/dojo_qrdecode")
    serve = Serve(sys.argv[1], sys.argv[2])
    try:
        serve.start()
        summary("dojopool serve is live on port %d" % serve.port)
        _, table, k = parse_join_url(serve.qr_url(TABLE))
        _, other_table, other_k = parse_join_url(serve.qr_url("Table 2"))
        check(other_table == "Table 2" and other_k != k,
              "Table 2's card has the same token as Table 1's")

        spectator = await join("spectator", serve.port, {"type": "join", "table": table})
        check(spectator.messages[0][1].get("type") == "snapshot",
              "the spectator's join got %r, not a snapshot" % spectator.messages[0][1])
        pinger = asyncio.ensure_future(spectator.keep_alive())

        await phase("protocol abuse", spectator, websocket_abuse(serve.port, table, k, other_k))
        await phase("size and rate abuse", spectator, size_and_rate_abuse(serve.port, table))
        await phase("HTTP abuse", spectator, asyncio.get_running_loop().run_in_executor(
            None, http_abuse, serve.port))

        check(serve.alive(), "dojopool serve died; its log:\n" + serve.log())
        check(not spectator.closed, "the spectator was closed (%s %r)"
              % (spectator.close_code, spectator.close_reason))
        check(spectator.of_type("pong"), "the spectator's pings got no pong")
        seqs = [m["seq"] for m in spectator.table_messages()]
        check(all(b > a for a, b in zip(seqs, seqs[1:])), "the spectator's seq did not increase")
        check(spectator.error is None, spectator.error or "")
        fresh = await join("a new player", serve.port,
                           {"type": "join", "table": table, "k": k, "protocol": 1})
        first = fresh.messages[0][1]
        check(first.get("type") == "snapshot" and first.get("role") == "player",
              "a well-behaved join after the abuse got %r, not a player's snapshot" % first)
        summary("after the abuse: the spectator is still open (%d table messages, %d pongs); "
                "a new join got a snapshot at seq %d"
                % (len(seqs), len(spectator.of_type("pong")), first["seq"]))
        pinger.cancel()
        await fresh.close()
        await spectator.close()
        status = serve.stop()
        check(status == 0, "dojopool serve exited with %r after SIGTERM, not 0" % status)
    finally:
        serve.cleanup()


if __name__ == "__main__":
    run(main)
