/** National ID / resident certificate format and checksum (DOMAIN.md), for early feedback only. */
const LETTERS = {
  A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, G: 16, H: 17, I: 34, J: 18, K: 19, L: 20, M: 21,
  N: 22, O: 35, P: 23, Q: 24, R: 25, S: 26, T: 27, U: 28, V: 29, W: 32, X: 30, Y: 31, Z: 33,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1];

export function isNationalId(value) {
  if (!/^[A-Z][1289][0-9]{8}$/.test(value)) return false;
  const n = LETTERS[value[0]];
  let sum = Math.floor(n / 10) + (n % 10) * 9;
  for (let i = 0; i < 8; i++) sum += Number(value[i + 1]) * WEIGHTS[i];
  sum += Number(value[9]);
  return sum % 10 === 0;
}

/** Splits free text (lines, commas, spaces) into upper-cased ids. */
export function parseIds(text) {
  return [...new Set(text.split(/[\s,，、;；]+/).map((s) => s.trim().toUpperCase()).filter(Boolean))];
}
