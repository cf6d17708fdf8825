#!/usr/bin/python3
"""The tournaments as phones read them, from a real `dojopool serve`.

Usage: /usr/bin/python3 tests/live/live_tournaments.py PATH/TO/dojopool PATH/TO/dojo_qrdecode
       PATH/TO/dojo_tournamentseed SCREENSHOT_DIR

Starts `dojopool serve` on a fresh data folder (the demo venue), writes a running double
elimination of six demo players into its database with dojo_tournamentseed while it serves
(two results, a table given), then checks /api/tournaments, /api/tournaments/ID (the shape
docs/protocol.md gives), a 404 with a sentence for an unknown tournament, and the bracket page:
headless Chromium renders /tournaments/ID at 390x844, the rendered page must show the players,
the byes and the table, and its screenshot is saved as SCREENSHOT_DIR/phone-bracket.png. Exit 0
when all of that held; 1 with what failed.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from livetest import Failure, Serve, check, get_json, http  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SUMMARY_KEYS = {"id", "name", "game", "format", "state", "players"}
MATCH_KEYS = {"id", "section", "round", "section_round", "number", "group", "state", "a", "b",
              "winner", "racks", "race", "table"}
SECTIONS = {"winners", "losers", "grand-final", "grand-final-reset", "third-place",
            "round-robin", "swiss"}
MATCH_STATES = {"waiting", "ready", "playing", "played", "bye", "not-needed"}


def seed_tournament(program, data_dir, environment):
    made = subprocess.run([program, data_dir], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, env=environment, timeout=60)
    check(made.returncode == 0, "dojo_tournamentseed exited with %d: %s"
          % (made.returncode, made.stderr.strip()))
    try:
        return json.loads(made.stdout)
    except ValueError:
        raise Failure("dojo_tournamentseed printed no JSON: %r" % made.stdout[:200])


def check_list(port, seeded):
    # Answers are kept two seconds: another process's tournament shows within that.
    deadline = time.monotonic() + 10
    while True:
        listed = get_json(port, "/api/tournaments")
        check(isinstance(listed, list), "/api/tournaments is not a list: %r" % listed)
        ours = [t for t in listed if t.get("id") == seeded["id"]]
        if ours or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    check(len(ours) == 1, "/api/tournaments does not list tournament %d once: %r"
          % (seeded["id"], listed))
    line = ours[0]
    check(set(line) == SUMMARY_KEYS, "a tournament's line has the keys %s, not %s"
          % (sorted(line), sorted(SUMMARY_KEYS)))
    expected = {"id": seeded["id"], "name": seeded["name"], "game": "nine-ball",
                "format": "double", "state": "running", "players": seeded["players"]}
    check(line == expected, "/api/tournaments lists %r, not %r" % (line, expected))


def check_one(port, seeded, demo_players):
    t = get_json(port, "/api/tournaments/%d" % seeded["id"])
    for key in ("id", "name", "game", "format", "state", "players", "matches", "standings"):
        check(key in t, "/api/tournaments/ID has no %r: %r" % (key, sorted(t)))
    check(t["id"] == seeded["id"] and t["name"] == seeded["name"] and t["state"] == "running",
          "the tournament reads %r" % {k: t[k] for k in ("id", "name", "state")})
    players = t["players"]
    check([p["seed"] for p in players] == list(range(1, seeded["players"] + 1)),
          "the players' seeds are %r" % [p.get("seed") for p in players])
    names = [p["name"] for p in players]
    check(sorted(names) == sorted(demo_players[:seeded["players"]]),
          "the players are %r, not six of the demo's %r" % (names, demo_players))

    matches = t["matches"]
    check(matches and [m["id"] for m in matches] == list(range(len(matches))),
          "the matches are not listed by id from 0: %r" % [m.get("id") for m in matches])
    for m in matches:
        check(set(m) == MATCH_KEYS, "match %r has the keys %s" % (m.get("id"), sorted(m)))
        check(m["section"] in SECTIONS and m["state"] in MATCH_STATES,
              "match %d: section %r, state %r" % (m["id"], m["section"], m["state"]))
        check(m["a"] is None or m["a"] in names, "match %d: a is %r" % (m["id"], m["a"]))
        check(m["b"] is None or m["b"] in names, "match %d: b is %r" % (m["id"], m["b"]))
        check(isinstance(m["race"], list) and len(m["race"]) == 2,
              "match %d: race is %r" % (m["id"], m["race"]))
        if m["state"] == "played":
            winner = m["racks"][0 if m["winner"] == "a" else 1]
            loser = m["racks"][1 if m["winner"] == "a" else 0]
            check(m["winner"] in ("a", "b") and winner > loser,
                  "match %d was played but reads winner %r racks %r"
                  % (m["id"], m["winner"], m["racks"]))
        else:
            check(m["winner"] is None and m["racks"] is None,
                  "match %d is %s but has a winner or racks" % (m["id"], m["state"]))
    played = [m for m in matches if m["state"] == "played"]
    check(len(played) == 2, "%d matches read played, not the two entered" % len(played))
    check(sorted(tuple(sorted(m["racks"])) for m in played) == [(3, 5), (4, 5)],
          "the played matches' racks are %r" % [m["racks"] for m in played])
    # Six players in a draw of eight: seeds 1 and 2 go through round 1 on a bye.
    byes = [m for m in matches if m["state"] == "bye" and m["section"] == "winners"
            and m["section_round"] == 1]
    check(len(byes) == 2, "the winners' first round has %d byes, not 2" % len(byes))
    check(sorted(m["a"] or m["b"] for m in byes) == sorted(names[:2]),
          "the byes go to %r, not to seeds 1 and 2" % [m["a"] or m["b"] for m in byes])
    tabled = matches[seeded["table_match"]]
    check(tabled["table"] == seeded["table"] and tabled["state"] == "ready",
          "match %d reads table %r (%s), not %r"
          % (tabled["id"], tabled["table"], tabled["state"], seeded["table"]))
    finals = [m for m in matches if m["section"] == "grand-final"]
    check(len(finals) == 1 and finals[0]["race"] == [7, 7],
          "the grand final's race is not 7-7: %r" % finals)
    check(all(m["race"] == [5, 5] for m in matches if m["section"] in ("winners", "losers")),
          "a bracket match's race is not 5-5")
    places = [s["place"] for s in t["standings"]]
    check(places == sorted(places) and places and places[0] == 1,
          "the standings' places are %r" % places)
    return t


def check_unknown(port):
    for path in ("/api/tournaments/999999", "/api/tournaments/abc", "/api/tournaments/1/x"):
        status, headers, body = http(port, path)
        text = body.decode("utf-8", "replace").strip()
        check(status == 404, "GET %s answered %d, not 404" % (path, status))
        check(headers.get("content-type", "").startswith("text/plain") and text.endswith("."),
              "GET %s's 404 is not a sentence: %r" % (path, text))


def check_pages(port, seeded):
    for path in ("/tournaments", "/tournaments/%d" % seeded["id"]):
        status, headers, body = http(port, path)
        check(status == 200 and b"/web/tournament.js" in body,
              "GET %s answered %d without the bracket page" % (path, status))
    status, _, body = http(port, "/")
    check(status == 200 and b'href="/tournaments"' in body,
          "the tables page has no link to /tournaments")


def chromium(arguments, profile):
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--no-first-run",
               "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=390,844",
               "--virtual-time-budget=8000", *arguments]
    return subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120)


def check_phone_page(base, seeded, t, shots):
    """The page rendered in Chromium: the DOM it made, and its screenshot."""
    url = "%s/tournaments/%d" % (base, seeded["id"])
    profile = tempfile.mkdtemp(prefix="dojo-chromium-")
    try:
        dumped = chromium(["--dump-dom", url], profile)
        check(dumped.returncode == 0, "chromium --dump-dom exited with %d: %s"
              % (dumped.returncode, dumped.stderr.strip()[-500:]))
        dom = dumped.stdout
        cards = len(re.findall(r'<article class="match"', dom))
        shown = [m for m in t["matches"] if not (m["state"] == "bye" and m["a"] is None
                                                 and m["b"] is None)]
        check(cards == len(shown), "the page shows %d match cards, not the %d with a player "
              "or a place to come" % (cards, len(shown)))
        for text in [seeded["name"], "BYE", "At " + seeded["table"], "Winners' bracket",
                     "Losers' bracket", "Grand final"] + [p["name"] for p in t["players"]]:
            check(text.replace("'", "&#39;") in dom or text in dom,
                  "the rendered page does not show %r" % text)
        check(dom.count('class="side won"') == 2,
              "the page highlights %d winners, not the 2 results" % dom.count('class="side won"'))
        shot = os.path.join(shots, "phone-bracket.png")
        if os.path.exists(shot):
            os.remove(shot)
        taken = chromium(["--screenshot=" + shot, url], profile)
        check(taken.returncode == 0 and os.path.isfile(shot),
              "chromium --screenshot exited with %d and wrote %s: %s"
              % (taken.returncode, "it" if os.path.isfile(shot) else "nothing",
                 taken.stderr.strip()[-500:]))
        return shot
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    if len(sys.argv) != 5:
        raise Failure("usage: live_tournaments.py PATH/TO/dojopool PATH/TO/dojo_qrdecode "
                      "PATH/TO/dojo_tournamentseed SCREENSHOT_DIR")
    seeder = sys.argv[3]
    shots = sys.argv[4]
    check(os.access(seeder, os.X_OK), "%s is not an executable program" % seeder)
    os.makedirs(shots, exist_ok=True)
    serve = Serve(sys.argv[1], sys.argv[2])
    try:
        serve.start()
        before = get_json(serve.port, "/api/tournaments")
        check(isinstance(before, list), "/api/tournaments is not a list: %r" % before)
        # Written by another process while serve runs, as the front desk's window would.
        seeded = seed_tournament(seeder, serve.data_dir, serve.environment)
        demo = ["Alex Moreno", "Bea Schmidt", "Chen Wei", "Dana Okafor", "Emil Novak",
                "Farah Haddad", "Gus Lindqvist", "Hana Sato"]
        check_list(serve.port, seeded)
        t = check_one(serve.port, seeded, demo)
        check_unknown(serve.port)
        check_pages(serve.port, seeded)
        if os.access(CHROMIUM, os.X_OK):
            shot = check_phone_page(serve.base, seeded, t, shots)
            print("the phone's bracket page: %s" % shot)
        else:
            print("no %s: the bracket page was not rendered" % CHROMIUM)
        check(serve.alive(), "dojopool serve died; its log:\n" + serve.log())
        status = serve.stop()
        check(status == 0, "dojopool serve exited with %r after SIGTERM, not 0" % status)
        print("tournament %d served: the list, the bracket, a 404" % seeded["id"])
    finally:
        serve.cleanup()


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print("FAILED: %s" % failure, file=sys.stderr)
        sys.exit(1)
    sys.exit(0)
