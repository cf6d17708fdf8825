// The table seen from above on a canvas: cloth, rails, pockets, head string and the balls,
// moved smoothly by interpolating between the server's state messages.
"use strict";

(function () {
  const BALL_RADIUS_MM = 28.575; // 2 1/4 in balls
  const RAIL_MM = 150; // wood plus cushion, as drawn
  const CUSHION_MM = 45;
  const POCKET_CORNER_MM = 62;
  const POCKET_SIDE_MM = 56;
  const DELAY_MS = 100; // render this far behind the newest state, to always have two
  const EXTRAPOLATE_MS = 120;
  const COLOURS = {
    1: "#f4c20d", 2: "#1f4fd1", 3: "#d62020", 4: "#6a2ca0", 5: "#f07a10", 6: "#13863a",
    7: "#7a1f1f", 8: "#111111",
  };
  const POCKETS = ["head-left", "head-right", "side-left", "side-right", "foot-left", "foot-right"];

  function pocketPosition(name, length, width) {
    const x = name.startsWith("head") ? 0 : name.startsWith("side") ? length / 2 : length;
    const y = name.endsWith("left") ? 0 : width;
    return { x, y };
  }

  function ballColour(n) {
    if (n === 0) return "#f8f6ee";
    return COLOURS[n > 8 ? n - 8 : n] || "#888";
  }

  class TableView {
    constructor(canvas) {
      this.canvas = canvas;
      this.ctx = canvas.getContext("2d");
      this.length = 2540;
      this.width = 1270;
      this.states = []; // [{t, balls: Map n -> ball, moving}] in server time
      this.clock = null; // () => the server's time now in ms
      this.selectedBall = null;
      this.selectedPocket = null;
      this.drawnBalls = 0;
      this.portrait = false;
      this.onTap = null; // (hit) => void, hit = {ball} or {pocket}
      this.pixelsKey = "";
      canvas.addEventListener("click", (e) => this.tap(e));
      const frame = () => {
        this.draw();
        window.requestAnimationFrame(frame);
      };
      window.requestAnimationFrame(frame);
    }

    setTable(table) {
      if (table && table.length_mm > 0 && table.width_mm > 0) {
        this.length = table.length_mm;
        this.width = table.width_mm;
      }
      this.pixelsKey = "";
    }

    // The whole table anew (a snapshot): no interpolation from what was shown before.
    reset(balls) {
      this.states = [{ t: -Infinity, balls: toMap(balls), moving: false }];
    }

    pushState(msg) {
      const state = { t: msg.t, balls: toMap(msg.balls), moving: !!msg.moving };
      const last = this.states[this.states.length - 1];
      if (last && last.t > state.t) return; // out of order: keep time moving forward
      this.states.push(state);
      // Keep what the render time may still need, and not much more.
      while (this.states.length > 2 && this.states[1].t < state.t - 2000) this.states.shift();
      if (this.states.length > 120) this.states.splice(0, this.states.length - 120);
    }

    // The balls to show now: between the two states around (server now - delay).
    ballsNow() {
      const states = this.states;
      if (states.length === 0) return [];
      const last = states[states.length - 1];
      if (states.length === 1 || !this.clock) return Array.from(last.balls.values());
      const at = this.clock() - DELAY_MS;
      if (at >= last.t) {
        if (!last.moving) return Array.from(last.balls.values());
        const ahead = Math.min(at - last.t, EXTRAPOLATE_MS) / 1000;
        return Array.from(last.balls.values()).map((b) => ({
          n: b.n, x: b.x + (b.vx || 0) * ahead, y: b.y + (b.vy || 0) * ahead,
        }));
      }
      let i = states.length - 2;
      while (i > 0 && states[i].t > at) i -= 1;
      const a = states[i];
      const b = states[i + 1];
      if (a.t === -Infinity || at <= a.t) return Array.from(a.t === -Infinity ? b.balls.values() : a.balls.values());
      const f = (at - a.t) / (b.t - a.t || 1);
      const out = [];
      for (const later of b.balls.values()) {
        const earlier = a.balls.get(later.n);
        if (!earlier) {
          out.push(later);
          continue;
        }
        out.push({ n: later.n, x: earlier.x + (later.x - earlier.x) * f, y: earlier.y + (later.y - earlier.y) * f });
      }
      return out;
    }

    // Fits the canvas to its box, turned whichever way shows the table larger: landscape on
    // a wide screen, upright (head at the bottom) on a phone held upright.
    layout() {
      const box = this.canvas.parentElement.getBoundingClientRect();
      const cssWidth = Math.max(160, Math.floor(box.width));
      const maxH = Math.max(200, window.innerHeight * 0.8);
      const full = { x: this.length + 2 * RAIL_MM, y: this.width + 2 * RAIL_MM };
      const across = Math.min(cssWidth / full.x, maxH / full.y);
      const upright = Math.min(cssWidth / full.y, maxH / full.x);
      const portrait = upright > across * 1.05;
      const aspect = portrait ? full.y / full.x : full.x / full.y;
      let w = cssWidth;
      let h = Math.round(w / aspect);
      if (h > maxH) {
        h = Math.round(maxH);
        w = Math.round(h * aspect);
      }
      const dpr = window.devicePixelRatio || 1;
      const key = [w, h, dpr, this.length, this.width].join("x");
      if (key !== this.pixelsKey) {
        this.pixelsKey = key;
        this.canvas.style.width = w + "px";
        this.canvas.style.height = h + "px";
        this.canvas.width = Math.round(w * dpr);
        this.canvas.height = Math.round(h * dpr);
      }
      this.portrait = portrait;
      this.scale = (portrait ? this.canvas.width / full.y : this.canvas.width / full.x);
      this.cssPerMm = this.scale / dpr;
    }

    // Sets the transform so that drawing happens in table millimetres.
    toTable(ctx) {
      const s = this.scale;
      if (this.portrait) {
        // x (toward the foot) runs up the screen, y (toward the right rail) to the right.
        ctx.setTransform(0, -s, s, 0, RAIL_MM * s, (this.length + RAIL_MM) * s);
      } else {
        ctx.setTransform(s, 0, 0, s, RAIL_MM * s, RAIL_MM * s);
      }
    }

    draw() {
      this.layout();
      const ctx = this.ctx;
      const L = this.length;
      const W = this.width;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      this.toTable(ctx);
      // Rails
      ctx.fillStyle = "#4a2a14";
      roundRect(ctx, -RAIL_MM, -RAIL_MM, L + 2 * RAIL_MM, W + 2 * RAIL_MM, 60);
      ctx.fill();
      // Cushions, then the cloth inside them
      ctx.fillStyle = "#0b6a3a";
      ctx.fillRect(-CUSHION_MM, -CUSHION_MM, L + 2 * CUSHION_MM, W + 2 * CUSHION_MM);
      ctx.fillStyle = "#0f7f46";
      ctx.fillRect(0, 0, L, W);
      // Diamonds
      ctx.fillStyle = "#e9dcb8";
      const d = (RAIL_MM + CUSHION_MM) / 2;
      for (let i = 1; i < 8; i++) {
        if (i === 4) continue;
        dot(ctx, (L * i) / 8, -d, 9);
        dot(ctx, (L * i) / 8, W + d, 9);
      }
      for (let i = 1; i < 4; i++) {
        dot(ctx, -d, (W * i) / 4, 9);
        dot(ctx, L + d, (W * i) / 4, 9);
      }
      // Head string and foot spot
      ctx.strokeStyle = "rgba(255,255,255,0.35)";
      ctx.lineWidth = 4;
      ctx.setLineDash([18, 14]);
      ctx.beginPath();
      ctx.moveTo(L / 4, 0);
      ctx.lineTo(L / 4, W);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "rgba(255,255,255,0.45)";
      dot(ctx, (3 * L) / 4, W / 2, 8);
      dot(ctx, L / 4, W / 2, 6);
      // Pockets
      for (const name of POCKETS) {
        const p = pocketPosition(name, L, W);
        const r = name.startsWith("side") ? POCKET_SIDE_MM : POCKET_CORNER_MM;
        ctx.fillStyle = "#050505";
        dot(ctx, p.x + (name.startsWith("side") ? 0 : 0), p.y, r);
        if (name === this.selectedPocket) {
          ctx.strokeStyle = "#ffd84a";
          ctx.lineWidth = 14;
          ctx.beginPath();
          ctx.arc(p.x, p.y, r + 22, 0, 2 * Math.PI);
          ctx.stroke();
        }
      }
      // Balls
      const balls = this.ballsNow();
      for (const b of balls) this.drawBall(ctx, b);
      this.drawnBalls = balls.length;
      this.canvas.dataset.balls = String(balls.length);
    }

    drawBall(ctx, b) {
      const r = BALL_RADIUS_MM;
      ctx.save();
      ctx.translate(b.x, b.y);
      if (this.portrait) ctx.rotate(Math.PI / 2); // keep the numbers upright on screen
      ctx.fillStyle = "rgba(0,0,0,0.35)";
      dot(ctx, 5, 6, r);
      const stripe = b.n >= 9 && b.n <= 15;
      ctx.beginPath();
      ctx.arc(0, 0, r, 0, 2 * Math.PI);
      ctx.fillStyle = stripe ? "#f8f6ee" : ballColour(b.n);
      ctx.fill();
      if (stripe) {
        ctx.save();
        ctx.clip();
        ctx.fillStyle = ballColour(b.n);
        ctx.fillRect(-r, -r * 0.55, 2 * r, r * 1.1);
        ctx.restore();
      }
      ctx.lineWidth = 2;
      ctx.strokeStyle = "rgba(0,0,0,0.55)";
      ctx.stroke();
      if (b.n > 0) {
        ctx.fillStyle = "#fff";
        dot(ctx, 0, 0, r * 0.52);
        // Numbers smaller than a few pixels are noise: draw them only when legible.
        if (this.cssPerMm * r > 6) {
          ctx.fillStyle = "#111";
          ctx.font = "bold " + (b.n > 9 ? r * 0.62 : r * 0.72) + "px sans-serif";
          ctx.textAlign = "center";
          ctx.textBaseline = "middle";
          ctx.fillText(String(b.n), 0, r * 0.05);
        }
      }
      if (b.n === this.selectedBall) {
        ctx.strokeStyle = "#ffd84a";
        ctx.lineWidth = 9;
        ctx.beginPath();
        ctx.arc(0, 0, r + 12, 0, 2 * Math.PI);
        ctx.stroke();
      }
      ctx.restore();
    }

    // A tap on the canvas: the nearest ball or pocket in table millimetres, if near enough.
    tap(event) {
      if (!this.onTap) return;
      const rect = this.canvas.getBoundingClientRect();
      const px = ((event.clientX - rect.left) / rect.width) * this.canvas.width;
      const py = ((event.clientY - rect.top) / rect.height) * this.canvas.height;
      const s = this.scale;
      let x;
      let y;
      if (this.portrait) {
        x = this.length + RAIL_MM - py / s;
        y = px / s - RAIL_MM;
      } else {
        x = px / s - RAIL_MM;
        y = py / s - RAIL_MM;
      }
      const near = Math.max(90, 22 / this.cssPerMm); // at least a finger's width
      let best = null;
      for (const b of this.ballsNow()) {
        const dist = Math.hypot(b.x - x, b.y - y);
        if (b.n !== 0 && dist < near && (!best || dist < best.dist)) best = { ball: b.n, dist };
      }
      if (!best) {
        for (const name of POCKETS) {
          const p = pocketPosition(name, this.length, this.width);
          const dist = Math.hypot(p.x - x, p.y - y);
          if (dist < near * 2 && (!best || dist < best.dist)) best = { pocket: name, dist };
        }
      }
      if (best) this.onTap(best);
    }
  }

  function toMap(balls) {
    const map = new Map();
    for (const b of balls || []) {
      if (typeof b.n === "number" && typeof b.x === "number" && typeof b.y === "number") map.set(b.n, b);
    }
    return map;
  }

  function dot(ctx, x, y, r) {
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fill();
  }

  function roundRect(ctx, x, y, w, h, r) {
    ctx.beginPath();
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + w, y, x + w, y + h, r);
    ctx.arcTo(x + w, y + h, x, y + h, r);
    ctx.arcTo(x, y + h, x, y, r);
    ctx.arcTo(x, y, x + w, y, r);
    ctx.closePath();
  }

  window.DojoTable = { TableView, POCKETS, ballColour };
})();
