// A player's controls: setting up a match, taking a seat, and at their turn calling the shot,
// a safety, a push-out or one of the options the last ruling offered.
"use strict";

(function () {
  const GAMES = [
    ["nine-ball", "9-ball"],
    ["eight-ball", "8-ball"],
    ["ten-ball", "10-ball"],
    ["straight-pool", "Straight pool"],
  ];
  const CHOICES = {
    "shoot": "Shoot",
    "hand-back": "Hand it back",
    "accept": "Accept the table",
    "rerack-and-break": "Re-rack and break",
    "rerack-opponent-breaks": "Re-rack, opponent breaks",
    "respot-eight": "Re-spot the 8",
    "rerack": "Re-rack",
    "ball-in-hand-behind-head-string": "Ball in hand behind the head string",
  };
  const POCKET_NAMES = {
    "head-left": "Head left", "head-right": "Head right", "side-left": "Side left",
    "side-right": "Side right", "foot-left": "Foot left", "foot-right": "Foot right",
  };

  function choiceLabel(key) {
    if (CHOICES[key]) return CHOICES[key];
    const words = String(key).replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function gameLabel(key) {
    for (const [k, label] of GAMES) if (k === key) return label;
    return key;
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v;
      else if (k === "onclick") node.addEventListener("click", v);
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? "" : v);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }

  class Controls {
    // send(msg) sends a request; table is the TableView for tapping balls and pockets.
    constructor(container, send, table) {
      this.box = container;
      this.send = send;
      this.table = table;
      this.key = null;
      this.view = null;
      this.ballsKey = "";
      table.onTap = (hit) => this.tapped(hit);
    }

    update(view) {
      this.view = view;
      const m = view.match;
      let mode = "none";
      if (view.role === "player") {
        if (!m) mode = "setup";
        else if (m.winner !== null && m.winner !== undefined) mode = "over";
        else if (view.seat === null) mode = "sit";
        else if (m.turn === view.seat) mode = "turn";
        else mode = "wait";
      }
      // Rebuild only when what is offered changes, so a half-typed form survives updates.
      let key = mode;
      if (mode === "sit") key += JSON.stringify(view.seats) + JSON.stringify(m.players);
      if (mode === "turn") {
        key += [m.game, m.push_out_allowed, (m.options || []).join(","), m.shots, m.ball_in_hand].join("|");
      }
      if (mode === "wait" || mode === "over") key += JSON.stringify(m.players) + m.turn + m.winner;
      if (key !== this.key) {
        this.key = key;
        this.build(mode);
      }
      if (mode === "turn") this.refreshBalls(view.ballsOnTable);
      this.box.hidden = mode === "none";
      if (mode !== "turn") this.select(null, null);
    }

    build(mode) {
      this.box.textContent = "";
      const m = this.view.match;
      if (mode === "setup") this.buildSetup();
      else if (mode === "sit") this.buildSit();
      else if (mode === "turn") this.buildTurn();
      else if (mode === "wait") {
        const other = m.players[m.turn] || "your opponent";
        this.box.appendChild(el("p", { class: "note", text: "Waiting for " + other + " to shoot." }));
      } else if (mode === "over") {
        this.box.appendChild(el("p", { class: "note", text: "The match is over." }));
      }
    }

    buildSetup() {
      const form = el("form", { class: "setup", id: "setup-form" });
      const game = el("select", { id: "setup-game", name: "game" });
      for (const [k, label] of GAMES) game.appendChild(el("option", { value: k, text: label }));
      const race = el("input", { id: "setup-race", type: "number", min: "1", max: "99", value: "5", inputmode: "numeric", required: true });
      const raceLabel = el("label", { for: "setup-race", text: "Race to (racks)" });
      game.addEventListener("change", () => {
        const points = game.value === "straight-pool";
        raceLabel.textContent = points ? "Race to (points)" : "Race to (racks)";
        if (points && Number(race.value) < 25) race.value = "50";
        if (!points && Number(race.value) > 25) race.value = "5";
      });
      const p1 = el("input", { id: "setup-p1", type: "text", maxlength: "40", required: true, autocomplete: "off", placeholder: "Breaks first" });
      const p2 = el("input", { id: "setup-p2", type: "text", maxlength: "40", required: true, autocomplete: "off" });
      const seat = el("select", { id: "setup-seat" }, [
        el("option", { value: "0", text: "Player 1" }),
        el("option", { value: "1", text: "Player 2" }),
        el("option", { value: "", text: "Neither, I am setting up" }),
      ]);
      const field = (label, input) => el("div", { class: "field" }, [label, input]);
      form.append(
        el("h2", { text: "Start a match on this table" }),
        field(el("label", { for: "setup-game", text: "Game" }), game),
        field(raceLabel, race),
        field(el("label", { for: "setup-p1", text: "Player 1 (breaks first)" }), p1),
        field(el("label", { for: "setup-p2", text: "Player 2" }), p2),
        field(el("label", { for: "setup-seat", text: "I am" }), seat),
        el("button", { type: "submit", class: "primary", text: "Start the match" }));
      form.addEventListener("submit", (e) => {
        e.preventDefault();
        const msg = {
          type: "setup", game: game.value, race: Number(race.value),
          players: [p1.value.trim(), p2.value.trim()],
        };
        if (seat.value !== "") msg.seat = Number(seat.value);
        this.send(msg, seat.value !== "" ? Number(seat.value) : null);
      });
      this.box.appendChild(form);
    }

    buildSit() {
      const m = this.view.match;
      const seats = this.view.seats || [];
      const row = el("div", { class: "buttons" });
      let free = 0;
      for (let i = 0; i < 2; i++) {
        const taken = seats[i] && seats[i].taken;
        if (taken) continue;
        free += 1;
        row.appendChild(el("button", {
          class: "primary", id: "sit-" + i, text: "I am " + (m.players[i] || "player " + (i + 1)),
          onclick: () => this.send({ type: "sit", seat: i }, i),
        }));
      }
      this.box.appendChild(el("h2", { text: "Who are you?" }));
      if (free) this.box.appendChild(row);
      else this.box.appendChild(el("p", { class: "note", text: "Both seats are taken, so you are watching." }));
    }

    buildTurn() {
      const m = this.view.match;
      this.box.appendChild(el("h2", { text: "Your shot" }));
      if (m.game !== "nine-ball") {
        const ball = el("select", { id: "call-ball", "aria-label": "Ball" });
        const pocket = el("select", { id: "call-pocket", "aria-label": "Pocket" });
        pocket.appendChild(el("option", { value: "", text: "Pocket…" }));
        for (const [k, label] of Object.entries(POCKET_NAMES)) pocket.appendChild(el("option", { value: k, text: label }));
        ball.addEventListener("change", () => this.select(ball.value === "" ? null : Number(ball.value), this.table.selectedPocket));
        pocket.addEventListener("change", () => this.select(this.table.selectedBall, pocket.value || null));
        this.ballSelect = ball;
        this.pocketSelect = pocket;
        this.ballsKey = "";
        const call = el("button", {
          class: "primary", id: "call", text: "Call it",
          onclick: () => {
            if (this.table.selectedBall === null || !this.table.selectedPocket) {
              window.dojo.toast("Pick a ball and a pocket first: tap them on the table or use the lists.");
              return;
            }
            this.send({ type: "call", ball: this.table.selectedBall, pocket: this.table.selectedPocket });
          },
        });
        this.box.appendChild(el("p", { class: "hint", text: "Tap a ball, then a pocket, or pick them here." }));
        this.box.appendChild(el("div", { class: "call-row" }, [ball, pocket, call]));
      } else {
        this.ballSelect = null;
        this.pocketSelect = null;
      }
      const row = el("div", { class: "buttons" });
      row.appendChild(el("button", { id: "safety", text: "Safety", onclick: () => this.send({ type: "safety" }) }));
      if (m.push_out_allowed) {
        row.appendChild(el("button", { id: "push-out", text: "Push-out", onclick: () => this.send({ type: "push-out" }) }));
      }
      for (const option of m.options || []) {
        row.appendChild(el("button", {
          class: "choice", "data-choice": option, text: choiceLabel(option),
          onclick: () => this.send({ type: "choose", choice: option }),
        }));
      }
      this.box.appendChild(row);
    }

    refreshBalls(balls) {
      if (!this.ballSelect) return;
      const list = (balls || []).filter((n) => n !== 0).sort((a, b) => a - b);
      const key = list.join(",");
      if (key === this.ballsKey) return;
      this.ballsKey = key;
      const keep = this.table.selectedBall;
      this.ballSelect.textContent = "";
      this.ballSelect.appendChild(el("option", { value: "", text: "Ball…" }));
      for (const n of list) this.ballSelect.appendChild(el("option", { value: String(n), text: "The " + n }));
      if (keep !== null && list.includes(keep)) this.ballSelect.value = String(keep);
      else this.select(null, this.table.selectedPocket);
    }

    tapped(hit) {
      if (!this.ballSelect) return;
      if (hit.ball !== undefined) this.select(hit.ball, this.table.selectedPocket);
      else if (hit.pocket) this.select(this.table.selectedBall, hit.pocket);
    }

    select(ball, pocket) {
      this.table.selectedBall = ball;
      this.table.selectedPocket = pocket;
      if (this.ballSelect) this.ballSelect.value = ball === null ? "" : String(ball);
      if (this.pocketSelect) this.pocketSelect.value = pocket || "";
    }
  }

  window.DojoControls = { Controls, choiceLabel, gameLabel };
})();
