// The pages must run under: default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { files, read, rel } from './webapp-files.mjs';

test('no page has an inline script, inline style or event-handler attribute', () => {
  const offences = [];
  for (const file of files('.html')) {
    const html = read(file);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/\bsrc="/.test(m[1]) || m[2].trim()) offences.push(`${rel(file)}: inline script`);
    }
    if (/<style\b/.test(html)) offences.push(`${rel(file)}: <style> element`);
    if (/\sstyle="/.test(html)) offences.push(`${rel(file)}: style attribute`);
    if (/\son[a-z]+="/.test(html)) offences.push(`${rel(file)}: event-handler attribute`);
    if (/(src|href)="(https?:)?\/\//.test(html)) offences.push(`${rel(file)}: external resource`);
  }
  assert.deepEqual(offences, []);
});

test('no script parses HTML or evaluates code', () => {
  const offences = [];
  for (const file of files('.js')) {
    const js = read(file);
    for (const [pattern, what] of [
      [/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, 'HTML parsing'],
      [/\beval\(|new Function\(|setTimeout\(\s*['"`]/, 'code evaluation'],
      [/setAttribute\(\s*'style'|\bstyle:\s*['"`]/, 'style attribute'],
      [/https?:\/\//, 'outside URL'],
    ]) if (pattern.test(js)) offences.push(`${rel(file)}: ${what}`);
  }
  assert.deepEqual(offences, []);
});

test('the CSS fetches nothing from outside', () => {
  for (const file of files('.css')) assert.doesNotMatch(read(file), /@import|url\(\s*['"]?https?:/, rel(file));
});
