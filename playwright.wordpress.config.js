// The WordPress plugin against a real WordPress (scripts/wordpress-env.sh starts it), in
// Debian's Chromium. Run by scripts/test-wordpress.sh.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "tests/wordpress",
  outputDir: "test-output/wordpress",
  timeout: 180_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${process.env.WIRELENS_WP_PORT || 8089}/`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"],
    },
  },
});
