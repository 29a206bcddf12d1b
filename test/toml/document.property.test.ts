import fc from 'fast-check';
import { parse, stringify } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parseToml } from '../../src/parse/toml/document.js';
import { readLightningConfig } from '../../src/parse/lightning/config.js';
import { validateLightningConfig } from '../../src/parse/lightning/validate.js';
import { fcParams } from '../helpers/properties.js';

const key = fc.oneof(fc.constantFrom('a', 'b-c', 'd_e', 'tikv-importer', 'backend', 'filter', 'routes'), fc.string({ maxLength: 6 }));
const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const tomlObject = fc.letrec((tie) => ({
  table: fc.dictionary(
    key,
    fc.oneof({ depthSize: 'small' }, scalar, fc.array(scalar, { maxLength: 3 }), tie('table'), fc.array(tie('table'), { maxLength: 2 })),
    {
      maxKeys: 4,
    },
  ),
})).table;

describe('parseToml properties', () => {
  it('indexes any document smol-toml writes: every value span parses back to its value', () => {
    fc.assert(
      fc.property(tomlObject, (object) => {
        const text = stringify(object);
        const result = parseToml(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        for (const entry of result.doc.entries) {
          const valueText = text.slice(entry.valueSpan.start, entry.valueSpan.end);
          expect(JSON.stringify(parse(`x = ${valueText}`).x)).toBe(JSON.stringify(entry.value));
        }
        // Validation never throws on any valid TOML.
        validateLightningConfig(result.doc, readLightningConfig(result.doc));
      }),
      fcParams('toml: indexes what smol-toml writes', 300),
    );
  });

  it('never throws on arbitrary text, and error offsets stay inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({
          maxLength: 80,
          unit: fc.constantFrom('[', ']', '"', "'", '=', '#', '\n', '\r', ' ', 'a', '.', '{', '}', ',', '1', '\\'),
        }),
        (text) => {
          const result = parseToml(text);
          if (!result.ok) {
            expect(result.offset).toBeGreaterThanOrEqual(0);
            expect(result.offset).toBeLessThanOrEqual(text.length);
          } else {
            validateLightningConfig(result.doc, readLightningConfig(result.doc));
          }
        },
      ),
      fcParams('toml: arbitrary text', 1000),
    );
  });
});
