// The delegations a proposal tag may name: UN member states by ISO code (US, USA) or by name (United
// States, Russian Federation, 美国, 俄罗斯联邦), from the generated list (data/memberStates.generated.ts).
import { MEMBER_STATES, type MemberStateData } from '../data/memberStates.generated';

let byName: Map<string, MemberStateData> | undefined;

function index(): Map<string, MemberStateData> {
  if (!byName) {
    byName = new Map();
    for (const state of MEMBER_STATES) {
      for (const name of [state.alpha2, state.alpha3, ...state.en, ...state.zh]) byName.set(name, state);
    }
  }
  return byName;
}

/** The member state a delegation token names, exactly as written (codes are upper case). */
export function memberState(token: string): MemberStateData | undefined {
  return index().get(token);
}

export function isCode(token: string, state: MemberStateData): boolean {
  return token === state.alpha2 || token === state.alpha3;
}
