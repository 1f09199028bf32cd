// The report stage's input: everything a reporter may show, assembled by check.ts from the earlier stages.
import type { ChalkInstance } from 'chalk';
import type { RateOverrides } from '../compare/rates.js';
import type { Finding, Summary } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';
import type { DocumentInfo } from '../sources/schema.js';
import type { Problem } from '../sources/types.js';

export interface Report {
  command: 'check' | 'extract';
  documents: DocumentInfo[];
  claims: Claim[];
  /** Empty for extract. */
  findings: Finding[];
  /** Claim ids that matched nothing in another document (check only). */
  unmatched: string[];
  summary: Summary | null;
  problems: Problem[];
  /** ISO time of the run, only with --timestamp: output is otherwise byte-for-byte reproducible. */
  generatedAt: string | null;
  /**
   * Document id → the text its claims' start/end offsets point into, for the HTML document view.
   * Optional: without it the HTML report shows each figure in its sentence.
   */
  texts?: ReadonlyMap<string, string>;
  /** The exchange-rate overrides the run used (--rates, config), for values shown in US dollars. */
  rates?: RateOverrides;
}

export interface ReportOptions {
  color: ChalkInstance;
  showAgreements: boolean;
  showUnmatched: boolean;
  explain: boolean;
  bom: boolean;
  /** Terminal width for the table reporter; 0 when unknown. */
  columns: number;
  /** claimcheck's version, for formats that name the tool (SARIF); left out when not given. */
  version?: string;
}

export type Reporter = (report: Report, options: ReportOptions) => string;
