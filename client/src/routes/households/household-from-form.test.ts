import { describe, expect, it } from 'vitest';
import { householdFromForm } from './household-from-form.ts';

function formOf(values: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) formData.set(name, value);
  return formData;
}

const filled = {
  name: 'Åsa Lind',
  'address.streetAddress': 'Storvägen 20',
  'address.postalCode': '930 93',
  'address.village': 'Laisvall',
  'address.doorCode': '',
  'address.driverNote': ' ',
  'address.phone': '070-123 45 67',
};

describe('householdFromForm', () => {
  it('sends the address with empty optional fields left out', () => {
    expect(householdFromForm(formOf(filled))).toEqual({
      failure: null,
      body: {
        name: 'Åsa Lind',
        address: {
          streetAddress: 'Storvägen 20',
          postalCode: '930 93',
          village: 'Laisvall',
          phone: '070-123 45 67',
        },
      },
    });
  });

  it('keeps a door code and a note for the driver when given', () => {
    const result = householdFromForm(
      formOf({ ...filled, 'address.doorCode': '1234', 'address.driverNote': 'Gula dörren' }),
    );
    expect(result.body?.address).toMatchObject({ doorCode: '1234', driverNote: 'Gula dörren' });
  });

  it('names every empty required field before anything is sent', () => {
    const result = householdFromForm(formOf({ ...filled, name: '', 'address.phone': '  ' }));
    expect(result.failure?.fieldErrors.map((error) => error.field)).toEqual([
      'name',
      'address.phone',
    ]);
    expect(result.body).toBeNull();
  });
});
