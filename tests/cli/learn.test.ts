import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCleaner, learnProfile } from '../../src/index.js';
import { PROSE } from '../fixtures.js';
import { outputRecords, tempDir, vnclean } from './run.js';

// A site whose pages all end with the same two teasers of other articles (no header), as vnexpress scrapes do.
const TEASERS = [
  'Đội tuyển nữ giành vé dự vòng chung kết sau trận thắng đậm trên sân nhà tối qua.',
  'Giải chạy đêm thu hút hơn năm nghìn người tham gia với nhiều cung đường mới năm nay.',
];
// Each page's own paragraphs are its own (numbered), so only the teasers recur across the site.
const own = (i: number, k: number): string => `${PROSE[(i + k) % PROSE.length]!.replace(/\.$/u, '')}, theo bài số ${i}.`;
const page = (i: number): string =>
  [`Bài viết số ${i} về làng nghề`, '', own(i, 0), '', own(i, 1), '', ...TEASERS.flatMap((t) => [t, ''])].join('\n');
const records = Array.from({ length: 6 }, (_, i) => ({ id: i, url: `https://tinvidu.vn/bai-${i}.html`, text: page(i) }));

describe('vnclean learn and --profile', () => {
  const dir = tempDir();
  const input = join(dir, 'pages.jsonl');
  writeFileSync(input, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);

  it('learns a profile that equals the library\'s, with the site taken from the url host', () => {
    const r = vnclean(['learn', '--jsonl', input]);
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.stdout) as unknown;
    expect(profile).toEqual(learnProfile(records.map((x) => ({ text: x.text, site: 'tinvidu.vn' }))));
  });

  it('cleans with it: the recurring teasers go as site-profile lines, the articles stay', () => {
    const profileFile = join(dir, 'profile.json');
    writeFileSync(profileFile, vnclean(['learn', '--jsonl', input]).stdout);
    const r = vnclean(['--jsonl', '--report', '--profile', profileFile, input]);
    expect(r.code).toBe(0);
    const out = outputRecords(r.stdout);
    expect(out).toHaveLength(records.length);
    for (const [i, record] of out.entries()) {
      expect(record.text).not.toContain(TEASERS[0]);
      expect(record.text).toContain(own(i, 0));
      expect((record.removed as { rule: string }[]).filter((x) => x.rule === 'site-profile')).toHaveLength(2);
    }
    // --learn does both passes in one command, with the same result.
    expect(vnclean(['--jsonl', '--report', '--learn', input]).stdout).toBe(r.stdout);
  });

  it('merges profiles learned on shards into exactly the profile of one pass', () => {
    const [a, b] = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')];
    writeFileSync(a, records.slice(0, 2).map((x) => JSON.stringify(x)).join('\n'));
    writeFileSync(b, records.slice(2).map((x) => JSON.stringify(x)).join('\n'));
    writeFileSync(join(dir, 'pa.json'), vnclean(['learn', '--jsonl', a]).stdout);
    writeFileSync(join(dir, 'pb.json'), vnclean(['learn', '--jsonl', b]).stdout);
    const merged = vnclean(['learn', '--merge', join(dir, 'pb.json'), join(dir, 'pa.json')]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(vnclean(['learn', '--jsonl', input]).stdout);
  });

  it('reports unreadable lines while learning, and goes on', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(records[0])}\n{not json\n${JSON.stringify({ id: 9 })}\n${JSON.stringify(records[1])}\n`);
    const r = vnclean(['learn', '--jsonl', bad]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${bad}:2: malformed JSON`);
    expect(r.stderr).toContain(`${bad}:3: field "text" must be a string`);
    expect(r.stderr).toContain('2 lines skipped');
    expect((JSON.parse(r.stdout) as { sites: unknown[] }).sites).toHaveLength(1);
  });

  it('refuses what it cannot do, with exit code 2 and nothing written', () => {
    const fromStdin = vnclean(['--jsonl', '--learn'], JSON.stringify(records[0]));
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stderr).toContain('--learn reads its inputs twice');
    const notAProfile = join(dir, 'not-a-profile.json');
    writeFileSync(notAProfile, '{"version": 999}');
    const badProfile = vnclean(['--jsonl', '--profile', notAProfile, input]);
    expect(badProfile.code).toBe(2);
    expect(badProfile.stdout).toBe('');
    expect(vnclean(['learn', '--min-documents', 'many', input]).code).toBe(2);
    expect(vnclean(['learn', '--merge']).code).toBe(2);
  });

  it('uses --site for plain-text documents, which carry no site of their own', () => {
    const files = records.slice(0, 3).map((r, i) => {
      const file = join(dir, `page-${i}.txt`);
      writeFileSync(file, r.text);
      return file;
    });
    const profile = JSON.parse(vnclean(['learn', '--site', 'tinvidu.vn', ...files]).stdout) as unknown;
    const expected = createCleaner({ profile: learnProfile(records.slice(0, 3).map((r) => ({ text: r.text, site: 'tinvidu.vn' }))) });
    const profileFile = join(dir, 'text-profile.json');
    writeFileSync(profileFile, JSON.stringify(profile));
    const r = vnclean(['--profile', profileFile, '--site', 'tinvidu.vn', files[0]!]);
    expect(r.code).toBe(0);
    const text = expected.clean(readFileSync(files[0]!, 'utf8'), { site: 'tinvidu.vn' }).text;
    expect(r.stdout).toBe(text.endsWith('\n') ? text : `${text}\n`);
    expect(r.stdout).not.toContain(TEASERS[1]);
  });
});
