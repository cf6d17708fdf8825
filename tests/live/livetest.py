"""What the live tests share: a `dojopool serve` of the demo venue on a free port, its table
cards' links read back from the QR PNG, and plain HTTP and WebSocket helpers.

Only the standard library and websockets (Debian's python3-websockets, for /usr/bin/python3).
"""

import asyncio
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

try:
    import websockets
except ImportError:  # the tests fail, never skip, when the client library is missing
    websockets = None


class Failure(Exception):
    """A check that did not hold; its text names what failed."""


def check(condition, what):
    if not condition:
        raise Failure(what)


def require_websockets():
    if websockets is None:
        raise Failure("the Python module 'websockets' is not importable by %s: install "
                      "python3-websockets and run the test with /usr/bin/python3" % sys.executable)


def free_port():
    """A port the kernel has just handed out, so two tests running at once differ."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def quiet_environment(home):
    """The environment of a person's shell, without their display, settings or language."""
    environment = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_DATA_HOME",
                 "XDG_CONFIG_HOME", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        environment.pop(name, None)
    environment["HOME"] = home
    environment["LANG"] = "C.UTF-8"
    return environment


class Serve:
    """`dojopool serve` on a fresh data folder; its stderr is collected line by line."""

    READY = "serving the live games on port"

    def __init__(self, dojopool, qrdecode):
        for path in (dojopool, qrdecode):
            check(os.access(path, os.X_OK), "%s is not an executable program" % path)
        self.dojopool = dojopool
        self.qrdecode = qrdecode
        self.scratch = tempfile.mkdtemp(prefix="dojo-live-")
        self.data_dir = os.path.join(self.scratch, "data")
        self.home = os.path.join(self.scratch, "home")
        os.makedirs(self.home)
        self.environment = quiet_environment(self.home)
        self.process = None
        self.port = None
        self.lines = []
        self.lock = threading.Lock()

    @property
    def base(self):
        return "http://127.0.0.1:%d" % self.port

    def start(self, timeout=60.0):
        # Another test may take the port between our probe and the server's listen: try again.
        for _ in range(5):
            self.port = free_port()
            if self._start_on(self.port, timeout):
                return self
        raise Failure("dojopool serve did not start on any free port; its log:\n" + self.log())

    def _start_on(self, port, timeout):
        with self.lock:
            self.lines = []
        self.process = subprocess.Popen(
            [self.dojopool, "serve", "--data-dir", self.data_dir, "--port", str(port),
             "--public-url", "http://127.0.0.1:%d" % port],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env=self.environment, text=True, encoding="utf-8", errors="replace")
        reader = threading.Thread(target=self._read, args=(self.process,), daemon=True)
        reader.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.saw(self.READY + " %d" % port):
                return True
            if self.process.poll() is not None:
                reader.join(2)
                if "cannot serve the live games on port" in self.log():
                    return False  # the port was taken meanwhile
                raise Failure("dojopool serve exited with %d before serving; its log:\n%s"
                              % (self.process.returncode, self.log()))
            time.sleep(0.05)
        self.kill()
        raise Failure("dojopool serve did not say \"%s\" within %.0f s; its log:\n%s"
                      % (self.READY, timeout, self.log()))

    def _read(self, process):
        for line in process.stderr:
            with self.lock:
                self.lines.append(line.rstrip("\n"))

    def saw(self, text):
        with self.lock:
            return any(text in line for line in self.lines)

    def log(self):
        with self.lock:
            return "\n".join(self.lines[-60:])

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def qr_url(self, table):
        """The join link printed on the table's card, as its QR code reads."""
        png = os.path.join(self.scratch, "card-%s.png" % re.sub(r"\W+", "-", table))
        made = subprocess.run(
            [self.dojopool, "qr", "--data-dir", self.data_dir, "--table", table, "--png", png,
             "--public-url", self.base],
            stdin=subprocess.DEVNULL, capture_output=True, text=True, env=self.environment,
            timeout=60)
        check(made.returncode == 0 and os.path.isfile(png),
              "dojopool qr --table \"%s\" --png exited with %d and wrote %s: %s"
              % (table, made.returncode, "it" if os.path.isfile(png) else "nothing",
                 made.stderr.strip()))
        decoded = subprocess.run([self.qrdecode, png], stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=30)
        url = decoded.stdout.strip()
        check(decoded.returncode == 0 and url,
              "dojo_qrdecode %s read no QR code (exit %d): %s"
              % (png, decoded.returncode, decoded.stderr.strip()))
        return url

    def stop(self, timeout=20.0):
        """SIGTERM; the exit status."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise Failure("dojopool serve did not end within %.0f s of SIGTERM" % timeout)
        return self.process.returncode

    def kill(self):
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def cleanup(self):
        self.kill()
        shutil.rmtree(self.scratch, ignore_errors=True)


def parse_join_url(url):
    """(base, table name, k) of a card's link http://HOST:PORT/t/<table>?k=<token>."""
    parts = urllib.parse.urlsplit(url)
    check(parts.scheme == "http" and parts.path.startswith("/t/"),
          "the QR code's text is not a join link http://HOST:PORT/t/<table>?k=...: %r" % url)
    table = urllib.parse.unquote(parts.path[len("/t/"):])
    query = urllib.parse.parse_qs(parts.query)
    check(len(query.get("k", [])) == 1 and query["k"][0],
          "the join link has no k (the table's token): %r" % url)
    return "%s://%s" % (parts.scheme, parts.netloc), table, query["k"][0]


def http(port, raw_path, method="GET", body=b"", timeout=10.0):
    """(status, headers as a lower-cased dict, body) of one request written byte for byte, so
    that no client library normalises the path."""
    request = ("%s %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n"
               "Content-Length: %d\r\n\r\n" % (method, raw_path, port, len(body))).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(request + body)
        answer = b""
        while True:
            chunk = connection.recv(65536)
            if not chunk:
                break
            answer += chunk
            head, _, rest = answer.partition(b"\r\n\r\n")
            if _ and b"content-length:" in head.lower():
                length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))
                if len(rest) >= length:
                    break
    head, _, content = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    check(lines and lines[0].startswith("HTTP/1."),
          "%s %s got no HTTP answer: %r" % (method, raw_path, answer[:200]))
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, content


def get_json(port, path):
    status, headers, body = http(port, path)
    check(status == 200, "GET %s answered %d, not 200" % (path, status))
    check(headers.get("content-type", "").startswith("application/json"),
          "GET %s has Content-Type %r, not application/json"
          % (path, headers.get("content-type")))
    try:
        return json.loads(body.decode("utf-8"))
    except ValueError as error:
        raise Failure("GET %s is not JSON (%s): %r" % (path, error, body[:200]))


def ws_url(port):
    return "ws://127.0.0.1:%d/ws" % port


def run(main):
    """Runs an async main(); exit 0 when it returns, 1 with the failure's text otherwise."""
    try:
        require_websockets()
        asyncio.run(main())
    except Failure as failure:
        print("FAILED: %s" % failure, file=sys.stderr)
        sys.exit(1)
    sys.exit(0)
