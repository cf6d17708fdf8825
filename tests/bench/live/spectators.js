// A load process: K spectators on one table, measuring each state's delivery latency and seq gaps.
// node spectators.js --url ws://127.0.0.1:P/ws --clients K --seconds S [--batch 200] [--warmup 2]
//   [--start-on-stdin]: after "connected" is printed, wait for a line on stdin holding the epoch ms at
//   which measuring starts (the orchestrator gives both load processes the same window).
// Prints progress lines on stderr and, at the end, one JSON line on stdout.
'use strict';
const WebSocket = require('ws');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const url = option('url', 'ws://127.0.0.1:8080/ws');
const clients = Number(option('clients', '100'));
const seconds = Number(option('seconds', '10'));
const batch = Number(option('batch', '200'));
const warmupMs = Number(option('warmup', '2')) * 1000;
const table = option('table', 'Bench');
const startOnStdin = process.argv.includes('--start-on-stdin');

// Latencies are whole milliseconds (both clocks are Date.now()), so a histogram of 1 ms buckets is exact.
const MAX_MS = 60000;
const histogram = new Float64Array(MAX_MS + 1);
let measuring = false;
let measuredFrom = 0; // when the window opened, to tell its real length
let messages = 0; // states received in the window
let bytes = 0; // their size, to compare the servers' messages
let lost = 0; // states missing from seq gaps seen in the window
let seqFirst = 0; // the lowest and highest seq read in the window, to tell the server's real rate
let seqLast = 0;
let outOfOrder = 0; // a seq not above the last one seen
let closed = 0; // connections closed during the run
let failed = 0; // connections that never joined
const conns = [];

// Only the head of a state is looked at: type, seq and t come before the balls.
const stateRe = /^\{"type":"state"/;
const seqRe = /"seq":(\d+)/;
const tRe = /"t":(\d+)/;

function onMessage(c, data) {
  const now = Date.now();
  const head = data.toString('latin1', 0, 80);
  if (!stateRe.test(head)) {
    if (!c.joined && head.includes('"snapshot"')) c.onJoined();
    return;
  }
  const s = seqRe.exec(head);
  const t = tRe.exec(head);
  if (s === null || t === null) return;
  const seq = Number(s[1]);
  c.lastState = now;
  if (c.lastSeq !== 0) {
    const gap = seq - c.lastSeq - 1;
    if (measuring) {
      if (gap > 0) lost += gap;
      else if (gap < 0) outOfOrder += 1;
    }
  }
  c.lastSeq = seq;
  if (!measuring) return;
  messages += 1;
  bytes += data.length;
  if (seqFirst === 0 || seq < seqFirst) seqFirst = seq;
  if (seq > seqLast) seqLast = seq;
  const ms = Math.min(Math.max(now - Number(t[1]), 0), MAX_MS);
  histogram[ms] += 1;
}

function connect() {
  return new Promise((resolve) => {
    const c = { ws: null, joined: false, lastSeq: 0, lastState: 0, onJoined: null };
    let settled = false;
    const done = (ok) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!ok) failed += 1;
      resolve();
    };
    const timer = setTimeout(() => { done(false); c.ws.terminate(); }, 15000);
    c.onJoined = () => { c.joined = true; done(true); };
    c.ws = new WebSocket(url, { perMessageDeflate: false, skipUTF8Validation: true });
    c.ws.on('open', () => c.ws.send(JSON.stringify({ type: 'join', table })));
    c.ws.on('message', (data) => onMessage(c, data));
    c.ws.on('close', () => { if (c.joined) closed += 1; done(false); });
    c.ws.on('error', () => {});
    conns.push(c);
  });
}

function percentile(p, total) {
  let seen = 0;
  const want = p * total;
  for (let ms = 0; ms <= MAX_MS; ms += 1) {
    seen += histogram[ms];
    if (seen >= want && seen > 0) return ms;
  }
  return null;
}

function finish() {
  measuring = false;
  const now = Date.now();
  const joined = conns.filter((c) => c.joined && c.ws.readyState === WebSocket.OPEN);
  // a client the server stopped feeding shows no gap, so count those silent for a second at the end
  const silent = joined.filter((c) => now - c.lastState > 1000).length;
  const sparse = {};
  let max = null;
  for (let ms = 0; ms <= MAX_MS; ms += 1) {
    if (histogram[ms] > 0) { sparse[ms] = histogram[ms]; max = ms; }
  }
  const result = {
    clients, connected: joined.length, failed, closed, silent, seconds, window_ms: now - measuredFrom, messages, lost,
    seq_first: seqFirst, seq_last: seqLast,
    out_of_order: outOfOrder, mean_bytes: messages ? Math.round(bytes / messages) : null,
    p50: percentile(0.5, messages), p99: percentile(0.99, messages), max, histogram_ms: sparse,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  for (const c of conns) c.ws.terminate();
  setTimeout(() => process.exit(0), 100);
}

function measureFrom(startMs) {
  setTimeout(() => {
    measuring = true;
    measuredFrom = Date.now();
    process.stderr.write(`measuring ${seconds} s\n`);
    setTimeout(finish, seconds * 1000);
  }, Math.max(0, startMs - Date.now()));
}

async function main() {
  for (let i = 0; i < clients; i += batch) {
    const n = Math.min(batch, clients - i);
    await Promise.all(Array.from({ length: n }, connect));
  }
  const connectedCount = conns.filter((c) => c.joined).length;
  process.stderr.write(`connected ${connectedCount} of ${clients}\n`);
  // the protocol closes a connection silent for 60 s, so long runs ping like the web client
  setInterval(() => {
    for (const c of conns) if (c.ws.readyState === WebSocket.OPEN) c.ws.send('{"type":"ping"}');
  }, 15000);
  if (!startOnStdin) return measureFrom(Date.now() + warmupMs);
  process.stdout.write(`connected ${connectedCount}\n`);
  let buffer = '';
  let started = false;
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    buffer += chunk;
    const nl = buffer.indexOf('\n');
    if (nl >= 0 && !started) {
      started = true;
      process.stdin.pause();
      measureFrom(Number(buffer.slice(0, nl)));
    }
  });
}

main();
