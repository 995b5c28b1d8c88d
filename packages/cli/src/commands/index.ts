import type { Command } from 'commander';

/** Adds one subcommand to the program. Each command lives in its own file in this folder. */
export type RegisterCommand = (program: Command) => void;

/** Every command of the CLI, in help order. Add new commands here. */
export const commandRegistrations: readonly RegisterCommand[] = [];
