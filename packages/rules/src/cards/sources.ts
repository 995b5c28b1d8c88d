// Citations used by the rules. Titles follow the documents; URLs are public pages where they exist.
// Facts taken from these sources are summarised in docs/rules.md and reference/literature.json.

/** One citable document. */
export interface Citation {
  readonly label: string;
  readonly url?: string;
}

/** Every document the rules cite, by short key. */
export const citations = {
  vivitrolLabel: {
    label:
      'VIVITROL (naltrexone for extended-release injectable suspension) US Prescribing Information',
    url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cd11c435-b0f0-4bb9-ae78-60f101f3703f',
  },
  reviaLabel: {
    label: 'REVIA (naltrexone hydrochloride tablets) US Prescribing Information',
    url: 'https://globalrph.com/rx-list/revia-drug',
  },
  contraveLabel: {
    label:
      'CONTRAVE (naltrexone HCl / bupropion HCl) extended-release tablets, US Prescribing Information',
    url: 'https://www.rxreasoner.com/monographs/contrave/pharmacology',
  },
  asam2015: {
    label:
      'Kampman K, Jarvis M. ASAM National Practice Guideline for the use of medications in the treatment of addiction involving opioid use. J Addict Med 2015',
    url: 'https://doi.org/10.1097/ADM.0000000000000166',
  },
  asam2020: {
    label:
      'Kampman K, et al. The ASAM National Practice Guideline for the Treatment of Opioid Use Disorder: 2020 Focused Update. J Addict Med 2020',
    url: 'https://eguideline.guidelinecentral.com/i/1224390/11',
  },
  huhn2020: {
    label:
      'Huhn AS, et al. Protracted renal clearance of fentanyl in persons with opioid use disorder. Drug Alcohol Depend 2020 (with a practice convention)',
    url: 'https://doi.org/10.1016/j.drugalcdep.2020.108147',
  },
  cows: {
    label:
      'Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs 2003; REVIA and VIVITROL labels',
    url: 'https://doi.org/10.1080/02791072.2003.10400007',
  },
  liverConvention: {
    label:
      'Practice convention (caution > 3x ULN, hold > 5x ULN) based on LiverTox: Naltrexone and the 5x ULN exclusion in X:BOT',
    url: 'https://www.ncbi.nlm.nih.gov/books/n/livertox/Naltrexone/',
  },
  liverMonitoring: {
    label:
      'Practice convention (liver tests before starting and periodically), from the REVIA and VIVITROL hepatotoxicity warnings',
    url: 'https://www.ncbi.nlm.nih.gov/books/n/livertox/Naltrexone/',
  },
  spaqi: {
    label:
      'SPAQI consensus on perioperative naltrexone (as summarised secondarily; consensus guidance, verify locally)',
  },
  phq9: {
    label:
      'Kroenke K, Spitzer RL, Williams JB. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001; VIVITROL label (depression and suicidality)',
    url: 'https://doi.org/10.1046/j.1525-1497.2001.016009606.x',
  },
  ldn: {
    label:
      'Toljan K, Vrooman B. Low-Dose Naltrexone (LDN): review of therapeutic utilization. Med Sci 2018',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6313374',
  },
  programme: {
    label:
      'VIVITROL label (use with psychosocial support); ASAM 2020 Focused Update (psychosocial treatment alongside medication)',
    url: 'https://eguideline.guidelinecentral.com/i/1224390/11',
  },
} as const satisfies Record<string, Citation>;
