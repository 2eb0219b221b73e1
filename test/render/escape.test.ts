import { describe, expect, it } from 'vitest';
import {
  capLength,
  capUnits,
  codeBlock,
  codeSpan,
  commandData,
  commandProperty,
  htmlText,
  markdownText,
  MAX_INLINE_VALUE,
  plainText,
  showInvisible,
} from '../../src/render/escape.js';

describe('markdownText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['x --> y', 'x --&gt; y'],
    ['-->', '\\--&gt;'],
    ['<!-- x -->', '&lt;!-- x --&gt;'],
    ['x --!> y', 'x --!&gt; y'],
    ['@octocat', '@&#8203;octocat'],
    ['ping @github/security now', 'ping @&#8203;github/security now'],
    ['me@example.com', 'me@&#8203;example.com'],
    ['see #12 and GH-3', 'see #&#8203;12 and GH-&#8203;3'],
    ['a | b', 'a \\| b'],
    ['a\n| x | y |\r\nb', 'a \\| x \\| y \\| b'],
    ['[link](javascript:alert(1))', '\\[link\\](javascript:alert(1))'],
    ['![](https://x/y.png)', '!\\[\\](https\\://x/y.png)'],
    ['<https://evil.example/?d=1>', '&lt;https\\://evil.example/?d=1&gt;'],
    ['www.evil.example', 'www\\.evil.example'],
    ['*a* _b_ `c` ~d~ $e$', '\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\$e\\$'],
    ['back\\slash', 'back\\\\slash'],
    ['\\|', '\\\\\\|'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['12. item', '12\\. item'],
    ['3) item', '3\\) item'],
    ['    indented', '&#32;   indented'],
    ['> quote', '&gt; quote'],
    ['zero\u200Bwidth', 'zero\\\\u{200B}width'],
    ['bidi\u202Eevil', 'bidi\\\\u{202E}evil'],
    ['isolate\u2066x\u2069', 'isolate\\\\u{2066}x\\\\u{2069}'],
    ['bom\uFEFF', 'bom\\\\u{FEFF}'],
    ['nul\u0000bell\u0007', 'nul\\\\u{0000}bell\\\\u{0007}'],
    ['tag\u{E0041}', 'tag\\\\u{E0041}'],
    ['line\u2028sep', 'line sep'],
  ])('%j → %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  it('caps a value at 200 code points and marks the cut', () => {
    expect(markdownText('x'.repeat(1_000_000))).toBe(`${'x'.repeat(MAX_INLINE_VALUE)}…`);
    expect(markdownText('😀'.repeat(300))).toBe(`${'😀'.repeat(200)}…`);
    expect(markdownText('y'.repeat(200))).toBe('y'.repeat(200));
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeSpan('policy/x')).toBe('`policy/x`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('a```b``c')).toBe('````a```b``c````');
    expect(codeSpan('`edge`')).toBe('`` `edge` ``');
  });

  it('keeps mentions and HTML as literal code, collapses lines, shows invisibles', () => {
    expect(codeSpan('@octocat <b>')).toBe('`@octocat <b>`');
    expect(codeSpan('a\nb\u202E')).toBe('`a b\\u{202E}`');
    expect(codeSpan('')).toBe('_(empty)_');
  });
});

describe('codeBlock', () => {
  it('keeps each line on its own line and fences past any backtick run', () => {
    expect(codeBlock(['npx policy-gate accept --cwd .', '# writes a\nrm -rf /'], 'sh')).toBe(
      '```sh\nnpx policy-gate accept --cwd .\n# writes a rm -rf /\n```',
    );
    expect(codeBlock(['````x'])).toBe('`````\n````x\n`````');
  });
});

describe('htmlText', () => {
  it('escapes for raw HTML and breaks mentions', () => {
    expect(htmlText('<b title="x">\'@team\'</b>')).toBe(
      '&lt;b title=&quot;x&quot;&gt;&#x27;@&#8203;team&#x27;&lt;/b&gt;',
    );
  });
});

describe('plainText', () => {
  it('removes controls, keeps newlines unless asked, shows bidi, caps in code units', () => {
    expect(plainText('a\u0000b\tc\r\nd\u202E', 100)).toBe('ab c\nd\\u{202E}');
    expect(plainText('a\nb', 100, { singleLine: true })).toBe('a b');
    expect(plainText('z'.repeat(1_000_000), 255)).toHaveLength(255);
    expect(plainText('\u202E'.repeat(100), 50)).toHaveLength(50);
  });

  it('never splits a surrogate pair when capping', () => {
    expect(capUnits('a😀b', 3)).toBe('a…');
    expect(capLength('😀😀', 1)).toBe('😀…');
  });
});

describe('workflow command escaping (as @actions/core)', () => {
  it('escapes data and properties', () => {
    expect(commandData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(commandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('showInvisible', () => {
  it('leaves visible text alone', () => {
    expect(showInvisible('héllo wörld 日本 😀')).toBe('héllo wörld 日本 😀');
  });
});

describe('autolinks inside words (found by the property test)', () => {
  it.each([
    ['xwww.e.x', 'xwww\\.e.x'],
    ['_www.e.x', '\\_www\\.e.x'],
    ['WWW.E.X', 'WWW\\.E.X'],
  ])('%j → %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });
});
