/**
 * The New hall dialog's form read into the CLI's choice (issue 14 §3): sizes as typed in either
 * language, a blank count left to the template, and each bad field's problem in the UI language.
 */
import { describe, expect, it } from 'vitest';
import { readNewHall, type NewHallForm } from '../../renderer/src/halls/newHallForm';

const form = (fields: Partial<NewHallForm> = {}): NewHallForm => ({
  nameVi: 'Phòng tiệc B', nameEn: 'Banquet B', kind: 'banquet', width: '40', depth: '30', start: 'template',
  seats: '', tables: '', perTable: '', signers: '', ...fields,
});

describe('New hall form', () => {
  it('reads a size typed with a decimal comma and leaves blank counts to the template', () => {
    expect(readNewHall(form({ width: '62,5', depth: ' 41 ', tables: '20' }), [], 'vi')).toEqual({
      choice: { nameEn: 'Banquet B', nameVi: 'Phòng tiệc B', kind: 'banquet', widthM: 62.5, depthM: 41 },
      counts: { tables: 20 },
    });
  });

  it('starts empty (no counts) for a type without a template, whatever was chosen before', () => {
    const read = readNewHall(form({ kind: 'meeting', tables: '20' }), [], 'en');
    expect(read).toMatchObject({ counts: null });
  });

  it('ignores the counts of another type of hall', () => {
    expect(readNewHall(form({ kind: 'plenary', tables: 'x', seats: '300' }), [], 'en')).toMatchObject({ counts: { seats: 300 } });
  });

  it('says what is wrong with each field, in the UI language', () => {
    expect(readNewHall(form({ width: 'abc', depth: '0', perTable: '30', nameEn: '' }), [], 'en')).toEqual({
      errors: {
        nameEn: 'Enter the hall’s name in English.',
        width: 'Enter a number, for example 2.5.',
        depth: 'Must be more than 0.',
        perTable: 'The seats at each round table must be a whole number from 4 to 20.',
      },
    });
    expect(readNewHall(form({ tables: '1,5' }), [], 'vi')).toEqual({ errors: { tables: 'Số bàn phải là số nguyên từ 1 đến 1.000.' } });
  });
});
