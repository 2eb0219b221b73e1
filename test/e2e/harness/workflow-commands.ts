// What an action tells the runner: `::command key=value,…::message` lines on stdout, and the
// files behind GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE (`name=value` or heredoc
// `name<<DELIMITER … DELIMITER`, which @actions/core writes).

export interface WorkflowCommand {
  /** error, warning, notice, debug, add-mask, group, endgroup, set-output, … */
  command: string;
  /** file, line, endLine, col, endColumn, title, name, … (unescaped) */
  properties: Record<string, string>;
  message: string;
  /** 1-based line of stdout it came from. */
  line: number;
}

export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stoppedUntil: string | undefined;
  stdout.split(/\r?\n/).forEach((text, index) => {
    const match = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/.exec(text);
    if (!match) return;
    const [, command = '', rawProperties = '', rawMessage = ''] = match;
    // `::stop-commands::TOKEN` turns commands off until `::TOKEN::`.
    if (stoppedUntil !== undefined) {
      if (command === stoppedUntil) stoppedUntil = undefined;
      return;
    }
    if (command === 'stop-commands') {
      stoppedUntil = rawMessage;
      return;
    }
    const properties: Record<string, string> = {};
    for (const pair of rawProperties.split(',').filter(Boolean)) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
    }
    commands.push({ command, properties, message: unescapeData(rawMessage), line: index + 1 });
  });
  return commands;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

/** Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file; later values win, as on the runner. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const equals = line.indexOf('=');
    if (heredoc && (equals < 0 || equals > line.indexOf('<<'))) {
      const [, name = '', delimiter = ''] = heredoc;
      const body: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i] ?? '');
      if (i >= lines.length) throw new Error(`unterminated heredoc for '${name}' (delimiter ${delimiter})`);
      values[name] = body.join('\n');
    } else if (equals > 0) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`invalid command-file line: ${JSON.stringify(line)}`);
    }
  }
  return values;
}
