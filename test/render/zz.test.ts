import { it } from 'vitest';
import { renderCheckRunOutput } from '../../src/render/check-run.js';
import { abusiveResult } from './abuse.js';
import { finding, located, report } from './fixtures.js';
import { toHtml } from './html-inspect.js';
it('x', () => {
  const huge = '<@x`|\u202E&'.repeat(150_000);
  const many = Array.from({ length: 100_000 }, (_, index) => located(finding({ checkId: `policy/c${index}` })));
  const workspaces = Array.from({ length: 3 }, (_, index) => abusiveResult(`${index}${huge}`, { findings: { new: many, stillPresent: many, resolved: many } }));
  let t = Date.now();
  const output = renderCheckRunOutput(report(workspaces), { baseRef: huge });
  console.log('render', Date.now() - t, output.summary.length, output.text?.length);
  t = Date.now(); toHtml(output.summary); console.log('marked summary', Date.now() - t);
  t = Date.now(); toHtml(output.text ?? ''); console.log('marked text', Date.now() - t);
}, 600000);
