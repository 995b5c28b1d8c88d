import type { Command } from 'commander';
import { registerAsk } from './ask';
import { registerCheck } from './check';
import { registerExport } from './export';
import { registerImport } from './import';
import { registerScore } from './score';
import { registerSimulate } from './simulate';

/** Adds one subcommand to the program. Each command lives in its own file in this folder. */
export type RegisterCommand = (program: Command) => void;

/** Every command of the CLI, in help order. Add new commands here. */
export const commandRegistrations: readonly RegisterCommand[] = [
  registerAsk,
  registerCheck,
  registerExport,
  registerImport,
  registerScore,
  registerSimulate,
];
