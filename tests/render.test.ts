import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { PROSE, TITLE } from './fixtures.js';

describe('output text', () => {
  it('removes a line with its line break and collapses the blank lines left behind to one', () => {
    const input = `${TITLE}\n\n${PROSE[0]}\n\nHãy chia sẻ với bạn bè!\n\n\n${PROSE[1]}`;
    expect(clean(input).text).toBe(`${TITLE}\n\n${PROSE[0]}\n\n${PROSE[1]}`);
  });

  it('keeps blank lines that no removal touched, exactly as they were', () => {
    const input = `${TITLE}\n\n\n${PROSE[0]}\n\n\n\n${PROSE[1]}\n`;
    expect(clean(input).text).toBe(input);
  });

  it('drops leading and trailing blank lines left by removals, and keeps the input\'s final line break style', () => {
    expect(clean(`Trang chủ\n\n${TITLE}\n\n${PROSE[0]}\n\nChia sẻ\n`).text).toBe(`${TITLE}\n\n${PROSE[0]}\n`);
    expect(clean(`${TITLE}\n\n${PROSE[0]}\n\nChia sẻ`).text).toBe(`${TITLE}\n\n${PROSE[0]}`);
  });

  it('handles CRLF line breaks, reporting offsets that include the \\r', () => {
    const input = `${TITLE}\r\n\r\n${PROSE[0]}\r\n\r\n${TITLE}\r\n\r\n${PROSE[1]}\r\n`;
    const result = clean(input);
    expect(result.text).toBe(`${TITLE}\r\n\r\n${PROSE[0]}\r\n\r\n${PROSE[1]}\r\n`);
    expect(result.removed[0]?.text).toBe(`${TITLE}\r\n`);
  });

  it('keeps astral characters and emoji intact', () => {
    const input = `${TITLE} 🏺\n\n${PROSE[0]} 𠀀𠀁\n\n${PROSE[1]} 👍🏽`;
    expect(clean(input).text).toBe(input);
  });
});
