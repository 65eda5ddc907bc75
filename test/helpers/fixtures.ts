/** Request documents that the API accepts, for tests to start from and then break one member at a time. */
export function individualAttributes(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'individual',
    firstName: 'Ada',
    lastName: 'Lovelace',
    dateOfBirth: '1990-12-10',
    email: 'ada@example.com',
    phone: '+33612345678',
    nationality: 'FR',
    address: { line1: '10 rue de Rivoli', line2: null, postalCode: '75001', city: 'Paris', country: 'FR' },
    externalId: 'user-42',
    metadata: { plan: 'gold' },
    ...overrides,
  };
}

export function businessAttributes(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'business',
    legalName: 'Analytical Engines SAS',
    registrationNumber: '123 456 789 RCS Paris',
    email: 'contact@engines.example',
    address: { line1: '1 place du Louvre', postalCode: '75001', city: 'Paris', country: 'FR' },
    ...overrides,
  };
}

export function entityDocument(attributes: Record<string, unknown>) {
  return { data: { type: 'entity', attributes } };
}
