// Child process for crash.int.test.ts: opens the store and writes a burst of multi-row
// transactions, printing `ack <n>` after each commit. It never stops by itself before `count`;
// the test kills it with SIGKILL mid-burst.
//   tsx crash-writer.ts <dataDir|postgres://url> <clinicId> <patientId> [count]
// With only a location it just opens the store (exit 3 with the message when it is locked).
import { StoreLockedError, openStore, type Repository } from '../src/index';

/** The rows that write `n` creates: one diary day, three doses (lot `w<n>`), one PHQ-9 (10 rows). */
function writeNumber(
  store: Repository,
  owner: { clinicId: string; patientId: string },
  n: number,
): Promise<void> {
  const day = new Date(Date.UTC(2000, 0, 1) + n * 86_400_000);
  return store.transaction(async (tx) => {
    await tx.saveDiaryEntry({
      ...owner,
      date: day.toISOString().slice(0, 10),
      standardDrinks: n % 7,
      heavyDrinkingDay: n % 7 >= 5,
    });
    await tx.addDoseEvents(
      [0, 1, 2].map((h) => ({
        ...owner,
        status: 'taken' as const,
        at: new Date(day.getTime() + h * 3_600_000).toISOString(),
        amountMg: 50,
        form: 'oral-tablet' as const,
        lot: `w${n}`,
      })),
    );
    await tx.addQuestionnaire({
      ...owner,
      instrument: 'phq-9',
      at: day.toISOString(),
      answers: [0, 1, 2, 3, 0, 1, 2, 3, n % 4],
    });
  });
}

async function main(argv: readonly string[]): Promise<void> {
  const [location, clinicId, patientId, countText] = argv;
  if (location === undefined) {
    throw new Error('usage: crash-writer <dataDir|url> [clinicId patientId count]');
  }
  const store = await openStore(
    location.startsWith('postgres') ? { databaseUrl: location } : { dataDir: location },
  );
  if (clinicId === undefined || patientId === undefined) {
    console.log('opened');
    await store.close();
    return;
  }
  const count = Number(countText ?? '100000');
  console.log('ready');
  for (let n = 0; n < count; n++) {
    await writeNumber(store, { clinicId, patientId }, n);
    console.log(`ack ${n}`);
  }
  await store.close();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof StoreLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  console.error(error);
  process.exit(1);
});
