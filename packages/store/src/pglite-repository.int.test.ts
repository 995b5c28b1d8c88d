import { runRepositoryContract } from './contract';
import { openStore } from './open-store';

runRepositoryContract({
  name: 'PGlite (memory://)',
  create: () => openStore({ dataDir: 'memory://' }),
});
