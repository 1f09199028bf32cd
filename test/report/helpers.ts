// Shared test helpers: report options with colour on or off.
import { Chalk } from 'chalk';
import type { ReportOptions } from '../../src/report/model.js';

export function options(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return {
    color: new Chalk({ level: 0 }),
    showAgreements: false,
    showUnmatched: false,
    explain: false,
    bom: false,
    columns: 0,
    ...overrides,
  };
}

export const colour = new Chalk({ level: 1 });
