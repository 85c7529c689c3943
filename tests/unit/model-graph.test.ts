import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GraphModel, Human, Tensor } from '@vladmandic/human';
import { FACERES_MODEL } from '../../src/image/face-ages';
import { createNodeFaceReader } from '../../src/image/node-readers';
import { loadWithRelu6, withRelu6, type GraphNode } from '../../src/image/model-graph';

/**
 * FaceRes's Relu → Minimum(6) → Maximum(0) chains made one Relu6 each (src/image/model-graph.ts):
 * the rewrite on graphs written by hand, then the real model, loaded both ways, giving the same
 * numbers to the last bit.
 */
const node = (name: string, op: string, ...input: string[]): GraphNode => ({ name, op, input });
const CONSTS: Record<string, number> = { six: 6, zero: 0, five: 5, one: 1 };
const scalar = (name: string) => CONSTS[name];
const chain = (prefix: string, from: string, six = 'six', zero = 'zero'): GraphNode[] => [
  node(`${prefix}/Relu`, 'Relu', from),
  node(`${prefix}/Minimum`, 'Minimum', `${prefix}/Relu`, six),
  node(`${prefix}/clip`, 'Maximum', `${prefix}/Minimum`, zero),
];

describe('the Relu6 rewrite', () => {
  test('each Relu → Minimum(6) → Maximum(0) chain becomes one Relu6 named as the Maximum, so its readers are unchanged', () => {
    const nodes = [node('x', 'Placeholder'), node('six', 'Const'), node('zero', 'Const'), node('conv', 'Conv2D', 'x'), ...chain('a', 'conv'), node('conv2', 'Conv2D', 'a/clip'), ...chain('b', 'conv2'), node('out', 'Softmax', 'b/clip')];
    const { nodes: out, replaced } = withRelu6(nodes, scalar);
    expect(replaced).toBe(2);
    expect(out.map((n) => `${n.name}:${n.op}(${(n.input ?? []).join(',')})`)).toEqual(['x:Placeholder()', 'six:Const()', 'zero:Const()', 'conv:Conv2D(x)', 'a/clip:Relu6(conv)', 'conv2:Conv2D(a/clip)', 'b/clip:Relu6(conv2)', 'out:Softmax(b/clip)']);
  });

  test('anything else is left as it is: other bounds, the bounds the other way round, a step read elsewhere too', () => {
    const other = [node('x', 'Placeholder'), ...chain('a', 'x', 'five'), ...chain('b', 'a/clip', 'six', 'one'), ...chain('c', 'b/clip', 'zero', 'six')];
    expect(withRelu6(other, scalar).replaced).toBe(0);
    // The Minimum's output also read by another node: removing it would break that node.
    const shared = [node('x', 'Placeholder'), ...chain('a', 'x'), node('side', 'Identity', 'a/Minimum')];
    expect(withRelu6(shared, scalar)).toEqual({ nodes: shared, replaced: 0 });
    const reluShared = [node('x', 'Placeholder'), ...chain('a', 'x'), node('side', 'Identity', 'a/Relu:0')];
    expect(withRelu6(reluShared, scalar).replaced).toBe(0);
    // A constant of unknown value (not a scalar the loader could read).
    expect(withRelu6([node('x', 'Placeholder'), ...chain('a', 'x', 'mystery')], scalar).replaced).toBe(0);
  });
});

describe('FaceRes with Relu6, the real model', () => {
  let human: Human;
  let plain: GraphModel;
  let rewritten: GraphModel;
  beforeAll(async () => {
    const reader = createNodeFaceReader();
    await reader.load();
    human = (reader as unknown as { human: Human }).human;
    const url = new URL(FACERES_MODEL, human.config.modelBasePath).href;
    plain = (await human.tf.loadGraphModel(url)) as unknown as GraphModel;
    rewritten = await loadWithRelu6(human.tf, url);
  }, 120_000);
  afterAll(() => {
    plain?.dispose();
    rewritten?.dispose();
  });

  const ops = (model: GraphModel) => {
    const count: Record<string, number> = {};
    for (const n of Object.values((model as unknown as { executor: { graph: { nodes: Record<string, { op: string }> } } }).executor.graph.nodes)) count[n.op] = (count[n.op] ?? 0) + 1;
    return count;
  };

  test('every one of its 27 clamps is replaced, nothing else', () => {
    const before = ops(plain);
    const after = ops(rewritten);
    expect(before.Minimum).toBe(27);
    expect(after).toEqual({ ...Object.fromEntries(Object.entries(before).filter(([op]) => !['Minimum', 'Maximum', 'Relu'].includes(op))), Relu6: 27 });
  });

  test('the same outputs to the last bit, on inputs of every range (negative values included)', () => {
    const tf = human.tf;
    for (const [low, high] of [[0, 255], [-255, 255], [0, 1], [-1000, 1000]] as const) {
      const x = tf.randomUniform([2, 224, 224, 3], low, high, 'float32', 7);
      const a = plain.execute(x) as Tensor[];
      const b = rewritten.execute(x) as Tensor[];
      try {
        expect(b.length).toBe(a.length);
        a.forEach((t, k) => expect(Buffer.from((b[k]!.dataSync() as Float32Array).buffer)).toEqual(Buffer.from((t.dataSync() as Float32Array).buffer)));
      } finally {
        tf.dispose([x, ...a, ...b]);
      }
    }
  });
});
