import type { Line } from '../document.js';
import { isByline, isCaption } from '../meta.js';
import type { LineCounts } from '../profile/codec.js';
import type { ProfileContext } from '../profile/lookup.js';
import { VI_AD_WORDS, VI_FOOTER_WORDS } from '../phrases/vi.js';
import type { Category } from '../report.js';
import { isProse } from '../shape.js';
import { canonicalKey } from '../vi/key.js';
import type { Rule, RuleContext } from './types.js';

/*
 * Lines a site profile (src/profile/) knows as recurring on this document's site. A line goes unless it is this
 * article's own content: its title, or its lead (the first paragraph of the article region) — a sentence that is
 * a teaser in other articles is the sapo of its own. Bylines and captions recur by nature ("(Tổng hợp)",
 * "Ảnh minh họa") and stay too, as do short lines inside the article and the lines of an article that is itself
 * a copy of another crawled one. Every such keep is counted in stats.keptByReason.
 */

// Footer and advert words, checked on the canonical key (lower case, punctuation as spaces).
const anyOf = (words: readonly string[]): RegExp => new RegExp(`(?:^| )(?:${words.join('|')})(?: |$)`, 'u');
const FOOTER_WORDS = anyOf(VI_FOOTER_WORDS);
const AD_WORDS = anyOf(VI_AD_WORDS);
// A menu item is one to three words without a full stop.
const MAX_MENU_WORDS = 3;
// The opening of an article: its title and first paragraphs. When most of it recurs on the site, the document is
// another copy of a crawled article, not a page full of teasers: then the lines inside its article region stay.
const OPENING_PARAGRAPHS = 3;
const COPIED_OPENING_HITS = 3;
// A line of a few words inside the article recurs by coincidence ("Theo", "Vnexpress,", "Video", a subheading);
// a sentence does not. Short recurring lines are removed only outside the article region.
const MAX_SHORT_WORDS = 3;

/** The category a recurring line most likely has, from where it sat across the site and its shape. */
function categoryOf(line: Line, counts: LineCounts): Category {
  if (FOOTER_WORDS.test(line.key) || line.body.includes('©')) return 'footer';
  if (AD_WORDS.test(line.key)) return 'ad';
  const { before, inside, after } = counts;
  if (before > inside && before >= after) return 'nav';
  if (line.words <= MAX_MENU_WORDS && !line.sentenceEnd) return 'nav';
  return 'related';
}

function where(counts: LineCounts): string {
  const parts: string[] = [];
  if (counts.before) parts.push(`${counts.before} before`);
  if (counts.inside) parts.push(`${counts.inside} inside`);
  if (counts.after) parts.push(`${counts.after} after`);
  return parts.join(', ');
}

export const siteProfile: Rule = {
  id: 'site-profile',
  summary: 'lines that recur across many documents of the site (learned with learnProfile), except the article’s own title and lead',
  apply(ctx: RuleContext & ProfileContext) {
    const { doc, decisions, siteProfile: profile } = ctx;
    if (!profile) return;
    // Read the region now, before this rule removes anything: the article is located as it is without a profile.
    const { article } = ctx;
    const hits = new Map<number, LineCounts>();
    for (const line of doc.lines) {
      if (line.blank || line.key === '' || decisions.isDropped(line.index)) continue;
      const counts = profile.lookup(line.key);
      if (counts) hits.set(line.index, counts);
    }
    if (hits.size === 0) return;

    const knownTitle = ctx.knownTitle === undefined ? '' : canonicalKey(ctx.knownTitle);
    const opening: number[] = [];
    if (article.found && article.title >= 0) opening.push(article.title);
    const lead = article.found ? firstProse(article.first, article.last, article.title) : -1;
    for (let i = lead, n = 0; i !== -1 && n < OPENING_PARAGRAPHS; i = firstProse(i + 1, article.last, -1), n++) {
      opening.push(i);
    }
    const copied = opening.filter((i) => hits.has(i)).length >= COPIED_OPENING_HITS;

    for (const [index, counts] of hits) {
      const line = doc.lines[index]!;
      const inRegion = !article.found || (index >= article.first && index <= article.last);
      // A line that heads every page of the site (it sat above the article elsewhere) is the site's banner,
      // even when it is the first heading here; a teaser headline that is this page's heading is its title.
      const banner = counts.before > counts.inside + counts.after;
      if ((index === article.title && !banner) || (knownTitle !== '' && line.key === knownTitle)) {
        decisions.keep('site-profile-own-title');
      } else if (index === lead) decisions.keep('site-profile-own-lead');
      else if (copied && inRegion) decisions.keep('site-profile-copied-article');
      else if (isByline(line)) decisions.keep('site-profile-byline');
      else if (isCaption(line)) decisions.keep('site-profile-caption');
      else if (inRegion && line.words <= MAX_SHORT_WORDS) decisions.keep('site-profile-short-inside');
      else {
        const documents = counts.before + counts.inside + counts.after;
        decisions.dropLine(index, {
          rule: this.id,
          category: categoryOf(line, counts),
          reason: `recurs in ${documents} of ${profile.documents} documents of ${profile.site || 'the profile'} (${where(counts)} the article)`,
        });
      }
    }

    function firstProse(from: number, to: number, skip: number): number {
      for (let i = from; i <= to && i < doc.lines.length; i++) {
        if (i !== skip && !decisions.isDropped(i) && isProse(doc.lines[i]!)) return i;
      }
      return -1;
    }
  },
};
