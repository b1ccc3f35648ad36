import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);

// src/core/render/timestamp.ts
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var pad = (n, width = 2) => String(n).padStart(width, "0");
function wallClock(time, timeZone) {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    timeZoneName: "short",
    era: "short"
  });
  const parts = {};
  for (const part of format.formatToParts(time)) parts[part.type] = part.value;
  const num = (type) => Number(parts[type] ?? 0);
  const year = parts.era === "BC" ? 1 - num("year") : num("year");
  const local = /* @__PURE__ */ new Date(0);
  local.setUTCFullYear(year, num("month") - 1, num("day"));
  local.setUTCHours(num("hour"), num("minute"), num("second"), 0);
  const seconds = Math.floor(time.getTime() / 1e3) * 1e3;
  return {
    local,
    offsetMinutes: Math.round((local.getTime() - seconds) / 6e4),
    zoneName: parts.timeZoneName ?? timeZone
  };
}
function formatTimestamp(time, format, timeZone) {
  const { local, offsetMinutes, zoneName } = wallClock(time, timeZone);
  const month = local.getUTCMonth();
  const day = local.getUTCDay();
  const abs = Math.abs(offsetMinutes);
  const fields = {
    Y: String(local.getUTCFullYear()),
    y: pad((local.getUTCFullYear() % 100 + 100) % 100),
    m: pad(month + 1),
    d: pad(local.getUTCDate()),
    H: pad(local.getUTCHours()),
    M: pad(local.getUTCMinutes()),
    S: pad(local.getUTCSeconds()),
    b: (MONTHS[month] ?? "").slice(0, 3),
    B: MONTHS[month] ?? "",
    a: (DAYS[day] ?? "").slice(0, 3),
    A: DAYS[day] ?? "",
    Z: zoneName,
    z: (offsetMinutes < 0 ? "-" : "+") + pad(Math.floor(abs / 60)) + pad(abs % 60),
    "%": "%"
  };
  return format.replace(/%(.)/gs, (whole, letter) => fields[letter] ?? whole);
}

export {
  MONTHS,
  formatTimestamp
};
