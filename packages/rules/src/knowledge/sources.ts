import type { KnowledgeSource } from './types';

const dailyMed = 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=';

/**
 * Every work the knowledge base cites, by short key. Articles in the project's research folder
 * are cited by title; labels, guidelines and trials by their published citation.
 */
export const sources = {
  encyclopedia: {
    id: 'encyclopedia',
    title: 'Naltrexone (encyclopedia article)',
    url: 'https://en.wikipedia.org/wiki/Naltrexone',
  },
  peterson: {
    id: 'peterson',
    title: 'A. L. Peterson, "Naltrexone: An Opioid Blocker That Gets Around"',
  },
  datta: { id: 'datta', title: 'A. Datta, MD, "Does Naltrexone cause depression?" (2024)' },
  clinic: {
    id: 'clinic',
    title: '"What Is Naltrexone & What Is It Used For?" (telehealth addiction clinic article)',
  },
  naloxoneArticle: {
    id: 'naloxone-article',
    title: '"Naltrexone vs. Naloxone" (addiction treatment centre article)',
  },
  reviaLabel: {
    id: 'revia-label',
    title:
      'REVIA (naltrexone hydrochloride tablets) US Prescribing Information, Duramed/Teva (rev. 10/2013)',
  },
  vivitrolLabel: {
    id: 'vivitrol-label',
    title:
      'VIVITROL (naltrexone for extended-release injectable suspension) US Prescribing Information, Alkermes',
    url: `${dailyMed}cd11c435-b0f0-4bb9-ae78-60f101f3703f`,
  },
  contraveLabel: {
    id: 'contrave-label',
    title:
      'CONTRAVE (naltrexone HCl / bupropion HCl) extended-release tablets, US Prescribing Information (2022)',
    url: `${dailyMed}485ff360-32c8-11df-928b-0002a5d5c51b`,
  },
  swissLabel: {
    id: 'swiss-label',
    title: 'Naltrexon (Swissmedic reg. no. 56109) Fachinformation, Pharmakokinetik',
  },
  cochrane2010: {
    id: 'cochrane-2010',
    title:
      'Rosner S et al. Opioid antagonists for alcohol dependence. Cochrane Database Syst Rev 2010;(12):CD001867',
    url: 'https://doi.org/10.1002/14651858.CD001867.pub3',
  },
  jonas2014: {
    id: 'jonas-2014',
    title:
      'Jonas DE et al. Pharmacotherapy for adults with alcohol use disorders in outpatient settings: a systematic review and meta-analysis. JAMA 2014;311(18):1889-1900',
    url: 'https://doi.org/10.1001/jama.2014.3628',
  },
  mcpheeters2023: {
    id: 'mcpheeters-2023',
    title:
      'McPheeters M et al. Pharmacotherapy for alcohol use disorder: a systematic review and meta-analysis. JAMA 2023;330(17):1653-1665',
  },
  garbutt2005: {
    id: 'garbutt-2005',
    title:
      'Garbutt JC et al. Efficacy and tolerability of long-acting injectable naltrexone for alcohol dependence: a randomized controlled trial. JAMA 2005;293(13):1617-1625',
    url: 'https://doi.org/10.1001/jama.293.13.1617',
  },
  krupitsky2011: {
    id: 'krupitsky-2011',
    title:
      'Krupitsky E et al. Injectable extended-release naltrexone for opioid dependence: a double-blind, placebo-controlled, multicentre randomised trial. Lancet 2011;377(9776):1506-1513',
    url: 'https://doi.org/10.1016/S0140-6736(11)60358-9',
  },
  krupitsky2012: {
    id: 'krupitsky-2012',
    title:
      'Krupitsky E et al. Randomized trial of long-acting sustained-release naltrexone implant vs oral naltrexone or placebo for preventing relapse to opioid dependence. Arch Gen Psychiatry 2012;69(9):973-981',
  },
  xbot2018: {
    id: 'xbot-2018',
    title:
      'Lee JD et al. Comparative effectiveness of extended-release naltrexone versus buprenorphine-naloxone for opioid relapse prevention (X:BOT). Lancet 2018;391(10118):309-318',
    url: 'https://doi.org/10.1016/S0140-6736(17)32812-X',
  },
  norcomp2017: {
    id: 'norcomp-2017',
    title:
      'Tanum L et al. Effectiveness of injectable extended-release naltrexone vs daily buprenorphine-naloxone for opioid dependence. JAMA Psychiatry 2017;74(12):1197-1205',
  },
  sullivan2017: {
    id: 'sullivan-2017',
    title:
      'Sullivan M et al. Long-acting injectable naltrexone induction: a randomized trial of outpatient opioid detoxification with naltrexone versus buprenorphine. Am J Psychiatry 2017;174(5):459-467',
  },
  huhn2020: {
    id: 'huhn-2020',
    title:
      'Huhn AS et al. Protracted renal clearance of fentanyl in persons with opioid use disorder. Drug Alcohol Depend 2020;214:108147',
  },
  asam2015: {
    id: 'asam-2015',
    title:
      'Kampman K, Jarvis M. ASAM National Practice Guideline for the use of medications in the treatment of addiction involving opioid use. J Addict Med 2015;9(5):358-367',
  },
  asam2020: {
    id: 'asam-2020',
    title:
      'Kampman K et al. The ASAM National Practice Guideline for the Treatment of Opioid Use Disorder: 2020 Focused Update. J Addict Med 2020;14(2S Suppl 1):1-91',
  },
  spaqi: {
    id: 'spaqi',
    title:
      'Society for Perioperative Assessment and Quality Improvement (SPAQI) consensus on perioperative opioid antagonists, as summarised by secondary sources (wording to be verified)',
  },
  livertox: {
    id: 'livertox',
    title:
      'LiverTox: Naltrexone. National Institute of Diabetes and Digestive and Kidney Diseases (updated 2020)',
    url: 'https://ncbi.nlm.nih.gov/books/n/livertox/Naltrexone/',
  },
  dunbar2006: {
    id: 'dunbar-2006',
    title:
      'Dunbar JL et al. Single- and multiple-dose pharmacokinetics of long-acting injectable naltrexone. Alcohol Clin Exp Res 2006;30(3):480-490',
    url: 'https://doi.org/10.1111/j.1530-0277.2006.00052.x',
  },
  lucey2008: {
    id: 'lucey-2008',
    title:
      'Lucey MR et al. Hepatic safety of once-monthly injectable extended-release naltrexone administered to actively drinking alcoholics. Alcohol Clin Exp Res 2008;32(3):498-504',
  },
  turncliff2005: {
    id: 'turncliff-2005',
    title:
      'Turncliff RZ et al. Pharmacokinetics of long-acting naltrexone in subjects with mild to moderate hepatic impairment. J Clin Pharmacol 2005;45(11):1259-1267',
    url: 'https://doi.org/10.1177/0091270005280199',
  },
  crowley: {
    id: 'crowley',
    title: 'Crowley P. Naltrexone and liver disease. Australian Prescriber',
    url: 'https://australianprescriber.tg.org.au/articles/naltrexone-and-liver-disease.html',
  },
  lee1988: {
    id: 'lee-1988',
    title:
      'Lee MC et al. Duration of occupancy of opiate receptors by naltrexone. J Nucl Med 1988;29(7):1207-1211',
  },
  weerts2008: {
    id: 'weerts-2008',
    title:
      'Weerts EM et al. Differences in delta- and mu-opioid receptor blockade measured by positron emission tomography in naltrexone-treated recently abstinent alcohol-dependent subjects. Neuropsychopharmacology 2008;33(3):653-665',
  },
  toljan2018: {
    id: 'toljan-2018',
    title:
      'Toljan K, Vrooman B. Low-Dose Naltrexone (LDN): review of therapeutic utilization. Med Sci (Basel) 2018;6(4):82',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6313374',
  },
  trostheim2022: {
    id: 'trostheim-2022',
    title:
      'Trostheim M et al. Opioid antagonism in humans: a primer on optimal dose and timing for central mu-opioid receptor blockade. Neuropsychopharmacology 2023',
    url: 'https://doi.org/10.1038/s41386-022-01416-z',
  },
  xrntx2017: {
    id: 'xrntx-2017',
    title:
      'Extended-release naltrexone vs placebo, 6-month randomised trial. Drug Alcohol Depend 2017;174:158-170 (Table 5)',
    url: 'https://doi.org/10.1016/j.drugalcdep.2017.01.026',
  },
} as const satisfies Record<string, KnowledgeSource>;
