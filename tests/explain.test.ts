import { describe, expect, it } from 'vitest';
import { clean, explain } from '../src/index.js';

const page = [
  'Trang chủ',
  '',
  'Làng gốm ven sông đón mùa du lịch mới',
  '',
  'Sau hai năm vắng khách, làng gốm {name} đang chuẩn bị cho mùa du lịch mới với nhiều hoạt động.',
  '',
  'Những ngày này, các lò gốm trong làng đỏ lửa từ sáng sớm để kịp giao hàng cho khách.',
  '',
  'Làng gốm ven sông đón mùa du lịch mới',
  '{body}',
].join('\n');

describe('explain', () => {
  const result = clean(page);

  it('lists every removal with its rule and category, and no diff without the input', () => {
    const report = explain(result);
    expect(report).toContain(`removed ${result.removed.length} spans`);
    for (const r of result.removed) expect(report).toContain(`[${r.category}] ${r.rule}`);
    expect(report).not.toContain('diff (');
  });

  it('given the input, ends with a diff that marks removed lines and spans with their rule', () => {
    const diff = explain(result, page).split('diff (')[1]!.split('\n').slice(1);
    expect(diff).toHaveLength(page.split('\n').length);
    expect(diff[8]).toBe('-  9 | Làng gốm ven sông đón mùa du lịch mới   ← duplicate-lines [duplicate]');
    expect(diff[9]).toBe('- 10 | {body}   ← template-tokens [template]');
    expect(diff[4]).toMatch(/^~  5 \| Sau hai năm vắng khách, làng gốm\[- \{name\}-\] đang .*← template-tokens \[template\]$/u);
    expect(diff[6]).toMatch(/^ {2} 7 \| Những ngày này/u);
  });
});
