// The WordPress plugin in a real WordPress (Debian's 6.1, MariaDB, Apache/PHP; started clean by
// scripts/wordpress-env.sh): install WordPress through its install page, log in, upload and
// activate the plugin from its zip, write the seed story in the block editor, check the
// wirelens sidebar against the seed's document, type and see it follow, publish, and see the
// reader-side highlights; then bad input: an empty post, markup and shortcodes, other scripts,
// a 5 MB post. The plugin must write nothing to the WP_DEBUG log.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const seed = readFileSync(new URL("../../www/samples/seed.txt", import.meta.url), "utf8");
const expected = JSON.parse(readFileSync(new URL("../../testdata/seed.expected.json", import.meta.url), "utf8"));
const zip = new URL("../../dist/wirelens-wordpress.zip", import.meta.url).pathname;
const USER = "editor";
const PASSWORD = "wirelens-e2e-Correct-Horse-7";

test.describe.configure({ mode: "serial" });

/** Fails the test on any page error or dialog (an alert from injected markup, say). */
function watch(page) {
  const problems = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  return problems;
}

async function logIn(page) {
  await page.goto("wp-login.php");
  // The login page empties and focuses the user field 200 ms after it loads: fill after that.
  await page.waitForLoadState("load");
  await page.waitForTimeout(400);
  await page.locator("#user_login").fill(USER);
  await page.locator("#user_pass").fill(PASSWORD);
  await expect(page.locator("#user_login")).toHaveValue(USER);
  await page.locator("#wp-submit").click();
  await expect(page.locator("#wpadminbar")).toBeVisible();
}

/** A new post in the block editor, the welcome guide closed, the wirelens sidebar open. */
async function newPost(page) {
  await page.goto("wp-admin/post-new.php");
  await page.waitForFunction(() => window.wp?.data?.select("core/block-editor") && window.wp.data.select("core/edit-post"));
  await page.evaluate(() => {
    const editPost = window.wp.data.select("core/edit-post");
    if (editPost.isFeatureActive("welcomeGuide")) window.wp.data.dispatch("core/edit-post").toggleFeature("welcomeGuide");
  });
  await expect(page.locator(".components-modal__screen-overlay")).toHaveCount(0);
  const pinned = page.locator('.interface-pinned-items button[aria-label="wirelens"]');
  await pinned.click();
  await expect(page.locator(".wirelens-sidebar")).toBeVisible();
}

/** Replaces the post's blocks with one paragraph per line of `text` (escaped as the editor would). */
async function setParagraphs(page, lines, title = "") {
  await page.evaluate(
    ({ lines, title }) => {
      const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      const blocks = lines.map((l) => window.wp.blocks.createBlock("core/paragraph", { content: escape(l) }));
      window.wp.data.dispatch("core/block-editor").resetBlocks(blocks);
      if (title) window.wp.data.dispatch("core/editor").editPost({ title });
    },
    { lines, title },
  );
}

const sidebar = (page) => page.locator(".wirelens-sidebar");

test("install WordPress, log in, upload and activate the plugin, turn on the reader setting", async ({ page }) => {
  const problems = watch(page);
  await page.goto("wp-admin/install.php");
  if (await page.locator("#language-continue").count()) await page.locator("#language-continue").click();
  await page.locator("#weblog_title").fill("wirelens newsroom");
  await page.locator("#user_login").fill(USER);
  await page.locator("#pass1").fill(PASSWORD);
  await page.locator("#admin_email").fill("editor@example.com");
  await page.locator("#submit").click();
  await expect(page.locator("body")).toContainText("WordPress has been installed");

  await logIn(page);
  await page.goto("wp-admin/plugin-install.php?tab=upload");
  await page.locator("#pluginzip").setInputFiles(zip);
  await page.locator("#install-plugin-submit").click();
  await expect(page.locator("body")).toContainText("Plugin installed successfully");
  await page.getByRole("link", { name: "Activate Plugin" }).click();
  await expect(page.locator("body")).toContainText("Plugin activated");
  await expect(page.locator('tr[data-slug="wirelens"]')).toHaveClass(/active/);

  await page.goto("wp-admin/options-general.php?page=wirelens");
  await page.locator('input[name="wirelens_reader[enabled]"]').check();
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page.locator("body")).toContainText("Settings saved");
  await expect(page.locator('input[name="wirelens_reader[enabled]"]')).toBeChecked();
  expect(problems).toEqual([]);
});

test("the sidebar shows the seed's analysis, follows typing, and the published post is annotated", async ({ page }) => {
  const problems = watch(page);
  await logIn(page);
  await newPost(page);
  await setParagraphs(page, seed.split("\n"), "Taliban, US officials meet");

  await expect(sidebar(page).locator(".wirelens-dateline-place")).toHaveText(expected.dateline.location);
  await expect(sidebar(page).locator(".wirelens-figure-count")).toHaveText(`${expected.figures.length} figures`);
  const names = await sidebar(page).locator(".wirelens-source-name strong").allTextContents();
  const sourced = new Set(expected.quotes.filter((q) => q.source_id !== null).map((q) => expected.sources[q.source_id].name));
  expect(new Set(names.filter((n) => n !== "unattributed"))).toEqual(sourced);
  await expect(sidebar(page).getByText(`Who said what (${expected.quotes.length})`)).toBeVisible();
  await page.screenshot({ path: "test-output/wordpress-editor.png" });

  // A click selects the paragraph that holds the quote.
  const quote = expected.quotes.find((q) => q.kind === "direct");
  await sidebar(page).locator(".wirelens-jump", { hasText: quote.text.slice(0, 30) }).first().click();
  const selected = await page.evaluate(() => window.wp.data.select("core/block-editor").getSelectedBlock()?.attributes.content);
  expect(selected).toContain(quote.text.slice(1, 30));

  // Typing: a new paragraph with a quote, typed key by key; the sidebar follows.
  await page.evaluate(() => {
    const blocks = window.wp.data.select("core/block-editor").getBlocks();
    window.wp.data.dispatch("core/block-editor").selectBlock(blocks[blocks.length - 1].clientId, -1);
  });
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("“We will keep talking,” the envoy said on Sunday.", { delay: 5 });
  await expect(sidebar(page).getByText(`Who said what (${expected.quotes.length + 1})`)).toBeVisible();
  await expect(sidebar(page).getByText("We will keep talking")).toBeVisible();

  await page.locator(".editor-post-publish-panel__toggle").click();
  await page.locator(".editor-post-publish-panel .editor-post-publish-button").click();
  await expect(page.locator(".post-publish-panel__postpublish-header")).toContainText("is now live");
  const link = await page.evaluate(() => window.wp.data.select("core/editor").getPermalink());

  await page.goto(link);
  const lens = page.locator("wire-lens.wirelens-reader");
  await expect(lens).toHaveCount(1);
  await expect(lens.locator('mark[data-kind="quote"]').first()).toBeVisible();
  expect(await lens.locator('mark[data-kind="dateline"]').count()).toBe(1);
  // The seed's figures and the typed "on Sunday".
  expect(await lens.locator('mark[data-kind="figure"]').count()).toBe(expected.figures.length + 1);
  await page.screenshot({ path: "test-output/wordpress-reader.png", fullPage: true });
  expect(problems).toEqual([]);
});

test("bad input: empty, markup and shortcodes, Arabic and Chinese, 5 MB; the editor keeps working", async ({ page }) => {
  const problems = watch(page);
  await logIn(page);
  await newPost(page);
  const status = sidebar(page).locator(".wirelens-status");
  await expect(status).toContainText("Write or paste a story");

  await setParagraphs(page, [
    "<script>alert('x')</script> <img src=x onerror=alert(1)> [gallery ids=\"1,2\"] [wirelens]nested[/wirelens]",
    "WASHINGTON (Reuters) - <b>“We are ready,”</b> the minister said. &amp; &lt;tag&gt; [caption]x[/caption]",
  ]);
  await expect(status).toContainText("Analysed");
  await expect(sidebar(page).locator(".wirelens-dateline-place")).toHaveText("WASHINGTON");

  await setParagraphs(page, ["قال الوزير إن المحادثات ستستمر يوم الأحد.", "外交部发言人表示，会谈将于周日继续。", "“我们准备好了，”他说。"]);
  await expect(status).toContainText("Analysed");
  await expect(sidebar(page).locator(".components-notice")).toHaveCount(0);

  // 5 MB in 50 paragraphs: analysed in the worker; typing still works; saving loses nothing.
  const paragraph = seed.replace(/\n/g, " ");
  const big = Array.from({ length: 50 }, (_, i) => `${i}: ${paragraph.repeat(Math.ceil(100_000 / paragraph.length))}`);
  const bytes = big.reduce((n, p) => n + Buffer.byteLength(p), 0);
  expect(bytes).toBeGreaterThan(5_000_000);
  await setParagraphs(page, big, "Five megabytes");
  await expect(status).toContainText("Analysing", { timeout: 30_000 });
  await expect(status).toContainText("Analysed", { timeout: 120_000 });
  await page.evaluate(() => window.wp.data.dispatch("core/block-editor").selectBlock(window.wp.data.select("core/block-editor").getBlocks()[0].clientId, 0));
  await page.keyboard.type("Edited. ");
  const first = await page.evaluate(() => window.wp.data.select("core/block-editor").getBlocks()[0].attributes.content);
  expect(first.startsWith("Edited. 0: ")).toBe(true);
  await page.evaluate(() => window.wp.data.dispatch("core/editor").savePost());
  await page.waitForFunction(() => !window.wp.data.select("core/editor").isSavingPost() && !window.wp.data.select("core/editor").isEditedPostDirty(), null, { timeout: 120_000 });
  const id = await page.evaluate(() => window.wp.data.select("core/editor").getCurrentPostId());
  await page.goto(`wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select("core/block-editor")?.getBlocks().length > 0, null, { timeout: 120_000 });
  const saved = await page.evaluate(() => window.wp.data.select("core/block-editor").getBlocks().map((b) => b.attributes.content));
  expect(saved.length).toBe(50);
  expect(saved[0].startsWith("Edited. 0: ")).toBe(true);
  expect(saved.join("").length).toBeGreaterThan(5_000_000);
  expect(problems).toEqual([]);
});

/** Serves pages whose URL matches `url` with a Content-Security-Policy of `scriptSrc`. */
async function withCsp(page, url, scriptSrc) {
  await page.unrouteAll();
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": `script-src ${scriptSrc}` } });
  });
}

test("a Content-Security-Policy: with 'wasm-unsafe-eval' readers see the annotations; without it, a message and the text", async ({ page, request }) => {
  const [post] = await (await request.get("?rest_route=/wp/v2/posts&search=Taliban")).json();
  await withCsp(page, post.link, "'self' 'unsafe-inline' 'wasm-unsafe-eval'");
  await page.goto(post.link);
  const lens = page.locator("wire-lens.wirelens-reader");
  await expect(lens.locator('mark[data-kind="quote"]').first()).toBeVisible();

  await withCsp(page, post.link, "'self' 'unsafe-inline'");
  await page.goto(post.link);
  await expect(lens.locator(".error")).toContainText("could not analyse");
  await expect(lens.locator(".text")).toContainText("The commander of US forces in Afghanistan");
});

test("the sidebar says so when WebAssembly is refused, and the editor keeps working", async ({ page }) => {
  // WordPress 6.1's editor itself needs 'unsafe-eval', which allows WebAssembly too: a policy
  // that forbids WebAssembly stops the whole editor. So the refusal is made here the way such
  // a policy makes it (compiling throws), to check what the sidebar shows.
  await page.addInitScript(() => {
    const refuse = () => {
      throw new WebAssembly.CompileError("WebAssembly.Module(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source of script");
    };
    WebAssembly.Module = function () {
      refuse();
    };
    WebAssembly.instantiate = async () => refuse();
    WebAssembly.instantiateStreaming = async () => refuse();
  });
  await logIn(page);
  await newPost(page);
  await expect(sidebar(page).locator(".wirelens-csp")).toContainText("'wasm-unsafe-eval'");
  await setParagraphs(page, seed.split("\n"));
  await page.evaluate(() => window.wp.data.dispatch("core/block-editor").selectBlock(window.wp.data.select("core/block-editor").getBlocks()[0].clientId, 0));
  await page.keyboard.type("Still typing. ");
  const first = await page.evaluate(() => window.wp.data.select("core/block-editor").getBlocks()[0].attributes.content);
  expect(first.startsWith("Still typing. KABUL")).toBe(true);
});

test("the shortcode annotates its text with its own categories", async ({ page }) => {
  await logIn(page);
  await newPost(page);
  await page.evaluate((text) => {
    const html = `[wirelens show="figures"]${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}[/wirelens]`;
    window.wp.data.dispatch("core/block-editor").resetBlocks([window.wp.blocks.createBlock("core/shortcode", { text: html })]);
    window.wp.data.dispatch("core/editor").editPost({ title: "Shortcode", status: "publish" });
    window.wp.data.dispatch("core/editor").savePost();
  }, seed.split("\n").slice(0, 3).join("\n"));
  await page.waitForFunction(() => window.wp.data.select("core/editor").getCurrentPostAttribute("status") === "publish" && !window.wp.data.select("core/editor").isSavingPost());
  await page.goto(await page.evaluate(() => window.wp.data.select("core/editor").getPermalink()));
  const lens = page.locator("wire-lens");
  await expect(lens).toHaveCount(1); // the site setting does not wrap it again
  await expect(lens).toHaveAttribute("show", "figures");
  await expect(lens.locator('mark[data-kind="figure"]').first()).toBeVisible();
  expect(await lens.locator('mark[data-kind="quote"]').count()).toBe(0);
});

test("deleting the plugin removes its setting (uninstall.php)", async ({ page }) => {
  await logIn(page);
  await page.goto("wp-admin/plugins.php");
  await page.locator('tr[data-slug="wirelens"] .deactivate a').click();
  await expect(page.locator("body")).toContainText("Plugin deactivated");
  page.once("dialog", (d) => d.accept()); // "Are you sure you want to delete wirelens?"
  await page.locator('tr[data-slug="wirelens"] .delete a').click();
  await expect(page.locator("body")).toContainText("wirelens was successfully deleted");
  await page.goto("wp-admin/plugin-install.php?tab=upload");
  await page.locator("#pluginzip").setInputFiles(zip);
  await page.locator("#install-plugin-submit").click();
  await page.getByRole("link", { name: "Activate Plugin" }).click();
  await page.goto("wp-admin/options-general.php?page=wirelens");
  await expect(page.locator('input[name="wirelens_reader[enabled]"]')).not.toBeChecked();
});

test("the plugin wrote nothing to the WP_DEBUG log", async () => {
  const log = readFileSync("/var/log/wirelens-wp-debug.log", "utf8");
  const ours = log.split("\n").filter((l) => /wirelens/i.test(l));
  expect(ours).toEqual([]);
});
