// The data page: charts, filterable tables and evidence highlighting, from the rows the page
// holds as JSON. No network: Vega comes from the bundled script beside this one.
"use strict";

const COLUMNS = {
  timeline: ["date_text", "date_start", "date_end", "precision", "approximate", "qualifier",
             "category", "date_edtf"],
  ambassadors: ["sending_country", "receiving_country", "name", "start_year", "end_year",
                "is_current", "tenure_text"],
  missions: ["sending_country", "host_country", "city", "mission_type", "resident"],
  border: ["subject", "attribute", "value", "date_edtf"], // the value carries its unit
};
// Precisions whose dates are periods whatever their bounds.
const PERIODS = new Set(["decade", "century", "millennium", "season"]);
const UNIT_LENGTH = { day: 10, month: 7, year: 4 };

function evidenceLink(row) {
  return row.at ? `#ev-${row.at[0]}-${row.at[1]}` : null;
}

// The text a row was read from: its span of the article when the page holds the article
// (offsets in UTF-16 units, as JavaScript strings count), else the text the row carries.
let ARTICLE = null;
function evidence(row) {
  if (row.at && ARTICLE !== null) return ARTICLE.slice(row.at[0], row.at[1]);
  return row.evidence || "";
}

// JavaScript reads "-000399-01-01", not "-0399-01-01": years outside 0–9999 get six digits.
function jsDate(text) {
  if (!text) return null;
  const match = /^(-?)(\d+)(-\d\d-\d\d)$/.exec(text);
  if (!match || (match[1] === "" && match[2].length === 4)) return text;
  return (match[1] === "-" ? "-" : "+") + match[2].padStart(6, "0") + match[3];
}

function eventShape(row) {
  if (!row.date_start) return "until";
  if (!row.date_end) return "since";
  if (PERIODS.has(row.precision) || row.approximate) return "period";
  const length = UNIT_LENGTH[row.precision] || 4;
  return row.date_start.slice(0, length) === row.date_end.slice(0, length) ? "point" : "period";
}

function events(rows) {
  return rows.filter((row) => row.date_start || row.date_end).map((row) => {
    const shape = eventShape(row);
    return {
      start: jsDate(shape === "until" ? row.date_end : row.date_start),
      end: jsDate(row.date_end || row.date_start),
      shape: shape,
      span: row.date_edtf,
      category: row.category,
      approximate: row.approximate,
      date_text: row.date_text,
      evidence: evidence(row),
      href: evidenceLink(row),
    };
  });
}

function tenures(rows, horizon) {
  return rows.filter((row) => row.start_year !== null).map((row) => {
    const end = row.end_year !== null ? row.end_year : (row.is_current ? horizon : row.start_year);
    return {
      label: `${row.sending_country}: ${row.name}`,
      name: row.name,
      start: row.start_year,
      end: Math.max(end, row.start_year) + 1, // a bar covers its years, the last included
      is_current: row.is_current,
      status: row.is_current ? "current" : "former",
      tenure_text: row.tenure_text,
      sending_country: row.sending_country,
      receiving_country: row.receiving_country,
      href: evidenceLink(row),
    };
  });
}

// Pixels per row of a chart: its height grows with the rows, its width fits the page.
const ROW_HEIGHT = { events: 28, tenures: 20 };
const ROWS_OF = { events: "category", tenures: "label" };

function drawChart(element, spec, name, values) {
  if (!element) return;
  if (!values.length) {
    element.classList.add("empty");
    element.textContent = "Nothing to draw: the article gives no such rows.";
    return;
  }
  const rows = new Set(values.map((value) => value[ROWS_OF[name]])).size;
  const full = Object.assign({}, spec, {
    datasets: { [name]: values },
    height: rows * ROW_HEIGHT[name],
    autosize: { type: "fit-x", contains: "padding" },
  });
  vegaEmbed(element, full, { actions: false, renderer: "svg" }).catch((error) => {
    console.error("chart failed", error);
  });
}

function cellText(value) {
  if (value === null || value === undefined) return "";
  if (value === true) return "yes";
  if (value === false) return "no";
  return String(value);
}

function fillTable(container, name, rows) {
  const columns = COLUMNS[name];
  const count = document.createElement("p");
  count.className = "count";
  count.dataset.table = name;
  count.dataset.rows = String(rows.length);
  count.textContent = `${rows.length} ${rows.length === 1 ? "row" : "rows"}`;
  container.appendChild(count);
  if (!rows.length) return;
  const filter = document.createElement("input");
  filter.type = "search";
  filter.className = "filter";
  filter.placeholder = `Filter ${name}`;
  filter.setAttribute("aria-label", `Filter ${name}`);
  container.appendChild(filter);
  const table = document.createElement("table");
  table.className = "rows";
  const head = table.createTHead().insertRow();
  for (const column of [...columns, "evidence"]) {
    const th = document.createElement("th");
    th.textContent = column.replace(/_/g, " ");
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const column of columns) tr.insertCell().textContent = cellText(row[column]);
    const cell = tr.insertCell();
    const link = evidenceLink(row);
    if (link) {
      const a = document.createElement("a");
      a.href = link;
      a.className = "evidence";
      a.textContent = evidence(row);
      cell.appendChild(a);
    } else {
      cell.textContent = evidence(row);
    }
  }
  container.appendChild(table);
  connectFilter(filter, table);
}

function connectFilter(input, table) {
  input.addEventListener("input", () => {
    const wanted = input.value.trim().toLowerCase();
    for (const row of table.tBodies[0].rows) {
      row.hidden = wanted !== "" && !row.textContent.toLowerCase().includes(wanted);
    }
  });
}

// The evidence of a row: "#ev-<start>-<end>" (UTF-16 offsets into the article's text).
function highlight() {
  const article = document.getElementById("article");
  if (!article) return;
  for (const old of article.querySelectorAll("mark")) old.replaceWith(...old.childNodes);
  article.normalize();
  const match = /^#ev-(\d+)-(\d+)$/.exec(window.location.hash);
  if (!match) return;
  const text = article.firstChild;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (!text || end > text.length || start > end) return;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const mark = document.createElement("mark");
  mark.id = "evidence";
  range.surroundContents(mark);
  mark.scrollIntoView({ block: "center" });
}

function main() {
  for (const input of document.querySelectorAll("section#relations input.filter")) {
    connectFilter(input, input.nextElementSibling);
  }
  const article = document.getElementById("article");
  if (article) ARTICLE = article.textContent;
  const holder = document.getElementById("relation-data");
  if (holder) {
    const data = JSON.parse(holder.textContent);
    drawChart(document.getElementById("timeline-chart"), window.SPECS.timeline, "events",
              events(data.tables.timeline));
    drawChart(document.getElementById("ambassadors-chart"), window.SPECS.tenures, "tenures",
              tenures(data.tables.ambassadors, data.horizon));
    for (const container of document.querySelectorAll("div.table[data-table]")) {
      const name = container.dataset.table;
      fillTable(container, name, data.tables[name] || []);
    }
  }
  window.addEventListener("hashchange", highlight);
  highlight();
}

main();
