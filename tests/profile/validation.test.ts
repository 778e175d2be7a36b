import { describe, expect, it } from 'vitest';
import { createCleaner, learnProfile, type Profile } from '../../src/index.js';
import { page } from './fixtures.js';

const good = learnProfile([page(1, [0]), { text: page(2, [0]), site: 'a.vn' }, { text: page(3, [0]), site: 'a.vn' }]);
const broken = (patch: Record<string, unknown>) => ({ ...good, ...patch }) as unknown as Profile;
const code = (c: string, message?: RegExp) => expect.objectContaining({ code: c, ...(message && { message: expect.stringMatching(message) }) });

describe('createCleaner({ profile }) validation', () => {
  it('accepts a learned profile and its JSON round trip', () => {
    expect(() => createCleaner({ profile: good })).not.toThrow();
    expect(() => createCleaner({ profile: JSON.parse(JSON.stringify(good)) as Profile })).not.toThrow();
  });

  it.each([
    ['not an object', 'profile.json' as unknown as Profile, /not an object/u],
    ['wrong format', broken({ format: 'trafilatura' }), /format/u],
    ['newer version', broken({ version: 2 }), /newer vnclean/u],
    ['missing settings', broken({ settings: undefined }), /settings/u],
    ['bad threshold', broken({ settings: { ...good.settings, minShare: -1 } }), /minShare/u],
    ['bad level', broken({ level: 1.5 }), /level/u],
    ['sites not an array', broken({ sites: {} }), /sites/u],
    ['unsorted sites', broken({ sites: [...good.sites].reverse() }), /sorted/u],
    ['site not normalised', broken({ sites: [{ ...good.sites[1]!, site: 'WWW.A.VN' }] }), /normalised/u],
    ['corrupt data', broken({ sites: [{ ...good.sites[0]!, data: 'not base64!' }] }), /line records/u],
    ['wrong line count', broken({ sites: [{ ...good.sites[0]!, lines: good.sites[0]!.lines + 1 }] }), /line records/u],
    ['counts above documents', broken({ sites: [{ ...good.sites[1]!, documents: 1 }] }), /more documents/u],
  ])('refuses a profile with %s (ERR_VNCLEAN_PROFILE)', (_, profile, message) => {
    expect(() => createCleaner({ profile })).toThrow(code('ERR_VNCLEAN_PROFILE', message));
  });

  it('checks the per-document site', () => {
    const cleaner = createCleaner({ profile: good });
    expect(() => cleaner.clean('x', { site: 42 as never })).toThrow(code('ERR_VNCLEAN_OPTION', /site/u));
    expect(() => cleaner.clean('x', { site: null })).not.toThrow(); // JSON records without a site
    expect(() => cleaner.clean('x', { host: 'a.vn' } as never)).toThrow(code('ERR_VNCLEAN_UNKNOWN_OPTION'));
  });
});
