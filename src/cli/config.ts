import { readFile } from 'node:fs/promises';
import { VncleanError } from '../errors.js';
import { createItemCleaner, isRecord, type CleanManyOptions } from '../stream.js';
import { UsageError, type CliSettings } from './settings.js';

async function readJsonFile(path: string, flag: string): Promise<unknown> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new UsageError(`${flag} ${path}: not valid JSON (${(error as Error).message})`);
  }
}

async function readConfig(path: string): Promise<Record<string, unknown>> {
  const parsed = await readJsonFile(path, '--config');
  if (!isRecord(parsed)) throw new UsageError(`--config ${path}: expected a JSON object of options`);
  return parsed;
}

/**
 * The API options the command line asks for: `--config FILE` first, flags over it (`--no-<rule>` merged
 * into its `rules`), validated by the library's own option checks. Throws a {@link UsageError} with the
 * library's message on a mistake, before any input is read.
 */
export async function resolveCliOptions(settings: CliSettings): Promise<CleanManyOptions> {
  const fromFile = settings.configFile === undefined ? {} : await readConfig(settings.configFile);
  const merged: Record<string, unknown> = { ...fromFile, ...settings.options };
  if (settings.profileFile !== undefined) merged.profile = await readJsonFile(settings.profileFile, '--profile');
  if (Object.keys(settings.rules).length > 0) {
    // A config `rules` that is not an object is left as it is, for the validator to name.
    merged.rules = fromFile.rules === undefined ? settings.rules : isRecord(fromFile.rules) ? { ...fromFile.rules, ...settings.rules } : fromFile.rules;
  }
  const options = merged as CleanManyOptions;
  try {
    createItemCleaner(options);
  } catch (error) {
    if (error instanceof VncleanError) {
      const where = settings.configFile === undefined ? 'options' : `options (flags and --config ${settings.configFile})`;
      throw new UsageError(`invalid ${where}: ${error.message}`);
    }
    throw error;
  }
  return options;
}
