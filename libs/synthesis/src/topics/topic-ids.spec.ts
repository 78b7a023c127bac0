import { carryOverIds } from './topic-ids';

describe(carryOverIds.name, () => {
  it('keeps the id of the topic a new one mostly continues, and no id twice', () => {
    const previous = [
      { id: 'A', members: ['1', '2', '3', '4'] },
      { id: 'B', members: ['5', '6', '7'] },
    ];
    const next = [
      { members: ['1', '2', '3', '4', '8'] },
      { members: ['5', '9'] },
      { members: ['10', '11', '12'] },
    ];
    expect(carryOverIds(previous, next)).toEqual(['A', null, null]);
  });

  it('gives the old id to the larger part when a topic splits evenly or not', () => {
    const previous = [{ id: 'A', members: ['1', '2', '3', '4', '5', '6'] }];
    expect(carryOverIds(previous, [{ members: ['1', '2'] }, { members: ['3', '4', '5', '6'] }])).toEqual([
      null,
      'A',
    ]);
    expect(carryOverIds(previous, [{ members: ['1', '2', '3'] }, { members: ['4', '5', '6'] }])).toEqual([
      null,
      null,
    ]);
  });
});
