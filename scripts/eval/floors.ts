import { readFileSync } from 'node:fs';
import { cleanRates } from './report.js';
import type { SystemResult } from './run.js';
import { figures } from './score.js';

/** Minimum figures CI accepts (eval/floors.json). Ratios 0–1; `max*` are ceilings. */
export interface Floors {
  precision: number;
  recall: number;
  f1: number;
  maxContentLost: number;
  maxCleanLinesDropped: number;
}

export interface FloorCheck {
  readonly name: keyof Floors;
  readonly measured: number | null;
  readonly limit: number;
  readonly ok: boolean;
}

const KEYS: readonly (keyof Floors)[] = ['precision', 'recall', 'f1', 'maxContentLost', 'maxCleanLinesDropped'];

function checkedFloors(path: string, name: string, raw: Record<string, unknown>): Floors {
  for (const key of KEYS) {
    const value = raw[key];
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new Error(`${path}: ${name}."${key}" must be a number between 0 and 1, got ${JSON.stringify(value)}`);
    }
  }
  return raw as unknown as Floors;
}

/** Floors per scored system name (eval/floors.json: `{ "vnclean": {…}, "vnclean+profile": {…} }`). */
export function readFloors(path: string): Map<string, Floors> {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const floors = new Map<string, Floors>();
  for (const [name, value] of Object.entries(raw)) {
    if (name.startsWith('$')) continue;
    if (typeof value !== 'object' || value === null) throw new Error(`${path}: "${name}" must be an object of floors`);
    floors.set(name, checkedFloors(path, name, value as Record<string, unknown>));
  }
  if (floors.size === 0) throw new Error(`${path}: no floors`);
  return floors;
}

/** Compares the measured figures with the floors; an undefined figure fails. */
export function checkFloors(r: SystemResult, floors: Floors): FloorCheck[] {
  const f = figures(r.labelled.total);
  const clean = cleanRates(r);
  const atLeast = (name: keyof Floors, measured: number | null): FloorCheck => ({
    name, measured, limit: floors[name], ok: measured !== null && measured >= floors[name],
  });
  const atMost = (name: keyof Floors, measured: number | null): FloorCheck => ({
    name, measured, limit: floors[name], ok: measured !== null && measured <= floors[name],
  });
  return [
    atLeast('precision', f.precision),
    atLeast('recall', f.recall),
    atLeast('f1', f.f1),
    atMost('maxContentLost', f.contentLost),
    atMost('maxCleanLinesDropped', clean.linesDropped),
  ];
}

export function formatFloorChecks(checks: readonly FloorCheck[]): string {
  return checks
    .map((c) => {
      const relation = c.name.startsWith('max') ? '<=' : '>=';
      const measured = c.measured === null ? 'undefined' : c.measured.toFixed(4);
      return `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${measured} ${relation} ${c.limit.toFixed(4)}`;
    })
    .join('\n');
}
