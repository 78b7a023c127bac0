import { ConflictError } from '@thamvan/core';
import { transition } from './transition';

describe(transition.name, () => {
  it.each([
    ['APPROVE', 'PENDING', 'PUBLISHED'],
    ['APPROVE', 'PUBLISHED', 'PUBLISHED'],
    ['HIDE', 'PUBLISHED', 'HIDDEN'],
    ['HIDE', 'PENDING', 'HIDDEN'],
    ['HIDE', 'HIDDEN', 'HIDDEN'],
    ['RESTORE', 'HIDDEN', 'PUBLISHED'],
  ] as const)('%s on %s gives %s', (action, from, to) => {
    expect(transition(action, from)).toBe(to);
  });

  it.each([
    ['APPROVE', 'HIDDEN'],
    ['RESTORE', 'PUBLISHED'],
    ['RESTORE', 'PENDING'],
    ['HIDE', 'WITHDRAWN'],
    ['APPROVE', 'WITHDRAWN'],
  ] as const)('%s on %s is a conflict', (action, from) => {
    expect(() => transition(action, from)).toThrow(ConflictError);
  });
});
