// The static site from scripts/build-site.sh works offline after one visit: the service
// worker precaches everything, the .wasm included.
import { test, expect } from "@playwright/test";
import { spawn } from "node:child_process";

const port = 8194;
let server;

test.beforeAll(async () => {
  server = spawn("node", ["scripts/serve.mjs", "--port", String(port), "--dir", "dist"], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 600));
});
test.afterAll(() => server?.kill());

test("load once, go offline, reload, analyse", async ({ page, context }) => {
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.locator("#status")).toContainText("ready");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 }).catch(() => page.reload());
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("#status")).toContainText("ready");
  await page.getByRole("button", { name: "Try the sample" }).click();
  await expect(page.locator('#rendered [data-kind="quote"]')).toHaveCount(2);
  await context.setOffline(false);
});
