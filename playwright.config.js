// End-to-end tests in Debian's Chromium (Playwright's own browser download is not used).
import { defineConfig } from "@playwright/test";

const port = Number(process.env.WIRELENS_TEST_PORT || 8191);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-output/playwright",
  timeout: 60_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
    },
  },
  webServer: {
    // The test build of the package (with the test-only panic trigger), built by scripts/test.sh.
    command: `node scripts/serve.mjs --port ${port} --pkg ${process.env.WIRELENS_PKG || "target/pkg-test"}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
