// Every rule, in the order their cards appear within one indicator level.
import { activeWithdrawalRule } from './active-withdrawal';
import { agonistTherapyRule } from './agonist-therapy';
import { blockadeWaningRule } from './blockade-waning';
import { depressionRule } from './depression';
import { doseAboveRule } from './dose-above';
import { hepaticContraindicationRule } from './hepatic-contraindication';
import { liverEnzymesRule } from './liver-enzymes';
import { liverTestsDueRule } from './liver-tests-due';
import { naloxoneChallengeRule } from './naloxone-challenge';
import { naloxoneKitRule } from './naloxone-kit';
import { offLabelRule } from './off-label';
import { opioidInteractionRule } from './opioid-interaction';
import { opioidWashoutRule } from './opioid-washout';
import { perioperativeRule } from './perioperative';
import { pregnancyRule } from './pregnancy';
import { psychosocialRule } from './psychosocial';
import type { Rule } from './rule';
import { suicidalityRule } from './suicidality';

/** All rules, one per topic code. */
export const allRules: readonly Rule[] = [
  suicidalityRule,
  agonistTherapyRule,
  opioidWashoutRule,
  activeWithdrawalRule,
  hepaticContraindicationRule,
  liverEnzymesRule,
  blockadeWaningRule,
  opioidInteractionRule,
  perioperativeRule,
  pregnancyRule,
  doseAboveRule,
  naloxoneChallengeRule,
  depressionRule,
  naloxoneKitRule,
  liverTestsDueRule,
  offLabelRule,
  psychosocialRule,
];
