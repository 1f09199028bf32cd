// Report → SARIF 2.1.0 for code scanning: one result per finding (agreements are not problems and are left
// out), one rule per finding code, the first claim as the location and the other claims as related
// locations, and the finding's stable id as partial fingerprint so re-runs update alerts instead of adding them.
import type * as Sarif from 'sarif';
import { FindingCode, type Finding, type Severity } from '../compare/schema.js';
import type { Claim } from '../extract/schema.js';
import type { Report, ReportOptions } from './model.js';
import { describeFinding, describeRule } from './describe.js';
import { claimEnd, fileOf, isProblem, viewOf, type ReportView } from './view.js';

export const FINGERPRINT_KEY = 'claimcheck/findingId/v1';

const LEVEL: Readonly<Record<Severity, Sarif.Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/** Every code but agreement, in the enum's order: rule indices stay the same whatever a run finds. */
const RULE_CODES = FindingCode.options.filter((c) => c !== 'agreement');

function rules(): Sarif.ReportingDescriptor[] {
  return RULE_CODES.map((code) => {
    const text = describeRule(code);
    return {
      id: code,
      name: code.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: text.short },
      fullDescription: { text: text.full },
      help: { text: text.help },
    };
  });
}

/** A relative path as a URI reference: each segment percent-encoded, "/" kept. */
export function toUri(path: string): string {
  return fileOf(path).split('/').map(encodeURIComponent).join('/');
}

function location(view: ReportView, c: Claim, id?: number): Sarif.Location {
  const end = claimEnd(c);
  return {
    ...(id === undefined ? {} : { id }),
    physicalLocation: {
      artifactLocation: { uri: toUri(c.document) },
      region: { startLine: c.line, startColumn: c.column, endLine: end.line, endColumn: end.column, snippet: { text: c.text } },
    },
    message: { text: `${view.outlet(c.document)}: ${c.text}` },
  };
}

function result(view: ReportView, f: Finding, byId: ReadonlyMap<string, Claim>): Sarif.Result {
  const claims = f.claims.map((id) => view.claim(id)).filter((c): c is Claim => c !== undefined);
  const [first, ...others] = claims;
  return {
    ruleId: f.code,
    ruleIndex: (RULE_CODES as readonly string[]).indexOf(f.code),
    level: LEVEL[f.severity],
    message: { text: describeFinding(f, byId) },
    locations: first ? [location(view, first)] : [],
    ...(others.length > 0 ? { relatedLocations: others.map((c, i) => location(view, c, i + 1)) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.id },
    properties: { fact: f.fact, ratio: f.ratio, confidence: f.confidence, sameOriginal: f.sameOriginal, data: f.data },
  };
}

export function sarifLog(report: Report, options: Pick<ReportOptions, 'version'>): Sarif.Log {
  const view = viewOf(report);
  return logWith(options, view.findings.filter(isProblem).map((f) => result(view, f, view.claimsById)));
}

function logWith(options: Pick<ReportOptions, 'version'>, results: Sarif.Result[]): Sarif.Log {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            ...(options.version === undefined ? {} : { version: options.version }),
            rules: rules(),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function sarif(report: Report, options: ReportOptions): string {
  return `${JSON.stringify(sarifLog(report, options), null, 2)}\n`;
}

// A stand-in result: the log is stringified around it, and the results go where it stands. A JSON string
// holds no raw line break, so the stand-in with the line before it is found only where it was put.
const STAND_IN = 'claimcheck:results';
const RESULT_INDENT = `\n${'  '.repeat(4)}`;

/** The same text a result at a time: a big run's log is more than one string should hold. */
export function* sarifParts(report: Report, options: ReportOptions): Generator<string> {
  const view = viewOf(report);
  const findings = view.findings.filter(isProblem);
  const shell = JSON.stringify(logWith(options, [STAND_IN as unknown as Sarif.Result]), null, 2);
  const mark = `[${RESULT_INDENT}${JSON.stringify(STAND_IN)}`;
  const at = shell.indexOf(mark);
  if (findings.length === 0 || at < 0) {
    yield sarif(report, options);
    return;
  }
  yield shell.slice(0, at + 1);
  for (const [i, f] of findings.entries()) {
    // What JSON.stringify(log, null, 2) writes for a result four levels deep.
    yield `${i === 0 ? '' : ','}${RESULT_INDENT}${JSON.stringify(result(view, f, view.claimsById), null, 2).replace(/\n/g, RESULT_INDENT)}`;
  }
  yield `${shell.slice(at + mark.length)}\n`;
}
