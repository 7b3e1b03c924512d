// Drives the VS Code workbench page the way a writer would: keyboard shortcuts, menus, the
// Problems count in the status bar. Every step waits for a selector or a condition on the page,
// never for a fixed time; the timeouts only turn a hang into a failure.

const modifier = 'Control';

/** Waits until the workbench has restored its parts and the Explorer shows the folder. */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout });
  // Keyboard input goes to the focused element; click the empty editor area once to own it.
  await page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } });
}

/** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, name, timeout = 30_000) {
  await page.keyboard.press(`${modifier}+KeyP`);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(name);
  // The result list fills asynchronously (file search): wait for a row naming the file.
  await page
    .locator('.quick-input-widget .monaco-list-row', { hasText: name })
    .first()
    .waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout });
}

/** Runs a command through the Command Palette (F1) by its title, as a user would. */
export async function runCommand(page, title, timeout = 30_000) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(`>${title}`);
  await page
    .locator('.quick-input-widget .monaco-list-row', { hasText: title })
    .first()
    .waitFor({ state: 'visible', timeout });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout });
}

/** Waits for at least one lint squiggle (any severity) in the active editor. */
export async function waitForSquiggles(page, timeout = 60_000) {
  await page
    .locator('.editor-instance .monaco-editor')
    .locator('.squiggly-error, .squiggly-warning, .squiggly-info')
    .first()
    .waitFor({ state: 'attached', timeout });
}

/**
 * The number of problems the status bar shows (errors + warnings + infos), read from the
 * Problems entry's accessible label, e.g. "Warnings: 3" or "No Problems".
 */
export async function problemCount(page) {
  const label = (await page.locator('#status\\.problems a, #status\\.problems').first().getAttribute('aria-label')) ?? '';
  return [...label.matchAll(/(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Waits until the status bar's problem count satisfies `predicate`; returns the count. */
export async function waitForProblemCount(page, predicate, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const count = await problemCount(page);
    if (predicate(count)) return count;
    if (Date.now() > deadline) throw new Error(`the problem count stayed at ${count}`);
    // Wake up on the next change of the status bar rather than on a timer.
    await page
      .waitForFunction(
        (previous) => {
          const item = document.querySelector('#status\\.problems a, #status\\.problems');
          const label = item?.getAttribute('aria-label') ?? '';
          return label !== previous;
        },
        await page.locator('#status\\.problems a, #status\\.problems').first().getAttribute('aria-label'),
        { timeout: Math.max(1, deadline - Date.now()), polling: 'mutation' },
      )
      .catch(() => {});
  }
}

/**
 * Moves to the next problem (F8), opens the quick fix menu (Ctrl+.) and picks the first action
 * whose title matches `title`. Tries up to `attempts` problems; returns the picked title.
 */
export async function applyQuickFix(page, title, attempts = 20, timeout = 30_000) {
  const open = await openQuickFixMenu(page, title, attempts, timeout);
  const text = (await open.item.innerText()).trim();
  await page.keyboard.press('Enter');
  await open.menu.waitFor({ state: 'hidden', timeout });
  return text;
}

/**
 * Opens the quick fix menu on the first problem (from the top, F8 after F8) that offers an
 * action matching `title`, and leaves it open. Returns the menu and that action's row.
 */
export async function openQuickFixMenu(page, title, attempts = 20, timeout = 30_000) {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(`${modifier}+Home`);
  for (let i = 0; i < attempts; i++) {
    // F8 moves the cursor to the problem after it and shows it in a peek widget.
    await page.keyboard.press('F8');
    await page.locator('.marker-widget, .zone-widget').first().waitFor({ state: 'visible', timeout });
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${modifier}+Period`);
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout });
    const item = menu.locator('.monaco-list-row', { hasText: title }).first();
    if ((await item.count()) > 0) {
      // The menu sits under a layer that takes mouse events; move its focus with the keyboard.
      const rows = await menu.locator('.monaco-list-row').count();
      for (let step = 0; step < rows; step++) {
        const focused = menu.locator('.monaco-list-row.focused', { hasText: title });
        if ((await focused.count()) > 0) return { menu, item: focused.first() };
        await page.keyboard.press('ArrowDown');
      }
    }
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden', timeout });
  }
  throw new Error(`no quick fix titled ${title} on the first ${attempts} problems`);
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns it. */
export async function openProblems(page, timeout = 30_000) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press(`${modifier}+Shift+KeyM`);
  await panel.waitFor({ state: 'visible', timeout });
  return panel;
}

/**
 * Types `text` into the Problems panel's filter box and returns the rows it then lists (files and
 * problems, as text), once the list shows a problem row matching `expect`.
 */
export async function filterProblems(page, text, expect, timeout = 30_000) {
  const panel = await openProblems(page, timeout);
  const input = page.locator('.panel .viewpane-filter input, .panel .markers-panel-action-filter input').first();
  await input.click();
  await input.fill(text);
  const row = panel.locator('.monaco-list-row', { hasText: expect }).first();
  await row.waitFor({ state: 'visible', timeout });
  return (await panel.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Clears the Problems panel's filter box. */
export async function clearProblemFilter(page) {
  const input = page.locator('.panel .viewpane-filter input, .panel .markers-panel-action-filter input').first();
  await input.fill('');
}

/** Clicks the code link (the rule id) of the first problem of that rule in the Problems panel. */
export async function clickRuleLink(page, ruleId, timeout = 30_000) {
  const panel = await openProblems(page, timeout);
  const link = panel.locator('.monaco-link', { has: page.locator('.marker-code', { hasText: ruleId }) }).first();
  await link.waitFor({ state: 'visible', timeout });
  await link.click();
}

/** The text of the status bar item whose text matches `pattern`, once there is one. */
export async function statusBarText(page, pattern, timeout = 30_000) {
  const item = page.locator('.statusbar-item', { hasText: pattern }).first();
  await item.waitFor({ state: 'visible', timeout });
  return (await item.innerText()).trim();
}

/**
 * Opens `report` (which has `findings` problems, `rule` among them), clicks that rule's code link
 * in the Problems panel, and checks that the rule's page opened rendered and read-only (the
 * Markdown preview, a webview, with the page's title; no text editor) and added no problems:
 * the page would be linted, or not, as soon as it opened, so `barrier`, a report with one
 * problem opened after it, shows the server has answered everything sent before, and the count
 * must then have grown by that one only. The preview must still show the page afterwards.
 * Returns what was seen, for the log.
 */
export async function checkRuleLink(page, { report, findings, rule, barrier }, timeout = 30_000) {
  const before = await problemCount(page);
  await openFile(page, report);
  await waitForSquiggles(page);
  const shown = await waitForProblemCount(page, (count) => count === before + findings);
  await clickRuleLink(page, rule);
  const pageName = `${rule.split('/').pop()}.md`;
  await page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: pageName }).waitFor({ state: 'visible', timeout });
  const heading = page.frameLocator('iframe.webview.ready >> nth=0').frameLocator('#active-frame').locator('h1', { hasText: rule });
  await heading.first().waitFor({ state: 'visible', timeout });
  if (await page.locator('.editor-group-container.active .editor-instance .monaco-editor').count()) throw new Error(`the page of ${rule} opened as a text editor, not rendered`);
  await openFile(page, barrier);
  const after = await waitForProblemCount(page, (count) => count !== shown);
  if (after !== shown + 1) throw new Error(`after opening the page of ${rule} and ${barrier} (one problem), the Problems count is ${after}, expected ${shown + 1}`);
  if (!(await page.locator('.tabs-container .tab', { hasText: pageName }).count())) throw new Error(`the preview of ${pageName} turned into another file's`);
  return `the ${rule} link opened the rule's page rendered and read-only, and it added no problems (${after} in all)`;
}
