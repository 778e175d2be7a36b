import { readFile } from 'node:fs/promises';
import { VncleanError } from '../errors.js';
import { createProfileLearner, type LearnOptions } from '../profile/learn.js';
import { mergeProfiles, trimProfile } from '../profile/merge.js';
import type { Profile } from '../profile/format.js';
import type { CliIo } from './context.js';
import { readDocuments, type DocumentSettings } from './documents.js';
import { openInputs, type InputSource } from './input.js';
import { UsageError } from './settings.js';

const LEARN_USAGE = `usage: vnclean learn [FLAGS] [FILE ...] > profile.json
       vnclean learn --merge PROFILE.json ... > profile.json
Learns a site profile: the lines that recur across many documents of a site (menus, footers, teasers of other
articles). Then clean with it: vnclean --profile profile.json [--jsonl] FILE ...
  --jsonl              one JSON record per line (default: each file is one document)
  --field NAME         record field holding the text (default: text)
  --site-field NAME    record field holding the site (default: site; else the host of a url field)
  --site HOST          the site of documents that carry none
  --min-documents N    a line must recur in at least N documents of its site (default: 2)
  --min-share X        ... and in at least this share of them, 0 to 1 (default: 0)
  --max-words N        lines longer than N words are never counted (default: 60)
  --capacity N         distinct lines counted before sampling starts (default: 2097152)
  --trim               write only the lines over the thresholds (small; cannot be merged any more)
  --merge              merge profiles learned on shards (exactly the profile of one pass)
  --help               show this help
Lines that cannot be read (malformed JSON, no text) are reported on stderr with their number and skipped.
Exit codes: 0 done; 2 usage (bad flag, option or unreadable file: nothing was written).`;

interface LearnSettings extends DocumentSettings {
  files: string[];
  learn: { -readonly [K in keyof LearnOptions]: LearnOptions[K] };
  trim: boolean;
  merge: boolean;
  help: boolean;
}

function numberFlag(name: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${name} needs a number, got "${value ?? ''}"`);
  return n;
}

function parseLearnArgs(argv: readonly string[]): LearnSettings {
  const s: LearnSettings = { mode: 'text', files: [], learn: {}, trim: false, merge: false, help: false };
  const mutable = s as { -readonly [K in keyof LearnSettings]: LearnSettings[K] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--jsonl': mutable.mode = 'jsonl'; break;
      case '--field': mutable.field = value(); break;
      case '--site-field': mutable.siteField = value(); break;
      case '--site': mutable.site = value(); break;
      case '--min-documents': s.learn.minDocuments = numberFlag(name, value()); break;
      case '--min-share': s.learn.minShare = numberFlag(name, value()); break;
      case '--max-words': s.learn.maxWords = numberFlag(name, value()); break;
      case '--capacity': s.learn.capacity = numberFlag(name, value()); break;
      case '--trim': s.trim = true; break;
      case '--merge': s.merge = true; break;
      case '--help': case '-h': s.help = true; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${name} for vnclean learn`);
        s.files.push(arg);
    }
  }
  return s;
}

/**
 * Learns a profile from the documents of the inputs, streaming. Unreadable records are reported on stderr
 * (file, line, why) and skipped: learning never stops on one bad line.
 */
export async function learnFromInputs(
  sources: readonly InputSource[],
  settings: DocumentSettings,
  options: LearnOptions,
  stderr: CliIo['stderr'],
): Promise<Profile> {
  let learner;
  try {
    learner = createProfileLearner(options);
  } catch (error) {
    if (error instanceof VncleanError) throw new UsageError(`invalid learning options: ${error.message}`);
    throw error;
  }
  let skipped = 0;
  for await (const doc of readDocuments(sources, settings)) {
    if ('problem' in doc) {
      skipped++;
      stderr.write(`vnclean learn: ${doc.file ?? 'stdin'}:${doc.line}: ${doc.problem} (skipped)\n`);
      continue;
    }
    learner.add({ text: doc.text, site: doc.site });
  }
  if (skipped > 0) stderr.write(`vnclean learn: ${skipped} line${skipped === 1 ? '' : 's'} skipped\n`);
  return learner.toProfile();
}

async function readProfileFile(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: cannot read a profile (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** `vnclean learn …`: writes a profile as JSON on stdout. Returns the exit code. */
export async function runLearn(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const settings = parseLearnArgs(argv);
    if (settings.help) {
      io.stdout.write(`${LEARN_USAGE}\n`);
      return 0;
    }
    let profile: Profile;
    if (settings.merge) {
      if (settings.files.length === 0) throw new UsageError('--merge needs the profile files to merge');
      const profiles = await Promise.all(settings.files.map(readProfileFile));
      try {
        profile = mergeProfiles(...profiles);
      } catch (error) {
        if (error instanceof VncleanError) throw new UsageError(error.message);
        throw error;
      }
    } else {
      const sources = await openInputs(settings.files, io.stdin);
      profile = await learnFromInputs(sources, settings, settings.learn, io.stderr);
    }
    io.stdout.write(`${JSON.stringify(settings.trim ? trimProfile(profile) : profile)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`vnclean learn: ${error.message}\nTry 'vnclean learn --help'.\n`);
    return 2;
  }
}
