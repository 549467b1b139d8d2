#!/usr/bin/env node
// A small static server for the page: www/ at /, the generated pkg/ at /pkg/, with the
// MIME types wasm needs (`application/wasm`, or browsers refuse streaming compilation).
//   node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--pkg pkg]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt("--port", process.env.PORT || 8080));
const host = opt("--host", "127.0.0.1");
const dir = resolve(root, opt("--dir", "www"));
// Where /pkg/ comes from: the built package, or the test build (scripts/test.sh).
const pkgDir = resolve(root, opt("--pkg", "pkg"));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Maps a URL path to a file under www/ or pkg/, refusing anything outside them. */
function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split("?")[0]);
  const [base, rest] = path.startsWith("/pkg/") && dir.endsWith("www") ? [pkgDir, path.slice(5)] : [dir, path.slice(1)];
  const file = normalize(join(base, rest || "index.html"));
  return file.startsWith(base) ? file : null;
}

const server = createServer(async (req, res) => {
  try {
    let file = fileFor(req.url || "/");
    if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
    const body = file && (await readFile(file));
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("not found\n");
  }
});

server.listen(port, host, () => {
  console.log(`wirelens: serving ${dir} at http://${host}:${port}/  (Ctrl-C to stop)`);
});
