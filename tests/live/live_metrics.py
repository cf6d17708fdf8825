#!/usr/bin/python3
"""/metrics of a real `dojopool serve`, read by a real Prometheus text parser.

Usage: /usr/bin/python3 tests/live/live_metrics.py PATH/TO/dojopool PATH/TO/dojo_qrdecode

Starts `dojopool serve` on a fresh data folder (the demo venue, its four simulated tables'
cameras running), reads /metrics and parses it with Debian's python3-prometheus-client
(prometheus_client.parser.text_string_to_metric_families): the Content-Type of the text format
0.0.4, every family docs/health.md promises with its type and help, one table label per table
/api/tables lists, the cameras giving pictures. A spectator joins a table: the next samples count
its connection and the messages sent to it. SIGTERM ends serve with status 0 and leaves the day's
report in the data folder (reports/health-YYYY-MM-DD.txt and .json). Exit 0 when all of that
held; 1 with what failed.
"""

import asyncio
import datetime
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from livetest import Failure, Serve, check, get_json, http, run  # noqa: E402
from wsclient import join  # noqa: E402

try:
    from prometheus_client.parser import text_string_to_metric_families
except ImportError:  # the test fails, never skips, when the parser is missing
    text_string_to_metric_families = None

# docs/health.md, "Metrics": each family's name (as the parser names it: a counter without its
# _total) and type.
TABLE_FAMILIES = {
    "dojopool_camera_frames_per_second": "gauge",
    "dojopool_camera_dropped_frames": "counter",
    "dojopool_camera_seconds_since_frame": "gauge",
    "dojopool_camera_up": "gauge",
    "dojopool_tracking_frames_per_second": "gauge",
    "dojopool_tracking_seconds_per_frame": "gauge",
}
VENUE_FAMILIES = {
    "dojopool_build_info": "gauge",
    "dojopool_live_connections": "gauge",
    "dojopool_live_messages_sent": "counter",
    "dojopool_live_messages_per_second": "gauge",
    "dojopool_process_cpu_seconds": "counter",
    "dojopool_process_cpu_percent": "gauge",
    "dojopool_process_resident_memory_bytes": "gauge",
    "dojopool_process_memory_budget_bytes": "gauge",
    "dojopool_database_writes": "counter",
    "dojopool_database_write_seconds": "counter",
    "dojopool_database_write_longest_seconds": "gauge",
    "dojopool_disk_free_bytes": "gauge",
    "dojopool_disk_size_bytes": "gauge",
    "dojopool_alerts": "gauge",
    "dojopool_alert_active": "gauge",
}


def metrics(port):
    """The families of /metrics by name, parsed by prometheus_client."""
    status, headers, body = http(port, "/metrics")
    check(status == 200, "GET /metrics answered %d, not 200" % status)
    content_type = headers.get("content-type", "")
    check(content_type.startswith("text/plain; version=0.0.4"),
          "GET /metrics has Content-Type %r, not text/plain; version=0.0.4" % content_type)
    try:
        families = list(text_string_to_metric_families(body.decode("utf-8")))
    except Exception as error:  # the parser's own words on what is wrong
        raise Failure("prometheus_client cannot parse /metrics (%s):\n%s"
                      % (error, body.decode("utf-8", "replace")[:2000]))
    return {family.name: family for family in families}


def values(family, **labels):
    return [sample.value for sample in family.samples
            if all(sample.labels.get(k) == v for k, v in labels.items())]


def check_families(families, tables):
    for name, kind in list(TABLE_FAMILIES.items()) + list(VENUE_FAMILIES.items()):
        check(name in families, "/metrics has no %s; it has %s" % (name, ", ".join(sorted(families))))
        family = families[name]
        check(family.type == kind, "%s is a %s, not a %s" % (name, family.type, kind))
        check(family.documentation, "%s has no # HELP text" % name)
        if kind == "counter":
            check(all(s.name == name + "_total" for s in family.samples),
                  "the counter %s's samples are not named %s_total: %r"
                  % (name, name, [s.name for s in family.samples]))
    for name in TABLE_FAMILIES:
        labelled = sorted(s.labels.get("table") for s in families[name].samples)
        check(labelled == sorted(tables),
              "%s is labelled for tables %r, /api/tables lists %r" % (name, labelled, sorted(tables)))
    levels = sorted(s.labels.get("level") for s in families["dojopool_alerts"].samples)
    check(levels == ["critical", "warning"], "dojopool_alerts has levels %r" % levels)
    version = families["dojopool_build_info"].samples[0].labels.get("version")
    check(version, "dojopool_build_info has no version label")
    memory = values(families["dojopool_process_resident_memory_bytes"])[0]
    budget = values(families["dojopool_process_memory_budget_bytes"])[0]
    check(memory > 0 and budget > memory,
          "resident memory %r and its budget %r are not figures of a running process"
          % (memory, budget))
    free = values(families["dojopool_disk_free_bytes"])[0]
    size = values(families["dojopool_disk_size_bytes"])[0]
    check(0 < free <= size, "the disk's free %r and size %r do not fit" % (free, size))


def wait_for(port, what, holds, timeout=30.0):
    deadline = time.monotonic() + timeout
    families = metrics(port)
    while not holds(families):
        check(time.monotonic() < deadline, "/metrics did not show %s within %.0f s" % (what, timeout))
        time.sleep(0.5)
        families = metrics(port)
    return families


async def main():
    check(text_string_to_metric_families is not None,
          "the Python module prometheus_client is not importable by %s: install "
          "python3-prometheus-client and run the test with /usr/bin/python3" % sys.executable)
    serve = Serve(sys.argv[1], sys.argv[2]).start()
    try:
        tables = [t["name"] for t in get_json(serve.port, "/api/tables")]
        check(len(tables) >= 1, "the demo venue serves no table")
        families = wait_for(serve.port, "every table's camera giving pictures",
                            lambda f: all(v > 0 for t in tables for v in
                                          values(f["dojopool_camera_frames_per_second"], table=t))
                            and len(f["dojopool_camera_frames_per_second"].samples) == len(tables))
        check_families(families, tables)
        print("/metrics: %d families, %d tables, cameras at %s frames a second"
              % (len(families), len(tables),
                 ", ".join("%.0f" % values(families["dojopool_camera_frames_per_second"], table=t)[0]
                           for t in tables)))

        spectator = await join("spectator", serve.port, {"type": "join", "table": tables[0]})
        families = wait_for(serve.port, "the spectator's connection and its messages",
                            lambda f: values(f["dojopool_live_connections"])[0] >= 1
                            and values(f["dojopool_live_messages_sent"])[0] >= 1)
        check_families(families, tables)
        print("with a spectator: %d connection(s), %d messages sent"
              % (values(families["dojopool_live_connections"])[0],
                 values(families["dojopool_live_messages_sent"])[0]))
        await spectator.close()

        status = serve.stop()
        check(status == 0, "dojopool serve ended with %r on SIGTERM, not 0" % status)
        day = datetime.date.today().isoformat()
        report = os.path.join(serve.data_dir, "reports", "health-%s" % day)
        check(os.path.isfile(report + ".txt") and os.path.isfile(report + ".json"),
              "serve left no report %s.txt and .json; the folder has %r"
              % (report, os.listdir(os.path.dirname(report))
                 if os.path.isdir(os.path.dirname(report)) else "no reports folder"))
        with open(report + ".json", encoding="utf-8") as file:
            written = json.load(file)
        check(written.get("format") == "dojopool-health-report/1" and written.get("day") == day,
              "the report's JSON is not today's health report: %r" % {k: written.get(k)
                                                                      for k in ("format", "day")})
        check(sorted(t["name"] for t in written["tables"]) == sorted(tables),
              "the report counts tables %r" % [t["name"] for t in written["tables"]])
        with open(report + ".txt", encoding="utf-8") as file:
            text = file.read()
        check(all(t in text for t in tables), "the report's text does not name every table")
        print("the day's report: %d samples, %d alerts" % (written["samples"], len(written["alerts"])))
    finally:
        serve.cleanup()


if __name__ == "__main__":
    run(main)
