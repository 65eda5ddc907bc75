/**
 * Money is an integer of minor units with an ISO 4217 currency, never a float. These are the currencies
 * accounts may be held in; all have two minor digits.
 */
export const supportedCurrencies = ['EUR', 'USD', 'GBP', 'CHF'] as const;
export type Currency = (typeof supportedCurrencies)[number];

export function isSupportedCurrency(value: string): value is Currency {
  return (supportedCurrencies as readonly string[]).includes(value);
}
