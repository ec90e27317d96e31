import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA: the rules axe-core tags for levels A and AA of WCAG 2.0, 2.1 and 2.2. */
export const WCAG_AA = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } as const;

/** Only the colour-contrast rule: what a second colour scheme can change. */
export const COLOUR_CONTRAST = { type: 'rule', values: ['color-contrast'] } as const;

/**
 * Runs axe-core on the page and returns its violations, one line each ("rule: help (selectors)").
 * axe is evaluated through the DevTools protocol, not added as a <script>, so that the page's Content
 * Security Policy neither blocks it nor reports it.
 */
export async function axe(page: Page, runOnly: typeof WCAG_AA | typeof COLOUR_CONTRAST): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	return page.evaluate(async (only) => {
		// @ts-expect-error axe is evaluated above
		// Only violations are reported, so only they need details (faster on pages of thousands of nodes).
		const result = await window.axe.run(document, { runOnly: only, resultTypes: ['violations'] });
		return result.violations.map(
			(v: { id: string; help: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
		);
	}, runOnly);
}
