// The venue's tournaments on "/tournaments", one tournament's bracket on "/tournaments/<id>"
// (docs/protocol.md, /api/tournaments). Polled every 10 s; redrawn only when it changed.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const REFRESH_MS = 10000;
  const FORMATS = {
    "single": "Single elimination",
    "double": "Double elimination",
    "round-robin": "Round robin",
    "swiss": "Swiss",
  };
  const STATES = { "sign-up": "Sign-up", "running": "Running", "finished": "Finished", "cancelled": "Cancelled" };
  const ELIMINATION = { "single": true, "double": true };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function setStatus(state, text) {
    const status = $("status");
    status.dataset.state = state;
    status.textContent = text;
  }

  function gameLabel(key) {
    return window.DojoControls ? window.DojoControls.gameLabel(key) : key;
  }

  function plural(n, one, many) {
    return n === 1 ? "1 " + one : n + " " + many;
  }

  function detailLine(t, players) {
    return [gameLabel(t.game), FORMATS[t.format] || t.format, plural(players, "player", "players"),
      STATES[t.state] || t.state].join(" · ");
  }

  // Polls `url` every 10 s and hands each new answer to `show`; the status says whether the
  // venue answers.
  function poll(url, show, missing) {
    let last = null;
    const refresh = () => {
      fetch(url, { cache: "no-store" }).then((r) => {
        if (r.status === 404) {
          return r.text().then((text) => { missing(text.trim()); return null; });
        }
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      }).then((text) => {
        if (text === null) return;
        setStatus("live", "Live");
        if (text === last) return;
        last = text;
        show(JSON.parse(text));
      }).catch(() => setStatus("reconnecting", "The venue does not answer; trying again…"));
    };
    refresh();
    return setInterval(refresh, REFRESH_MS);
  }

  function showVenueName(suffix) {
    fetch("/api/venue").then((r) => r.json()).then((v) => {
      if (v && v.name) {
        $("venue-name").textContent = v.name;
        document.title = v.name + ": " + suffix;
      }
    }).catch(() => {});
  }

  // --- The list ---------------------------------------------------------------------------

  function startList() {
    $("list").hidden = false;
    showVenueName("tournaments");
    poll("/api/tournaments", (list) => showList(Array.isArray(list) ? list : []), () => {});
  }

  function showList(list) {
    const ul = $("tournaments");
    ul.textContent = "";
    if (list.length === 0) {
      ul.appendChild(el("li", "note", "No tournament is running at this venue right now."));
    }
    for (const t of list) {
      const a = el("a", "table-link");
      a.href = "/tournaments/" + encodeURIComponent(t.id);
      a.append(el("span", "name", t.name),
        el("span", "tag tag-" + String(t.state || "").replace(/[^a-z-]/g, ""), STATES[t.state] || t.state));
      a.appendChild(el("span", "detail", detailLine(t, t.players)));
      const li = el("li");
      li.appendChild(a);
      ul.appendChild(li);
    }
  }

  // --- One tournament ---------------------------------------------------------------------

  function startOne(id) {
    $("one").hidden = false;
    showVenueName("tournament");
    let first = true;
    const timer = poll("/api/tournaments/" + id, (t) => {
      showTournament(t, first);
      first = false;
    }, (sentence) => {
      clearInterval(timer);
      $("one").hidden = true;
      $("notice").hidden = false;
      $("notice-text").textContent = sentence || "This venue has no such tournament.";
      setStatus("closed", "Not found");
    });
  }

  function showTournament(t, first) {
    document.title = t.name + ": DojoPool";
    $("tournament-name").textContent = t.name;
    const players = Array.isArray(t.players) ? t.players : [];
    $("tournament-detail").textContent = detailLine(t, players.length);
    const seeds = new Map(players.map((p) => [p.name, p.seed]));
    const box = $("bracket");
    // Keep where each row of rounds was scrolled to: a refresh must not throw the reader back.
    const scrolled = new Map();
    for (const row of box.querySelectorAll("[data-key]")) scrolled.set(row.dataset.key, row.scrollLeft);
    box.textContent = "";
    const matches = Array.isArray(t.matches) ? t.matches : [];
    if (matches.length === 0) {
      box.appendChild(el("h2", null, "Players"));
      const ol = el("ol", "entered");
      for (const p of players) ol.appendChild(el("li", null, p.name));
      box.appendChild(ol);
      box.appendChild(el("p", "note", t.state === "sign-up" ? "The draw is made when the tournament starts." : "No matches."));
      return;
    }
    if (ELIMINATION[t.format]) showElimination(box, t, matches, seeds);
    else showRounds(box, t, matches, seeds);
    for (const row of box.querySelectorAll("[data-key]")) {
      if (scrolled.has(row.dataset.key)) row.scrollLeft = scrolled.get(row.dataset.key);
      else if (first) scrollToCurrent(row);
    }
  }

  // On the first look, the earliest round that still has a match to play.
  function scrollToCurrent(row) {
    const current = row.querySelector(".match[data-state='ready'], .match[data-state='playing']");
    if (!current) return;
    const column = current.closest(".round");
    if (column && column.offsetLeft > row.offsetLeft) row.scrollLeft = column.offsetLeft - row.offsetLeft;
  }

  // A match of nobody against nobody, decided without play: nothing to show.
  function empty(m) {
    return m.state === "bye" && m.a === null && m.b === null;
  }

  function roundTitle(section, round, last, format) {
    const fromLast = last - round;
    if (section === "losers") return fromLast === 0 ? "Losers' final" : "Losers' round " + round;
    const prefix = format === "double" ? "Winners' " : "";
    if (fromLast === 0) return format === "double" ? "Winners' final" : "Final";
    if (fromLast === 1) return prefix + (prefix ? "semi-finals" : "Semi-finals");
    if (fromLast === 2) return prefix + (prefix ? "quarter-finals" : "Quarter-finals");
    return "Round " + round;
  }

  function matchCode(m) {
    switch (m.section) {
      case "winners": return "W" + m.section_round + "-" + m.number;
      case "losers": return "L" + m.section_round + "-" + m.number;
      case "grand-final": return "GF";
      case "grand-final-reset": return "GF reset";
      case "third-place": return "Third place";
      default: return "Match " + m.number;
    }
  }

  function showElimination(box, t, matches, seeds) {
    const sections = [
      ["winners", t.format === "double" ? "Winners' bracket" : "Bracket"],
      ["losers", "Losers' bracket"],
    ];
    for (const [section, title] of sections) {
      const own = matches.filter((m) => m.section === section && !empty(m));
      if (own.length === 0) continue;
      const last = Math.max(...matches.filter((m) => m.section === section).map((m) => m.section_round));
      const columns = [];
      for (let r = 1; r <= last; r++) {
        const inRound = own.filter((m) => m.section_round === r);
        // Single elimination's third-place match stands under the final.
        if (section === "winners" && r === last) inRound.push(...matches.filter((m) => m.section === "third-place"));
        if (inRound.length) columns.push([roundTitle(section, r, last, t.format), inRound]);
      }
      box.appendChild(el("h2", null, title));
      box.appendChild(rowOfRounds(section, columns, seeds));
    }
    const finals = matches.filter((m) => m.section === "grand-final" || m.section === "grand-final-reset");
    if (finals.length) {
      box.appendChild(el("h2", null, "Grand final"));
      const reset = finals.find((m) => m.section === "grand-final-reset");
      const columns = [["Grand final", finals.filter((m) => m.section === "grand-final")]];
      if (reset) columns.push([reset.state === "played" ? "Reset" : "Reset, if needed", [reset]]);
      box.appendChild(rowOfRounds("finals", columns, seeds));
    }
    showPlaces(box, t);
  }

  function rowOfRounds(key, columns, seeds) {
    const row = el("div", "bracket");
    row.dataset.key = key;
    for (const [title, list] of columns) {
      const column = el("section", "round");
      column.appendChild(el("h3", null, title));
      const stack = el("div", "round-matches");
      for (const m of list) stack.appendChild(matchCard(m, seeds));
      column.appendChild(stack);
      row.appendChild(column);
    }
    return row;
  }

  function matchCard(m, seeds) {
    const card = el("article", "match");
    card.dataset.state = m.state;
    const head = el("div", "match-head");
    head.appendChild(el("span", "code", matchCode(m) + groupSuffix(m)));
    head.appendChild(el("span", "where", whereText(m)));
    card.appendChild(head);
    for (const side of ["a", "b"]) card.appendChild(sideRow(m, side, seeds));
    const race = Array.isArray(m.race) ? m.race : null;
    if (race && (m.state === "ready" || m.state === "playing" || m.state === "waiting")) {
      card.appendChild(el("div", "match-foot", race[0] === race[1] ? "Race to " + race[0] : "Race " + race[0] + "–" + race[1]));
    }
    return card;
  }

  function groupSuffix(m) {
    return m.section === "round-robin" && groupsOf.count > 1 ? " · Group " + groupName(m.group) : "";
  }

  function groupName(group) {
    return group >= 1 && group <= 26 ? String.fromCharCode(64 + group) : String(group);
  }

  function whereText(m) {
    switch (m.state) {
      case "playing": return m.table ? "Playing at " + m.table : "Playing";
      case "ready": return m.table ? "At " + m.table : "Waiting for a table";
      case "bye": return "Bye";
      case "not-needed": return "Not needed";
      case "played": return "Played";
      default: return "";
    }
  }

  function sideRow(m, side, seeds) {
    const name = m[side];
    const row = el("div", "side");
    const seed = name !== null && seeds.has(name) ? seeds.get(name) : null;
    row.appendChild(el("span", "seed", seed === null ? "" : String(seed)));
    if (name === null) {
      row.classList.add(m.state === "bye" ? "bye" : "tbd");
      row.appendChild(el("span", "who", m.state === "bye" ? "BYE" : m.state === "not-needed" ? "—" : "To be decided"));
    } else {
      row.appendChild(el("span", "who", name));
    }
    const index = side === "a" ? 0 : 1;
    row.appendChild(el("span", "racks", Array.isArray(m.racks) ? String(m.racks[index]) : ""));
    if (m.winner === side) {
      row.classList.add("won");
      row.setAttribute("aria-label", name + " won");
    } else if (m.winner) {
      row.classList.add("lost");
    }
    return row;
  }

  function showPlaces(box, t) {
    const standings = Array.isArray(t.standings) ? t.standings : [];
    if (standings.length === 0) return;
    box.appendChild(el("h2", null, t.state === "finished" ? "Final places" : "Places so far"));
    const list = el("ol", "places");
    standings.forEach((s, i) => {
      const li = el("li");
      // Elimination: the players not out yet share the best place left.
      if (i === 0 && t.state !== "finished" && s.players.length > 1) {
        li.className = "still-in";
        li.appendChild(el("span", "names", "Still in: " + s.players.join(", ")));
      } else {
        li.appendChild(el("span", "place", ordinal(s.place)));
        li.appendChild(el("span", "names", s.players.join(", ")));
        if (s.place === 1) li.classList.add("first");
      }
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] || "th";
    return n + suffix;
  }

  // Round robin and Swiss: the standings with each player's record, then the rounds as lists.
  const groupsOf = { count: 1 };

  function showRounds(box, t, matches, seeds) {
    groupsOf.count = Math.max(1, ...matches.map((m) => m.group || 1));
    showTable(box, t, matches);
    const last = Math.max(...matches.map((m) => m.section_round));
    for (let r = 1; r <= last; r++) {
      const inRound = matches.filter((m) => m.section_round === r && !empty(m));
      box.appendChild(el("h2", null, "Round " + r));
      const known = inRound.filter((m) => m.a !== null || m.b !== null);
      if (known.length === 0) {
        box.appendChild(el("p", "note", "Paired when round " + (r - 1) + " is over."));
        continue;
      }
      const list = el("div", "round-list");
      for (const m of known) list.appendChild(matchCard(m, seeds));
      box.appendChild(list);
    }
  }

  function showTable(box, t, matches) {
    const standings = Array.isArray(t.standings) ? t.standings : [];
    if (standings.length === 0) return;
    // Each player's wins, losses and racks, from the matches played.
    const record = new Map();
    const of = (name) => {
      if (!record.has(name)) record.set(name, { won: 0, lost: 0, racksFor: 0, racksAgainst: 0 });
      return record.get(name);
    };
    for (const m of matches) {
      // A Swiss bye counts as a win; a round robin's is a round sat out.
      if (m.state === "bye" && t.format === "swiss" && (m.a || m.b)) of(m.a || m.b).won++;
      if (m.state !== "played" || !Array.isArray(m.racks)) continue;
      const a = of(m.a);
      const b = of(m.b);
      (m.winner === "a" ? a : b).won++;
      (m.winner === "a" ? b : a).lost++;
      a.racksFor += m.racks[0]; a.racksAgainst += m.racks[1];
      b.racksFor += m.racks[1]; b.racksAgainst += m.racks[0];
    }
    const groups = [...new Set(standings.map((s) => s.group || 1))];
    for (const group of groups) {
      box.appendChild(el("h2", null, groups.length > 1 ? "Group " + groupName(group) : (t.state === "finished" ? "Final standings" : "Standings")));
      const table = el("table", "standings");
      const head = el("tr");
      for (const [text, cls] of [["#", "place"], ["Player", "who"], ["W–L", "num"], ["Racks", "num"]]) head.appendChild(el("th", cls, text));
      const thead = el("thead");
      thead.appendChild(head);
      table.appendChild(thead);
      const body = el("tbody");
      for (const s of standings.filter((x) => (x.group || 1) === group)) {
        for (const name of s.players) {
          const r = of(name);
          const tr = el("tr");
          if (s.place === 1) tr.className = "first";
          const diff = r.racksFor - r.racksAgainst;
          tr.append(el("td", "place", String(s.place)), el("td", "who", name),
            el("td", "num", r.won + "–" + r.lost),
            el("td", "num", r.racksFor + "–" + r.racksAgainst + " (" + (diff > 0 ? "+" : "") + diff + ")"));
          body.appendChild(tr);
        }
      }
      table.appendChild(body);
      box.appendChild(table);
    }
  }

  const match = /^\/tournaments\/([1-9][0-9]*)\/?$/.exec(window.location.pathname);
  if (match) startOne(match[1]);
  else startList();
})();
