// Development aid, not a test: serves the web app on 127.0.0.1 with the production CSP
// and a canned /api/v1 so the pages can be looked at without the Java backend.
//   node archive-web/src/test/js/dev-server.mjs [port]
//   then open http://127.0.0.1:PORT/__dev/as/student1/files.html (logs in as student1; add ?lang=en for English)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { WEBAPP } from './webapp-files.mjs';
import { route } from './dev-api.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
  + "frame-src 'self' blob:; media-src 'self' blob:; object-src 'none'; frame-ancestors 'none'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

const DEV_LOGIN = `const [, , , user, ...rest] = location.pathname.split('/');
sessionStorage.setItem('archive.token', 'dev-' + user);
sessionStorage.removeItem('archive.me');
const lang = new URLSearchParams(location.search).get('lang');
if (lang) localStorage.setItem('archive.lang', lang);
location.replace('/' + rest.join('/') + location.search + location.hash);`;

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  res.setHeader('Content-Security-Policy', CSP);
  if (url.pathname.startsWith('/api/v1/')) return route(req, res, url);
  if (url.pathname === '/__dev/login.js') { res.setHeader('Content-Type', 'text/javascript'); return res.end(DEV_LOGIN); }
  if (url.pathname.startsWith('/__dev/as/')) {
    res.setHeader('Content-Type', 'text/html');
    return res.end('<!DOCTYPE html><script src="/__dev/login.js"></script>');
  }
  const path = normalize(join(WEBAPP, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)));
  if (!path.startsWith(WEBAPP)) { res.statusCode = 403; return res.end(); }
  try {
    const body = await readFile(path);
    res.setHeader('Content-Type', TYPES[extname(path)] || 'application/octet-stream');
    res.end(body);
  } catch {
    res.statusCode = 404;
    res.end('not found');
  }
}).listen(Number(process.argv[2] || 8099), '127.0.0.1', () => console.log('dev server ready'));
