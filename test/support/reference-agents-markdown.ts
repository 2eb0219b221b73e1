// The oracle for src/engine/agents-markdown.ts: OpenClaw 2026.9.6's reading of AGENTS.md's
// `## Tools` section (SPEC-2026.9 §8.1) done the plain way — split into lines, OpenClaw's own
// regular expressions on every line, each tool's metadata collected by reading ahead, capability
// tokens deleted one by one. Slow (some patterns backtrack polynomially) but obviously faithful;
// a property test holds the one-pass engine equal to it.
import type { ToolEvidence } from '../../src/engine/types.js';

interface SectionLine {
  number: number;
  text: string;
  sectionDepth: number;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/u;
const BULLET_TOOL = /^[-*+]\s+([^:\s][^:]*?)\s*:(.*)$/;
const BULLET_LIKE = /^[-*+]\s+[^:\s][^:]*?\s*:/;

export function scanAgentsMarkdownTools(text: string): ToolEvidence[] {
  const section = sectionLines(text.split(/\r?\n/));
  const tools: ToolEvidence[] = [];
  let notes: 'plain' | 'migrated' | undefined;
  section.forEach((line, index) => {
    const heading = HEADING.exec(line.text);
    const child = heading !== null && heading[1]!.length === line.sectionDepth + 1;
    const headingText = heading?.[2] ?? '';
    if (['Skills provide your tools.', 'Keep local notes', 'TOOLS.md'].every((s) => line.text.includes(s))) {
      notes = 'plain';
      return;
    }
    if (child && /^Local notes\s*$/iu.test(headingText)) {
      notes = 'plain';
      return;
    }
    if (child && /^Local notes \(migrated from TOOLS\.md\)\s*$/iu.test(headingText)) {
      notes = 'migrated';
      return;
    }
    if (
      notes !== undefined &&
      heading !== null &&
      heading[1]!.length <= line.sectionDepth &&
      slug(headingText) === 'tools'
    ) {
      notes = undefined;
      return;
    }
    if (notes === 'plain' && child) notes = undefined;
    if (notes !== undefined) return;

    const declared = (child ? /^([^\s#]+)(.*)$/u.exec(headingText) : null) ?? BULLET_TOOL.exec(line.text);
    const id = slug(declared?.[1] ?? '');
    if (id === '') return;
    const metadataLines = [declared![2] ?? ''];
    for (const next of section.slice(index + 1)) {
      const nextHeading = HEADING.exec(next.text.trim());
      if (nextHeading !== null && nextHeading[1]!.length <= next.sectionDepth + 1) break;
      if (BULLET_LIKE.test(next.text)) break;
      metadataLines.push(next.text);
    }
    tools.push(toolEntry(id, line.number, metadataLines));
  });
  return tools;
}

function sectionLines(lines: string[]): SectionLine[] {
  const section: SectionLine[] = [];
  let depth: number | undefined;
  let opened = false;
  let fence: { char: string; length: number } | undefined;
  lines.forEach((text, index) => {
    const opening = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    const closing = /^\s*(`{3,}|~{3,})\s*$/.exec(text)?.[1];
    if (opening !== undefined && fence === undefined) {
      fence = { char: opening[0]!, length: opening.length };
      return;
    }
    if (
      closing !== undefined &&
      fence !== undefined &&
      closing[0] === fence.char &&
      closing.length >= fence.length
    ) {
      fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading === null) {
      if (depth !== undefined) section.push({ number: index + 1, text, sectionDepth: depth });
      return;
    }
    const headingDepth = heading[1]!.length;
    if (depth !== undefined && headingDepth <= depth) depth = undefined;
    if (depth !== undefined) {
      section.push({ number: index + 1, text, sectionDepth: depth });
    } else if (headingDepth <= 2 && slug(heading[2]!) === 'tools') {
      if (opened) section.push({ number: index + 1, text, sectionDepth: headingDepth });
      opened = true;
      depth = headingDepth;
    }
  });
  return section;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function toolEntry(id: string, line: number, metadataLines: string[]): ToolEvidence {
  const metadata = metadataLines.join('\n');
  const tool: ToolEvidence = { id, source: `oc://AGENTS.md/tools/${id}`, line };
  const namedRisk = /\brisk\s*:\s*([a-z0-9_-]+)\b/i.exec(metadata)?.[1];
  const alias = /\bR([0-5])\b/.exec(metadata)?.[1];
  const risk =
    namedRisk?.toLowerCase() ??
    (alias === undefined ? undefined : ['low', 'low', 'medium', 'medium', 'high', 'critical'][Number(alias)]);
  if (risk !== undefined) tool.risk = risk;
  const sensitivity = /\bsensitivity\s*:\s*([a-z0-9_-]+)\b/i.exec(metadata)?.[1]?.toLowerCase();
  if (sensitivity !== undefined) tool.sensitivity = sensitivity;
  const owner = /\bowner\s*:\s*([^\s#]+)\b/i.exec(metadata)?.[1];
  if (owner !== undefined) tool.owner = owner;
  const capabilities = metadataLines.flatMap((metadataLine, index) =>
    capabilityTokens(metadataLine.trim(), index === 0),
  );
  if (capabilities.length > 0) tool.capabilities = capabilities;
  return tool;
}

function capabilityTokens(line: string, declarationLine: boolean): string[] {
  const tokens = line.match(/\b[A-Z][A-Z0-9_]{2,}\b/g) ?? [];
  if (declarationLine || /\bcapabilities\s*:/i.test(line)) return tokens;
  let rest = line;
  for (const token of tokens) rest = rest.replace(token, '');
  return /^[\s,;:[\](){}#*_-]*$/.test(rest) ? tokens : [];
}
