#!/usr/bin/python3
"""The web client and the broadcast overlay in headless Chromium, on a live `dojopool serve`.

Usage: /usr/bin/python3 tests/live/live_browser.py PATH/TO/dojopool PATH/TO/dojo_qrdecode
       SCREENSHOT_DIR

Opens Table 1's join link, read back from its QR card, and /overlay/Table%201 with
browser_check.py, which waits until each page is live, drew (the client) its balls and showed
a new score or ruling. Saves web-client.png and overlay.png in SCREENSHOT_DIR. Exit 0 when
both pages passed; 1 with what failed.
"""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from livetest import Failure, Serve, check, parse_join_url  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "browser_check.py")
TABLE = "Table 1"
TIMEOUT = 60


def browser_check(url, screenshot, *extra):
    """None when the page passed; what went wrong otherwise."""
    command = [sys.executable, CHECK, url, "--screenshot", screenshot, "--timeout",
               str(TIMEOUT), *extra]
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=TIMEOUT + 60)
    except subprocess.TimeoutExpired:
        return "browser_check.py %s did not end within %d s" % (url, TIMEOUT + 60)
    print("%s: %s" % (url, done.stdout.strip()), flush=True)
    if done.returncode != 0:
        return "browser_check.py %s exited with %d: %s" % (url, done.returncode,
                                                            done.stderr.strip())
    check(os.path.isfile(screenshot), "browser_check.py passed but wrote no %s" % screenshot)
    return None


def main():
    if len(sys.argv) != 4:
        raise Failure("usage: live_browser.py PATH/TO/dojopool PATH/TO/dojo_qrdecode "
                      "SCREENSHOT_DIR")
    check(os.access(CHROMIUM, os.X_OK), "%s is missing: install Debian's chromium" % CHROMIUM)
    try:
        import websockets  # noqa: F401 - browser_check.py speaks DevTools with it
    except ImportError:
        raise Failure("the Python module 'websockets' is not importable by %s: install "
                      "python3-websockets and run the test with /usr/bin/python3"
                      % sys.executable)
    shots = sys.argv[3]
    os.makedirs(shots, exist_ok=True)
    serve = Serve(sys.argv[1], sys.argv[2])
    try:
        serve.start()
        url = serve.qr_url(TABLE)
        base, table, _ = parse_join_url(url)
        check(base == serve.base and table == TABLE,
              "%s's card links to %r, not to %s on %s" % (TABLE, url, TABLE, serve.base))
        failures = [f for f in (
            browser_check(url, os.path.join(shots, "web-client.png")),
            browser_check(serve.base + "/overlay/Table%201", os.path.join(shots, "overlay.png"),
                          "--no-balls")) if f]
        check(serve.alive(), "dojopool serve died while the browser watched; its log:\n"
              + serve.log())
        status = serve.stop()
        check(not failures, "; ".join(failures))
        check(status == 0, "dojopool serve exited with %r after SIGTERM, not 0" % status)
        print("the web client and the overlay went live; screenshots in %s" % shots)
    finally:
        serve.cleanup()


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print("FAILED: %s" % failure, file=sys.stderr)
        sys.exit(1)
    sys.exit(0)
