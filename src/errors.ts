/** Stable codes of the errors vnclean throws for programmer mistakes (never for odd content). */
export type VncleanErrorCode =
  | 'ERR_VNCLEAN_INPUT'
  | 'ERR_VNCLEAN_OPTION'
  | 'ERR_VNCLEAN_UNKNOWN_OPTION'
  | 'ERR_VNCLEAN_UNKNOWN_RULE'
  | 'ERR_VNCLEAN_PROFILE';

/**
 * A bad argument: a non-string text, an unknown option, an option of the wrong type. Thrown early, when the
 * cleaner is created, so a pipeline fails on its first line rather than its millionth document.
 *
 * @example
 * try { createCleaner({ rules: { 'no-such-rule': false } }); }
 * catch (e) { if (e instanceof VncleanError) console.error(e.code); } // ERR_VNCLEAN_UNKNOWN_RULE
 */
export class VncleanError extends TypeError {
  readonly code: VncleanErrorCode;

  constructor(code: VncleanErrorCode, message: string) {
    super(message);
    this.name = 'VncleanError';
    this.code = code;
  }
}
