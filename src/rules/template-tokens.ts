import { countLettersAndNumbers } from '../text/chars.js';
import type { Rule } from './types.js';

/*
 * Placeholder shapes that leak from client-side templates. Each alternative is anchored on its own delimiters
 * with disjoint character classes inside, so matching is linear even on "{{{{…" or "<<<<…" (lint-checked).
 *  - {{name}} {{#each}} (Mustache/Handlebars), ${name} (JS), [[name]] (wiki/Angular-style)
 *  - {name} with an identifier of two or more characters: "{x}" and "{1, 2}" are mathematics, not templates
 *  - <name> only for placeholder words or identifiers that no HTML tag spells (snake_case, camelCase)
 *  - printf-style %s %d %1$s standing as words ("5%so" is a typo, printf("%d") is quoted code: both stay), %(name)s
 *  - __NAME__ markers
 */
const PLACEHOLDER_WORDS =
  'name|body|time|date|author|content|user|username|email|message|comment|avatar|count|link|url|text|title|summary|image|id';
const TOKEN = new RegExp(
  [
    String.raw`\{\{[#/^!>&]?\s*[A-Za-z_][\w.-]*\s*\}\}`,
    String.raw`\$\{[A-Za-z_][\w.]*\}`,
    String.raw`\[\[[A-Za-z_][\w.]*\]\]`,
    String.raw`(?<![{$])\{[A-Za-z_][\w.]+\}(?!\})`,
    String.raw`<(?:${PLACEHOLDER_WORDS}|[a-z]+_[a-z_]+|[a-z]+[A-Z][A-Za-z]*)>`,
    String.raw`(?<=^|\s)%(?:\d\$)?[sdif](?=$|[\s.,;:!?])`,
    String.raw`%\([a-z_]+\)[sd]`,
    String.raw`\b__[A-Z][A-Z_]*[A-Z]__\b`,
  ].join('|'),
  'gu',
);

/** Token spans in a line: [start, end) relative to the line. */
export function findTemplateTokens(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of line.matchAll(TOKEN)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export const templateTokens: Rule = {
  id: 'template-tokens',
  summary: 'leaked template placeholders ({name}, {{x}}, ${x}, <body>, %s): the token, or the whole skeleton line',
  apply({ doc, decisions }) {
    for (const line of doc.lines) {
      if (line.blank || decisions.isDropped(line.index)) continue;
      // Cheap pre-filter: every token shape contains one of these characters.
      if (!line.templateChars) continue;
      const spans = findTemplateTokens(line.text);
      if (spans.length === 0) continue;
      let tokenChars = 0;
      // Letters and numbers outside the tokens (what used to be matched in the residue string, counted in place).
      let residueWordChars = 0;
      let from = 0;
      for (const [s, e] of spans) {
        tokenChars += e - s;
        residueWordChars += countLettersAndNumbers(line.text, from, s);
        from = e;
      }
      residueWordChars += countLettersAndNumbers(line.text, from, line.text.length);
      const tokens = spans.map(([s, e]) => line.text.slice(s, e)).join(' ');
      if (residueWordChars * 2 <= tokenChars) {
        decisions.dropLine(line.index, {
          rule: this.id, category: 'template', reason: `template skeleton: ${tokens}`,
        });
        continue;
      }
      for (const [s, e] of spans) {
        // Take one neighbouring space with the token so prose does not keep a double space.
        const before = s > 0 && line.text[s - 1] === ' ' ? 1 : 0;
        const after = !before && line.text[e] === ' ' ? 1 : 0;
        decisions.dropSpan({
          line: line.index, start: line.start + s - before, end: line.start + e + after,
          rule: this.id, category: 'template', reason: `template token ${line.text.slice(s, e)} inside text`,
        });
      }
    }
  },
};
