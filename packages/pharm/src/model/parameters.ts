// The model specification as data, after mrgsolve's annotated $PARAM blocks: one parameter per line
// with its value, unit, meaning and source. Values are typical-subject values (a 70 kg, 40-year-old,
// non-dependent adult with normal liver function and creatinine clearance 100 mL/min). Docs:
// docs/model.md explains every choice; docs/validation.md shows the fit to reference/targets.json.

/** One model parameter: value, unit, meaning and source on one line. */
export interface ParameterSpec {
  readonly value: number;
  readonly unit: string;
  readonly meaning: string;
  readonly source: string;
}

const DUNBAR_POPPK = 'Dunbar 2007, population PK of extended-release naltrexone (n=453)';
const DOMAIN_PRIOR =
  'starting model in the project domain notes, re-fitted to reference/targets.json';
const FIT = 'fitted in this project to reference/targets.json (see docs/validation.md)';

/* prettier-ignore */
export const parameters = {
  // Oral immediate-release tablet
  kaOral:        { value: 3.4,    unit: '1/h',      meaning: 'absorption rate constant, immediate-release tablet', source: `${FIT}; Tmax about 1 h (ReVia label, encyclopedia article)` },
  fOral:         { value: 0.07,   unit: '-',        meaning: 'fraction of an oral dose reaching the circulation as naltrexone', source: 'modern-assay set: Dunbar 2007 CL 140 L/h with the Vivitrol label AUC ratio 3-4x oral (domain notes); Meyer 1984 F 5%' },
  fPresystemic:  { value: 0.75,   unit: '-',        meaning: 'fraction of an oral dose converted to 6β-naltrexol before reaching the circulation', source: `${DOMAIN_PRIOR}; first pass 95% and 6β-naltrexol 76% of urinary metabolites (Swiss product information)` },
  mwRatio:       { value: 343.4 / 341.4, unit: 'mg/mg', meaning: 'molar mass ratio 6β-naltrexol / naltrexone', source: 'molar masses 343.4 and 341.4 g/mol' },
  // Naltrexone/bupropion extended-release tablet (naltrexone part)
  kaEr:          { value: 0.7,    unit: '1/h',      meaning: 'absorption rate constant, extended-release tablet', source: 'assumption: slower release giving Tmax about 2-3 h; Contrave PI reports similar naltrexone half-life (5 h) and dose-normalised exposure to IR' },
  fEr:           { value: 0.07,   unit: '-',        meaning: 'systemic availability of naltrexone from the extended-release tablet', source: 'assumed equal to the IR tablet (same first pass)' },
  // Naltrexone disposition
  clNtx:         { value: 140,    unit: 'L/h',      meaning: 'naltrexone clearance (typical, non-dependent)', source: DUNBAR_POPPK },
  v1Ntx:         { value: 800,    unit: 'L',        meaning: 'naltrexone central volume', source: `${DOMAIN_PRIOR}; fast half-life about 4 h (ReVia label)` },
  qNtx:          { value: 1,      unit: 'L/h',      meaning: 'naltrexone intercompartmental clearance (slow deep phase)', source: DOMAIN_PRIOR },
  v2Ntx:         { value: 150,    unit: 'L',        meaning: 'naltrexone peripheral volume (small slow terminal phase, the 96 h "tail")', source: DOMAIN_PRIOR },
  fmNbl:         { value: 0.8,    unit: '-',        meaning: 'fraction of systemic naltrexone clearance forming 6β-naltrexol', source: `${DOMAIN_PRIOR}; 6β-naltrexol is the main urinary metabolite (Swiss product information)` },
  // 6β-naltrexol disposition
  clNbl:         { value: 65.1,   unit: 'L/h',      meaning: '6β-naltrexol clearance at creatinine clearance 100 mL/min', source: DUNBAR_POPPK },
  v1Nbl:         { value: 1200,   unit: 'L',        meaning: '6β-naltrexol central volume', source: `${DOMAIN_PRIOR}; half-life about 13 h (labels)` },
  qNbl:          { value: 1,      unit: 'L/h',      meaning: '6β-naltrexol intercompartmental clearance', source: DOMAIN_PRIOR },
  v2Nbl:         { value: 150,    unit: 'L',        meaning: '6β-naltrexol peripheral volume', source: DOMAIN_PRIOR },
  // Covariates
  clNtxPerKg:    { value: 0.548,  unit: 'L/h/kg',   meaning: 'naltrexone clearance change per kg body weight from 70 kg', source: DUNBAR_POPPK },
  clNtxPerYear:  { value: -0.108, unit: 'L/h/year', meaning: 'naltrexone clearance change per year of age from 40 years', source: DUNBAR_POPPK },
  clNtxDependent:{ value: 1.23,   unit: '-',        meaning: 'naltrexone clearance factor in alcohol- or opioid-dependent patients', source: DUNBAR_POPPK },
  clNblPerCrcl:  { value: 0.229,  unit: 'L/h per mL/min', meaning: '6β-naltrexol clearance change per mL/min creatinine clearance from 100', source: `${DUNBAR_POPPK}; renal clearance 283 mL/min (Meyer 1984)` },
  clNblMinFraction: { value: 0.2, unit: '-',        meaning: 'floor on 6β-naltrexol clearance as a fraction of typical (guards severe renal failure)', source: 'assumption (numerical guard; no data below 10 mL/min)' },
  hepaticCompensated:   { value: 5,  unit: '-',     meaning: 'oral naltrexone exposure factor in compensated cirrhosis (via first pass)', source: 'ReVia label and Swiss product information: 5-10 fold in cirrhosis' },
  hepaticDecompensated: { value: 10, unit: '-',     meaning: 'oral naltrexone exposure factor in decompensated cirrhosis (via first pass)', source: 'ReVia label and Swiss product information: 5-10 fold in cirrhosis' },
  // Extended-release injectable depot (380 mg microspheres)
  xrFracBurst:   { value: 0.03,   unit: '-',        meaning: 'depot fraction released as an early burst', source: `${DOMAIN_PRIOR}; transient peak about 2 h (Vivitrol label)` },
  kXrBurst:      { value: 1.5,    unit: '1/h',      meaning: 'burst release rate constant', source: DOMAIN_PRIOR },
  xrFracA:       { value: 0.28,   unit: '-',        meaning: 'depot fraction through the fast 3-compartment transit chain', source: `${DOMAIN_PRIOR}; second peak at 2-3 days (Vivitrol label)` },
  mttXrA:        { value: 60,     unit: 'h',        meaning: 'mean transit time of the fast chain', source: DOMAIN_PRIOR },
  xrFracB:       { value: 0.69,   unit: '-',        meaning: 'depot fraction through the slow 3-compartment transit chain', source: `${DOMAIN_PRIOR}; decline from day 14, half-life 5-10 days (Vivitrol label, Dunbar 2006)` },
  mttXrB:        { value: 384,    unit: 'h',        meaning: 'mean transit time of the slow chain', source: DOMAIN_PRIOR },
  // Subcutaneous implant (generic; products differ)
  kImplant:      { value: 5.3e-4, unit: '1/h',      meaning: 'first-order release rate constant of a naltrexone implant', source: `${FIT}: 3.3 g keeps naltrexone >= 2 ng/mL about 145 days (Ngo 2008, Hulse group)` },
  fImplant:      { value: 1,      unit: '-',        meaning: 'fraction of implant content reaching the circulation', source: 'assumption' },
  // Brain effect compartments
  keoNtx:        { value: 0.86,      unit: '1/h',      meaning: 'plasma-brain equilibration rate constant, naltrexone (t1/2 about 0.8 h)', source: `${FIT}: Rabiner 2011 scans within 8 h` },
  keoNbl:        { value: 0.0274,  unit: '1/h',      meaning: 'plasma-brain equilibration rate constant, 6β-naltrexol (t1/2 about 25 h)', source: `${FIT}: blockade half-time 72-108 h (Lee 1988)` },
  // Competitive occupancy
  ec50MuNtx:     { value: 0.365,   unit: 'ng/mL',    meaning: 'effect-site naltrexone concentration for 50% MOR occupancy', source: `${FIT}; Rabiner 2011 ED50 5.6 mg` },
  ec50MuNbl:     { value: 1.14,    unit: 'ng/mL',    meaning: 'effect-site 6β-naltrexol concentration for 50% MOR occupancy', source: `${FIT}; Lee 1988 decline of blockade` },
  kiMuNtx:       { value: 0.11,   unit: 'nM',       meaning: 'naltrexone Ki at MOR', source: 'Wentland 2009' },
  kiKappaNtx:    { value: 0.19,   unit: 'nM',       meaning: 'naltrexone Ki at KOR', source: 'Wentland 2009' },
  kiDeltaNtx:    { value: 60,     unit: 'nM',       meaning: 'naltrexone Ki at DOR', source: 'Wentland 2009' },
  kiMuNbl:       { value: 2.12,   unit: 'nM',       meaning: '6β-naltrexol Ki at MOR', source: 'Pelotte 2009' },
  kiKappaNbl:    { value: 7.24,   unit: 'nM',       meaning: '6β-naltrexol Ki at KOR', source: 'Pelotte 2009' },
  kiDeltaNbl:    { value: 213,    unit: 'nM',       meaning: '6β-naltrexol Ki at DOR', source: 'Pelotte 2009' },
  kappaScale:    { value: 1.9,      unit: '-',        meaning: 'in-vivo correction of the KOR EC50s after Ki scaling', source: `${FIT}: de Laat KOR 92% at 100 mg/day` },
  deltaScale:    { value: 0.73,      unit: '-',        meaning: 'in-vivo correction of the DOR EC50s after Ki scaling', source: `${FIT}: Weerts 2008 DOR 21% at 50 mg/day` },
  // Inter-individual variability (log-normal, coefficient of variation)
  cvF:           { value: 0.6,    unit: 'CV',       meaning: 'IIV of oral systemic availability', source: 'assumed (domain notes); Meyer 1984 reports wide Cmax SD' },
  cvKa:          { value: 0.5,    unit: 'CV',       meaning: 'IIV of absorption rate constants', source: 'assumed (domain notes)' },
  cvClNtx:       { value: 0.3,    unit: 'CV',       meaning: 'IIV of naltrexone clearance', source: 'assumed (domain notes); order of Dunbar 2007' },
  cvClNbl:       { value: 0.3,    unit: 'CV',       meaning: 'IIV of 6β-naltrexol clearance', source: 'assumed (domain notes); order of Dunbar 2007' },
  cvEc50:        { value: 0.3,    unit: 'CV',       meaning: 'IIV of receptor EC50s (shared by analytes and receptors)', source: 'assumed (domain notes)' },
} as const satisfies Record<string, ParameterSpec>;

/** Names of the model's parameters. */
export type ParameterName = keyof typeof parameters;

/** Model identity reported with every result. */
export const modelInfo = { name: 'blockade-naltrexone-pkpd', version: '1.0.0' } as const;
