// The statistics scenario of stats-flow.spec.ts (English browser) and stats-flow.fr.spec.ts (French browser). On the Facebook
// fixture a CM answers Alice Martin's after-sales complaint: types a draft with two findings, reports one from the in-page card
// and fixes it, reports the other from the popup with its text attached and overrides it, inserts an approved phrasing and logs
// the escalation. The options page's CSV exports count each of these, and the statistics database holds no other word of the page.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { boxEditable, boxText, expect, focusBoxEnd, openFixture } from './harness';
import { loadDemoCharter, openOptionsPage, openPopupFor, tabIdOf } from './extension-pages';
import { FEED_POST } from '../fixtures/pages/src/facebook/thread-content';
import { activeBoxOf, badgeOf, cardOf } from './overlay-probe';
import { clearStatistics, downloadStatsCsv, dumpStatsDatabase } from './stats-database';

const CHARTER_TEXT = readFileSync('charters/brandtruc.json', 'utf8');
const BRANDTRUC = JSON.parse(CHARTER_TEXT) as {
  paths: { id: string; label: Record<string, string>; team: Record<string, string> }[];
  phrasings: { id: string; text: string }[];
};
const SAV = BRANDTRUC.paths.find((path) => path.id === 'sav')!;
const FR_1_1 = BRANDTRUC.phrasings.find((phrasing) => phrasing.id === 'FR 1.1')!.text;

const BOX = 'fb-reply-c101';
const BOILERPLATE = 'brandtruc.tone.banned-boilerplate';
const REFUND = 'fr.perimeter.refund-or-gesture';
/** "xylophone turquoise": words no charter, rule pack or fixture has, so finding them in the database can only mean a leak. */
const KEPT = 'Merci pour votre patience, nous regardons le xylophone turquoise. Chez Brandtruc, le client est au cœur de nos priorités.';
/** The refund promise, typed last so that deleting it leaves the rest of the draft in the box. */
const PROMISE = ' On vous rembourse';
const FLAGGED_BOILERPLATE = 'le client est au cœur de nos priorités';
/** The complaint the box answers, and its author, as the fixture page shows them. */
const COMPLAINT = FEED_POST.comments.find((comment) => comment.id === '101')!;

/** Words of a page text that may not reach the store: those the attached passage or the charter itself does not contain. */
function pageWords(text: string): string[] {
  const allowed = `${FLAGGED_BOILERPLATE} ${CHARTER_TEXT}`.toLowerCase();
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return [...new Set(words)].filter((word) => !allowed.includes(word.toLowerCase()));
}

const TEXTS = {
  en: { teamShown: SAV.team.en, pathShown: SAV.label.en },
  fr: { teamShown: SAV.team.fr, pathShown: SAV.label.fr },
} as const;

/** Hours and minutes as the popup prints them ("14:05" in both languages). */
const TIME_OF_DAY = /\b\d{2}:\d{2}\b/;

async function reportFromCard(page: Page, boxId: string, lang: 'en' | 'fr'): Promise<void> {
  await badgeOf(page, boxId).click();
  const card = cardOf(page, boxId);
  await expect(card).toHaveAttribute('data-pinned', 'true');
  const finding = card.locator(`.finding[data-rule="${REFUND}"]`);
  await finding.locator('.report-open').click();
  await expect(finding.locator('.report-note')).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/stats-flow-card-report-${lang}.png` });
  await finding.locator('.report-reason[data-reason="harmless_meaning"]').click();
  await expect(finding.locator('.report')).toHaveAttribute('data-result', 'sent');
  // The pinned card takes clicks over the box: Escape closes it, and the box is the page's own again.
  await page.keyboard.press('Escape');
  await expect(page.locator(`gardefou-overlay[data-box="${boxId}"] .card[data-pinned]`)).toHaveCount(0);
}

/**
 * Clicks into the box and moves the caret to its end. Lexical applies the click's selection on a later event and may put the
 * caret back where the click landed, so this checks the caret and presses Ctrl+End again until it sticks.
 */
async function caretToEnd(page: Page, box: string): Promise<void> {
  await focusBoxEnd(page, box);
  const editable = boxEditable(page, box);
  await expect(async () => {
    await page.keyboard.press('Control+End');
    const atEnd = await editable.evaluate((element) => {
      const selection = element.ownerDocument.getSelection();
      if (!selection?.focusNode || !element.contains(selection.focusNode)) return false;
      const rest = element.ownerDocument.createRange();
      rest.setStart(selection.focusNode, selection.focusOffset);
      rest.setEnd(element, element.childNodes.length);
      return selection.isCollapsed && rest.toString() === '';
    });
    expect(atEnd).toBe(true);
  }).toPass({ timeout: 5_000 });
}

export interface ScenarioFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

/** The whole scenario, in a browser whose UI language is `lang`; the screenshots are named after it. */
export async function runStatsFlow({ context, extensionId, serviceWorker }: ScenarioFixtures, lang: 'en' | 'fr'): Promise<void> {
  await loadDemoCharter(context, extensionId);
  const options = await openOptionsPage(context, extensionId, '#statistics');
  await expect(options.getByTestId('statistics')).toHaveAttribute('data-state', 'ready');
  await clearStatistics(options);

  // The draft: two findings, which the tracker counts as shown once they stayed a second.
  const page = await openFixture(context, 'facebook', { lang });
  await focusBoxEnd(page, BOX);
  await page.keyboard.type(KEPT + PROMISE);
  await expect.poll(() => boxText(page, BOX)).toBe(KEPT + PROMISE);
  const box = await activeBoxOf(serviceWorker, page);
  if (!box) throw new Error('the content script reports no box');
  expect(box.findings.map((finding) => finding.ruleId).sort()).toEqual([BOILERPLATE, REFUND]);
  await page.waitForTimeout(1_300);

  // "This is wrong" from the in-page card: rule id and reason, no text.
  await reportFromCard(page, box.boxId, lang);

  // Fixed: the promise deleted while the rest of the draft stays.
  await caretToEnd(page, BOX);
  // Key by key, as a CM does; the space before the promise stays, ready for the phrasing.
  for (let step = 1; step < PROMISE.length; step++) await page.keyboard.press('Backspace');
  await expect.poll(() => boxText(page, BOX)).toBe(`${KEPT} `);
  await expect.poll(async () => (await activeBoxOf(serviceWorker, page))?.findings.map((finding) => finding.ruleId)).toEqual([BOILERPLATE]);

  const popup = await openPopupFor(context, extensionId, await tabIdOf(serviceWorker, page));
  const boilerplate = popup.locator(`[data-testid="finding"][data-rule="${BOILERPLATE}"]`);

  // "This is wrong" from the popup, with the flagged passage attached after the CM saw it.
  await boilerplate.getByTestId('report-wrong').click();
  const dialog = popup.getByTestId('false-positive-dialog');
  await dialog.locator('input[value="allowed_by_charter"]').check();
  await dialog.getByTestId('fp-attach').check();
  await expect(dialog.getByTestId('fp-attached-text')).toHaveText(FLAGGED_BOILERPLATE);
  await popup.screenshot({ path: `test-results/screenshots/stats-flow-popup-report-${lang}.png`, fullPage: true });
  await dialog.getByTestId('fp-send').click();
  await expect(dialog.getByRole('status')).toBeVisible();
  await dialog.getByRole('button').click();
  await expect(dialog).toHaveCount(0);

  // Overridden from the popup, with a reason.
  await boilerplate.getByTestId('dismiss-button').click();
  await boilerplate.locator('[role="menuitem"][data-reason="context_ok"]').click();
  await expect(popup.getByTestId('findings-clean')).toBeVisible();

  // An approved phrasing inserted at the caret.
  await popup.getByTestId('phrasing-lang-fr').check();
  await popup.locator('[role="option"][data-phrasing="FR 1.1"]').click();
  await popup.getByTestId('insert-caret').click();
  await expect(popup.getByTestId('action-status')).toHaveAttribute('data-status', 'inserted');
  await expect.poll(() => boxText(page, BOX)).toBe(`${KEPT} ${FR_1_1}`);

  // The escalation logged from the SAV path card: the question and the answer name the team and the time.
  const sav = popup.locator('[data-testid="path-card"][data-path="sav"]');
  await sav.getByTestId('record-escalation').click();
  const question = sav.getByTestId('escalation-confirm');
  await expect(question).toContainText(TEXTS[lang].teamShown);
  await expect(question).toContainText(TIME_OF_DAY);
  await sav.getByTestId('escalation-confirm-button').click();
  const logged = sav.getByTestId('escalation-recorded');
  await expect(logged).toContainText(TEXTS[lang].teamShown);
  await expect(logged).toContainText(TEXTS[lang].pathShown);
  await expect(logged).toContainText(TIME_OF_DAY);
  await popup.screenshot({ path: `test-results/screenshots/stats-flow-popup-escalation-${lang}.png`, fullPage: true });

  // The Statistics tab, once the page's last batch arrived (it leaves within two seconds, or when the tab is hidden).
  await options.bringToFront();
  const overriddenRow = options.locator(`[data-testid="rule-stats"] tr[data-rule="${BOILERPLATE}"] [data-reason="context_ok"]`);
  await expect(async () => {
    await options.reload();
    await expect(overriddenRow).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(options.locator('[data-testid="escalation-chart"][data-path="sav"] [data-testid="escalation-total"]')).toContainText('1');
  await expect(options.getByTestId('phrasing-stats').locator('tr[data-phrasing="FR 1.1"]')).toBeVisible();
  await expect(options.getByTestId('false-positive-reports')).toContainText(FLAGGED_BOILERPLATE);
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.screenshot({ path: `test-results/screenshots/stats-flow-statistics-${lang}.png`, fullPage: true });

  // The CSV exports, with the separator the UI language gives by default.
  const separator = lang === 'fr' ? ';' : ',';
  await expect(options.getByTestId('csv-separator')).toHaveValue(separator);
  const rules = await downloadStatsCsv(options, 'rules', separator);
  expect(rules.fileName).toMatch(/^gardefou-stats-rules-\d{4}-\d{2}-\d{2}\.csv$/);
  const ruleRow = (ruleId: string) => rules.rows.find((row) => row.rule_id === ruleId);
  expect(rules.rows.map((row) => row.rule_id).sort()).toEqual([BOILERPLATE, REFUND]);
  expect(ruleRow(REFUND)).toMatchObject({
    platform: 'facebook',
    category: 'out_of_perimeter',
    shown: '1',
    fixed: '1',
    overridden: '0',
    false_positive_reports: '1',
  });
  expect(ruleRow(BOILERPLATE)).toMatchObject({
    platform: 'facebook',
    category: 'overmarketing',
    shown: '1',
    fixed: '0',
    overridden: '1',
    overridden_context_ok: '1',
    overridden_false_positive: '0',
    overridden_approved_by_lead: '0',
    false_positive_reports: '1',
  });

  const phrasings = await downloadStatsCsv(options, 'phrasings', separator);
  expect(phrasings.rows).toEqual([expect.objectContaining({ platform: 'facebook', phrasing_id: 'FR 1.1', path_id: 'sav', inserted: '1' })]);

  const escalations = await downloadStatsCsv(options, 'escalations', separator);
  // The team as the charter names it in its default language, whatever the CM's UI language.
  expect(escalations.rows).toEqual([expect.objectContaining({ platform: 'facebook', path_id: 'sav', category: 'sav', team: SAV.team.fr })]);
  expect(escalations.rows[0].time).toMatch(/^\d{2}:\d{2}:\d{2}$/);

  const reports = await downloadStatsCsv(options, 'false_positive_reports', separator);
  expect(reports.rows.map(({ rule_id, reason, attached_text }) => ({ rule_id, reason, attached_text }))).toEqual([
    { rule_id: REFUND, reason: 'harmless_meaning', attached_text: '' },
    { rule_id: BOILERPLATE, reason: 'allowed_by_charter', attached_text: FLAGGED_BOILERPLATE },
  ]);

  // The database: the attached passage, and no other word of the draft, of the complaint, or of its author.
  const dump = await dumpStatsDatabase(serviceWorker);
  expect(dump).toContain(FLAGGED_BOILERPLATE);
  const draftWords = pageWords(KEPT + PROMISE);
  expect(draftWords).toEqual(expect.arrayContaining(['xylophone', 'turquoise']));
  const incomingWords = pageWords(COMPLAINT.text);
  expect(incomingWords.length).toBeGreaterThan(5);
  const lowerDump = dump.toLowerCase();
  expect(COMPLAINT.author).toBe('Alice Martin');
  for (const word of [...draftWords, ...incomingWords, ...COMPLAINT.author.split(' ')]) {
    expect(lowerDump, word).not.toContain(word.toLowerCase());
  }
  // The order number, the author's profile, the page's address.
  for (const trace of ['BT-48213', COMPLAINT.profilePath.slice(1), 'facebook.com', 'https:']) expect(dump).not.toContain(trace);
}
