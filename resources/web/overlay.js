// The broadcast overlay: a spectator on the table named in /overlay/<table>.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const name = window.DojoProtocol.tableFromPath("/overlay/");
  const GAMES = { "nine-ball": "9-ball", "eight-ball": "8-ball", "ten-ball": "10-ball", "straight-pool": "Straight pool" };
  let match = null;

  function render() {
    const box = $("lower-third");
    box.classList.toggle("empty", !match);
    if (!match) {
      $("score").dataset.text = "";
      return;
    }
    const p = match.players || ["", ""];
    const s = match.score || [0, 0];
    $("player-0").textContent = p[0];
    $("player-1").textContent = p[1];
    $("score-0").textContent = String(s[0]);
    $("score-1").textContent = String(s[1]);
    const game = GAMES[match.game] || match.game || "";
    const race = !match.race ? "" : match.game === "straight-pool" ? "to " + match.race + " points" : "race to " + match.race;
    $("race").textContent = game && race ? game + ", " + race : game || race;
    box.dataset.turn = match.turn === 0 || match.turn === 1 ? String(match.turn) : "";
    box.dataset.winner = match.winner === 0 || match.winner === 1 ? String(match.winner) : "";
    $("turn").textContent = match.winner === 0 || match.winner === 1
      ? p[match.winner] + " wins the match."
      : match.turn === 0 || match.turn === 1 ? p[match.turn] + " to shoot." : "";
    if (match.waiting_for_referee) $("last-ruling").textContent = "Waiting for the referee: " + match.waiting_for_referee;
    else if (match.last_ruling) $("last-ruling").textContent = match.last_ruling;
  }

  window.dojo = { ballCount: () => 0 };
  if (!name) {
    $("status").textContent = "No table named: use /overlay/<table>.";
    $("status").dataset.state = "closed";
    return;
  }
  const conn = new window.DojoProtocol.TableConnection({
    table: name,
    onStatus: (state, text) => {
      $("status").dataset.state = state;
      $("status").textContent = state === "live" ? "Live" : name + ": " + text;
    },
    onMessage: (msg) => {
      if (msg.type === "snapshot") {
        match = msg.match || null;
        $("last-ruling").textContent = "";
      } else if (msg.type === "match") {
        match = msg.match || null;
      } else if (msg.type === "ruling") {
        $("last-ruling").textContent = msg.sentence || "";
        return;
      } else {
        return;
      }
      render();
    },
  });
  window.dojo.connection = conn;
  render();
  conn.start();
})();
