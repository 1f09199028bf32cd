// Adversarial inputs: text built to find super-linear steps (regex backtracking, quadratic sentence
// splitting, all-pairs comparison inside one document). Each kind fills exactly `size` UTF-16 units.
import { mulberry32 } from './corpus.js';

export const ADVERSARIAL_KINDS = ['digits', 'one-number', 'dollars', 'ones', 'long-lines', 'one-sentence', 'qualifiers', 'scales', 'no-spaces', 'brackets', 'blank'];

function fill(size, next) {
  const parts = [];
  let length = 0;
  let i = 0;
  while (length < size) {
    const piece = next(i++);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}

export function adversarialText(kind, size) {
  const rnd = mulberry32(7);
  const digit = () => String.fromCharCode(48 + Math.floor(rnd() * 10));
  switch (kind) {
    case 'digits': // digits and separators, no letters at all
      return fill(size, () => digit() + ',.  ,.-/:'.charAt(Math.floor(rnd() * 10)) + digit());
    case 'one-number': // a single number millions of digits long
      return '9'.repeat(size);
    case 'brackets': // nested brackets and quotes around figures
      return fill(size, (i) => (i % 2 === 0 ? '(("[' : ']"))') + ` $${i % 10} million `);
    case 'blank':
      return fill(size, (i) => (i % 80 === 79 ? '\n' : ' '));
    case 'dollars':
      return '$'.repeat(size);
    case 'ones':
      return fill(size, () => '1,');
    case 'long-lines': // ordinary sentences, but lines of about a megabyte
      return fill(size, (i) => `The ministry paid $${(i % 97) + 1}.5 million to ${(i % 50) + 3} firms in 2023, up ${i % 90}% on the year. ` + (i % 5000 === 4999 ? '\n' : ''));
    case 'one-sentence': // one sentence: no full stop anywhere
      return fill(size, (i) => `and the council said ${(i % 900) + 1} people and $${(i % 40) + 1} million and ${(i % 70) + 1}% of homes `);
    case 'qualifiers':
      return fill(size, (i) => `${'more than about nearly at least up to almost roughly '.repeat(200)}$${(i % 9) + 1} million `);
    case 'scales':
      return fill(size, () => '5 million billion trillion crore lakh thousand ');
    case 'no-spaces':
      return fill(size, () => 'x'.repeat(1 + Math.floor(rnd() * 7)) + digit());
    default:
      throw new Error(`unknown adversarial kind ${kind}`);
  }
}
