/** A valid create body for a service point; override what the test is about. */
export function servicePointBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Testbyns servicepunkt',
    kind: 'village_shop',
    hostName: 'Testbyns byaförening',
    streetAddress: 'Byvägen 3',
    postalCode: '930 93',
    village: 'Testbyn',
    latitude: 66.08,
    longitude: 17.16,
    openingHours: {
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '10:00', closes: '17:00' })),
      exceptions: [{ date: '2026-12-25', closed: true, intervals: [], note: 'Juldagen' }],
    },
    amenities: ['freezer', 'public_wifi', 'fridge'],
    holdDays: 10,
    ...overrides,
  };
}
