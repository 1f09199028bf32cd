// A report whose every input string is hostile: document ids, titles, publishers, URLs, article text,
// sentences, facts, entities, attributions and problem messages carry markup, event handlers,
// javascript: links, a closing </style> and quotes. The page must show them all as text and run none.
import type { Report } from '../../../src/report/model.js';
import type { DocumentInfo } from '../../../src/sources/schema.js';
import { finding, placeClaim } from './build.js';

export const PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">more</a>',
  '</style><style>body{display:none}</style>',
  `"quoted" & 'single'`,
  '<svg onload=alert(1)>',
  '</textarea></title><!-- -->',
] as const;

const EVIL = 'evil/<script>alert(1)</script>.html';
const OTHER = 'other/"quote"&amp;.txt';

const evilText = [
  `Breaking ${PAYLOADS[0]} news.`,
  `Officials said the fund reached $4.9 billion in 2023, ${PAYLOADS[1]} according to <b onmouseover=alert(1)>insiders</b>.`,
  `Read ${PAYLOADS[2]} or <a href='javascript:alert(1)'>this</a>. ${PAYLOADS[3]}`,
  `${PAYLOADS[4]} ${PAYLOADS[5]} ${PAYLOADS[6]} <iframe src="javascript:alert(1)"></iframe>`,
].join('\n');
const otherText = `The fund reached only $4.9 million in 2023 ${PAYLOADS[1]}, said "<script>alert(2)</script>".\n`;

export const injectionTexts = new Map([
  [EVIL, evilText],
  [OTHER, otherText],
]);

const documents: DocumentInfo[] = [
  {
    id: EVIL,
    format: 'html',
    title: `${PAYLOADS[0]} ${PAYLOADS[4]}`,
    publisher: `${PAYLOADS[1]}News`,
    url: 'javascript:alert(1)',
    published: '2024-01-02',
  },
  {
    id: OTHER,
    format: 'txt',
    title: null,
    publisher: `${PAYLOADS[3]}<script>alert(3)</script>`,
    url: 'https://example.com/a?b=<c>&d="e"',
    published: null,
  },
];

const tainted = { entities: [PAYLOADS[1], PAYLOADS[5]], terms: [PAYLOADS[2]], measure: `fund${PAYLOADS[0]}` };
const big = placeClaim(EVIL, evilText, { text: '$4.9 billion', value: 4.9e9, scale: 'billion', attribution: PAYLOADS[2], period: `2023${PAYLOADS[4]}`, ...tainted });
const small = placeClaim(OTHER, otherText, { text: '$4.9 million', value: 4.9e6, scale: 'million', qualifier: 'at-least', high: null, attribution: PAYLOADS[0], ...tainted });

export const injectionReport: Report = {
  command: 'check',
  documents,
  claims: [big, small],
  findings: [
    finding({
      kind: 'conflict',
      code: 'scale-slip',
      severity: 'error',
      fact: `The fund ${PAYLOADS[0]} ${PAYLOADS[3]}`,
      claims: [small, big],
      ratio: 1000,
      data: { factor: 1000, digits: PAYLOADS[1], scaleLow: PAYLOADS[2], scaleHigh: PAYLOADS[4] },
      sameOriginal: PAYLOADS[5],
      basis: { entities: [PAYLOADS[0]], terms: [PAYLOADS[6]], measure: PAYLOADS[1], period: PAYLOADS[4] },
    }),
  ],
  unmatched: [],
  summary: {
    documents: 2, claims: 2, compared: 2, unmatched: 0,
    conflicts: { error: 1, warning: 0, info: 0 }, conversions: 0, agreements: 0, suppressed: 0,
  },
  problems: [{ document: EVIL, severity: 'warning', code: 'markup-stripped', message: `odd markup ${PAYLOADS[0]} ${PAYLOADS[1]}` }],
  generatedAt: null,
  texts: injectionTexts,
};
