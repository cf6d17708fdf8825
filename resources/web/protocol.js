// The live protocol's connection to one table (docs/protocol.md, version 1): join, resume
// with the last seq, heartbeats and reconnecting with backoff. Shared by the client and
// the overlay.
"use strict";

(function () {
  const PROTOCOL = 1;
  const PING_EVERY_MS = 15000;
  const SILENCE_MS = 40000;
  const BACKOFF_MAX_MS = 10000;
  // Close codes after which trying again cannot help: the card or the table is wrong.
  const FINAL_CLOSES = {
    4000: "This page speaks a protocol version the venue does not know. Reload the page.",
    4001: "This table card's code is no longer valid. Scan the card on the table again.",
    4004: "The venue has no table with this name.",
  };

  // Reads the table's name from a path like /t/Table%201 or /overlay/Table%201.
  function tableFromPath(prefix) {
    const path = window.location.pathname;
    if (!path.startsWith(prefix)) return null;
    const rest = path.slice(prefix.length).replace(/\/+$/, "");
    if (!rest) return null;
    try {
      return decodeURIComponent(rest);
    } catch (e) {
      return rest;
    }
  }

  function socketUrl() {
    const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    return scheme + window.location.host + "/ws";
  }

  // options: {table, k, onMessage(msg), onStatus(state, text), onReply(msg)}
  // state is one of "connecting", "live", "reconnecting", "closed".
  class TableConnection {
    constructor(options) {
      this.table = options.table;
      this.k = options.k || null;
      this.onMessage = options.onMessage || function () {};
      this.onReply = options.onReply || function () {};
      this.onStatus = options.onStatus || function () {};
      this.lastSeq = null;
      this.seat = null;
      this.gaps = 0;
      this.socket = null;
      this.attempt = 0;
      this.lastHeard = 0;
      this.retryTimer = null;
      this.pingTimer = null;
      this.watchTimer = null;
      this.stopped = false;
      this.clockOffset = null; // local ms minus server ms, the smallest seen (least delay)
    }

    start() {
      this.stopped = false;
      this.connect();
    }

    setStatus(state, text) {
      this.state = state;
      this.onStatus(state, text);
    }

    connect() {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.setStatus(this.attempt === 0 ? "connecting" : "reconnecting",
                     this.attempt === 0 ? "Connecting…" : "Reconnecting…");
      let socket;
      try {
        socket = new WebSocket(socketUrl());
      } catch (e) {
        this.scheduleRetry();
        return;
      }
      this.socket = socket;
      socket.onopen = () => {
        if (socket !== this.socket) return;
        this.lastHeard = Date.now();
        const join = { type: "join", table: this.table, protocol: PROTOCOL };
        if (this.k) join.k = this.k;
        if (this.lastSeq !== null) join.seq = this.lastSeq;
        if (this.k && this.seat !== null) join.seat = this.seat;
        socket.send(JSON.stringify(join));
        this.startHeartbeat();
      };
      socket.onmessage = (event) => {
        if (socket !== this.socket) return;
        this.lastHeard = Date.now();
        let msg;
        try {
          msg = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        if (!msg || typeof msg !== "object") return;
        this.receive(msg);
      };
      socket.onclose = (event) => {
        if (socket !== this.socket) return;
        this.stopHeartbeat();
        this.socket = null;
        if (this.stopped) return;
        const final = FINAL_CLOSES[event.code];
        if (final) {
          this.setStatus("closed", final);
          return;
        }
        this.scheduleRetry();
      };
      socket.onerror = () => {
        // onclose follows and retries.
      };
    }

    receive(msg) {
      if (msg.type === "pong") {
        if (typeof msg.t === "number") this.noteClock(msg.t);
        return;
      }
      if (msg.type === "accepted" || msg.type === "refused") {
        this.onReply(msg);
        return;
      }
      if (typeof msg.seq === "number") {
        if (msg.type === "snapshot") {
          this.lastSeq = msg.seq;
        } else if (this.lastSeq !== null && msg.seq <= this.lastSeq) {
          return; // already seen (a resume may repeat what arrived before the drop)
        } else {
          // A gap means dropped states (the protocol never drops anything else): carry on.
          if (this.lastSeq !== null && msg.seq > this.lastSeq + 1) this.gaps += 1;
          this.lastSeq = msg.seq;
        }
      }
      if (msg.type === "snapshot") {
        this.attempt = 0;
        if (msg.seat === 0 || msg.seat === 1) this.seat = msg.seat;
        else this.seat = null;
        this.setStatus("live", "Live");
      } else if (this.state !== "live") {
        // A resume without a snapshot: the missed messages come first, then live ones.
        this.attempt = 0;
        this.setStatus("live", "Live");
      }
      if (msg.type === "state" && typeof msg.t === "number") this.noteClock(msg.t);
      this.onMessage(msg);
    }

    noteClock(serverMs) {
      const offset = Date.now() - serverMs;
      if (this.clockOffset === null || offset < this.clockOffset) this.clockOffset = offset;
      else this.clockOffset += 0.002 * (offset - this.clockOffset); // follow slow drift
    }

    // The server's clock now, in ms since the epoch (the local clock before any state).
    serverNow() {
      return Date.now() - (this.clockOffset || 0);
    }

    send(msg) {
      if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
      this.socket.send(JSON.stringify(msg));
      return true;
    }

    startHeartbeat() {
      this.stopHeartbeat();
      this.pingTimer = setInterval(() => this.send({ type: "ping" }), PING_EVERY_MS);
      this.watchTimer = setInterval(() => {
        if (Date.now() - this.lastHeard > SILENCE_MS && this.socket) {
          // Nothing heard for too long: treat the connection as dead.
          const dead = this.socket;
          this.socket = null;
          this.stopHeartbeat();
          try {
            dead.close();
          } catch (e) {
            // already closing
          }
          this.scheduleRetry();
        }
      }, 1000);
    }

    stopHeartbeat() {
      clearInterval(this.pingTimer);
      clearInterval(this.watchTimer);
      this.pingTimer = null;
      this.watchTimer = null;
    }

    scheduleRetry() {
      if (this.stopped || this.retryTimer) return;
      const delay = Math.min(BACKOFF_MAX_MS, 1000 * Math.pow(2, this.attempt));
      this.attempt += 1;
      this.setStatus("reconnecting", "Reconnecting…");
      this.retryTimer = setTimeout(() => this.connect(), delay);
    }

    stop() {
      this.stopped = true;
      this.stopHeartbeat();
      clearTimeout(this.retryTimer);
      if (this.socket) this.socket.close();
      this.socket = null;
    }
  }

  window.DojoProtocol = { TableConnection, tableFromPath, PROTOCOL };
})();
