import { describeCategory } from '../../../src/domain/categories';

describe('describeCategory', () => {
  it.each([
    ['LG', 'Machine Learning'],
    ['cs.CL', 'Computation and Language'],
    ['stat.ML', 'Machine Learning (Statistics)'],
    ['q-bio.NC', 'q-bio.NC'],
    ['constructor', 'constructor'],
    ['__proto__', '__proto__'],
    ['cs.toString', 'cs.toString'],
    ['hasOwnProperty', 'hasOwnProperty'],
  ])('should describe %s as %s', (code, name) => {
    expect(describeCategory(code)).toBe(name);
  });
});
