import { sources } from './sources';
import type { KnowledgeFigure, KnowledgeSource } from './types';

function figure(
  literatureId: string,
  label: string,
  value: string,
  source: KnowledgeSource,
  confidence: 'high' | 'medium' = 'high',
): KnowledgeFigure {
  return { literatureId, label, value, confidence, source };
}

/**
 * Figures quoted by knowledge entries, keyed by their row id in `reference/literature.json`.
 * A test checks that each row exists, is not low-confidence and contains every number shown here.
 */
export const figures = {
  aud_cochrane_heavy: figure(
    'aud_cochrane_heavy',
    'Return to heavy drinking, naltrexone vs placebo (50 trials, 7793 people)',
    'risk ratio 0.83 (95% CI 0.76-0.90); about 9 people treated for one to avoid heavy drinking',
    sources.cochrane2010,
  ),
  aud_jonas_heavy: figure(
    'aud_jonas_heavy',
    'People to treat with oral naltrexone 50 mg to prevent one return to heavy drinking',
    '12 (95% CI 8-26)',
    sources.jonas2014,
  ),
  aud_jonas_any: figure(
    'aud_jonas_any',
    'People to treat with oral naltrexone 50 mg to prevent one return to any drinking (acamprosate: 12)',
    '20 (95% CI 11-500)',
    sources.jonas2014,
  ),
  aud_mcpheeters_any: figure(
    'aud_mcpheeters_any',
    'People to treat with oral naltrexone 50 mg to prevent one return to any drinking (2023 review)',
    '18 (95% CI 4-32)',
    sources.mcpheeters2023,
  ),
  aud_garbutt: figure(
    'aud_garbutt',
    'Heavy drinking days with monthly 380 mg injection vs placebo (624 adults, 6 months)',
    '25% fewer (hazard ratio 0.75, 0.60-0.94)',
    sources.garbutt2005,
  ),
  oud_krupitsky_2011: figure(
    'oud_krupitsky_2011',
    'Median share of weeks with confirmed abstinence, monthly injection vs placebo (250 people, 24 weeks)',
    '90.0% vs 35.0%',
    sources.krupitsky2011,
  ),
  oud_xbot_induction: figure(
    'oud_xbot_induction',
    'People who managed to start treatment in X:BOT, injectable naltrexone vs buprenorphine-naloxone',
    '72% vs 94%',
    sources.xbot2018,
  ),
  oud_xbot_pp: figure(
    'oud_xbot_pp',
    '24-week relapse among those who started treatment, injectable naltrexone vs buprenorphine-naloxone',
    '52% vs 56%',
    sources.xbot2018,
  ),
  implant_krupitsky_2012: figure(
    'implant_krupitsky_2012',
    'Still in treatment without relapse at 6 months: implant vs oral naltrexone vs placebo',
    '52.9% vs 15.7% vs 10.8%',
    sources.krupitsky2012,
  ),
  rule_rapid_induction_sullivan: figure(
    'rule_rapid_induction_sullivan',
    'Successful start on injectable naltrexone: 7-day naltrexone-assisted vs buprenorphine-taper detox',
    '56.1% vs 32.7%',
    sources.sullivan2017,
  ),
  rule_opioid_free: figure(
    'rule_opioid_free',
    'Opioid-free interval before naltrexone after short-acting opioids (including tramadol)',
    '7-10 days',
    sources.vivitrolLabel,
  ),
  rule_bup_methadone: figure(
    'rule_bup_methadone',
    'Risk window for precipitated withdrawal after buprenorphine or methadone',
    'up to 14 days',
    sources.vivitrolLabel,
  ),
  rule_asam2015_long_acting: figure(
    'rule_asam2015_long_acting',
    'Opioid-free interval after long-acting opioids (methadone, buprenorphine)',
    '10-14 days',
    sources.asam2015,
    'medium',
  ),
  rule_fentanyl_urine: figure(
    'rule_fentanyl_urine',
    'Days urine stayed positive after regular illicit fentanyl use (mean, SD)',
    'fentanyl 7.3 (4.9); norfentanyl 13.3 (6.9)',
    sources.huhn2020,
  ),
  rule_naloxone_challenge_iv: figure(
    'rule_naloxone_challenge_iv',
    'Naloxone challenge by vein',
    '0.2 mg, watch 30 s; then 0.6 mg, watch 20 min',
    sources.reviaLabel,
  ),
  rule_naloxone_challenge_sc: figure(
    'rule_naloxone_challenge_sc',
    'Naloxone challenge under the skin',
    '0.8 mg, watch 20 min',
    sources.reviaLabel,
  ),
  rule_oral_start_opioid: figure(
    'rule_oral_start_opioid',
    'Oral start in opioid dependence',
    '25 mg on day 1, then 50 mg a day',
    sources.reviaLabel,
  ),
  rule_switch_to_agonist: figure(
    'rule_switch_to_agonist',
    'Wait before starting methadone or buprenorphine after naltrexone',
    'about 1 day after tablets; about 30 days after the injection',
    sources.asam2020,
  ),
  rule_asam2020_oral_ntx: figure(
    'rule_asam2020_oral_ntx',
    'ASAM 2020 position for opioid use disorder',
    'monthly 380 mg injection recommended; oral tablets only in limited circumstances',
    sources.asam2020,
  ),
  rule_xr_block_duration_label: figure(
    'rule_xr_block_duration_label',
    'Opioid blockade after one 380 mg injection',
    'about 28 days',
    sources.vivitrolLabel,
  ),
  xr_dunbar_measurable: figure(
    'xr_dunbar_measurable',
    'Naltrexone still measurable in blood after one 380 mg injection',
    'at least 31 days',
    sources.dunbar2006,
  ),
  heroin_block_label: figure(
    'heroin_block_label',
    'How long oral doses blocked 25 mg of intravenous heroin',
    '50 mg: 24 h; 100 mg: 48 h; 150 mg: 72 h',
    sources.reviaLabel,
  ),
  pet_lee_48h: figure(
    'pet_lee_48h',
    'Brain mu-receptor blockade 48 h after one 50 mg tablet (PET)',
    '91%',
    sources.lee1988,
  ),
  pet_lee_120h: figure(
    'pet_lee_120h',
    'Brain mu-receptor blockade 120 h (5 days) after one 50 mg tablet (PET)',
    '46%',
    sources.lee1988,
  ),
  pet_weerts_mor: figure(
    'pet_weerts_mor',
    'Brain mu-receptor blockade on 50 mg a day (PET, 21 people)',
    '94.9%',
    sources.weerts2008,
  ),
  ldn_definitions: figure(
    'ldn_definitions',
    'Dose usually called low-dose naltrexone',
    '1-5 mg a day',
    sources.toljan2018,
  ),
  ldn_pet_5mg: figure(
    'ldn_pet_5mg',
    'Brain mu-receptor blockade a few hours after a single 5 mg dose (3 people)',
    '43-58%',
    sources.trostheim2022,
  ),
  ae_cochrane: figure(
    'ae_cochrane',
    'Risk difference vs placebo, oral naltrexone in alcohol trials (0.10 = 10 more people in 100)',
    'nausea 0.10 (0.07-0.13); daytime sleepiness 0.09 (0.05-0.14)',
    sources.cochrane2010,
  ),
  ae_revia_openlabel: figure(
    'ae_revia_openlabel',
    'Side effects in an open safety study of about 570 people on 50 mg a day (no placebo group)',
    'nausea 10%, headache 7%, dizziness 4%, fatigue 4%, insomnia 3%, anxiety 2%',
    sources.reviaLabel,
    'medium',
  ),
  ae_revia_rct_disc: figure(
    'ae_revia_rct_disc',
    'Stopped because of nausea in two 12-week placebo-controlled alcohol trials',
    '5 of 93 people',
    sources.reviaLabel,
  ),
  ae_xrntx_dad2017: figure(
    'ae_xrntx_dad2017',
    'Injection vs placebo over 6 months: nausea; immediate injection reaction',
    'nausea 19% vs 9%; injection reaction 16% vs 9%',
    sources.xrntx2017,
    'medium',
  ),
  ae_vivitrol_disc_garbutt: figure(
    'ae_vivitrol_disc_garbutt',
    'Stopped the 380 mg injection because of side effects (alcohol trial)',
    '14.1%',
    sources.garbutt2005,
  ),
  ae_eosinophilic: figure(
    'ae_eosinophilic',
    'Eosinophilic pneumonia in injection trials (over 1100 people)',
    '1 diagnosed and 1 suspected case',
    sources.vivitrolLabel,
    'medium',
  ),
  lft_livertox: figure(
    'lft_livertox',
    'People on usual doses whose ALT rises above 3 times the upper limit of normal',
    'about 1%',
    sources.livertox,
  ),
  lft_300mg: figure(
    'lft_300mg',
    'Liver enzyme rises on 300 mg a day in obese people without addiction',
    '5 of 26 vs none on placebo',
    sources.crowley,
    'medium',
  ),
  oral_cirrhosis_fold: figure(
    'oral_cirrhosis_fold',
    'Rise in blood naltrexone from tablets in liver cirrhosis',
    '5-10 fold',
    sources.swissLabel,
  ),
  contrave_titration: figure(
    'contrave_titration',
    'Full daily dose of naltrexone/bupropion after 4 weeks of build-up',
    '32 mg naltrexone with 360 mg bupropion',
    sources.contraveLabel,
  ),
  rule_periop_oral: figure(
    'rule_periop_oral',
    'Stop tablets before planned surgery needing opioid pain relief (consensus, to be verified)',
    'about 72 h',
    sources.spaqi,
    'medium',
  ),
  rule_periop_xr: figure(
    'rule_periop_xr',
    'Time after the last injection before planned surgery (consensus, to be verified)',
    '24-30 days',
    sources.spaqi,
    'medium',
  ),
} as const satisfies Record<string, KnowledgeFigure>;
