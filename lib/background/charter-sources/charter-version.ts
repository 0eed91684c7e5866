// Which of two charters is older: by `updatedAt` first, then by `version` compared piece by piece ("2026.10.2" < "2026.11.1").
import type { CharterVersionStamp } from '../../shared/storage/charter-failure';

function dateValue(updatedAt: string): number | null {
  const time = Date.parse(updatedAt);
  return Number.isNaN(time) ? null : time;
}

/** Numbers compare as numbers, other pieces as text: "1.10" is newer than "1.9", "2026.11.1-b" newer than "2026.11.1-a". */
function compareVersionText(a: string, b: string): number {
  const pieces = (text: string) => text.trim().toLowerCase().match(/\d+|[^\d]+/g) ?? [];
  const left = pieces(a);
  const right = pieces(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index];
    const y = right[index];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const bothNumbers = /^\d/.test(x) && /^\d/.test(y);
    const order = bothNumbers ? Number(x) - Number(y) : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}

/** Negative when `a` is older than `b`, positive when newer, 0 when they carry the same stamp. */
export function compareCharterVersions(a: CharterVersionStamp, b: CharterVersionStamp): number {
  const [dateA, dateB] = [dateValue(a.updatedAt), dateValue(b.updatedAt)];
  if (dateA !== null && dateB !== null && dateA !== dateB) return Math.sign(dateA - dateB);
  return compareVersionText(a.version, b.version);
}
