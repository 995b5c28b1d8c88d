import { Command } from 'commander';
import { commandRegistrations } from './commands';

/**
 * Builds the `blockade` command-line program with every command registered.
 * Printing happens in the command modules only; the engine and rules return values.
 *
 * @returns The commander program (not yet parsed).
 */
export function buildProgram(): Command {
  const program = new Command('blockade')
    .description(
      'Blockade: naltrexone treatment companion. Model outputs are estimates, not measurements; ' +
        'clinical statements carry their sources. Supports clinicians, does not replace them.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: true });
  for (const register of commandRegistrations) {
    register(program);
  }
  return program;
}
