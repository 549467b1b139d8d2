// Headless Chromium beside the repository's static server, as the page benchmarks use them.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

/**
 * Starts `scripts/serve.mjs` on `port` (with `serveArgs`, such as `--dir D`) and launches
 * Debian's Chromium (or $CHROMIUM). Resolves to { browser, url, close }; `close()` stops both.
 */
export async function startBrowser(port, serveArgs = []) {
  const root = new URL("../", import.meta.url);
  const server = spawn("node", ["scripts/serve.mjs", "--port", String(port), ...serveArgs], { cwd: root, stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    const close = async () => {
      await browser.close();
      server.kill();
    };
    return { browser, url: `http://127.0.0.1:${port}/`, close };
  } catch (e) {
    server.kill();
    throw e;
  }
}
