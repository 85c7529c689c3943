/**
 * A group of people a remark can be aimed at ("Muslims", "immigrants", "gay people", "the
 * Poles"), found by the `group-targets` detector, or a pronoun that refers back to one ("Saw a
 * load of them at the park. They are disgusting.").
 */
export interface GroupTarget {
  /** The lexicon's id of the group ("muslims"). */
  readonly id: string;
  /** The protected characteristic it belongs to ("religion"), or "other" for groups the Equality Act does not name. */
  readonly characteristic: string;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** The words as written ("Muslims", or "They" when it refers back). */
  readonly text: string;
  /** Set when the target is a pronoun: the group it refers back to, as written. */
  readonly antecedent?: string;
}
