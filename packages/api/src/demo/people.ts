// The fictional demo: two made-up clinics and their people. Every name, email and story here is
// invented; the `.example` domain is reserved and never delivers mail.

/** Password of every demo login (printed at start; demo mode must be off in real use). */
export const demoPassword = 'blockade-demo-2026';

/** A demo patient's situation, which decides the records seeded for them. */
export type DemoSituation =
  | 'oral-aud-diary'
  | 'depot-overdue'
  | 'inducting-after-opioids'
  | 'ldn'
  | 'sinclair'
  | 'oral-aud-phq9-item9'
  | 'depot-on-schedule';

export interface DemoPatient {
  readonly givenName: string;
  readonly familyName: string;
  readonly sex: 'female' | 'male';
  readonly birthDate: string;
  readonly timeZone: string;
  readonly weightKg: number;
  readonly email: string;
  readonly situation: DemoSituation;
  /** One line for the start-up banner and docs. */
  readonly story: string;
}

export interface DemoClinic {
  readonly name: string;
  readonly timeZone: string;
  readonly admin: { readonly email: string; readonly displayName: string };
  readonly clinician: { readonly email: string; readonly displayName: string };
  readonly patients: readonly DemoPatient[];
}

/** The two demo clinics. */
export const demoClinics: readonly DemoClinic[] = [
  {
    name: 'Harbour Lane Recovery Clinic (fictional demo)',
    timeZone: 'Europe/London',
    admin: { email: 'admin@harbour.example', displayName: 'Morgan Pike (admin)' },
    clinician: { email: 'clinician@harbour.example', displayName: 'Dr Rowan Ashby' },
    patients: [
      {
        givenName: 'Ada',
        familyName: 'Fenwick',
        sex: 'female',
        birthDate: '1979-04-12',
        timeZone: 'Europe/London',
        weightKg: 68,
        email: 'ada@harbour.example',
        situation: 'oral-aud-diary',
        story: 'oral naltrexone 50 mg daily for alcohol use disorder, keeps a drinking diary',
      },
      {
        givenName: 'Bram',
        familyName: 'Okafor',
        sex: 'male',
        birthDate: '1986-09-03',
        timeZone: 'Europe/London',
        weightKg: 82,
        email: 'bram@harbour.example',
        situation: 'depot-overdue',
        story: 'monthly 380 mg injection for opioid use disorder, next injection overdue',
      },
      {
        givenName: 'Cleo',
        familyName: 'Marsh',
        sex: 'female',
        birthDate: '1994-01-27',
        timeZone: 'Europe/London',
        weightKg: 59,
        email: 'cleo@harbour.example',
        situation: 'inducting-after-opioids',
        story: 'starting naltrexone; reported heroin use 4 days ago',
      },
      {
        givenName: 'Dev',
        familyName: 'Lindqvist',
        sex: 'male',
        birthDate: '1968-06-18',
        timeZone: 'Europe/London',
        weightKg: 77,
        email: 'dev@harbour.example',
        situation: 'ldn',
        story: 'low-dose naltrexone 4.5 mg nightly (off-label, fibromyalgia)',
      },
      {
        givenName: 'Elin',
        familyName: 'Haddad',
        sex: 'female',
        birthDate: '1990-11-30',
        timeZone: 'Europe/London',
        weightKg: 64,
        email: 'elin@harbour.example',
        situation: 'sinclair',
        story: 'Sinclair method: 50 mg about an hour before drinking',
      },
    ],
  },
  {
    name: 'Northfield Telehealth Program (fictional demo)',
    timeZone: 'America/New_York',
    admin: { email: 'admin@northfield.example', displayName: 'Jordan Vale (admin)' },
    clinician: { email: 'clinician@northfield.example', displayName: 'Dr Sam Whitlock' },
    patients: [
      {
        givenName: 'Faye',
        familyName: 'Corrigan',
        sex: 'female',
        birthDate: '1983-02-09',
        timeZone: 'America/New_York',
        weightKg: 71,
        email: 'faye@northfield.example',
        situation: 'oral-aud-phq9-item9',
        story: 'oral naltrexone for alcohol use disorder; latest PHQ-9 item 9 positive',
      },
      {
        givenName: 'Gus',
        familyName: 'Achterberg',
        sex: 'male',
        birthDate: '1975-08-21',
        timeZone: 'America/Chicago',
        weightKg: 90,
        email: 'gus@northfield.example',
        situation: 'depot-on-schedule',
        story: 'monthly injection for opioid use disorder, on schedule',
      },
      {
        givenName: 'Hana',
        familyName: 'Sorensen',
        sex: 'female',
        birthDate: '1988-12-02',
        timeZone: 'America/New_York',
        weightKg: 62,
        email: 'hana@northfield.example',
        situation: 'sinclair',
        story: 'Sinclair method for alcohol use disorder, moderation goal',
      },
    ],
  },
];
