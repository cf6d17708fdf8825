// The reference: a small Node.js `ws` broadcaster of one table's states at 30 Hz,
// written the way a Node developer would (one JSON.stringify per tick, send to each client).
'use strict';
const { WebSocketServer, WebSocket } = require('ws');

const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
const wss = new WebSocketServer({ host: '127.0.0.1', port, path: '/ws' });
const table = { name: 'Bench', size: '9ft', length_mm: 2540, width_mm: 1270 };
const balls = Array.from({ length: 16 }, (_, n) => ({
  n, x: 200 + 140 * n, y: 100 + 65 * n, vx: 900 - 110 * n, vy: -700 + 95 * n }));
let seq = Date.now() * 1000;
const r1 = (v) => Math.round(v * 10) / 10;
const view = () => balls.map((b) => ({ n: b.n, x: r1(b.x), y: r1(b.y), vx: r1(b.vx), vy: r1(b.vy) }));

function move(dt) { // balls bounce off the cushions so every state differs
  for (const b of balls) {
    b.x += b.vx * dt; b.y += b.vy * dt;
    if (b.x < 0 || b.x > table.length_mm) { b.vx = -b.vx; b.x = Math.min(Math.max(b.x, 0), table.length_mm); }
    if (b.y < 0 || b.y > table.width_mm) { b.vy = -b.vy; b.y = Math.min(Math.max(b.y, 0), table.width_mm); }
  }
}

wss.on('connection', (ws) => {
  ws.on('message', (data) => {
    let m;
    try { m = JSON.parse(data); } catch { return ws.close(1007, 'not JSON'); }
    if (m.type === 'ping') return ws.send(JSON.stringify({ type: 'pong', t: Date.now() }));
    if (m.type !== 'join' || ws.joined) return ws.close(1008, 'join first');
    if (m.table !== table.name) return ws.close(4004, 'no such table');
    ws.joined = true;
    ws.send(JSON.stringify({ type: 'snapshot', seq, protocol: 1, table, role: 'spectator', seat: null,
      balls: view(), moving: true, match: null, seats: [], chat: [] }));
  });
});

const start = Date.now();
let ticks = 0;
function tick() { // scheduled against the start time so the rate stays 30 Hz without drift
  move(1 / 30);
  const msg = JSON.stringify({ type: 'state', seq: ++seq, t: Date.now(), balls: view(), moving: true });
  for (const client of wss.clients) {
    if (client.joined && client.readyState === WebSocket.OPEN && client.bufferedAmount <= 1 << 20) client.send(msg);
  }
  ticks += 1;
  setTimeout(tick, Math.max(0, start + (ticks * 1000) / 30 - Date.now()));
}

wss.on('listening', () => { console.log('ready'); setTimeout(tick, 1000 / 30); });
process.on('SIGTERM', () => { for (const c of wss.clients) c.terminate(); wss.close(() => process.exit(0)); });
