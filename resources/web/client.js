// The phone web client: the venue's tables on "/", one table live on "/t/<table>".
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const BALL_IN_HAND = {
    "anywhere": "ball in hand anywhere",
    "behind-head-string": "ball in hand behind the head string",
  };
  let toastTimer = null;

  function toast(text) {
    const box = $("toast");
    box.textContent = text;
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { box.hidden = true; }, 4500);
  }

  function setStatus(state, text) {
    const status = $("status");
    status.dataset.state = state;
    status.textContent = text;
  }

  window.dojo = {
    toast,
    ballCount: () => Number($("table") ? $("table").dataset.balls || 0 : 0),
  };

  // --- The venue's tables ---------------------------------------------------------------

  function startHome() {
    $("home").hidden = false;
    document.title = "DojoPool: tables";
    const refresh = () => {
      fetch("/api/venue").then((r) => r.json()).then((v) => {
        if (v && v.name) {
          $("venue-name").textContent = v.name;
          document.title = v.name + ": tables";
        }
      }).catch(() => {});
      fetch("/api/tables").then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      }).then((tables) => {
        showTables(Array.isArray(tables) ? tables : []);
        setStatus("live", "Live");
      }).catch(() => setStatus("reconnecting", "The venue does not answer; trying again…"));
    };
    refresh();
    setInterval(refresh, 5000);
  }

  function showTables(tables) {
    const list = $("tables");
    list.textContent = "";
    if (tables.length === 0) {
      const li = document.createElement("li");
      li.className = "note";
      li.textContent = "This venue has no tables yet.";
      list.appendChild(li);
    }
    for (const t of tables) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = "/t/" + encodeURIComponent(t.name);
      a.className = "table-link";
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = t.name;
      const status = document.createElement("span");
      status.className = "tag tag-" + String(t.status || "").replace(/[^a-z-]/g, "");
      status.textContent = t.status || "";
      a.append(name, status);
      const detail = document.createElement("span");
      detail.className = "detail";
      const parts = [];
      if (t.match) parts.push(scoreLine(t.match));
      if (t.watching) parts.push(t.watching === 1 ? "1 watching" : t.watching + " watching");
      if (t.camera === "failed") parts.push("camera down");
      detail.textContent = parts.join(" · ");
      if (parts.length) a.appendChild(detail);
      li.appendChild(a);
      list.appendChild(li);
    }
  }

  function scoreLine(m) {
    const p = m.players || ["", ""];
    const s = m.score || [0, 0];
    return p[0] + " " + s[0] + " – " + s[1] + " " + p[1];
  }

  // --- One table live -------------------------------------------------------------------

  function startTable(name) {
    $("live").hidden = false;
    $("table-name").textContent = name;
    document.title = name + ": DojoPool";
    const params = new URLSearchParams(window.location.search);
    const k = params.get("k");
    const view = { role: k ? "player" : "spectator", seat: null, match: null, seats: [], ballsOnTable: [], joined: false };
    const table = new window.DojoTable.TableView($("table"));
    let pendingSeat = null;

    const conn = new window.DojoProtocol.TableConnection({
      table: name,
      k,
      onStatus: (state, text) => {
        setStatus(state, state === "closed" ? "Not connected" : text);
        // A closed connection will not come back by itself: say so where it is seen.
        $("notice").hidden = state !== "closed";
        $("notice-text").textContent = state === "closed" ? text : "";
      },
      onReply: (msg) => {
        if (msg.type === "refused") {
          toast(msg.reason || "The referee refused that.");
        } else if (msg.request === "sit" || (msg.request === "setup" && pendingSeat !== null)) {
          view.seat = pendingSeat;
          conn.seat = pendingSeat;
          render();
        }
        pendingSeat = null;
      },
      onMessage: (msg) => receive(msg),
    });
    table.clock = () => conn.serverNow();

    const send = (msg, seat) => {
      if (!conn.send(msg)) {
        toast("Not connected right now; try again in a moment.");
        return;
      }
      if (seat !== undefined) pendingSeat = seat;
    };
    const controls = new window.DojoControls.Controls($("controls"), send, table);

    function receive(msg) {
      switch (msg.type) {
        case "snapshot":
          view.joined = true;
          view.role = msg.role === "player" ? "player" : "spectator";
          view.seat = msg.seat === 0 || msg.seat === 1 ? msg.seat : null;
          view.match = msg.match || null;
          view.seats = msg.seats || [];
          if (msg.table) {
            table.setTable(msg.table);
            if (msg.table.name) $("table-name").textContent = msg.table.name;
          }
          table.reset(msg.balls);
          view.ballsOnTable = (msg.balls || []).map((b) => b.n);
          $("announced").hidden = true;
          $("chat-lines").textContent = "";
          for (const line of msg.chat || []) addChat(line);
          if (view.match && view.match.last_ruling) $("last-ruling").textContent = view.match.last_ruling;
          else $("last-ruling").textContent = view.match ? "" : "No match on this table yet.";
          break;
        case "state":
          table.pushState(msg);
          view.ballsOnTable = (msg.balls || []).map((b) => b.n);
          if (!msg.moving) controls.refreshBalls(view.ballsOnTable);
          return;
        case "ruling":
          $("last-ruling").textContent = msg.sentence || "";
          $("announced").hidden = true;
          break;
        case "match":
          view.match = msg.match || null;
          if (view.match && view.match.last_ruling) $("last-ruling").textContent = view.match.last_ruling;
          break;
        case "announced":
          $("announced").textContent = msg.sentence || "";
          $("announced").hidden = !msg.sentence;
          if (msg.request === "call" && msg.seat === view.seat) {
            table.selectedBall = null;
            table.selectedPocket = null;
          }
          break;
        case "seats":
          view.seats = msg.seats || [];
          break;
        case "chat":
          addChat(msg);
          return;
        default:
          return;
      }
      render();
    }

    function render() {
      const m = view.match;
      const score = $("score");
      const turn = $("turn");
      const fouls = $("fouls");
      const waiting = $("waiting");
      if (!view.joined) {
        score.textContent = "";
        $("race").textContent = "";
        turn.textContent = "";
        fouls.textContent = "";
        waiting.hidden = true;
      } else if (!m) {
        score.textContent = "No match";
        $("race").textContent = "";
        turn.textContent = view.role === "player" ? "Set up a match to start playing." : "Waiting for a match to start.";
        fouls.textContent = "";
        $("groups").textContent = "";
        waiting.hidden = true;
      } else {
        score.textContent = scoreLine(m);
        const game = window.DojoControls.gameLabel(m.game);
        // A race of 0 has no target: the match plays on.
        const race = !m.race ? "" : m.game === "straight-pool" ? ", race to " + m.race + " points" : ", race to " + m.race;
        $("race").textContent = game + race;
        if (m.winner === 0 || m.winner === 1) {
          turn.textContent = (view.seat === m.winner ? "You win the match, " : "") + m.players[m.winner] + " wins the match.";
        } else if (m.turn === 0 || m.turn === 1) {
          turn.textContent = view.seat === m.turn ? "Your turn, " + m.players[m.turn] + "." : m.players[m.turn] + " to shoot.";
        } else {
          turn.textContent = "";
        }
        turn.dataset.mine = String(view.seat !== null && view.seat === m.turn);
        const parts = [];
        const bih = BALL_IN_HAND[m.ball_in_hand];
        if (bih && (m.turn === 0 || m.turn === 1)) parts.push(m.players[m.turn] + " has " + bih + ".");
        const f = m.fouls_in_a_row || [0, 0];
        for (let i = 0; i < 2; i++) {
          if (f[i] > 0) parts.push(m.players[i] + ": " + (f[i] === 1 ? "1 foul in a row." : f[i] + " fouls in a row."));
        }
        fouls.textContent = parts.join(" ");
        fouls.hidden = parts.length === 0;
        if (Array.isArray(m.groups) && m.groups.length === 2) {
          $("groups").textContent = m.players[0] + ": " + m.groups[0] + ", " + m.players[1] + ": " + m.groups[1] + ".";
        } else {
          $("groups").textContent = "";
        }
        if (m.waiting_for_referee) {
          waiting.textContent = "Waiting for the referee: " + m.waiting_for_referee;
          waiting.hidden = false;
        } else {
          waiting.hidden = true;
        }
      }
      $("chat-form").hidden = view.role !== "player";
      controls.update(view);
    }

    function addChat(line) {
      const list = $("chat-lines");
      const li = document.createElement("li");
      const who = document.createElement("b");
      who.textContent = (line.from || "?") + ": ";
      const text = document.createElement("span");
      text.textContent = line.text || "";
      li.append(who, text);
      if (typeof line.at === "number") li.title = new Date(line.at).toLocaleTimeString();
      list.appendChild(li);
      while (list.children.length > 50) list.removeChild(list.firstChild);
      list.scrollTop = list.scrollHeight;
    }

    $("chat-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const input = $("chat-text");
      const text = input.value.trim();
      if (!text) return;
      send({ type: "chat", text: text.slice(0, 280) });
      input.value = "";
    });

    window.dojo.connection = conn;
    window.dojo.view = view;
    window.dojo.table = table;
    render();
    conn.start();
  }

  const table = window.DojoProtocol.tableFromPath("/t/");
  if (table) startTable(table);
  else startHome();
})();
