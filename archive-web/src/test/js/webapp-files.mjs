// Reads the web app's files for the checks in *.test.mjs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEBAPP = join(dirname(fileURLToPath(import.meta.url)), '../../main/webapp');

export function files(ext, dir = WEBAPP) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(ext, path);
    return path.endsWith(ext) ? [path] : [];
  });
}

export const read = (path) => readFileSync(path, 'utf8');
export const rel = (path) => relative(WEBAPP, path);
export const dictionary = (lang) => JSON.parse(read(join(WEBAPP, 'i18n', `${lang}.json`)));

/** Keys named literally: data-i18n* attributes in HTML and t('…') calls in JS. */
export function usedKeys() {
  const keys = new Map();
  const note = (key, where) => { if (!keys.has(key)) keys.set(key, where); };
  for (const file of files('.html')) {
    for (const m of read(file).matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"|content="([a-zA-Z]+\.title)"/g)) note(m[1] || m[2], rel(file));
  }
  for (const file of files('.js')) {
    for (const m of read(file).matchAll(/\bt\(\s*'([^'$]+)'/g)) note(m[1], rel(file));
  }
  return keys;
}
