/** An Every Child Matters outcome as stored (the KentEcmOutcome enum). */
export type KentEcmOutcome = 'BE_HEALTHY' | 'STAY_SAFE' | 'ENJOY_AND_ACHIEVE' | 'MAKE_A_POSITIVE_CONTRIBUTION' | 'ACHIEVE_ECONOMIC_WELLBEING';

/** The Every Child Matters outcomes in ECM order: "ECM 1" is `ECM_OUTCOMES[0]`. */
export const ECM_OUTCOMES: KentEcmOutcome[] = ['BE_HEALTHY', 'STAY_SAFE', 'ENJOY_AND_ACHIEVE', 'MAKE_A_POSITIVE_CONTRIBUTION', 'ACHIEVE_ECONOMIC_WELLBEING'];

/** Their names, in the same order. */
export const ECM_NAMES = ['be healthy', 'stay safe', 'enjoy and achieve', 'make a positive contribution', 'achieve economic well-being'];

/** The outcome an "(ECM n)" tag names. */
export function ecmOutcome(n: number): KentEcmOutcome {
  const outcome = ECM_OUTCOMES[n - 1];
  if (!outcome) throw new Error(`Kent: there is no ECM outcome ${n}`);
  return outcome;
}
