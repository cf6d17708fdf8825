#!/usr/bin/python3
"""Opens a DojoPool web client page in headless Chromium and watches it play.

Usage: /usr/bin/python3 tests/live/browser_check.py URL --screenshot OUT.png [--timeout 60]
       [--no-balls]

It waits until the page's #status says it is live, the table canvas has drawn balls
(window.dojo.ballCount(), or the canvas's data-balls), and the text of #score or
#last-ruling has changed at least once from the first value seen once live. Then it saves a
screenshot and prints one JSON line with what it saw. Exit 0 when all of that was seen and no
JavaScript exception was thrown; 1 otherwise, saying what did not happen. --no-balls skips the
ball check (for the overlay, which draws no table).

Runs with Debian's /usr/bin/python3, whose python3-websockets (10.4) speaks DevTools here.
"""

import argparse
import asyncio
import base64
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

import websockets

CHROMIUM = "/usr/bin/chromium"

# Read in the page: what the test needs to see, as one JSON value.
PROBE = r"""(() => {
  const text = (id) => { const e = document.getElementById(id); return e ? e.textContent.trim() : null; };
  const status = document.getElementById('status');
  const canvas = document.getElementById('table');
  let balls = 0;
  if (window.dojo && typeof window.dojo.ballCount === 'function') balls = Number(window.dojo.ballCount()) || 0;
  else if (canvas) balls = Number(canvas.dataset.balls || 0);
  return JSON.stringify({
    status: status ? status.textContent.trim() : null,
    state: status ? (status.dataset.state || '') : '',
    score: text('score'),
    ruling: text('last-ruling'),
    balls: balls,
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  });
})()"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--screenshot", required=True, help="where to save the PNG")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait (60)")
    parser.add_argument("--no-balls", action="store_true", help="do not wait for drawn balls")
    parser.add_argument("--viewport-only", action="store_true", help="screenshot the window, not the page")
    parser.add_argument("--scale", type=float, default=2.0, help="device pixels per CSS pixel (2)")
    parser.add_argument("--window-size", default="412,915", help="width,height in CSS pixels")
    return parser.parse_args()


def start_chromium(profile, window_size):
    args = [
        CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
        "--remote-debugging-port=0", "--window-size=" + window_size, "about:blank",
    ]
    # Its own process group, so that its helpers end with it.
    return subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def stop_chromium(proc):
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=5)


def devtools_port(profile, proc, deadline):
    path = os.path.join(profile, "DevToolsActivePort")
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("Chromium exited (code %s) before opening DevTools." % proc.returncode)
        try:
            with open(path, encoding="utf-8") as f:
                first = f.readline().strip()
            if first:
                return int(first)
        except (OSError, ValueError):
            pass
        time.sleep(0.1)
    raise RuntimeError("Chromium did not open its DevTools port in time.")


def page_target(port, deadline):
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/json" % port, timeout=5) as reply:
                targets = json.load(reply)
            for target in targets:
                if target.get("type") == "page" and target.get("webSocketDebuggerUrl"):
                    return target["webSocketDebuggerUrl"]
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("Chromium shows no page to drive.")


class DevTools:
    """A small DevTools protocol client: commands with ids, events to a handler."""

    def __init__(self, socket, on_event):
        self.socket = socket
        self.on_event = on_event
        self.next_id = 0
        self.waiting = {}
        self.reader = asyncio.ensure_future(self.read())

    async def read(self):
        try:
            async for raw in self.socket:
                msg = json.loads(raw)
                if "id" in msg:
                    future = self.waiting.pop(msg["id"], None)
                    if future and not future.done():
                        future.set_result(msg)
                elif "method" in msg:
                    self.on_event(msg["method"], msg.get("params", {}))
        except websockets.ConnectionClosed:
            pass
        for future in self.waiting.values():
            if not future.done():
                future.set_exception(RuntimeError("DevTools connection closed."))

    async def call(self, method, params=None, timeout=30):
        self.next_id += 1
        future = asyncio.get_running_loop().create_future()
        self.waiting[self.next_id] = future
        await self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params or {}}))
        reply = await asyncio.wait_for(future, timeout)
        if "error" in reply:
            raise RuntimeError("%s failed: %s" % (method, reply["error"].get("message")))
        return reply.get("result", {})


def describe_exception(params):
    details = params.get("exceptionDetails", {})
    exc = details.get("exception", {})
    text = exc.get("description") or details.get("text") or "exception"
    where = "%s:%s" % (details.get("url", ""), details.get("lineNumber", ""))
    return "%s (%s)" % (text.splitlines()[0] if text else text, where)


async def watch(args, ws_url, deadline):
    seen = {
        "url": args.url, "live": False, "status": None, "first_score": None, "first_ruling": None,
        "later_score": None, "later_ruling": None, "changed": False, "balls": 0,
        "horizontal_scroll": False, "console_errors": [], "exceptions": [],
    }

    def on_event(method, params):
        if method == "Runtime.exceptionThrown":
            seen["exceptions"].append(describe_exception(params))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            parts = [str(a.get("value", a.get("description", ""))) for a in params.get("args", [])]
            seen["console_errors"].append(" ".join(parts))
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") == "error":
                seen["console_errors"].append("%s (%s)" % (entry.get("text", ""), entry.get("url", "")))

    async with websockets.connect(ws_url, max_size=None, ping_interval=None) as socket:
        tools = DevTools(socket, on_event)
        await tools.call("Runtime.enable")
        await tools.call("Log.enable")
        await tools.call("Page.enable")
        # Headless windows are at least 500 px wide: emulate the phone's screen instead.
        width, height = (int(v) for v in args.window_size.split(","))
        await tools.call("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": args.scale, "mobile": width < 800})
        # A transparent page (the overlay) stays transparent in the screenshot.
        await tools.call("Emulation.setDefaultBackgroundColorOverride", {"color": {"r": 0, "g": 0, "b": 0, "a": 0}})
        await tools.call("Page.navigate", {"url": args.url})
        baseline = None
        while time.monotonic() < deadline:
            await asyncio.sleep(0.25)
            try:
                result = await tools.call("Runtime.evaluate", {"expression": PROBE, "returnByValue": True}, timeout=10)
                probe = json.loads(result["result"]["value"])
            except (RuntimeError, KeyError, TypeError, ValueError, asyncio.TimeoutError):
                continue  # the page is still loading
            seen["status"] = probe["status"]
            if probe["width"] > probe["viewport"] + 1:
                seen["horizontal_scroll"] = True
            live = probe["state"] == "live" or (probe["status"] or "").lower().startswith("live")
            if not live:
                continue
            seen["live"] = True
            seen["balls"] = max(seen["balls"], probe["balls"])
            if baseline is None:
                baseline = (probe["score"], probe["ruling"])
                seen["first_score"], seen["first_ruling"] = baseline
            elif (probe["score"], probe["ruling"]) != baseline and not seen["changed"]:
                seen["changed"] = True
                seen["later_score"], seen["later_ruling"] = probe["score"], probe["ruling"]
            if seen["changed"] and (args.no_balls or seen["balls"] > 0):
                await asyncio.sleep(0.3)  # let a frame or two draw for the picture
                break
        # The whole page, not only what fits the window: controls and chat are below the table.
        metrics = await tools.call("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics.get("contentSize")
        params = {"format": "png"}
        if size and not args.viewport_only:
            params["captureBeyondViewport"] = True
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
        shot = await tools.call("Page.captureScreenshot", params, timeout=30)
        with open(args.screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        seen["screenshot"] = os.path.abspath(args.screenshot)
        tools.reader.cancel()
    return seen


def main():
    args = parse_args()
    profile = tempfile.mkdtemp(prefix="dojo-browser-check-")
    proc = None
    started = time.monotonic()
    deadline = started + args.timeout
    try:
        proc = start_chromium(profile, args.window_size)
        port = devtools_port(profile, proc, deadline)
        ws_url = page_target(port, deadline)
        seen = asyncio.run(watch(args, ws_url, deadline))
    except Exception as error:  # any failure to drive the browser is a failed check
        print(json.dumps({"url": args.url, "ok": False, "error": str(error)}))
        print("browser_check: %s" % error, file=sys.stderr)
        return 1
    finally:
        stop_chromium(proc)
        shutil.rmtree(profile, ignore_errors=True)

    missing = []
    if not seen["live"]:
        missing.append("#status never said the page is live (last: %r)" % seen["status"])
    if not args.no_balls and seen["balls"] <= 0:
        missing.append("the table canvas drew no balls")
    if not seen["changed"]:
        missing.append("neither #score nor #last-ruling changed from its first value (%r, %r)"
                       % (seen["first_score"], seen["first_ruling"]))
    if seen["exceptions"]:
        missing.append("the page threw JavaScript exceptions: " + "; ".join(seen["exceptions"]))
    seen["ok"] = not missing
    seen["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(seen, ensure_ascii=False))
    if missing:
        print("browser_check: within %gs, %s." % (args.timeout, "; ".join(missing)), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
