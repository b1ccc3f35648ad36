import { createRequire as __paperlistCreateRequire } from 'node:module';
const require = __paperlistCreateRequire(import.meta.url);
import {
  MONTHS
} from "./chunk-J46YQAPX.js";
import {
  UsageError
} from "./chunk-TXPXFCIC.js";

// src/cli/time.ts
var ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
function parseInstant(text) {
  const match = ISO_INSTANT.exec(text);
  if (!match) {
    return {
      ok: false,
      message: `"${text}" is not an ISO 8601 instant (write it like 2024-10-14T12:47:37Z)`
    };
  }
  const field = (i) => Number(match[i] ?? "0");
  const [year, month, day] = [field(1), field(2), field(3)];
  const [hour, minute, second] = [field(4), field(5), field(6)];
  const bad = (what) => ({
    ok: false,
    message: `"${text}" is not a real date and time: ${what}`
  });
  if (month < 1 || month > 12) return bad(`there is no month ${month}`);
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return bad(`${MONTHS[month - 1]} ${year} has ${days} days, not ${day}`);
  }
  if (hour > 23) return bad(`the hour is ${hour}, past 23`);
  if (minute > 59) return bad(`the minute is ${minute}, past 59`);
  if (second > 59) return bad(`the second is ${second}, past 59`);
  if (match[8] !== void 0 && (field(9) > 23 || field(10) > 59)) {
    return bad(`${match[8]}${match[9]}:${match[10]} is not a time zone offset`);
  }
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? {
    ok: false,
    message: `"${text}" is not an ISO 8601 instant (write it like 2024-10-14T12:47:37Z)`
  } : { ok: true, value: time };
}
function daysIn(year, month) {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? leap ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function timeOption(text) {
  if (text === void 0) return void 0;
  const instant = parseInstant(text);
  if (!instant.ok) throw new UsageError(`--time: ${instant.message}`);
  return instant.value;
}

export {
  timeOption
};
