import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The rule sets of WCAG 2.1 A and AA (GB/T 37668-2019), with axe's best practices. */
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page and returns the serious and critical findings. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, not an inline <script>: the platform's CSP
  // (script-src 'self') rightly refuses inline scripts, and the test must not switch it off.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeScript());
  return page.evaluate(async (runOnly) => {
    type Result = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<Result> } })
      .axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      }));
  }, RULE_SETS);
}

/** A readable list: one line per rule, with the first few elements it found. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map(
      (finding) =>
        `  [${finding.impact}] ${finding.id} — ${finding.help} (${finding.targets.length}): ` +
        finding.targets.slice(0, 5).join(' | ') +
        (finding.targets.length > 5 ? ' …' : ''),
    )
    .join('\n');
}

/** Fails with the list of serious or critical WCAG 2.1 AA findings on the page, if there are any. */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const findings = await seriousAxeFindings(page);
  if (findings.length)
    throw new Error(`axe-core: serious or critical findings on ${label}:\n${describeFindings(findings)}`);
}
