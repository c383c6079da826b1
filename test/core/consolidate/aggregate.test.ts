import fc from 'fast-check';
import { aggregate, decimalPlaces, exactSum } from '../../../src/core/consolidate/aggregate';

test('sum and mean, with the count of schools that gave a value', () => {
  expect(aggregate([1, 2, 3], 'sum')).toEqual({ value: 6, n: 3 });
  expect(aggregate([50, 61], 'mean')).toEqual({ value: 55.5, n: 2 });
  expect(aggregate([], 'sum')).toEqual({ value: null, n: 0 });
  expect(aggregate([], 'mean')).toEqual({ value: null, n: 0 });
  expect(aggregate([0], 'sum')).toEqual({ value: 0, n: 1 });
});

test('sums of decimals are exact to the inputs’ decimals', () => {
  expect(exactSum([0.1, 0.2])).toBe(0.3);
  expect(exactSum([1.15, 2.2, 3.35])).toBe(6.7);
  expect(exactSum([-0.1, 0.1])).toBe(0);
  expect(decimalPlaces(1e-7)).toBe(7);
  expect(decimalPlaces(12)).toBe(0);
  expect(decimalPlaces(2.5e-3)).toBe(4);
});

test('integer sums equal the plain sum in any order', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { maxLength: 300 }), (xs) => {
      const plain = xs.reduce((a, b) => a + b, 0);
      expect(exactSum(xs)).toBe(plain);
      expect(exactSum([...xs].reverse())).toBe(plain);
    }),
  );
});

test('sums of one-decimal numbers equal the sum of their tenths', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 100000 }), { maxLength: 200 }), (tenths) => {
      const total = tenths.reduce((a, b) => a + b, 0);
      expect(exactSum(tenths.map((t) => t / 10))).toBe(total / 10);
    }),
  );
});
