#!/usr/bin/env node
// Entry point for `npx blockade`: runs the TypeScript CLI through tsx (Node 20 cannot strip types).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
