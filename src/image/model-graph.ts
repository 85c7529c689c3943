import type { GraphModel, Human } from '@vladmandic/human';

/**
 * FaceRes (a MobileNet) clamps every layer's output to 0–6 as Keras exported it: `Relu`, then
 * `Minimum` with 6, then `Maximum` with 0, three passes over the layer's output where TensorFlow.js
 * has one kernel, `Relu6`, for the same thing. On TensorFlow.js's WebAssembly backend the
 * `Minimum` and `Maximum` with a scalar take the slow broadcasting path: measured on the command line,
 * half of FaceRes's time (36 of 73 ms a face) went to those two ops. `Relu6` computes
 * min(max(x, 0), 6), which for every number is max(min(max(x, 0), 6), 0): the same values to the
 * last bit, so the ages read are unchanged (checked on the labelled photos, see README "Photos").
 *
 * The graph is rewritten only where the pattern is exactly that (a `Relu` feeding only a `Minimum`
 * with a scalar constant 6, feeding only a `Maximum` with a scalar constant 0); anything else in the
 * graph is left as it is.
 */

/** A node of a TensorFlow.js graph model's topology (the `modelTopology.node` of its model.json). */
export interface GraphNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The node an input names ("name", "name:1" or the control input "^name"). */
const nodeOf = (input: string) => input.replace(/^\^/, '').split(':')[0]!;

/**
 * The graph with every Relu → Minimum(6) → Maximum(0) chain made one `Relu6` node, named as the
 * `Maximum` was (so that the nodes reading it are unchanged). `scalar(name)`: the value of a scalar
 * constant node, undefined when it is not one. Returns the nodes and how many chains were replaced.
 */
export function withRelu6(nodes: readonly GraphNode[], scalar: (name: string) => number | undefined): { nodes: GraphNode[]; replaced: number } {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const readers = new Map<string, number>();
  for (const node of nodes) for (const input of node.input ?? []) readers.set(nodeOf(input), (readers.get(nodeOf(input)) ?? 0) + 1);
  const only = (name: string) => readers.get(name) === 1;
  const dropped = new Set<string>();
  const replaced = new Map<string, GraphNode>();
  for (const max of nodes) {
    if (max.op !== 'Maximum' || max.input?.length !== 2) continue;
    const [minName, zero] = max.input.map(nodeOf) as [string, string];
    const min = byName.get(minName);
    if (!min || min.op !== 'Minimum' || min.input?.length !== 2 || !only(min.name) || scalar(zero) !== 0) continue;
    const [reluName, six] = min.input.map(nodeOf) as [string, string];
    const relu = byName.get(reluName);
    if (!relu || relu.op !== 'Relu' || relu.input?.length !== 1 || !only(relu.name) || scalar(six) !== 6) continue;
    dropped.add(relu.name).add(min.name);
    replaced.set(max.name, { ...max, op: 'Relu6', input: [...relu.input] });
  }
  return { nodes: nodes.filter((n) => !dropped.has(n.name)).map((n) => replaced.get(n.name) ?? n), replaced: replaced.size };
}

type Tf = Human['tf'];

/**
 * Loads a graph model from `url` as `tf.loadGraphModel` does, with its Relu → Minimum → Maximum
 * chains made `Relu6` (`withRelu6`): the same model, computing the same numbers, faster.
 */
export async function loadWithRelu6(tf: Tf, url: string): Promise<GraphModel> {
  const artifacts = await tf.io.http(url).load();
  const topology = artifacts.modelTopology as { node?: GraphNode[] } | undefined;
  if (topology?.node && artifacts.weightSpecs && artifacts.weightData) {
    const scalars = new Map<string, number>();
    const specs = artifacts.weightSpecs.filter((spec: { shape: number[]; dtype: string }) => spec.shape.length === 0 && spec.dtype === 'float32');
    if (specs.length > 0) {
      const weights = tf.io.decodeWeights(artifacts.weightData, artifacts.weightSpecs);
      try {
        for (const spec of specs) scalars.set(spec.name, weights[spec.name]!.dataSync()[0]!);
      } finally {
        tf.dispose(Object.values(weights));
      }
    }
    topology.node = withRelu6(topology.node, (name) => scalars.get(name)).nodes;
  }
  return (await tf.loadGraphModel(tf.io.fromMemory(artifacts))) as unknown as GraphModel;
}
