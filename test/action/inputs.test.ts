import { describe, expect, it } from 'vitest';
import { InputValidationError, readGateInputs } from '../../src/action/inputs.js';

const reading = (inputs: Record<string, string>) => () => readGateInputs((name) => inputs[name] ?? '');

describe('readGateInputs', () => {
  it('reports every bad input at once, each saying what to change', () => {
    let caught: unknown;
    try {
      reading({
        token: 't',
        workspace: '../outside',
        mode: 'lenient',
        'openclaw-version': '2026.1',
        acceptors: 'not a/valid/acceptor',
      })();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputValidationError);
    expect((caught as InputValidationError).problems).toEqual([
      "`workspace` must be directories inside the repository, got '../outside'.",
      "`acceptors` must be a list of users or org/team slugs, got 'a/valid/acceptor'.",
      "`openclaw-version` must be one of 2026.9.6, 2026.5.20, got '2026.1'.",
      "`mode` must be one of enforce, advisory, got 'lenient'.",
    ]);
  });

  it('good inputs read as given, with the defaults filled in', () => {
    const inputs = reading({ token: 't', 'openclaw-version': '2026.5.20', agent: 'ops' })();
    expect(inputs).toMatchObject({
      workspaces: ['.'],
      mode: 'enforce',
      attestation: 'policy.attestation.json',
      openclawVersion: '2026.5.20',
      agent: 'ops',
    });
  });
});
